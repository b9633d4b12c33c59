"""Builds the configured market-data sources (the one place that maps names to classes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..config import MarketConfig
from ..errors import ConfigError
from ..store import Store
from . import MarketData
from .base import BarsSource
from .cache import CachedBars
from .calendar import SessionCalendar
from .cboe import CboeOptionsSource
from .polygon import PolygonSource
from .yahoo import YahooChartSource

Clock = Callable[[], datetime]


def make_source(market: MarketConfig) -> BarsSource:
    """The HTTP bars source named by `market.provider`."""
    if market.provider == "yahoo":
        return YahooChartSource(market.yahoo, market.adjustment)
    if market.provider == "polygon":
        return PolygonSource(market.polygon, market.adjustment)
    raise ConfigError(f"market.provider: {market.provider!r} is not an HTTP source")


def build_market(market: MarketConfig, store: Store | None = None, clock: Clock | None = None,
                 source: BarsSource | None = None) -> MarketData:
    """MarketData for `market`: CSV files, or an HTTP source behind the store's bar cache."""
    calendar = SessionCalendar(market.calendar, market.timezone) if market.calendar else None
    cboe = CboeOptionsSource(market.cboe) if market.options_provider == "cboe" else None
    options_dir = market.options_dir if market.options_provider == "csv" else None
    if market.provider == "csv" and source is None:
        return MarketData(market.csv_dir, options_dir, cboe=cboe, calendar=calendar, macro=market.macro,
                          max_file_bytes=market.max_file_bytes)
    if calendar is None:
        raise ConfigError("market.calendar: an HTTP market-data source needs an exchange calendar "
                          "to know which sessions have closed (XNYS)")
    cached = CachedBars(source or make_source(market), calendar, store if market.cache else None,
                        history_days=market.history_days, settle_minutes=market.settle_minutes,
                        adjusted=market.adjustment == "splits", clock=clock)
    return MarketData(bars=cached, options_dir=options_dir, cboe=cboe, calendar=calendar,
                      max_file_bytes=market.max_file_bytes,
                      macro=market.macro, live=True)
