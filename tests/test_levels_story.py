"""Levels, setups and the take tell one story (edzones4):

- the zone the close sits right under is the first hurdle, unless a moving average lies in front of it;
- a lean only the 200-day's slope keeps from a trade names the trade it waits for, in the final call
  and the take, with the average's turn;
- prose says a day's change in words ('up 0.60%', 'a gain of 0.60%'), and the averages sentence
  carries the 200-day in each frame's own shape, never glued on after a side word."""

from __future__ import annotations

import re
from datetime import timedelta

from test_call_story import CLOSE, brief_with, errors, level

from pipeline.contracts import Bias, KeyLevel, LevelKind
from pipeline.facts import build_fact_sheet
from pipeline.indicators.setups import Market, filtered_setup, trend_block
from pipeline.level_notes import close_sits_by
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.paragraphs import _averages_sentence, change_words, day_change_words
from pipeline.writers.setup_text import slope_held_trade


def current(low: float, high: float, label: str = "swing high") -> KeyLevel:
    """A Current row: a zone closer to the close than a quarter ATR."""
    mid = (low + high) / 2
    return KeyLevel(kind=LevelKind.CURRENT, price=mid, zone_low=low, zone_high=high, label=label,
                    source="swing", touches=2, distance_pct=(mid / CLOSE - 1) * 100)


def test_the_zone_just_over_the_close_is_the_first_hurdle_in_dek_and_bull_case() -> None:
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6,
                       levels=[level(520, "swing high"), current(500.5, 501.0), level(485, "swing low")])
    first = close_sits_by(brief.snapshot, above=True)
    assert first is not None and first.label == "swing high", first
    assert close_sits_by(brief.snapshot, above=False) is None
    article = TemplateWriter().write(brief)
    assert "$500.50–$501.00" in article.bull_case[0], article.bull_case
    trigger = next(b for b in article.bull_case if "$520.00" in b)
    assert "nearest" not in trigger and "swing high at $520.00" in trigger, trigger  # the zone came first
    assert errors(brief) == []


def test_an_average_in_front_of_the_zone_takes_its_place() -> None:
    trend = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6).snapshot.trend
    moved = trend.model_copy(update={"sma_50": 500.3, "pct_vs_sma_50": (CLOSE / 500.3 - 1) * 100})
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6, trend=moved,
                       levels=[level(520, "swing high"), current(500.5, 501.0), level(485, "swing low")])
    assert close_sits_by(brief.snapshot, above=True) is None


def slope_held(bias: Bias) -> Brief:
    """A lean whose side only the 200-day's slope keeps out, with levels a breakout would trade."""
    long = bias == Bias.BULLISH
    levels = [level(506, "swing high"), level(530, "swing high"), level(494, "swing low"),
              level(470, "swing low")]
    brief = brief_with(bias, sma_200=460.0 if long else 540.0, slope=-0.6 if long else 0.6, levels=levels)
    if long:
        return brief
    # the 50-day ($495) under a 200-day at $540: no golden cross
    trend = brief.snapshot.trend.model_copy(update={"cross": None})
    return brief_with(bias, sma_200=540.0, slope=0.6, levels=levels, trend=trend)


def test_a_lean_the_slope_holds_back_names_the_trade_it_waits_for() -> None:
    for bias, side, turn in ((Bias.BULLISH, "long", "turn up"), (Bias.BEARISH, "short", "turn down")):
        brief = slope_held(bias)
        market = Market.of(brief.snapshot)
        assert market is not None and trend_block(side, market) == "trend_slope"
        trade = slope_held_trade(brief, side)
        assert trade is not None and trade == filtered_setup(side, market)
        article = TemplateWriter().write(brief)
        call = article.final_call[0].reasoning
        assert trade.trigger in call and ("turn" in call or "falling" in call or "rising" in call), call
        take = article.take
        assert "200-day" in take and (turn in take or "turns" in take), take
        assert trade.trigger.split(" the ")[0] in take or f"${trade.entry:,.2f}" in take, take
        assert errors(brief) == [], errors(brief)


def test_a_side_the_filter_lets_in_has_no_held_trade() -> None:
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6)
    market = Market.of(brief.snapshot)
    assert market is not None and filtered_setup("long", market) is None
    assert slope_held_trade(brief, "long") is None


def test_a_day_change_reads_in_words_not_a_sign() -> None:
    assert change_words(0.6) == "up {change_1d_pct:abs}"
    assert change_words(-2.58, "spy_change_1d_pct") == "down {spy_change_1d_pct:abs}"
    assert change_words(0.03) == "up {change_1d_pct:abs}"  # a flat day by its figure's side
    assert change_words(0.001) == "unchanged"
    assert day_change_words(0.6)[1] == "a gain of {change_1d_pct:abs}"
    assert day_change_words(-0.6)[1] == "a loss of {change_1d_pct:abs}"


_GLUED = re.compile(r"\b(?:above|below), and [\d.]+% (?:above|below) the 200-day")


def test_the_averages_sentence_never_glues_the_200_day_after_a_side_word() -> None:
    base = brief_with(Bias.NEUTRAL, sma_200=470.0, slope=0.3)
    seen = set()
    for days in range(0, 12):
        session = base.snapshot.session + timedelta(days=days)
        if session.weekday() >= 5:
            continue
        brief = base.model_copy(update={"snapshot": base.snapshot.model_copy(update={"session": session})})
        sheet = build_fact_sheet(brief.snapshot, brief.scores)
        sentence = sheet.fill(_averages_sentence(brief, sheet))
        seen.add(sentence.split(" ")[0])
        assert "$495.00" in sentence and "$470.00" in sentence, sentence
        assert not _GLUED.search(sentence), sentence
        assert sentence.count("200-day") == 1, sentence
    assert len(seen) >= 3, seen  # the rotation reaches several frames
