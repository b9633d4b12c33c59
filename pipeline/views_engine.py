"""What the engine plans: the next scheduled run, as `newsdesk runs` and `newsdesk schedule` show it."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from .config import Settings
from .engine.planning import next_planned
from .market.calendar import SessionCalendar


def next_run_line(settings: Settings, now: datetime | None = None) -> str:
    calendar = SessionCalendar(settings.market.calendar or "XNYS", settings.market.timezone)
    session, at = next_planned(calendar, now or datetime.now(UTC), settings.schedule.after_close)
    early = " (early close)" if calendar.is_early_close(session) else ""
    return (f"next planned run (newsdesk schedule): session {session} at {at:%Y-%m-%d %H:%M %Z}, "
            f"{settings.schedule.after_close} min after the close{early}")


def print_next_run(console: Console, settings: Settings, now: datetime | None = None) -> None:
    console.print(next_run_line(settings, now), markup=False, highlight=False)
