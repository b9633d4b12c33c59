"""Scheduled events (FOMC, CPI...) coming up after the as-of session.

`sessions_until` counts sessions after the session up to and including the
event date: 0 for an event on the session itself, 1 for the next session, and
a Monday event seen from a Friday is 1. Sessions are weekdays less the
`holidays` given (the pipeline passes the exchange calendar's closed weekdays,
so an FOMC decision after Thanksgiving is one session nearer than a weekday
count says).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from ..config import EventConfig
from ..contracts import EventNote

EVENT_HORIZON_DAYS = 30


def sessions_until(session: date, event_day: date, holidays: Sequence[date] = ()) -> int:
    """Sessions from `session` (exclusive) to `event_day` (inclusive): weekdays less `holidays`."""
    if event_day <= session:
        return 0
    one_day = timedelta(days=1)
    closed = np.array(sorted(holidays), dtype="datetime64[D]")
    return int(np.busday_count(session + one_day, event_day + one_day, holidays=closed))


def upcoming_events(events: Sequence[EventConfig], session: date,
                    horizon_days: int = EVENT_HORIZON_DAYS,
                    holidays: Sequence[date] = ()) -> list[EventNote]:
    """Events dated from the session to `horizon_days` calendar days after it, soonest first."""
    last_day = session + timedelta(days=horizon_days)
    chosen = sorted((e for e in events if session <= e.date <= last_day),
                    key=lambda e: (e.date, e.name))
    return [EventNote(name=e.name, kind=e.kind, date=e.date,
                      sessions_until=sessions_until(session, e.date, holidays)) for e in chosen]
