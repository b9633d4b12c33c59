"""A weekday beside another day's close, and a level said to be on a side of the close (issue 14,
vwords6 stop 47), in other words than holdouts 22 and 23.

Weekdays: a price beside a weekday that is, to the cent, another held session's close. Alone, or in a
list where the weekday skips or repeats its neighbours ("Monday $467.85, Wednesday $466.92, Wednesday
$468.32"), the weekday is the slip: `weekday-mismatch` on the weekday. In a list running day by day
("Tuesday $466.92, Wednesday $466.92, Thursday") the day is in its place and the price is the slip:
`value-mismatch` on the price.

Either word may be the slip when the weekday is out of its place, so the price's `value-mismatch`
comes too (earlier holdouts plant the price; holdouts 22 and 23 the day).

Levels: a price said to be on a side ("$690 is just above us", "$685 now sits underneath"), a sheet's
column with a side for its label ("Overhead      $690, $700") and a list headed by a side after a few
words ("Nearest levels underneath: $685, then $680"). A price on the wrong side of the close is
`level-wrong-side`.

An average's side: a distance printed with the side ("price 1.99% above it" under a "50-day:" label)
and a verb putting the close there ("It climbed above its 20-day") are the claim's words: a wrong side
is `pattern-mismatch` spanning them ("1.99% below", "slipped below"). A peer's move flipped ("DIA lost
0.60%" of a rise) is `direction-mismatch` spanning the peer's name with the verb.

A car-pool group's Friday note on DIA, a weekend planning sheet on SPY and a swing trader's QQQ notes.
Every figure comes from the snapshots, so each clean text is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.verify.past_bars import held_sessions

from .plants import Plant
from .universe import Built
from .user_texts import UserText

DAYS_KEY = "DIA-2026-11-20"
DAYS = f"user-vwords6-days-{DAYS_KEY}"
SIDES_KEY = "SPY-2026-11-20"
SIDES = f"user-vwords6-sides-{SIDES_KEY}"
AVERAGE_KEY = "QQQ-2026-11-20"  # QQQ above its 20-, 50- and 200-day averages
AVERAGE = f"user-vwords6-average-{AVERAGE_KEY}"


def _closes(b: Built) -> dict[str, str]:
    """The past week's closes by weekday name ("Monday": "$467.85"), the session's own left out."""
    s = b.snapshot
    days: list[date] = held_sessions(s)[-5:-1]
    return {f"{day:%A}": f"${close:,.2f}" for day, close in zip(days, s.recent_closes[-5:-1], strict=True)}


def carpool_note(b: Built) -> str:
    c = _closes(b)
    return ("car-pool chat, Friday evening\n\n"
            f"DIA ended the week at ${b.snapshot.close:,.2f}. Back on Tuesday it settled at {c['Tuesday']}. "
            f"Closes by day: Monday {c['Monday']}, Tuesday {c['Tuesday']}, Wednesday {c['Wednesday']}, "
            f"Thursday {c['Thursday']}.\n")


def _round_levels(close: float) -> tuple[int, int, int, int]:
    """Two round fives above the close and two below it."""
    up = int(close // 5 + 1) * 5
    down = int(-(-close // 5) - 1) * 5
    return up, up + 10, down, down - 5


def planning_sheet(b: Built) -> str:
    up, up2, down, down2 = _round_levels(b.snapshot.close)
    return ("Weekend planning sheet, SPY\n\n"
            f"SPY closed at ${b.snapshot.close:,.2f}. ${up} is just above us, then ${up2}, and ${down} now "
            f"sits underneath.\n\n"
            f"   Overhead      ${up}, ${up2}\n"
            f"   Beneath       ${down}, ${down2}\n\n"
            f"Nearest levels underneath: ${down}, then ${down2}.\n")


def _peer_move(b: Built, symbol: str) -> str:
    move = next(m.change_1d_pct for m in b.snapshot.related if m.symbol == symbol)
    assert move is not None and move > 0
    return f"{move:.2f}%"


def swing_notes(b: Built) -> str:
    sheet = b.sheet
    return ("swing notes, QQQ\n\n"
            f"- close {sheet.fmt('close')}\n"
            f"- 50-day: {sheet.fmt('sma_50')}, price {sheet.fmt('pct_vs_sma_50', 'abs')} above it.\n"
            "- It climbed above its 20-day as well; no change to the plan.\n"
            f"- Elsewhere DIA gained {_peer_move(b, 'DIA')} on the day.\n")


def vwords6_47_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DAYS, DAYS_KEY, "prose", "txt", carpool_note(built[DAYS_KEY])),
            UserText(SIDES, SIDES_KEY, "prose", "txt", planning_sheet(built[SIDES_KEY])),
            UserText(AVERAGE, AVERAGE_KEY, "prose", "md", swing_notes(built[AVERAGE_KEY]))]


def vwords6_47_plants(built: dict[str, Built]) -> list[Plant]:
    c = _closes(built[DAYS_KEY])
    up, up2, down, down2 = _round_levels(built[SIDES_KEY].snapshot.close)
    distance = built[AVERAGE_KEY].sheet.fmt("pct_vs_sma_50", "abs")
    return [
        Plant(f"vwords6-days-alone-{DAYS_KEY}", DAYS, "date", f"Back on Tuesday it settled at {c['Tuesday']}",
              f"Back on Wednesday it settled at {c['Tuesday']}", "weekday-mismatch", "Wednesday it settled",
              allowed=["value-mismatch"],
              note=f"{c['Tuesday']} was Tuesday's close, named alone: the weekday is the slip"),
        Plant(f"vwords6-days-skip-{DAYS_KEY}", DAYS, "date", f"Monday {c['Monday']}, Tuesday {c['Tuesday']}",
              f"Monday {c['Monday']}, Wednesday {c['Tuesday']}", "weekday-mismatch",
              f"Wednesday {c['Tuesday']}", allowed=["value-mismatch"],
              note="the list skips Tuesday and names Wednesday twice: the first Wednesday holds "
                   "Tuesday's close"),
        Plant(f"vwords6-days-run-{DAYS_KEY}", DAYS, "history", f"Wednesday {c['Wednesday']}",
              f"Wednesday {c['Tuesday']}", "value-mismatch", f"Wednesday {c['Tuesday']}",
              note="the list runs day by day, so Wednesday is in its place and Tuesday's close beside it "
                   "is the slip"),
        Plant(f"vwords6-sides-said-{SIDES_KEY}", SIDES, "level", f"${up} is just above us",
              f"${down} is just above us", "level-wrong-side", "is just above us",
              note=f"${down} is below the close: it cannot be just above"),
        Plant(f"vwords6-sides-sits-{SIDES_KEY}", SIDES, "level", f"${down} now sits underneath",
              f"${up2} now sits underneath", "level-wrong-side", f"${up2} now sits underneath",
              note=f"${up2} is above the close: not underneath"),
        Plant(f"vwords6-sides-column-{SIDES_KEY}", SIDES, "level", f"Overhead      ${up}, ",
              f"Overhead      ${down2}, ", "level-wrong-side", f"Overhead      ${down2}",
              note=f"the sheet's 'Overhead' column lists ${down2}, under the close"),
        Plant(f"vwords6-sides-headed-{SIDES_KEY}", SIDES, "level", f"underneath: ${down}, then",
              f"underneath: ${up}, then", "level-wrong-side", f"underneath: ${up}",
              allowed=["direction-mismatch"],  # the price-side reading tells the same ${up} said underneath
              note=f"'Nearest levels underneath' lists ${up}, above the close"),
        Plant(f"vwords6-average-distance-{AVERAGE_KEY}", AVERAGE, "pattern", f"{distance} above it",
              f"{distance} below it", "pattern-mismatch", f"{distance} below",
              allowed=["direction-mismatch"],
              note="the close is above its 50-day: the side printed with the distance is the claim's"),
        Plant(f"vwords6-average-verb-{AVERAGE_KEY}", AVERAGE, "pattern", "It climbed above its 20-day",
              "It slipped below its 20-day", "pattern-mismatch", "slipped below",
              note="the close is above its 20-day: the verb that puts it below is the claim's word"),
        Plant(f"vwords6-average-peer-{AVERAGE_KEY}", AVERAGE, "direction", "DIA gained", "DIA lost",
              "direction-mismatch", "DIA lost", note="DIA rose on the day: the peer's verb is flipped"),
    ]
