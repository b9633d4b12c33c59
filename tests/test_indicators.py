"""The indicators stage on hand-built series whose answers are worked out here."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from pipeline.config import EventConfig, InstrumentConfig
from pipeline.contracts import (
    Bar,
    CrossKind,
    InstrumentKind,
    LevelKind,
    OptionContract,
    OptionRight,
    OptionsChain,
    PriceHistory,
    RelatedRole,
    Snapshot,
    TradingRange,
)
from pipeline.errors import DataError
from pipeline.facts import build_fact_sheet
from pipeline.indicators import build_snapshot
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.events import sessions_until, upcoming_events
from pipeline.indicators.extremes import compute_extremes, compute_volume_stats
from pipeline.indicators.levels import (
    compute_key_levels,
    find_swing_pivots,
    round_number_step,
    round_numbers_around,
)
from pipeline.indicators.options import (
    compute_options_positioning,
    holder_payout,
    max_pain,
)
from pipeline.indicators.ranges import find_trading_range
from pipeline.indicators.relative import compute_relative_strength, outperformance_streak
from pipeline.indicators.trend import compute_cross_state, compute_returns

START = date(2024, 1, 2)


def weekdays(start: date, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def history(symbol: str, closes: Sequence[float], *, start: date = START,
            wick: float = 0.002, highs: Sequence[float] | None = None,
            lows: Sequence[float] | None = None,
            volumes: Sequence[float] | None = None) -> PriceHistory:
    """Weekday bars opening at the previous close, with wicks of `wick` (fraction)."""
    sessions = weekdays(start, len(closes))
    bars = []
    for i, (session, close) in enumerate(zip(sessions, closes, strict=True)):
        open_ = closes[i - 1] if i else close
        high = highs[i] if highs else max(open_, close) * (1 + wick)
        low = lows[i] if lows else min(open_, close) * (1 - wick)
        volume = volumes[i] if volumes else 1_000_000.0
        bars.append(Bar(session=session, open=open_, high=high, low=low, close=close,
                        volume=volume))
    return PriceHistory(symbol=symbol, provider="test", bars=bars)


def closes_from_pct(start: float, changes_pct: Sequence[float]) -> list[float]:
    closes = [start]
    for change in changes_pct:
        closes.append(closes[-1] * (1 + change / 100))
    return closes


def random_walk(seed: int, n: int, start: float) -> list[float]:
    rng = np.random.default_rng(seed)
    return list(start * np.exp(np.cumsum(rng.normal(0.0003, 0.011, n))))


def instrument(symbol: str = "IWM", **related: object) -> InstrumentConfig:
    return InstrumentConfig(symbol=symbol, name=f"{symbol} test fund", kind=InstrumentKind.ETF,
                            **related)  # type: ignore[arg-type]


# --- options -------------------------------------------------------------------------------

def hand_chain() -> OptionsChain:
    """Calls: 90 x200, 100 x50, 110 x100. Puts: 90 x20, 100 x40, 110 x300.

    Holders are paid, settling at 90:  puts 100: 40x10 + 110: 300x20            = 6,400
                       settling at 100: calls 90: 200x10; puts 110: 300x10      = 5,000
                       settling at 110: calls 90: 200x20 + 100: 50x10           = 4,500
    so max pain is 110.
    """
    contracts = [OptionContract(strike=k, right=OptionRight.CALL, open_interest=oi)
                 for k, oi in ((90, 200), (100, 50), (110, 100))]
    contracts += [OptionContract(strike=k, right=OptionRight.PUT, open_interest=oi)
                  for k, oi in ((90, 20), (100, 40), (110, 300))]
    return OptionsChain(symbol="IWM", provider="test", as_of=date(2024, 3, 1),
                        expiry=date(2024, 3, 15), contracts=contracts)


def test_max_pain_matches_hand_computation() -> None:
    chain = hand_chain()
    assert list(holder_payout(chain, [90, 100, 110])) == [6_400, 5_000, 4_500]
    assert max_pain(chain) == 110


def test_options_positioning_walls_and_ratio() -> None:
    positioning = compute_options_positioning(hand_chain())
    assert positioning is not None
    assert positioning.max_pain == 110
    assert positioning.call_wall == 90 and positioning.put_wall == 110
    assert positioning.total_call_oi == 350 and positioning.total_put_oi == 360
    assert positioning.put_call_oi_ratio == pytest.approx(360 / 350)


def test_max_pain_of_empty_chain_is_none() -> None:
    chain = hand_chain().model_copy(update={"contracts": []})
    assert max_pain(chain) is None
    assert compute_options_positioning(chain) is None


# --- relative strength ---------------------------------------------------------------------

def test_streak_of_five_outperforming_sessions_with_average_margin() -> None:
    bench_pct = [0.5, -0.2, 0.1, 0.3, 0.0, 0.2]
    own_pct = [0.1, 0.0, 0.4, 0.35, 0.25, 0.3]  # lags once, then beats by .2 .3 .05 .25 .1
    own = BarArrays.from_history(history("IWM", closes_from_pct(100, own_pct)))
    bench = BarArrays.from_history(history("SPY", closes_from_pct(400, bench_pct)))
    strength = compute_relative_strength(own, bench)
    assert strength is not None
    assert strength.benchmark == "SPY"
    assert strength.streak_direction == "outperform"
    assert strength.streak_sessions == 5
    assert strength.streak_avg_margin_bp == pytest.approx(18.0)  # mean .18 pp = 18 bp
    assert strength.spread_1d_pp == pytest.approx(0.1)
    assert strength.spread_1m_pp is None


def test_streak_underperforming_and_even() -> None:
    assert outperformance_streak([0.3, -0.1, -0.3]).sessions == 2
    assert outperformance_streak([0.3, -0.1, -0.3]).avg_margin_bp == pytest.approx(-20.0)
    assert outperformance_streak([0.3, 0.0]).direction == "even"
    assert outperformance_streak([]).sessions == 0


def test_relative_strength_uses_only_shared_sessions() -> None:
    own_closes = closes_from_pct(100, [1.0] * 30)
    own = history("IWM", own_closes)
    bench = history("SPY", closes_from_pct(100, [0.5] * 30))
    gapped = bench.model_copy(update={"bars": bench.bars[:10] + bench.bars[11:]})
    strength = compute_relative_strength(BarArrays.from_history(own),
                                         BarArrays.from_history(gapped))
    assert strength is not None
    assert strength.streak_sessions == 29  # the two-session step across the gap still beats
    # The last 21 shared steps span 22 calendar sessions for both, across the gap.
    assert strength.spread_1m_pp == pytest.approx((1.01**22 - 1) * 100 - (1.005**22 - 1) * 100)


# --- trend --------------------------------------------------------------------------------

def plain_mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def expected_crossing(closes: Sequence[float]) -> int:
    """First index where SMA50 - SMA200 changes sign, by plain Python means."""
    signs = [math.copysign(1, plain_mean(closes[i - 49:i + 1]) - plain_mean(closes[i - 199:i + 1]))
             for i in range(199, len(closes))]
    flips = [i for i in range(1, len(signs)) if signs[i] != signs[i - 1]]
    return 199 + flips[-1]


def test_golden_cross_state_and_crossing_date() -> None:
    closes = [200 - 0.5 * i for i in range(250)] + [160.0] * 60  # fall, then a flat base
    crossed = expected_crossing(closes)
    bars = BarArrays.from_history(history("IWM", closes))
    cross = compute_cross_state(bars.close, bars.sessions)
    assert cross is not None
    assert cross.state == CrossKind.GOLDEN
    assert cross.since == bars.sessions[crossed]
    assert cross.sessions_since == len(closes) - 1 - crossed
    assert 250 < crossed < len(closes)  # after the base began, not during the fall


def test_death_cross_state_and_crossing_date() -> None:
    closes = [100 + 0.5 * i for i in range(250)] + [140.0] * 60
    crossed = expected_crossing(closes)
    bars = BarArrays.from_history(history("IWM", closes))
    cross = compute_cross_state(bars.close, bars.sessions)
    assert cross is not None and cross.state == CrossKind.DEATH
    assert cross.since == bars.sessions[crossed]


def test_cross_state_without_a_crossing_has_no_date() -> None:
    bars = BarArrays.from_history(history("IWM", [100 + 0.1 * i for i in range(260)]))
    cross = compute_cross_state(bars.close, bars.sessions)
    assert cross is not None
    assert cross.state == CrossKind.GOLDEN and cross.since is None and cross.sessions_since is None


def test_returns_including_year_to_date_from_prior_year_close() -> None:
    closes = [100.0 + i for i in range(30)]
    bars = BarArrays.from_history(history("IWM", closes, start=date(2023, 12, 18)))
    last_2023 = max(i for i, s in enumerate(bars.sessions) if s.year == 2023)
    returns = compute_returns(bars)
    assert returns.change_1d == pytest.approx(1.0)
    assert returns.change_1d_pct == pytest.approx(1 / 128 * 100)
    assert returns.change_5d_pct == pytest.approx((129 / 124 - 1) * 100)
    assert returns.change_1m_pct == pytest.approx((129 / 108 - 1) * 100)
    assert returns.change_ytd_pct == pytest.approx((129 / closes[last_2023] - 1) * 100)


# --- extremes and volume ---------------------------------------------------------------------

def test_extremes_by_close_and_new_high_flags() -> None:
    closes = [100.0] * 50 + [150.0] + [110.0] * 250 + [120.0, 125.0]
    bars = BarArrays.from_history(history("IWM", closes))
    extremes = compute_extremes(bars)
    assert extremes.all_time_high == 150 and extremes.all_time_high_date == bars.sessions[50]
    assert extremes.high_52w == 125 and extremes.new_52w_high  # 150 is older than 252 sessions
    assert not extremes.new_all_time_high
    assert extremes.low_52w == 110
    assert extremes.pct_from_ath == pytest.approx((125 / 150 - 1) * 100)


def test_average_volume_excludes_today() -> None:
    bars = BarArrays.from_history(history("IWM", [100.0] * 21, volumes=[100.0] * 20 + [300.0]))
    stats = compute_volume_stats(bars)
    assert stats.avg_volume_20 == 100 and stats.volume_ratio == 3


# --- ranges, levels and setups -----------------------------------------------------------------

def test_tight_range_detected_with_its_bounds() -> None:
    trend = [60 + i for i in range(31)]  # ends at 90, far below the band
    band = [99.0, 100.0, 101.0, 100.0] * 7 + [99.5, 100.5]  # 30 sessions between 99 and 101
    bars = BarArrays.from_history(history("IWM", trend + band, wick=0.001))
    found = find_trading_range(bars.close, atr_value=1.0)  # widest band 3.0
    assert found is not None and found.is_tight
    assert (found.lower, found.upper, found.sessions) == (99.0, 101.0, 30)
    assert found.width_pct == pytest.approx(2 / 99 * 100)


def test_trend_is_not_a_tight_range() -> None:
    closes = closes_from_pct(100, [1.0] * 60)
    found = find_trading_range(np.array(closes), atr_value=1.1)
    assert found is not None and not found.is_tight
    assert found.sessions == 20 and found.width_pct > 4


def swing_history() -> PriceHistory:
    """Swing highs at 110 (twice) and a swing low at 90, closing at 100.5."""
    up, down = list(np.linspace(100, 110, 8)), list(np.linspace(110, 100, 8))
    path = up + down[1:] + up[1:] + down[1:] + list(np.linspace(100, 90, 8))[1:]
    path += list(np.linspace(90, 100.5, 8))[1:]
    return history("IWM", path, wick=0.0005)


def test_swing_pivots_found_at_turns() -> None:
    bars = BarArrays.from_history(swing_history())
    pivots = find_swing_pivots(bars.high, bars.low)
    assert [round(p.price) for p in pivots if p.is_high] == [110, 110]
    assert [round(p.price) for p in pivots if not p.is_high] == [100, 90]


def test_key_levels_supports_below_resistances_above() -> None:
    bars = BarArrays.from_history(swing_history())
    levels = compute_key_levels(bars, atr_value=2.0, sma_50=None, sma_200=None,
                                trading_range=None)
    close = bars.last_close
    assert [level.price for level in levels] == sorted((lv.price for lv in levels), reverse=True)
    assert all(lv.price < close for lv in levels if lv.kind == LevelKind.SUPPORT)
    assert all(lv.price > close for lv in levels if lv.kind == LevelKind.RESISTANCE)
    swing_top = next(lv for lv in levels if lv.label == "swing high")
    assert swing_top.price == pytest.approx(110, abs=0.1) and swing_top.touches == 2
    assert swing_top.kind == LevelKind.RESISTANCE
    # $2 round steps: 102 above; 100 below is dropped as a duplicate of the swing low at 100.
    assert {lv.price: lv.kind for lv in levels if lv.source == "round"} == {
        102.0: LevelKind.RESISTANCE}
    supports = [(lv.label, round(lv.price)) for lv in levels if lv.kind == LevelKind.SUPPORT]
    assert supports == [("swing low", 100), ("swing low", 90)]


def test_round_number_steps_follow_price_scale() -> None:
    assert round_number_step(250) == 5
    assert round_number_step(2_600) == 50
    assert round_number_step(35_000) == 500
    assert round_number_step(30) == 1
    assert round_numbers_around(250.0) == (245.0, 255.0)
    assert round_numbers_around(2_612.3) == (2_600.0, 2_650.0)


# Setups: tests/test_setups.py.


# --- events ------------------------------------------------------------------------------------

def test_events_within_thirty_days_with_weekday_sessions() -> None:
    friday = date(2026, 11, 20)
    events = [EventConfig(name="FOMC", kind="fomc", date=date(2026, 12, 9)),
              EventConfig(name="Monday data", kind="data", date=date(2026, 11, 23)),
              EventConfig(name="Too far", kind="cpi", date=date(2026, 12, 21)),
              EventConfig(name="Past", kind="cpi", date=date(2026, 11, 19))]
    notes = upcoming_events(events, friday)
    assert [(n.name, n.sessions_until) for n in notes] == [("Monday data", 1), ("FOMC", 13)]
    assert sessions_until(friday, friday) == 0


def test_event_sessions_skip_exchange_holidays() -> None:
    friday, fomc = date(2026, 11, 20), date(2026, 12, 9)
    thanksgiving = date(2026, 11, 26)
    assert sessions_until(friday, fomc) == 13
    assert sessions_until(friday, fomc, [thanksgiving]) == 12
    assert sessions_until(friday, thanksgiving, [thanksgiving]) == 3  # Mon-Wed; the holiday is no session
    events = [EventConfig(name="FOMC", kind="fomc", date=fomc)]
    assert upcoming_events(events, friday, holidays=[thanksgiving])[0].sessions_until == 12


# --- build_snapshot ---------------------------------------------------------------------------

def related_set(n: int, session_cut: int = 0) -> dict[str, tuple[InstrumentConfig, PriceHistory]]:
    configs = {
        "^RUT": InstrumentConfig(symbol="^RUT", name="Russell 2000 Index", kind="index"),
        "SPY": InstrumentConfig(symbol="SPY", name="SPY", kind="etf"),
        "QQQ": InstrumentConfig(symbol="QQQ", name="QQQ", kind="etf"),
        "^VIX": InstrumentConfig(symbol="^VIX", name="VIX", kind="volatility"),
    }
    scales = {"^RUT": 2_600.0, "SPY": 560.0, "QQQ": 480.0, "^VIX": 16.0}
    found = {}
    for seed, (symbol, config) in enumerate(configs.items(), start=10):
        closes = random_walk(seed, n, scales[symbol])
        hist = history(symbol, closes)
        if symbol == "QQQ" and session_cut:
            hist = hist.model_copy(update={"bars": hist.bars[:-session_cut]})
        found[symbol] = (config, hist)
    return found


IWM = instrument("IWM", index="^RUT", benchmark="SPY", peers=["SPY", "QQQ"], gauges=["^VIX"])


def full_snapshot(**options: object) -> Snapshot:
    hist = history("IWM", random_walk(1, 400, 220.0))
    session = hist.bars[-1].session
    events = [EventConfig(name="FOMC rate decision", kind="fomc",
                          date=session + timedelta(days=5))]
    return build_snapshot(hist, IWM, related_set(400), session, events=events,
                          **options)  # type: ignore[arg-type]


def test_snapshot_is_complete_on_long_history() -> None:
    snap = full_snapshot()
    # A setup can be declined for its geometry (reward/risk, stop distance) on any history;
    # nothing else may be missing with 400 sessions.
    assert [line for line in snap.missing if not line.startswith("setup_")] == []
    assert all("reward/risk" in line for line in snap.missing)
    assert snap.trend.sma_200 is not None and snap.trend.cross is not None
    assert snap.momentum.macd is not None and snap.volatility.atr_14 is not None
    assert [m.role for m in snap.related] == [RelatedRole.INDEX, RelatedRole.BENCHMARK,
                                              RelatedRole.PEER, RelatedRole.GAUGE]
    spy = snap.related_by_role(RelatedRole.BENCHMARK)[0]
    assert snap.relative is not None
    assert spy.divergence_pp == pytest.approx(snap.relative.spread_1d_pp)
    assert spy.divergence_pp == pytest.approx(snap.returns.change_1d_pct - spy.change_1d_pct)
    assert snap.events[0].name == "FOMC rate decision"
    assert snap.as_of == datetime.combine(snap.session, time(16), ZoneInfo("America/New_York"))
    assert snap.as_of.utcoffset() in (timedelta(hours=-4), timedelta(hours=-5))


def test_snapshot_levels_and_setups_are_consistent() -> None:
    snap = full_snapshot()
    assert snap.levels, "a 400-session walk has levels"
    for lv in snap.levels:
        assert lv.kind != LevelKind.SUPPORT or lv.price < snap.close
        assert lv.kind != LevelKind.RESISTANCE or lv.price > snap.close
    assert sum(lv.price > snap.close for lv in snap.levels) <= 3
    assert sum(lv.price < snap.close for lv in snap.levels) <= 3
    for setup in snap.setups:
        ordered = (setup.stop, setup.entry, setup.target)
        assert list(ordered) == sorted(ordered, reverse=setup.direction == "short")


def test_snapshot_json_round_trip() -> None:
    snap = full_snapshot(chain=hand_chain().model_copy(
        update={"as_of": date(2024, 1, 2), "expiry": date(2030, 1, 1)}))
    assert snap.options is not None and snap.options.max_pain == 110
    assert all(lv.price == 110 for lv in snap.levels if lv.kind == LevelKind.MAX_PAIN)
    assert Snapshot.model_validate_json(snap.model_dump_json()) == snap


def test_fact_sheet_builds_from_snapshot() -> None:
    snap = full_snapshot()
    sheet = build_fact_sheet(snap)
    assert sheet.value("price") == snap.close
    assert sheet.has("sma_200", "rsi_14", "atr_pct", "divergence_vs_SPY_pp",
                     "spread_vs_SPY_1d_pp", "streak_sessions", "event_1_sessions_until")
    assert sheet.fill("{price}") == f"${snap.close:,.2f}"


def test_ten_bars_leave_long_indicators_none_and_listed() -> None:
    hist = history("IWM", random_walk(2, 10, 220.0))
    snap = build_snapshot(hist, instrument(), {}, hist.bars[-1].session)
    assert snap.trend.sma_50 is None and snap.trend.sma_200 is None and snap.momentum.rsi_14 is None
    assert "sma_50: insufficient data (10 of 50 sessions)" in snap.missing
    assert "rsi_14: insufficient data (10 of 15 sessions)" in snap.missing
    assert "macd: insufficient data (10 of 34 sessions)" in snap.missing
    assert "NaN" not in snap.model_dump_json()
    assert Snapshot.model_validate_json(snap.model_dump_json()) == snap
    build_fact_sheet(snap)


def test_history_after_the_session_is_not_used() -> None:
    hist = history("IWM", random_walk(3, 300, 220.0))
    session = hist.bars[249].session
    snap = build_snapshot(hist, instrument(), {}, session)
    direct = build_snapshot(hist.until(session), instrument(), {}, session)
    assert snap == direct and snap.bars_used == 250 and snap.session == session


def test_snapshot_raises_when_last_bar_is_not_the_session() -> None:
    hist = history("IWM", random_walk(4, 60, 220.0))
    last = hist.bars[-1].session
    with pytest.raises(DataError, match=r"IWM: no bar for session .*last bar on or before it"):
        build_snapshot(hist, instrument(), {}, last + timedelta(days=1))
    saturday = next(d for d in (last - timedelta(days=k) for k in range(7)) if d.weekday() == 5)
    with pytest.raises(DataError, match="IWM"):
        build_snapshot(hist, instrument(), {}, saturday)
    with pytest.raises(DataError, match="no bar"):
        build_snapshot(hist, instrument(), {}, START - timedelta(days=1))


def test_related_symbol_without_session_bar_is_left_out() -> None:
    hist = history("IWM", random_walk(1, 300, 220.0))
    session = hist.bars[-1].session
    snap = build_snapshot(hist, IWM, related_set(300, session_cut=1), session)
    assert "QQQ" not in {m.symbol for m in snap.related}
    assert any(line.startswith("related QQQ: no bar on") for line in snap.missing)


def test_missing_benchmark_is_reported() -> None:
    hist = history("IWM", random_walk(1, 300, 220.0))
    related = related_set(300)
    del related["SPY"]
    snap = build_snapshot(hist, IWM, related, hist.bars[-1].session)
    assert snap.relative is None
    assert "related SPY: no price history" in snap.missing
    assert any(line.startswith("relative: benchmark SPY") for line in snap.missing)


def test_the_range_edge_broken_today_is_a_level_on_the_other_side() -> None:
    bars = BarArrays.from_history(swing_history())
    close = bars.last_close
    held = TradingRange(is_tight=True, lower=close - 30, upper=close - 6, sessions=20, width_pct=20.0)
    levels = compute_key_levels(bars, atr_value=2.0, sma_50=None, sma_200=None, trading_range=None,
                                prior_range=held)
    old = next(lv for lv in levels if lv.source == "broken_range")
    assert (old.label, old.kind, old.price) == ("old range top", LevelKind.SUPPORT, close - 6)
    inside = held.model_copy(update={"upper": close + 6})  # the close did not break it: no such level
    assert not any(lv.source == "broken_range" for lv in compute_key_levels(
        bars, atr_value=2.0, sma_50=None, sma_200=None, trading_range=None, prior_range=inside))


def test_max_pain_and_moving_averages_join_the_levels() -> None:
    bars = BarArrays.from_history(swing_history())
    levels = compute_key_levels(bars, atr_value=2.0, sma_50=99.0, sma_200=None,
                                trading_range=None, max_pain=101.0)
    kinds = {lv.kind: lv for lv in levels}
    assert kinds[LevelKind.MAX_PAIN].price == 101 and kinds[LevelKind.MAX_PAIN].source == "options"
    ma = kinds[LevelKind.MOVING_AVERAGE]
    assert (ma.price, ma.label, ma.source) == (99.0, "50-day MA", "sma_50")
    assert ma.distance_pct == pytest.approx((99 / bars.last_close - 1) * 100)


def test_a_zone_named_for_one_average_does_not_swallow_the_other() -> None:
    bars = BarArrays.from_history(swing_history())
    close = bars.last_close
    # the 200-day and the 50-day 0.4 apart: inside one zone's tolerance (0.25 x ATR 2 = 0.5)
    levels = compute_key_levels(bars, atr_value=2.0, sma_50=close - 7.2, sma_200=close - 7.6,
                                trading_range=None)
    averages = {lv.source: (lv.price, lv.zone_low, lv.zone_high) for lv in levels
                if lv.source in ("sma_50", "sma_200")}
    assert averages == {"sma_50": (close - 7.2, None, None), "sma_200": (close - 7.6, None, None)}


def test_a_zone_narrower_than_a_twentieth_of_an_atr_is_one_price() -> None:
    """A put wall at $90.00 and a swing low at $90.05 (ATR 2: 0.05 ATR is $0.10) are one level at
    the wall's price, not a '$90.00–$90.05' zone; 0.2 apart they stay a zone."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    for gap, zone in ((0.05, (None, None)), (0.2, (90.0, 90.2))):
        candidates = [LevelCandidate(90.0, "put wall", "options"),
                      LevelCandidate(90.0 + gap, "swing low", "swing", touches=1)]
        (level,) = select_key_levels(candidates, close=100.0, zone_tolerance=0.5, narrow=0.1)
        assert (level.price, level.zone_low, level.zone_high) == (90.0, *zone), level


def test_a_swing_zone_reaching_toward_a_level_merges_with_it_by_its_edge() -> None:
    """A range top at $474.50 and a swing zone $475.35-$476.71 (its mean $476.13, $1.63 off, past the
    $1.12 tolerance; its low edge $0.85 off, inside it) are one zone: the table does not print two
    levels a trader reads as one (demo DIA 2026-11-20 before edzones)."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    candidates = [LevelCandidate(474.50, "range top", "range"),
                  LevelCandidate(476.13, "swing zone", "swing", touches=3, zone_low=475.35, zone_high=476.71)]
    (level,) = select_key_levels(candidates, close=465.0, zone_tolerance=1.12, widest=3.4)
    assert (level.price, level.label, level.zone_low, level.zone_high, level.touches) == (
        474.50, "range top", 474.50, 476.71, 3)


def test_a_zone_stops_growing_at_its_widest_and_the_weaker_of_two_close_zones_goes() -> None:
    """ATR 4 (tolerance 1, widest 3): swing zones at 100-102.5 and 103-104 are closer than the
    tolerance but would make a 4-wide zone, so they stay apart, and the table keeps the one with more
    touches instead of printing two rows 0.5 apart."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    candidates = [LevelCandidate(101.0, "swing zone", "swing", touches=2, zone_low=100.0, zone_high=102.5),
                  LevelCandidate(103.5, "swing high", "swing", touches=3, zone_low=103.0, zone_high=104.0),
                  LevelCandidate(110.0, "round number", "round")]
    levels = select_key_levels(candidates, close=95.0, zone_tolerance=1.0, widest=3.0)
    rows = [(lv.price, lv.zone_low, lv.zone_high) for lv in levels]
    assert rows == [(110.0, None, None), (103.5, 103.0, 104.0)]
    wide = select_key_levels(candidates, close=95.0, zone_tolerance=1.0, widest=5.0)
    rows = [(lv.price, lv.zone_low, lv.zone_high) for lv in wide]
    assert rows == [(110.0, None, None), (101.0, 100.0, 104.0)]


def test_two_averages_too_close_for_two_rows_are_each_their_own_price() -> None:
    """The 50-day at $601.08 merged with a swing zone up to $607.05 and the 200-day's zone reaching
    $600.28 (tolerance 2.86): each average stays, as its bare price without the swings merged into it
    (real QQQ 2026-04-09 before edzones)."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    candidates = [LevelCandidate(601.08, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE),
                  LevelCandidate(604.96, "swing zone", "swing", touches=2, zone_low=602.87, zone_high=607.05),
                  LevelCandidate(596.34, "200-day MA", "sma_200", kind=LevelKind.MOVING_AVERAGE),
                  LevelCandidate(597.52, "swing low", "swing", touches=2, zone_low=594.76, zone_high=600.28)]
    levels = select_key_levels(candidates, close=620.0, zone_tolerance=2.86, widest=8.6)
    assert [(lv.source, lv.price, lv.zone_low, lv.touches) for lv in levels] == [
        ("sma_50", 601.08, None, 0), ("sma_200", 596.34, None, 0)]


def test_a_level_past_the_crowded_out_zone_stays_a_row_of_its_own() -> None:
    """ATR 40 (tolerance 10, widest 20): the range top at 100 takes the swing high 85-96 into its zone;
    the swing zone 101-112 is crowded out by it, but the round 118, merged into that swing zone, lies
    well clear of the range top and stays a row (the eval's ^GSPC 2026-11-20 lost its round 7,000)."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    candidates = [LevelCandidate(90.0, "swing high", "swing", touches=2, zone_low=85.0, zone_high=96.0),
                  LevelCandidate(100.0, "range top", "range"),
                  LevelCandidate(106.0, "swing zone", "swing", touches=3, zone_low=101.0, zone_high=112.0),
                  LevelCandidate(118.0, "round number", "round")]
    levels = select_key_levels(candidates, close=60.0, zone_tolerance=10.0, widest=20.0)
    assert [(lv.label, lv.price, lv.zone_low, lv.zone_high) for lv in levels] == [
        ("round number", 118.0, None, None), ("range top", 100.0, 85.0, 100.0)]


def test_an_anchor_left_bare_counts_the_pivots_at_its_own_price() -> None:
    """Two anchors too close for two rows each stand at their own price; the touches a row prints are
    the pivots within a twentieth of an ATR of that price, not those merged into its zone (real QQQ
    2026-04-08: the old range top at $588.59 with pivots at $588.50 and $589.05)."""
    from pipeline.indicators.levels import LevelCandidate, select_key_levels
    candidates = [LevelCandidate(588.59, "old range top", "broken_range"),
                  LevelCandidate(591.0, "swing zone", "swing", touches=4, zone_low=588.5, zone_high=593.34),
                  LevelCandidate(595.95, "200-day MA", "sma_200", kind=LevelKind.MOVING_AVERAGE)]
    levels = select_key_levels(candidates, close=606.0, zone_tolerance=2.94, narrow=0.59, widest=5.0,
                               pivots=[588.5, 589.05, 591.33, 593.34])
    assert [(lv.source, lv.zone_low, lv.touches) for lv in levels] == [
        ("sma_200", None, 0), ("broken_range", None, 2)]
