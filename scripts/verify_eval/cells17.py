"""False alarms on clean texts by cause (issue 14, vfp), in other words than the holdouts.

- A short period label opening a figure's cell on a line of cells split by "·", "•", "▸" or "|"
  ("5D +x% | 1M y% | YTD z%", "📆 Week x% · Month y% · YTD z%"): the label before the figure is its
  period. Before, the words after the figure ran on into the next cell, so "Week -1.10% · Month"
  held the week's move to the month's figure, and a cell's label with no colon ("5D", "Week") was
  not read at all (the move was held to the day's). A trader's phone note on IWM prints its
  returns both ways; the plants spoil one cell of each line (held to that cell's period).

Every figure comes from the snapshots, so the note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
BASE = f"user-vfp-cells-{KEY}"


def _returns(s: Snapshot) -> tuple[float, float, float, float]:
    r = s.returns
    assert r.change_1d_pct is not None and r.change_5d_pct is not None
    assert r.change_1m_pct is not None and r.change_ytd_pct is not None
    return r.change_1d_pct, r.change_5d_pct, r.change_1m_pct, r.change_ytd_pct


def cells_note(b: Built) -> str:
    s = b.snapshot
    day, week, month, ytd = _returns(s)
    return (f"IWM, phone notes after the bell\n\n"
            f"Closed ${s.close:.2f}, {day:+.2f}% on the day.\n"
            f"\U0001f4c6 Week {week:+.2f}% \u00b7 Month {month:+.2f}% \u00b7 YTD {ytd:+.2f}%\n"
            f"Returns: 5D {week:+.2f}% | 1M {month:+.2f}% | YTD {ytd:+.2f}%\n"
            f"\u25b8 week {week:+.2f}% \u25b8 month {month:+.2f}%\n\n"
            f"Nothing to add before Monday.\n")


def cells_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", cells_note(built[KEY]))]


def cells_plants(built: dict[str, Built]) -> list[Plant]:
    _, week, month, ytd = _returns(built[KEY].snapshot)
    bad_week, bad_month, bad_ytd = f"{week - 1.3:+.2f}%", f"{month + 1.7:+.2f}%", f"{ytd + 2.4:+.2f}%"
    return [
        Plant(f"vfp-cells-week-{KEY}", BASE, "timeframe", f"Week {week:+.2f}% \u00b7",
              f"Week {bad_week} \u00b7", "value-mismatch", bad_week,
              note="the week's move in a 'Week' cell before a '\u00b7', 1.3 points low"),
        Plant(f"vfp-cells-month-{KEY}", BASE, "timeframe", f"1M {month:+.2f}% |",
              f"1M {bad_month} |", "value-mismatch", bad_month,
              note="the month's move in a '1M' cell before a '|', 1.7 points high"),
        Plant(f"vfp-cells-ytd-{KEY}", BASE, "timeframe", f"\u00b7 YTD {ytd:+.2f}%",
              f"\u00b7 YTD {bad_ytd}", "value-mismatch", bad_ytd,
              note="the year to date in the last cell of a '\u00b7' line, 2.4 points high"),
    ]
