"""The long-term row reads the 200-day's slope (editorial12b): price and the cross agreeing over a
200-day that slopes the other way is a recovering (sliding) long trend, not a confirmed one, so the
row does not say 'Long trend up' beside a short-term row that stands aside on that slope."""

from __future__ import annotations

from test_call_story import brief_with, errors

from pipeline.contracts import Bias, CrossKind, CrossState
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.call_reasons import unconfirmed_slope


def with_cross(brief: Brief, kind: CrossKind) -> Brief:
    trend = brief.snapshot.trend.model_copy(update={"cross": CrossState(state=kind)})
    return brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"trend": trend})})


def test_the_slope_against_the_close_is_read_as_unconfirmed() -> None:
    assert unconfirmed_slope(-0.6, above=True) == "falling"
    assert unconfirmed_slope(-0.09, above=True) == "flat"
    assert unconfirmed_slope(0.6, above=False) == "rising"
    assert unconfirmed_slope(0.6, above=True) is None
    assert unconfirmed_slope(-0.6, above=False) is None
    assert unconfirmed_slope(0.001, above=True) is None and unconfirmed_slope(None, above=True) is None


def test_above_a_falling_200_day_in_the_golden_cross_is_a_recovery_not_a_confirmed_trend() -> None:
    brief = with_cross(brief_with(Bias.BULLISH, sma_200=460.0, slope=-0.6), CrossKind.GOLDEN)
    short, _, long = TemplateWriter().write(brief).final_call
    # edzones4: the row may name the trade the lean waits for and the 200-day's turn it needs first
    assert "falling" in short.reasoning or "turn up" in short.reasoning, short.reasoning
    assert "falling" in long.reasoning and "confirmed" in long.reasoning, long.reasoning
    assert "Long trend up" not in long.reasoning
    assert errors(brief) == []


def test_above_a_rising_200_day_keeps_the_plain_reason() -> None:
    brief = with_cross(brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6), CrossKind.GOLDEN)
    long = TemplateWriter().write(brief).final_call[2].reasoning
    assert "confirmed" not in long and "recover" not in long, long
