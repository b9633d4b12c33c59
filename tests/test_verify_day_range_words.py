"""The ATR told as an average day's range, and multiples of it or of the volume's average in words.

"about three times the fund's average daily range", "twice a normal day's range", "a fifth of one
average true range" are the day's move in ATRs; "its average daily range of $2.83" is the ATR itself
(not the day's low); "about four times the 30.0 million average" is the volume's ratio, and the
average it names is still read.

The snapshot is the evaluation set's IWM on 2026-11-20 (close $244.30, +0.30%, 0.24 ATR of $2.83;
39.6M shares against a 20-day average of 30.0M, 1.3x).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import VerifyContext
from pipeline.verify.number_words import rewrite


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


@pytest.mark.parametrize(("words", "digits"), [
    ("the move was about three times the fund's average daily range of $5.20.",
     "the move was 3 ATR of $5.20."),
    ("the slowdown was about twice an average day's range.", "the slowdown was 2 ATR."),
    ("a dip of roughly a fifth of one average true range ($2.83)", "a dip of 0.2 ATR ($2.83)"),
    ("the gain came to half of QQQ's average daily range", "the gain came to 0.5 ATR"),
    ("Volume was 61.1 million shares, about three times the 42.0 million average.",
     "Volume was 61.1 million shares, 3x the 42.0 million average."),
    ("on 63.7M shares, about triple the 20-day avg", "on 63.7M shares, 3x"),
])
def test_shares_of_an_average_day_read_as_digits(words, digits):
    assert rewrite(words).text == digits


@pytest.mark.parametrize("text", [
    "It was twice a normal day.",  # a normal day alone names the ATR only beside the ATR's words
    "The range was three times wider than usual.",
])
def test_other_multiples_are_left_alone(text):
    assert rewrite(text).text == text


@pytest.mark.parametrize("text", [
    "IWM rose 0.30% to $244.30, roughly a quarter of the fund's average daily range of $2.83.",
    "IWM rose 0.30% to $244.30. The advance was about a fifth of one average true range ($2.83).",
    "IWM added 0.30%, a quarter of a normal day's range ($2.83).",
    "Volume was 39.6 million shares, about one and a quarter times the 30.0 million average.",
])
def test_correct_shares_of_an_average_day_pass(ctx, text):
    assert errors(ctx, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("IWM rose 0.30% to $244.30, about three times the fund's average daily range of $2.83.", "three times"),
    ("IWM rose 0.30% to $244.30. The slowdown in selling was about twice an average day's range.", "twice"),
    ("IWM rose 0.30% to $244.30, roughly a quarter of the fund's average daily range of $3.83.", "$3.83"),
    ("Volume was 39.6 million shares, about four times the 30.0 million average.", "four times"),
    ("Volume was 39.6 million shares, about one and a quarter times the 36.0 million average.",
     "36.0 million"),
])
def test_wrong_shares_of_an_average_day_are_value_mismatches(ctx, text, span):
    found = errors(ctx, text)
    assert any(code == "value-mismatch" and got is not None and span in got for code, got in found), found
