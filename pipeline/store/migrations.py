"""Append-only, named schema migrations (m001_initial, m002_..., never edited).

Each migration is a function taking a connection inside its own transaction; its
name is recorded in `_migrations` in that same transaction, so a crash leaves a
migration either wholly applied and recorded or not at all. A migration builds
its own tables (they are the schema as it was then, not `schema.py`, which is
the schema as it is now). Use SQLAlchemy constructs only, never one dialect's
SQL, so SQLite and PostgreSQL follow the same path.

To change the schema: append `m00N_what_changes`, then update `schema.py`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    DDL,
    Boolean,
    Column,
    Connection,
    Date,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.schema import CreateColumn

from . import db
from .schema import UTCDateTime
from .schema import migrations as migrations_table

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = []

# Any constant: PostgreSQL sessions migrating the same database take turns on it.
_PG_LOCK_ID = 0x6E657773


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "runs", meta,
        Column("run_id", String(32), primary_key=True),
        Column("session", Date, nullable=False),
        Column("started_at", UTCDateTime(), nullable=False),
        Column("finished_at", UTCDateTime()),
        Column("status", String(16), nullable=False),
        Column("summary", Text, nullable=False),
    )
    Table(
        "stage_timings", meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", String(32), ForeignKey("runs.run_id"), nullable=False, index=True),
        Column("stage", String(64), nullable=False),
        Column("symbol", String(32)),
        Column("seconds", Float, nullable=False),
        Column("ok", Boolean, nullable=False),
        Column("error", Text),
    )
    Table(
        "news_items", meta,
        Column("item_id", String(64), primary_key=True),
        Column("url", Text, nullable=False, unique=True),
        Column("content_hash", String(128), nullable=False, unique=True),
        Column("publisher", Text, nullable=False),
        Column("published_at", UTCDateTime(), index=True),
        Column("first_seen_at", UTCDateTime(), nullable=False),
        Column("last_seen_at", UTCDateTime(), nullable=False),
        Column("payload", Text, nullable=False),
    )
    Table(
        "news_symbols", meta,
        Column("item_id", String(64), ForeignKey("news_items.item_id"), nullable=False),
        Column("symbol", String(32), nullable=False, index=True),
        PrimaryKeyConstraint("item_id", "symbol"),
    )
    Table(
        "drafts", meta,
        Column("draft_id", String(64), primary_key=True),
        Column("key", String(200), nullable=False, unique=True),
        Column("symbol", String(32), nullable=False),
        Column("session", Date, nullable=False),
        Column("writer", String(100), nullable=False),
        Column("status", String(16), nullable=False),
        Column("version", Integer, nullable=False),
        Column("content_hash", String(128), nullable=False),
        Column("payload", Text, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
        Index("ix_drafts_session", "session"),
        Index("ix_drafts_status", "status"),
    )
    Table(
        "draft_versions", meta,
        Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False),
        Column("version", Integer, nullable=False),
        Column("content_hash", String(128), nullable=False),
        Column("payload", Text, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
        PrimaryKeyConstraint("draft_id", "version"),
    )
    Table(
        "status_events", meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False,
               index=True),
        Column("from_status", String(16)),
        Column("to_status", String(16), nullable=False),
        Column("actor", String(100), nullable=False),
        Column("reason", Text),
        Column("at", UTCDateTime(), nullable=False),
    )
    meta.create_all(conn)


@migration
def m002_model_calls(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "model_calls", meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("started_at", UTCDateTime(), nullable=False),
        Column("run_id", String(32)),
        Column("draft_key", String(200)),
        Column("symbol", String(32)),
        Column("round", Integer, nullable=False),
        Column("model", String(200), nullable=False),
        Column("base_host", String(300), nullable=False),
        Column("prompt_version", String(300), nullable=False),
        Column("schema_hash", String(64), nullable=False),
        Column("cache_key", String(64), nullable=False),
        Column("messages", Text, nullable=False),
        Column("raw_response", Text),
        Column("parsed", Text),
        Column("prompt_tokens", Integer, nullable=False),
        Column("completion_tokens", Integer, nullable=False),
        Column("latency_ms", Integer, nullable=False),
        Column("cost_usd", Float),
        Column("outcome", String(20), nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("error", Text),
        Index("ix_model_calls_cache_key", "cache_key"),
        Index("ix_model_calls_symbol", "symbol"),
        Index("ix_model_calls_started_at", "started_at"),
    )
    meta.create_all(conn)


@migration
def m003_bar_cache(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "bar_cache", meta,
        Column("provider", String(32), nullable=False),
        Column("symbol", String(32), nullable=False),
        Column("session", Date, nullable=False),
        Column("open", Float, nullable=False),
        Column("high", Float, nullable=False),
        Column("low", Float, nullable=False),
        Column("close", Float, nullable=False),
        Column("volume", Float, nullable=False),
        Column("final", Boolean, nullable=False),
        Column("fetched_at", UTCDateTime(), nullable=False),
        PrimaryKeyConstraint("provider", "symbol", "session"),
    )
    Table(
        "bar_actions", meta,
        Column("provider", String(32), nullable=False),
        Column("symbol", String(32), nullable=False),
        Column("session", Date, nullable=False),
        Column("kind", String(16), nullable=False),
        Column("value", Float, nullable=False),
        PrimaryKeyConstraint("provider", "symbol", "session", "kind"),
    )
    meta.create_all(conn)


@migration
def m004_run_skips(conn: Connection) -> None:
    meta = MetaData()
    Table("runs", meta, Column("run_id", String(32), primary_key=True))  # for the foreign key only
    skips = Table(
        "run_skips", meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", String(32), ForeignKey("runs.run_id"), nullable=False),
        Column("session", Date, nullable=False),
        Column("symbol", String(32), nullable=False),
        Column("code", String(32), nullable=False),
        Column("message", Text, nullable=False),
        Index("ix_run_skips_run_id", "run_id"),
        Index("ix_run_skips_symbol", "symbol"),
        Index("ix_run_skips_code", "code"),
    )
    meta.create_all(conn, tables=[skips])


@migration
def m005_feed_state(conn: Connection) -> None:
    """Per feed URL: validators for the next conditional GET and how the last fetch went."""
    meta = MetaData()
    Table(
        "feed_state", meta,
        Column("feed_url", String(2048), primary_key=True),
        Column("etag", Text),
        Column("last_modified", String(100)),
        Column("last_status", String(20), nullable=False),
        Column("last_reason", String(40)),
        Column("last_error", Text),
        Column("checked_at", UTCDateTime(), nullable=False),
        Column("last_ok_at", UTCDateTime()),
    )
    meta.create_all(conn)


# There is no m006: the number was reserved during parallel work and never needed.
@migration
def m007_review_logins(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "users", meta,
        Column("name", String(64), primary_key=True),
        Column("password_hash", Text, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
    )
    Table(
        "login_sessions", meta,
        Column("token_hash", String(64), primary_key=True),
        Column("user_name", String(64), ForeignKey("users.name"), nullable=False, index=True),
        Column("csrf_token", String(64), nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("expires_at", UTCDateTime(), nullable=False),
    )
    meta.create_all(conn)


@migration
def m008_publications(conn: Connection) -> None:
    meta = MetaData()
    Table("drafts", meta, Column("draft_id", String(64), primary_key=True))  # only referenced
    publications = Table(
        "publications", meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("target", String(100), nullable=False),
        Column("key", String(200), nullable=False),
        Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False),
        Column("version", Integer, nullable=False),
        Column("state", String(16), nullable=False),
        Column("remote_id", String(200)),
        Column("remote_url", Text),
        Column("detail", Text, nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("error", Text),
        Column("retryable", Boolean),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
        Column("published_at", UTCDateTime()),
        UniqueConstraint("target", "key", name="uq_publications_target_key"),
        Index("ix_publications_draft_id", "draft_id"),
    )
    meta.create_all(conn, tables=[publications])


@migration
def m009_news_urls(conn: Connection) -> None:
    """Every URL a stored story is known by (main, seen-at and collapsed copies), indexed.

    Filled from the stored payloads; a URL already claimed by another story keeps its first owner.
    """
    meta = MetaData()
    items = Table("news_items", meta, Column("item_id", String(64), primary_key=True),
                  Column("payload", Text, nullable=False))
    urls = Table(
        "news_urls", meta,
        Column("url", String(2048), primary_key=True),
        Column("item_id", String(64), ForeignKey("news_items.item_id"), nullable=False, index=True),
    )
    meta.create_all(conn, tables=[urls])
    claimed: set[str] = set()
    rows = []
    for item_id, payload in conn.execute(select(items.c.item_id, items.c.payload)
                                         .order_by(items.c.item_id)):
        for url in _payload_urls(json.loads(payload)):
            if url not in claimed:
                claimed.add(url)
                rows.append({"url": url, "item_id": item_id})
    if rows:
        conn.execute(insert(urls), rows)


def _payload_urls(payload: dict[str, Any]) -> list[str]:
    """The URLs in a stored NewsItem payload: `url`, `urls`, then each `also_at` copy's."""
    copies = [c.get("url") for c in payload.get("also_at") or [] if isinstance(c, dict)]
    found = [payload.get("url"), *(payload.get("urls") or []), *copies]
    return list(dict.fromkeys(u for u in found if isinstance(u, str) and u))


@migration
def m010_status_event_versions(conn: Connection) -> None:
    """Each status event records the draft version it moved.

    Old rows get the version the draft had then: the newest version stored at
    or before the event (a rerun and its event share one timestamp).
    """
    meta = MetaData()
    events = Table("status_events", meta, Column("id", Integer, primary_key=True),
                   Column("draft_id", String(64)), Column("at", UTCDateTime()),
                   Column("version", Integer))
    versions = Table("draft_versions", meta, Column("draft_id", String(64)),
                     Column("version", Integer), Column("created_at", UTCDateTime()))
    column = CreateColumn(events.c.version).compile(dialect=conn.dialect)
    conn.execute(DDL(f"ALTER TABLE status_events ADD COLUMN {column}"))
    then = (select(func.max(versions.c.version))
            .where(versions.c.draft_id == events.c.draft_id, versions.c.created_at <= events.c.at)
            .scalar_subquery())
    conn.execute(update(events).values(version=then))


@migration
def m011_run_processes(conn: Connection) -> None:
    """The host, pid and last heartbeat of each run, so a run whose process died can be told."""
    meta = MetaData()
    Table("runs", meta, Column("run_id", String(32), primary_key=True))  # for the foreign key only
    processes = Table(
        "run_processes", meta,
        Column("run_id", String(32), ForeignKey("runs.run_id"), primary_key=True),
        Column("host", String(255), nullable=False),
        Column("pid", Integer, nullable=False),
        Column("heartbeat_at", UTCDateTime(), nullable=False),
    )
    meta.create_all(conn, tables=[processes])


@migration
def m012_publication_remote_state(conn: Connection) -> None:
    """What each target says of its post (WordPress `trash`, Ghost `scheduled`, ...) and when read."""
    meta = MetaData()
    publications = Table("publications", meta,
                         Column("remote_state", String(32)),
                         Column("remote_checked_at", UTCDateTime()))
    for column in (publications.c.remote_state, publications.c.remote_checked_at):
        spec = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(DDL(f"ALTER TABLE publications ADD COLUMN {spec}"))


@migration
def m013_draft_summaries(conn: Connection) -> None:
    """What a queue row shows, kept in columns of `drafts`, and indexes in the queue's order.

    Listing then reads no payload. Existing rows are filled from their payloads
    in batches; a payload missing a field gets an empty value rather than failing.
    """
    meta = MetaData()
    table = Table(
        "drafts", meta,
        Column("draft_id", String(64), primary_key=True),
        Column("session", Date),
        Column("symbol", String(32)),
        Column("writer", String(100)),
        Column("status", String(16)),
        Column("payload", Text),
        Column("headline", Text),
        Column("bias", String(16)),
        Column("pulse", Integer),
        Column("threat_level", Integer),
        Column("errors", Integer),
        Column("warnings", Integer),
        Column("source_ids", Text),
    )
    for name in SUMMARY_COLUMNS:
        column = CreateColumn(table.c[name]).compile(dialect=conn.dialect)
        conn.execute(DDL(f"ALTER TABLE drafts ADD COLUMN {column}"))
    c = table.c
    Index("ix_drafts_queue", c.session, c.symbol, c.writer).create(conn)
    Index("ix_drafts_status_queue", c.status, c.session, c.symbol, c.writer).create(conn)
    _backfill_summaries(conn, table)


SUMMARY_COLUMNS = ("headline", "bias", "pulse", "threat_level", "errors", "warnings", "source_ids")


def _backfill_summaries(conn: Connection, table: Table, batch: int = 500) -> None:
    last = ""
    while True:
        rows = conn.execute(select(table.c.draft_id, table.c.payload)
                            .where(table.c.draft_id > last)
                            .order_by(table.c.draft_id).limit(batch)).all()
        if not rows:
            return
        values = [{"row_id": draft_id, **{f"new_{k}": v for k, v in _payload_summary(payload).items()}}
                  for draft_id, payload in rows]
        conn.execute(update(table).where(table.c.draft_id == bindparam("row_id"))
                     .values({name: bindparam(f"new_{name}") for name in SUMMARY_COLUMNS}), values)
        last = rows[-1][0]


def _payload_summary(payload: str | None) -> dict[str, Any]:
    """The summary columns of one stored Draft payload (tolerant: old or damaged rows)."""
    try:
        data = json.loads(payload or "{}")
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    article = _object(data.get("article"))
    scores = _object(data.get("scores"))
    findings = [f for f in data.get("findings") or [] if isinstance(f, dict)]
    severities = [f.get("severity") for f in findings]
    sources = [s.get("item_id") for s in article.get("sources") or [] if isinstance(s, dict)]
    return {
        "headline": str(article.get("headline") or ""),
        "bias": str(scores.get("bias") or ""),
        "pulse": int(scores.get("pulse") or 0),
        "threat_level": int(scores.get("threat_level") or 0),
        "errors": severities.count("error"),
        "warnings": severities.count("warning"),
        "source_ids": " ".join(str(s) for s in sources if s),
    }


@migration
def m014_queue_order_index(conn: Connection) -> None:
    """One index in the queue's exact order (session newest first, symbol, writer) that also
    holds status and id, so a page is read from the index alone and only its rows are fetched.

    m013's two indexes sorted session ascending: SQLite could not use them for the queue's
    mixed order and sorted every matching row (0.26 s for the first page of 100,000 drafts,
    6 s at offset 90,000). The status index goes too: with it SQLite picked a status
    lookup and a sort over the order index; status filters and counts read the new
    index instead (status is in it).
    """
    meta = MetaData()
    table = Table("drafts", meta, Column("draft_id", String(64), primary_key=True),
                  Column("session", Date), Column("symbol", String(32)),
                  Column("writer", String(100)), Column("status", String(16)))
    for name in ("ix_drafts_queue", "ix_drafts_status_queue", "ix_drafts_status"):
        Index(name, table.c.session).drop(conn)  # dropping needs only the name
    c = table.c
    Index("ix_drafts_queue_order", c.session.desc(), c.symbol, c.writer, c.status,
          c.draft_id).create(conn)


@migration
def m015_session_calls(conn: Connection) -> None:
    """One row per (symbol, session, origin): the calls a session made (`scorecard.SessionCalls`
    as JSON), from `newsdesk backfill` (origin backfill) or a run's stored draft (article)."""
    meta = MetaData()
    Table(
        "session_calls", meta,
        Column("symbol", String(32), nullable=False),
        Column("session", Date, nullable=False),
        Column("origin", String(16), nullable=False),
        Column("pulse", Integer, nullable=False),
        Column("payload", Text, nullable=False),
        Column("updated_at", UTCDateTime(), nullable=False),
        PrimaryKeyConstraint("symbol", "session", "origin"),
    )
    meta.create_all(conn)


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations not yet recorded, in order. Returns the names applied."""
    with db.writing(engine) as conn:
        _serialize(conn)
        migrations_table.create(conn, checkfirst=True)
    applied = []
    for step in MIGRATIONS:
        with db.writing(engine) as conn:
            _serialize(conn)
            if _is_applied(conn, step.__name__):
                continue
            step(conn)
            conn.execute(
                insert(migrations_table).values(name=step.__name__, applied_at=datetime.now(UTC))
            )
        log.info("applied migration %s", step.__name__)
        applied.append(step.__name__)
    return applied


def applied_migrations(engine: Engine) -> list[str]:
    with db.reading(engine) as conn:
        names = conn.scalars(select(migrations_table.c.name)).all()
    return sorted(names)


def _is_applied(conn: Connection, name: str) -> bool:
    found = conn.scalar(select(migrations_table.c.name).where(migrations_table.c.name == name))
    return found is not None


def _serialize(conn: Connection) -> None:
    """On PostgreSQL, hold a transaction lock so concurrent migrators take turns.

    SQLite needs nothing: `db.writing` already began with BEGIN IMMEDIATE.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_ID)))
