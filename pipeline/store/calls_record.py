"""The `session_calls` table: each session's calls (`scorecard.SessionCalls`), one row per
(symbol, session, origin). Saving is idempotent: an unchanged row is left alone, a changed one
is rewritten in place, never duplicated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, insert, select, update

from ..scorecard.contracts import CallOrigin, SessionCalls
from .schema import session_calls

CHUNK = 500


@dataclass(frozen=True)
class CallsSaved:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: CallsSaved) -> CallsSaved:
        return CallsSaved(self.new + other.new, self.updated + other.updated,
                          self.unchanged + other.unchanged)


def save(conn: Connection, calls: Sequence[SessionCalls], now: datetime) -> CallsSaved:
    """Insert new rows, rewrite changed ones; calls of several symbols and origins may mix."""
    total = CallsSaved()
    for start in range(0, len(calls), CHUNK):
        total += _save_chunk(conn, calls[start:start + CHUNK], now)
    return total


def _save_chunk(conn: Connection, calls: Sequence[SessionCalls], now: datetime) -> CallsSaved:
    c = session_calls.c
    stored: dict[tuple[str, date, str], str] = {}
    for symbol, origin in {(call.symbol, call.origin) for call in calls}:
        days = [call.session for call in calls if call.symbol == symbol and call.origin == origin]
        rows = conn.execute(select(c.session, c.payload).where(
            c.symbol == symbol, c.origin == origin, c.session.in_(days))).all()
        stored.update({(symbol, row.session, origin): row.payload for row in rows})
    fresh, changed = [], 0
    for call in calls:
        key, payload = (call.symbol, call.session, call.origin), call.model_dump_json()
        if key not in stored:
            fresh.append({"symbol": call.symbol, "session": call.session, "origin": call.origin,
                          "pulse": call.pulse, "payload": payload, "updated_at": now})
        elif stored[key] != payload:
            conn.execute(update(session_calls).where(
                c.symbol == call.symbol, c.session == call.session, c.origin == call.origin)
                .values(pulse=call.pulse, payload=payload, updated_at=now))
            changed += 1
    if fresh:
        conn.execute(insert(session_calls), fresh)
    return CallsSaved(len(fresh), changed, len(calls) - len(fresh) - changed)


def read(conn: Connection, symbol: str | None = None, first: date | None = None,
         last: date | None = None, origin: CallOrigin | None = None) -> list[SessionCalls]:
    """Stored calls, by symbol then session (then origin)."""
    c = session_calls.c
    query = select(c.payload).order_by(c.symbol, c.session, c.origin)
    if symbol is not None:
        query = query.where(c.symbol == symbol)
    if first is not None:
        query = query.where(c.session >= first)
    if last is not None:
        query = query.where(c.session <= last)
    if origin is not None:
        query = query.where(c.origin == origin)
    return [SessionCalls.model_validate_json(row.payload) for row in conn.execute(query)]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(session_calls)).scalar_one())
