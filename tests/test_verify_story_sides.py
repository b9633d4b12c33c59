"""story-call-side reads a close and the setup it would set up within one alternative only: the
model's neutral clause "a long needs a close above X first, or a bounce to X that holds would set up
a short" names two sides, and the close belongs to the long (found by the engine's resume test, whose
synthetic instrument drew a false story-call-side and a repair round)."""

from pipeline.verify.story import call_sides


def _codes(text: str) -> list[str]:
    return [f.code for f in call_sides(text, "final_call")]


def test_a_close_in_one_alternative_does_not_set_up_the_other_sides_trade():
    text = ("no setup either way: a long needs a close above $101.23 first, or a bounce to $101.23 "
            "that holds would set up a short")
    assert _codes(text) == []


def test_a_swapped_side_is_still_caught_with_or_without_an_alternative_before_it():
    assert _codes("A close below $99.10 would set up a breakout long.") == ["story-call-side"]
    assert _codes("a long needs a close above $101.23 first, or a close above $99.10 would set up a "
                  "short") == ["story-call-side"]
    assert _codes("a short needs a close above $99.10 first") == ["story-call-side"]
