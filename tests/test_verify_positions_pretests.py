"""The cheap pre-tests of positions.check_positions give what the per-word and per-character tests gave."""

from __future__ import annotations

import pytest

from pipeline.verify import positions

TEXTS = [
    "The close sits near the top of its range at $450.20.",
    "SPY finished closer to the lid than the floor.",
    "Price holds above the 50-day, 4.1% overhead.",
    "Nothing here names a place or a side",
    "x\u00b2 sits below the line",  # a superscript two: str.isdigit, not [0-9]
    "\u0663 sessions beneath the band",  # an Arabic-Indic three
    "midpoint \u2014 centre of the box",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_pretests_match_substring_tests(text: str) -> None:
    lowered = text.lower()
    assert positions._PLACED(lowered) == any(w in lowered for w in positions._PLACE_WORDS)
    assert positions._EDGED(lowered) == any(w in lowered for w in positions._EDGE_WORDS)
    assert positions._SIDED(lowered) == any(w in lowered for w in positions._SIDE_WORDS)


@pytest.mark.parametrize("text", TEXTS)
def test_digit_pretest_is_str_isdigit(text: str) -> None:
    assert positions._holds_digit(text) == any(ch.isdigit() for ch in text)
