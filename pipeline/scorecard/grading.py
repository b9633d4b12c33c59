"""Grade one session's calls against the bars after it: the scorecard's pure core.

`grade_session(calls, later)` takes a `SessionCalls` and ONLY bars strictly
after its session (a bar on or before it raises ValueError: no look-ahead),
oldest first, and returns `SessionGrades`. More bars never change a grade
that is no longer open.

Final calls (one per horizon of h sessions): the return from the session's
close to the close h sessions later, against a neutral band of
+/- NEUTRAL_BAND_ATR x ATR(14) x sqrt(h) (as a % of the close). A Bullish
call is right above the band, wrong below it, flat inside it (a flat market
is not a miss); Bearish mirrors it; a Neutral call is right inside the band
and wrong outside it. Two naive calls are graded the same way beside it:
always-long (Bullish every session) and the previous-session direction (the
session's own move, Bullish after an up close, Bearish after a down one).
Open until h bars exist.

Setups, on daily highs and lows:
- trigger: within SETUP_TRIGGER_SESSIONS bars, the first bar whose range
  reaches the entry (a long breakout or a short fade/bounce: high >= entry; a
  short breakout or a long fade/pullback: low <= entry). The fill is the entry,
  or the open when the bar opens beyond it (a breakout is played as a stop
  order at the entry, though the article's trigger words ask for a close
  beyond the level; a fade or pullback as a limit order). Never reached:
  `not_triggered`.
- then, from the fill's bar on, for SETUP_HOLD_SESSIONS bars: the stop
  (long: low <= stop) or the target (long: high >= target), whichever comes
  first. A bar that touches both counts as the stop (against the call; `tie`).
  A bar that opens beyond the stop fills at the open, a loss of more than 1R
  (`gap`); one that opens beyond the target fills at the open too. On the bar
  that fills, a touch of the stop counts (at the stop, or at the fill when the
  fill is already beyond it); a touch of the target counts only for a breakout
  (a fade or pullback's bar may have reached the target before the dip that
  filled it).
- neither within the window: `expired`, closed at the last bar's close.
- `r` = (exit - fill) / |entry - stop|, negated for a short.
- decided (stop or target reached, never triggered, expired) as soon as it is;
  `open` until then.
Levels: a support is broken by the first close below its zone's bottom within
LEVEL_SESSIONS bars, a resistance by the first close above its zone's top;
held when no close in the window broke it (intraday pokes do not break a
level); open until the window has elapsed or it broke.
Pulse: the close-to-close return over PULSE_SESSIONS bars, filed under its
Pulse band (`PULSE_BANDS`).

Baselines graded beside them (`summary.py` sets them side by side): each final call
against always-long and the previous-session direction; each setup's risk and
reward in price entered at the next open, long and in the previous-session
direction; each level against one as far from the close on the other side.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from ..contracts import Bar, Bias, TradeSetup
from .contracts import (
    HORIZON_SESSIONS,
    LEVEL_SESSIONS,
    LONGEST_WINDOW,
    NEUTRAL_BAND_ATR,
    PULSE_BANDS,
    PULSE_SESSIONS,
    SETUP_HOLD_SESSIONS,
    SETUP_TRIGGER_SESSIONS,
    CallGrade,
    HorizonCall,
    LevelCall,
    LevelGrade,
    Outcome,
    PulseGrade,
    SessionCalls,
    SessionGrades,
    SetupGrade,
)


def grade_session(calls: SessionCalls, later: Sequence[Bar]) -> SessionGrades:
    """Every grade of `calls` from `later`: bars strictly after the session, oldest first."""
    check_after(calls, later)
    return SessionGrades(
        symbol=calls.symbol, session=calls.session, origin=calls.origin, bars_after=len(later),
        calls=[grade_call(call, calls, later) for call in calls.calls],
        setups=[with_baselines(grade_setup(setup, later), setup, calls, later)
                for setup in calls.setups],
        levels=[with_baseline(grade_level(level, later), level, calls.close, later)
                for level in calls.levels],
        pulse=grade_pulse(calls, later))


def check_after(calls: SessionCalls, later: Sequence[Bar]) -> None:
    """Refuse a bar on or before the session, or bars out of order: grading sees only the future."""
    previous = calls.session
    for bar in later:
        if bar.session <= previous:
            raise ValueError(f"{calls.symbol} {calls.session}: bar of {bar.session} is not after "
                             f"{previous}: grading takes only later bars, oldest first")
        previous = bar.session


def pct(new: float, old: float) -> float:
    return (new / old - 1.0) * 100.0


def band_pct(calls: SessionCalls, sessions: int) -> float:
    """The neutral band for a window of `sessions`, +/- % of the close (0 without an ATR)."""
    if calls.atr is None:
        return 0.0
    return NEUTRAL_BAND_ATR * calls.atr / calls.close * 100.0 * math.sqrt(sessions)


def outcome_of(bias: Bias, return_pct: float, band: float) -> Outcome:
    if bias == Bias.NEUTRAL:
        return "right" if abs(return_pct) <= band else "wrong"
    signed = return_pct if bias == Bias.BULLISH else -return_pct
    if signed > band:
        return "right"
    return "wrong" if signed < -band else "flat"


def previous_direction(change_1d_pct: float) -> Bias:
    """The naive call that the session's own direction goes on."""
    if change_1d_pct > 0:
        return Bias.BULLISH
    return Bias.BEARISH if change_1d_pct < 0 else Bias.NEUTRAL


def grade_call(call: HorizonCall, calls: SessionCalls, later: Sequence[Bar]) -> CallGrade:
    sessions = HORIZON_SESSIONS[call.horizon]
    band = band_pct(calls, sessions)
    base = CallGrade(horizon=call.horizon, bias=call.bias, status="open", sessions=sessions,
                     band_pct=band)
    if len(later) < sessions:
        return base
    moved = pct(later[sessions - 1].close, calls.close)
    return base.model_copy(update={
        "status": "graded", "return_pct": moved, "outcome": outcome_of(call.bias, moved, band),
        "always_long": outcome_of(Bias.BULLISH, moved, band),
        "previous_direction": outcome_of(previous_direction(calls.change_1d_pct), moved, band)})


# -- setups ---------------------------------------------------------------------------------


def reaches(bar: Bar, price: float, upward: bool) -> bool:
    """The bar's range got to `price` moving up (its high) or down (its low)."""
    return bar.high >= price if upward else bar.low <= price


def opens_beyond(bar: Bar, price: float, upward: bool) -> bool:
    return bar.open >= price if upward else bar.open <= price


def buys_upward(setup: TradeSetup) -> bool:
    """Whether the entry is reached by a move up: a long breakout, or a short fade/bounce."""
    return (setup.direction == "long") == (setup.style == "breakout")


def grade_setup(setup: TradeSetup, later: Sequence[Bar]) -> SetupGrade:
    base = SetupGrade(direction=setup.direction, style=setup.style, entry=setup.entry,
                      stop=setup.stop, target=setup.target, status="open")
    upward = buys_upward(setup)
    for index, bar in enumerate(later[:SETUP_TRIGGER_SESSIONS]):
        if reaches(bar, setup.entry, upward):
            fill = bar.open if opens_beyond(bar, setup.entry, upward) else setup.entry
            filled = base.model_copy(update={"filled_on": bar.session, "fill": fill})
            return play_out(setup, filled, later[index:])
    if len(later) >= SETUP_TRIGGER_SESSIONS:
        return base.model_copy(update={"status": "not_triggered"})
    return base


def play_out(setup: TradeSetup, filled: SetupGrade, bars: Sequence[Bar]) -> SetupGrade:
    """From the fill's bar (`bars[0]`) on: the stop or the target first, else expiry."""
    long = setup.direction == "long"
    assert filled.fill is not None
    for index, bar in enumerate(bars[:SETUP_HOLD_SESSIONS]):
        first = index == 0
        stopped = reaches(bar, setup.stop, upward=not long)
        target_counts = not (first and setup.style != "breakout")
        hit = target_counts and reaches(bar, setup.target, upward=long)
        if stopped:
            gapped = not first and opens_beyond(bar, setup.stop, upward=not long)
            exit_price = bar.open if gapped else setup.stop
            if first:  # filled and stopped on one bar: at the stop, or the fill when beyond it
                exit_price = min(exit_price, filled.fill) if long else max(exit_price, filled.fill)
            return closed(setup, filled, "stop", bar, exit_price, tie=hit, gap=gapped)
        if hit:
            gapped = not first and opens_beyond(bar, setup.target, upward=long)
            return closed(setup, filled, "target", bar, bar.open if gapped else setup.target,
                          gap=gapped)
    if len(bars) >= SETUP_HOLD_SESSIONS:
        last = bars[SETUP_HOLD_SESSIONS - 1]
        return closed(setup, filled, "expired", last, last.close)
    return filled


def closed(setup: TradeSetup, filled: SetupGrade, status: str, bar: Bar, exit_price: float,
           tie: bool = False, gap: bool = False) -> SetupGrade:
    assert filled.fill is not None
    sign = 1.0 if setup.direction == "long" else -1.0
    r = sign * (exit_price - filled.fill) / abs(setup.entry - setup.stop)
    return filled.model_copy(update={"status": status, "closed_on": bar.session,
                                     "exit": exit_price, "r": r, "tie": tie, "gap": gap})


def baseline_r(setup: TradeSetup, later: Sequence[Bar], direction: str | None) -> float | None:
    """R of the same risk and reward in price entered at the next open in `direction`
    (None when there is no direction, or the result is still open)."""
    if direction is None or not later:
        return None
    entry, sign = later[0].open, 1.0 if direction == "long" else -1.0
    naive = setup.model_copy(update={
        "direction": direction, "style": "breakout", "entry": entry,
        "stop": entry - sign * abs(setup.entry - setup.stop),
        "target": entry + sign * abs(setup.target - setup.entry)})
    grade = grade_setup(naive, later)
    return grade.r if grade.graded else None


def with_baselines(grade: SetupGrade, setup: TradeSetup, calls: SessionCalls,
                   later: Sequence[Bar]) -> SetupGrade:
    moved = previous_direction(calls.change_1d_pct)
    direction = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(moved)
    return grade.model_copy(update={"always_long_r": baseline_r(setup, later, "long"),
                                    "previous_direction_r": baseline_r(setup, later, direction)})


# -- levels and the Pulse -------------------------------------------------------------------


def grade_level(level: LevelCall, later: Sequence[Bar]) -> LevelGrade:
    base = LevelGrade(side=level.side, price=level.price, label=level.label, source=level.source,
                      status="open")
    for bar in later[:LEVEL_SESSIONS]:
        if bar.close < level.low if level.side == "support" else bar.close > level.high:
            return base.model_copy(update={"status": "broken", "broken_on": bar.session})
    if len(later) >= LEVEL_SESSIONS:
        return base.model_copy(update={"status": "held"})
    return base


def mirrored(level: LevelCall, close: float) -> LevelCall:
    """The level as far from the close on the other side (a support becomes a resistance)."""
    side = "resistance" if level.side == "support" else "support"
    return level.model_copy(update={"side": side, "price": 2 * close - level.price,
                                    "low": 2 * close - level.high, "high": 2 * close - level.low})


def with_baseline(grade: LevelGrade, level: LevelCall, close: float,
                  later: Sequence[Bar]) -> LevelGrade:
    return grade.model_copy(update={"baseline": grade_level(mirrored(level, close), later).status})


def pulse_band(pulse: int) -> str:
    low, high = next(band for band in PULSE_BANDS if band[0] <= pulse <= band[1])
    return f"{low}-{high}"


def grade_pulse(calls: SessionCalls, later: Sequence[Bar]) -> PulseGrade:
    base = PulseGrade(pulse=calls.pulse, band=pulse_band(calls.pulse), status="open")
    if len(later) < PULSE_SESSIONS:
        return base
    return base.model_copy(update={
        "status": "graded", "return_pct": pct(later[PULSE_SESSIONS - 1].close, calls.close)})


def grade_from_history(calls: Sequence[SessionCalls], bars: Sequence[Bar]) -> list[SessionGrades]:
    """Grade each of one symbol's `calls` with the bars of its history after its session (at
    most LONGEST_WINDOW of them: no grade needs more). `bars` oldest first."""
    sessions = [bar.session for bar in bars]
    graded = []
    for call in calls:
        start = bisect_right(sessions, call.session)
        graded.append(grade_session(call, bars[start:start + LONGEST_WINDOW]))
    return graded
