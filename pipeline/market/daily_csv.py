"""Daily bars from a source's CSV answer (Stooq, Cboe index history, FRED series).

The keyless CSV sources answer with one header line and one row a session.
`parse_daily_csv` reads the columns by name (case-insensitive), so a source that
adds or reorders columns still parses; a body that is not such a table (an HTML
page, a "No data" line, a quota notice) is a `ProviderError` quoting its start.
A close-only series (FRED) gives bars whose open, high and low are the close.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from ..contracts import Bar
from ..errors import ProviderError
from .base import make_bar, one_bar_per_session
from .csv_provider import parse_session_date

MISSING_VALUES = frozenset({"", ".", "null", "nan", "n/a"})
"""Cells a source writes for a session without a value (FRED writes ".")."""


def parse_daily_csv(text: str, where: str, *, date_names: tuple[str, ...] = ("date",),
                    close_name: str = "close", close_only: bool = False) -> list[Bar]:
    """Bars oldest first; ProviderError when the body is not a daily-bars table."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ProviderError(f"{where}: the answer is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    column = _locator(header, text, where)
    date_at = next((column(name) for name in date_names if name in header), None)
    if date_at is None:
        raise ProviderError(f"{where}: no date column ({' or '.join(date_names)}) in the answer: "
                            f"{excerpt(text)!r}")
    close_at = column(close_name)
    price_at = ([close_at] * 3 if close_only else [column("open"), column("high"), column("low")])
    volume_at = header.index("volume") if "volume" in header else None
    bars = []
    for row in rows[1:]:
        bar = _bar(row, where, date_at, [*price_at, close_at], volume_at)
        if bar is not None:
            bars.append(bar)
    return one_bar_per_session(where, bars)


def _locator(header: list[str], text: str, where: str) -> Callable[[str], int]:
    def column(name: str) -> int:
        if name not in header:
            raise ProviderError(f"{where}: the answer is not a daily-bars table (no {name!r} column): "
                                f"{excerpt(text)!r}")
        return header.index(name)
    return column


def _bar(row: list[str], where: str, date_at: int, price_at: list[int],
         volume_at: int | None) -> Bar | None:
    cells = [_cell(row, index) for index in (date_at, *price_at)]
    day = parse_session_date(cells[0])
    if day is None:
        raise ProviderError(f"{where}: a date not understood: {cells[0]!r}")
    open_, high, low, close = (_price(cell, where, day) for cell in cells[1:])
    volume = _cell(row, volume_at) if volume_at is not None else None
    return make_bar(where, day, open_, high, low, close, volume)


def _price(cell: str, where: str, day: date) -> float | None:
    """A price cell: None when the source marks it missing; ProviderError when it is not a number."""
    if cell.lower() in MISSING_VALUES:
        return None
    try:
        return float(cell)
    except ValueError:
        raise ProviderError(f"{where}: broken bar on {day}: {cell!r} is not a price") from None


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def excerpt(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."
