"""The DBOS edge of one process: configure, launch, register the queues, hold the pipelines.

A worker (or `newsdesk run --engine`) launches DBOS on `engine.database_url`
(SQLite for one machine, PostgreSQL for workers on several) under its executor
id, registers the queues and listens to them. `newsdesk run --enqueue` only
writes a workflow row through a `DBOSClient` and returns.

Workflows read the process's `Runtime` (its settings, store, and one pipeline per
run, so each run reads its bars once and a long-lived worker never serves a run
from an older run's bars).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import ConfigError, StoreError
from ..redact import Redactor, configured
from ..run import Pipeline
from ..store import Store, open_store
from ..wiring import make_fetcher, make_market, make_writer
from ..writers.llm import LLMWriter

if TYPE_CHECKING:
    from dbos import DBOSConfig

log = logging.getLogger(__name__)

SESSIONS, INSTRUMENTS, MODEL, RENDER = ("newsdesk-sessions", "newsdesk-instruments", "newsdesk-model",
                                        "newsdesk-render")
PIPELINES_KEPT = 4


class Runtime:
    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.redactor: Redactor = configured(settings)
        self.store = store or open_store(settings.store.url, redactor=self.redactor)
        self._pipelines: OrderedDict[str, Pipeline] = OrderedDict()
        self._lock = threading.Lock()

    def new_pipeline(self, *, ingest: bool = False) -> Pipeline:
        settings, store = self.settings, self.store
        return Pipeline(settings, store, make_market(settings, store), make_writer(settings, store),
                        fetcher=make_fetcher(settings) if ingest else None, redactor=self.redactor)

    def pipeline(self, run_id: str) -> Pipeline:
        """The run's pipeline in this process (bars read once per run); the newest few are kept."""
        with self._lock:
            found = self._pipelines.get(run_id)
            if found is None:
                found = self._pipelines[run_id] = self.new_pipeline()
                while len(self._pipelines) > PIPELINES_KEPT:
                    self._pipelines.popitem(last=False)
            return found

    def model_writer(self) -> LLMWriter:
        """A writer for one conversation, each of its model calls a recorded step."""
        from .workflows import model_call_step

        writer = make_writer(self.settings, self.store)
        if not isinstance(writer, LLMWriter):
            raise ConfigError(f"writer.kind = {self.settings.writer.kind}: no model conversation to hold")
        writer.durable = model_call_step
        return writer

    @property
    def model_writes(self) -> bool:
        return self.settings.writer.kind == "llm"


_current: Runtime | None = None


def current() -> Runtime:
    if _current is None:
        raise RuntimeError("no engine runtime in this process (pipeline.engine.runtime.launch)")
    return _current


def default_executor_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def dbos_config(settings: Settings, executor_id: str | None = None) -> DBOSConfig:
    engine = settings.engine
    config: DBOSConfig = {"name": engine.name, "system_database_url": engine.database_url,
                          "executor_id": executor_id or default_executor_id(),
                          "sys_db_pool_size": engine.pool_size,
                          "log_level": "WARNING", "notification_listener_polling_interval_sec": 0.2}
    if engine.version:
        config["application_version"] = engine.version
    return config


def launch(settings: Settings, executor_id: str | None = None, store: Store | None = None) -> Runtime:
    """Start DBOS in this process and listen to every newsdesk queue; pending work of this
    executor id (a restarted worker) is resumed by DBOS itself."""
    global _current
    from dbos import DBOS

    from . import workflows  # noqa: F401  (registers the workflows before launch)

    _prepare_sqlite(settings.engine.database_url)
    _current = Runtime(settings, store)
    DBOS(config=dbos_config(settings, executor_id))
    with reaching(settings):
        DBOS.launch()
        register_queues(settings)
    return _current


@contextmanager
def reaching(settings: Settings) -> Iterator[None]:
    """A database the engine cannot reach is a one-line StoreError naming engine.database_url."""
    from sqlalchemy.exc import SQLAlchemyError

    dbos_log = logging.getLogger("dbos")
    level = dbos_log.level
    dbos_log.setLevel(logging.CRITICAL)  # its own traceback of the same failure: the message says it
    try:
        yield
    except SQLAlchemyError as exc:
        where = settings.engine.database_url.split("@")[-1]
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreError(f"engine.database_url ({where}): {detail}") from None
    finally:
        dbos_log.setLevel(level)


def register_queues(settings: Settings) -> None:
    from dbos import DBOS

    engine, llm = settings.engine, settings.llm
    poll = engine.poll_seconds
    rate = engine.model_rate or llm.rpm
    DBOS.register_queue(SESSIONS, worker_concurrency=2, polling_interval_sec=poll,
                        on_conflict="always_update")
    DBOS.register_queue(INSTRUMENTS, worker_concurrency=engine.instrument_concurrency,
                        polling_interval_sec=poll, on_conflict="always_update")
    DBOS.register_queue(MODEL, global_concurrency=engine.model_concurrency or llm.concurrency,
                        limiter={"limit": rate, "period": 60.0} if rate else None,
                        polling_interval_sec=poll, on_conflict="always_update")
    DBOS.register_queue(RENDER, worker_concurrency=engine.render_concurrency,
                        polling_interval_sec=poll, on_conflict="always_update")


def shutdown() -> None:
    global _current
    from dbos import DBOS

    DBOS.destroy(destroy_registry=False)
    _current = None


def _prepare_sqlite(url: str) -> None:
    """A SQLite engine database's folder is made (as the store's is)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:":
        os.makedirs(os.path.dirname(url[len(prefix):]) or ".", exist_ok=True)


def client(settings: Settings) -> Any:
    """A client of the engine's database (made or migrated first, as a worker's launch would)."""
    from dbos import DBOS, DBOSClient

    url = settings.engine.database_url
    _prepare_sqlite(url)
    with reaching(settings):
        DBOS.migrate(url)
        return DBOSClient(system_database_url=url)


def schedule_registered(settings: Settings, name: str) -> bool:
    """Is the schedule in the engine's database? False when there is no such database yet."""
    from dbos import DBOSClient
    from sqlalchemy.exc import SQLAlchemyError

    url = settings.engine.database_url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not os.path.exists(url[len(prefix):]):
        return False
    dbos_log = logging.getLogger("dbos")
    level = dbos_log.level
    dbos_log.setLevel(logging.CRITICAL)
    try:
        engine_client = DBOSClient(system_database_url=url)
        try:
            return engine_client.get_schedule(name) is not None
        finally:
            engine_client.destroy()
    except (SQLAlchemyError, OSError):
        return False
    finally:
        dbos_log.setLevel(level)
