"""A quiet day in a range whose top is the record close: the headline and the dek name that lid
(IWM 2026-08-21, before: "Small Caps Stay Boxed In" / "... between $296.22 and $305.09 ..."), and a
dek on another story that quotes the range names it too. Real sessions (../shared/realdata);
skips when it is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402
from editorial_metrics import (  # noqa: E402
    dek_zone_strung,
    medium_call_side_at_average,
    range_top_record_header_unsaid,
    take_empty_range_claims,
)

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def cases() -> dict[str, object]:
    found = real_cases([date(2026, 7, 30), date(2026, 8, 21)], ["IWM", "DIA", "QQQ"])
    return {f"{c.snapshot.symbol} {c.snapshot.session}": c for c in found}


def test_a_boxed_in_headline_names_the_record_lid(cases) -> None:
    iwm = cases["IWM 2026-08-21"]
    s = iwm.snapshot
    assert round(s.range.upper, 2) == round(s.extremes.all_time_high, 2)
    assert "Record Close" in iwm.article.headline
    assert f"the record close of ${s.range.upper:,.2f}" in iwm.article.dek
    assert range_top_record_header_unsaid(iwm) == 0
    assert not [f for f in iwm.findings if f.severity == "error"]


def test_a_dek_on_another_story_quoting_the_range_names_the_lid(cases) -> None:
    for key in ("IWM 2026-07-30", "DIA 2026-07-30"):
        case = cases[key]
        s = case.snapshot
        assert f"the record close of ${s.range.upper:,.2f}" in case.article.dek
        assert range_top_record_header_unsaid(case) == 0
        assert not [f for f in case.findings if f.severity == "error"]


def test_a_range_take_does_not_say_nothing_lies_between_when_the_cases_name_a_level_there(cases) -> None:
    """QQQ 2026-08-21: the bull case names $720.00–$722.03 and $728.54 inside the $710.93-$732.07
    range; the take's range sentence calls them steps instead of 'nothing in between says much'."""
    qqq = cases["QQQ 2026-08-21"]
    assert "$728.54" in " ".join(qqq.article.bull_case)
    assert "nothing in between" not in qqq.article.take
    assert take_empty_range_claims(qqq) == 0
    assert not [f for f in qqq.findings if f.severity == "error"]


def test_a_medium_call_at_the_50_day_says_at_not_below(cases) -> None:
    """QQQ 2026-08-21 closes $0.002 under its 50-day: the analysis says it sits at the average, so
    the medium-term reason does too (before: 'Below the 50-day with MACD under its signal')."""
    qqq = cases["QQQ 2026-08-21"]
    assert round(qqq.snapshot.trend.pct_vs_sma_50, 2) == 0
    assert qqq.article.final_call[1].reasoning.startswith("At the 50-day ($713.44), a hair under it")
    assert medium_call_side_at_average(qqq) == 0


def test_a_dek_names_a_zone_edge_of_the_range_by_its_role(cases) -> None:
    """IWM and DIA 2026-07-30: the range bottom is a zone; the dek read "between the $287.58–$288.57
    zone and the record close of $300.45" and "the $512.97–$514.72 zone to the record close"; it
    now names the edge as a floor, quoted by its zone as the levels table quotes it."""
    for key in ("IWM 2026-07-30", "DIA 2026-07-30"):
        case = cases[key]
        bottom = next(lv for lv in case.snapshot.levels
                      if lv.source == "range" and lv.label == "range bottom")
        assert f"a floor at ${bottom.zone_low:,.2f}\u2013${bottom.zone_high:,.2f}" in case.article.dek
        assert dek_zone_strung(case) == 0
