"""Trade setups and level zones on constructed levels: real triggers, stops tied to the trigger
and ATR, targets at real levels, reward/risk computed, poor geometry not offered."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.contracts import KeyLevel, LevelKind, TradeSetup, TradingRange
from pipeline.indicators.levels import LevelCandidate, select_key_levels
from pipeline.indicators.setups import (
    FADE_STOP_ATR,
    RECORD_BREAK_BUFFER_ATR,
    RECORD_TRIGGER,
    RULES,
    Market,
    Miss,
    SetupRules,
    breakout_setup,
    compute_pending_setups,
    compute_trade_setups,
    past_range_edge,
    pending_setup,
    plan_setup,
    setup_misses,
    stop_clear_of_levels,
)

CLOSE, ATR = 100.0, 2.0


def level(price: float, label: str, source: str = "swing", *, kind: LevelKind | None = None,
          low: float | None = None, high: float | None = None) -> KeyLevel:
    side = LevelKind.RESISTANCE if price > CLOSE else LevelKind.SUPPORT
    return KeyLevel(kind=kind or side, price=price, zone_low=low, zone_high=high, label=label,
                    source=source, distance_pct=(price / CLOSE - 1) * 100)


def by_direction(setups: list[TradeSetup]) -> dict[str, TradeSetup]:
    return {setup.direction: setup for setup in setups}


def test_range_holding_gives_fades_at_the_edges_with_computed_reward_risk() -> None:
    levels = [level(106, "range top", "range"), level(103, "swing high"),
              level(94, "range bottom", "range"), level(90, "swing low")]
    tight = TradingRange(is_tight=True, lower=94, upper=106, sessions=20, width_pct=12.8)
    found = by_direction(compute_trade_setups(CLOSE, levels, tight, ATR))  # the close mid-range
    long, short = found["long"], found["short"]
    assert (long.style, long.trigger) == ("fade", "a dip to the range bottom that holds")
    # Buy at the range bottom, stop 0.75 ATR under it, target the first level above the entry and
    # the close.
    assert (long.stop, long.entry, long.target) == (92.5, 94, 103)
    assert long.reward_risk == 6.0 and long.risk_atr == pytest.approx(0.75)
    assert (long.target_basis, long.target_label) == ("next_level", "swing high")
    assert (short.style, short.trigger) == ("fade", "a rally to the range top that stalls")
    # The swing high at 103 is under the entry but above the close: the short aims at the range bottom.
    assert (short.target, short.entry, short.stop) == (94, 106, 107.5)
    assert short.reward_risk == 8.0


def test_in_a_holding_range_the_fade_comes_first_even_near_the_top() -> None:
    levels = [level(106, "range top", "range"), level(99, "swing low"),
              level(96, "range bottom", "range"), level(90, "swing low")]
    tight = TradingRange(is_tight=True, lower=96, upper=106, sessions=20, width_pct=10.4)
    long = by_direction(compute_trade_setups(104.0, levels, tight, ATR))["long"]
    assert (long.style, long.entry, long.stop, long.target, long.reward_risk) == ("fade", 96, 94.5, 106, 6.7)
    assert long.target_label == "range top"  # the old support at 99 lies under the close at 104


def test_a_target_lies_past_the_close_not_only_past_the_entry() -> None:
    levels = [level(106, "range top", "range"), level(98, "swing low"),
              level(96, "range bottom", "range")]
    tight = TradingRange(is_tight=True, lower=96, upper=106, sessions=20, width_pct=10.4)
    long = by_direction(compute_trade_setups(CLOSE, levels, tight, ATR))["long"]
    # The swing low at 98 is past the entry but under the close at 100: a long aiming there would
    # aim at a price already passed; the range top is the target.
    assert (long.entry, long.stop, long.target, long.reward_risk) == (96, 94.5, 106, 6.7)
    market = Market(CLOSE, ATR, tuple(levels), tight)
    before = plan_setup("long", market, SetupRules())  # setups2's rules: the first level past the entry
    assert before is not None and (before.stop, before.target, before.reward_risk) == (95, 98, 2.0)
    levels[1] = level(97.5, "swing low")  # reward 1.5 on a risk of 1: a fade needs 2; the breakout remains
    tight_market = Market(CLOSE, ATR, tuple(levels), tight)
    setups3 = replace(RULES, target_past_close_atr=None, support_stop_atr=FADE_STOP_ATR)
    assert plan_setup("long", tight_market, setups3).style == "breakout"
    assert plan_setup("long", tight_market, SetupRules()).style == "fade"


def test_breakout_of_a_range_targets_the_measured_move_when_no_level_is_nearer() -> None:
    # The close sits on the range bottom (a current zone), so the range no longer "holds".
    levels = [level(102, "range top", "range"),
              level(96.2, "range bottom", "range", kind=LevelKind.CURRENT),
              level(93, "swing low")]
    tight = TradingRange(is_tight=True, lower=96.2, upper=102, sessions=15, width_pct=6.0)
    found = by_direction(compute_trade_setups(96.3, levels, tight, ATR))
    long = found["long"]
    assert (long.style, long.trigger) == ("breakout", "a close above the range top")
    assert (long.stop, long.entry) == (100, 102)  # one ATR back inside the range
    assert long.target == pytest.approx(102 + (102 - 96.2))
    assert long.target_basis == "measured_move" and long.reward_risk == 2.9
    assert "short" not in found  # no support beyond the swing low to aim a breakdown at


def test_breakout_stop_goes_under_a_wide_zone_and_target_is_the_next_level() -> None:
    levels = [level(112, "swing high"), level(104, "swing zone", low=103.5, high=104.5)]
    long = compute_trade_setups(CLOSE, levels, None, ATR)[0]
    assert long.entry == 104.5  # the top of the broken zone
    assert long.stop == pytest.approx(102.5)  # one ATR under the entry (the zone is narrower)
    assert long.target == 112 and long.reward_risk == pytest.approx(3.8)


def test_poor_geometry_is_not_offered() -> None:
    crowded = [level(104, "swing high"), level(105, "swing high")]
    assert compute_trade_setups(CLOSE, crowded, None, ATR) == []  # reward/risk 0.5
    wide = [level(110, "swing zone", low=103, high=109), level(125, "swing high")]
    assert compute_trade_setups(CLOSE, wide, None, ATR) == []  # stop 6.5 away = 3.25 ATR
    far = [level(104, "swing high"), level(130, "swing high")]
    assert compute_trade_setups(CLOSE, far, None, ATR) == []  # target 13 ATR away


def test_uptrend_pulls_back_to_the_nearest_support() -> None:
    levels = [level(108, "swing high"), level(97, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE)]
    found = by_direction(compute_trade_setups(CLOSE, levels, None, ATR, sma_50=97, sma_200=90))
    long = found["long"]
    assert (long.style, long.trigger) == ("pullback", "a pullback to the 50-day average that holds")
    assert (long.stop, long.entry, long.target) == (95.5, 97, 108)
    assert long.reward_risk == 7.3


def test_trigger_names_old_resistance_turned_support() -> None:
    levels = [level(106, "swing high"), level(99, "swing high"), level(96, "round number", "round")]
    long = compute_trade_setups(CLOSE, levels, None, ATR, sma_50=97, sma_200=90)[0]
    assert long.trigger == "a pullback to the old swing high that holds"
    short = compute_trade_setups(CLOSE, [level(101, "round number", "round"), level(110, "swing high"),
                                         level(95, "swing low"), level(92, "swing low")], None, ATR)
    assert [x.trigger for x in short if x.direction == "short"] == ["a close below the swing low"]


def test_pullback_too_deep_falls_back_to_a_breakout() -> None:
    levels = [level(103, "swing high"), level(110, "swing high"), level(92, "swing low")]
    found = by_direction(compute_trade_setups(CLOSE, levels, None, ATR, sma_50=95, sma_200=90))
    assert found["long"].style == "breakout"  # 92 is 4 ATR below the close


def test_a_break_with_no_level_beyond_targets_three_atrs_and_says_it_is_beyond_the_record() -> None:
    levels = [level(103, "swing high"), level(110, "round number", "round")]  # 110: nothing tested it
    setups = compute_trade_setups(CLOSE, levels, None, ATR, record_high=103)
    long = setups[0]
    assert (long.entry, long.stop, long.target) == (103, 101, 109)
    assert (long.target_basis, long.reward_risk, long.beyond_record) == ("atr_multiple", 3.0, True)
    assert long.trigger == "a close above the swing high, the record close"
    assert "3 ATRs past the entry" in long.note() and "above the highest close" in long.note()
    assert compute_trade_setups(CLOSE, levels, None, ATR, record_high=115) == []  # not a record


def test_a_level_within_half_an_atr_of_the_entry_is_no_target() -> None:
    # A range top at the record with an intraday swing high 0.3 ATR above it (the demo's QQQ):
    # the breakout's target is the measured move, not the swing high the breakout day passes.
    levels = [level(106, "range top", "range", low=105.8, high=106), level(106.6, "swing high"),
              level(96, "range bottom", "range")]
    tight = TradingRange(is_tight=True, lower=96, upper=105.8, sessions=29, width_pct=10.2)
    market = Market(104.5, ATR, tuple(levels), tight, record_high=105.8)
    long = breakout_setup("long", market)
    assert isinstance(long, TradeSetup)
    assert (long.entry, long.target_basis) == (106, "measured_move")
    assert long.target == pytest.approx(115.8) and long.reward_risk == 4.9
    assert long.trigger == "a close above the range top, which holds the record close"
    levels[1] = level(107.2, "swing high")  # 0.6 ATR past the entry: a real next level, too close
    assert breakout_setup("long", Market(104.5, ATR, tuple(levels), tight)) == \
        Miss("long", "breakout", "reward_risk", 106, 107.2, 0.6)


def test_a_max_pain_strike_is_no_breakout_level() -> None:
    levels = [level(101, "max pain", "options", kind=LevelKind.MAX_PAIN), level(104, "swing high"),
              level(110, "swing high")]
    long = by_direction(compute_trade_setups(CLOSE, levels, None, ATR))["long"]
    assert (long.entry, long.trigger, long.target) == (104, "a close above the swing high", 110)


def test_current_zone_is_never_a_trigger_and_no_atr_places_nothing() -> None:
    levels = [level(100.3, "50-day MA", "sma_50", kind=LevelKind.CURRENT), level(104, "swing high"),
              level(110, "swing high")]
    long = compute_trade_setups(CLOSE, levels, None, ATR)[0]
    assert long.entry == 104
    assert compute_trade_setups(CLOSE, levels, None, None) == []


def test_every_setup_keeps_its_invariants() -> None:
    levels = [level(p, "swing high" if p > CLOSE else "swing low")
              for p in (91, 94, 97.5, 98.6, 101.7, 103, 106, 111)]
    for setup in compute_trade_setups(CLOSE, levels, None, ATR, sma_50=99, sma_200=95):
        sign = 1 if setup.direction == "long" else -1
        assert sign * setup.stop < sign * setup.entry < sign * setup.target
        assert setup.reward_risk >= 1.5 and setup.risk_atr is not None and setup.risk_atr <= 2.5
        assert setup.target in (91, 94, 97.5, 98.6, 101.7, 103, 106, 111)


# --- level zones ---------------------------------------------------------------------------------

def test_levels_closer_than_a_quarter_atr_merge_into_one_zone() -> None:
    candidates = [LevelCandidate(105.0, "range top", "range"),
                  LevelCandidate(105.3, "swing high", "swing", touches=2),
                  LevelCandidate(96.0, "range bottom", "range"),
                  LevelCandidate(95.5, "round number", "round")]  # exactly 0.25 ATR: not closer
    levels = select_key_levels(candidates, CLOSE, 0.25 * ATR)
    top = next(lv for lv in levels if lv.price > CLOSE)
    assert (top.label, top.price, top.zone_low, top.zone_high, top.touches) == \
        ("range top", 105.0, 105.0, 105.3, 2)
    assert top.kind == LevelKind.RESISTANCE
    assert [lv.price for lv in levels if lv.price < CLOSE] == [96.0, 95.5]


def test_a_zone_holding_the_close_is_neither_support_nor_resistance() -> None:
    candidates = [LevelCandidate(100.3, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE),
                  LevelCandidate(99.9, "swing low", "swing"),
                  LevelCandidate(104.0, "swing high", "swing")]
    levels = select_key_levels(candidates, CLOSE, 0.25 * ATR)
    current = [lv for lv in levels if lv.kind == LevelKind.CURRENT]
    assert len(current) == 1
    assert (current[0].label, current[0].zone_low, current[0].zone_high) == ("50-day MA", 99.9, 100.3)
    assert not any(lv.kind == LevelKind.SUPPORT for lv in levels)
    assert [lv.kind for lv in levels if lv.price > 101] == [LevelKind.RESISTANCE]


def test_a_bare_round_number_a_fraction_of_an_atr_away_is_no_breakout_level() -> None:
    near = [level(100.6, "round number", "round"), level(104, "swing high"), level(110, "swing high")]
    long = by_direction(compute_trade_setups(CLOSE, near, None, ATR))["long"]
    assert (long.style, long.entry, long.trigger) == ("breakout", 104, "a close above the swing high")
    far = [level(101.5, "round number", "round"), level(106, "swing high"), level(110, "swing high")]
    long = by_direction(compute_trade_setups(CLOSE, far, None, ATR))["long"]
    assert long.entry == 101.5 and long.trigger == "a close above the round-number mark"  # 0.75 ATR away
    tested = [level(100.6, "round number", "round").model_copy(update={"touches": 2}),
              level(104, "swing high"), level(110, "swing high")]
    assert by_direction(compute_trade_setups(CLOSE, tested, None, ATR))["long"].entry == 100.6


def test_a_side_without_a_setup_says_which_rule_failed_and_what_would_create_one() -> None:
    levels = [level(102, "swing high"), level(103, "swing high"), level(110, "swing high")]
    market = Market(CLOSE, ATR, tuple(levels))
    assert plan_setup("long", market) is None
    # entry 102, an ATR under it the close itself: the stop sits 0.25 ATR under the close (edpolish)
    assert setup_misses("long", market) == [Miss("long", "breakout", "reward_risk", 102, 103, 0.4)]
    pending = pending_setup("long", market)  # a close above 103 clears the crowd: 3.5 to 1
    assert pending is not None and (pending.entry, pending.stop, pending.target) == (103, 101, 110)
    assert pending.reward_risk == 3.5
    assert compute_pending_setups(CLOSE, levels, None, ATR) == [pending]
    assert setup_misses("short", market) == [Miss("short", "breakout", "no_level")]
    assert pending_setup("short", market) is None


def test_a_pullback_out_of_reach_is_the_pending_setup_in_an_uptrend() -> None:
    levels = [level(101, "swing high"), level(92, "swing low"), level(88, "swing low")]
    market = Market(CLOSE, ATR, tuple(levels), sma_50=95, sma_200=90)
    assert [m.reason for m in setup_misses("long", market)] == ["out_of_reach", "no_target"]
    pending = pending_setup("long", market)
    assert pending is not None and pending.style == "pullback"
    assert (pending.entry, pending.stop, pending.target) == (92, 90.5, 101)


UPTREND = {"sma_50": 97.0, "sma_200": 95.0, "sma_50_slope_pct": 1.0}
TREND_LEVELS = [level(108, "swing high"), level(104, "swing high"), level(98, "swing low"),
                level(93, "swing low")]


@pytest.mark.parametrize(("sma_200", "slope", "long", "short"), [
    (95.0, 0.8, None, "trend_side"),            # above a rising 200-day: longs only
    (95.0, -0.3, "trend_slope", "trend_side"),  # above a falling one: neither side
    (105.0, -0.3, "trend_side", None),          # below a falling one: shorts only
    (105.0, 0.3, "trend_side", "trend_slope"),  # below a rising one: neither side
])
def test_a_side_goes_only_with_the_200_day_trend(sma_200: float, slope: float, long: str | None,
                                                 short: str | None) -> None:
    market = Market(CLOSE, ATR, tuple(TREND_LEVELS), sma_50=97, sma_200=sma_200,
                    sma_200_slope_pct=slope)
    for direction, blocked in (("long", long), ("short", short)):
        placed = plan_setup(direction, market)
        before = plan_setup(direction, market, replace(RULES, trend_filter="none"))  # without the filter
        assert before is not None
        if blocked is None:
            assert placed == before
            continue
        assert placed is None and pending_setup(direction, market) is None
        assert setup_misses(direction, market) == [Miss(direction, before.style, blocked, sma_200)]
    setups = compute_trade_setups(CLOSE, TREND_LEVELS, None, ATR, sma_50=97, sma_200=sma_200,
                                  sma_200_slope_pct=slope)
    assert {s.direction for s in setups} == {d for d, b in (("long", long), ("short", short)) if b is None}


def test_without_the_200_day_slope_no_side_is_filtered() -> None:
    setups = compute_trade_setups(CLOSE, TREND_LEVELS, None, ATR, sma_50=97, sma_200=105)
    assert {s.direction for s in setups} == {"long", "short"}


def test_rule_variants_move_the_entry_the_base_and_the_target_floor() -> None:
    """The choices scripts/setup_variants.py compared in-sample (setups4) and did not keep."""
    levels = [level(108, "swing high"), level(102, "swing high"), level(98.5, "50-day MA", "sma_50",
                                                                         kind=LevelKind.MOVING_AVERAGE),
              level(97, "swing low")]
    market = Market(CLOSE, ATR, tuple(levels), sma_50=98.5, sma_200=90, sma_20=99.0)
    base = plan_setup("long", market)
    # the stop 0.75 ATR under the average lands on the swing low at 97: it moves 0.05 ATR under it
    assert base is not None and (base.style, base.entry, round(base.stop, 2)) == ("pullback", 98.5, 96.9)
    # An entry within an ATR of the close moves to the close; the stop stays at the level.
    near = plan_setup("long", market, replace(RULES, close_entry_atr={"pullback": 1.0},
                                              target_past_close_atr=1.5))
    assert near is not None and (near.entry, round(near.stop, 2), near.target) == (100, 96.9, 108)
    # The base: the nearest swing, or the 20-day average.
    swing = plan_setup("long", market, replace(RULES, pullback_base="swing"))
    assert swing is not None and (swing.entry, swing.stop) == (97, 95.5)
    average = plan_setup("long", market, replace(RULES, pullback_base="sma_20"))
    assert average is not None and (average.entry, average.trigger) == (99.0, "a pullback to the 20-day "
                                                                        "average that holds")
    # A target at least 1.5 ATR past the close: the swing high at 102 is not one.
    assert (base.target, plan_setup("long", market, replace(RULES, target_past_close_atr=1.5)).target) \
        == (102, 108)
    # A breakout's entry a quarter ATR past the broken level, the stop measured from it.
    flat = Market(CLOSE, ATR, (level(103, "swing high"), level(112, "swing high")))
    plain, buffered = (breakout_setup("long", flat, rules=replace(RULES, breakout_entry_atr=buffer))
                       for buffer in (0, 0.25))
    assert isinstance(plain, TradeSetup) and isinstance(buffered, TradeSetup)
    assert (plain.entry, plain.stop, buffered.entry, buffered.stop) == (103, 101, 103.5, 101.5)


DOWNTREND = Market(CLOSE, ATR, tuple(TREND_LEVELS), sma_50=103, sma_200=105, sma_50_slope_pct=-0.5,
                   sma_200_slope_pct=-0.3, vix=25, pct_from_52w_high=-12)


@pytest.mark.parametrize(("rules", "reading", "blocked"), [
    (replace(RULES, sides=("long",)), {}, "side_off"),
    (replace(RULES, short_gate="sma_50_and_200"), {}, None),
    (replace(RULES, short_gate="sma_50_and_200"), {"sma_50_slope_pct": 0.2}, "short_trend"),
    (replace(RULES, short_gate="sma_50_and_200"), {"sma_50": 99.0}, "short_trend"),
    (replace(RULES, short_gate="vix"), {}, None),
    (replace(RULES, short_gate="vix"), {"vix": 19.5}, "short_calm"),
    (replace(RULES, short_gate="vix"), {"vix": None}, "short_calm"),
    (replace(RULES, short_gate="drawdown"), {"pct_from_52w_high": -8.0}, "short_calm"),
    (replace(RULES, short_gate="vix_or_drawdown"), {"vix": 15.0}, None),
    (replace(RULES, short_gate="vix_or_drawdown"), {"vix": 15.0, "pct_from_52w_high": -3.0}, "short_calm"),
])
def test_a_short_gate_keeps_shorts_out_and_leaves_longs_alone(rules: SetupRules, reading: dict,
                                                              blocked: str | None) -> None:
    """The short gates scripts/setup_variants.py compared in-sample (setups5)."""
    market = replace(DOWNTREND, **reading)
    placed = plan_setup("short", market, rules)
    if blocked is None:
        assert placed == plan_setup("short", market) and placed is not None
    else:
        assert placed is None and pending_setup("short", market, rules) is None
        assert [m.reason for m in setup_misses("short", market, rules)] == [blocked]
    up = replace(market, close=110.0, sma_200_slope_pct=0.5)
    assert plan_setup("long", up, rules) == plan_setup("long", up)


def test_a_short_can_have_its_own_floor_styles_and_stops() -> None:
    """The short options scripts/setup_variants.py compared in-sample (setups5); the desk uses none."""
    base = plan_setup("short", DOWNTREND)
    assert base is not None
    assert (base.style, base.entry, base.stop, base.reward_risk) == ("pullback", 104, 105.5, 4.0)
    # A wider stop past the level: 1 or 1.5 ATR over the swing high at 104.
    one = plan_setup("short", DOWNTREND, replace(RULES, short_support_stop_atr=1.0))
    assert one is not None and (one.stop, one.reward_risk) == (106, 3.0)
    wide = plan_setup("short", DOWNTREND, replace(RULES, short_support_stop_atr=1.5))
    assert wide is not None and (wide.stop, wide.reward_risk) == (107, 2.0)
    # Short pullbacks dropped: the breakdown of the swing low, its stop a least 1 ATR (RULES) or 2.
    no_pullback = replace(RULES, dropped_short=frozenset({"pullback"}))
    breakdown = plan_setup("short", DOWNTREND, no_pullback)
    assert breakdown is not None
    # an ATR over the entry is the close itself: the stop sits the breakout buffer past it (edpolish)
    assert (breakdown.style, breakdown.entry, breakdown.stop) == ("breakout", 98, 100.5)
    wider = replace(no_pullback, short_breakout_stop_atr=2.0)
    assert plan_setup("short", DOWNTREND, wider) is None
    assert setup_misses("short", DOWNTREND, wider) == [Miss("short", "breakout", "reward_risk", 98, 93, 1.25)]
    # A reward/risk floor for shorts only.
    assert plan_setup("short", DOWNTREND, replace(no_pullback, short_min_reward_risk=3.0)) is None
    mirror = replace(DOWNTREND, sma_50=97, sma_200=95, sma_50_slope_pct=0.5, sma_200_slope_pct=0.3)
    long = plan_setup("long", mirror)
    assert long is not None and plan_setup("long", mirror, replace(RULES, short_min_reward_risk=9.0,
                                                                   short_support_stop_atr=2.0)) == long


def test_a_long_breakout_above_the_record_enters_at_the_record_close_plus_a_buffer() -> None:
    """A bare round number at or above the record close is no breakout level: the record close
    is, and the entry sits RECORD_BREAK_BUFFER_ATR past it, with a trigger that says so."""
    levels = [level(110, "round number", "round"), level(95, "swing high")]
    at_record = by_direction(compute_trade_setups(CLOSE, levels, None, ATR, record_high=CLOSE))["long"]
    assert at_record.entry == CLOSE + RECORD_BREAK_BUFFER_ATR * ATR == 102
    assert at_record.trigger == RECORD_TRIGGER == "a close an ATR above the record close"
    # the stop a quarter ATR under the record close: a close back under it undoes the trade
    assert (at_record.stop, at_record.target, at_record.reward_risk) == (99.5, 108, 2.4)
    assert at_record.target_basis == "atr_multiple" and at_record.beyond_record
    under = by_direction(compute_trade_setups(CLOSE, levels, None, ATR, record_high=102))["long"]
    assert under.entry == 104 and under.trigger == RECORD_TRIGGER  # the record above the close
    higher = [*levels, level(120, "swing high")]
    below_record = by_direction(compute_trade_setups(CLOSE, higher, None, ATR, record_high=115))["long"]
    assert below_record.entry == 110  # a round number under the record stays the breakout level
    assert RECORD_BREAK_BUFFER_ATR == 1.0  # the trigger's words


def test_near_a_record_the_long_trades_the_break_not_a_dip_back_to_the_close() -> None:
    """A range whose top holds the record close: a fade at the bottom aiming back at about today's
    close is no trade a desk writes after a rally to under the record (demo QQQ 2026-11-20); the
    breakout of the range top, a new record, takes its place. Without the record in reach, or with
    the fade aiming past today's close at the range top, the fade stays."""
    levels = [level(106, "range top", "range", low=105.8, high=106),  # the current zone holds the close
              level(104.7, "swing high", kind=LevelKind.CURRENT, low=104.6, high=104.9),
              level(96, "range bottom", "range")]
    tight = TradingRange(is_tight=True, lower=96, upper=105.8, sessions=29, width_pct=10.2)
    market = Market(104.5, ATR, tuple(levels), tight, record_high=105.8)
    long = plan_setup("long", market)
    assert long is not None
    assert (long.style, long.entry, long.target_basis) == ("breakout", 106, "measured_move")
    assert long.trigger == "a close above the range top, which holds the record close"
    fade = plan_setup("long", market, replace(RULES, record_first=False))
    assert fade is not None and (fade.style, fade.entry, fade.target) == ("fade", 96, 104.6)  # a round trip
    assert plan_setup("long", replace(market, record_high=120)) == fade  # no record in reach
    deep = replace(market, levels=(levels[0], levels[2]))  # the fade aims at the range top: kept
    assert plan_setup("long", deep).style == "fade"  # type: ignore[union-attr]


def test_a_record_close_with_nothing_to_break_above_breaks_the_record_itself() -> None:
    """A record close whose only level above is a bare round number within half an ATR (no
    breakout level, `is_noise`): the record close is the level, entered an ATR past it (real QQQ
    2026-05-14 had no long at all)."""
    levels = [level(100.5, "round number", "round"), level(90, "swing high")]
    market = Market(CLOSE, ATR, tuple(levels), record_high=CLOSE)
    long = breakout_setup("long", market)
    assert isinstance(long, TradeSetup) and long.trigger == RECORD_TRIGGER
    assert (long.entry, long.stop, long.target, long.target_basis) == (102, 99.5, 108, "atr_multiple")
    assert breakout_setup("long", replace(market, record_high=104)) == Miss("long", "breakout", "no_level")
    assert breakout_setup("long", market, rules=replace(RULES, record_at_close=False)) == \
        Miss("long", "breakout", "no_level")


def test_in_the_golden_cross_state_a_close_under_the_50_day_still_tries_a_pullback() -> None:
    """The 50-day above the 200-day and the close between them: the uptrend's pullback is tried
    after the breakout (real DIA 2026-04-08, a range breakout closing just under its 50-day)."""
    levels = [level(101, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE), level(102.5, "swing high"),
              level(98, "old range top", "broken_range"), level(90, "200-day MA", "sma_200",
                                                              kind=LevelKind.MOVING_AVERAGE)]
    market = Market(CLOSE, ATR, tuple(levels), sma_50=101, sma_200=90, sma_200_slope_pct=0.5)
    assert setup_misses("long", market, replace(RULES, pullback_across_50=False)) == \
        [Miss("long", "breakout", "reward_risk", 101, 102.5, 0.75)]
    long = plan_setup("long", market)
    assert long is not None and (long.style, long.entry, long.target) == ("pullback", 98, 101)
    assert long.trigger == "a pullback to the old range top that holds"
    assert plan_setup("long", replace(market, sma_200=102, sma_200_slope_pct=-0.5)) is None  # death cross


def test_a_pullback_never_buys_past_the_edge_of_the_range_holding_the_close() -> None:
    """A long pullback tried across the 50-day with the close in the range bottom's zone (the levels
    table's current row): the next support under it is past the range's floor, and a long bought
    there buys the breakdown of the line the take calls the sellers' (synthetic T08: a swing low at
    $98.89 under a range bottom zone $99.58-$100.17 holding the close $100.00)."""
    floor = level(99.8, "range bottom", "range", kind=LevelKind.CURRENT, low=99.6, high=100.2)
    average = level(102, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE)
    levels = (level(104, "range top", "range"), level(103, "swing high"), average, floor,
              level(98.9, "swing low"))
    tight = TradingRange(is_tight=True, lower=99.8, upper=104, sessions=20, width_pct=4.2)
    market = Market(CLOSE, ATR, levels, tight, sma_50=102, sma_200=90, sma_200_slope_pct=0.5)
    assert setup_misses("long", market) == [Miss("long", "breakout", "reward_risk", 102, 103, 0.4),
                                            Miss("long", "pullback", "past_range", 98.9)]
    without = plan_setup("long", market, replace(RULES, pullback_in_range=False))
    assert without is not None and (without.style, without.entry, without.target) == ("pullback", 98.9, 102)
    inside = replace(market, levels=(*levels[:3], level(98.9, "swing low"),
                                     level(97, "range bottom", "range")))
    assert not past_range_edge(98.9, "long", inside)  # a support inside the range is a pullback's
    assert past_range_edge(98.9, "long", market) and not past_range_edge(99.9, "long", market)
    ceiling = level(100.2, "range top", "range", kind=LevelKind.CURRENT, low=99.8, high=100.4)
    mirror = Market(CLOSE, ATR, (level(101.1, "swing high"), ceiling,
                                 level(98, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE),
                                 level(97, "swing low"), level(96.5, "range bottom", "range")),
                    TradingRange(is_tight=True, lower=96.5, upper=100.2, sessions=20, width_pct=3.8),
                    sma_50=98, sma_200=110, sma_200_slope_pct=-0.5)
    assert past_range_edge(101.1, "short", mirror)  # the mirror's geometry; the rule is the long's
    assert all(m.reason != "past_range" for m in setup_misses("short", mirror))  # see buys_breakdown
    uptrend = replace(market, sma_50=99)  # the close above the 50-day: a dip in the trend, bought
    assert all(m.reason != "past_range" for m in setup_misses("long", uptrend))


def test_a_stop_inside_another_levels_zone_moves_past_its_far_edge() -> None:
    """A long pullback to the 50-day at $98.50 (ATR $2) puts its stop 0.75 ATR under it, at $97.00,
    inside the $96.60-$97.40 swing zone: a normal test of that zone would run it. The stop moves
    0.05 ATR under the zone's low edge, and on under the next zone when it lands in one again; a short
    mirrors it above. Without the rule (stop_zone_buffer_atr=None) the stop stays inside."""
    zone = KeyLevel(kind=LevelKind.SUPPORT, price=97.0, zone_low=96.6, zone_high=97.4, label="swing zone",
                    source="swing", touches=3, distance_pct=-3.0)
    below = KeyLevel(kind=LevelKind.SUPPORT, price=96.4, zone_low=96.3, zone_high=96.55, label="swing low",
                     source="swing", touches=2, distance_pct=-3.6)
    levels = [level(108, "swing high"), level(98.5, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE),
              zone]
    market = Market(CLOSE, ATR, tuple(levels), sma_50=98.5, sma_200=90)
    moved = plan_setup("long", market)
    assert moved is not None and round(moved.stop, 2) == 96.5, moved
    chained = plan_setup("long", replace(market, levels=(*levels, below)))
    assert chained is not None and round(chained.stop, 2) == 96.2, chained
    kept = plan_setup("long", market, replace(RULES, stop_zone_buffer_atr=None))
    assert kept is not None and round(kept.stop, 2) == 97.0, kept
    short_market = Market(CLOSE, ATR, (level(92, "swing low"), level(101.5, "50-day MA", "sma_50",
                                                                     kind=LevelKind.MOVING_AVERAGE),
                                       KeyLevel(kind=LevelKind.RESISTANCE, price=103.0, zone_low=102.6,
                                                zone_high=103.4, label="swing zone", source="swing",
                                                touches=2, distance_pct=3.0)),
                          sma_50=101.5, sma_200=110)
    assert stop_clear_of_levels(103.0, "short", short_market) == pytest.approx(103.5)


def test_a_breakout_stop_at_the_last_close_moves_past_it_and_the_note_says_what_it_sits_beyond() -> None:
    """Demo SPY 2026-11-20: entry at the range top's high edge, an ATR under it landed two cents over
    the close. The stop moves the breakout buffer (0.25 ATR) under the close, the note says so; a
    stop an ATR under the entry anywhere else is named as such, and one under the level's zone as
    the level."""
    top = KeyLevel(kind=LevelKind.RESISTANCE, price=101.0, zone_low=101.0, zone_high=102.0,
                   label="range top", source="range", touches=3, distance_pct=1.0)
    market = Market(CLOSE, ATR, (top, level(110, "swing high")))
    at_close = breakout_setup("long", replace(market, close=100.02), rules=RULES)
    assert isinstance(at_close, TradeSetup), at_close
    assert at_close.stop == pytest.approx(100.02 - 0.25 * ATR)
    assert at_close.stop_basis == "under the last close" and "stop under the last close" in at_close.note()
    clear = breakout_setup("long", replace(market, close=99.0), rules=RULES)
    assert isinstance(clear, TradeSetup) and clear.stop == pytest.approx(100.0)  # an ATR under 102
    assert clear.stop_basis == "an ATR under the entry", clear
    assert clear.note().startswith("Breakout; stop an ATR under the entry; target:")
    wide = replace(market, levels=(KeyLevel(kind=LevelKind.RESISTANCE, price=101.0, zone_low=100.5,
                                            zone_high=103.0, label="range top", source="range",
                                            touches=3, distance_pct=1.0), level(112, "swing high")),
                   close=99.0)
    by_zone = breakout_setup("long", wide, rules=RULES)
    assert isinstance(by_zone, TradeSetup) and by_zone.stop == pytest.approx(100.0)  # 0.25 ATR under 100.5
    assert by_zone.stop_basis == "under the range top", by_zone


def test_a_close_back_through_a_level_broken_before_is_a_reclaim() -> None:
    """A long breakout of an old range bottom above the close (the range broke down through it) is a
    reclaim: its trigger says 'back above' and its note opens on 'Reclaim'."""
    old = KeyLevel(kind=LevelKind.RESISTANCE, price=102.0, label="old range bottom", source="range",
                   touches=3, distance_pct=2.0)
    setup = breakout_setup("long", Market(CLOSE, ATR, (old, level(112, "swing high"))), rules=RULES)
    assert isinstance(setup, TradeSetup), setup
    assert setup.reclaim and setup.trigger == "a close back above the old range bottom"
    assert setup.note().startswith("Reclaim; stop ")
