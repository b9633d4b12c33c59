"""A neutral call without a setup names, for a side with no pending setup, the close through the
edge of the tight range holding the close, even when the close sits so near that edge that the
levels table folds it into the current row: SPY 2026-02-05 (real bars) closed $1.15 over its range
bottom; the take named the range bottom at $676.47 as the level that matters most, while the final
call said a short needed a close below a swing zone under the range ($671.20). The template's final
call and the model's plan name the range bottom. Skips when ../shared/realdata is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from market_factories import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402

from pipeline.contracts import Bias, LevelKind  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import Brief  # noqa: E402
from pipeline.writers.llm_plan import short_term_clause  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def spy():
    (case,) = real_cases([date(2026, 2, 5)], ["SPY"])
    return case


def test_the_short_side_needs_the_folded_range_bottom(spy) -> None:
    s = spy.snapshot
    assert s.range is not None and s.range.is_tight and s.range.lower < s.close < s.range.upper
    assert [lv for lv in s.levels if lv.label == "range bottom" and lv.kind == LevelKind.CURRENT]
    short_term = spy.article.final_call[0]
    assert short_term.bias == Bias.NEUTRAL
    assert all(p.direction != "short" for p in s.pending_setups)
    bottom = f"${s.range.lower:,.2f}"
    assert bottom in spy.article.take
    clause = short_term.reasoning.split("a short needs a close below ")[1]
    assert clause.startswith(f"{bottom} (the range bottom)"), short_term.reasoning
    under = [lv for lv in s.levels if lv.price < s.range.lower]
    assert under and not any(f"${p:,.2f}" in clause for lv in under
                             for p in (lv.price, lv.zone_low, lv.zone_high) if p is not None)
    assert not [f for f in spy.findings if f.severity == "error"]


def test_the_model_plan_names_the_same_range_bottom(spy) -> None:
    cfg = settings()
    inst = cfg.instrument("SPY")
    s = spy.snapshot
    brief = Brief(snapshot=s, scores=score_snapshot(s, []), news=[], short_name=inst.display_name,
                  related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                  tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
    assert "a short needs a close below {range_lower} (the range bottom) first" in short_term_clause(brief)
