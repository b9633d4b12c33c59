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
from .cboe_history import CboeHistorySource
from .chain import ProviderChain
from .checks import CheckPolicy
from .crossmarket import own_calendars
from .fred import FredSeriesSource
from .polygon import PolygonSource
from .stooq import StooqSource
from .yahoo import YahooChartSource

Clock = Callable[[], datetime]


def make_source(market: MarketConfig, name: str | None = None) -> BarsSource:
    """The HTTP bars source `name` (default: `market.provider`)."""
    name = name or market.provider
    if name == "yahoo":
        return YahooChartSource(market.yahoo, market.adjustment)
    if name == "polygon":
        return PolygonSource(market.polygon, market.adjustment)
    if name == "stooq":
        return StooqSource(market.stooq)
    if name == "fred":
        return FredSeriesSource(market.fred)
    if name == "cboe_history":
        return CboeHistorySource(market.cboe_history)
    raise ConfigError(f"market.provider: {name!r} is not an HTTP source")


def source_names(market: MarketConfig) -> list[str]:
    """Every source a run may ask: the chains' and the official series'."""
    named = [*market.chain, *(p for chain in market.symbol_providers.values() for p in chain),
             *market.official.values()]
    return list(dict.fromkeys(named))


def check_policy(market: MarketConfig) -> CheckPolicy:
    return CheckPolicy(source_check=market.source_check, source_tolerance_pct=market.source_tolerance_pct,
                       official=dict(market.official), official_tolerance_pct=market.official_tolerance_pct,
                       tracking_check=market.tracking_check)


def build_market(market: MarketConfig, store: Store | None = None, clock: Clock | None = None,
                 sources: dict[str, BarsSource] | None = None) -> MarketData:
    """MarketData for `market`: CSV files, or a chain of HTTP sources behind the store's bar cache.

    `sources` (by name) replace configured sources, for tests that point them at local servers.
    """
    calendar = SessionCalendar(market.calendar, market.timezone) if market.calendar else None
    cboe = CboeOptionsSource(market.cboe) if market.options_provider == "cboe" else None
    options_dir = market.options_dir if market.options_provider == "csv" else None
    policy = check_policy(market)
    if market.chain == ["csv"]:
        return MarketData(market.csv_dir, options_dir, cboe=cboe, calendar=calendar, macro=market.macro,
                          max_file_bytes=market.max_file_bytes, checks=policy)
    if calendar is None:
        raise ConfigError("market.calendar: an HTTP market-data source needs an exchange calendar "
                          "to know which sessions have closed (XNYS)")
    given = sources or {}
    own = own_calendars(market.macro.cross_markets)
    cached = {name: CachedBars(given.get(name) or make_source(market, name), calendar,
                               store if market.cache else None, history_days=market.history_days,
                               settle_minutes=market.settle_minutes,
                               adjusted=market.adjustment == "splits", clock=clock, calendars=own)
              for name in source_names(market)}
    bars = ProviderChain(cached, market.chain_for, calendar, clock, calendars=own)
    return MarketData(bars=bars, options_dir=options_dir, cboe=cboe, calendar=calendar,
                      max_file_bytes=market.max_file_bytes, macro=market.macro, live=True, checks=policy)
