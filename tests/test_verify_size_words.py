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


@pytest.mark.parametrize(("text", "span"), [
    ("IWM's day was a full-blown catastrophe.", "a full-blown catastrophe"),  # 0.24 ATR: no catastrophe
    ("For the small caps, an extraordinary, historic day.", "an extraordinary, historic day"),
    ("IWM's move today was enormous.", "move today was enormous"),  # stronger than big: a strong bound
    ("IWM added 0.30%. That's massive for one session.", "That's massive for one session"),
    ("QQQ, by contrast, posted a microscopic gain.", "a microscopic gain"),  # QQQ's 1.6 ATR day
    ("IWM, as in May, had a bloodbath.", "a bloodbath"),  # the month frames nothing
    ("IWM, as in May, had a monster session.", "a monster session"),
])
def test_strong_and_quiet_words_of_judgement(ctx, text, span):
    assert span in size_errors(ctx, text), check_text(text, ctx)


@pytest.mark.parametrize("text", [
    "IWM's move today was subdued.",
    "IWM added 0.30%. That's modest for one session.",
    "QQQ had an enormous day; small caps did not.",  # fits QQQ's 1.6 ATR
    "IWM may see a historic session if the Fed cuts.",  # the modal still hedges
    "Nobody would call IWM's Friday a catastrophe.",
])
def test_judgement_words_that_fit_or_are_hedged(ctx, text):
    assert size_errors(ctx, text) == []


def test_a_size_verb_after_the_day_and_a_manner_adverb_is_the_funds(ctx):
    """'On Friday, it only soared' opens on the fund: the verb is held to the article's own move."""
    assert size_errors(ctx, "On Friday, it only soared.") == ["soared"]
    assert size_errors(ctx, "On Friday, it only inched up.") == []


@pytest.mark.parametrize(("text", "span"), [
    ("QQQ, for its part, managed only a timid advance.", "a timid advance"),  # 1.6 ATR is not timid
    ("QQQ posted a meek shuffle of a gain.", "a meek shuffle"),
    ("For IWM it was a severe slump.", "a severe slump"),  # vmiss stop 19: the strong adjectives added
    ("IWM suffered a heavy loss.", "a heavy loss"),
    ("IWM had a real crash.", "a real crash"),  # an intensifier before the noun
    ("IWM: an outright wipeout.", "an outright wipeout"),
    ("IWM had a savage brute of a session.", "a savage brute of a session"),  # '<size> <noun> of a day'
    ("For IWM it was a meltdown, a proper bloodbath.", "a proper bloodbath"),  # the pair: one finding
])
def test_size_words_added_in_stop_19(ctx, text, span):
    found = size_errors(ctx, text)
    assert any(f and (span in f or f in span) for f in found), check_text(text, ctx)
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "IWM had a timid session, a shuffle at most.",  # fits 0.24 ATR
    "Heavy volume greeted the open, but IWM barely moved.",
    "QQQ had a real surge, a powerful rally.",  # fits QQQ's 1.6 ATR
])
def test_size_words_added_in_stop_19_that_fit(ctx, text):
    assert size_errors(ctx, text) == []
