"""After a record close, the take gives a near line a trader would hold (the 20-day average when the
first tested support is far) and never centres on a bare round number; the bear case names the same
line. Real sessions (../shared/realdata); skips when it is absent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402
from editorial_metrics import near_levels_far, record_take_far_line, take_round_levels  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


@pytest.fixture(scope="module")
def cases() -> dict[str, object]:
    found = real_cases([date(2026, 5, 14), date(2026, 5, 15)], ["SPY", "QQQ"])
    return {f"{c.snapshot.symbol} {c.snapshot.session}": c for c in found}


def test_a_record_take_stands_on_the_20_day_when_the_first_tested_support_is_far(cases) -> None:
    spy = cases["SPY 2026-05-14"]
    assert spy.snapshot.extremes.new_all_time_high
    line = f"${spy.snapshot.trend.sma_20:,.2f}"
    assert f"20-day average at {line}" in spy.article.take
    assert f"bullish as long as {line} holds" in spy.article.take
    assert "$760" not in spy.article.take.split("The long setup")[0]  # the round number is no pivot
    assert any(f"20-day average at {line}" in bullet for bullet in spy.article.bear_case)
    assert record_take_far_line(spy) == 0 and take_round_levels(spy) == 0
    assert not [f for f in spy.findings if f.severity == "error"]


def test_a_dip_under_the_record_is_framed_by_the_record_close_and_the_20_day(cases) -> None:
    qqq = cases["QQQ 2026-05-15"]
    take = qqq.article.take
    assert f"${qqq.snapshot.extremes.all_time_high:,.2f}" in take  # the record close, not $720
    assert f"20-day average at ${qqq.snapshot.trend.sma_20:,.2f}" in take
    assert "All eyes on $636.60" not in take and "over $720 " not in take
    assert take_round_levels(qqq) == 0
    assert not [f for f in qqq.findings if f.severity == "error"]


def test_the_20_day_is_called_near_only_within_two_atrs(cases) -> None:
    """SPY 2026-05-14 (3.4 ATRs over its 20-day) and QQQ (4.1) say no 'near' of that line; SPY
    2026-05-15 (2.0 ATRs) may."""
    for key in ("SPY 2026-05-14", "QQQ 2026-05-14"):
        case = cases[key]
        s = case.snapshot
        assert s.close - s.trend.sma_20 > 2 * s.volatility.atr_14
        text = " ".join([case.article.take, *case.article.bear_case])
        assert "near line" not in text and f"20-day average at ${s.trend.sma_20:,.2f}" in text
        assert near_levels_far(case) == 0
        assert not [f for f in case.findings if f.severity == "error"]
    near = cases["SPY 2026-05-15"].snapshot
    assert near.close - near.trend.sma_20 <= 2 * near.volatility.atr_14
