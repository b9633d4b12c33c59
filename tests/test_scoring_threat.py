"""Threat level on snapshots built from hand-made bars: the day's own stress (a VIX jump, an
outsized move or gap) lifts it; a calm session stays low. Each sign keeps its reading."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from store_factories import make_draft
from test_angles import quiet_band, snapshot_with
from test_indicators import history, instrument, random_walk

from pipeline.config import InstrumentConfig
from pipeline.contracts import InstrumentKind, PriceHistory, RiskLabel, Severity, Snapshot
from pipeline.facts import build_fact_sheet
from pipeline.indicators import build_snapshot
from pipeline.llm.prompts import PromptSet
from pipeline.render import render_markdown
from pipeline.scoring import day_stress_components, score_snapshot, threat_level_of
from pipeline.verify import VerifyContext, check_text
from pipeline.views import print_draft
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.angle_text import threat_why
from pipeline.writers.llm_prompt import article_values

DAY_STRESS = ("vix_jump", "outsized_move", "gap_outsized")


def raised(snapshot: Snapshot) -> dict[str, float | None]:
    return {c.name: c.value for c in score_snapshot(snapshot).threat_components if c.points}


def with_last_open(snapshot_closes: list[float], open_: float, vix: list[float]) -> Snapshot:
    """The closes as `snapshot_with` builds them (VIX as the gauge), the last session opening at `open_`."""
    hist = history("SPY", snapshot_closes)
    last = hist.bars[-1]
    gapped = last.model_copy(update={"open": open_, "high": max(last.high, open_),
                                     "low": min(last.low, open_)})
    hist = PriceHistory(symbol="SPY", provider="test", bars=[*hist.bars[:-1], gapped])
    gauge = (InstrumentConfig(symbol="^VIX", name="Cboe Volatility Index", kind=InstrumentKind.VOLATILITY),
             history("^VIX", vix))
    return build_snapshot(hist, instrument("SPY", gauges=["^VIX"]), {"^VIX": gauge}, gapped.session)


def test_a_selloff_with_a_vix_spike_reaches_threat_4_and_high_risk() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    vix = [16.0] * (len(closes) - 2) + [16.0, 22.4]  # +40%, above 20
    snapshot = snapshot_with(closes, vix)
    scores = score_snapshot(snapshot)
    signs = raised(snapshot)
    assert signs["vix_jump"] == pytest.approx(40.0)
    assert signs["outsized_move"] is not None and signs["outsized_move"] <= -2
    assert "gap_outsized" not in signs  # the bars open at the previous close
    assert scores.threat_level >= 4 and scores.risk == RiskLabel.HIGH
    assert "threat level " + str(scores.threat_level) in scores.risk_reason
    # without the day's stress signs the same session reads up to two levels lower
    calm = threat_level_of([c for c in scores.threat_components if c.name not in DAY_STRESS])
    assert scores.threat_level == min(5, calm + 2)


def test_a_vix_jump_counts_below_20_where_the_level_signs_stay_down() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    snapshot = snapshot_with(closes, [15.0] * (len(closes) - 1) + [19.5])  # +30%, still under 20
    signs = raised(snapshot)
    assert signs["vix_jump"] == pytest.approx(30.0)
    assert "vix_elevated" not in signs and "vix_stressed" not in signs
    assert score_snapshot(snapshot).threat_level >= 4


def test_a_calm_session_stays_low_and_its_stress_signs_keep_their_readings() -> None:
    closes = random_walk(3, 300, 100.0)  # an ordinary drift; the last day moves 0.4 ATR
    vix = [15.0] * (len(closes) - 1) + [15.3]  # +2%
    snapshot = snapshot_with(closes, vix)
    scores = score_snapshot(snapshot)
    parts = {c.name: c for c in scores.threat_components}
    assert scores.threat_level <= 2 and scores.risk == RiskLabel.LOW
    assert all(parts[name].points == 0 for name in DAY_STRESS)
    assert parts["vix_jump"].value == pytest.approx(2.0)
    assert abs(parts["outsized_move"].value or 9) < 1 and parts["gap_outsized"].value == 0


def test_a_rally_of_two_atrs_is_as_much_a_warning_as_a_drop() -> None:
    base = quiet_band()
    up = snapshot_with([*base, base[-1] * 1.026], [16.0] * (len(base) + 1))
    assert (raised(up).get("outsized_move") or 0) >= 2


def test_a_gap_beyond_one_atr_counts_once_and_a_gap_that_becomes_a_crash_counts_once() -> None:
    base = quiet_band()
    vix = [16.0] * (len(base) + 1)
    prev = base[-1]
    reversal = with_last_open([*base, prev * 0.999], prev * 0.975, vix)  # gap down, closed flat
    signs = raised(reversal)
    assert signs["gap_outsized"] is not None and signs["gap_outsized"] < -1
    assert "outsized_move" not in signs
    crash = with_last_open([*base, prev * 0.96], prev * 0.975, vix)
    crash_parts = {c.name: c for c in score_snapshot(crash).threat_components}
    assert crash_parts["outsized_move"].points == 1 and crash_parts["gap_outsized"].points == 0
    assert crash_parts["gap_outsized"].value is not None and crash_parts["gap_outsized"].value < -1


@pytest.mark.parametrize(("vix_pct", "move_atr", "gap_atr", "expected"), [
    (20.0, 2.0, 0.0, {"vix_jump", "outsized_move"}),  # the thresholds themselves count
    (19.99, 1.99, 1.0, set()),  # a gap of exactly 1 ATR is not beyond it
    (-35.0, -2.5, None, {"outsized_move"}),  # a VIX collapse is no warning; a drop is
    (None, None, -1.2, {"gap_outsized"}),  # no VIX and no ATR history: those signs stay down
    (25.0, -3.0, -1.5, {"vix_jump", "outsized_move"}),
])
def test_day_stress_thresholds(vix_pct: float | None, move_atr: float | None, gap_atr: float | None,
                               expected: set[str]) -> None:
    parts = day_stress_components(vix_pct, move_atr, gap_atr)
    assert {p.name for p in parts if p.points} == expected
    assert [p.value for p in parts] == [vix_pct, move_atr, gap_atr]
    assert all(p.max_points == 1 for p in parts)


def test_threat_level_is_capped_at_5() -> None:
    parts = day_stress_components(50.0, -4.0, None) * 3
    assert threat_level_of(parts) == 5 and threat_level_of([]) == 1


def test_show_prints_every_threat_sign_with_its_reading() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    snapshot = snapshot_with(closes, [16.0] * (len(closes) - 1) + [22.4])
    draft = make_draft().model_copy(update={"snapshot": snapshot, "scores": score_snapshot(snapshot)})
    out = io.StringIO()
    print_draft(Console(file=out, width=200, color_system=None), draft, "text")
    text = out.getvalue()
    assert "threat vix_jump: 1/1  reading 40" in text
    assert "threat outsized_move: 1/1  reading -" in text
    assert "threat event_near: 0/1  reading n/a" in text


def brief_of(snapshot: Snapshot) -> Brief:
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot), short_name="SPY",
                 related_names={"SPY": "SPY", "^VIX": "VIX"}, desk="Desk", byline="Writer",
                 ai_label="AI label")


def test_the_take_names_the_signs_behind_a_high_threat_and_verifies_clean() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    brief = brief_of(snapshot_with(closes, [16.0] * (len(closes) - 1) + [22.4]))
    why = threat_why(brief)
    assert "a VIX spike, an outsized move and " in why and why.endswith(".")
    article = TemplateWriter().write(brief)
    assert why in article.take and f"threat level {brief.scores.threat_level}/5" not in article.take.lower()
    ctx = VerifyContext.build(brief.snapshot, brief.scores)
    assert [f for f in check_text(render_markdown(article), ctx) if f.severity == Severity.ERROR] == []


def test_the_take_adds_no_threat_sentence_below_4_and_says_a_stressed_vix_once() -> None:
    calm = brief_of(snapshot_with(random_walk(3, 300, 100.0), [15.0] * 299 + [15.3]))
    assert calm.scores.threat_level < 4 and threat_why(calm) == ""
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    stressed = brief_of(snapshot_with(closes, [25.0] * (len(closes) - 1) + [31.0]))  # +24%, above 28
    why = threat_why(stressed)
    assert "a stressed VIX" in why and "elevated" not in why


def test_the_model_prompt_gives_the_signs_behind_a_high_threat_only() -> None:
    base = quiet_band()
    closes = [*base, base[-1] * (1 - 0.026)]
    stressed = brief_of(snapshot_with(closes, [16.0] * (len(closes) - 1) + [22.4]))
    calm = brief_of(snapshot_with(random_walk(3, 300, 100.0), [15.0] * 299 + [15.3]))
    prompts = {}
    for name, brief in (("stressed", stressed), ("calm", calm)):
        values = article_values(brief, build_fact_sheet(brief.snapshot, brief.scores), 0, 200)
        prompts[name] = PromptSet().render("article", **values)
    # a spiking VIX is said once: 'a VIX spike', not also 'an elevated VIX' (1348762)
    assert "threat level {threat_level} (from a VIX spike, an outsized move" in prompts["stressed"]
    assert "an elevated VIX" not in prompts["stressed"]
    assert "threat level {threat_level}; risk" in prompts["calm"]


def test_a_close_at_a_decision_level_is_no_warning_sign() -> None:
    """No level sign: a close at the 52-week closing high or a range edge scores the same threat as
    the same session far from any level (a level close by came before fewer 3% drops than other
    sessions on real history, docs/threat.md)."""
    snapshot = snapshot_with(quiet_band(), [16.0] * len(quiet_band()))
    atr = snapshot.volatility.atr_14
    assert atr
    at_high = snapshot.model_copy(update={"close": snapshot.extremes.high_52w})
    far = snapshot.model_copy(update={
        "range": None,
        "extremes": snapshot.extremes.model_copy(update={"high_52w": snapshot.close + 5 * atr,
                                                         "low_52w": snapshot.close - 5 * atr})})
    names = {c.name for c in score_snapshot(at_high).threat_components}
    assert "level_near" not in names and "tight_range" in names
    assert score_snapshot(at_high).threat_level == score_snapshot(far).threat_level + \
        bool(snapshot.range and snapshot.range.is_tight)  # the range sign is the only difference
