"""52-week and all-time extremes, and volume against its recent average.

Choices:
- Extremes are by CLOSE, not by intraday high/low bars, so the 52-week and
  all-time figures agree with each other (the contract defines the all-time
  high as the highest close) and a "new high" means a new closing high.
- The 52-week window is the last 252 sessions, today included. With fewer
  sessions held the window is the whole history, and the snapshot says so in
  `missing`.
- A new high is strict: today's close above every earlier close in the
  window. On ties the extreme's date is its first occurrence.
- The 20-day average volume EXCLUDES today (the 20 sessions before it), so the
  volume ratio compares today with the norm it is departing from.
"""

from __future__ import annotations

import numpy as np

from ..contracts import Extremes, VolumeStats
from ..contracts.snapshot import SESSIONS_52W
from .bars import BarArrays, pct_change

VOLUME_SESSIONS = 20


def known_record(bars_held: int, all_time_high: float) -> float | None:
    """The record close setups and levels may name: only over a full 52-week history, as the fact
    sheet names an all-time high only then (facts._add_extremes); a shorter history's highest close
    is that window's high, not a record."""
    return all_time_high if bars_held >= SESSIONS_52W else None


def compute_extremes(bars: BarArrays) -> Extremes:
    """Closing highs and lows over 52 weeks and over the whole history held."""
    close = bars.close
    start = max(0, len(close) - SESSIONS_52W)
    window = close[start:]
    high_at = start + int(np.argmax(window))
    low_at = start + int(np.argmin(window))
    ath_at = int(np.argmax(close))
    last = bars.last_close
    return Extremes(
        high_52w=float(close[high_at]),
        high_52w_date=bars.sessions[high_at],
        low_52w=float(close[low_at]),
        low_52w_date=bars.sessions[low_at],
        pct_from_52w_high=pct_change(last, float(close[high_at])),
        pct_from_52w_low=pct_change(last, float(close[low_at])),
        all_time_high=float(close[ath_at]),
        all_time_high_date=bars.sessions[ath_at],
        pct_from_ath=pct_change(last, float(close[ath_at])),
        new_52w_high=is_new_high(window),
        new_all_time_high=is_new_high(close),
    )


def is_new_high(close: np.ndarray) -> bool:
    """True when the last close is above every earlier close of the series."""
    return len(close) >= 2 and bool(close[-1] > close[:-1].max())


def compute_volume_stats(bars: BarArrays) -> VolumeStats:
    """Today's volume, the average of the 20 sessions before it, and their ratio.

    The average is None with fewer than 21 sessions or when no volume was
    reported (indexes and gauges often carry zero volume).
    """
    volume = float(bars.volume[-1])
    prior = bars.volume[-1 - VOLUME_SESSIONS:-1]
    if len(prior) < VOLUME_SESSIONS or not np.any(prior > 0):
        return VolumeStats(volume=volume)
    average = float(prior.mean())
    return VolumeStats(volume=volume, avg_volume_20=average, volume_ratio=volume / average)
