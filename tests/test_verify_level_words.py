"""Levels named in words against the close (issue 14, holdout 11's "level" kind): an average called a
level in a clause hung on it, a price the writer names as a level ("we mark $X as support", "$X
(resistance)", "$X is the nearest ceiling"), a level listed with "and" after a singular name.

IWM on 2026-11-20 closed at $244.30; its 50-day average is $245.77 (above), its 200-day $230.77 (below).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

CTX = iwm_context()


def _wrong_side(text: str) -> list[str | None]:
    return [span for code, span in errors(CTX, text) if code == "level-wrong-side"]


@pytest.mark.parametrize(("text", "span"), [
    ("IWM ended at $244.30. Its 50-day average, $245.77, hangs just over the price, so it now serves as "
     "support.", "support"),
    ("The fund sits 0.59% under its 50-day average of $245.77, which currently acts as a floor.", "floor"),
    ("The 200-day, which still works as resistance, is far below at $230.77.", "resistance"),
])
def test_an_average_called_a_level_on_the_wrong_side(text: str, span: str) -> None:
    assert _wrong_side(text) == [span]


@pytest.mark.parametrize("text", [
    "IWM ended at $244.30. Its 50-day average, $245.77, hangs just over the price, so it now serves as "
    "resistance.",
    "The fund sits 0.59% under its 50-day average of $245.77, which currently acts as a ceiling.",
    "The 200-day, which still works as support, is far below at $230.77.",
    "If the 50-day ever turns into support, the picture changes.",
])
def test_an_average_called_a_level_on_its_side(text: str) -> None:
    assert _wrong_side(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("On our sheet we mark $246.80 as support for the week.", "$246.80"),
    ("Watching: $245.10 below as support, $249.26 overhead as resistance.", "$245.10"),
    ("Watching: $241.00 below as support, $243.90 overhead as resistance.", "$243.90"),
    ("A weekly close above $243.20 (resistance) would open the range top.", "$243.20"),
    ("$243.60 is the nearest ceiling.", "$243.60"),
    ("Desk levels: resistance $249.26 and $243.75.", "$243.75"),
    ("The first support I watch is $246.40, then $241.00.", "$246.40"),
    ("Support underneath is the round level 250.", "250"),
])
def test_a_price_named_a_level_on_the_wrong_side(text: str, span: str) -> None:
    assert _wrong_side(text) == [span]


@pytest.mark.parametrize("text", [
    "On our sheet we mark $242.80 as support for the week.",
    "Watching: $241.00 below as support, $249.26 overhead as resistance.",
    "A weekly close above $249.26 (resistance) would open new highs.",
    "$249.26 is the nearest ceiling.",
    "Desk levels: resistance $249.26 and $252.53.",
    "The first support I watch is $242.80, then $241.00.",
    "The support zone runs between $241.00 and $246.00.",
    "Resistance at $249.26 and $241.00 is support.",
])
def test_a_price_named_a_level_on_its_side(text: str) -> None:
    assert _wrong_side(text) == []


# --- the close's position in words (pipeline/verify/positions.py) ----------------------------------
# IWM's 25-session range is $241.00-$249.26 (the close 40% of the way up); the day's $243.65-$244.45
# (81% up); the Bollinger bands $239.63 and $250.15; the ATR $2.83.

def _positions(text: str) -> list[str | None]:
    return [span for code, span in errors(CTX, text) if code == "direction-mismatch"]


@pytest.mark.parametrize(("text", "span"), [
    ("For 25 sessions IWM has held between $241.00 and $249.26, and it now sits nearer the ceiling than "
     "the floor.", "nearer the ceiling than the floor"),
    ("The box still holds; the fund trades in the upper half of the range.",
     "in the upper half of the range"),
    ("Today's low and high were $243.65 and $244.45. IWM finished close to the bottom.",
     "close to the bottom"),
    ("IWM closed above the lid of its 25-session box.", "closed above the lid"),  # the stating verb too
    ("The fund ended the week a hair above the lower Bollinger band.",
     "a hair above the lower Bollinger band"),
    ("The fund ended just under the upper Bollinger band.", "just under the upper Bollinger band"),
    ("The fund ended well below the upper Bollinger band and above the lower one, so no squeeze yet.", None),
    ("The closest round figure below is $245.", "$245"),
    ("Handle to watch overhead: $242.", "$242"),
])
def test_a_position_word_against_the_data(text: str, span: str | None) -> None:
    assert _positions(text) == ([span] if span else [])


@pytest.mark.parametrize("text", [
    "For 25 sessions IWM has held between $241.00 and $249.26, and it now sits nearer the floor than the "
    "ceiling.",
    "The box still holds; the fund trades in the lower half of the range.",
    "Today's low and high were $243.65 and $244.45. IWM finished close to the top.",
    "IWM closed below the lid of its 25-session box and above its floor.",
    "A close above the lid would open the way to the record.",
    "IWM is not near the top of its range.",
    "Its RSI sits near the top of its range.",
    "The fund's last close at the top of that box, $249.26, came a week ago.",
    "The closest round figure below is $240.",
    "IWM sits $4.95 below the top of the range.",
])
def test_a_position_word_that_fits_or_claims_nothing(text: str) -> None:
    assert _positions(text) == []
