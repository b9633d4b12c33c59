"""A neutral call without a setup names, for a side with no pending setup, the close through the
edge of the tight range holding the close, even when the close sits so near that edge that the
levels table folds it into the current row: SPY 2026-02-05 (real bars) closed $1.15 over its range
bottom; the take named the range bottom at $676.47 as the level that matters most, while the final
call said a short needed a close below a swing zone under the range ($671.20). The template's final
call and the model's plan name the range bottom. That close is above a rising 200-day average, so the
desk's trend filter keeps the short out: the call names the range bottom as where the range ends and
says the desk stands aside there (above the rising 200-day, whose figure the long-term row quotes),
never 'a short needs a close below' it (editorial9a). Skips when
../shared/realdata is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from market_factories import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402
from editorial_metrics import filtered_sides_offered, offers  # noqa: E402

from pipeline.contracts import Bias, LevelKind  # noqa: E402
from pipeline.indicators.setups import Market, trend_block  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import Brief  # noqa: E402
from pipeline.writers.llm_plan import short_term_clause  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def spy():
    (case,) = real_cases([date(2026, 2, 5)], ["SPY"])
    return case


def test_the_filtered_short_names_the_folded_range_bottom_and_stands_aside(spy) -> None:
    s = spy.snapshot
    assert s.range is not None and s.range.is_tight and s.range.lower < s.close < s.range.upper
    assert [lv for lv in s.levels if lv.label == "range bottom" and lv.kind == LevelKind.CURRENT]
    market = Market.of(s)
    assert market is not None and trend_block("short", market) == "trend_side"
    short_term = spy.article.final_call[0]
    assert short_term.bias == Bias.NEUTRAL
    assert all(p.direction != "short" for p in s.pending_setups)
    bottom = f"${s.range.lower:,.2f}"
    assert bottom in spy.article.take
    clause = short_term.reasoning.split(f"a close below {bottom} would end the range")[1]
    assert "short" in clause and "above the rising 200-day" in clause  # its figure: the long-term row
    assert f"${s.trend.sma_200:,.2f}" in spy.article.final_call[2].reasoning
    assert not offers(short_term.reasoning, "short", market) and not filtered_sides_offered(spy)
    under = [lv for lv in s.levels if lv.price < s.range.lower]
    assert under and not any(f"${p:,.2f}" in short_term.reasoning for lv in under
                             for p in (lv.price, lv.zone_low, lv.zone_high) if p is not None)
    assert not [f for f in spy.findings if f.severity == "error"]


def test_the_model_plan_names_the_same_range_bottom_without_offering_the_short(spy) -> None:
    cfg = settings()
    inst = cfg.instrument("SPY")
    s = spy.snapshot
    brief = Brief(snapshot=s, scores=score_snapshot(s, []), news=[], short_name=inst.display_name,
                  related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                  tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
    plan = short_term_clause(brief)
    assert "a close below {range_lower} would end the range" in plan
    assert "above the rising 200-day" in plan
    market = Market.of(s)
    assert market is not None and not offers(plan, "short", market)
