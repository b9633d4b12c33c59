"""Market data as the market stage hands it on: daily bars and options chains."""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import Field, model_validator

from .base import Contract

if TYPE_CHECKING:  # numpy loads with the first columns made, not with the contracts (the CLI)
    import numpy as np


class InstrumentKind(StrEnum):
    ETF = "etf"
    INDEX = "index"
    VOLATILITY = "volatility"


class Bar(Contract):
    session: date
    open: float = Field(gt=0)
    high: float = Field(gt=0)
    low: float = Field(gt=0)
    close: float = Field(gt=0)
    volume: float = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _high_low_bracket(self) -> Bar:
        if self.low > self.high:
            raise ValueError(f"{self.session}: low {self.low} above high {self.high}")
        return self


class ActionKind(StrEnum):
    SPLIT = "split"
    DIVIDEND = "dividend"


class CorporateAction(Contract):
    """A split or cash dividend the provider reported, effective at the open of `session`.

    `value` is the split ratio (new shares per old share: 4.0 for a 4-for-1) or
    the cash amount per share.
    """

    session: date
    kind: ActionKind
    value: float = Field(gt=0)


class PriceHistory(Contract):
    """Daily bars for one symbol, oldest first, one bar per session.

    `actions` holds the splits and dividends the provider reported for the span
    of the bars (empty for sources that report none, such as CSV files).
    """

    symbol: str
    provider: str
    bars: list[Bar]
    actions: list[CorporateAction] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sessions_increase(self) -> PriceHistory:
        for before, after in zip(self.bars, self.bars[1:], strict=False):
            if after.session <= before.session:
                raise ValueError(
                    f"{self.symbol}: sessions out of order at {before.session} -> {after.session}"
                )
        return self

    @property
    def last_session(self) -> date | None:
        return self.bars[-1].session if self.bars else None

    def until(self, session: date) -> PriceHistory:
        """The history as it stood at the close of `session`.

        A prefix of a valid history is valid, so it is built without checking
        every bar again (this runs several times per instrument and run); when
        this history's columns are held (`columns`), the cut's are views of them.
        """
        held = _COLUMNS.get(id(self))
        if held is not None:
            end = bisect_right(held[1].sessions, session)
        else:
            end = bisect_right(self.bars, session, key=lambda bar: bar.session)
        actions = [action for action in self.actions if action.session <= session]
        cut = PriceHistory.model_construct(symbol=self.symbol, provider=self.provider,
                                           bars=self.bars[:end], actions=actions)
        if held is not None:
            _hold(cut, held[1].head(end))
        return cut

    def columns(self) -> BarColumns:
        """The bars as read-only parallel arrays, made once per history (and shared by its cuts)."""
        held = _COLUMNS.get(id(self))
        if held is None:
            columns = BarColumns.from_bars(self.bars)
            _hold(self, columns)
            return columns
        return held[1]

    @classmethod
    def from_columns(cls, symbol: str, provider: str, sessions: Sequence[date],
                     columns: dict[str, np.ndarray]) -> PriceHistory:
        """A history from parallel arrays (`open`, `high`, `low`, `close`, `volume`), oldest first.

        The rules of `Bar` and of this model are checked on the arrays (finite,
        positive prices, high >= low, volume >= 0, sessions increasing; ValueError
        otherwise), then each bar is made without validating it again: a
        validated model per row cost a large file most of its reading time.
        """
        _check_columns(sessions, columns)
        values = [columns[name].tolist() for name in _BAR_FIELDS[1:]]
        bars = [_trusted_bar(row) for row in zip(sessions, *values, strict=True)]
        history = cls.model_construct(symbol=symbol, provider=provider, bars=bars, actions=[])
        _hold(history, BarColumns.of(tuple(sessions), *(columns[name] for name in _BAR_FIELDS[1:])))
        return history


@dataclass(frozen=True)
class BarColumns:
    """A history's bars as parallel read-only float arrays, oldest first."""

    sessions: tuple[date, ...]
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    days: np.ndarray
    """The sessions as numpy dates (datetime64[D]), for joins and gaps without a Python loop."""

    @classmethod
    def of(cls, sessions: tuple[date, ...], *arrays: np.ndarray) -> BarColumns:
        import numpy as np

        held = []
        for array in (*arrays, np.array(sessions, dtype="datetime64[D]").reshape(len(sessions))):
            column = np.array(array, dtype=array.dtype if array.dtype.kind == "M" else np.float64)
            column.flags.writeable = False  # a copy nobody can change: cuts share it
            held.append(column)
        return cls(sessions, *held)

    @classmethod
    def from_bars(cls, bars: Sequence[Bar]) -> BarColumns:
        import numpy as np

        table = np.array([(b.open, b.high, b.low, b.close, b.volume) for b in bars],
                         dtype=np.float64).reshape(len(bars), 5)
        return cls.of(tuple(bar.session for bar in bars), *table.T)

    def head(self, count: int) -> BarColumns:
        """The first `count` bars (views of these arrays)."""
        return BarColumns(self.sessions[:count], self.open[:count], self.high[:count],
                          self.low[:count], self.close[:count], self.volume[:count], self.days[:count])


_COLUMNS: dict[int, tuple[weakref.ref[PriceHistory], BarColumns]] = {}
"""Columns of live histories by id(): kept beside the model, not in it (a frozen contract
compares and serialises its fields only); an entry goes with its history."""


def _hold(history: PriceHistory, columns: BarColumns) -> None:
    key = id(history)
    _COLUMNS[key] = (weakref.ref(history, lambda _ref: _COLUMNS.pop(key, None)), columns)


_BAR_FIELDS = ("session", "open", "high", "low", "close", "volume")
_BAR_FIELDS_SET = set(_BAR_FIELDS)  # shared by every trusted bar: a frozen model never changes it
_new_object, _set_attribute = object.__new__, object.__setattr__


def _trusted_bar(row: tuple[Any, ...]) -> Bar:
    """A `Bar` from values already checked (what `model_construct` does, minus its per-call work)."""
    bar = _new_object(Bar)
    _set_attribute(bar, "__dict__", dict(zip(_BAR_FIELDS, row, strict=True)))
    _set_attribute(bar, "__pydantic_fields_set__", _BAR_FIELDS_SET)
    _set_attribute(bar, "__pydantic_extra__", None)
    _set_attribute(bar, "__pydantic_private__", None)
    return bar


def _check_columns(sessions: Sequence[date], columns: dict[str, np.ndarray]) -> None:
    import numpy as np

    prices = [columns[name] for name in ("open", "high", "low", "close")]
    volume = columns["volume"]
    if any(len(column) != len(sessions) for column in (*prices, volume)):
        raise ValueError("columns of different lengths")
    if not all(bool(np.all(np.isfinite(column))) for column in (*prices, volume)):
        raise ValueError("a price or volume that is not a finite number")
    if not all(bool(np.all(column > 0)) for column in prices) or not bool(np.all(volume >= 0)):
        raise ValueError("a non-positive price or a negative volume")
    if not bool(np.all(columns["high"] >= columns["low"])):
        raise ValueError("a low above its high")
    if any(after <= before for before, after in zip(sessions, sessions[1:], strict=False)):
        raise ValueError("sessions not in increasing order")


class OptionRight(StrEnum):
    CALL = "call"
    PUT = "put"


class OptionContract(Contract):
    strike: float = Field(gt=0)
    right: OptionRight
    open_interest: int = Field(ge=0)


class OptionsChain(Contract):
    """Open interest for one expiry of one underlying, as of a session."""

    symbol: str
    provider: str
    as_of: date
    expiry: date
    contracts: list[OptionContract]
