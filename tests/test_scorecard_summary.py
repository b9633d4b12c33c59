"""The scorecard's sums: Wilson intervals, hit rates beside baselines, R buckets, Pulse bands."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.contracts import Bar
from pipeline.scorecard.contracts import HorizonCall, SessionCalls
from pipeline.scorecard.grading import grade_from_history
from pipeline.scorecard.summary import bucket_of, summarize, wilson


def test_wilson_interval_known_values() -> None:
    half = wilson(5, 10)
    assert half.rate == 0.5 and half.low == pytest.approx(0.2366, abs=1e-4)
    assert half.high == pytest.approx(0.7634, abs=1e-4)
    none = wilson(0, 20)
    assert none.low == 0.0 and none.high == pytest.approx(0.1611, abs=1e-4)
    assert wilson(0, 0).rate is None


def test_r_buckets() -> None:
    assert [bucket_of(r) for r in (-2.5, -2.0, -1.0, -0.3, 0.0, 0.5, 2.0, 3.1)] == [
        "<=-2", "<=-2", "-2,-1]", "-1,0]", "-1,0]", "0,1]", "1,2]", ">2"]


def rising_bars(count: int, start: date) -> list[Bar]:
    """Closes up 1% a session from 100."""
    bars, day, close = [], start, 100.0
    for _ in range(count):
        bars.append(Bar(session=day, open=close, high=close * 1.012, low=close * 0.998,
                        close=close * 1.01))
        close *= 1.01
        day += timedelta(days=1)
    return bars


def test_a_steady_rise_grades_bullish_right_and_bearish_wrong() -> None:
    bars = rising_bars(120, date(2026, 1, 1))
    calls = [SessionCalls(symbol="SPY", session=bar.session, origin="backfill", close=bar.close,
                          change_1d_pct=1.0, atr=bar.close * 0.014, pulse=65 if n % 2 else 35,
                          calls=[HorizonCall(horizon=h, bias="Bullish" if n % 2 else "Bearish")
                                 for h in ("short", "medium", "long")])
             for n, bar in enumerate(bars[:40])]
    card = summarize(grade_from_history(calls, bars))
    rows = {(r.horizon, r.bias): r for r in card.calls}
    assert rows[("short", "Bullish")].hit.rate == 1.0 and rows[("short", "Bearish")].hit.rate == 0.0
    assert rows[("short", "all")].hit.total == 40 and rows[("short", "all")].always_long.rate == 1.0
    assert rows[("long", "all")].previous_direction.rate == 1.0  # every session rose
    assert rows[("long", "all")].sessions == 40 and rows[("long", "all")].open == 0
    bands = {row.band: row for row in card.pulse}
    assert bands["60-69"].sessions == 20 and bands["31-40"].sessions == 20
    assert bands["60-69"].mean_return_pct == pytest.approx(5.101, abs=1e-3)  # 1.01^5
    assert card.pulse_baseline.up.rate == 1.0
