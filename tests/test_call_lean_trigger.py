"""A lean without a trade says what would make one (editorial12b): a bullish (bearish) call with no
long (short) shown and no pending one ends its take on what the trend filter waits for (the
200-day, by its figure) or, when no level on the chart would create the trade, on why the lean is
not one; and a final call names an average's figure by the average wherever it quotes it."""

from __future__ import annotations

from test_call_story import CLOSE, brief_with, errors

from pipeline.contracts import Bias, KeyLevel, LevelKind
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.setup_text import average_at, lean_sentence, zone_edge


def test_a_long_the_falling_200_day_keeps_out_waits_for_that_average_by_its_figure() -> None:
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=-0.6)
    take = TemplateWriter().write(brief).take
    assert "$460.00" in take and ("turn up" in take or "turns up" in take or "upturn" in take), take
    assert "no long" in take or "without a long" in take, take
    assert errors(brief) == []


def test_a_short_above_a_rising_200_day_needs_both_a_close_under_it_and_its_turn() -> None:
    brief = brief_with(Bias.BEARISH, sma_200=460.0, slope=0.6)
    take = TemplateWriter().write(brief).take
    assert "$460.00" in take and "below the 200-day" in take, take
    assert "down" in take.split("$460.00")[1], take
    assert errors(brief) == []


def level(price: float, label: str, kind: LevelKind) -> KeyLevel:
    return KeyLevel(kind=kind, price=price, label=label, source="swing",
                    distance_pct=(price / CLOSE - 1) * 100)


def crowded(atr: float) -> Brief:
    """Two resistances too close together for a breakout, the first support beyond any reach."""
    levels = [level(CLOSE + 1.2 * atr, "swing high", LevelKind.RESISTANCE),
              level(CLOSE + 0.6 * atr, "swing high", LevelKind.RESISTANCE),
              level(CLOSE - 7 * atr, "swing low", LevelKind.SUPPORT)]
    return brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6, levels=levels)


def test_a_lean_no_level_would_make_a_trade_says_it_is_not_one_and_why() -> None:
    atr = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6).snapshot.volatility.atr_14
    assert atr is not None
    brief = crowded(atr)
    sentence = lean_sentence(brief, "long")
    assert "too close together" in sentence, sentence
    article = TemplateWriter().write(brief)
    assert not article.setups and sentence.split(": ")[-1] in article.take, article.take
    assert errors(brief) == []


def test_an_average_goes_by_its_name_in_the_final_call() -> None:
    average = KeyLevel(kind=LevelKind.MOVING_AVERAGE, price=495.0, label="50-day MA", source="sma_50",
                       distance_pct=-1.0)
    assert zone_edge(average, long=False) == " (the 50-day average)"
    assert zone_edge(level(490.0, "swing low", LevelKind.SUPPORT), long=False) == ""
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6)
    assert average_at(brief, 495.0) == " (the 50-day average)" and average_at(brief, 460.0) == \
        " (the 200-day average)" and average_at(brief, 470.0) == ""
