"""Desk notes for the verifier's negation fixes after the thirteenth holdout (issue 14, vquote), in other
words than the holdout's.

A denial is a claim: the state it denies must be absent. The classes: a cross said to be gone after a
date or a note in brackets ("the golden cross from October 2 is no longer in place"), or by a pronoun in
the clause after it ("..., and it has since been undone"); a cross denied with a verb before it ("is no
longer a golden cross", "has yet to form a golden cross"); the close's side of an average denied ("no
longer above its 50-day", "did not close above its 50-day", "has yet to reclaim the 200-day"); a
question on the RSI answered in brackets ("Is that overbought? (Yes: it is overbought.)"); a flat
average denied ("the 200-day line is not flat" on a 0.3% slope). Each plant turns a true sentence of
the clean note into its denial or denies what holds. The clean note keeps true denials ("not below its
50-day", "has yet to lose the 200-day") that must stay silent.

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "DIA-2026-11-20"  # golden cross since Oct 2; close above both averages; 200-day slope -0.32%
BASE = f"user-denials-{KEY}"


def _money(value: float) -> str:
    return f"${value:,.2f}"


def denials_note(b: Built) -> str:
    s, t = b.snapshot, b.snapshot.trend
    assert t.cross is not None and t.cross.state.value == "golden" and t.sma_50 is not None
    assert t.sma_200 is not None and s.close > t.sma_50 > t.sma_200
    assert t.sma_200_slope_pct is not None and abs(t.sma_200_slope_pct) < 0.5
    assert s.momentum.rsi_14 is not None and 30 < s.momentum.rsi_14 < 70
    since = f"{t.cross.since:%B} {t.cross.since.day}"
    return (f"# Blue chips hold their ground\n\n"
            f"DIA finished the week at {_money(s.close)}. The fund is not below its 50-day average "
            f"({_money(t.sma_50)}), and it trades comfortably over the 200-day ({_money(t.sma_200)}).\n\n"
            f"The golden cross from {since} is still in place. The cross is still a golden cross, "
            f"{t.cross.sessions_since} sessions on, and it has held since. Over the past month the 200-day "
            f"line is flat.\n\n"
            f"Momentum is middling: the RSI is {s.momentum.rsi_14:.1f}. Is that overbought? "
            f"(No: it is not.)\n\n"
            f"On the week the fund did not close below its 50-day once, it has yet to lose the 200-day, and "
            f"the chart has yet to form a death cross.\n")


def denials13_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", denials_note(built[KEY]))]


def denials13_plants(built: dict[str, Built]) -> list[Plant]:
    return [
        Plant(f"denial-cross-dated-{KEY}", BASE, "negation", "is still in place", "is no longer in place",
              "pattern-mismatch", "no longer in place", note="the golden cross of Oct 2 still holds"),
        Plant(f"denial-cross-verb-{KEY}", BASE, "negation", "is still a golden cross",
              "is no longer a golden cross", "pattern-mismatch", "no longer a golden cross",
              note="the 50-day is above the 200-day: a golden cross"),
        Plant(f"denial-cross-pronoun-{KEY}", BASE, "negation", "and it has held since",
              "and it has since been undone", "pattern-mismatch", "has since been undone",
              note="the cross has not been undone: the 50-day is still above the 200-day"),
        Plant(f"denial-side-{KEY}", BASE, "negation", "is not below its 50-day",
              "is no longer above its 50-day", "pattern-mismatch", "no longer above its 50-day",
              note="DIA closed 0.85% above its 50-day average"),
        Plant(f"denial-flat-{KEY}", BASE, "negation", "the 200-day line is flat",
              "the 200-day line is not flat", "pattern-mismatch", "not flat",
              note="the 200-day moved -0.32% over 20 sessions: flat"),
        Plant(f"denial-close-{KEY}", BASE, "negation", "did not close below its 50-day",
              "did not close above its 50-day", "pattern-mismatch", "not close above its 50-day",
              note="DIA closed above its 50-day average"),
        Plant(f"denial-yet-{KEY}", BASE, "negation", "has yet to lose the 200-day",
              "has yet to reclaim the 200-day", "pattern-mismatch", "yet to reclaim the 200-day",
              note="DIA closed 3.69% above its 200-day: there is nothing to reclaim"),
        Plant(f"denial-form-{KEY}", BASE, "negation", "has yet to form a death cross",
              "has yet to form a golden cross", "pattern-mismatch", "yet to form a golden cross",
              note="the golden cross of Oct 2 is in place"),
        Plant(f"denial-answer-{KEY}", BASE, "negation", "(No: it is not.)", "(Yes: it is overbought.)",
              "indicator-mismatch", "overbought",
              note="RSI 55.5 is not overbought; the answer in brackets says so"),
    ]
