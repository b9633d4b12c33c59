"""Feed state in the store: per feed URL, the validators for a conditional GET and the last outcome.

Functions take a connection inside a transaction the caller (Store) opened.
The caller saves state only after the feed's items are stored: validators that
got ahead of the stories would turn the next fetch into a 304 and lose them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import AwareDatetime
from sqlalchemy import Connection, insert, select, update

from ..contracts import Contract, FeedReport
from .schema import as_utc, feed_state

ERROR_MAX = 1000


class FeedState(Contract):
    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: str
    last_reason: str | None = None
    last_error: str | None = None
    checked_at: AwareDatetime
    last_ok_at: AwareDatetime | None = None


def load(conn: Connection) -> dict[str, FeedState]:
    rows = conn.execute(select(feed_state)).mappings().all()
    return {row["feed_url"]: FeedState.model_validate(dict(row)) for row in rows}


def save(conn: Connection, reports: Sequence[FeedReport], now: datetime) -> None:
    """Record each report; a failed fetch keeps the validators the last good one left."""
    now = as_utc(now, "now")
    for report in reports:
        values: dict[str, object] = {
            "last_status": report.status, "last_reason": report.reason,
            "last_error": (report.error or "")[:ERROR_MAX] or None, "checked_at": now,
        }
        if report.ok:
            values["last_ok_at"] = now
            if report.status == "ok" or report.etag or report.last_modified:
                values["etag"] = report.etag
                values["last_modified"] = report.last_modified
        known = conn.scalar(select(feed_state.c.feed_url)
                            .where(feed_state.c.feed_url == report.feed_url).with_for_update())
        if known is None:
            conn.execute(insert(feed_state).values(feed_url=report.feed_url, **values))
        else:
            conn.execute(update(feed_state).where(feed_state.c.feed_url == report.feed_url)
                         .values(**values))
