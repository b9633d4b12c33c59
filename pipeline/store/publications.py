"""Publications in the store: what newsdesk did, or is doing, on each target.

One row per (target, draft key): each target holds its own state, so one
draft goes to several targets independently. The publish runner writes
`intent` in its own committed transaction before it calls the CMS, then `done`
with the remote id, or `failed` with the error. `withdrawn` means `newsdesk
unpublish` took the post down (to a draft, or deleted). A row left in `intent`
means a process stopped mid-call: the next run looks the post up on the
target before creating one. An `intent` younger than `lease` belongs to a
publish still in progress and is not taken over, so two processes never post
the same draft at once.

`attempts` counts tries (HTTP calls of a publish, retries included) over every
run: the intent counts the first try before the call, the outcome adds the
retries. `remote_state` is what the target last said of the post (read back
after each publish and unpublish, and by `newsdesk publish --check`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any, Literal, TypeVar

from pydantic import AwareDatetime, Field
from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..contracts import Contract
from ..errors import PublishError
from . import db
from .schema import as_utc, publications

log = logging.getLogger(__name__)

T = TypeVar("T")
PublicationState = Literal["intent", "done", "failed", "withdrawn"]
DEFAULT_LEASE = timedelta(minutes=5)


class PublicationRecord(Contract):
    target: str
    key: str
    draft_id: str
    version: int
    state: PublicationState
    remote_id: str | None
    remote_url: str | None
    detail: dict[str, str] = Field(default_factory=dict)
    attempts: int
    error: str | None
    retryable: bool | None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    published_at: AwareDatetime | None
    remote_state: str | None = None
    remote_checked_at: AwareDatetime | None = None


class PublicationLog:
    """Reads and writes the `publications` table of an open store's engine."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 lease: timedelta = DEFAULT_LEASE) -> None:
        self._engine = engine
        self._clock = clock
        self._lease = lease

    def get(self, target: str, key: str) -> PublicationRecord | None:
        return self._read("reading a publication", lambda conn: _select(conn, target, key))

    def for_draft(self, draft_id: str) -> list[PublicationRecord]:
        query = select(publications).where(publications.c.draft_id == draft_id)
        return self._read("reading publications", lambda conn: _records(conn, query))

    def for_drafts(self, draft_ids: Iterable[str]) -> dict[str, list[PublicationRecord]]:
        """draft_id -> its publications (every target), for the drafts that have any."""
        wanted = sorted(set(draft_ids))
        if not wanted:
            return {}
        query = select(publications).where(publications.c.draft_id.in_(wanted))
        found: dict[str, list[PublicationRecord]] = {}
        for record in self._read("reading publications", lambda conn: _records(conn, query)):
            found.setdefault(record.draft_id, []).append(record)
        return found

    def latest(self, limit: int = 50) -> list[PublicationRecord]:
        query = select(publications).order_by(publications.c.updated_at.desc()).limit(limit)
        return self._read("listing publications", lambda conn: _records(conn, query))

    def record_intent(self, target: str, key: str, draft_id: str, version: int) -> PublicationRecord:
        """Commit `intent` (attempts + 1) before a remote call; keeps a known remote id."""
        now = self._now()
        return self._write("recording a publish intent",
                           lambda conn: _intent(conn, target, key, draft_id, version, now, self._lease))

    def record_done(self, target: str, key: str, remote_id: str, remote_url: str | None,
                    detail: dict[str, str], remote_state: str | None = None,
                    tries: int = 1) -> PublicationRecord:
        now = self._now()
        values = {"state": "done", "remote_id": remote_id, "remote_url": remote_url,
                  "detail": json.dumps(detail, sort_keys=True), "error": None, "retryable": None,
                  "updated_at": now, "published_at": now, "remote_state": remote_state,
                  "remote_checked_at": now if remote_state else None}
        return self._write("recording a publication",
                           lambda conn: _set(conn, target, key, values, retries=tries - 1))

    def record_failed(self, target: str, key: str, error: str, retryable: bool,
                      tries: int = 1) -> PublicationRecord:
        values = {"state": "failed", "error": error, "retryable": retryable, "updated_at": self._now()}
        return self._write("recording a failed publication",
                           lambda conn: _set(conn, target, key, values, retries=tries - 1))

    def record_remote_state(self, target: str, key: str, remote_state: str) -> PublicationRecord:
        """What the target says of the post now (read back), without changing newsdesk's state."""
        now = self._now()
        values = {"remote_state": remote_state, "remote_checked_at": now}
        return self._write("recording a post's remote state",
                           lambda conn: _set(conn, target, key, values))

    def record_withdrawn(self, target: str, key: str, remote_state: str) -> PublicationRecord:
        """`newsdesk unpublish` took the post down: `remote_state` is `draft` or `deleted`."""
        now = self._now()

        def withdraw(conn: Connection) -> PublicationRecord:
            found = _select(conn, target, key)
            detail = {**(found.detail if found else {}), "withdrawn": "1"}
            values = {"state": "withdrawn", "remote_state": remote_state, "remote_checked_at": now,
                      "detail": json.dumps(detail, sort_keys=True), "error": None, "retryable": None,
                      "updated_at": now}
            return _set(conn, target, key, values)

        return self._write("recording an unpublish", withdraw)

    def _now(self) -> datetime:
        return as_utc(self._clock(), "the publication log's clock")

    def _write(self, doing: str, work: Callable[[Connection], T]) -> T:
        with db.guarded(self._engine, doing):
            try:
                with db.writing(self._engine) as conn:
                    return work(conn)
            except IntegrityError:  # another process inserted the same (target, key) first
                log.info("%s raced another writer; retrying once", doing)
                with db.writing(self._engine) as conn:
                    return work(conn)

    def _read(self, doing: str, work: Callable[[Connection], T]) -> T:
        with db.guarded(self._engine, doing), db.reading(self._engine) as conn:
            return work(conn)


def _intent(conn: Connection, target: str, key: str, draft_id: str, version: int,
            now: datetime, lease: timedelta) -> PublicationRecord:
    found = _select(conn, target, key)
    if found is None:
        conn.execute(insert(publications).values(
            target=target, key=key, draft_id=draft_id, version=version, state="intent",
            detail="{}", attempts=1, created_at=now, updated_at=now,
        ))
    else:
        if found.state == "intent" and now - found.updated_at < lease:
            raise PublishError(
                f"{key} on {target}: another publish started at {found.updated_at:%Y-%m-%d %H:%M:%S} "
                f"UTC is still in progress; if that process died, run again after "
                f"{(found.updated_at + lease):%H:%M:%S} UTC", retryable=True)
        conn.execute(update(publications).where(_row(target, key)).values(
            draft_id=draft_id, version=version, state="intent", attempts=found.attempts + 1,
            error=None, retryable=None, updated_at=now,
        ))
    record = _select(conn, target, key)
    assert record is not None
    return record


def _set(conn: Connection, target: str, key: str, values: dict[str, Any],
         retries: int = 0) -> PublicationRecord:
    if retries > 0:
        values = {**values, "attempts": publications.c.attempts + retries}
    conn.execute(update(publications).where(_row(target, key)).values(**values))
    record = _select(conn, target, key)
    if record is None:
        raise PublishError(f"no publication of {key} on {target} to update")
    return record


def _row(target: str, key: str) -> Any:
    return (publications.c.target == target) & (publications.c.key == key)


def _select(conn: Connection, target: str, key: str) -> PublicationRecord | None:
    found = _records(conn, select(publications).where(_row(target, key)))
    return found[0] if found else None


def _records(conn: Connection, query: Any) -> list[PublicationRecord]:
    return [_record(row) for row in conn.execute(query)]


def _record(row: Any) -> PublicationRecord:
    return PublicationRecord(
        target=row.target, key=row.key, draft_id=row.draft_id, version=row.version,
        state=row.state, remote_id=row.remote_id, remote_url=row.remote_url,
        detail=json.loads(row.detail or "{}"), attempts=row.attempts, error=row.error,
        retryable=row.retryable, created_at=row.created_at, updated_at=row.updated_at,
        published_at=row.published_at, remote_state=row.remote_state,
        remote_checked_at=row.remote_checked_at,
    )
