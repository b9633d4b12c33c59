"""`newsdesk backfill` over 10 years x 4 instruments (SPY, QQQ, IWM, DIA; SPY is the others'
benchmark), on synthetic bars written here as CSV files (11 years each: a year of warm-up for
the 200-day average and the 52-week range). Prints the command's wall time (start-up, reading
the files, the calls, the SQLite store), a second run's (nothing new to store), and what one
snapshot per session would cost (timed on a sample, scaled up). Figures only, no asserts.

Usage: python bench/backfill_bench.py [--years 10] [--sample 100]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from synthetic_sessions import weekdays_until

from pipeline.config import load_settings
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import read_bars_csv
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scoring import score_snapshot

SYMBOLS = {"SPY": 680.0, "QQQ": 610.0, "IWM": 245.0, "DIA": 470.0}
LAST = date(2026, 11, 20)
SESSIONS_PER_YEAR = 252


def write_bars(folder: Path, symbol: str, days: list[date], seed: int) -> None:
    rng = np.random.default_rng(seed)
    closes = SYMBOLS[symbol] * np.exp(np.cumsum(rng.normal(0.0003, 0.011, len(days))))
    opens = np.r_[closes[0], closes[:-1]] * (1 + rng.normal(0, 0.002, len(days)))
    spread = np.abs(rng.normal(0, 0.006, len(days))) * closes + 0.01
    highs = np.maximum(opens, closes) + spread / 2
    lows = np.minimum(opens, closes) - spread / 2
    lines = ["Date,Open,High,Low,Close,Volume"]
    lines += [f"{d},{o:.2f},{h:.2f},{lo:.2f},{c:.2f},{30_000_000}"
              for d, o, h, lo, c in zip(days, opens, highs, lows, closes, strict=True)]
    (folder / f"{symbol}.csv").write_text("\n".join(lines) + "\n")


def newsdesk(folder: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=folder, check=True,
                   capture_output=True)
    return time.perf_counter() - started


def per_snapshot_estimate(folder: Path, first: date, sample: int, sessions: int) -> float:
    """Seconds for one build_snapshot + score per session (the run's way), scaled to `sessions`."""
    settings = load_settings(folder / "newsdesk.toml")
    inst = settings.instrument("IWM")
    history = read_bars_csv(folder / "bars" / "IWM.csv", "IWM")
    related = {"SPY": (settings.instrument("SPY"), read_bars_csv(folder / "bars" / "SPY.csv", "SPY"))}
    days = [bar.session for bar in history.bars if bar.session >= first][-sample:]
    started = time.perf_counter()
    for day in days:
        score_snapshot(build_snapshot(history, inst, related, day))
    return (time.perf_counter() - started) / len(days) * sessions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args()
    days = weekdays_until(LAST, (args.years + 1) * SESSIONS_PER_YEAR)
    first = days[SESSIONS_PER_YEAR]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "bars").mkdir()
        for seed, symbol in enumerate(SYMBOLS):
            write_bars(folder / "bars", symbol, days, seed)
        (folder / "newsdesk.toml").write_text(
            '[market]\ncsv_dir = "bars"\n[store]\nurl = "sqlite:///store.db"\n')
        sessions = len(days) - SESSIONS_PER_YEAR
        print(f"backfill {args.years} years x {len(SYMBOLS)} instruments "
              f"({sessions} sessions each, {first} to {LAST}), synthetic bars")
        wall = newsdesk(folder, "backfill", "--from", str(first))
        print(f"  newsdesk backfill (first run, stores {sessions * len(SYMBOLS)} rows): {wall:.1f} s wall")
        again = newsdesk(folder, "backfill", "--from", str(first))
        print(f"  newsdesk backfill (again, nothing new):             {again:.1f} s wall")
        history = read_bars_csv(folder / "bars" / "IWM.csv", "IWM")
        bench = read_bars_csv(folder / "bars" / "SPY.csv", "SPY")
        started = time.perf_counter()
        backfill_calls(history, bench, first, LAST)
        calls = time.perf_counter() - started
        print(f"  calls alone, one instrument:                        {calls:.1f} s "
              f"({calls / sessions * 1000:.2f} ms a session)")
        estimate = per_snapshot_estimate(folder, first, args.sample, sessions)
        print(f"  one snapshot per session instead (from {args.sample}):        "
              f"{estimate:.0f} s an instrument, {estimate * len(SYMBOLS):.0f} s for all")
        grade = newsdesk(folder, "scorecard", "--json")
        print(f"  newsdesk scorecard --json over them:                {grade:.1f} s wall")


if __name__ == "__main__":
    main()
