"""Desk notes for the verifier's runs told by the move itself and the averages told by their length
(issue 14), in other words than the holdouts', on other subjects and sessions.

- A run of closes named by its move with an ordinal ("its fourth straight loss", "a fifth consecutive
  gain", "its third straight advance"): the count is checked against the run of higher or lower closes.
  Plants: another count (`value-mismatch`).
- The 50-day named as "the shorter line" or "the faster average" and the 200-day as "the longer
  average", with a slope word: checked against that average's 20-session slope. Plants: the slope word
  turned over (`pattern-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SLIDE_KEY = "IWM-2026-03-30"  # four lower closes; the 50-day fell 5.4% over 20 sessions
RUN_KEY = "SPY-2026-06-03"  # five higher closes
DOW_KEY = "DIA-2026-11-20"  # three higher closes; the 200-day fell 0.32% over 20 sessions

_ORDINAL = {3: "third", 4: "fourth", 5: "fifth"}


def _base(key: str) -> str:
    return f"user-streaks15-{key}"


def slide_note(b: Built) -> str:
    """A run of losses; the 50-day as the shorter line, falling."""
    s = b.snapshot
    assert s.tape is not None and s.tape.streak_sessions == 4 and s.tape.streak_change_pct < 0
    assert s.trend.sma_50_slope_pct is not None and s.trend.sma_50_slope_pct <= -1.5
    return ("# Small caps: no floor yet\n\n"
            f"IWM settled at ${s.close:.2f}, its {_ORDINAL[s.tape.streak_sessions]} straight loss. "
            "On the chart the shorter line keeps falling steeply.\n")


def run_note(b: Built) -> str:
    """A run of gains told with 'consecutive'."""
    s = b.snapshot
    assert s.tape is not None and s.tape.streak_sessions == 5 and s.tape.streak_change_pct > 0
    return ("# S&P fund: five for five\n\n"
            f"SPY finished at ${s.close:.2f}, a {_ORDINAL[s.tape.streak_sessions]} consecutive gain for the "
            "fund.\n")


def dow_note(b: Built) -> str:
    """A run of advances; the 200-day as the longer average, slipping."""
    s = b.snapshot
    assert s.tape is not None and s.tape.streak_sessions == 3 and s.tape.streak_change_pct > 0
    assert s.trend.sma_200_slope_pct is not None and s.trend.sma_200_slope_pct < -0.2
    return ("# Dow fund: up again\n\n"
            f"DIA closed at ${s.close:.2f}, its {_ORDINAL[s.tape.streak_sessions]} straight advance, even "
            "though the longer average is slipping.\n")


WRITERS = {SLIDE_KEY: slide_note, RUN_KEY: run_note, DOW_KEY: dow_note}


def streaks15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()]


def streaks15_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"streaks15-slide-run-{SLIDE_KEY}", _base(SLIDE_KEY), "history", "its fourth straight loss",
              "its seventh straight loss", "value-mismatch", "seventh",
              note="IWM closed lower four sessions running, not seven"),
        Plant(f"streaks15-slide-line-{SLIDE_KEY}", _base(SLIDE_KEY), "trend",
              "the shorter line keeps falling",
              "the shorter line keeps rising", "pattern-mismatch", "rising",
              note="the 50-day fell 5.36% over 20 sessions"),
        Plant(f"streaks15-run-gain-{RUN_KEY}", _base(RUN_KEY), "history", "a fifth consecutive gain",
              "a ninth consecutive gain", "value-mismatch", "ninth",
              note="SPY closed higher five sessions running, not nine"),
        Plant(f"streaks15-dow-run-{DOW_KEY}", _base(DOW_KEY), "history", "its third straight advance",
              "its sixth straight advance", "value-mismatch", "sixth",
              note="DIA closed higher three sessions running, not six"),
        Plant(f"streaks15-dow-line-{DOW_KEY}", _base(DOW_KEY), "trend", "the longer average is slipping",
              "the longer average is climbing", "pattern-mismatch", "climbing",
              note="the 200-day fell 0.32% over 20 sessions: it is not climbing"),
    ]
