"""The session's own bar against its history: gap, streak, move size, extremes and breaks.

Choices:
- The move in ATRs divides the close-to-close change by the ATR(14) of the session BEFORE,
  so a violent day does not shrink its own yardstick.
- The return's z-score divides it by the standard deviation (ddof=1) of the 60 daily returns
  before it; None with fewer than 20 of them.
- A streak counts closes in a row moving the same way, today included; an unchanged close ends it
  (and a flat today is a streak of 0).
- Intraday extremes are the highest high and lowest low of the same window as the closing ones
  (the last 252 sessions, or all held); a new low is strict, like a new high.
- A range break is a close outside the range the closes held up to yesterday (see
  ranges.range_before_session: one definition for the writer and the evaluation); a
  50-day cross is the close changing side of the average today.
- The prior 20-session closing high and low exclude today, so a close above the high is a
  close above every close of the past month.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from ..contracts import SessionTape, TradingRange
from ..contracts.snapshot import SESSIONS_52W
from .bars import BarArrays, pct_change
from .ranges import range_before_session
from .series import FloatArray, atr, sma

Z_SESSIONS = 60
MONTH_SESSIONS = 20
Z_MIN_SESSIONS = 20


def compute_tape(bars: BarArrays, prior: TradingRange | None = None) -> SessionTape:
    """`prior` is the range held up to yesterday (ranges.range_before_session), found here when None."""
    prev = float(bars.close[-2])
    direction, sessions, change = close_streak(bars.close)
    start = max(0, len(bars) - SESSIONS_52W)
    high_at = start + int(np.argmax(bars.high[start:]))
    low_at = start + int(np.argmin(bars.low[start:]))
    prior = prior if prior is not None else range_before_session(bars.high, bars.low, bars.close)
    unmatched, at = move_unmatched(bars.close)
    return SessionTape(
        gap_pct=pct_change(float(bars.open[-1]), prev),
        gap_filled=bool(bars.low[-1] <= prev <= bars.high[-1]),
        move_atr=move_in_atr(bars), return_z=return_z(bars.close),
        streak_direction=direction, streak_sessions=sessions, streak_change_pct=change,
        streak_unmatched_sessions=streak_unmatched(bars.close, sessions),
        move_unmatched_sessions=unmatched, move_unmatched_since=bars.sessions[at] if at is not None else None,
        high_intraday=float(bars.high[high_at]), high_intraday_date=bars.sessions[high_at],
        low_intraday=float(bars.low[low_at]), low_intraday_date=bars.sessions[low_at],
        new_low=is_new_low(bars.close[start:]), prior_range=prior,
        range_break=range_break(bars.last_close, prior),
        sma_50_cross=average_cross(bars.close, 50),
        prior_high_20=float(bars.close[-21:-1].max()) if len(bars) > MONTH_SESSIONS else None,
        prior_low_20=float(bars.close[-21:-1].min()) if len(bars) > MONTH_SESSIONS else None,
    )


def move_in_atr(bars: BarArrays) -> float | None:
    ranges = atr(bars.high[:-1], bars.low[:-1], bars.close[:-1])
    if len(ranges) == 0 or not np.isfinite(ranges[-1]) or ranges[-1] <= 0:
        return None
    return float((bars.close[-1] - bars.close[-2]) / ranges[-1])


def return_z(close: FloatArray) -> float | None:
    returns = np.diff(close) / close[:-1]
    history = returns[-1 - Z_SESSIONS:-1]
    if len(history) < Z_MIN_SESSIONS:
        return None
    spread = float(history.std(ddof=1))
    return float(returns[-1] / spread) if spread > 0 else None


def close_streak(close: FloatArray) -> tuple[Literal["up", "down", "flat"], int, float]:
    """('up' | 'down' | 'flat', closes in a row, % change over them)."""
    signs = np.sign(np.diff(close))
    if len(signs) == 0 or signs[-1] == 0:
        return "flat", 0, 0.0
    count = 0
    for sign in signs[::-1]:
        if sign != signs[-1]:
            break
        count += 1
    return ("up" if signs[-1] > 0 else "down"), count, pct_change(float(close[-1]),
                                                                   float(close[-1 - count]))


def streak_unmatched(close: FloatArray, sessions: int) -> int:
    """How rare the streak ending today is in the history held: the sessions before it back to the last
    run of closes the same way as long or longer (close_streak's count), or every session before it
    when the history has none (DIA's 10 lower closes to 2024-12-18: none in the bars back to 1998)."""
    signs = np.sign(np.diff(close))
    if sessions == 0 or len(signs) < sessions:
        return 0
    way, prior = signs[-1], signs[:len(signs) - sessions]
    run = 0
    for back, sign in enumerate(prior[::-1]):
        run = run + 1 if sign == way else 0
        if run >= sessions:
            return back + 1 - run
    return len(prior)


def move_unmatched(close: FloatArray) -> tuple[int, int | None]:
    """How rare the session's move is in the history held: the sessions before it back to the last
    1-day move the same way as large or larger (in %), and that move's bar (an index of `close`); every
    session before it and None when the bars hold none (a flat close: 0 and None). A drop whose last
    bigger drop was 37 sessions back is the worst day since that bar's session."""
    if len(close) < 2 or close[-1] == close[-2]:
        return 0, None
    changes = np.diff(close) / close[:-1]
    today = changes[-1]
    for back, change in enumerate(changes[-2::-1]):
        if np.sign(change) == np.sign(today) and abs(change) >= abs(today):
            return back, len(close) - 2 - back
    return len(changes) - 1, None


def is_new_low(close: FloatArray) -> bool:
    return len(close) >= 2 and bool(close[-1] < close[:-1].min())


def range_break(close: float, prior: TradingRange | None) -> Literal["above", "below"] | None:
    if prior is None:
        return None
    if close > prior.upper:
        return "above"
    return "below" if close < prior.lower else None


def average_cross(close: FloatArray, period: int) -> Literal["above", "below"] | None:
    average = sma(close, period)
    if len(close) < period + 1 or not np.isfinite(average[-2]):
        return None
    before, now = close[-2] - average[-2], close[-1] - average[-1]
    if before <= 0 < now:
        return "above"
    return "below" if before >= 0 > now else None
