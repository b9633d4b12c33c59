"""The take and the model's plan tell the setups' story: the view is not wrong before the trade it
offers starts, and a take opening on a range edge names the level a break meets right past it.

Real DIA 2026-04-09 (bars from ../shared/realdata): after a break of the past month's closes the
take stood the bullish view on the broken edge ($479.16) over a long that buys the old swing high at
$470.38; the view is now wrong at the long's stop. Demo DIA 2026-11-20: the $475.35-$476.71 swing
zone sits right over the $474.50 range top the take opens on; the bull case named it, the take did
not. The real-data test skips when ../shared/realdata is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from market_factories import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, demo_cases, real_cases, realdata_present  # noqa: E402
from editorial_trade import take_wrong_past_entry  # noqa: E402

from pipeline.angles import rank_angles  # noqa: E402
from pipeline.facts import build_fact_sheet  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import Brief  # noqa: E402
from pipeline.writers.llm_plan import take_level, view_line  # noqa: E402


def _brief(case: Case) -> Brief:
    cfg = settings()
    inst = cfg.instrument(case.snapshot.symbol)
    return Brief(snapshot=case.snapshot, scores=score_snapshot(case.snapshot, []), news=[],
                 short_name=inst.display_name,
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


@pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")
def test_a_pullback_long_under_the_broken_edge_puts_the_view_at_its_stop() -> None:
    (case,) = real_cases([date(2026, 4, 9)], ["DIA"])
    (setup,) = case.article.setups
    assert setup.direction == "long" and setup.style == "pullback" and setup.entry < 479.16
    stop = f"${setup.stop:,.2f}"
    take = case.article.take
    assert stop in take and "as long as $479.16 holds" not in take, take
    assert take_wrong_past_entry(case) == 0
    brief = _brief(case)
    line = view_line(brief, build_fact_sheet(case.snapshot, brief.scores), rank_angles(case.snapshot))
    assert line is not None and "{setup_long_stop}" in line and "479" not in line, line
    assert not [f for f in case.findings if f.severity == "error"]


def test_a_take_opening_on_the_range_top_names_the_zone_right_over_it() -> None:
    dia = next(c for c in demo_cases() if c.snapshot.symbol == "DIA")
    take, bull = dia.article.take, " ".join(dia.article.bull_case)
    assert "range top at $474.50" in take and "$475.35–$476.71" in bull, (take, bull)
    assert take.index("$474.50") < take.index("$475.35–$476.71"), take
    brief = _brief(dia)
    level = take_level(brief, build_fact_sheet(dia.snapshot, brief.scores), rank_angles(dia.snapshot))
    assert level is not None and "just past it: the swing zone at" in level, level
    assert not [f for f in dia.findings if f.severity == "error"]
