"""Numbers spoken the way a desk reads them aloud: a change in points in two pairs ("slipped nineteen
thirty points" is 19.30), a level in hundreds ("support at sixty-eight fifty" is 6,850), amounts in
millions ("seven and a half million shares"), and the present tense of a headline or a verse naming the
day's change ("slips 19.30 points").

The snapshot is the evaluation set's IWM on 2026-11-20 (close $244.30, up $0.73 or 0.30%, 39.6 million
shares).
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
    ("the index gave up nineteen thirty points", "the index gave up 19.30 points"),
    ("up two oh-five points", "up 2.05 points"),
    ("down twelve fifteen points", "down 12.15 points"),
    ("support at sixty-eight fifty, then", "support at 6850, then"),
    ("held near six eighty-five.", "held near 685."),
    ("on seven and a half million shares", "on 7.5 million shares"),
    ("some eighty-six million shares", "some 86 million shares"),
    ("half a million shares", "0.5 million shares"),
    ("on one point two million shares", "on 1.2 million shares"),
])
def test_spoken_numbers_read_as_digits(words, digits):
    assert rewrite(words).text == digits


@pytest.mark.parametrize("text", [
    "In nineteen eighty-seven the index fell by a fifth in a day.",
    "The fund has grown from twenty nineteen onward.",
    "Two four six five seven nine, said the clerk.",
    "The twenty-four hours after the print were calm.",
])
def test_years_and_digit_strings_are_left_alone(text):
    assert rewrite(text).text == text


def test_a_spoken_volume_is_held_to_the_data(ctx):
    assert ("value-mismatch", "seven and a half million") in errors(
        ctx, "IWM traded seven and a half million shares on Friday.")
    assert errors(ctx, "IWM traded about forty million shares on Friday.") == []


def test_the_present_tense_names_the_days_change(ctx):
    assert errors(ctx, "IWM adds $0.73 to $244.30.") == []
    found = errors(ctx, "IWM adds $1.73 to $244.30.")
    assert any(code == "value-mismatch" and span == "$1.73" for code, span in found), found


@pytest.mark.parametrize("text", [
    "We take no side until a close clears $245.00 or loses $241.00.",
    "Nothing is live until the fund loses $241.00 on a closing basis.",
])
def test_a_level_lost_is_not_the_days_change(ctx, text):
    """'loses $241.00' in a trader's condition is a level given up, not the day's loss (the take of
    the real-data QQQ 2026-02-06 article: 'until a close clears it or loses $600.00-$602.87')."""
    assert not any(span == "$241.00" for _code, span in errors(ctx, text))
