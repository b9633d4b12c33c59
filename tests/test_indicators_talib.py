"""Our series functions against TA-Lib, on long synthetic series and on real ETF bars.

Tolerance: |ours - talib| <= 1e-6 x max(1, |talib|), i.e. 1e-6 absolute for
values up to 1 in size and 1e-6 relative above that (prices of 35,000 carry
~1e-10 of float noise from TA-Lib's running sums). Only indexes where both are
defined are compared, and the first defined index must be the same.
Run with `-s` to print the largest errors measured.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from pipeline.indicators import atr, bollinger, ema, macd, rsi, sma, true_range

talib = pytest.importorskip("talib")

TOLERANCE = 1e-6
SEEDS = (7, 19, 2024)
SCALES = (30.0, 260.0, 2_600.0, 35_000.0)
BARS = 3_500
REAL_SYMBOLS = ("SPY", "QQQ", "IWM", "DIA")

Columns = dict[str, np.ndarray]
worst: dict[str, tuple[float, float]] = {}


def garch_ohlcv(seed: int, n: int, start: float) -> Columns:
    """A geometric random walk with GARCH(1,1) volatility clustering and fat tails; valid OHLC."""
    rng = np.random.default_rng(seed)
    long_run_var, alpha, beta = 0.012**2, 0.08, 0.90
    omega = long_run_var * (1 - alpha - beta)
    var = long_run_var
    returns = np.empty(n)
    for t in range(n):
        returns[t] = np.sqrt(var) * rng.standard_t(5) / np.sqrt(5 / 3)
        var = omega + alpha * returns[t] ** 2 + beta * var
    close = start * np.exp(np.cumsum(returns))
    prev = np.concatenate(([start], close[:-1]))
    open_ = prev * np.exp(returns * rng.uniform(0, 0.4, n))
    wick = np.abs(rng.normal(0, 0.006, (2, n)))
    high = np.maximum(open_, close) * np.exp(wick[0])
    low = np.minimum(open_, close) * np.exp(-wick[1])
    volume = rng.lognormal(15, 0.4, n) * (1 + 40 * np.abs(returns))
    return {"open": open_, "high": high, "low": low, "close": close, "volume": volume}


def indicator_pairs(bars: Columns) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each indicator as (ours, TA-Lib's)."""
    c, h, lo = bars["close"], bars["high"], bars["low"]
    ours_macd, talib_macd = macd(c, 12, 26, 9), talib.MACD(c, 12, 26, 9)
    ours_bb, talib_bb = bollinger(c, 20, 2.0), talib.BBANDS(c, 20, 2.0, 2.0, 0)
    pairs = {f"sma_{n}": (sma(c, n), talib.SMA(c, n)) for n in (20, 50, 200)}
    pairs["ema_20"] = (ema(c, 20), talib.EMA(c, 20))
    pairs["rsi_14"] = (rsi(c, 14), talib.RSI(c, 14))
    for name, ours, theirs in zip(("macd", "macd_signal", "macd_hist"), ours_macd, talib_macd,
                                  strict=True):
        pairs[name] = (ours, theirs)
    for name, ours, theirs in zip(("bb_upper", "bb_middle", "bb_lower"), ours_bb, talib_bb,
                                  strict=True):
        pairs[name] = (ours, theirs)
    pairs["true_range"] = (true_range(h, lo, c), talib.TRANGE(h, lo, c))
    pairs["atr_14"] = (atr(h, lo, c, 14), talib.ATR(h, lo, c, 14))
    return pairs


def first_defined(series: np.ndarray) -> int:
    return int(np.argmax(~np.isnan(series)))


def check_agreement(name: str, ours: np.ndarray, theirs: np.ndarray) -> tuple[float, float]:
    """Assert same warm-up and agreement within tolerance; return (max abs, max rel) error."""
    assert len(ours) == len(theirs)
    assert first_defined(ours) == first_defined(theirs), f"{name}: warm-up differs"
    assert np.array_equal(np.isnan(ours), np.isnan(theirs)), f"{name}: NaN pattern differs"
    both = ~np.isnan(ours) & ~np.isnan(theirs)
    assert both.sum() > 0.9 * len(ours)
    error = np.abs(ours[both] - theirs[both])
    scale = np.maximum(1.0, np.abs(theirs[both]))
    assert np.all(error <= TOLERANCE * scale), f"{name}: max error {error.max():.3g}"
    return float(error.max()), float((error / scale).max())


def record(name: str, errors: tuple[float, float]) -> None:
    previous = worst.get(name, (0.0, 0.0))
    worst[name] = (max(previous[0], errors[0]), max(previous[1], errors[1]))


def cross_check(bars: Columns) -> None:
    for name, (ours, theirs) in indicator_pairs(bars).items():
        record(name, check_agreement(name, ours, theirs))


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("seed", SEEDS)
def test_series_match_talib_on_synthetic_bars(seed: int, scale: float) -> None:
    bars = garch_ohlcv(seed, BARS, scale)
    assert np.all(bars["low"] <= np.minimum(bars["open"], bars["close"]))
    assert np.all(bars["high"] >= np.maximum(bars["open"], bars["close"]))
    cross_check(bars)


def read_yfinance_csv(path: Path) -> Columns:
    """Date,Close,High,Low,Open,Volume rows as float columns, oldest first."""
    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda row: row["Date"])
    return {name: np.array([float(row[name.capitalize()]) for row in rows])
            for name in ("open", "high", "low", "close", "volume")}


@pytest.mark.realdata
@pytest.mark.parametrize("symbol", REAL_SYMBOLS)
def test_series_match_talib_on_real_etf_bars(realdata: Path, symbol: str) -> None:
    path = realdata / "ohlcv" / "kittycapital_etf-seasonality" / f"{symbol}.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    bars = read_yfinance_csv(path)
    assert len(bars["close"]) > 3_000
    cross_check(bars)


def test_report_worst_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the largest errors seen by the cross-checks above (they run first, in file order).

    "scaled" is |ours - talib| / max(1, |talib|): relative error for values above 1
    in size, absolute below (MACD and its histogram cross zero).
    """
    if not worst:
        pytest.skip("no cross-check ran")
    lines = [f"{'indicator':<12} {'max abs err':>12} {'max scaled err':>15}"]
    lines += [f"{name:<12} {a:>12.3e} {r:>15.3e}" for name, (a, r) in sorted(worst.items())]
    with capsys.disabled():
        print("\nTA-Lib agreement (worst over all series):\n" + "\n".join(lines))
    assert max(scaled for _, scaled in worst.values()) <= TOLERANCE


@pytest.mark.parametrize("length", [0, 1, 13, 14, 15, 25, 33, 34, 35, 199, 200])
def test_short_series_warm_up_matches_talib(length: int) -> None:
    bars = garch_ohlcv(3, 400, 100.0)
    short = {name: values[:length] for name, values in bars.items()}
    if length == 0:
        assert len(sma(short["close"], 20)) == 0
        return
    for name, (ours, theirs) in indicator_pairs(short).items():
        assert np.array_equal(np.isnan(ours), np.isnan(theirs)), f"{name} at {length} bars"
