"""Session dates for the benches that write synthetic bars: weekdays, holidays ignored."""

from __future__ import annotations

from datetime import date, timedelta


def weekdays_until(end: date, count: int) -> list[date]:
    """The `count` weekdays up to and including `end` (when a weekday), oldest first."""
    days, day = [], end
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]
