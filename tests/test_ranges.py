"""The one trading-range definition (pipeline/indicators/ranges.py) the writer and the evaluation share."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from test_indicators import history

from pipeline.indicators.bars import BarArrays
from pipeline.indicators.ranges import (
    consolidation_sessions,
    edges_tested,
    find_trading_range,
    range_before_session,
    range_through_session,
)
from pipeline.indicators.series import atr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

BOX = [100.0, 101.0, 102.0, 101.0, 100.2, 101.5, 101.9, 100.4] * 3  # 24 sessions, 100-102, each edge 3x


def arrays(closes: list[float]) -> BarArrays:
    return BarArrays.from_history(history("IWM", closes, wick=0.004))


def test_a_box_with_both_edges_tested_twice_is_the_range() -> None:
    closes = np.array([80.0 + i for i in range(20)] + BOX)
    found = find_trading_range(closes, atr_value=1.0)
    assert found is not None and found.is_tight
    assert (found.lower, found.upper, found.sessions) == (100.0, 102.0, 24)


def test_an_edge_set_by_one_close_is_not_a_range_edge() -> None:
    # the bar that launched the move (96) sits under the box once: the range starts after it
    closes = np.array([90.0] * 20 + [96.0] + BOX)
    assert consolidation_sessions(closes, 2.0) == 24  # 96 is within 3 ATR, touched once
    assert not edges_tested(closes[-25:], 2.0)


def test_a_band_wider_than_three_atr_is_no_range() -> None:
    closes = np.array([100.0, 104.0] * 15)
    assert consolidation_sessions(closes, 1.0) is None
    assert consolidation_sessions(closes, 1.4) == 30
    wide = find_trading_range(closes, atr_value=1.0)
    assert wide is not None and not wide.is_tight and wide.sessions == 20


def test_a_trend_is_no_range_and_no_atr_no_range() -> None:
    closes = np.array([100.0 + 0.8 * i for i in range(40)])
    assert consolidation_sessions(closes, 1.0) is None
    assert consolidation_sessions(np.array(BOX), None) is None
    assert consolidation_sessions(np.array(BOX), float("nan")) is None


def test_the_range_is_at_most_sixty_sessions() -> None:
    closes = np.array(BOX * 4)
    assert consolidation_sessions(closes, 1.0) == 60


def test_prior_range_is_measured_with_the_atr_before_the_session() -> None:
    bars = arrays([80.0 + i for i in range(20)] + BOX + [109.0])
    found = range_before_session(bars.high, bars.low, bars.close)
    before = atr(bars.high[:-1], bars.low[:-1], bars.close[:-1])[-1]
    assert found is not None and (found.lower, found.upper) == (100.0, 102.0)
    assert found.sessions == consolidation_sessions(bars.close[:-1], float(before))


def test_a_break_ends_the_range_and_a_close_inside_extends_it() -> None:
    broke = arrays([80.0 + i for i in range(20)] + BOX + [104.5])
    prior = range_before_session(broke.high, broke.low, broke.close)
    now = range_through_session(broke.high, broke.low, broke.close, prior)
    assert prior is not None and now is not None and not now.is_tight  # the recent band, not a range
    inside = arrays([80.0 + i for i in range(20)] + BOX + [101.0])
    prior = range_before_session(inside.high, inside.low, inside.close)
    now = range_through_session(inside.high, inside.low, inside.close, prior)
    assert prior is not None and now is not None and now.is_tight
    assert (now.lower, now.upper, now.sessions) == (prior.lower, prior.upper, prior.sessions + 1)


def test_short_history_has_no_prior_range() -> None:
    bars = arrays(BOX[:12])
    assert range_before_session(bars.high, bars.low, bars.close) is None
    now = range_through_session(bars.high, bars.low, bars.close, None)
    assert now is not None and not now.is_tight


def test_the_evaluation_reads_the_same_range_as_the_snapshot() -> None:
    from editorial_events import _range_edges  # the bench's own import of the definition

    hist = history("IWM", [80.0 + i for i in range(20)] + BOX + [103.5], wick=0.004)
    bars = BarArrays.from_history(hist)
    prior = range_before_session(bars.high, bars.low, bars.close)
    assert prior is not None
    assert _range_edges(hist.bars) == (prior.sessions, prior.lower, pytest.approx(prior.upper))


def test_a_band_only_todays_close_completes_has_not_held_yet() -> None:
    # the bottom (100) was touched once before today; today's 100.1 is the second touch
    closes = [80.0 + i for i in range(20)] + [100.0] + [101.0, 102.0, 101.5, 102.0, 101.2, 101.8, 101.1,
                                                       102.0, 101.4] + [100.1]
    bars = arrays(closes)
    assert range_before_session(bars.high, bars.low, bars.close) is None
    assert consolidation_sessions(bars.close, 1.0) == 11  # it would qualify with today's close
    now = range_through_session(bars.high, bars.low, bars.close, None)
    assert now is not None and not now.is_tight
