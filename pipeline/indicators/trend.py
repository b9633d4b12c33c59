"""Returns, trend, momentum and volatility on the last session of a history.

Each `compute_*` takes `BarArrays` cut at the as-of session and returns a
contract model whose fields are None when the history is too short (never
NaN). `REQUIRED_SESSIONS` says how many sessions each field needs, so the
snapshot can explain a None in `Snapshot.missing`.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from ..contracts import CrossKind, CrossState, Momentum, Returns, Trend, Volatility
from .bars import BarArrays, pct_change
from .series import FloatArray, atr, bollinger, ema, last_value, macd, rsi, sma

SESSIONS_5D = 5
SESSIONS_1M = 21

REQUIRED_SESSIONS: dict[str, int] = {
    "change_5d_pct": SESSIONS_5D + 1,
    "change_1m_pct": SESSIONS_1M + 1,
    "sma_20": 20, "sma_50": 50, "sma_200": 200, "ema_20": 20,
    "pct_vs_sma_50": 50, "pct_vs_sma_200": 200, "cross": 200,
    "sma_50_slope_pct": 50 + 20, "sma_200_slope_pct": 200 + 20,
    "rsi_14": 15, "macd": 34, "macd_signal": 34, "macd_hist": 34,
    "atr_14": 15, "atr_pct": 15,
    "bb_upper": 20, "bb_middle": 20, "bb_lower": 20, "bb_width_pct": 20,
}


def change_over(close: FloatArray, sessions: int) -> float | None:
    """% change of the last close over `sessions` sessions, or None without enough bars."""
    if len(close) <= sessions:
        return None
    return pct_change(float(close[-1]), float(close[-1 - sessions]))


def prior_year_close(bars: BarArrays) -> float | None:
    """The last close of the calendar year before the last session's year."""
    year = bars.sessions[-1].year
    earlier = [i for i, session in enumerate(bars.sessions) if session.year < year]
    return float(bars.close[earlier[-1]]) if earlier else None


def compute_returns(bars: BarArrays) -> Returns:
    """1-day change (price and %), 5-session, 21-session and year-to-date % changes.

    Needs at least two bars (the snapshot refuses fewer).
    """
    close = bars.close
    base = prior_year_close(bars)
    return Returns(
        change_1d=float(close[-1] - close[-2]),
        change_1d_pct=pct_change(float(close[-1]), float(close[-2])),
        change_5d_pct=change_over(close, SESSIONS_5D),
        change_1m_pct=change_over(close, SESSIONS_1M),
        change_ytd_pct=None if base is None else pct_change(float(close[-1]), base),
    )


def compute_cross_state(close: FloatArray, sessions: tuple[date, ...]) -> CrossState | None:
    """Golden (SMA50 > SMA200) or death (SMA50 < SMA200) state, and its last crossing.

    A session where the averages are exactly equal keeps the previous state.
    `since` is the first session of the current state and `sessions_since`
    counts sessions from it to the last one (0 when it crossed today); both
    are None when the state has held since the 200-day average first existed.
    """
    state = cross_signs(sma(close, 50) - sma(close, 200))
    if len(state) == 0 or state[-1] == 0:
        return None
    kind = CrossKind.GOLDEN if state[-1] > 0 else CrossKind.DEATH
    changes = np.flatnonzero((state[1:] != state[:-1]) & (state[:-1] != 0)) + 1
    if len(changes) == 0:
        return CrossState(state=kind)
    offset = len(close) - len(state)
    crossed = int(changes[-1]) + offset
    return CrossState(state=kind, since=sessions[crossed],
                      sessions_since=len(close) - 1 - crossed)


def cross_signs(spread: FloatArray) -> FloatArray:
    """Sign of SMA50 - SMA200 where defined, zeros carried forward from the previous sign."""
    defined = spread[np.isfinite(spread)]
    signs = np.sign(defined)
    for index in range(1, len(signs)):
        if signs[index] == 0:
            signs[index] = signs[index - 1]
    return signs


SLOPE_SESSIONS = 20


def average_slope(average: FloatArray, sessions: int = SLOPE_SESSIONS) -> float | None:
    """% change of a moving average over `sessions` sessions (None until both ends exist)."""
    if len(average) <= sessions:
        return None
    now, then = float(average[-1]), float(average[-1 - sessions])
    if not (np.isfinite(now) and np.isfinite(then)) or then == 0:
        return None
    return pct_change(now, then)


def compute_trend(bars: BarArrays) -> Trend:
    """Moving averages of the close, the close's distance from them, and the cross state."""
    close = bars.close
    last = bars.last_close
    series_50, series_200 = sma(close, 50), sma(close, 200)
    sma_50, sma_200 = last_value(series_50), last_value(series_200)
    return Trend(
        sma_20=last_value(sma(close, 20)),
        sma_50=sma_50,
        sma_200=sma_200,
        ema_20=last_value(ema(close, 20)),
        pct_vs_sma_50=None if sma_50 is None else pct_change(last, sma_50),
        pct_vs_sma_200=None if sma_200 is None else pct_change(last, sma_200),
        sma_50_slope_pct=average_slope(series_50),
        sma_200_slope_pct=average_slope(series_200),
        cross=compute_cross_state(close, bars.sessions),
    )


def compute_momentum(bars: BarArrays) -> Momentum:
    """RSI(14) and MACD(12, 26, 9): line, signal and histogram (line - signal)."""
    line, signal, hist = macd(bars.close)
    return Momentum(
        rsi_14=last_value(rsi(bars.close, 14)),
        macd=last_value(line),
        macd_signal=last_value(signal),
        macd_hist=last_value(hist),
    )


def compute_atr(bars: BarArrays) -> float | None:
    """Wilder's ATR(14) on the last session, in price units."""
    return last_value(atr(bars.high, bars.low, bars.close, 14))


def compute_volatility(bars: BarArrays) -> Volatility:
    """ATR(14) in price and as % of the close; Bollinger(20, 2) bands and width in %."""
    atr_14 = compute_atr(bars)
    upper, middle, lower = (last_value(band) for band in bollinger(bars.close, 20, 2.0))
    width = None
    if upper is not None and middle is not None and lower is not None and middle != 0:
        width = (upper - lower) / middle * 100.0
    return Volatility(
        atr_14=atr_14,
        atr_pct=None if atr_14 is None else atr_14 / bars.last_close * 100.0,
        bb_upper=upper,
        bb_middle=middle,
        bb_lower=lower,
        bb_width_pct=width,
    )
