"""Size words as nouns and adjectives ("a meltdown", "a sleepy session", "The day was muted") are
held to the size of the day's move; what is not today's move is left alone.

The snapshot is the evaluation set's IWM on 2026-11-20 (+0.30% on the day, 0.24 ATR; QQQ +1.90%,
1.6 ATR).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import iwm_context

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


def size_errors(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "magnitude-mismatch"]


@pytest.mark.parametrize(("text", "span"), [
    ("For the small caps it was a meltdown, plain and simple.", "a meltdown"),  # 0.30%: not extreme
    ("Friday for IWM: an explosive session.", "an explosive session"),
    ("What a day. A bloodbath.", "A bloodbath"),
    ("IWM's move was violent by any measure.", "move was violent"),
    ("It looked like a spike to me.", "a spike"),  # a strong noun on a quarter ATR
    ("A crash-sized move for the small-cap fund.", "crash"),
    ("QQQ, meanwhile, had a sleepy session.", "a sleepy session"),  # the peer's 1.6 ATR day
    ("The Nasdaq 100 fund's day was quiet.", "day was quiet"),
])
def test_size_nouns_and_adjectives_that_do_not_fit(ctx, text, span):
    assert span in size_errors(ctx, text), check_text(text, ctx)


@pytest.mark.parametrize("text", [
    "IWM had a quiet session, barely a ripple.",  # fits 0.24 ATR
    "QQQ had a big day; it was a surge for growth.",  # fits QQQ's 1.6 ATR
    "Not a meltdown, just a shrug.",
    "There was talk of a crash in crypto overnight.",
    "Nobody compared it with the 2008 crash.",
    "A rout in long bonds kept the desk busy.",
    "Volume was a surge, though: twice the usual.",
    "Was this a blowout? Hardly.",
    "The week was a rout for small caps.",
    "Next Friday could be a big day for IWM.",
    "The 200-day is flat and the 50-day is rising.",
    "After a plunge in March, the fund recovered.",
])
def test_size_words_that_fit_or_are_not_todays_move(ctx, text):
    assert size_errors(ctx, text) == []
