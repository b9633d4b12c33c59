"""The day a "lowest close since ..." or "highest close since ..." names (issue 14, holdout 11 history
miss), in other words than the holdout's, on other sessions.

A down day told as "its weakest finish since <day>" and an up day as "its best close since <day>": the
day is the last held session whose close was at or below (above) the session's. Each day is read off the
snapshot's bars, so each note is correct by construction; plants move the day to another held session
(`date-untraced`).
"""

from __future__ import annotations

from datetime import date

from pipeline.verify.close_since import last_close_beyond

from .plants import Plant
from .universe import Built
from .user_texts import UserText

LOW_KEY = "IWM-2026-11-17"  # a down day
HIGH_KEY = "QQQ-2026-11-20"  # +1.90%
LOW_BASE, HIGH_BASE = f"user-closesince-low-{LOW_KEY}", f"user-closesince-high-{HIGH_KEY}"


def _day(day: date) -> str:
    return f"{day:%B} {day.day}"


def _since(b: Built, *, low: bool) -> date:
    day = last_close_beyond(b.snapshot, low=low)
    assert day is not None, b.key
    return day


def _other_session(b: Built, day: date) -> date:
    """A held session three before `day`: a day the words could name, but not the right one."""
    sessions = list(b.snapshot.recent_sessions)
    return sessions[sessions.index(day) - 3]


def low_note(b: Built) -> str:
    day = _since(b, low=True)
    return ("# Small caps after the bell\n\n"
            f"IWM ended at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct')} on the day. That was its "
            f"weakest finish since {_day(day)}, and sellers were in no hurry to leave.\n")


def high_note(b: Built) -> str:
    day = _since(b, low=False)
    return ("# Growth stocks, Friday\n\n"
            f"QQQ closed at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct')} better, its best close "
            f"since {_day(day)}. Buyers came back to the chip names first.\n")


def close_since_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LOW_BASE, LOW_KEY, "prose", "md", low_note(built[LOW_KEY])),
            UserText(HIGH_BASE, HIGH_KEY, "prose", "md", high_note(built[HIGH_KEY]))]


def close_since_plants(built: dict[str, Built]) -> list[Plant]:
    low, high = built[LOW_KEY], built[HIGH_KEY]
    low_day, high_day = _since(low, low=True), _since(high, low=False)
    low_wrong, high_wrong = _other_session(low, low_day), _other_session(high, high_day)
    return [
        Plant(f"closesince-low-{LOW_KEY}", LOW_BASE, "history", f"finish since {_day(low_day)}",
              f"finish since {_day(low_wrong)}", "date-untraced", _day(low_wrong),
              note=f"the last close at or below the session's was {_day(low_day)}, not {_day(low_wrong)}"),
        Plant(f"closesince-high-{HIGH_KEY}", HIGH_BASE, "history", f"close since {_day(high_day)}",
              f"close since {_day(high_wrong)}", "date-untraced", _day(high_wrong),
              note=f"the last close at or above the session's was {_day(high_day)}, not {_day(high_wrong)}"),
    ]
