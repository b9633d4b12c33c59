"""The batch at scale on synthetic bars: `newsdesk run` with the template writer and charts on
for N instruments (wall time, CPU per instrument at each N: flat when nothing grows with N),
and the snapshot stage for 500 instruments x 10 years with their related symbols.

Every instrument is an ETF with an index (one of 10), a benchmark, two peers and a
volatility gauge, so each snapshot cuts five related histories. The bars are generated
here (a seeded random walk per symbol, written as CSV files); no real data is read.
Figures only, no asserts.

Usage: python bench/scale_bench.py [--runs 100,500] [--snapshots 500] [--years 10]
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from synthetic_sessions import weekdays_until

from pipeline.config import load_settings
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)
INDEXES = 10
RUN_SESSIONS = 520  # two years: enough for every indicator and the 200-day average on the chart


def write_bars(path: Path, days: list[date], seed: int, start: float) -> None:
    rng = np.random.default_rng(seed)
    closes = np.round(start * np.exp(np.cumsum(rng.normal(0.0003, 0.011, len(days)))), 2)
    repeated = np.r_[False, closes[1:] == closes[:-1]]
    closes[repeated] += 0.01  # a close equal to the previous one is refused as a stuck quote
    opens = np.r_[closes[0], closes[:-1]] * (1 + rng.normal(0, 0.002, len(days)))
    spread = np.abs(rng.normal(0, 0.006, len(days))) * closes + 0.01
    highs, lows = np.maximum(opens, closes) + spread / 2, np.minimum(opens, closes) - spread / 2
    volume = rng.integers(2e6, 4e7, len(days))
    lines = ["Date,Open,High,Low,Close,Volume"] + [
        f"{d},{o:.2f},{h:.2f},{lo:.2f},{c:.2f},{v}"
        for d, o, h, lo, c, v in zip(days, opens, highs, lows, closes, volume, strict=True)]
    path.write_text("\n".join(lines) + "\n")


def universe(directory: Path, instruments: int, sessions: int) -> list[str]:
    """Bars for `instruments` ETFs and their related symbols; the config blocks of all of them."""
    bars = directory / "bars"
    bars.mkdir(parents=True)
    days = weekdays_until(SESSION, sessions)
    blocks = []
    for n in range(INDEXES):
        write_bars(bars / f"idx_I{n:02d}.csv", days, 10_000 + n, 4000.0)
        blocks.append(f'[[instruments]]\nsymbol = "^I{n:02d}"\nname = "Index {n}"\nkind = "index"\n'
                      f'cover = false\naliases = ["Index {n} composite"]\n')
    write_bars(bars / "idx_VOLG.csv", days, 20_000, 18.0)
    blocks.append('[[instruments]]\nsymbol = "^VOLG"\nname = "Volatility gauge"\nkind = "volatility"\n'
                  'cover = false\n')
    for n in range(1, instruments + 1):
        symbol = f"S{n:03d}"
        write_bars(bars / f"{symbol}.csv", days, n, 50.0 + n % 200)
        peers = [f"S{(n + k - 1) % instruments + 1:03d}" for k in (1, 2)]
        blocks.append(
            f'[[instruments]]\nsymbol = "{symbol}"\nname = "Scale Fund {n}"\nkind = "etf"\n'
            f'index = "^I{n % INDEXES:02d}"\nbenchmark = "S001"\npeers = {peers!r}\n'
            f'gauges = ["^VOLG"]\naliases = ["Scale Fund {n}"]\n'.replace("'", '"'))
    return blocks


def config(directory: Path, blocks: list[str], chart: bool = True) -> Path:
    path = directory / "newsdesk.toml"
    path.write_text(f'[store]\nurl = "sqlite:///{directory / "newsdesk.db"}"\n'
                    f'[output]\ndir = "{directory / "out"}"\nchart = {"true" if chart else "false"}\n'
                    f'[market]\ncsv_dir = "{directory / "bars"}"\noptions_dir = "{directory / "none"}"\n'
                    + "\n".join(blocks))
    return path


def cpu_seconds() -> float:
    """CPU of this process and of its finished children (the chart pool's processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one_run(instruments: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        pipeline = make_pipeline(load_settings(config(directory, universe(directory, instruments,
                                                                            RUN_SESSIONS))))
        cpu, wall = cpu_seconds(), time.perf_counter()
        report = pipeline.run(SESSION, do_ingest=False)
        wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        written = len(report.outcomes) - len(report.failed)
        charts = len(list((directory / "out" / SESSION.isoformat()).glob("*.png")))
        print(f"  N = {instruments}: wall {wall:.1f} s, CPU {cpu:.1f} s = {cpu / instruments:.3f} s per "
              f"instrument ({written} written, {charts} charts)", flush=True)


def snapshots(instruments: int, years: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        blocks = universe(directory, instruments, years * 252)
        pipeline = make_pipeline(load_settings(config(directory, blocks, chart=False)))
        symbols = [i.symbol for i in pipeline.settings.covered()]
        started, cpu = time.perf_counter(), time.process_time()
        for symbol in [*symbols, "^VOLG", *(f"^I{n:02d}" for n in range(INDEXES))]:
            pipeline._load(symbol)
        loaded, loaded_cpu = time.perf_counter(), time.process_time()
        for symbol in symbols:
            pipeline.snapshot(symbol, SESSION)
        done, done_cpu = time.perf_counter(), time.process_time()
        bars = sum(len(h.bars) for h in pipeline._histories.values() if not isinstance(h, Exception))
        print(f"snapshot stage, {instruments} instruments x {years} years ({bars:,} bars, 5 related "
              f"symbols each), wall (CPU) seconds: reading the files {loaded - started:.2f} "
              f"({loaded_cpu - cpu:.2f}), quality checks and build_snapshot {done - loaded:.2f} "
              f"({done_cpu - loaded_cpu:.2f}; goal < 5 s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", default="100,500", help="instrument counts of the full runs")
    parser.add_argument("--snapshots", type=int, default=500, help="0: no snapshot-stage figure")
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if args.snapshots:
        snapshots(args.snapshots, args.years)
    print(f"template writer, charts on, {RUN_SESSIONS} sessions of bars (goal at N = 500: "
          "wall <= 60 s; CPU per instrument flat in N):")
    for count in (int(n) for n in args.runs.split(",") if n):
        one_run(count)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
