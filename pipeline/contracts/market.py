"""Market data as the market stage hands it on: daily bars and options chains."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

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
        """The history as it stood at the close of `session`."""
        kept = [bar for bar in self.bars if bar.session <= session]
        actions = [action for action in self.actions if action.session <= session]
        return PriceHistory(symbol=self.symbol, provider=self.provider, bars=kept, actions=actions)


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
