"""Builds the injected edges from settings: the one place that picks implementations."""

from __future__ import annotations

from .config import Settings
from .errors import ConfigError
from .ingest import Fetcher, FixtureFetcher
from .market import MarketData
from .run import Pipeline
from .store import Store, open_store
from .writers import TemplateWriter, Writer
from .writers.checked import CheckedWriter
from .writers.llm import LLMWriter


def make_writer(settings: Settings, store: Store | None = None) -> Writer | CheckedWriter:
    kind = settings.writer.kind
    if kind == "template":
        return TemplateWriter(max_sources=settings.writer.max_sources)
    if kind == "llm":
        if store is None:
            raise ConfigError("writer.kind = llm needs a store for its call log")
        return LLMWriter(settings.llm, store, max_sources=settings.writer.max_sources)
    raise ConfigError(f"writer.kind: unknown writer {kind!r}")


def make_fetcher(settings: Settings) -> Fetcher:
    if settings.ingest.source == "fixtures":
        return FixtureFetcher(settings.ingest.fixtures_dir)
    raise ConfigError(f"ingest.source: unknown source {settings.ingest.source!r}")


def make_market(settings: Settings) -> MarketData:
    return MarketData(settings.market.csv_dir, settings.market.options_dir)


def make_pipeline(settings: Settings, store: Store | None = None) -> Pipeline:
    store = store or open_store(settings.store.url)
    return Pipeline(settings, store, make_market(settings), make_writer(settings, store),
                    fetcher=make_fetcher(settings))
