"""The long-term reason says when the 200-day slopes against the side the close is on."""

from pipeline.writers.call_reasons import _slope_against


def test_above_a_falling_200_day_is_said():
    assert _slope_against(-0.8, above=True) == ", though the 200-day itself is still falling"


def test_above_a_barely_falling_200_day_is_flat():
    assert _slope_against(-0.09, above=True) == ", though the 200-day itself is flat, not yet rising"


def test_below_a_rising_200_day_is_said():
    assert _slope_against(0.5, above=False) == ", though the 200-day itself is still rising"


def test_slope_with_the_side_or_unknown_adds_nothing():
    assert _slope_against(0.5, above=True) == ""
    assert _slope_against(-0.5, above=False) == ""
    assert _slope_against(None, above=True) == ""
    assert _slope_against(0.001, above=False) == ""
