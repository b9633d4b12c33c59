"""Options open interest from CSV files, one file per underlying.

Layout (header names in any case and order):

    as_of,expiry,strike,right,open_interest
    2026-11-20,2026-11-27,245,call,18250

`right` is `call`/`put` (also `c`/`p`). A file may hold several snapshots and
several expiries. `load(symbol, session)` uses the newest snapshot taken on or
before the session (a snapshot from after the session would leak the future into
the article) and, within it, the nearest expiry on or after the session.
Broken rows are refused with the file and line, as for bars.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..contracts import OptionContract, OptionRight, OptionsChain
from ..errors import DataError
from ..skips import SkipCode
from .csv_provider import DEFAULT_MAX_BYTES, PROVIDER, bars_filename, parse_session_date, read_capped

_ALIASES = {
    "as_of": ("as_of", "asof", "quote_date", "date"),
    "expiry": ("expiry", "expiration", "expiration_date", "expirationdate"),
    "strike": ("strike",),
    "right": ("right", "type", "optiontype", "option_type", "put/call", "call/put"),
    "open_interest": ("open_interest", "openinterest", "open interest", "oi"),
}
_RIGHTS = {"call": OptionRight.CALL, "c": OptionRight.CALL,
           "put": OptionRight.PUT, "p": OptionRight.PUT}


@dataclass(frozen=True)
class _OptionRow:
    line: int
    as_of: date
    expiry: date
    contract: OptionContract


class CsvOptionsProvider:
    """Reads `<directory>/<bars_filename(symbol)>` (same naming rule as bars)."""

    def __init__(self, directory: Path | str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes

    def path_for(self, symbol: str) -> Path:
        return self.directory / bars_filename(symbol)

    def load(self, symbol: str, session: date) -> OptionsChain | None:
        """The chain to use for `session`, or None when there is no file for `symbol`."""
        path = self.path_for(symbol)
        if not path.is_file():
            return None
        rows = read_option_rows(path, symbol, self.max_bytes)
        return select_chain(rows, symbol, session, path)


def read_option_rows(path: Path, symbol: str,
                     max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[_OptionRow]:
    text = read_capped(path, symbol, max_bytes)
    lines = [row for row in csv.reader(text.splitlines()) if any(c.strip() for c in row)]
    if len(lines) < 2:
        raise DataError(f"{symbol}: {path} has no option rows", code=SkipCode.NO_DATA)
    columns = _locate(lines[0], path, symbol)
    return [_parse(row, columns, path, symbol, n + 2) for n, row in enumerate(lines[1:])]


def select_chain(rows: list[_OptionRow], symbol: str, session: date, path: Path) -> OptionsChain:
    snapshots = sorted({row.as_of for row in rows})
    usable = [day for day in snapshots if day <= session]
    if not usable:
        raise DataError(
            f"{symbol}: {path} is as of {snapshots[0]}, after the session {session}",
            code=SkipCode.NO_DATA,
        )
    as_of = usable[-1]
    expiries = sorted({row.expiry for row in rows if row.as_of == as_of and row.expiry >= session})
    if not expiries:
        raise DataError(f"{symbol}: {path} (as of {as_of}) has no expiry on or after {session}",
                        code=SkipCode.NO_DATA)
    expiry = expiries[0]
    chosen = [row for row in rows if row.as_of == as_of and row.expiry == expiry]
    _refuse_repeats(chosen, symbol, path)
    contracts = sorted((row.contract for row in chosen), key=lambda c: (c.strike, c.right))
    return OptionsChain(symbol=symbol, provider=PROVIDER, as_of=as_of, expiry=expiry,
                        contracts=contracts)


def _locate(header: list[str], path: Path, symbol: str) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    found: dict[str, int] = {}
    for field, aliases in _ALIASES.items():
        index = next((names.index(a) for a in aliases if a in names), None)
        if index is not None:
            found[field] = index
    missing = [field for field in _ALIASES if field not in found]
    if missing:
        raise DataError(
            f"{symbol}: {path} lacks column(s) {', '.join(missing)} (header: {','.join(header)})",
            code=SkipCode.BAD_FILE,
        )
    return found


def _parse(row: list[str], columns: dict[str, int], path: Path, symbol: str,
           line: int) -> _OptionRow:
    def cell(field: str) -> str:
        index = columns[field]
        return row[index].strip() if index < len(row) else ""

    def fail(problem: str) -> DataError:
        return DataError(f"{symbol}: {path} line {line}: {problem}", code=SkipCode.BAD_ROW)

    as_of, expiry = parse_session_date(cell("as_of")), parse_session_date(cell("expiry"))
    if as_of is None or expiry is None:
        raise fail(f"dates {cell('as_of')!r}, {cell('expiry')!r} not understood")
    right = _RIGHTS.get(cell("right").lower())
    if right is None:
        raise fail(f"right {cell('right')!r} is neither call nor put")
    try:
        strike = float(cell("strike"))
        open_interest = float(cell("open_interest"))
    except ValueError:
        raise fail(f"strike {cell('strike')!r} or open interest "
                   f"{cell('open_interest')!r} is not a number") from None
    finite = math.isfinite(strike) and math.isfinite(open_interest)
    if not finite or strike <= 0 or open_interest < 0 or not open_interest.is_integer():
        raise fail(f"strike {strike} must be positive and open interest {open_interest} "
                   "a whole number >= 0")
    contract = OptionContract(strike=strike, right=right, open_interest=int(open_interest))
    return _OptionRow(line=line, as_of=as_of, expiry=expiry, contract=contract)


def _refuse_repeats(rows: list[_OptionRow], symbol: str, path: Path) -> None:
    seen: dict[tuple[float, OptionRight], list[int]] = defaultdict(list)
    for row in rows:
        seen[(row.contract.strike, row.contract.right)].append(row.line)
    for (strike, right), lines in seen.items():
        if len(lines) > 1:
            raise DataError(
                f"{symbol}: {path} lines {', '.join(map(str, lines))}: "
                f"{right} {strike:g} appears more than once for one expiry",
                code=SkipCode.BAD_ROW,
            )
