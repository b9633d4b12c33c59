"""Pydantic contracts between stages. A stage reads one of these and returns another."""

from .article import (
    Article,
    CrossMarketRow,
    DataCitation,
    FinalCallRow,
    IndicatorRow,
    InstrumentRef,
    LevelRow,
    Source,
)
from .base import Contract
from .draft import Draft, DraftStatus, Finding, Severity
from .market import (
    ActionKind,
    Bar,
    CorporateAction,
    InstrumentKind,
    OptionContract,
    OptionRight,
    OptionsChain,
    PriceHistory,
)
from .news import FeedReport, FlaggedText, IngestResult, NewsItem, SeenAt
from .scores import Bias, RiskLabel, ScoreComponent, Scores, SentimentPart
from .snapshot import (
    CrossKind,
    CrossMarketReading,
    CrossState,
    EventNote,
    Extremes,
    KeyLevel,
    LevelKind,
    MacroGauge,
    Momentum,
    OptionsPositioning,
    RelatedMove,
    RelatedRole,
    RelativeStrength,
    Returns,
    SessionTape,
    Snapshot,
    TrackRecord,
    TradeSetup,
    TradingRange,
    Trend,
    Volatility,
    VolumeStats,
)

__all__ = [
    "ActionKind", "CorporateAction", "MacroGauge",
    "Article", "Bar", "Bias", "Contract", "CrossKind", "CrossMarketReading", "CrossMarketRow", "CrossState",
    "DataCitation", "Draft", "DraftStatus", "EventNote", "Extremes", "FeedReport", "Finding", "FlaggedText",
    "FinalCallRow", "IndicatorRow", "IngestResult", "InstrumentKind", "InstrumentRef", "KeyLevel",
    "LevelKind", "LevelRow", "Momentum", "NewsItem", "OptionContract", "OptionRight", "SeenAt",
    "OptionsChain", "OptionsPositioning", "PriceHistory", "RelatedMove", "RelatedRole",
    "RelativeStrength", "Returns", "RiskLabel", "ScoreComponent", "Scores", "SentimentPart", "SessionTape",
    "Severity",
    "Snapshot", "Source", "TrackRecord", "TradeSetup", "TradingRange", "Trend", "Volatility", "VolumeStats",
]
