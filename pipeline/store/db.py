"""Engines and transactions: the only module that knows SQLite needs care.

For SQLite every connection gets WAL, a 30 s busy timeout and foreign keys, and
newsdesk emits its own BEGIN: `BEGIN IMMEDIATE` for writes, so a writer takes
the lock before it reads and two processes never meet with stale snapshots
(the "database is locked" that a busy timeout cannot cure), and a plain
`BEGIN` for reads, which in WAL mode never wait for writers.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError

BUSY_TIMEOUT_MS = 30000
_WRITE = "newsdesk_write"


def connect(url: str) -> Engine:
    """An engine for `url`; a SQLite file's own folder is created when its parent exists."""
    parsed = parse_url(url)
    try:
        engine = create_engine(parsed)
    except ArgumentError as exc:
        raise StoreError(f"store {redact(url)}: cannot use this database URL: {exc}") from None
    except ImportError as exc:  # e.g. postgresql:// without psycopg installed
        raise StoreError(
            f"store {redact(url)}: the database driver is not installed ({exc})"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        _make_parent_dir(parsed, url)
        _tune_sqlite(engine)
    return engine


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise StoreError(
            f"store {redact(url)}: not a database URL "
            "(expected e.g. sqlite:///path/newsdesk.db or postgresql+psycopg://host/db)"
        ) from None


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL; None for in-memory and `file:` URIs."""
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _make_parent_dir(url: URL, raw: str) -> None:
    """Create the store's own folder (`.newsdesk/`), never a chain of missing folders.

    A URL naming a folder whose parent is missing is most likely a typo: refused,
    so it does not silently start an empty store somewhere new (`newsdesk init`
    creates the whole path on purpose).
    """
    path = sqlite_file(url)
    if path is None:
        return
    folder = path.parent
    if not folder.is_dir() and not folder.parent.is_dir():
        raise StoreError(f"store {raw}: the folder {folder.parent} does not exist; create it, "
                         "or run `newsdesk init` to create the store and its folders")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"store {raw}: cannot create the directory {path.parent}: {exc.strerror or exc}"
        ) from None


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # newsdesk emits BEGIN itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _enable_wal(cursor)
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _enable_wal(cursor: Any) -> None:
    """Switch the file to WAL, waiting out another process doing the same.

    Two processes opening a new database at once both ask for WAL; the switch needs
    the file to itself and SQLite answers "database is locked" at once instead of
    calling the busy handler, so the wait is ours, bounded by the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on error."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction: a consistent view for the block, nothing written."""
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def guarded(engine: Engine, doing: str) -> Iterator[None]:
    """Database failures inside the block become one StoreError naming the store."""
    try:
        yield
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"store {describe(engine.url)}: {doing} failed: {reason}") from exc


def describe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def redact(url: str) -> str:
    """`url` with any password replaced by ***, for messages about unparsable URLs."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)
