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


class PriceHistory(Contract):
    """Daily bars for one symbol, oldest first, one bar per session."""

    symbol: str
    provider: str
    bars: list[Bar]

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
        return PriceHistory(symbol=self.symbol, provider=self.provider, bars=kept)


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
