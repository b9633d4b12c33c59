"""The store's tables as they are now (SQLAlchemy Core).

Queries use these definitions. The migrations in `migrations.py` build the same
tables step by step; a test checks that a migrated database matches this file.

Timestamps are `UTCDateTime`: aware datetimes go in (converted to UTC), aware
UTC datetimes come out. A naive datetime is refused, never guessed at.
JSON payloads (NewsItem, Draft, a run's summary) are stored as text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
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
)
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """`timestamptz` on PostgreSQL; on SQLite, UTC wall time without an offset."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = as_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:  # SQLite: stored as UTC wall time
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def as_utc(value: datetime, name: str = "timestamp") -> datetime:
    """`value` in UTC. A naive datetime raises ValueError: its zone is unknown."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{name} {value.isoformat()} has no time zone; the store takes aware datetimes "
            "only (e.g. datetime.now(UTC))"
        )
    return value.astimezone(UTC)


metadata = MetaData()

migrations = Table(
    "_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", UTCDateTime(), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("run_id", String(32), primary_key=True),
    Column("session", Date, nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime()),
    Column("status", String(16), nullable=False),  # running, ok, partial, failed, abandoned
    Column("summary", Text, nullable=False),  # JSON object
)

stage_timings = Table(
    "stage_timings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.run_id"), nullable=False, index=True),
    Column("stage", String(64), nullable=False),
    Column("symbol", String(32)),
    Column("seconds", Float, nullable=False),
    Column("ok", Boolean, nullable=False),
    Column("error", Text),
)

news_items = Table(
    "news_items",
    metadata,
    Column("item_id", String(64), primary_key=True),
    Column("url", Text, nullable=False, unique=True),  # canonical URL
    Column("content_hash", String(128), nullable=False, unique=True),
    Column("publisher", Text, nullable=False),
    Column("published_at", UTCDateTime(), index=True),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("last_seen_at", UTCDateTime(), nullable=False),
    Column("payload", Text, nullable=False),  # NewsItem JSON
)

# Which instruments a story is about: lets `news_items(symbol=...)` use an index
# instead of reading every payload.
news_symbols = Table(
    "news_symbols",
    metadata,
    Column("item_id", String(64), ForeignKey("news_items.item_id"), nullable=False),
    Column("symbol", String(32), nullable=False, index=True),
    PrimaryKeyConstraint("item_id", "symbol"),
)

# Every URL a story is known by (its canonical URL, the other URLs it was seen
# at, copies collapsed into it): a story seen again under any of them is found
# by an index lookup, not by reading payloads.
news_urls = Table(
    "news_urls",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("item_id", String(64), ForeignKey("news_items.item_id"), nullable=False, index=True),
)

drafts = Table(
    "drafts",
    metadata,
    Column("draft_id", String(64), primary_key=True),
    Column("key", String(200), nullable=False, unique=True),  # symbol:session:writer
    Column("symbol", String(32), nullable=False),
    Column("session", Date, nullable=False),
    Column("writer", String(100), nullable=False),
    Column("status", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(128), nullable=False),
    Column("payload", Text, nullable=False),  # Draft JSON; its status mirrors the column
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    # What a queue row shows, kept beside the payload (migration m013) so listing never parses it.
    Column("headline", Text),
    Column("bias", String(16)),
    Column("pulse", Integer),
    Column("threat_level", Integer),
    Column("errors", Integer),
    Column("warnings", Integer),
    Column("source_ids", Text),  # the cited news item ids, space-separated
    Index("ix_drafts_session", "session"),
)
# The queue's order (session newest first, symbol, writer) with status and id (m014):
# a page's ids, and status filters and counts, come from this index alone.
Index("ix_drafts_queue_order", drafts.c.session.desc(), drafts.c.symbol, drafts.c.writer,
      drafts.c.status, drafts.c.draft_id)

draft_versions = Table(
    "draft_versions",
    metadata,
    Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(128), nullable=False),
    Column("payload", Text, nullable=False),  # the Draft as saved at that version
    Column("created_at", UTCDateTime(), nullable=False),
    PrimaryKeyConstraint("draft_id", "version"),
)

status_events = Table(
    "status_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False, index=True),
    Column("from_status", String(16)),  # None when the draft was created
    Column("to_status", String(16), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("reason", Text),
    Column("at", UTCDateTime(), nullable=False),
    Column("version", Integer),  # the draft version moved; None on rows older than m010
)

# Every model call: what was sent, what came back, what it cost (`newsdesk calls`).
# A later identical request (same cache_key) is served from an `ok` row.
model_calls = Table(
    "model_calls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("run_id", String(32)),
    Column("draft_key", String(200)),
    Column("symbol", String(32)),
    Column("round", Integer, nullable=False),
    Column("model", String(200), nullable=False),
    Column("base_host", String(300), nullable=False),  # scheme://host:port, never a key
    Column("prompt_version", String(300), nullable=False),
    Column("schema_hash", String(64), nullable=False),
    Column("cache_key", String(64), nullable=False),
    Column("messages", Text, nullable=False),  # JSON list of {role, content}
    Column("raw_response", Text),
    Column("parsed", Text),  # JSON object, set when the answer validated
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("latency_ms", Integer, nullable=False),
    Column("cost_usd", Float),  # None: the model has no price in the table
    Column("outcome", String(20), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("error", Text),
    Index("ix_model_calls_cache_key", "cache_key"),
    Index("ix_model_calls_symbol", "symbol"),
    Index("ix_model_calls_started_at", "started_at"),
)

# Daily bars fetched from an HTTP market-data source, so a rerun asks only for
# the sessions it lacks. `final` is False for a bar fetched so soon after its
# close that the source may still revise it; such a bar is fetched again.
bar_cache = Table(
    "bar_cache",
    metadata,
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

# Splits (value = new shares per old share) and cash dividends the source reported.
bar_actions = Table(
    "bar_actions",
    metadata,
    Column("provider", String(32), nullable=False),
    Column("symbol", String(32), nullable=False),
    Column("session", Date, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", Float, nullable=False),
    PrimaryKeyConstraint("provider", "symbol", "session", "kind"),
)

# Instruments the data-quality gate refused in a run: one row per reason, with a
# stable code (`pipeline.skips.CODES`) to filter on and the full message.
run_skips = Table(
    "run_skips",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.run_id"), nullable=False, index=True),
    Column("session", Date, nullable=False),
    Column("symbol", String(32), nullable=False, index=True),
    Column("code", String(32), nullable=False, index=True),
    Column("message", Text, nullable=False),
)

# Which process runs a run (migration m011): a `running` run whose process is gone
# (its pid dead on this host) or silent too long (no heartbeat) is marked abandoned.
run_processes = Table(
    "run_processes",
    metadata,
    Column("run_id", String(32), ForeignKey("runs.run_id"), primary_key=True),
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("heartbeat_at", UTCDateTime(), nullable=False),
)

# Per feed URL (migration m005): validators for the next conditional GET and how
# the last fetch went. Saved only after the feed's items are stored, so a crash in
# between costs one full refetch, never a story.
feed_state = Table(
    "feed_state",
    metadata,
    Column("feed_url", String(2048), primary_key=True),
    Column("etag", Text),
    Column("last_modified", String(100)),
    Column("last_status", String(20), nullable=False),  # ok / unchanged / failed
    Column("last_reason", String(40)),  # FetchError reason code
    Column("last_error", Text),
    Column("checked_at", UTCDateTime(), nullable=False),
    Column("last_ok_at", UTCDateTime()),
)

# Reviewers who may sign in to `newsdesk serve` (`newsdesk user add`); the hash
# is a self-describing scrypt string (pipeline.review.auth), never a password.
users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# Signed-in browser sessions: the cookie holds a random token, the store only
# its SHA-256, so a copy of the database cannot be replayed as a login.
login_sessions = Table(
    "login_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_name", String(64), ForeignKey("users.name"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)

# One row per (target, draft key): what newsdesk did or is doing on a CMS.
# `intent` is written before any remote call; `done` carries the remote id;
# `failed` the error, and whether another `newsdesk publish` may get past it.
publications = Table(
    "publications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target", String(100), nullable=False),  # the [publish.targets] name
    Column("key", String(200), nullable=False),  # the draft key symbol:session:writer
    Column("draft_id", String(64), ForeignKey("drafts.draft_id"), nullable=False),
    Column("version", Integer, nullable=False),  # the draft version last sent
    Column("state", String(16), nullable=False),  # intent, done, failed, withdrawn
    Column("remote_id", String(200)),
    Column("remote_url", Text),
    Column("detail", Text, nullable=False),  # JSON object of strings, e.g. Ghost's updated_at
    Column("attempts", Integer, nullable=False),
    Column("error", Text),
    Column("retryable", Boolean),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("published_at", UTCDateTime()),
    # what the target last said of the post: WordPress publish/future/draft/pending/private/
    # trash, Ghost published/scheduled/draft, static published/draft, or deleted
    Column("remote_state", String(32)),
    Column("remote_checked_at", UTCDateTime()),
    UniqueConstraint("target", "key", name="uq_publications_target_key"),
    Index("ix_publications_draft_id", "draft_id"),
)

# The calls of each session (migration m015): `scorecard.SessionCalls` as JSON, per symbol,
# session and origin (backfill | article), so `newsdesk scorecard` can grade them.
session_calls = Table(
    "session_calls",
    metadata,
    Column("symbol", String(32), nullable=False),
    Column("session", Date, nullable=False),
    Column("origin", String(16), nullable=False),
    Column("pulse", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    PrimaryKeyConstraint("symbol", "session", "origin"),
)
