"""The day a "worst day since ..." or "biggest gain since ..." names (edday3), on two sessions of the
universe, in words of our own.

A down day told as "the roughest session for small caps since <day>" would not be read; these notes use
the forms a desk prints ("its steepest one-day drop since <day>", "the best day for QQQ since <day>"),
and the day is the last held session whose 1-day move went the same way and was at least as large
(verify.move_since.last_move_as_large, from the snapshot's bars), so each note is correct by
construction; plants move the day to another held session (`date-untraced`).
"""

from __future__ import annotations

from datetime import date

from pipeline.verify.move_since import last_move_as_large

from .plants import Plant
from .universe import Built
from .user_texts import UserText

DOWN_KEY = "IWM-2026-11-17"  # a down day
UP_KEY = "QQQ-2026-11-20"  # +1.90%
DOWN_BASE, UP_BASE = f"user-movesince-down-{DOWN_KEY}", f"user-movesince-up-{UP_KEY}"


def _day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _since(b: Built, *, down: bool) -> date:
    day = last_move_as_large(b.snapshot, down=down)
    assert day is not None, b.key
    return day


def _other_session(b: Built, day: date) -> date:
    """A held session two after `day` (or two before the session when `day` is not held): a day the
    words could name, but not the right one."""
    sessions = list(b.snapshot.recent_sessions)
    at = sessions.index(day) + 2 if day in sessions else len(sessions) - 3
    return sessions[min(at, len(sessions) - 2)]


def down_note(b: Built) -> str:
    day = _since(b, down=True)
    return ("# Small caps, Tuesday close\n\n"
            f"IWM settled at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct')} on the session, its "
            f"steepest one-day drop since {_day(day)}. Nobody on the floor was rushing to buy the dip.\n")


def up_note(b: Built) -> str:
    day = _since(b, down=False)
    return ("# Tech rebound\n\n"
            f"QQQ finished at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct')} higher. It was the best "
            f"day for QQQ since {_day(day)}, with the chip names out in front.\n")


def move_since_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DOWN_BASE, DOWN_KEY, "prose", "md", down_note(built[DOWN_KEY])),
            UserText(UP_BASE, UP_KEY, "prose", "md", up_note(built[UP_KEY]))]


def move_since_plants(built: dict[str, Built]) -> list[Plant]:
    down, up = built[DOWN_KEY], built[UP_KEY]
    down_day, up_day = _since(down, down=True), _since(up, down=False)
    down_wrong, up_wrong = _other_session(down, down_day), _other_session(up, up_day)
    return [
        Plant(f"movesince-down-{DOWN_KEY}", DOWN_BASE, "history", f"drop since {_day(down_day)}",
              f"drop since {_day(down_wrong)}", "date-untraced", _day(down_wrong),
              note=f"the last drop as large as the session's was {_day(down_day)}, not {_day(down_wrong)}"),
        Plant(f"movesince-up-{UP_KEY}", UP_BASE, "history", f"QQQ since {_day(up_day)}",
              f"QQQ since {_day(up_wrong)}", "date-untraced", _day(up_wrong),
              note=f"the last gain as large as the session's was {_day(up_day)}, not {_day(up_wrong)}"),
    ]
