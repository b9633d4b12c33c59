"""A view inside a tight range stands on the range's edge, even when the close sits so near that
edge that the levels table folds it into the current row: QQQ 2026-08-21 (real bars) closed $2.51
over its range bottom; the take said the range decides it, then put the bullish view's wrong-way
close at a swing low under the range. The template's take and the model's plan name the range
bottom. Skips when ../shared/realdata is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from market_factories import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402

from pipeline.angles import rank_angles  # noqa: E402
from pipeline.contracts import Bias, LevelKind  # noqa: E402
from pipeline.facts import build_fact_sheet  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import Brief  # noqa: E402
from pipeline.writers.llm_plan import view_line  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def qqq():
    (case,) = real_cases([date(2026, 8, 21)], ["QQQ"])
    return case


def test_the_range_bottom_folded_into_the_current_row_is_still_the_line(qqq) -> None:
    s = qqq.snapshot
    assert s.range is not None and s.range.is_tight and s.range.lower < s.close < s.range.upper
    assert not [lv for lv in s.levels if lv.label == "range bottom" and lv.kind != LevelKind.CURRENT]
    assert qqq.article.final_call[0].bias == Bias.BULLISH
    bottom = f"${s.range.lower:,.2f}"
    take = qqq.article.take
    stance = take.split("steps, not the story. ")[1].split(". ")[0]
    assert bottom in stance, take
    under = [lv for lv in s.levels if lv.price < s.range.lower]
    assert under and not any(f"${lv.price:,.2f}" in stance for lv in under), take
    assert not [f for f in qqq.findings if f.severity == "error"]


def test_the_model_plan_names_the_same_range_bottom(qqq) -> None:
    cfg = settings()
    inst = cfg.instrument("QQQ")
    s = qqq.snapshot
    scores = score_snapshot(s, [])
    brief = Brief(snapshot=s, scores=scores, news=[], short_name=inst.display_name,
                  related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                  tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
    line = view_line(brief, build_fact_sheet(s, scores), rank_angles(s))
    assert line is not None and line.startswith("bullish") and "{range_lower}, the range bottom" in line


def test_a_next_level_at_a_range_edge_is_quoted_as_the_table_quotes_it() -> None:
    """A range edge reached as the scenarios' next level is named by its whole zone and as the range
    edge ('$450.16–$451.39 (the range bottom)'), not by its near edge under the name 'next support',
    a third figure for one level (DIA and IWM 2026-03-31, real bars)."""
    cases = real_cases([date(2026, 3, 31)], ["IWM", "DIA"])
    named = 0
    for case in cases:
        edges = [lv for lv in case.snapshot.levels if lv.source == "range" and lv.zone_low is not None
                 and lv.kind != LevelKind.CURRENT]
        for bullet in (*case.article.bull_case, *case.article.bear_case):
            if "next" not in bullet:
                continue
            for lv in edges:
                zone = f"${lv.zone_low:,.2f}–${lv.zone_high:,.2f}"
                near = f"${lv.zone_low:,.2f}" if lv.price > case.snapshot.close else f"${lv.zone_high:,.2f}"
                if near in bullet:
                    assert f"{zone} (the {lv.label})" in bullet, bullet
                    named += 1
        assert not [f for f in case.findings if f.severity == "error"]
    assert named == 2
