"""The fast path of the bars reader: a clean file read as columns, checked as arrays.

`clean_history` takes the rows of a bars file and returns its `PriceHistory`
when every row is clean, or None when any cell needs a closer look (a number
that does not parse, NaN, a non-positive price, high below low, a date in a
layout numpy does not read, a repeated date). The caller then runs the
row-by-row reader, which finds the first bad line and says what is wrong with it;
so the messages stay exactly those of the careful reader while a clean file (the
usual case) costs a few array operations instead of a validated object per row.

The result is built by `PriceHistory.from_columns`, which checks the contract's
rules on the arrays (positive prices, high >= low, sessions increasing) and then
makes the bars without validating each one again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

import numpy as np

from ..contracts import PriceHistory

_ISO_DATES = re.compile(r"(?:\d{4}-\d{2}-\d{2}\n)*")
_PRICES = ("open", "high", "low", "close")


class ColumnIndex(Protocol):
    """Where each field sits in a row (the reader's `_Columns`)."""

    @property
    def date(self) -> int: ...
    @property
    def open(self) -> int: ...
    @property
    def high(self) -> int: ...
    @property
    def low(self) -> int: ...
    @property
    def close(self) -> int: ...
    @property
    def volume(self) -> int | None: ...


DateParser = Callable[[str], date | None]


def clean_history(rows: Sequence[list[str]], columns: ColumnIndex, symbol: str, provider: str,
                  parse_date: DateParser) -> PriceHistory | None:
    """The history of `rows` (no header) when all of them are clean; None otherwise.

    `parse_date` reads the layouts other than YYYY-MM-DD (None: not understood).
    """
    try:
        sessions = _sessions(rows, columns.date, parse_date)
        values = {name: _floats(rows, getattr(columns, name)) for name in _PRICES}
        values["volume"] = (_floats(rows, columns.volume) if columns.volume is not None
                            else np.zeros(len(rows)))
        order = np.argsort(sessions, kind="stable")
        days: list[date] = sessions[order].astype(object).tolist()
        return PriceHistory.from_columns(symbol, provider, days,
                                         {name: column[order] for name, column in values.items()})
    except (ValueError, IndexError, OverflowError):
        return None  # the careful reader finds the line and says what is wrong


def _sessions(rows: Sequence[list[str]], index: int, parse_date: DateParser) -> np.ndarray:
    texts = [row[index].strip() for row in rows]
    if _ISO_DATES.fullmatch("".join(text + "\n" for text in texts)):  # all YYYY-MM-DD: one regex call
        return np.array(texts, dtype="datetime64[D]")
    days = [parse_date(text) for text in texts]
    if any(day is None for day in days):
        raise ValueError("a date not understood")
    return np.array(days, dtype="datetime64[D]")


def _floats(rows: Sequence[list[str]], index: int) -> np.ndarray:
    return np.array([row[index] for row in rows], dtype=np.float64)
