"""The cross-checks before writing: their cost per check, and their false alarms on real data.

Times `tracking_disagreement` (an ETF against its index, judged on the 121 common
sessions before the day) and `close_disagreement` on made-up series; then, when
../shared/realdata is there, judges every session of the real ETF/index pairs on
the history up to it and prints how many were flagged, and compares a Yahoo-style
VIX mirror with Cboe's official file. Figures only, no asserts.

Usage: python bench/cross_checks_bench.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import csv
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from pipeline.contracts import ActionKind, Bar, CorporateAction, PriceHistory
from pipeline.market.checks import close_disagreement, tracking_disagreement
from pipeline.skips import SkipCode

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "realdata" / "ohlcv"
PAIRS = [  # (ETF file, index file, ETF, index, first session judged, dividends from Adj Close)
    ("mplfinance_examples/yahoofinance-SPY-20080101-20180101.csv", "slow-turtle-research/IDX_GSPC.csv",
     "SPY", "^GSPC", date(2008, 4, 1), True),
    ("xjcarter_data/IWM.csv", "xjcarter_data/IDX_RUT.csv", "IWM", "^RUT", date(2000, 9, 1), True),
    ("kittycapital_etf-seasonality/SPY.csv", "slow-turtle-research/IDX_GSPC.csv", "SPY", "^GSPC",
     date(1993, 6, 1), False),
    ("kittycapital_etf-seasonality/QQQ.csv", "slow-turtle-research/IDX_NDX.csv", "QQQ", "^NDX",
     date(1999, 7, 1), False),
    ("kittycapital_etf-seasonality/DIA.csv", "xjcarter_data/IDX_DJI.csv", "DIA", "^DJI",
     date(2000, 4, 1), False),
]


def made_up(symbol: str, moves: np.ndarray, start: float) -> PriceHistory:
    closes = start * np.cumprod(1 + moves)
    day, bars = date(2020, 1, 1), []
    for close in closes:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        c = round(float(close), 4)
        bars.append(Bar(session=day, open=c, high=c, low=c, close=c))
        day += timedelta(days=1)
    return PriceHistory(symbol=symbol, provider="made-up", bars=bars)


def timed(repeat: int) -> None:
    rng = np.random.default_rng(3)
    index_moves = rng.normal(0.0004, 0.01, 600)
    etf = made_up("SPY", index_moves + rng.normal(0, 0.0002, 600), 600)
    index = made_up("^GSPC", index_moves, 6000)
    session = etf.bars[-1].session
    for name, check in (("tracking_disagreement", lambda: tracking_disagreement(etf, index, session)),
                        ("close_disagreement", lambda: close_disagreement(
                            etf, etf, session, tolerance_pct=0.5, code=SkipCode.SOURCE_MISMATCH,
                            label="x"))):
        started = time.perf_counter()
        for _ in range(repeat):
            check()
        print(f"{name}: {(time.perf_counter() - started) / repeat * 1000:.2f} ms a check")


def real_history(path: Path, symbol: str, dividends: bool) -> PriceHistory:
    bars, actions, ratio = [], [], None
    with path.open() as handle:
        for row in csv.DictReader(handle):
            row = {k.lower(): v for k, v in row.items()}
            close, day = float(row["close"]), date.fromisoformat(row["date"])
            bars.append(Bar(session=day, open=close, high=close, low=close, close=close))
            if dividends:
                now = float(row["adj close"]) / close
                if ratio is not None and now / ratio - 1 > 2e-4:
                    actions.append(CorporateAction(session=day, kind=ActionKind.DIVIDEND,
                                                   value=bars[-2].close * (1 - ratio / now)))
                ratio = now
    return PriceHistory(symbol=symbol, provider=path.parent.name, bars=bars, actions=actions)


def real_pairs() -> None:
    for etf_file, index_file, etf_symbol, index_symbol, since, dividends in PAIRS:
        etf = real_history(REAL / etf_file, etf_symbol, dividends)
        index = real_history(REAL / index_file, index_symbol, False)
        days = sorted({b.session for b in etf.bars if b.session >= since} & {b.session for b in index.bars})
        flagged = [day for day in days if tracking_disagreement(etf, index, day)]
        print(f"{etf_symbol}/{index_symbol} ({etf_file.split('/')[0]}, dividends "
              f"{'known' if dividends else 'unknown'}): {len(flagged)} of {len(days)} sessions flagged "
              f"({len(flagged) / len(days):.2%}), {days[0]}..{days[-1]}")
    mirror = real_history(REAL / "alitalbi_storage_data_fy" / "IDX_VIX.csv", "^VIX", False)
    official = real_history(REAL / "datahub_finance-vix" / "vix-daily.csv", "^VIX", False)
    common = sorted({b.session for b in mirror.bars} & {b.session for b in official.bars})
    flagged = [day for day in common if close_disagreement(
        mirror, official, day, tolerance_pct=1.0, code=SkipCode.OFFICIAL_MISMATCH, label="x")]
    print(f"^VIX mirror vs Cboe's file: {len(flagged)} of {len(common)} sessions beyond 1%: "
          + ", ".join(str(day) for day in flagged))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    timed(args.repeat)
    if REAL.is_dir():
        real_pairs()
    else:
        print(f"{REAL} is absent: real-data figures skipped")


if __name__ == "__main__":
    main()
