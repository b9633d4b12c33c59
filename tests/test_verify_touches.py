"""A count of tests beside a level's price, checked against that level's touches
(pipeline/verify/touches.py). IWM 2026-11-20 closed at $244.30; its range top $249.26 (zone $249.17 to
$250.00) has 3 touches, the swing low $242.80 has 1, the range bottom $241.00 none counted."""

from __future__ import annotations

from verify_text_helpers import errors, iwm_context

CTX = iwm_context()


def test_the_right_count_is_clean_in_words_digits_and_ordinals() -> None:
    assert errors(CTX, "Sellers have pushed IWM back from $249.26 three times since October.") == []
    assert errors(CTX, "The $249.26 ceiling now has 3 touches.") == []
    assert errors(CTX, "Friday could bring a fourth test of $249.26.") == []  # conditional: not read
    assert errors(CTX, "A push to $249.26 would be the sixth test of that ceiling.") == []
    assert errors(CTX, "The swing low at $242.80 has held once.") == []


def test_a_wrong_count_of_tests_is_flagged_on_its_words() -> None:
    assert ("value-mismatch", "six") in errors(CTX, "The range top at $249.26 has been tested six times.")
    assert ("value-mismatch", "twice") in errors(CTX, "The swing low at $242.80 has held twice.")
    assert ("value-mismatch", "8") in errors(CTX, "Resistance at $249.26 shows 8 touches.")
    assert ("value-mismatch", "seventh") in errors(
        CTX, "The fund turned back at $249.26 for the seventh time.")


def test_a_count_that_is_no_level_test_is_not_read() -> None:
    assert errors(CTX, "Volume ran 39.6 million shares, 1.3 times its average.") == []
    assert errors(CTX, "IWM closed at $244.30, up for the third time in four sessions.") == []
    assert errors(CTX, "The range bottom at $241.00 has been tested four times.") == []  # no touches kept


def test_another_instruments_level_is_not_read() -> None:
    assert errors(CTX, "IWM closed at $244.30; QQQ has tested $249.26 nine times.") == []
