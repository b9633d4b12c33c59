"""Grades on made-up bars whose right grade is known by construction."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from market_factories import snapshot_for

from pipeline.contracts import Bar, Bias, TradeSetup
from pipeline.facts import build_fact_sheet
from pipeline.scorecard import calls_from_snapshot
from pipeline.scorecard.contracts import HorizonCall, LevelCall, SessionCalls
from pipeline.scorecard.grading import grade_call, grade_level, grade_session, grade_setup, pulse_band
from pipeline.scoring import score_snapshot
from pipeline.writers.base import Brief
from pipeline.writers.scenarios import setups_for_call
from pipeline.writers.tables import final_call_rows

SESSION = date(2026, 1, 5)


def bars(*rows: tuple[float, float, float, float]) -> list[Bar]:
    """Bars on the weekdays after SESSION, each (open, high, low, close)."""
    found, day = [], SESSION
    for open_, high, low, close in rows:
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        found.append(Bar(session=day, open=open_, high=high, low=low, close=close))
    return found


def quiet(count: int, price: float = 99.0) -> list[tuple[float, float, float, float]]:
    """Bars that stay within 0.5 of `price`."""
    return [(price, price + 0.5, price - 0.5, price)] * count


def long_breakout(**changes: object) -> TradeSetup:
    values: dict[str, object] = {"direction": "long", "style": "breakout", "trigger": "a close above",
                                 "entry": 100.0, "stop": 98.0, "target": 104.0, "reward_risk": 2.0}
    return TradeSetup.model_validate({**values, **changes})


def session_calls(biases: tuple[Bias, Bias, Bias] = (Bias.BULLISH, Bias.NEUTRAL, Bias.BEARISH),
                  change: float = 0.5, setups: list[TradeSetup] | None = None,
                  levels: list[LevelCall] | None = None) -> SessionCalls:
    return SessionCalls(symbol="IWM", session=SESSION, origin="backfill", close=100.0,
                        change_1d_pct=change, atr=2.0, pulse=64,
                        calls=[HorizonCall(horizon=h, bias=b)
                               for h, b in zip(("short", "medium", "long"), biases, strict=True)],
                        setups=setups or [], levels=levels or [])


TRIGGER = (99.0, 100.5, 98.8, 100.2)  # reaches the entry of 100, not the stop or the target


def test_target_first_is_plus_reward_risk() -> None:
    grade = grade_setup(long_breakout(), bars(TRIGGER, (100.2, 104.5, 100.0, 104.0)))
    assert (grade.status, grade.fill, grade.exit, grade.r, grade.tie) == ("target", 100.0, 104.0, 2.0, False)


def test_stop_first_is_minus_one_r() -> None:
    grade = grade_setup(long_breakout(), bars(TRIGGER, (100.0, 101.0, 97.5, 97.8), (98, 105, 97, 104)))
    assert (grade.status, grade.exit, grade.r) == ("stop", 98.0, -1.0)
    assert grade.closed_on == bars(TRIGGER, TRIGGER)[1].session


def test_a_bar_touching_both_counts_as_the_stop() -> None:
    grade = grade_setup(long_breakout(), bars(TRIGGER, (100.0, 105.0, 97.0, 103.0)))
    assert (grade.status, grade.r, grade.tie) == ("stop", -1.0, True)


def test_never_triggered_after_the_trigger_window() -> None:
    grade = grade_setup(long_breakout(), bars(*quiet(5)))
    assert (grade.status, grade.fill, grade.r) == ("not_triggered", None, None)


def test_trigger_window_not_elapsed_is_open() -> None:
    assert grade_setup(long_breakout(), bars(*quiet(4))).status == "open"


def test_triggered_but_undecided_is_open_until_the_window_ends() -> None:
    grade = grade_setup(long_breakout(), bars(TRIGGER, *quiet(5, 100.5)))
    assert (grade.status, grade.fill, grade.r) == ("open", 100.0, None)
    expired = grade_setup(long_breakout(), bars(TRIGGER, *quiet(25, 101.0)))
    assert (expired.status, expired.exit, expired.r) == ("expired", 101.0, 0.5)
    assert expired.closed_on == bars(TRIGGER, *quiet(20, 101.0))[-1].session  # 21 bars from the fill


def test_a_gap_through_the_stop_fills_at_the_open() -> None:
    grade = grade_setup(long_breakout(), bars(TRIGGER, (96.0, 96.5, 95.0, 95.5)))
    assert (grade.status, grade.exit, grade.r, grade.gap) == ("stop", 96.0, -2.0, True)


def test_a_gap_through_the_entry_fills_at_the_open() -> None:
    grade = grade_setup(long_breakout(), bars((101.0, 104.2, 100.8, 104.0)))
    assert (grade.fill, grade.status, grade.exit, grade.r) == (101.0, "target", 104.0, 1.5)


def test_short_bounce_mirrors_the_long() -> None:
    short = long_breakout(direction="short", style="pullback", entry=102.0, stop=103.0, target=99.0,
                          reward_risk=3.0)
    filled = (101.0, 102.2, 100.9, 101.5)
    assert grade_setup(short, bars(filled, (101.0, 101.2, 98.5, 98.8))).r == 3.0
    assert grade_setup(short, bars(filled, (104.0, 104.5, 103.5, 104.0))).r == -2.0  # gap up


def test_the_target_on_the_bar_that_fills_a_pullback_does_not_count() -> None:
    pullback = long_breakout(style="pullback", entry=98.0, stop=97.0, target=101.0, reward_risk=3.0)
    grade = grade_setup(pullback, bars((99.5, 101.5, 97.8, 98.5), (98.5, 99.0, 96.8, 97.0)))
    assert (grade.status, grade.r) == ("stop", -1.0)
    breakout = grade_setup(long_breakout(), bars((99.0, 104.5, 98.9, 104.0)))
    assert (breakout.status, breakout.r) == ("target", 2.0)


def test_stop_on_the_fill_bar_counts() -> None:
    grade = grade_setup(long_breakout(), bars((99.0, 100.5, 97.5, 98.0)))
    assert (grade.status, grade.r) == ("stop", -1.0)


def test_final_calls_against_the_band() -> None:
    calls = session_calls()  # ATR 2 on a close of 100: the 5-session band is +/-2.236%
    short = calls.calls[0]
    grade = grade_call(short, calls, bars(*quiet(4), (103, 103, 103, 103)))
    assert (grade.status, grade.outcome, round(grade.band_pct, 3)) == ("graded", "right", 2.236)
    assert grade_call(short, calls, bars(*quiet(4), (101, 101, 101, 101))).outcome == "flat"
    assert grade_call(short, calls, bars(*quiet(4), (97, 97, 97, 97))).outcome == "wrong"
    neutral = HorizonCall(horizon="short", bias=Bias.NEUTRAL)
    assert grade_call(neutral, calls, bars(*quiet(4), (101, 101, 101, 101))).outcome == "right"
    assert grade_call(neutral, calls, bars(*quiet(4), (97, 97, 97, 97))).outcome == "wrong"


def test_baselines_beside_each_call() -> None:
    down_day = session_calls(biases=(Bias.BEARISH,) * 3, change=-1.2)
    grade = grade_call(down_day.calls[0], down_day, bars(*quiet(4), (97, 97, 97, 97)))
    assert (grade.outcome, grade.always_long, grade.previous_direction) == ("right", "wrong", "right")


def test_a_window_not_elapsed_is_open() -> None:
    graded = grade_session(session_calls(), bars(*quiet(20)))
    by_horizon = {g.horizon: g for g in graded.calls}
    assert by_horizon["short"].status == "graded"
    assert (by_horizon["medium"].status, by_horizon["medium"].outcome) == ("open", None)
    assert by_horizon["long"].status == "open"
    assert grade_session(session_calls(), []).pulse.status == "open"


def test_levels_break_on_a_close_not_a_poke() -> None:
    support = LevelCall(side="support", price=95.0, low=94.5, high=95.5, label="swing low", source="swing")
    poke = (95.2, 95.6, 94.0, 95.0)
    assert grade_level(support, bars(poke, *quiet(9))).status == "held"
    assert grade_level(support, bars(poke, *quiet(5))).status == "open"
    broken = grade_level(support, bars(poke, (95.0, 95.1, 94.0, 94.4)))
    assert (broken.status, broken.broken_on) == ("broken", bars(poke, poke)[1].session)
    resistance = support.model_copy(update={"side": "resistance", "price": 105.0, "low": 105.0,
                                            "high": 105.0})
    assert grade_level(resistance, bars((104, 106, 104, 105.5))).status == "broken"


def test_pulse_bands() -> None:
    assert [pulse_band(p) for p in (0, 30, 31, 40, 41, 59, 60, 70, 100)] == [
        "0-30", "0-30", "31-40", "31-40", "41-50", "51-59", "60-69", "70-100", "70-100"]


def test_grading_refuses_bars_on_or_before_the_session() -> None:
    same_day = Bar(session=SESSION, open=99, high=100, low=98, close=99)
    with pytest.raises(ValueError, match="not after"):
        grade_session(session_calls(), [same_day])
    with pytest.raises(ValueError, match="not after"):
        grade_session(session_calls(), list(reversed(bars(*quiet(2)))))


def test_more_bars_never_change_a_decided_grade() -> None:
    rng = np.random.default_rng(7)
    levels = [LevelCall(side="support", price=97.0, low=96.8, high=97.2, label="swing low", source="swing"),
              LevelCall(side="resistance", price=103.0, low=103.0, high=103.0, label="round", source="round")]
    setups = [long_breakout(), long_breakout(direction="short", entry=98.0, stop=100.0, target=94.0)]
    calls = session_calls(setups=setups, levels=levels)
    for _ in range(30):
        closes = 100 * np.exp(np.cumsum(rng.normal(0, 0.012, 80)))
        rows = [(c * (1 + rng.normal(0, 0.003)), c * 1.008, c * 0.992, c) for c in closes]
        rows = [(o, max(o, h), min(o, low), c) for o, h, low, c in rows]
        full = grade_session(calls, bars(*rows))
        for cut in (3, 8, 15, 30):
            early = grade_session(calls, bars(*rows[:cut]))
            for before, after in zip(early.calls + early.setups + early.levels + [early.pulse],
                                     full.calls + full.setups + full.levels + [full.pulse], strict=True):
                decided = {k: v for k, v in before.model_dump().items() if k not in BASELINES}
                if before.status != "open":
                    assert decided == {k: v for k, v in after.model_dump().items() if k not in BASELINES}
                for field in BASELINES:  # a baseline is its own grade: decided, it stays
                    if getattr(before, field, None) not in (None, "open"):
                        assert getattr(before, field) == getattr(after, field)


BASELINES = {"always_long_r", "previous_direction_r", "baseline"}


def test_calls_of_a_snapshot_follow_the_article() -> None:
    snap = snapshot_for("IWM")
    scores = score_snapshot(snap)
    calls = calls_from_snapshot(snap, scores)
    brief = Brief(snapshot=snap, scores=scores, short_name="Small caps", desk="d", byline="b",
                  ai_label="a")
    rows = final_call_rows(brief, build_fact_sheet(snap, scores))
    assert [call.bias for call in calls.calls] == [row.bias for row in rows]
    assert calls.pulse == scores.pulse
    assert calls.setups == setups_for_call(brief)
    assert all((lv.side == "support") == (lv.price < snap.close) for lv in calls.levels)
