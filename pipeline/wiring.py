"""Builds the injected edges from settings: the one place that picks implementations."""

from __future__ import annotations

from .config import Settings
from .errors import ConfigError
from .ingest import Fetcher, FixtureFetcher
from .ingest.http import LiveFetcher
from .ingest.limits import ALLOW_LOOPBACK_ENV, FetchPolicy, loopback_allowed
from .market import MarketData
from .market.sources import build_market
from .redact import configured
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


__all__ = ["ALLOW_LOOPBACK_ENV", "make_fetcher", "make_market", "make_pipeline", "make_writer"]


def make_fetcher(settings: Settings) -> Fetcher:
    source = settings.ingest.source
    if source == "fixtures":
        return FixtureFetcher(settings.ingest.fixtures_dir)
    if source == "live":
        return LiveFetcher(FetchPolicy.from_config(settings.ingest, allow_loopback=loopback_allowed()))
    raise ConfigError(f"ingest.source: unknown source {source!r}")


def make_market(settings: Settings, store: Store | None = None) -> MarketData:
    """CSV files (the default), or the configured HTTP source behind the store's bar cache."""
    return build_market(settings.market, store)


def make_pipeline(settings: Settings, store: Store | None = None, *, ingest: bool = True) -> Pipeline:
    """The pipeline; `ingest=False` builds no news fetcher (commands that read no news).

    Every secret the settings name is redacted from what it reports and stores.
    """
    redactor = configured(settings)
    store = store or open_store(settings.store.url, redactor=redactor)
    return Pipeline(settings, store, make_market(settings, store), make_writer(settings, store),
                    fetcher=make_fetcher(settings) if ingest else None, redactor=redactor)
