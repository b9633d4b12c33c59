"""Cost of the ingest worker process: start-up, one round trip, and a fixtures ingest with
feeds and pages in the worker versus inline. Figures only, no asserts.

Usage: python bench/worker_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.config import load_settings
from pipeline.ingest import FixtureFetcher, extract_page, ingest, parse_feed
from pipeline.ingest.worker import FEED_MODULES, PAGE_MODULES, Worker, shared_worker

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 2, tzinfo=UTC)
SESSION = date(2026, 11, 20)


def start_up(repeat: int) -> tuple[float, float]:
    """Median seconds from spawn to the first answer, and per round trip after that."""
    starts, trips = [], []
    for _ in range(repeat):
        with Worker(preload=(*FEED_MODULES, *PAGE_MODULES)) as worker:
            began = time.perf_counter()
            worker.call(os.getpid, timeout=60)
            starts.append(time.perf_counter() - began)
            began = time.perf_counter()
            for _ in range(100):
                worker.call(os.getpid, timeout=60)
            trips.append((time.perf_counter() - began) / 100)
    return statistics.median(starts), statistics.median(trips)


def ingest_seconds(**inline: object) -> float:
    settings = load_settings(cwd=REPO)
    began = time.perf_counter()
    result = ingest(settings, FixtureFetcher(settings.ingest.fixtures_dir), now=NOW,
                    session=SESSION, **inline)  # type: ignore[arg-type]
    assert result.items
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the fixtures' deliberate 404s
    started, trip = start_up(args.repeat)
    print(f"worker start-up (spawn, import feeds+pages, first answer): {started:.3f} s")
    print(f"round trip of a small call: {trip * 1e3:.3f} ms")
    inline = statistics.median(ingest_seconds(parser=parse_feed, extractor=extract_page)
                               for _ in range(args.repeat))
    print(f"fixtures ingest, parsing and extraction inline: {inline:.3f} s")
    shared_worker().close()
    cold = ingest_seconds()
    warm = statistics.median(ingest_seconds() for _ in range(args.repeat))
    print(f"fixtures ingest in the shared worker: cold (worker started by ingest) {cold:.3f} s, "
          f"warm {warm:.3f} s")


if __name__ == "__main__":
    main()
