"""A move behind a period label is that period's move (issue 14, holdout 12 cause 1), in other words
than the holdout's: a label before the figure with a colon ("the month: lower by 1.65%") or a comma
("the week, down 1.10%"; "and for the year, still up 0.42%"), maybe past direction and hedge words, and
a sentence opened by a period with an aside ("Over one month, though, ...").

The clean note must give no error finding (none of its figures is the day's move); the plants put
another period's figure under a label (`value-mismatch`, held to the labelled period's return) or
turn a period's sign (`direction-mismatch`). Every figure is the snapshot's own, so the note is
correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"  # +0.30% on the day, -1.10% over five sessions, -1.65% in a month, +0.42% YTD
BASE = f"user-periods15-{KEY}"


def _abs(b: Built, name: str) -> str:
    return f"{abs(b.sheet.value(name)):.2f}%"


def periods_note(b: Built) -> str:
    week, month, year = (b.sheet.value(n) for n in ("change_5d_pct", "change_1m_pct", "change_ytd_pct"))
    assert week < 0 and month < 0 < year  # the words below are the signs of these
    return ("# Small caps at the bell, Friday\n\n"
            f"IWM settled at {b.sheet.fmt('close')}, {_abs(b, 'change_1d_pct')} better on the session.\n\n"
            f"The longer stretches tell another story: the week, down {_abs(b, 'change_5d_pct')}; "
            f"the month: lower by {_abs(b, 'change_1m_pct')}; and for the year, still up "
            f"{_abs(b, 'change_ytd_pct')}.\n\n"
            f"Over one month, though, the fund has given back {_abs(b, 'change_1m_pct')}, so Friday's bounce "
            "repairs little.\n")


def periods15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", periods_note(built[KEY]))]


def periods15_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    day, week, month, year = (_abs(b, n) for n in ("change_1d_pct", "change_5d_pct", "change_1m_pct",
                                                    "change_ytd_pct"))
    return [
        Plant(f"periods15-week-day-{KEY}", BASE, "timeframe", f"the week, down {week}",
              f"the week, down {day}", "value-mismatch", day,
              note=f"the day's {day} under a week label (comma); the five-day move is -{week}"),
        Plant(f"periods15-month-week-{KEY}", BASE, "timeframe", f"the month: lower by {month}",
              f"the month: lower by {week}", "value-mismatch", week,
              note=f"the week's {week} under a month label (colon, then 'lower by'); the month is -{month}"),
        Plant(f"periods15-year-sign-{KEY}", BASE, "timeframe", f"still up {year}", f"still down {year}",
              "direction-mismatch", f"down {year}",
              note=f"the year to date (+{year}) said down after 'for the year,'"),
        Plant(f"periods15-aside-{KEY}", BASE, "timeframe", f"the fund has given back {month}",
              f"the fund has given back {year}", "value-mismatch", year,
              note=f"'Over one month, though,' opens the sentence: {year} is the year's; "
                   f"the month is -{month}"),
    ]
