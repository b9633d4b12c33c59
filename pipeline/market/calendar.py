"""Which trading session a run is about, from an exchange calendar.

`SessionCalendar` wraps an `exchange_calendars` calendar (XNYS by default: NYSE
holidays and early closes such as the day after Thanksgiving at 13:00 ET).

- `last_closed(now)`: the newest session whose close has passed at `now`. A run
  on a weekend or holiday gets the last real session; a run during a session
  gets the previous one, so a partial intraday bar is never taken for a close;
  a run after an early close gets that day.
- `resolve(day)`: an explicit date, or the last session before it when the
  exchange was closed that day.

Both return a `SessionChoice` whose `reason` says in words why the session was
picked when it is not simply the date asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..errors import ConfigError

if TYPE_CHECKING:  # both are imported on first use: together they take most of a second
    import exchange_calendars as xcals
    import pandas as pd

REGULAR_CLOSE = time(16, 0)


@dataclass(frozen=True)
class SessionChoice:
    session: date
    reason: str = ""


@lru_cache(maxsize=16)
def _calendar(code: str, first_year: int) -> xcals.ExchangeCalendar:
    import exchange_calendars as xcals

    try:
        return xcals.get_calendar(code, start=f"{first_year}-01-01", end=f"{first_year + 9}-12-31")
    except xcals.errors.InvalidCalendarName:
        raise ConfigError(f"market.calendar: unknown exchange calendar {code!r} "
                          "(XNYS for NYSE, XNAS for Nasdaq)") from None


class SessionCalendar:
    """Sessions and closes of one exchange; `code` is an exchange_calendars name."""

    def __init__(self, code: str = "XNYS", timezone: str = "America/New_York") -> None:
        self.code = code
        self.zone = ZoneInfo(timezone)
        _calendar(code, 2020)  # refuse an unknown code at construction

    def _cal(self, day: date) -> xcals.ExchangeCalendar:
        # A ten-year window holding `day` and at least five years before it.
        return _calendar(self.code, day.year // 5 * 5 - 5)

    def is_session(self, day: date) -> bool:
        return bool(self._cal(day).is_session(_stamp(day)))

    def session_on_or_before(self, day: date) -> date:
        return self._cal(day).date_to_session(_stamp(day), direction="previous").date()

    def previous_session(self, session: date) -> date:
        return self._cal(session).previous_session(_stamp(session)).date()

    def next_session(self, day: date) -> date:
        """The first session strictly after `day`."""
        cal = self._cal(day)
        if self.is_session(day):
            return cal.next_session(_stamp(day)).date()
        return cal.date_to_session(_stamp(day), direction="next").date()

    def close_at(self, session: date) -> datetime:
        """The session's close, aware, in the exchange time zone."""
        stamp = self._cal(session).session_close(_stamp(session))
        return stamp.to_pydatetime().astimezone(self.zone)

    def is_early_close(self, session: date) -> bool:
        return self.close_at(session).time() < REGULAR_CLOSE

    def sessions_after(self, first: date, last: date) -> int:
        """Sessions strictly after `first` up to and including `last` (0 when last <= first)."""
        if last <= first:
            return 0
        start = self.next_session(first)
        if start > last:
            return 0
        return len(self._cal(last).sessions_in_range(_stamp(start), _stamp(last)))

    def holidays_between(self, first: date, last: date) -> list[date]:
        """Weekdays strictly after `first` up to and including `last` with no session."""
        days = (first + timedelta(days=n) for n in range(1, (last - first).days + 1))
        return [day for day in days if day.weekday() < 5 and not self.is_session(day)]

    def last_closed(self, now: datetime) -> SessionChoice:
        """The newest session whose close is at or before `now` (an aware datetime)."""
        local = now.astimezone(self.zone)
        today = local.date()
        session = self.session_on_or_before(today)
        if session != today:
            return SessionChoice(session, f"{_day(today)} is not a trading day on {self.code} "
                                          f"({_why_closed(today)}); using the last session, "
                                          f"{_day(session)}")
        close = self.close_at(session)
        if local < close:
            before = self.previous_session(session)
            return SessionChoice(before, f"{_day(today)} has not closed at {local:%H:%M %Z} "
                                         f"(close {close:%H:%M}); using the last closed session, "
                                         f"{_day(before)}, not a partial bar")
        if self.is_early_close(session):
            return SessionChoice(session, f"{_day(session)} closed early at {close:%H:%M}; "
                                          f"its bar is final at {local:%H:%M}")
        return SessionChoice(session)

    def resolve(self, requested: date) -> SessionChoice:
        """`requested` when it is a session, else the last session before it, with the reason."""
        if self.is_session(requested):
            return SessionChoice(requested)
        session = self.session_on_or_before(requested)
        return SessionChoice(session, f"{_day(requested)} is not a trading day on {self.code} "
                                      f"({_why_closed(requested)}); using the last session before "
                                      f"it, {_day(session)}")


def _stamp(day: date) -> pd.Timestamp:
    """`day` as the pandas timestamp exchange_calendars takes (pandas is loaded by then)."""
    import pandas as pd

    return pd.Timestamp(day)


def _day(day: date) -> str:
    return f"{day:%A} {day.isoformat()}"


def _why_closed(day: date) -> str:
    return "weekend" if day.weekday() >= 5 else "holiday"
