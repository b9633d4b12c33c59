"""Misses of holdouts 12-15 read as classes of phrasing (issue 14, vmiss stop 39), in other words than
the holdouts'.

Strong slope verbs: an average said to have soared, surged, plunged or tumbled ("the 50-day has soared
this month", "the short average is tumbling") is a steep slope, held to the average's 20-session change
like "rising steeply"; the 50-day called "the short average" and the 200-day "the long average".

Counts pointed back at a level: a clause that opens with "that level" or "this line" and counts its
tests ("The range top is $694.71; that level has been tested five times", "That line has turned the
fund back three times.") counts the tests of the last price printed before it, in its sentence or the
one before, and is held to that level's touches.

Runs told by the days they fill: "Six days of decline in a row", "five sessions of gains in a row" are
the close streak with its direction, like "six straight down days".

Levels after a place and a colon: "Resistance for the week: $474.50", "Support on the downside: the round
$470, then $467.61 (the 50-day, four tests), then $464.29": each price listed, past a note in brackets,
is a level of that kind and must sit on its side of the close.

Prices against prices: a price set against a named day's price ("opened at $620.75, below Monday's close
of $621.56"), a list of moves from price to price ("$629.76 on Wednesday, fell to $625.98 on Thursday")
and the close put against a printed price ("the fund sits just below the round $620") are held to the
figures the sentence prints (and the close): the wrong side or the wrong verb is `direction-mismatch`.
A conditional ("if it closes above $620") stays clean.

Closing extremes in other words: the close called the extreme of a year or of a window after the day's
change ("closed at $30.01, down $0.26, or 0.86%, its lowest close in a month"), "closed at its lowest level
in a year", "its weakest finish of the past fortnight": held to the closes like "its lowest close".

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import KeyLevel, Snapshot
from pipeline.indicators.levels import round_numbers_around
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SLOPE_KEY = "SPY-2026-11-17"  # 50-day +2.2% over 20 sessions, 200-day +0.1%
CAP_KEY = "DIA-2026-06-03"  # a swing high tested three times above the close
SLIDE_KEY = "IWM-2026-02-13"  # six lower closes in a row
BOUNCE_KEY = "SPY-2026-06-03"  # five higher closes in a row


def _base(name: str, key: str) -> str:
    return f"user-vmiss39-{name}-{key}"


def _word(n: int) -> str:
    return count_forms(n)[1]


def _slopes(s: Snapshot) -> tuple[float, float]:
    t = s.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    return t.sma_50_slope_pct, t.sma_200_slope_pct


def slope_note(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(s)
    assert fifty > 1.5 and abs(two_hundred) < 0.2
    return ("Trend check, Tuesday\n\n"
            f"SPY finished at ${s.close:.2f}. Underneath the day's noise, the 50-day has soared this month "
            "while the 200-day has barely moved. Put plainly, the short average is climbing and the long "
            "one is flat.\n")


def _range_top(s: Snapshot) -> KeyLevel:
    return next(level for level in s.levels if level.label == "range top" and level.touches > 1)


def _cap(s: Snapshot) -> KeyLevel:
    return max((level for level in s.levels if level.price > s.close and level.touches > 1),
               key=lambda level: level.touches)


def top_note(b: Built) -> str:
    s = b.snapshot
    top = _range_top(s)
    return ("## Where the ceiling is\n\n"
            f"SPY ended at ${s.close:.2f}. The top of its range is ${top.price:.2f}; that level has been "
            f"tested {_word(top.touches)} times since the autumn.\n")


def cap_note(b: Built) -> str:
    s = b.snapshot
    cap = _cap(s)
    return ("Dow fund, midweek\n\n"
            f"DIA closed at ${s.close:.2f}. Overhead, ${cap.price:.2f} has capped every rally lately. That "
            f"line has turned the fund back {_word(cap.touches)} times.\n")


def _run(s: Snapshot, way: str) -> int:
    assert s.tape is not None and s.tape.streak_direction == way and s.tape.streak_sessions > 2
    return s.tape.streak_sessions


def slide_note(b: Built) -> str:
    s = b.snapshot
    days = _word(_run(s, "down")).capitalize()
    return ("Small caps, Friday\n\n"
            f"{days} days of decline in a row: IWM closed at ${s.close:.2f}, and nobody is calling the "
            "bottom yet.\n")


def bounce_note(b: Built) -> str:
    s = b.snapshot
    days = _word(_run(s, "up")).capitalize()
    return ("S&P fund, Wednesday\n\n"
            f"{days} sessions of gains in a row have carried SPY to ${s.close:.2f}.\n")


LADDER_KEY = "QQQ-2026-11-20"
"""Closed at $626.40 under its range top ($629.76), over a round-number support row ($620), the 50-day
and the range bottom: every figure of the ladder note is a row of the levels table (until edzones3 the
note sat on DIA 2026-11-20 and printed a round $470 that the zone merge folded away, leaving it untraced)."""


def _level(s: Snapshot, label: str) -> KeyLevel:
    return next(level for level in s.levels if level.label == label)


def _ladder(s: Snapshot) -> tuple[KeyLevel, KeyLevel, KeyLevel, KeyLevel]:
    """(range top, round-number support, 50-day, range bottom) of the ladder note, by their rows."""
    top, average, bottom = _level(s, "range top"), _level(s, "50-day MA"), _level(s, "range bottom")
    round_row = next(lv for lv in s.levels if lv.source == "round" and lv.price < s.close)
    assert bottom.price < average.price < round_row.price < s.close < top.price
    return top, round_row, average, bottom


def _tests(level: KeyLevel) -> str:
    return f", {_word(level.touches)} tests" if level.touches > 1 else " average"


def ladder_note(b: Built) -> str:
    s = b.snapshot
    top, round_row, average, bottom = _ladder(s)
    return (f"{s.symbol} levels, Friday\n\n"
            f"{s.symbol} closed at ${s.close:.2f}. Resistance for the week: ${top.price:.2f}. Support on the "
            f"downside: the round ${round_row.price:,.0f}, then ${average.price:.2f} (the 50-day"
            f"{_tests(average)}), then ${bottom.price:.2f}.\n")


PATH_KEY = "QQQ-2026-11-17"  # opened below Monday's close; Tue-Fri closes rose, rose, fell, fell


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _verb(before: float, after: float, up: str, down: str) -> str:
    assert before != after
    return up if after > before else down


def path_note(b: Built) -> str:
    s = b.snapshot
    days, closes = s.recent_sessions[-6:-1], s.recent_closes[-6:-1]
    named = [f"{_WEEKDAYS[d.weekday()]}" for d in days]
    assert s.open < s.prev_close and s.close < 620 < s.open
    steps = ", ".join(f"{_verb(closes[n - 1], closes[n], 'rose', 'slipped')} to ${closes[n]:.2f} on "
                      f"{named[n]}"
                      for n in range(1, 4))
    return ("## Nasdaq fund: a soft start to the week\n\n"
            f"QQQ opened at ${s.open:.2f}, below {named[-1]}'s close of ${s.prev_close:.2f}, and ended at "
            f"${s.close:.2f}; the fund sits just below the round $620. Last week it went from "
            f"${closes[0]:.2f} on {named[0]}, {steps}. If it closes above $620 again this week, the dip will "
            "look like noise.\n")


FLOOR_KEY = "FRNT-2026-11-20"  # the 52-week closing low, after a 0.86% fall


def floor_note(b: Built) -> str:
    s = b.snapshot
    e, change = s.extremes, s.returns.change_1d_pct
    assert s.close <= e.low_52w and s.returns.change_1d is not None and change is not None and change < 0
    return ("Frontier fund, Friday close\n\n"
            f"FRNT closed at ${s.close:.2f}, down ${abs(s.returns.change_1d):.2f}, or {abs(change):.2f}%, "
            "its "
            "lowest close in a month. Put another way, the fund closed at its lowest level in a year, and "
            f"the ${s.close:.2f} print was its weakest finish of the past fortnight.\n")


WRITERS = {("floor", FLOOR_KEY): floor_note, ("path", PATH_KEY): path_note,
           ("ladder", LADDER_KEY): ladder_note, ("slope", SLOPE_KEY): slope_note,
           ("top", SLOPE_KEY): top_note, ("cap", CAP_KEY): cap_note,
           ("slide", SLIDE_KEY): slide_note, ("bounce", BOUNCE_KEY): bounce_note}


def vmiss39_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _slope_plants() -> list[Plant]:
    base = _base("slope", SLOPE_KEY)
    return [
        Plant(f"vmiss39-plunged-{SLOPE_KEY}", base, "trend", "the 50-day has soared",
              "the 50-day has plunged",
              "pattern-mismatch", "plunged", note="the 50-day rose about 2.2% over 20 sessions"),
        Plant(f"vmiss39-tumbling-{SLOPE_KEY}", base, "trend", "the short average is climbing",
              "the short average is tumbling", "pattern-mismatch", "tumbling",
              note="the short average (the 50-day) rose about 2.2% over 20 sessions"),
        Plant(f"vmiss39-surged-{SLOPE_KEY}", base, "trend", "the 200-day has barely moved",
              "the 200-day has surged", "pattern-mismatch", "surged",
              note="the 200-day moved about 0.1% over 20 sessions: no surge"),
    ]


def _count_plants(built: dict[str, Built]) -> list[Plant]:
    top = _range_top(built[SLOPE_KEY].snapshot).touches
    cap = _cap(built[CAP_KEY].snapshot).touches
    return [
        Plant(f"vmiss39-top-{SLOPE_KEY}", _base("top", SLOPE_KEY), "level", f"tested {_word(top)} times",
              f"tested {_word(top + 3)} times", "value-mismatch", _word(top + 3),
              note=f"the range top has {top} touches; 'that level' points back at it"),
        Plant(f"vmiss39-cap-{CAP_KEY}", _base("cap", CAP_KEY), "level", f"back {_word(cap)} times",
              f"back {_word(cap + 2)} times", "value-mismatch", _word(cap + 2),
              note=f"the level of the sentence before has {cap} touches; 'That line' points back at it"),
    ]


def _run_plants(built: dict[str, Built]) -> list[Plant]:
    slide = _run(built[SLIDE_KEY].snapshot, "down")
    bounce = _run(built[BOUNCE_KEY].snapshot, "up")
    return [
        Plant(f"vmiss39-slide-{SLIDE_KEY}", _base("slide", SLIDE_KEY), "history",
              f"{_word(slide).capitalize()} days of decline in a row",
              f"{_word(slide + 3).capitalize()} days of decline in a row",
              "value-mismatch", f"{_word(slide + 3).capitalize()} days of decline in a row",
              note=f"the close streak is {slide} sessions down"),
        Plant(f"vmiss39-bounce-{BOUNCE_KEY}", _base("bounce", BOUNCE_KEY), "history",
              f"{_word(bounce).capitalize()} sessions of gains in a row",
              f"{_word(bounce + 2).capitalize()} sessions of gains in a row",
              "value-mismatch", f"{_word(bounce + 2).capitalize()} sessions of gains in a row",
              note=f"the close streak is {bounce} sessions up"),
    ]


def _ladder_plants(built: dict[str, Built]) -> list[Plant]:
    """Each wrong figure by rule: a resistance halfway between the round support and the close, the
    round number above the close called support, a third support halfway from the close to the top."""
    s = built[LADDER_KEY].snapshot
    top, round_row, _, bottom = _ladder(s)
    under, over = f"${(round_row.price + s.close) / 2:.2f}", f"${(s.close + top.price) / 2:.2f}"
    round_over = f"${round_numbers_around(s.close)[1]:,.0f}"
    base = _base("ladder", LADDER_KEY)
    return [
        Plant(f"vmiss39-ladder-res-{LADDER_KEY}", base, "level", f"for the week: ${top.price:.2f}",
              f"for the week: {under}", "level-wrong-side", under,
              note=f"a resistance below the ${s.close:.2f} close"),
        Plant(f"vmiss39-ladder-round-{LADDER_KEY}", base, "level", f"the round ${round_row.price:,.0f}",
              f"the round {round_over}", "level-wrong-side", round_over,
              note=f"a support above the ${s.close:.2f} close"),
        Plant(f"vmiss39-ladder-last-{LADDER_KEY}", base, "level", f"then ${bottom.price:.2f}.",
              f"then {over}.", "level-wrong-side", over,
              note=f"the third support listed, past a note in brackets, above the ${s.close:.2f} close"),
    ]


def _path_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[PATH_KEY].snapshot
    base = _base("path", PATH_KEY)
    closes = s.recent_closes[-6:-1]
    third = _verb(closes[2], closes[3], "rose", "slipped")
    flipped = "rose" if third == "slipped" else "slipped"
    return [
        Plant(f"vmiss39-path-open-{PATH_KEY}", base, "direction", f"${s.open:.2f}, below",
              f"${s.open:.2f}, above", "direction-mismatch", "above",
              note=f"the ${s.open:.2f} open is below the ${s.prev_close:.2f} close"),
        Plant(f"vmiss39-path-step-{PATH_KEY}", base, "direction", f"{third} to ${closes[3]:.2f}",
              f"{flipped} to ${closes[3]:.2f}", "direction-mismatch", flipped,
              note=f"from ${closes[2]:.2f} to ${closes[3]:.2f} is a "
                   f"{'fall' if third == 'slipped' else 'rise'}"),
        Plant(f"vmiss39-path-round-{PATH_KEY}", base, "direction", "just below the round $620",
              "just above the round $620", "direction-mismatch", "above",
              note=f"the ${s.close:.2f} close is below $620"),
    ]


def vmiss39_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_slope_plants(), *_count_plants(built), *_run_plants(built), *_ladder_plants(built),
            *_path_plants(built), *_floor_plants()]


def _floor_plants() -> list[Plant]:
    base = _base("floor", FLOOR_KEY)
    return [
        Plant(f"vmiss39-floor-aside-{FLOOR_KEY}", base, "pattern", "its lowest close in a month",
              "its best close in a month", "pattern-mismatch", "best close in a month",
              note="the close is the lowest of the last 21 closes, after the day's change set between"),
        Plant(f"vmiss39-floor-level-{FLOOR_KEY}", base, "pattern", "its lowest level in a year",
              "its highest level in a year", "pattern-mismatch", "highest level in a year",
              note="the close is the 52-week closing low"),
        Plant(f"vmiss39-floor-finish-{FLOOR_KEY}", base, "pattern",
              "its weakest finish of the past fortnight",
              "its strongest finish of the past fortnight", "pattern-mismatch",
              "strongest finish of the past fortnight", note="the close is the lowest of the last 10 closes"),
    ]
