"""When a session's scheduled run is due: after its close on the exchange calendar (pure).

The scheduler ticks every `TICK_MINUTES`; each tick runs the newest session whose
close plus `schedule.after_close` has passed, unless that moment is more than
`CATCH_UP` ago (a worker started days later does not run old sessions). Holidays
have no session and early closes (13:00 ET) move the run earlier: both come from
the calendar. A session's scheduled run has a fixed workflow id, so each runs once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..market.calendar import SessionCalendar

SCHEDULE_NAME = "newsdesk-sessions-after-close"
TICK_MINUTES = 5
TICK_CRON = f"0 */{TICK_MINUTES} * * * *"  # seconds field first: every five minutes, on the minute
CATCH_UP = timedelta(hours=12)


def planned_at(calendar: SessionCalendar, session: date, after_close: int) -> datetime:
    return calendar.close_at(session) + timedelta(minutes=after_close)


def due_session(calendar: SessionCalendar, now: datetime, after_close: int) -> date | None:
    """The session to run at `now`, or None (nothing due, or the due one is too old)."""
    day = now.astimezone(calendar.zone).date()
    session = calendar.session_on_or_before(day)
    for _ in range(2):  # today's session may not be due yet: then the one before
        at = planned_at(calendar, session, after_close)
        if at <= now:
            return session if now - at <= CATCH_UP else None
        session = calendar.previous_session(session)
    return None


def next_planned(calendar: SessionCalendar, now: datetime, after_close: int) -> tuple[date, datetime]:
    """The next session whose run is still to come, and when it runs (exchange time zone)."""
    day = now.astimezone(calendar.zone).date()
    session = day if calendar.is_session(day) else calendar.next_session(day)
    while planned_at(calendar, session, after_close) <= now:
        session = calendar.next_session(session)
    return session, planned_at(calendar, session, after_close)


def scheduled_workflow_id(session: date) -> str:
    return f"newsdesk-scheduled-{session.isoformat()}"
