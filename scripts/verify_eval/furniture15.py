"""A page's own later date is no market claim (issue 14, holdout 12 cause 4), in other words than the
holdout's: a handout's "Due:", a page's "(last updated ...)" and a newsletter's "Next issue:" each date
the document, whatever market words share the line. The plant puts a later date in a market claim of
the same note ("the Fed meets ..." on a day that is not the meeting's): `date-untraced` stays.

Every market figure is the snapshot's own, so the note is correct by construction.
"""

from __future__ import annotations

from datetime import timedelta

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "QQQ-2026-11-20"
BASE = f"user-furniture15-{KEY}"


def _day(b: Built, days: int) -> str:
    when = b.snapshot.session + timedelta(days=days)
    return f"{when:%A}, {when:%B} {when.day}, {when.year}"


def furniture_note(b: Built) -> str:
    return (f"# Weekly tech review (last updated {_day(b, 2)})\n\n"
            f"QQQ closed at {b.sheet.fmt('close')}, a record close is not on the table this week.\n\n"
            f"Homework for the options class: chart the close against the 50-day. Due: {_day(b, 10)}.\n\n"
            f"Next issue: {_day(b, 7)}, with the close and the week's 50-day watch.\n")


def furniture15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", furniture_note(built[KEY]))]


def furniture15_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    day = _day(b, 7)
    return [
        Plant(f"furniture15-record-{KEY}", BASE, "date",
              f"Next issue: {day}, with the close and the week's 50-day watch.",
              f"The record close came on {day}.", "date-untraced", day,
              note="a later date given to a record close is a market claim that matches no fact"),
    ]
