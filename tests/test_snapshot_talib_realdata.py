"""The snapshot's indicators on real ETF bars agree with TA-Lib.

Bars: SPY, QQQ, DIA and IWM daily files from ../shared/realdata/ohlcv/
kittycapital_etf-seasonality (yfinance, `Date,Close,High,Low,Open,Volume`,
split-adjusted, not dividend-adjusted; read through newsdesk's own CSV reader,
raw Close). The whole snapshot is built (`build_snapshot`) at several sessions,
including the 2008 and 2020 crashes, and each indicator is compared with TA-Lib
run over the same bars up to that session.

Tolerance: |snapshot - talib| <= 1e-6 x max(1, |talib|) (relative above 1,
absolute below, since MACD and its histogram cross zero).

Warm-up conventions: both sides seed EMA (and MACD's EMAs) with the SMA of the
first n values, and RSI and ATR with Wilder's simple average of the first n
changes or true ranges; TA-Lib's unstable period is left at 0. With thousands
of bars before each session the seeds have long washed out, so the two agree
to float noise. On short histories the first defined value falls on the same
index (tests/test_indicators_talib.py). Bollinger bands use the population
standard deviation (ddof=0), as TA-Lib does; a spreadsheet's STDEV (ddof=1)
gives bands up to 0.38 wider on SPY 2011-12 (see SOURCES.md).

Run with `-s` to print the largest difference per indicator and ETF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from market_factories import settings

from pipeline.contracts import PriceHistory, Snapshot
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import CsvBarsProvider

talib = pytest.importorskip("talib")

pytestmark = pytest.mark.realdata

TOLERANCE = 1e-6
ETFS = ("SPY", "QQQ", "DIA", "IWM")
SESSIONS = (date(2008, 10, 10), date(2020, 3, 16), date(2024, 8, 5), date(2026, 8, 21))
largest: dict[tuple[str, str], float] = {}


def talib_values(history: PriceHistory) -> dict[str, float]:
    """TA-Lib's value on the last bar of `history`, for each indicator the snapshot carries."""
    c = np.array([b.close for b in history.bars])
    h = np.array([b.high for b in history.bars])
    lo = np.array([b.low for b in history.bars])
    line, signal, hist = talib.MACD(c, 12, 26, 9)
    upper, middle, lower = talib.BBANDS(c, 20, 2.0, 2.0, 0)
    series = {"sma_20": talib.SMA(c, 20), "sma_50": talib.SMA(c, 50), "sma_200": talib.SMA(c, 200),
              "ema_20": talib.EMA(c, 20), "rsi_14": talib.RSI(c, 14), "macd": line,
              "macd_signal": signal, "macd_hist": hist, "atr_14": talib.ATR(h, lo, c, 14),
              "bb_upper": upper, "bb_middle": middle, "bb_lower": lower}
    return {name: float(values[-1]) for name, values in series.items()}


def snapshot_values(snap: Snapshot) -> dict[str, float | None]:
    t, m, v = snap.trend, snap.momentum, snap.volatility
    return {"sma_20": t.sma_20, "sma_50": t.sma_50, "sma_200": t.sma_200, "ema_20": t.ema_20,
            "rsi_14": m.rsi_14, "macd": m.macd, "macd_signal": m.macd_signal, "macd_hist": m.macd_hist,
            "atr_14": v.atr_14, "bb_upper": v.bb_upper, "bb_middle": v.bb_middle,
            "bb_lower": v.bb_lower}


@pytest.fixture
def etf_dir(realdata: Path) -> Path:
    folder = realdata / "ohlcv" / "kittycapital_etf-seasonality"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return folder


@pytest.mark.parametrize("symbol", ETFS)
def test_snapshot_indicators_match_talib(etf_dir: Path, symbol: str) -> None:
    history = CsvBarsProvider(etf_dir).load(symbol)
    inst = settings().instrument(symbol)
    for session in SESSIONS:
        cut = history.until(session)
        assert cut.last_session == session, f"{symbol} has no bar on {session}"
        snap = build_snapshot(cut, inst, {}, session)
        ours, theirs = snapshot_values(snap), talib_values(cut)
        for name, expected in theirs.items():
            value = ours[name]
            assert value is not None, f"{symbol} {session}: {name} missing"
            error = abs(value - expected)
            assert error <= TOLERANCE * max(1.0, abs(expected)), \
                f"{symbol} {session} {name}: {value} vs TA-Lib {expected}"
            largest[(symbol, name)] = max(largest.get((symbol, name), 0.0), error)


def test_print_largest_differences(capsys: pytest.CaptureFixture[str]) -> None:
    """The table the closing note quotes: max |snapshot - TA-Lib| per indicator and ETF."""
    if not largest:
        pytest.skip("no comparison ran")
    names = sorted({name for _, name in largest})
    symbols = [s for s in ETFS if any(key[0] == s for key in largest)]
    lines = [f"{'indicator':<12}" + "".join(f"{s:>12}" for s in symbols)]
    for name in names:
        lines.append(f"{name:<12}" + "".join(f"{largest.get((s, name), float('nan')):>12.2e}"
                                             for s in symbols))
    with capsys.disabled():
        print("\nmax |snapshot - TA-Lib| over sessions " + ", ".join(map(str, SESSIONS)))
        print("\n".join(lines))
    assert max(largest.values()) < 1e-3
