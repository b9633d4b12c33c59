"""Trading-range detection: how long the closes have stayed inside a narrow band.

Choices:
- The band is made of CLOSES: `lower`/`upper` are the lowest and highest close
  of the window (intraday spikes outside it do not break a range).
- Width is measured from the bottom: width_pct = (upper - lower) / lower x 100.
- A band is tight when its width is at most max(4%, 2.5 x ATR%), so a
  volatile instrument gets a proportionally wider allowance.
- The range is the LONGEST window ending on the last session (at least 10, at
  most 252 sessions) whose closes fit such a band. Widening a window can only
  widen the band, so the longest window is found by walking back from today.
- When no window of 10 sessions fits, the last 20 sessions' band is reported
  with `is_tight=False`, so the writer can still say how wide recent trading was.
"""

from __future__ import annotations

import numpy as np

from ..contracts import TradingRange
from .series import FloatArray

MIN_RANGE_SESSIONS = 10
MAX_RANGE_SESSIONS = 252
RECENT_BAND_SESSIONS = 20
RANGE_FLOOR_PCT = 4.0
RANGE_ATR_MULTIPLE = 2.5


def range_threshold_pct(atr_pct: float | None) -> float:
    """The widest band, in %, that still counts as a tight range."""
    if atr_pct is None:
        return RANGE_FLOOR_PCT
    return max(RANGE_FLOOR_PCT, RANGE_ATR_MULTIPLE * atr_pct)


def band_widths_pct(close: FloatArray, max_sessions: int) -> FloatArray:
    """Band width (%) of the window of the last k closes, for k = 1..max_sessions."""
    recent = close[::-1][:max_sessions]
    highest = np.maximum.accumulate(recent)
    lowest = np.minimum.accumulate(recent)
    return np.asarray((highest - lowest) / lowest * 100.0, dtype=np.float64)


def longest_band_sessions(close: FloatArray, threshold_pct: float,
                          max_sessions: int = MAX_RANGE_SESSIONS) -> int:
    """How many sessions, ending today, the closes stayed within `threshold_pct`."""
    widths = band_widths_pct(close, max_sessions)
    return int(np.count_nonzero(widths <= threshold_pct))


def band(close: FloatArray, sessions: int, is_tight: bool) -> TradingRange:
    """The band of the last `sessions` closes."""
    window = close[-sessions:]
    lower, upper = float(window.min()), float(window.max())
    return TradingRange(is_tight=is_tight, lower=lower, upper=upper, sessions=sessions,
                        width_pct=(upper - lower) / lower * 100.0)


def find_trading_range(close: FloatArray, atr_pct: float | None) -> TradingRange | None:
    """The tight range ending today, or the recent 20-session band marked not tight.

    None with fewer than 10 sessions of history.
    """
    if len(close) < MIN_RANGE_SESSIONS:
        return None
    sessions = longest_band_sessions(close, range_threshold_pct(atr_pct))
    if sessions >= MIN_RANGE_SESSIONS:
        return band(close, sessions, is_tight=True)
    return band(close, min(RECENT_BAND_SESSIONS, len(close)), is_tight=False)
