"""The close's side of a moving average named through a pronoun (pipeline/verify/pronoun_sides.py) or
told from the average's side (verify/words.py). IWM 2026-11-20 closed at $244.30, under its 50-day
($245.77) and over its 200-day ($230.77)."""

from __future__ import annotations

from verify_text_helpers import errors, iwm_context

CTX = iwm_context()


def _pattern(text: str) -> list[str]:
    return [span for code, span in errors(CTX, text) if code == "pattern-mismatch"]


def test_the_side_of_it_is_the_side_of_the_average_named_before() -> None:
    assert _pattern("The 50-day sits at $245.77, and the fund closed below it.") == []
    assert _pattern("The 50-day sits at $245.77, and the fund closed above it.") == ["above it"]
    assert _pattern("The 200-day average is $230.77; the price finished over that one.") == []
    assert _pattern("The 200-day average is $230.77; the price finished beneath that one.") == [
        "beneath that one"]


def test_the_first_and_the_second_name_the_averages_in_order() -> None:
    text = ("With the 50-day at $245.77 and the 200-day at $230.77, IWM is below the first and above the "
            "second.")
    assert _pattern(text) == []
    assert _pattern(text.replace("below the first", "above the first")) == ["above the first"]


def test_another_antecedent_or_subject_is_not_read() -> None:
    assert _pattern("The 50-day is $245.77 and the record close is $257.77; the fund is 5% below it.") == []
    assert _pattern("The 200-day is $230.77 and the 50-day sits above it.") == []  # average on average
    assert _pattern("The 50-day is $245.77, and QQQ closed above it.") == []  # another instrument


def test_the_average_told_from_its_own_side_of_the_price() -> None:
    assert _pattern("The 50-day, at $245.77, sits above the price.") == []
    assert _pattern("The 200-day sits above the price.") == ["200-day sits above the price"]


def test_a_supposed_side_is_not_read() -> None:
    assert _pattern("The 50-day average at $245.77 is close; a close above it would end the slide.") == []
    assert _pattern("The 200-day is $230.77; if the fund slips under it, sellers take over.") == []
