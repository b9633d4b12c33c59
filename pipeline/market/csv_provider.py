"""Daily bars from CSV files: the market stage's edge to the file system.

One file per symbol, named by `bars_filename`. The reader accepts the layouts
real data sources produce:

- headers in any case and order (`Date,Close,High,Low,Open,Volume` from
  yfinance, `Date,Open,High,Low,Close,Adj Close,Volume`, `DATE,OPEN,HIGH,LOW,CLOSE`
  with no volume, an unnamed first column holding the date);
- dates as `2026-11-20`, `11/20/2026` or `2026-02-23 00:00:00-05:00`
  (the date part is taken as the exchange-local session);
- rows in any order (they are sorted), with or without a trailing newline.

The raw Close is used, never Adj Close: an article quotes the price traders saw.

A file with any broken row (a number that does not parse, NaN, a non-positive
price, high below low) or a repeated date is refused as a whole with a
`DataError` naming the file, the line and the problem, and carrying its
`SkipCode` (`nan`, `bad-row`, `bad-file`, `no-data`). Nothing is dropped or
forward-filled: a hole papered over here would surface as an invented number
in an article. An open or close slightly outside the high-low range is kept,
because official vendor files contain such rows (CBOE's VIX history has dozens).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..contracts import Bar, PriceHistory
from ..errors import DataError
from ..skips import SkipCode
from ..symbols import symbol_problem
from .csv_columns import clean_history

PROVIDER = "csv"
MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB  # market.max_file_mb; a century of daily bars is under 2 MB

_DATE_NAMES = ("date", "datetime", "timestamp", "time", "")
_PRICE_FIELDS = ("open", "high", "low", "close")


def bars_filename(symbol: str) -> str:
    """The bars file for `symbol`: `^VIX` -> `idx_VIX.csv`, `IWM` -> `IWM.csv`.

    A symbol that could name a file outside the folder (`../secret`) is refused.
    """
    problem = symbol_problem(symbol)
    if problem is not None:
        raise DataError(f"{problem}; no file is read for it", code=SkipCode.BAD_FILE)
    return symbol.replace("^", "idx_") + ".csv"


def _alternative_filenames(symbol: str) -> list[str]:
    """Other spellings real data folders use for index files (`^RUT.csv`, `IDX_RUT.csv`)."""
    if not symbol.startswith("^"):
        return []
    return [symbol + ".csv", "IDX_" + symbol[1:] + ".csv"]


@dataclass(frozen=True)
class _Columns:
    """Where each field sits in a row (column positions)."""

    date: int
    open: int
    high: int
    low: int
    close: int
    volume: int | None


class CsvBarsProvider:
    """Reads `<directory>/<bars_filename(symbol)>` into a `PriceHistory`."""

    def __init__(self, directory: Path | str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes

    def path_for(self, symbol: str) -> Path:
        """The file `load(symbol)` reads (the canonical name unless only an alternative exists)."""
        canonical = self.directory / bars_filename(symbol)
        if canonical.is_file():
            return canonical
        for name in _alternative_filenames(symbol):
            if (self.directory / name).is_file():
                return self.directory / name
        return canonical

    def load(self, symbol: str) -> PriceHistory:
        path = self.path_for(symbol)
        if not path.is_file():
            raise DataError(f"{symbol}: no bars file at {path}", code=SkipCode.NO_DATA)
        return read_bars_csv(path, symbol, self.max_bytes)


def read_bars_csv(path: Path, symbol: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> PriceHistory:
    """Parse one bars file; raise DataError on anything that is not clean data.

    A file over `max_bytes` is refused unread. A clean file is read as columns
    (`csv_columns`); any other is read row by row to name its first bad line.
    """
    text = read_capped(path, symbol, max_bytes)
    rows = list(csv.reader(text.splitlines(), delimiter=_sniff_delimiter(text)))
    rows = [row for row in rows if "".join(row).strip()]  # = any cell not blank, in C
    if not rows:
        raise DataError(f"{symbol}: {path} is empty", code=SkipCode.NO_DATA)
    columns = _locate_columns(rows[0], path, symbol)
    if len(rows) < 2:
        raise DataError(f"{symbol}: {path} has a header but no rows", code=SkipCode.NO_DATA)
    clean = clean_history(rows[1:], columns, symbol, PROVIDER, parse_session_date)
    return clean if clean is not None else _read_rows(rows[1:], columns, path, symbol)


def read_capped(path: Path, symbol: str, max_bytes: int | None) -> str:
    """The text of a bars or options file, refused (`bad-file`) when it is over `max_bytes`."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise DataError(f"{symbol}: {path} is {size / MB:.3g} MB, over the {max_bytes / MB:.3g} MB "
                            "limit (market.max_file_mb)", code=SkipCode.BAD_FILE)
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{symbol}: cannot read {path}: {exc}", code=SkipCode.BAD_FILE) from None


def _read_rows(body: list[list[str]], columns: _Columns, path: Path, symbol: str) -> PriceHistory:
    """The careful reader: row by row, refusing the file at its first bad line."""
    parsed = [(line, _parse_row(row, columns, path, symbol, line)) for line, row in _numbered(body)]
    parsed.sort(key=lambda pair: pair[1].session)
    _refuse_duplicates(parsed, path, symbol)
    return PriceHistory(symbol=symbol, provider=PROVIDER, bars=[bar for _, bar in parsed])


def _sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _numbered(rows: list[list[str]]) -> list[tuple[int, list[str]]]:
    # Line numbers as an editor shows them: the header is line 1. Blank lines
    # were removed, which only matters for files with blank lines in the middle.
    return [(index + 2, row) for index, row in enumerate(rows)]


def _locate_columns(header: list[str], path: Path, symbol: str) -> _Columns:
    names = [cell.strip().lower() for cell in header]
    where = {name: index for index, name in reversed(list(enumerate(names)))}
    missing = [field for field in _PRICE_FIELDS if field not in where]
    date_index = next((where[name] for name in _DATE_NAMES if name in where), None)
    if date_index is None:
        missing.insert(0, "date")
    if missing:
        found = ",".join(cell.strip() for cell in header)
        raise DataError(
            f"{symbol}: {path} lacks column(s) {', '.join(missing)} (header: {found})",
            code=SkipCode.BAD_FILE,
        )
    assert date_index is not None
    return _Columns(
        date=date_index,
        open=where["open"],
        high=where["high"],
        low=where["low"],
        close=where["close"],
        volume=where.get("volume"),
    )


def _parse_row(row: list[str], columns: _Columns, path: Path, symbol: str, line: int) -> Bar:
    def fail(problem: str, code: SkipCode = SkipCode.BAD_ROW) -> DataError:
        return DataError(f"{symbol}: {path} line {line}: {problem}", code=code)

    session = parse_session_date(_cell(row, columns.date))
    if session is None:
        raise fail(f"date {_cell(row, columns.date)!r} not understood")
    prices = {}
    for field in _PRICE_FIELDS:
        value = _number(_cell(row, getattr(columns, field)))
        if value is None:
            raise fail(f"{field} {_cell(row, getattr(columns, field))!r} is not a number", SkipCode.NAN)
        if value <= 0:
            raise fail(f"{field} {value} is not a positive price")
        prices[field] = value
    if prices["high"] < prices["low"]:
        raise fail(f"high {prices['high']} below low {prices['low']}")
    volume = 0.0
    if columns.volume is not None:
        parsed = _number(_cell(row, columns.volume))
        if parsed is None:
            raise fail(f"volume {_cell(row, columns.volume)!r} is not a non-negative number", SkipCode.NAN)
        if parsed < 0:
            raise fail(f"volume {_cell(row, columns.volume)!r} is not a non-negative number")
        volume = parsed
    return Bar(session=session, volume=volume, **prices)


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _number(text: str) -> float | None:
    """A finite float, or None (empty, NaN, infinity and junk are all None)."""
    try:
        value = float(text.replace(",", "")) if text else math.nan
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_session_date(text: str) -> date | None:
    """`2026-11-20`, `2026-02-23 00:00:00-05:00`, `11/20/2026` or `20261120`; else None."""
    text = text.strip()
    for parse in (_iso_date, _us_date, _compact_date):
        try:
            return parse(text)
        except ValueError:
            continue
    return None


def _iso_date(text: str) -> date:
    if len(text) == 10:
        return date.fromisoformat(text)
    # A timestamp: the calendar date as written is the session, whatever the offset.
    return datetime.fromisoformat(text).date()


def _us_date(text: str) -> date:
    return datetime.strptime(text.split(" ")[0], "%m/%d/%Y").date()


def _compact_date(text: str) -> date:
    if len(text) != 8 or not text.isdigit():
        raise ValueError(text)
    return datetime.strptime(text, "%Y%m%d").date()


def _refuse_duplicates(parsed: list[tuple[int, Bar]], path: Path, symbol: str) -> None:
    for (line_a, before), (line_b, after) in zip(parsed, parsed[1:], strict=False):
        if before.session == after.session:
            first, second = sorted((line_a, line_b))
            raise DataError(
                f"{symbol}: {path} lines {first} and {second}: two rows for {after.session}",
                code=SkipCode.BAD_ROW,
            )
