"""Technical-analysis series: numpy arrays in, same-length arrays out.

Every function returns a float64 array as long as its input, with NaN during
the warm-up (the sessions before enough history exists). Values and warm-up
lengths match TA-Lib's defaults (no unstable period, default compatibility):

| function     | first defined index           |
|--------------|-------------------------------|
| sma(n)       | n - 1                         |
| ema(n)       | n - 1 (seed: SMA of the first n values) |
| rsi(n)       | n                             |
| macd(f,s,g)  | s - 1 + g - 1 (all three outputs; 33 for 12/26/9) |
| bollinger(n) | n - 1                         |
| true_range   | 1                             |
| atr(n)       | n                             |

The recursive ones (EMA, RSI, ATR) walk the series in plain Python; the
window ones use numpy sliding windows, which are exact per window (no running
sum that drifts over thousands of bars).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]


class MACD(NamedTuple):
    """MACD line (fast EMA - slow EMA), its signal EMA, and line - signal."""

    line: FloatArray
    signal: FloatArray
    hist: FloatArray


class Bollinger(NamedTuple):
    """SMA middle band and bands `width` population standard deviations away."""

    upper: FloatArray
    middle: FloatArray
    lower: FloatArray


def as_series(values: ArrayLike | Sequence[float]) -> FloatArray:
    """A one-dimensional float64 copy of `values`."""
    series = np.array(values, dtype=np.float64)
    if series.ndim != 1:
        raise ValueError(f"expected a one-dimensional series, got shape {series.shape}")
    return series


def _check_period(period: int) -> None:
    if period < 1:
        raise ValueError(f"period must be at least 1, got {period}")


def _empty_like(series: FloatArray) -> FloatArray:
    return np.full(series.shape, np.nan)


def sma(values: ArrayLike, period: int) -> FloatArray:
    """Simple moving average: the mean of the last `period` values."""
    _check_period(period)
    series = as_series(values)
    out = _empty_like(series)
    if len(series) >= period:
        out[period - 1:] = sliding_window_view(series, period).mean(axis=1)
    return out


def _ema_from(series: FloatArray, period: int, first: int) -> FloatArray:
    """EMA whose first value, at index `first`, is the SMA of the `period` values ending there.

    k = 2 / (period + 1); later values are prev + k * (value - prev), as TA-Lib.
    """
    out = _empty_like(series)
    if first >= len(series) or first < period - 1:
        return out
    k = 2.0 / (period + 1)
    prev = float(series[first - period + 1:first + 1].mean())
    out[first] = prev
    smoothed = []  # filled in Python, written to the array once (an element write per step cost more)
    for value in series[first + 1:].tolist():
        prev = (value - prev) * k + prev
        smoothed.append(prev)
    out[first + 1:] = smoothed
    return out


def ema(values: ArrayLike, period: int) -> FloatArray:
    """Exponential moving average, k = 2/(n+1), seeded with the SMA of the first n values."""
    _check_period(period)
    series = as_series(values)
    return _ema_from(series, period, period - 1)


def rsi(values: ArrayLike, period: int = 14) -> FloatArray:
    """Wilder's relative strength index, 0-100.

    The first value (index `period`) uses the plain means of the first `period`
    gains and losses; later ones smooth them as avg = (avg * (n-1) + new) / n.
    When gains and losses are both zero TA-Lib reports 0, and so does this.
    """
    _check_period(period)
    series = as_series(values)
    out = _empty_like(series)
    if len(series) <= period:
        return out
    changes = np.diff(series)
    gains, losses = np.clip(changes, 0, None), np.clip(-changes, 0, None)
    avg_gain, avg_loss = float(gains[:period].mean()), float(losses[:period].mean())
    out[period] = _rsi_value(avg_gain, avg_loss)
    values_after = []
    for gain, loss in zip(gains[period:].tolist(), losses[period:].tolist(), strict=True):
        avg_gain = (avg_gain * (period - 1) + gain) / period
        avg_loss = (avg_loss * (period - 1) + loss) / period
        total = avg_gain + avg_loss  # `_rsi_value`, inlined: this loop runs over the whole history
        values_after.append(100.0 * avg_gain / total if abs(total) >= 1e-8 else 0.0)
    out[period + 1:] = values_after
    return out


def _rsi_value(avg_gain: float, avg_loss: float) -> float:
    total = avg_gain + avg_loss
    return 100.0 * avg_gain / total if abs(total) >= 1e-8 else 0.0


def macd(values: ArrayLike, fast: int = 12, slow: int = 26, signal: int = 9) -> MACD:
    """MACD as TA-Lib computes it.

    Both EMAs start at index slow-1: the slow one seeded with the SMA of the
    first `slow` values, the fast one with the SMA of the `fast` values ending
    at the same index (TA-Lib aligns the fast EMA to the slow one rather than
    starting it earlier). The signal is an EMA of the line, seeded with the SMA
    of its first `signal` values. All three outputs start at slow-1 + signal-1.
    """
    for period in (fast, slow, signal):
        _check_period(period)
    if fast > slow:
        fast, slow = slow, fast
    series = as_series(values)
    start = slow - 1
    line = _ema_from(series, fast, start) - _ema_from(series, slow, start)
    signal_line = _ema_from(line, signal, start + signal - 1)
    line[: start + signal - 1] = np.nan
    return MACD(line, signal_line, line - signal_line)


def bollinger(values: ArrayLike, period: int = 20, width: float = 2.0) -> Bollinger:
    """Bollinger bands: SMA(period) plus/minus `width` population standard deviations."""
    _check_period(period)
    series = as_series(values)
    middle = sma(series, period)
    spread = _empty_like(series)
    if len(series) >= period:
        spread[period - 1:] = width * sliding_window_view(series, period).std(axis=1)
    return Bollinger(middle + spread, middle, middle - spread)


def true_range(high: ArrayLike, low: ArrayLike, close: ArrayLike) -> FloatArray:
    """Wilder's true range: the widest of high-low, |high-prev close|, |low-prev close|.

    Undefined (NaN) on the first bar, which has no previous close.
    """
    highs, lows, closes = as_series(high), as_series(low), as_series(close)
    out = _empty_like(closes)
    if len(closes) >= 2:
        prev = closes[:-1]
        ranges = (highs[1:] - lows[1:], np.abs(highs[1:] - prev), np.abs(lows[1:] - prev))
        out[1:] = np.maximum.reduce(ranges)
    return out


def atr(high: ArrayLike, low: ArrayLike, close: ArrayLike, period: int = 14) -> FloatArray:
    """Wilder's average true range, in price units.

    The first value (index `period`) is the mean of the first `period` true
    ranges (bars 1..period); later ones are (prev * (n-1) + true range) / n.
    """
    _check_period(period)
    ranges = true_range(high, low, close)
    out = _empty_like(ranges)
    if len(ranges) <= period:
        return out
    prev = float(ranges[1:period + 1].mean())
    out[period] = prev
    smoothed = []
    for value in ranges[period + 1:].tolist():
        prev = (prev * (period - 1) + value) / period
        smoothed.append(prev)
    out[period + 1:] = smoothed
    return out


def last_value(series: FloatArray) -> float | None:
    """The series' value on the last session, or None when it is NaN or the series is empty."""
    if len(series) == 0 or not np.isfinite(series[-1]):
        return None
    return float(series[-1])
