"""The session tape (gap, move in ATRs, z-score, close streak, intraday extremes, breaks) on
hand-built bars whose answers are worked out here, and its facts on the fact sheet."""

from __future__ import annotations

import numpy as np
import pytest
from test_indicators import closes_from_pct, history, instrument

from pipeline.contracts import Bar, PriceHistory
from pipeline.facts import build_fact_sheet
from pipeline.indicators import build_snapshot
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.series import atr
from pipeline.indicators.tape import close_streak, compute_tape, return_z, streak_unmatched


def with_last_open(hist: PriceHistory, open_: float) -> PriceHistory:
    last = hist.bars[-1]
    bar = Bar(session=last.session, open=open_, high=max(last.close, open_) * 1.001,
              low=min(last.close, open_) * 0.999,
              close=last.close, volume=last.volume)
    return PriceHistory(symbol=hist.symbol, provider=hist.provider, bars=[*hist.bars[:-1], bar])


def test_close_streak_counts_same_direction_closes_and_their_change() -> None:
    closes = np.array([100.0, 99.0, 100.0, 101.0, 102.0, 103.0])
    direction, sessions, change = close_streak(closes)
    assert (direction, sessions) == ("up", 4)
    assert change == pytest.approx((103 / 99 - 1) * 100)
    assert close_streak(np.array([100.0, 101.0, 101.0]))[:2] == ("flat", 0)
    assert close_streak(np.array([100.0, 101.0, 100.0, 99.0]))[:2] == ("down", 2)


def test_streak_unmatched_counts_back_to_the_last_run_as_long_the_same_way() -> None:
    # down 3, up 2, down 2, up 1, then today's run of 3 lower closes
    closes = np.array([10.0, 9, 8, 7, 8, 9, 8, 7, 8, 7, 6, 5])
    assert close_streak(closes)[:2] == ("down", 3)
    assert streak_unmatched(closes, 3) == 5  # up 2, down 2 (too short), up 1 lie between
    # a run one longer: none as long before it, so every earlier session counts
    longer = np.array([*closes, 4.0])
    assert streak_unmatched(longer, 4) == len(longer) - 1 - 4
    # an up run of 3 earlier does not match a down run
    assert streak_unmatched(np.array([1.0, 2, 3, 4, 3, 2, 1]), 3) == 3
    assert streak_unmatched(np.array([1.0, 1.0]), 0) == 0


def test_return_z_divides_by_the_spread_of_the_previous_sixty_returns() -> None:
    rng = np.random.default_rng(7)
    closes = closes_from_pct(100, [*rng.normal(0, 1.0, 80), -4.0])
    arr = np.array(closes)
    returns = np.diff(arr) / arr[:-1]
    expected = returns[-1] / returns[-61:-1].std(ddof=1)
    assert return_z(arr) == pytest.approx(expected)
    assert return_z(arr[:15]) is None  # fewer than 20 returns before today


def test_gap_move_in_atr_and_gap_fill() -> None:
    closes = [100.0 + (i % 2) for i in range(40)] + [97.0]
    hist = with_last_open(history("IWM", closes, wick=0.001), 98.0)
    bars = BarArrays.from_history(hist)
    tape = compute_tape(bars)
    prev = closes[-2]
    assert tape.gap_pct == pytest.approx((98.0 / prev - 1) * 100)
    assert not tape.gap_filled  # the day's high stayed under the previous close
    prior_atr = atr(bars.high[:-1], bars.low[:-1], bars.close[:-1])[-1]
    assert tape.move_atr == pytest.approx((97.0 - prev) / prior_atr)
    assert tape.streak_direction == "down"


def test_break_of_the_range_that_held_until_yesterday_and_new_low() -> None:
    band = [99.0, 100.0, 101.0, 100.0] * 8
    up = BarArrays.from_history(history("IWM", [*band, 106.0], wick=0.001))
    down = BarArrays.from_history(history("IWM", [*band, 94.0], wick=0.001))
    inside = BarArrays.from_history(history("IWM", [*band, 100.5], wick=0.001))
    assert compute_tape(up).range_break == "above"
    broke = compute_tape(down)
    assert broke.range_break == "below" and broke.new_low
    assert broke.prior_range is not None and (broke.prior_range.lower, broke.prior_range.upper) == (99, 101)
    assert compute_tape(inside).range_break is None and not compute_tape(inside).new_low


def test_intraday_extremes_differ_from_closing_ones() -> None:
    closes = [100.0] * 30 + [104.0, 101.0]
    highs = [c * 1.002 for c in closes]
    highs[30] = 108.0  # an intraday spike that closed lower
    lows = [c * 0.998 for c in closes]
    bars = BarArrays.from_history(history("IWM", closes, highs=highs, lows=lows))
    tape = compute_tape(bars)
    assert tape.high_intraday == 108.0 and tape.high_intraday_date == bars.sessions[30]


def test_fifty_day_cross_today() -> None:
    closes = [100.0] * 60 + [99.0, 101.5]
    bars = BarArrays.from_history(history("IWM", closes))
    assert compute_tape(bars).sma_50_cross == "above"
    flat = BarArrays.from_history(history("IWM", [100.0] * 60 + [101.0, 102.0]))
    assert compute_tape(flat).sma_50_cross is None


def test_tape_facts_reach_the_fact_sheet_with_their_window() -> None:
    closes = closes_from_pct(100, [0.3] * 40)
    snap = build_snapshot(history("IWM", closes), instrument(), {}, history("IWM", closes).bars[-1].session)
    sheet = build_fact_sheet(snap)
    assert snap.tape is not None
    assert sheet.value("close_streak_sessions") == 40
    assert sheet.has("gap_pct", "move_atr", "high_window_intraday", "low_window_intraday_date")
    assert not sheet.has("high_52w_intraday")  # 41 sessions are not a year


def test_prior_month_closing_extremes_exclude_today() -> None:
    closes = [100.0 + i for i in range(30)] + [140.0]
    tape = compute_tape(BarArrays.from_history(history("IWM", closes)))
    assert tape.prior_high_20 == 129.0 and tape.prior_low_20 == 110.0
