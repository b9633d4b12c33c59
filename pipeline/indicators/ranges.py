"""Trading ranges: the consolidation a desk would draw on the chart, one definition for every stage.

A range is a run of recent sessions whose CLOSES stayed inside a band with an
identifiable top and bottom, each tested more than once:
- the band is the lowest and highest close of the window (intraday spikes outside
  it do not make or break a range); width_pct = (upper - lower) / lower x 100;
- its width is at most RANGE_ATR_WIDTH (3) x ATR(14), so a volatile instrument
  gets a proportionally wider allowance and a trend never fits;
- at least MIN_TOUCHES (2) closes of the window sit within TOUCH_ATR (0.5) x ATR
  of the top, and at least 2 within that of the bottom: an edge set by one
  close (the bar that launched a move, a one-day flush) is not a range edge;
- it spans 10 to 60 sessions; the LONGEST window that qualifies is the range.

Both of a session's ranges are measured with the ATR(14) of the sessions before
it, so a violent day does not widen its own yardstick:
- `range_before_session`: the range that held up to yesterday (the tape's
  `prior_range`; a close outside it is a range break);
- `range_through_session`: the range still holding at today's close (the
  snapshot's `range`): the prior one a session longer when today closed
  inside it; none on the day it broke, nor when there was none to hold.
The range-break angle (pipeline/angles.py) and the editorial evaluation
(bench/editorial_events.py) both read it from here.

When no range holds, `find_trading_range` and `range_through_session` report
the last 20 sessions' band with `is_tight=False`, so the writer can still say
how wide recent trading was; `range_before_session` reports None.
"""

from __future__ import annotations

import math

import numpy as np

from ..contracts import TradingRange
from .series import FloatArray, atr

MIN_RANGE_SESSIONS = 10
MAX_RANGE_SESSIONS = 60
RECENT_BAND_SESSIONS = 20
RANGE_ATR_WIDTH = 3.0
TOUCH_ATR = 0.5
MIN_TOUCHES = 2
ATR_SESSIONS = 14


def band(close: FloatArray, sessions: int, is_tight: bool) -> TradingRange:
    """The band of the last `sessions` closes."""
    window = close[-sessions:]
    lower, upper = float(window.min()), float(window.max())
    return TradingRange(is_tight=is_tight, lower=lower, upper=upper, sessions=sessions,
                        width_pct=(upper - lower) / lower * 100.0)


def edges_tested(window: FloatArray, atr_value: float) -> bool:
    """Both the top and the bottom of the window's closes were touched MIN_TOUCHES times or more."""
    reach = TOUCH_ATR * atr_value
    top = np.count_nonzero(window >= window.max() - reach)
    bottom = np.count_nonzero(window <= window.min() + reach)
    return bool(top >= MIN_TOUCHES and bottom >= MIN_TOUCHES)


def consolidation_sessions(close: FloatArray, atr_value: float | None) -> int | None:
    """How many sessions, ending on the last close, the range spans; None when no window qualifies."""
    if atr_value is None or not math.isfinite(atr_value) or atr_value <= 0:
        return None
    widest = RANGE_ATR_WIDTH * atr_value
    best = None
    for sessions in range(MIN_RANGE_SESSIONS, min(MAX_RANGE_SESSIONS, len(close)) + 1):
        window = close[-sessions:]
        if window.max() - window.min() > widest:
            break  # widening the window only widens the band
        if edges_tested(window, atr_value):
            best = sessions
    return best


def find_trading_range(close: FloatArray, atr_value: float | None) -> TradingRange | None:
    """The range ending on the last close, or the recent 20-session band marked not tight.

    `atr_value` is the ATR(14) in price units. None with fewer than 10 closes.
    """
    if len(close) < MIN_RANGE_SESSIONS:
        return None
    sessions = consolidation_sessions(close, atr_value)
    if sessions is not None:
        return band(close, sessions, is_tight=True)
    return band(close, min(RECENT_BAND_SESSIONS, len(close)), is_tight=False)


def atr_before_session(high: FloatArray, low: FloatArray, close: FloatArray,
                       atr_series: FloatArray | None = None) -> float | None:
    """ATR(14) of the sessions before the last bar; None with 15 or fewer of them.

    `atr_series`: ATR(14) of a history these bars are the start of (the backfill computes it
    once per instrument); its value at the bar before the last is the same number."""
    if len(close) <= ATR_SESSIONS + 1:
        return None
    if atr_series is not None:
        value = float(atr_series[len(close) - 2])
    else:
        value = float(atr(high[:-1], low[:-1], close[:-1], ATR_SESSIONS)[-1])
    return value if math.isfinite(value) and value > 0 else None


def range_before_session(high: FloatArray, low: FloatArray, close: FloatArray,
                         atr_series: FloatArray | None = None) -> TradingRange | None:
    """The range that held up to the session before the last bar, or None."""
    sessions = consolidation_sessions(close[:-1], atr_before_session(high, low, close, atr_series))
    return band(close[:-1], sessions, is_tight=True) if sessions is not None else None


def range_through_session(high: FloatArray, low: FloatArray, close: FloatArray,
                          prior: TradingRange | None) -> TradingRange | None:
    """The range still holding at the last close: `prior` (`range_before_session`'s answer), one
    session longer, when the close stayed inside it. A range is something that held: a close
    outside `prior` ended it, and a band that only today's close completes (a second touch made
    today) has not held yet; both give the recent band, not tight."""
    if len(close) < MIN_RANGE_SESSIONS:
        return None
    if prior is None or not prior.lower <= close[-1] <= prior.upper:
        return band(close, min(RECENT_BAND_SESSIONS, len(close)), is_tight=False)
    return prior.model_copy(update={"sessions": prior.sessions + 1})
