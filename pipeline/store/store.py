"""`Store`: the one object other stages use to keep news, drafts and runs.

Every method is one short transaction. Writes that race another process on a
unique key (two workers saving the same draft or story on PostgreSQL) are
retried, and the retry finds the row the other one stored. Database failures
become StoreError; a missing draft or run is NotFound; a move the status machine
forbids is InvalidTransition.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ..contracts import Bar, CorporateAction, Draft, DraftStatus, FeedReport, NewsItem
from ..llm.records import ModelCall
from ..redact import Redactor, installed
from ..scorecard.contracts import CallOrigin, SessionCalls
from . import bars, calls, calls_record, db, drafts, feed_state, news, runs, users
from .calls_record import CallsSaved
from .drafts import new_draft_id
from .feed_state import FeedState
from .liveness import pid_alive, this_process
from .migrations import migrate
from .models import (
    DraftSummary,
    DraftVersion,
    LoginSession,
    NewsUpsert,
    RunRecord,
    RunSkip,
    RunStatus,
    SaveOutcome,
    StageTiming,
    StatusEvent,
    User,
)
from .schema import as_utc
from .transitions import parse_status

log = logging.getLogger(__name__)

T = TypeVar("T")
Clock = Callable[[], datetime]
WRITE_ATTEMPTS = 3


def utc_now() -> datetime:
    return datetime.now(UTC)


__all__ = ["Store", "new_draft_id", "open_store", "utc_now"]

StatusFilter = DraftStatus | str | Collection[DraftStatus | str] | None


def open_store(url: str, clock: Clock = utc_now, redactor: Redactor | None = None) -> Store:
    """Open (creating and migrating as needed) the store at a SQLAlchemy URL.

    `redactor` (default: the process's, see `pipeline.redact`) is applied to every
    free-text message the store writes: run summaries, stage errors, skip messages, model calls.
    Runs left `running` by a process that died are marked `abandoned` on opening.
    """
    engine = db.connect(url)
    try:
        with db.guarded(engine, "opening and migrating"):
            migrate(engine)
        store = Store(engine, clock, redactor)
        store.abandon_dead_runs()
    except BaseException:
        engine.dispose()
        raise
    return store


class Store:
    def __init__(self, engine: Engine, clock: Clock = utc_now, redactor: Redactor | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self.redactor = redactor if redactor is not None else installed()

    @property
    def url(self) -> str:
        """The store's URL, password hidden."""
        return db.describe(self._engine.url)

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # news

    def upsert_news(self, items: Iterable[NewsItem]) -> NewsUpsert:
        batch = list(items)
        return self._write("storing news", lambda conn: news.upsert(conn, batch))

    def news_items(self, symbol: str | None = None, since: datetime | None = None,
                   until: datetime | None = None, *, limit: int | None = None,
                   offset: int = 0) -> list[NewsItem]:
        """Stories newest first; `since` inclusive, `until` exclusive (aware datetimes)."""
        return self._read("reading news", lambda conn: news.select_items(
            conn, symbol, since, until, limit, offset))

    def count_news(self, symbol: str | None = None, since: datetime | None = None,
                   until: datetime | None = None) -> int:
        """How many stories `news_items` with the same filters returns without a limit."""
        return self._read("counting news",
                          lambda conn: news.count_items(conn, symbol, since, until))

    def news_by_id(self, item_ids: Iterable[str]) -> dict[str, NewsItem]:
        """item_id -> story for the ids found (a draft's cited sources, say)."""
        wanted = list(item_ids)
        return self._read("reading news by id", lambda conn: news.items_by_id(conn, wanted))

    def feed_states(self) -> dict[str, FeedState]:
        """Per feed URL: ETag / Last-Modified for the next conditional GET, last outcome."""
        return self._read("reading feed state", feed_state.load)

    def save_feed_states(self, reports: Iterable[FeedReport]) -> None:
        """Record how each feed's fetch went. Call after its items are stored."""
        batch, now = list(reports), self._now()
        self._write("saving feed state", lambda conn: feed_state.save(conn, batch, now))

    # drafts

    def save_draft(self, draft: Draft) -> SaveOutcome:
        draft, now = self._redacted(draft), self._now()
        result = self._write("saving a draft", lambda conn: drafts.save(conn, draft, now))
        log.info("draft %s %s (version %d, %s)", draft.key, result.outcome, result.version,
                 result.status.value)
        return result

    def save_drafts(self, batch: Iterable[Draft]) -> list[SaveOutcome]:
        """Save many drafts in one transaction (each as `save_draft` would): for bulk loads."""
        now = self._now()
        kept = [self._redacted(draft) for draft in batch]
        return self._write("saving drafts",
                           lambda conn: [drafts.save(conn, draft, now) for draft in kept])

    def get_draft(self, draft_id: str) -> Draft:
        """The draft with this id, or with this unique id prefix."""
        return self._read("reading a draft",
                          lambda conn: drafts.load(conn, drafts.resolve(conn, draft_id)))

    def list_drafts(self, session: date | None = None, status: StatusFilter = None,
                    symbol: str | None = None, *, limit: int | None = None,
                    offset: int = 0) -> list[DraftSummary]:
        """Queue rows (newest session first, then symbol, writer) read from summary columns.

        `status` is one status or several; `limit`/`offset` page through the rows.
        """
        wanted = _statuses(status)
        return self._read("listing drafts", lambda conn: drafts.summaries(
            conn, session, wanted, symbol, limit, offset))

    def count_drafts(self, session: date | None = None, status: StatusFilter = None,
                     symbol: str | None = None) -> int:
        """How many drafts `list_drafts` with the same filters would list without a limit."""
        wanted = _statuses(status)
        return self._read("counting drafts",
                          lambda conn: drafts.count(conn, session, wanted, symbol))

    def draft_versions(self, draft_id: str) -> list[DraftVersion]:
        return self._read("reading draft versions",
                          lambda conn: drafts.versions(conn, drafts.resolve(conn, draft_id)))

    def draft_version(self, draft_id: str, version: int) -> DraftVersion:
        """One stored version of the draft (id or unique prefix); NotFound when it has none."""
        return self._read("reading a draft version", lambda conn: drafts.version(
            conn, drafts.resolve(conn, draft_id), version))

    def status_history(self, draft_id: str) -> list[StatusEvent]:
        return self._read("reading status history",
                          lambda conn: drafts.history(conn, drafts.resolve(conn, draft_id)))

    def set_status(self, draft_id: str, to: DraftStatus | str, actor: str,
                   reason: str | None = None, *, seen: int | None = None,
                   publisher: bool = False) -> Draft:
        """Move a draft through the status machine (see transitions.TRANSITIONS).

        `seen` is the version the person deciding was shown: when another version
        was stored since, nothing changes and StaleVersion says which. `publisher`
        allows the moves only publishing makes (published -> approved).
        """
        target = parse_status(to)
        if not actor.strip():
            raise ValueError("set_status needs an actor (who made the change)")
        now = self._now()

        def move(conn: Connection) -> Draft:
            full_id = drafts.resolve(conn, draft_id)
            return drafts.set_status(conn, full_id, target, actor, reason, now, seen, publisher)

        moved = self._write("changing a draft's status", move)
        log.info("draft %s -> %s by %s", moved.draft_id, target.value, actor)
        return moved

    def edit_draft(self, draft_id: str, edited: Draft, actor: str,
                   reason: str | None = None, seen: int | None = None) -> SaveOutcome:
        """Store a person's edit (new article, findings, hash) as the next version.

        The new version is in needs_review whatever the draft's status was (an
        edit of a published article is an update waiting for review); earlier
        versions stay in `draft_versions`. An edit that changes nothing writes
        nothing and returns outcome "unchanged". With `seen`, the version the edit
        was made from: when another was stored since, nothing changes and StaleVersion
        says which.
        """
        if not actor.strip():
            raise ValueError("edit_draft needs an actor (who made the change)")
        edited, now = self._redacted(edited), self._now()

        def save(conn: Connection) -> SaveOutcome:
            return drafts.edit(conn, drafts.resolve(conn, draft_id), edited, actor, reason, now,
                               seen)

        result = self._write("storing an edit", save)
        log.info("draft %s edit by %s: %s (version %d)", result.draft_id, actor, result.outcome,
                 result.version)
        return result

    def mark_published(self, draft_id: str, actor: str, reason: str | None = None) -> Draft:
        """approved -> published; what a publisher calls once the CMS took the article."""
        return self.set_status(draft_id, DraftStatus.PUBLISHED, actor, reason)

    def unpublish(self, draft_id: str, actor: str, reason: str | None = None) -> Draft:
        """published -> approved; what a publisher calls once the post is withdrawn."""
        return self.set_status(draft_id, DraftStatus.APPROVED, actor, reason or "unpublished",
                               publisher=True)

    # reviewers (the review page's logins)

    def add_user(self, name: str, password_hash: str) -> User:
        now = self._now()
        return self._write("adding a user", lambda conn: users.add(conn, name, password_hash, now))

    def set_password(self, name: str, password_hash: str) -> None:
        """Replace a user's password hash; their signed-in sessions end."""
        self._write("changing a password",
                    lambda conn: users.set_password(conn, name, password_hash))

    def password_hash(self, name: str) -> str | None:
        return self._read("reading a user", lambda conn: users.password_hash(conn, name))

    def list_users(self) -> list[User]:
        return self._read("listing users", users.listed)

    def start_login(self, token_hash: str, name: str, csrf_token: str,
                    lifetime: timedelta) -> None:
        """Record a signed-in session lasting `lifetime` from now (expired ones are dropped)."""
        now = self._now()
        self._write("starting a login session", lambda conn: users.start_session(
            conn, token_hash, name, csrf_token, now, now + lifetime))

    def login_session(self, token_hash: str) -> LoginSession | None:
        """The unexpired session with this token hash, if any."""
        now = self._now()
        return self._read("reading a login session",
                          lambda conn: users.session(conn, token_hash, now))

    def end_login(self, token_hash: str) -> None:
        self._write("ending a login session", lambda conn: users.end_session(conn, token_hash))

    # runs

    def start_run(self, session: date) -> str:
        """A new `running` run owned by this process (host and pid, for `abandon_dead_runs`)."""
        now, process = self._now(), this_process()
        return self._write("starting a run", lambda conn: runs.start(conn, session, now, process))

    def abandon_dead_runs(self) -> dict[str, str]:
        """Mark `abandoned` the running runs whose process died or went silent: run id -> why."""
        if not self._read("looking for running runs", runs.any_running):
            return {}
        now, here = self._now(), this_process()
        dead = self._write("marking abandoned runs",
                           lambda conn: runs.abandon_dead(conn, here, now, pid_alive))
        for run_id, why in dead.items():
            log.warning("run %s marked abandoned: %s", run_id[:8], why)
        return dead

    def record_stage(self, run_id: str, stage: str, seconds: float, ok: bool,
                     symbol: str | None = None, error: str | None = None) -> None:
        error = None if error is None else self.redactor.text(error)
        now = self._now()
        self._write("recording a stage", lambda conn: runs.record_stage(
            conn, run_id, stage, seconds, ok, symbol, error, now))

    def finish_run(self, run_id: str, status: RunStatus | str,
                   summary: dict[str, Any]) -> RunRecord:
        final, kept = RunStatus(status), self.redactor.value(summary)
        now = self._now()
        return self._write("finishing a run",
                           lambda conn: runs.finish(conn, run_id, final, kept, now))

    def get_run(self, run_id: str) -> RunRecord:
        return self._read("reading a run", lambda conn: runs.get(conn, run_id))

    def list_runs(self, limit: int = 20) -> list[RunRecord]:
        """The latest runs, newest first."""
        return self._read("listing runs", lambda conn: runs.latest(conn, limit))

    def run_timings(self, run_id: str) -> list[StageTiming]:
        """A run's stage timings in the order they were recorded."""
        return self._read("reading run timings", lambda conn: runs.timings(conn, run_id))

    def record_skips(self, run_id: str, session: date, symbol: str,
                     reasons: Iterable[tuple[str, str]]) -> None:
        """Keep why the data-quality gate refused `symbol`: (code, message) pairs."""
        rows = [(code, self.redactor.text(message)) for code, message in reasons]
        now = self._now()
        self._write("recording skipped instruments",
                    lambda conn: runs.record_skips(conn, run_id, session, symbol, rows, now))

    def list_skips(self, run_id: str | None = None, symbol: str | None = None,
                   code: str | None = None, session: date | None = None,
                   limit: int = 100) -> list[RunSkip]:
        """Recorded skips, newest run first, filtered by any of run, symbol, code and session."""
        return self._read("listing skipped instruments", lambda conn: runs.skips(
            conn, run_id=run_id, symbol=symbol, code=code, session=session, limit=limit))

    # model calls

    def record_call(self, call: ModelCall) -> int:
        """Append one model call to the log; returns its id."""
        kept = ModelCall.model_validate(self.redactor.value(call.model_dump()))
        return self._write("recording a model call", lambda conn: calls.record(conn, kept))

    def rewrite_call(self, call_id: int, call: ModelCall) -> None:
        """Replace a logged call (a received answer, once read) with its final record."""
        kept = ModelCall.model_validate(self.redactor.value(call.model_dump()))
        self._write("recording a model call", lambda conn: calls.rewrite(conn, call_id, kept))

    def received_call(self, cache_key: str) -> ModelCall | None:
        """The newest stored answer with this key that was never read (its process died)."""
        return self._read("reading the call cache", lambda conn: calls.received(conn, cache_key))

    def cached_call(self, cache_key: str) -> ModelCall | None:
        """The newest successful call with this cache key, if any."""
        return self._read("reading the call cache", lambda conn: calls.cached(conn, cache_key))

    def list_calls(self, limit: int = 50, symbol: str | None = None,
                   run_id: str | None = None) -> list[ModelCall]:
        """The newest model calls first."""
        return self._read("listing model calls",
                          lambda conn: calls.latest(conn, limit, symbol, run_id))

    # bar cache

    def cached_bars(self, provider: str, symbol: str) -> bars.CachedBars:
        """The bars and actions cached for one symbol from one provider."""
        return self._read("reading the bar cache", lambda conn: bars.read(conn, provider, symbol))

    def cache_bars(self, provider: str, symbol: str, new: list[Bar], final_until: date | None,
                   actions: list[CorporateAction]) -> None:
        """Store fetched bars (replacing those sessions) and the actions reported with them."""
        now = self._now()
        self._write("writing the bar cache", lambda conn: bars.write(
            conn, provider, symbol, new, final_until, actions, now))

    def drop_cached_bars(self, provider: str, symbol: str) -> int:
        """Forget one symbol's cached bars (after a split re-based its history)."""
        return self._write("dropping cached bars", lambda conn: bars.drop(conn, provider, symbol))

    # session calls (the scorecard)

    def save_session_calls(self, calls: Sequence[SessionCalls]) -> CallsSaved:
        """Store each session's calls; a re-run adds no row (unchanged ones are left alone)."""
        now = self._now()
        return self._write("saving session calls", lambda conn: calls_record.save(conn, calls, now))

    def session_calls(self, symbol: str | None = None, first: date | None = None,
                      last: date | None = None, origin: CallOrigin | None = None) -> list[SessionCalls]:
        return self._read("reading session calls",
                          lambda conn: calls_record.read(conn, symbol, first, last, origin))

    def count_session_calls(self) -> int:
        return self._read("counting session calls", calls_record.count)

    def _redacted(self, draft: Draft) -> Draft:
        """The draft with any secret in its text replaced (rebuilt only when it holds one)."""
        dumped = draft.model_dump_json()
        if self.redactor.text(dumped) == dumped:
            return draft
        return Draft.model_validate(self.redactor.value(draft.model_dump()))

    # transactions

    def _now(self) -> datetime:
        return as_utc(self._clock(), "the store's clock")

    def _write(self, doing: str, work: Callable[[Connection], T]) -> T:
        with db.guarded(self._engine, doing):
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                try:
                    with db.writing(self._engine) as conn:
                        return work(conn)
                except IntegrityError:
                    if attempt == WRITE_ATTEMPTS:
                        raise
                    log.info("%s raced another writer; retrying (attempt %d)", doing, attempt)
        raise AssertionError("unreachable")

    def _read(self, doing: str, work: Callable[[Connection], T]) -> T:
        with db.guarded(self._engine, doing), db.reading(self._engine) as conn:
            return work(conn)


def _statuses(value: StatusFilter) -> frozenset[DraftStatus] | None:
    if value is None:
        return None
    if isinstance(value, str):  # a DraftStatus is a str too
        return frozenset({parse_status(value)})
    return frozenset(parse_status(v) for v in value)
