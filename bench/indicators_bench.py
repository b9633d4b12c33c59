"""Indicators stage timings: snapshots per symbol, and our series functions vs TA-Lib.

Figures only, no asserts. Usage: python bench/indicators_bench.py [--symbols N] [--bars N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from pipeline.config import InstrumentConfig
from pipeline.contracts import Bar, InstrumentKind, PriceHistory
from pipeline.indicators import atr, bollinger, build_snapshot, ema, macd, rsi, sma

try:
    import talib
except ImportError:  # TA-Lib is a dev extra
    talib = None


def synthetic_columns(seed: int, n: int, start: float) -> dict[str, np.ndarray]:
    """GARCH(1,1) geometric random walk with valid OHLC."""
    rng = np.random.default_rng(seed)
    var, returns = 0.012**2, np.empty(n)
    for t in range(n):
        returns[t] = np.sqrt(var) * rng.standard_normal()
        var = 0.012**2 * 0.02 + 0.08 * returns[t] ** 2 + 0.90 * var
    close = start * np.exp(np.cumsum(returns))
    open_ = np.concatenate(([start], close[:-1]))
    high = np.maximum(open_, close) * np.exp(np.abs(rng.normal(0, 0.005, n)))
    low = np.minimum(open_, close) * np.exp(-np.abs(rng.normal(0, 0.005, n)))
    volume = rng.lognormal(15, 0.4, n)
    return {"open": open_, "high": high, "low": low, "close": close, "volume": volume}


def synthetic_history(symbol: str, seed: int, n: int, start: float) -> PriceHistory:
    cols = synthetic_columns(seed, n, start)
    day, sessions = date(2014, 1, 2), []
    while len(sessions) < n:
        if day.weekday() < 5:
            sessions.append(day)
        day += timedelta(days=1)
    bars = [Bar(session=s, open=cols["open"][i], high=cols["high"][i], low=cols["low"][i],
                close=cols["close"][i], volume=cols["volume"][i]) for i, s in enumerate(sessions)]
    return PriceHistory(symbol=symbol, provider="synthetic", bars=bars)


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """Fastest wall time of `repeats` runs, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def bench_snapshots(symbols: int, bars: int) -> None:
    configs = [InstrumentConfig(symbol=f"SYM{i}", name=f"Symbol {i}", kind=InstrumentKind.ETF,
                                benchmark="BENCH") for i in range(symbols)]
    bench_config = InstrumentConfig(symbol="BENCH", name="Benchmark", kind=InstrumentKind.ETF)
    histories = [synthetic_history(c.symbol, i, bars, 50.0 + 20 * i) for i, c in enumerate(configs)]
    related = {"BENCH": (bench_config, synthetic_history("BENCH", 999, bars, 400.0))}
    session = histories[0].bars[-1].session

    def run() -> None:
        for config, hist in zip(configs, histories, strict=True):
            build_snapshot(hist, config, related, session)

    seconds = best_of(3, run)
    print(f"build_snapshot: {symbols} symbols x {bars} bars: {seconds * 1000:.1f} ms total, "
          f"{seconds / symbols * 1000:.2f} ms per symbol")


Timed = Callable[[], object]


def series_pairs(c: np.ndarray, h: np.ndarray, lo: np.ndarray) -> dict[str, tuple[Timed, Timed]]:
    """Each indicator as (our call, TA-Lib's call) on the same columns."""
    assert talib is not None
    return {
        "sma_200": (lambda: sma(c, 200), lambda: talib.SMA(c, 200)),
        "ema_20": (lambda: ema(c, 20), lambda: talib.EMA(c, 20)),
        "rsi_14": (lambda: rsi(c, 14), lambda: talib.RSI(c, 14)),
        "macd": (lambda: macd(c), lambda: talib.MACD(c, 12, 26, 9)),
        "bollinger": (lambda: bollinger(c), lambda: talib.BBANDS(c, 20, 2.0, 2.0, 0)),
        "atr_14": (lambda: atr(h, lo, c, 14), lambda: talib.ATR(h, lo, c, 14)),
    }


def bench_series(bars: int) -> None:
    if talib is None:
        print("TA-Lib not installed: series comparison skipped")
        return
    cols = synthetic_columns(1, bars, 260.0)
    print(f"series on {bars} bars (best of 20)     ours ms   talib ms   ratio")
    for name, (ours, theirs) in series_pairs(cols["close"], cols["high"], cols["low"]).items():
        mine, reference = best_of(20, ours), best_of(20, theirs)
        print(f"  {name:<30} {mine * 1000:9.3f} {reference * 1000:10.3f} {mine / reference:7.1f}x")


def accuracy_rows(cols: dict[str, np.ndarray]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each output series as (ours, TA-Lib's)."""
    assert talib is not None
    c, h, lo = cols["close"], cols["high"], cols["low"]
    rows = {"sma_20": (sma(c, 20), talib.SMA(c, 20)), "sma_50": (sma(c, 50), talib.SMA(c, 50)),
            "sma_200": (sma(c, 200), talib.SMA(c, 200)), "ema_20": (ema(c, 20), talib.EMA(c, 20)),
            "rsi_14": (rsi(c, 14), talib.RSI(c, 14)),
            "atr_14": (atr(h, lo, c, 14), talib.ATR(h, lo, c, 14))}
    for name, ours, theirs in zip(("macd", "macd_signal", "macd_hist"), macd(c),
                                  talib.MACD(c, 12, 26, 9), strict=True):
        rows[name] = (ours, theirs)
    for name, ours, theirs in zip(("bb_upper", "bb_middle", "bb_lower"), bollinger(c),
                                  talib.BBANDS(c, 20, 2.0, 2.0, 0), strict=True):
        rows[name] = (ours, theirs)
    return rows


def bench_accuracy(bars: int) -> None:
    """Largest |ours - talib| and |ours - talib| / max(1, |talib|) over four price scales."""
    if talib is None:
        return
    worst: dict[str, tuple[float, float]] = {}
    for seed, scale in enumerate((30.0, 260.0, 2_600.0, 35_000.0)):
        for name, (ours, theirs) in accuracy_rows(synthetic_columns(seed, bars, scale)).items():
            both = ~np.isnan(ours) & ~np.isnan(theirs)
            error = np.abs(ours[both] - theirs[both])
            scaled = error / np.maximum(1.0, np.abs(theirs[both]))
            old = worst.get(name, (0.0, 0.0))
            worst[name] = (max(old[0], float(error.max())), max(old[1], float(scaled.max())))
    print(f"agreement with TA-Lib on {bars} bars, scales 30..35,000   max abs    max scaled")
    for name, (absolute, scaled) in worst.items():
        print(f"  {name:<52} {absolute:9.2e} {scaled:12.2e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--symbols", type=int, default=10)
    parser.add_argument("--bars", type=int, default=3000)
    args = parser.parse_args()
    bench_snapshots(args.symbols, args.bars)
    bench_series(args.bars)
    bench_accuracy(args.bars)


if __name__ == "__main__":
    main()
