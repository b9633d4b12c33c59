"""What the engine plans: the next scheduled run, as `newsdesk runs` and `newsdesk schedule` show it."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from .config import Settings
from .engine.planning import next_planned
from .market.calendar import SessionCalendar


def next_run_line(settings: Settings, now: datetime | None = None, scheduled: bool = True) -> str:
    calendar = SessionCalendar(settings.market.calendar or "XNYS", settings.market.timezone)
    session, at = next_planned(calendar, now or datetime.now(UTC), settings.schedule.after_close)
    early = " (early close)" if calendar.is_early_close(session) else ""
    when = (f"session {session} at {at:%Y-%m-%d %H:%M %Z}, {settings.schedule.after_close} min "
            f"after the close{early}")
    if scheduled:
        return f"next planned run (newsdesk schedule): {when}"
    return f"sessions are not scheduled (start `newsdesk schedule`); the next would be {when}"


def print_next_run(console: Console, settings: Settings, now: datetime | None = None,
                   scheduled: bool = True) -> None:
    console.print(next_run_line(settings, now, scheduled), markup=False, highlight=False)
