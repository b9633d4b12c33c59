"""Desk notes for the verifier's fixes of the tenth holdout's misses (issue 14, miss13), each cause
planted in other words than the holdout's, on other subjects and sessions.

- The close's side of an average written with its distance ("0.60% beneath its 50-day line", "5.86%
  over its 200-day line"): the side turned is a `pattern-mismatch` on the side words (the figure's own
  `direction-mismatch` may come with it).
- Slope words on the averages: "The two averages keep climbing", "has climbed roughly 2.0% in twenty
  sessions" (the finding spans the word with its figure), "points upwards".
- A headline that holds the word "source" ("A source of strength for the blue chips") is no sources
  list: the paragraphs under it are prose and are checked; a denial with the article ("not yet in the
  overbought zone") is read as the opposite claim; a place closed on a later day ("the office is
  closed Thursday, November 26") is no market date.

- Records, lows and crosses affirmed or denied without 'high' or 'close' ("another fresh record", "a
  fresh record has been notched"), a new low denied ("no fresh 52-week low"), a cross said to be gone
  ("has now been reversed"): checked against the record close, the 52-week low close and the cross.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SIDE_KEY = "IWM-2026-11-20"
SLOPE_KEY = "QQQ-2025-11-17"
HEADLINE_KEY = "SPY-2026-06-03"
RECORD_KEY, LOW_KEY, CROSS_KEY = "SPY-2026-11-20", "idx_FSMI-2026-11-20", "IWM-2026-02-13"


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def side_note(b: Built) -> str:
    """The close under its 50-day and over its 200-day, each side written after its distance."""
    s = b.snapshot
    assert s.close < s.trend.sma_50 and s.close > s.trend.sma_200  # type: ignore[operator]
    return (f"# Small caps between their lines\n\n"
            f"IWM settled at ${s.close:.2f}, {b.sheet.fmt('pct_vs_sma_50', 'abs')} beneath its 50-day line "
            f"and {b.sheet.fmt('pct_vs_sma_200', 'abs')} over its 200-day line.\n")


def slope_note(b: Built) -> str:
    """Both averages rising: the pair, the 50-day with its 20-session move, the 200-day's direction."""
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    assert t.sma_50_slope_pct > 1.5 and t.sma_200_slope_pct > 0.5
    return (f"# Nasdaq fund: where the averages point\n\n"
            f"QQQ ended at ${b.snapshot.close:.2f}. The two averages keep climbing: the 50-day has climbed "
            f"roughly {t.sma_50_slope_pct:.1f}% in twenty sessions, and the 200-day line points upwards.\n")


def headline_note(b: Built) -> str:
    """Prose under a headline with 'source' in it, an RSI zone denied with 'the', an office's closed day."""
    s = b.snapshot
    assert s.momentum.rsi_14 is not None and s.momentum.rsi_14 >= 70
    return (f"# The S&P 500 fund\n\n"
            f"## A source of strength for the large caps?\n\n"
            f"SPY closed at ${s.close:.2f}, {b.sheet.fmt('pct_vs_sma_50', 'abs')} above its 50-day "
            f"average. RSI reads {s.momentum.rsi_14:.1f}, well inside the overbought zone, and it is not in "
            f"the oversold zone by any reading.\n\n"
            f"Housekeeping: our office is closed Thursday, June 11, for the staff retreat.\n")


def record_note(b: Built) -> str:
    """A close under its record, said so twice without 'high'."""
    s = b.snapshot
    assert not s.extremes.new_all_time_high and s.close < s.extremes.high_52w
    return (f"# Large caps, Friday\n\n"
            f"SPY ended at ${s.close:.2f}, below its record close. No record has been posted since "
            f"October.\n")


def low_note(b: Built) -> str:
    """A close at the 52-week low, said so."""
    s = b.snapshot
    assert s.close <= s.extremes.low_52w
    return (f"# Swiss market, Friday\n\n"
            f"The index ended at {s.close:,.2f} points, a fresh 52-week low.\n")


def cross_note(b: Built) -> str:
    """A golden cross that still stands, named with its month."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "golden"
    return (f"# Small caps: the long view\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}. The golden cross from last {cross.since:%B} still "
            f"holds.\n")


def miss13_texts(built: dict[str, Built]) -> list[UserText]:
    return [*(UserText(f"user-miss13-{what}-{key}", key, "prose", "md", write(built[key]))
              for what, key, write in (("record", RECORD_KEY, record_note), ("low", LOW_KEY, low_note),
                                       ("cross", CROSS_KEY, cross_note))),
            UserText(f"user-miss13-side-{SIDE_KEY}", SIDE_KEY, "prose", "md", side_note(built[SIDE_KEY])),
            UserText(f"user-miss13-slope-{SLOPE_KEY}", SLOPE_KEY, "prose", "md",
                     slope_note(built[SLOPE_KEY])),
            UserText(f"user-miss13-headline-{HEADLINE_KEY}", HEADLINE_KEY, "prose", "md",
                     headline_note(built[HEADLINE_KEY]))]


def miss13_plants(built: dict[str, Built]) -> list[Plant]:
    side, slope, head = (f"user-miss13-{what}-{key}" for what, key in
                         (("side", SIDE_KEY), ("slope", SLOPE_KEY), ("headline", HEADLINE_KEY)))
    b = built[SIDE_KEY]
    p50, p200 = b.sheet.fmt("pct_vs_sma_50", "abs"), b.sheet.fmt("pct_vs_sma_200", "abs")
    s50 = built[SLOPE_KEY].snapshot.trend.sma_50_slope_pct
    assert s50 is not None
    h = built[HEADLINE_KEY]
    month = f"{built[CROSS_KEY].snapshot.trend.cross.since:%B}"  # type: ignore[union-attr]
    return [
        Plant(f"miss13-record-fresh-{RECORD_KEY}", f"user-miss13-record-{RECORD_KEY}", "negation",
              ", below its record close.", ", another fresh record.", "pattern-mismatch",
              "another fresh record",
              note="a close 0.97% under the record close called another fresh record"),
        Plant(f"miss13-record-posted-{RECORD_KEY}", f"user-miss13-record-{RECORD_KEY}", "negation",
              "No record has been posted since October.", "A fresh record has been notched.",
              "pattern-mismatch", "record has been notched",
              note="a record said to be set on a day without one"),
        Plant(f"miss13-low-denied-{LOW_KEY}", f"user-miss13-low-{LOW_KEY}", "negation",
              "a fresh 52-week low", "no fresh 52-week low", "pattern-mismatch", "no fresh 52-week low",
              note="the close is the 52-week low close; 'no fresh 52-week low'"),
        Plant(f"miss13-cross-gone-{CROSS_KEY}", f"user-miss13-cross-{CROSS_KEY}", "negation",
              f"from last {month} still holds", f"from last {month} has now been reversed",
              "pattern-mismatch", "has now been reversed",
              note="the golden cross still stands; said to be reversed"),
        Plant(f"miss13-side-50-{SIDE_KEY}", side, "pattern", f"{p50} beneath its 50-day line",
              f"{p50} over its 50-day line", "pattern-mismatch", "over its 50-day line",
              ["direction-mismatch"],
              note="the right distance from the 50-day with the close put on the wrong side of it"),
        Plant(f"miss13-side-200-{SIDE_KEY}", side, "pattern", f"{p200} over its 200-day line",
              f"{p200} beneath its 200-day line", "pattern-mismatch", "beneath its 200-day line",
              ["direction-mismatch"], note="the right distance from the 200-day, the side turned"),
        Plant(f"miss13-slope-pair-{SLOPE_KEY}", slope, "trend", "The two averages keep climbing",
              "The two averages keep sliding", "pattern-mismatch", "sliding",
              note="both averages rose over 20 sessions; 'keep sliding'"),
        Plant(f"miss13-slope-figure-{SLOPE_KEY}", slope, "trend", f"has climbed roughly {s50:.1f}%",
              f"has dropped roughly {s50:.1f}%", "pattern-mismatch", f"dropped roughly {s50:.1f}%",
              ["direction-mismatch"], note="the 50-day's rise called a drop, with its size right"),
        Plant(f"miss13-slope-points-{SLOPE_KEY}", slope, "trend", "points upwards", "points downwards",
              "pattern-mismatch", "points downwards", note="the rising 200-day said to point downwards"),
        Plant(f"miss13-headline-side-{HEADLINE_KEY}", head, "pattern",
              f"{h.sheet.fmt('pct_vs_sma_50', 'abs')} above its 50-day",
              f"{h.sheet.fmt('pct_vs_sma_50', 'abs')} below its 50-day", "pattern-mismatch",
              "below its 50-day", ["direction-mismatch"],
              note="under a headline with 'source' in it: the prose is still read"),
        Plant(f"miss13-headline-zone-{HEADLINE_KEY}", head, "indicator", "well inside the overbought zone",
              "not yet in the overbought zone", "indicator-mismatch", "not yet in the overbought",
              note=f"RSI {h.snapshot.momentum.rsi_14:.1f} denied the overbought zone"),
    ]
