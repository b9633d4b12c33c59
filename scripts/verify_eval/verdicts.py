"""An RSI zone word standing alone as a verdict, its reading in the sentence after (issue 14, holdout 11
negation misses), written for the verifier's eval in other words than the holdout's.

A reader's mailbag answers in two beats: the verdict on its own ("Verdict: oversold.", "Answer: yes,
overbought.") and then the reading ("The 14-day RSI sits at 21.4."). The zone word is the RSI's, held to
the reading the next sentence gives. Plants swap the verdict for the other zone (`indicator-mismatch`).
A verdict with no RSI after it stays unread.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

LOW_KEY = "IWM-2026-02-13"  # RSI 21.4: oversold
HIGH_KEY = "SPY-2026-06-03"  # RSI 72.3: overbought
LOW_BASE, HIGH_BASE = f"user-verdicts-low-{LOW_KEY}", f"user-verdicts-high-{HIGH_KEY}"


def _rsi(b: Built) -> float:
    rsi = b.snapshot.momentum.rsi_14
    assert rsi is not None
    return rsi


def low_note(b: Built) -> str:
    rsi = _rsi(b)
    assert rsi <= 30
    return ("# Mailbag: is the small-cap slide overdone?\n\n"
            "Reader Tomas asks whether IWM has fallen far enough to be stretched on the downside.\n\n"
            f"Verdict: oversold. The 14-day RSI sits at {rsi:.1f}, deep in the washed-out zone, and the fund "
            f"closed at {b.sheet.fmt('close')}.\n")


def high_note(b: Built) -> str:
    rsi = _rsi(b)
    assert rsi >= 70
    return ("# Mailbag: has the S&P fund run too hot?\n\n"
            "Reader Anneke asks whether SPY looks stretched after the rally.\n\n"
            f"Answer: yes, overbought. Its RSI reads {rsi:.1f}, above the 70 line, and the fund closed at "
            f"{b.sheet.fmt('close')}.\n\n"
            "Our call on the dollar: firm. Nothing more to add there.\n")


def verdict_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LOW_BASE, LOW_KEY, "prose", "md", low_note(built[LOW_KEY])),
            UserText(HIGH_BASE, HIGH_KEY, "prose", "md", high_note(built[HIGH_KEY]))]


def verdict_plants(built: dict[str, Built]) -> list[Plant]:
    low, high = _rsi(built[LOW_KEY]), _rsi(built[HIGH_KEY])
    return [
        Plant(f"verdicts-low-{LOW_KEY}", LOW_BASE, "negation", "Verdict: oversold.", "Verdict: overbought.",
              "indicator-mismatch", "overbought",
              note=f"a bare verdict 'overbought' before the sentence giving RSI {low:.1f}"),
        Plant(f"verdicts-high-{HIGH_KEY}", HIGH_BASE, "negation", "Answer: yes, overbought.",
              "Answer: yes, oversold.", "indicator-mismatch", "oversold",
              note=f"a bare answer 'oversold' before the sentence giving RSI {high:.1f}"),
    ]
