"""More size words held to the day's move: quiet nouns and adjectives ("a nudge", "a sliver", "faint",
"barely-there"), extreme nouns ("a pile-up", "a washout"), two adjectives in a row ("a sleepy,
barely-moving day"), and the move's own figure or owner after the noun ("a faint gain of 1.90%", "a
quiet day for the fund").

The snapshot is the evaluation set's IWM on 2026-11-20 (+0.30%, 0.24 ATR); QQQ rose 1.90% (1.6 ATR).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import VerifyContext


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


@pytest.mark.parametrize(("text", "span"), [
    ("QQQ finished near its high, a faint, barely-there gain of 1.90%.", "faint, barely-there"),
    ("For QQQ it was a sleepy, barely-moving day for the fund.", "sleepy, barely-moving"),
    ("QQQ managed a nudge and nothing more.", "a nudge"),
    ("IWM closed at $244.30. The session was a pile-up.", "a pile-up"),
    ("IWM ended at $244.30, a washout.", "a washout"),
])
def test_size_words_that_do_not_fit_the_move_are_flagged(ctx, text, span):
    found = errors(ctx, text)
    assert any(code == "magnitude-mismatch" and got is not None and span in got for code, got in found), found


@pytest.mark.parametrize("text", [
    "IWM gained a sliver, 0.30%, to $244.30.",
    "Call it a fender-bender for IWM, not a pile-up.",
    "QQQ posted a big gain of 1.90%.",
    "IWM notched a faint gain of 0.30%.",
    "IWM had a quiet, subdued day for the fund.",
    "QQQ's climb was no nudge.",
])
def test_size_words_that_fit_or_are_denied_pass(ctx, text):
    assert [f for f in errors(ctx, text) if f[0] == "magnitude-mismatch"] == []


@pytest.mark.parametrize("text", [
    "Desks spent the weekend bracing for (a washout, a stampede for the exits) and IWM simply rose 0.30%.",
    "What traders feared most on Friday was a washout; IWM rose 0.30% instead.",
    "A crash never came: IWM closed up 0.30% at $244.30.",
    "The washout everyone positioned for did not materialize, and IWM rose 0.30%.",
    "If IWM puts in a big day, the covered calls get tested.",
    "IWM looked ready for a big day and then spent it near $244.30.",
    "There was no sign of a meltdown in the tape, with IWM up 0.30%.",
    "Nobody on the desk got the big day they had circled for IWM.",
    "QQQ could yet give us a quiet session, but not today.",
])
def test_size_words_expected_supposed_or_denied_are_not_the_day(ctx, text):
    assert [f for f in errors(ctx, text) if f[0] == "magnitude-mismatch"] == []


@pytest.mark.parametrize(("text", "span"), [
    ("After a weekend of bracing for a selloff, QQQ delivered a faint gain of 1.90%.", "faint"),
    ("Nobody expected much, and IWM posted a washout.", "a washout"),
    ("No doubt about it: IWM had a big day.", "a big day"),
    ("IWM not only rose, it had a big day.", "a big day"),
])
def test_a_frame_that_does_not_reach_the_size_word_leaves_it_checked(ctx, text, span):
    found = errors(ctx, text)
    assert any(code == "magnitude-mismatch" and got is not None and span in got for code, got in found), found
