"""The article: everything `shared/ARTICLE.md` lists, as the writer hands it on.

Prose fields hold finished text (numbers already printed); table fields hold
numbers, which the renderer prints at the instrument's precision.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import AwareDatetime, Field

from .base import Contract
from .market import InstrumentKind
from .scores import Bias, RiskLabel
from .snapshot import TradeSetup


class InstrumentRef(Contract):
    symbol: str
    name: str
    kind: InstrumentKind
    index_symbol: str | None = None
    index_name: str | None = None


class LevelRow(Contract):
    kind: str = Field(description="Resistance, Support, Breakdown, Max pain, Moving average, Current.")
    low: float
    high: float | None = Field(default=None, description="Set for a zone low-high.")
    note: str
    is_current: bool = False


class IndicatorRow(Contract):
    name: str
    value: str = Field(description="Printed value, e.g. '$262.22' or '58.3'.")
    reading: str


class CrossMarketRow(Contract):
    symbol: str
    name: str
    close: float
    change_1d_pct: float
    kind: InstrumentKind


class FinalCallRow(Contract):
    horizon: Literal["Short-term", "Medium-term", "Long-term"]
    bias: Bias
    reasoning: str


class Source(Contract):
    number: int = Field(ge=1)
    item_id: str
    title: str
    publisher: str
    published: date | None = None
    url: str
    snippet: str


class DataCitation(Contract):
    provider: str
    symbols: list[str]
    as_of: AwareDatetime


class Article(Contract):
    headline: str
    dek: str
    instrument: InstrumentRef
    session: date
    as_of: AwareDatetime
    bias: Bias
    pulse: int = Field(ge=0, le=100)
    sentiment_score: int | None = None
    sentiment_label: str | None = None
    risk: RiskLabel
    threat_level: int = Field(ge=1, le=5)
    tags: list[str]
    byline: str
    desk: str
    ai_label: str
    analysis: list[str] = Field(min_length=3, max_length=6)
    key_levels: list[LevelRow]
    indicators: list[IndicatorRow]
    bull_case: list[str] = Field(min_length=1)
    bear_case: list[str] = Field(min_length=1)
    setups: list[TradeSetup] = Field(default_factory=list)
    cross_market: str
    cross_market_table: list[CrossMarketRow] = Field(default_factory=list)
    final_call: list[FinalCallRow] = Field(min_length=3, max_length=3)
    take: str
    chart: str | None = Field(default=None, description="Path of the chart image, if drawn.")
    sources: list[Source] = Field(default_factory=list)
    data_sources: list[DataCitation] = Field(min_length=1)
    disclaimer: str

    def prose(self) -> list[tuple[str, str]]:
        """Every free-text part as (section, text), for checks that read words."""
        parts = [("headline", self.headline), ("dek", self.dek)]
        parts += [("analysis", p) for p in self.analysis]
        parts += [("bull_case", p) for p in self.bull_case]
        parts += [("bear_case", p) for p in self.bear_case]
        parts += [("setups", s.trigger) for s in self.setups]
        parts += [("cross_market", self.cross_market), ("take", self.take)]
        parts += [("key_levels", row.note) for row in self.key_levels]
        parts += [("indicators", f"{row.value} {row.reading}") for row in self.indicators]
        parts += [("final_call", row.reasoning) for row in self.final_call]
        return parts
