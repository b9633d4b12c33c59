"""The final call and the take tell one story when the desk's trend filter keeps a side out
(editorial10a): a bullish call whose long the filter blocks says it is a lean without a trade (not
'we side with the buyers' beside 'the long side stands aside'), the filter's slope reason is given
once (the short-term row, not again in the long-term row), and a neutral call with both sides
filtered says what each side waits for in a trader's words."""

from __future__ import annotations

import re
from typing import Any

from market_factories import settings, snapshot_for

from pipeline.angles import rank_angles
from pipeline.contracts import Bias, KeyLevel, LevelKind, Severity, TradeSetup
from pipeline.facts import build_fact_sheet
from pipeline.indicators.setups import Market, trend_block
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.llm_plan import view_line
from pipeline.writers.setup_text import _both_filtered_why, bias_side_filtered

CLOSE = 500.0


def level(price: float, label: str) -> KeyLevel:
    kind = LevelKind.RESISTANCE if price > CLOSE else LevelKind.SUPPORT
    return KeyLevel(kind=kind, price=price, label=label, source="swing",
                    distance_pct=(price / CLOSE - 1) * 100)


def brief_with(bias: Bias, *, sma_200: float, slope: float, **update: Any) -> Brief:
    cfg = settings()
    base = snapshot_for("DIA", cfg=cfg)
    trend = base.trend.model_copy(update={"sma_50": 495.0, "pct_vs_sma_50": (CLOSE / 495 - 1) * 100,
                                          "sma_200": sma_200, "pct_vs_sma_200": (CLOSE / sma_200 - 1) * 100,
                                          "sma_200_slope_pct": slope})
    tape = base.tape.model_copy(update={"range_break": None, "prior_range": None}) if base.tape else None
    fields = {"close": CLOSE, "levels": [level(510, "swing high"), level(490, "swing low")],
              "range": None, "setups": [], "pending_setups": [], "trend": trend, "tape": tape, **update}
    snapshot = base.model_copy(update=fields)
    from pipeline.scoring import score_snapshot

    scores = score_snapshot(snapshot).model_copy(update={"bias": bias})
    inst = cfg.instrument("DIA")
    return Brief(snapshot=snapshot, scores=scores, short_name=inst.display_name, desk="Desk",
                 byline="Writer", ai_label="AI label",
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments})


def errors(brief: Brief) -> list[str]:
    article = TemplateWriter().write(brief)
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    return [f.message for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
            if f.severity == Severity.ERROR and f.code not in ("data-quality", "bias-mismatch")]


def test_a_bullish_call_the_filter_keeps_from_a_long_is_a_lean_without_a_trade() -> None:
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=-0.6)  # above a falling 200-day
    market = Market.of(brief.snapshot)
    assert market is not None and trend_block("long", market) == "trend_slope"
    assert bias_side_filtered(brief)
    article = TemplateWriter().write(brief)
    short, _, long = article.final_call
    # edzones4: the row names the trade the lean waits for, and the 200-day's turn it needs first
    assert ("falling" in short.reasoning or "turn up" in short.reasoning) and "long" in short.reasoning, \
        short.reasoning
    assert "200-day itself" not in long.reasoning, long.reasoning  # the reason is given once
    assert "no long" in article.take or "without a long" in article.take, article.take
    assert "side with the buyers" not in article.take and "We lean bullish;" not in article.take
    assert "$490.00" in article.take  # still the close that would prove the lean wrong
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    plan = view_line(brief, sheet, rank_angles(brief.snapshot))
    assert plan is not None and "no long to take yet" in plan, plan
    assert errors(brief) == []


def test_a_bullish_call_with_the_trend_keeps_its_plain_stance_and_slope_clause() -> None:
    brief = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6)  # above a rising 200-day
    assert not bias_side_filtered(brief)
    article = TemplateWriter().write(brief)
    assert "without a long" not in article.take and "no long" not in article.take, article.take
    below = brief_with(Bias.BEARISH, sma_200=540.0, slope=0.6)  # below a rising 200-day: unsaid above
    long = TemplateWriter().write(below).final_call[2].reasoning
    short = TemplateWriter().write(below).final_call[0].reasoning
    assert ("200-day itself is still rising" in long) != ("rising" in short), (short, long)


def test_a_neutral_call_with_both_sides_filtered_says_what_each_side_waits_for() -> None:
    assert _both_filtered_why("trend_slope", "trend_side") == \
        "no long until the 200-day turns up, no short above it"
    assert _both_filtered_why("trend_side", "trend_slope") == \
        "no short until the 200-day turns down, no long below it"
    brief = brief_with(Bias.NEUTRAL, sma_200=480.0, slope=-0.05)  # above a flat 200-day
    short, _, long = TemplateWriter().write(brief).final_call
    assert "no long until the 200-day turns up, no short above it" in short.reasoning, short.reasoning
    assert "$510.00" in short.reasoning and "$490.00" in short.reasoning
    assert "flat, not yet rising" not in long.reasoning, long.reasoning
    assert errors(brief) == []


def fade(brief: Brief, target: float) -> TradeSetup:
    atr = brief.snapshot.volatility.atr_14 or 1.0
    return TradeSetup(direction="long", style="fade", trigger="a dip to the range bottom that holds",
                      entry=490.0, stop=490.0 - atr, target=target,
                      reward_risk=round((target - 490) / atr, 1),
                      target_basis="next_level", target_label="swing high", risk_atr=1.0)


def test_a_fade_aiming_just_past_the_close_says_it_pays_on_a_round_trip() -> None:
    """Real QQQ 2026-11-20: a fade at the range bottom whose target sat 0.07 ATR above the close;
    the take says the trade comes back to about today's close, not 'with $626.99 the objective'."""
    base = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6)
    atr = base.snapshot.volatility.atr_14
    assert atr is not None
    near = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6, setups=[fade(base, CLOSE + 0.2 * atr)])
    far = brief_with(Bias.BULLISH, sma_200=460.0, slope=0.6, setups=[fade(base, CLOSE + 2 * atr)])
    near_take, far_take = TemplateWriter().write(near).take, TemplateWriter().write(far).take
    assert re.search(r"today's close|session closed|price ended", near_take), near_take
    assert not re.search(r"today's close|session closed|price ended", far_take), far_take
