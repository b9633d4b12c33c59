"""Builds the injected edges from settings: the one place that picks implementations."""

from __future__ import annotations

from .config import Settings
from .errors import ConfigError
from .ingest import Fetcher, FixtureFetcher
from .market import MarketData
from .run import Pipeline
from .store import Store, open_store
from .writers import TemplateWriter, Writer


def make_writer(settings: Settings) -> Writer:
    if settings.writer.kind == "template":
        return TemplateWriter(max_sources=settings.writer.max_sources)
    raise ConfigError(f"writer.kind: unknown writer {settings.writer.kind!r}")


def make_fetcher(settings: Settings) -> Fetcher:
    if settings.ingest.source == "fixtures":
        return FixtureFetcher(settings.ingest.fixtures_dir)
    raise ConfigError(f"ingest.source: unknown source {settings.ingest.source!r}")


def make_market(settings: Settings) -> MarketData:
    return MarketData(settings.market.csv_dir, settings.market.options_dir)


def make_pipeline(settings: Settings, store: Store | None = None) -> Pipeline:
    return Pipeline(settings, store or open_store(settings.store.url), make_market(settings),
                    make_writer(settings), fetcher=make_fetcher(settings))
