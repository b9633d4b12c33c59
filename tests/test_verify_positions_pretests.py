"""The verifier's cheap pre-tests (positions, things, claims) give what the tests they stand before gave."""

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


SUBJECT_TEXTS = [
    "\nThe fee stays at ", "copies are US$", "against a limit of \u20ac ", "\nSeats are $",
    "the repair came to\n", "the audience is ", "a mortgage was quoted at ", "volume ran roughly ",
    "IWM closed at ", "up ", "\nShares of ", "the index, ", "",
]


@pytest.mark.parametrize("before", SUBJECT_TEXTS)
def test_subject_pretest_never_turns_away_a_match(before: str) -> None:
    from pipeline.verify import things
    matched = things._SUBJECT_BEFORE.search(before) or things._NOUN_OF_BEFORE.search(before)
    assert not matched or things._may_end_a_subject(before)


@pytest.mark.parametrize("before", [
    "Week: -", "the month: lower by ", "one month, ", "and for the year, still up ",
    "five days, -1.10%; one month, ", "SPY, up ", "closed at 450.20, a gain of ",
    "x\u017fome: about \u017fome ", "In 2026 so far: ", "a, b\n", "",
])
def test_label_search_from_the_last_stop_finds_the_same_match(before: str) -> None:
    from pipeline.verify import claims
    start = max(0, len(before) - 45)
    found = claims._LABEL_WORDS.search(before, claims._label_words_from(before, start))
    assert found is not None
    assert found.start() == claims._LABEL_WORDS.search(before, start).start()  # type: ignore[union-attr]
