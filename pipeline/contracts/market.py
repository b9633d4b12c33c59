"""Market data as the market stage hands it on: daily bars and options chains."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

import numpy as np
from pydantic import Field, model_validator

from .base import Contract


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
        every bar again (this runs several times per instrument and run).
        """
        kept = self.bars[:bisect_right(self.bars, session, key=lambda bar: bar.session)]
        actions = [action for action in self.actions if action.session <= session]
        return PriceHistory.model_construct(symbol=self.symbol, provider=self.provider, bars=kept,
                                            actions=actions)

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
        return cls.model_construct(symbol=symbol, provider=provider, bars=bars, actions=[])


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
