"""A batch through the model writer at the model's pace: N instruments against a local
OpenAI-compatible server that takes `--latency` seconds per answer, with concurrency C.

The floor is ceil(N / C) x latency: the time the model alone needs. The bench prints the
wall time of the model stage's run (snapshots, writing, verifying, rendering, storing) and
wall / floor, with charts off and on, plus the highest number of requests in flight and
the average in flight. Figures only, no asserts.

Usage: python bench/model_batch_bench.py [--instruments 100] [--concurrency 8] [--latency 1.0]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the local model server and its answer-writer

import llm_answers  # noqa: E402
from llm_server import Content, FakeModelServer  # noqa: E402
from market_factories import synthetic_history  # noqa: E402

from pipeline.config import load_settings  # noqa: E402
from pipeline.wiring import make_pipeline  # noqa: E402

SESSION = date(2026, 11, 20)
KEY_ENV = "NEWSDESK_BENCH_LLM_KEY"


def write_bars(directory: Path, count: int) -> list[str]:
    """`count` synthetic ETFs (260 sessions each) as CSV files; their symbols."""
    directory.mkdir(parents=True)
    symbols = []
    for n in range(1, count + 1):
        symbol = f"B{n:03d}"
        history = synthetic_history(symbol, sessions=260, seed=n)
        lines = ["Date,Open,High,Low,Close,Volume"] + [
            f"{b.session},{b.open},{b.high},{b.low},{b.close},{int(b.volume)}" for b in history.bars]
        (directory / f"{symbol}.csv").write_text("\n".join(lines) + "\n")
        symbols.append(symbol)
    return symbols


def config(directory: Path, bars: Path, symbols: list[str], base_url: str, concurrency: int,
           chart: bool) -> Path:
    blocks = [f'[[instruments]]\nsymbol = "{s}"\nname = "Bench Fund {s}"\nkind = "etf"\n' for s in symbols]
    text = (f'[store]\nurl = "sqlite:///{directory / "newsdesk.db"}"\n'
            f'[output]\ndir = "{directory / "out"}"\nformats = ["md", "html", "json"]\n'
            f'chart = {"true" if chart else "false"}\n'
            f'[market]\ncsv_dir = "{bars}"\noptions_dir = "{directory / "none"}"\n'
            f'[writer]\nkind = "llm"\n'
            f'[llm]\nbase_url = "{base_url}"\nmodel = "bench-model"\napi_key_env = "{KEY_ENV}"\n'
            f'concurrency = {concurrency}\ntimeout = 30\ncache = false\n' + "\n".join(blocks))
    path = directory / "newsdesk.toml"
    path.write_text(text)
    return path


def one_batch(bars: Path, symbols: list[str], concurrency: int, latency: float, chart: bool) -> dict:
    with FakeModelServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.responder = lambda request: Content(json.dumps(llm_answers.answer(request)), delay=latency)
        pipeline = make_pipeline(load_settings(config(Path(tmp), bars, symbols, server.base_url,
                                                      concurrency, chart)))
        started = time.perf_counter()
        report = pipeline.run(SESSION, do_ingest=False)
        wall = time.perf_counter() - started
        floor = math.ceil(len(symbols) / concurrency) * latency
        busy = len(server.requests) * latency
        written = len(report.outcomes) - len(report.failed)
        return {"chart": chart, "wall_s": round(wall, 2), "floor_s": floor,
                "wall_over_floor": round(wall / floor, 3), "written": written,
                "requests": len(server.requests), "max_in_flight": server.max_in_flight,
                "avg_in_flight": round(busy / wall, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instruments", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=float, default=1.0)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    import os

    os.environ[KEY_ENV] = "sk-bench-not-a-secret"
    with tempfile.TemporaryDirectory() as tmp:
        bars = Path(tmp) / "bars"
        symbols = write_bars(bars, args.instruments)
        print(f"model batch: {args.instruments} instruments, concurrency {args.concurrency}, "
              f"latency {args.latency:g} s per answer")
        for chart in (False, True):
            row = one_batch(bars, symbols, args.concurrency, args.latency, chart)
            print(f"  charts {'on ' if chart else 'off'}: wall {row['wall_s']:.1f} s, floor "
                  f"{row['floor_s']:.1f} s, wall/floor {row['wall_over_floor']:.2f}, "
                  f"{row['written']} written, {row['requests']} requests, in flight max "
                  f"{row['max_in_flight']} / avg {row['avg_in_flight']:.1f}")


if __name__ == "__main__":
    main()
