"""The levels table, the cases, the final call and the take tell one trading story: a level's type
agrees with what the cases call it, and a lean without a trade names the level that would make one.

Snapshots as in test_scenarios (real synthetic bars, levels and averages replaced by hand).
"""

from __future__ import annotations

from market_factories import settings
from test_scenarios import CLOSE, LEVELS, brief_with, cases, level

from pipeline.contracts import Bias
from pipeline.facts import build_fact_sheet
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.tables import level_rows


def _rows(brief: Brief) -> dict[float, tuple[str, str]]:
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    return {row.low: (row.kind, row.note) for row in level_rows(brief, sheet)}


def _errors(brief: Brief) -> list[str]:
    article = TemplateWriter().write(brief)
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    return [f.code for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
            if f.severity.value == "error" and f.code != "data-quality"]


def test_an_untested_round_number_is_a_waypoint_row_not_a_support() -> None:
    bare = level(495, "round number", "round")
    brief = brief_with(levels=[*LEVELS, bare], sma_50=470.0)
    kind, note = _rows(brief)[495.0]
    assert kind == "Waypoint" and note.startswith("round number,") and note.endswith("; untested"), note
    _, bear = cases(brief)
    assert any("$495" in b and "waypoint" in b for b in bear), bear  # the cases call it the same
    assert _errors(brief) == []
    touched = bare.model_copy(update={"touches": 2})  # a swing touched it: tested, a support
    kind, note = _rows(brief_with(levels=[*LEVELS, touched], sma_50=470.0))[495.0]
    assert kind == "Support" and "untested" not in note, note


def _under_record(record: float) -> Brief:
    base = brief_with()
    trend = base.snapshot.trend.model_copy(update={
        "sma_50": 495.0, "pct_vs_sma_50": (CLOSE / 495.0 - 1) * 100, "sma_200": 450.0,
        "pct_vs_sma_200": (CLOSE / 450.0 - 1) * 100, "sma_200_slope_pct": 2.0})
    extremes = base.snapshot.extremes.model_copy(update={"all_time_high": record, "new_all_time_high": False})
    levels = [level(490, "swing low"), level(480, "swing low")]  # nothing tested overhead
    return brief_with(bias=Bias.BULLISH, levels=levels, extremes=extremes, trend=trend, pending_setups=[])


def test_a_long_with_nothing_tested_overhead_waits_for_the_record_close_everywhere() -> None:
    brief = _under_record(506.0)
    article = TemplateWriter().write(brief)
    assert article.setups == []
    clause = article.final_call[0].reasoning.split(";", 1)[1]
    assert "record" in clause and "$506.00" in clause, clause
    assert "$506.00" in article.take, article.take  # the take names the same trigger
    bull = [b for b in article.bull_case if "$506.00" in b]
    assert len(bull) == 1 and "record close" in bull[0], article.bull_case
    assert _errors(brief) == []


def test_at_a_record_there_is_no_record_close_to_wait_for() -> None:
    brief = _under_record(CLOSE)
    article = TemplateWriter().write(brief)
    assert not any("record close at" in b for b in article.bull_case), article.bull_case
