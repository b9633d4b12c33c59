"""The model's plan names the day's news event the way the template's headline and lead do,
including on a day the instrument sat the event out (llm_plan.day_event)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lead_relative_day import STEADY_WRAP, brief_for, item, with_peers  # noqa: E402

from pipeline.facts import build_fact_sheet  # noqa: E402
from pipeline.writers import TemplateWriter  # noqa: E402
from pipeline.writers.llm_prompt import plan_values  # noqa: E402


def test_a_flat_instrument_on_an_event_day_is_told_it_sat_the_event_out() -> None:
    """A 0.10% day while the peers fell 1.40% on the CPI report: the template's headline says it held
    steady through the report; the plan names the report, that the headline names it, and that the
    instrument sat it out (before edsetup4 it named no event at all, so a model led on the report as
    the move's cause or not at all)."""
    wrap = item(1, "Stocks split as hot inflation data jolt rate bets", STEADY_WRAP, hour=21)
    brief = brief_for(with_peers(0.10, -1.40, seed=4), [wrap])
    headline = TemplateWriter().write(brief).headline
    assert any(w in headline for w in ("Barely", "Steady", "Still", "Tight")), headline
    plan = plan_values(brief, build_fact_sheet(brief.snapshot, brief.scores), cited=1)
    assert plan["event"] and plan["event_headline"] and plan["event_steady"], plan
    dek = TemplateWriter().write(brief).dek
    assert plan["event_dek"] and dek.startswith(plan["event_dek"]), (plan, dek)  # the dek's event sentence
    moved = brief_for(with_peers(-1.20, -1.40, seed=4), [wrap])  # it fell with them: the report moved it
    plan = plan_values(moved, build_fact_sheet(moved.snapshot, moved.scores), cited=1)
    assert not plan["event_steady"], plan
    calm = brief_for(with_peers(0.10, 0.05, seed=4), [wrap])  # nothing moved: no event day for it
    plan = plan_values(calm, build_fact_sheet(calm.snapshot, calm.scores), cited=1)
    assert plan["event"] == "" and not plan["event_steady"] and plan["event_dek"] == "", plan
