"""The calls of past sessions from bars alone, fast: indicator series once per instrument.

A normal run builds a whole `Snapshot` per session (about 20 ms on ten years of
bars, most of it in the Wilder/EMA loops run again over the whole history);
2,500 sessions x 4 instruments that way take minutes. `backfill_calls` instead
computes each series the calls read (SMA 50/200, RSI 14, MACD 12/26/9, ATR 14,
the 50/200 cross sign) once over the whole history and reads session i at
index i. Every one of them is causal (its value at i is made from bars 0..i by
the same operations in the same order whatever follows), so it is the number
`build_snapshot` computes on the history cut at that session. What looks at a
window (52-week extremes, ranges, swing levels, the benchmark spread) runs on
the cut itself, as in a run. The rules that turn readings into calls are the
run's own: `scoring.pulse_of`, `medium_term_view`, `long_term_view`,
`indicators.structure.session_structure` (ranges, levels, setups: the one function
`build_snapshot` calls too), `setups_for_bias`.

The calls equal a normal run's on the same session (a test compares them)
with two differences by design: no options chain (no max-pain level), and no
data-quality gate per session (a run would refuse a session whose last year
has a gap; the backfill computes its calls all the same).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..contracts import CrossKind, CrossState, Momentum, PriceHistory, Trend
from ..indicators.bars import BarArrays, pct_change
from ..indicators.extremes import compute_extremes, known_record
from ..indicators.relative import compute_relative_strength
from ..indicators.series import FloatArray, atr, macd, rsi, sma
from ..indicators.setups import setups_for_bias
from ..indicators.structure import SessionStructure, session_structure
from ..indicators.trend import average_slope, cross_signs
from ..scoring import PulseReadings, bias_for, long_term_view, medium_term_view, pulse_of, window_words
from .calls import session_calls
from .contracts import SessionCalls


@dataclass(frozen=True)
class CallSeries:
    """One instrument's bars and the indicator series its calls read, each as long as the bars."""

    bars: BarArrays
    sma_50: FloatArray
    sma_200: FloatArray
    rsi_14: FloatArray
    macd: FloatArray
    macd_signal: FloatArray
    macd_hist: FloatArray
    atr_14: FloatArray
    cross: FloatArray
    """Sign of SMA50 - SMA200 (ties carry the previous sign), 0 before both exist."""

    @classmethod
    def of(cls, history: PriceHistory) -> CallSeries:
        bars = BarArrays.from_history(history)
        close = bars.close
        line, signal, hist = macd(close)
        sma_50, sma_200 = sma(close, 50), sma(close, 200)
        return cls(bars=bars, sma_50=sma_50, sma_200=sma_200, rsi_14=rsi(close, 14), macd=line,
                   macd_signal=signal, macd_hist=hist, atr_14=atr(bars.high, bars.low, close, 14),
                   cross=cross_series(sma_50 - sma_200))


def cross_series(spread: FloatArray) -> FloatArray:
    """`cross_signs` of the spread placed at the bars it belongs to (zeros before it exists)."""
    out = np.zeros(len(spread))
    defined = np.flatnonzero(np.isfinite(spread))
    if len(defined):
        out[defined[0]:] = cross_signs(spread)
    return out


def value_at(series: FloatArray, index: int) -> float | None:
    """The series at `index`, None where it is NaN (as `series.last_value` on the cut)."""
    value = float(series[index])
    return value if np.isfinite(value) else None


def cut(bars: BarArrays, end: int) -> BarArrays:
    """The first `end` bars (views), as `PriceHistory.until` gives them to a run."""
    return BarArrays(symbol=bars.symbol, sessions=bars.sessions[:end], open=bars.open[:end],
                     high=bars.high[:end], low=bars.low[:end], close=bars.close[:end],
                     volume=bars.volume[:end], days=bars.days[:end])


def benchmark_cut(benchmark: BarArrays | None, session: date) -> BarArrays | None:
    """The benchmark's bars up to `session`, when it has a bar on it and one before (as a run)."""
    if benchmark is None:
        return None
    end = bisect_right(benchmark.sessions, session)
    if end < 2 or benchmark.sessions[end - 1] != session:
        return None
    return cut(benchmark, end)


SPREAD_TAIL = 64
"""Sessions of the instrument the benchmark spread is first tried on (it reads the last 22 shared)."""


def spread_1m(bars: BarArrays, bench: BarArrays | None) -> float | None:
    """`compute_relative_strength(bars, bench).spread_1m_pp` (None without a benchmark bar), read
    from the last SPREAD_TAIL sessions and the benchmark's bars since: the last 22 sessions the
    two share are the same there. When fewer than 22 are shared in the tail, the whole history."""
    if bench is None:
        return None
    if len(bars) > SPREAD_TAIL:
        start = bars.sessions[-SPREAD_TAIL]
        tail = compute_relative_strength(cut_from(bars, len(bars) - SPREAD_TAIL),
                                         cut_from(bench, bisect_left(bench.sessions, start)))
        if tail is not None and tail.spread_1m_pp is not None:
            return tail.spread_1m_pp
    whole = compute_relative_strength(bars, bench)
    return whole.spread_1m_pp if whole else None


def cut_from(bars: BarArrays, start: int) -> BarArrays:
    """The bars from index `start` on (views)."""
    return BarArrays(symbol=bars.symbol, sessions=bars.sessions[start:], open=bars.open[start:],
                     high=bars.high[start:], low=bars.low[start:], close=bars.close[start:],
                     volume=bars.volume[start:], days=bars.days[start:])


def trend_at(series: CallSeries, index: int, close: float) -> Trend:
    """The parts of `Trend` the calls read, at `index`."""
    sma_50, sma_200 = value_at(series.sma_50, index), value_at(series.sma_200, index)
    sign = series.cross[index]
    cross = None if sign == 0 else CrossState(state=CrossKind.GOLDEN if sign > 0 else CrossKind.DEATH)
    return Trend(sma_50=sma_50, sma_200=sma_200,
                 sma_50_slope_pct=average_slope(series.sma_50[:index + 1]),
                 sma_200_slope_pct=average_slope(series.sma_200[:index + 1]),
                 pct_vs_sma_50=None if sma_50 is None else pct_change(close, sma_50),
                 pct_vs_sma_200=None if sma_200 is None else pct_change(close, sma_200), cross=cross)


def calls_at(series: CallSeries, index: int, benchmark: BarArrays | None) -> SessionCalls:
    """The calls of the session at `index` (at least 1: a snapshot needs two bars)."""
    return session_at(series, index, benchmark)[0]


def session_at(series: CallSeries, index: int,
               benchmark: BarArrays | None) -> tuple[SessionCalls, SessionStructure]:
    """The calls of the session at `index` and the structure (levels, ranges, setups) they came
    from (`scripts/setup_variants.py` places setups by other rules on the same structure)."""
    bars = cut(series.bars, index + 1)
    close, session = bars.last_close, bars.sessions[-1]
    trend = trend_at(series, index, close)
    momentum = Momentum(rsi_14=value_at(series.rsi_14, index), macd=value_at(series.macd, index),
                        macd_signal=value_at(series.macd_signal, index),
                        macd_hist=value_at(series.macd_hist, index))
    atr_14 = value_at(series.atr_14, index)
    extremes = compute_extremes(bars)
    change = pct_change(close, float(bars.close[-2]))
    pulse = pulse_of(PulseReadings(
        pct_vs_sma_200=trend.pct_vs_sma_200, pct_vs_sma_50=trend.pct_vs_sma_50,
        rsi_14=momentum.rsi_14, macd_hist=momentum.macd_hist, atr_14=atr_14,
        atr_pct=None if atr_14 is None else atr_14 / close * 100.0, change_1d_pct=change,
        spread_1m_pp=spread_1m(bars, benchmark_cut(benchmark, session)), close=close,
        high_52w=extremes.high_52w, low_52w=extremes.low_52w, window=window_words(len(bars))))
    short, _ = bias_for(pulse)
    structure = session_structure(bars, atr_14, trend, known_record(len(bars), extremes.all_time_high),
                                  atr_series=series.atr_14)
    return session_calls(
        bars.symbol, session, "backfill", close=close, change_1d_pct=change, atr=atr_14,
        pulse=pulse, biases=(short, medium_term_view(momentum, trend, close)[0],
                             long_term_view(trend, close)[0]),
        setups=setups_for_bias(structure.setups, short), levels=structure.levels), structure


def backfill_calls(history: PriceHistory, benchmark: PriceHistory | None, first: date,
                   last: date) -> list[SessionCalls]:
    """The calls of every session of `history` from `first` to `last` (the history's first
    session has none: a snapshot needs a previous close). `benchmark`: the instrument's
    configured benchmark, for the Pulse's relative component (None: scored neutral, as a run
    does without one)."""
    series = CallSeries.of(history)
    sessions = series.bars.sessions
    start = max(1, bisect_left(sessions, first))
    end = bisect_right(sessions, last)
    bench = BarArrays.from_history(benchmark) if benchmark is not None else None
    return [calls_at(series, index, bench) for index in range(start, end)]
