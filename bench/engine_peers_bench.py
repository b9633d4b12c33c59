"""Cost of checking peers on the engine path (`newsdesk run --engine`, `newsdesk worker`).

Runs the demo session (the bundled fixtures, template writer, 4 instruments) through the
durable engine in this process, on a SQLite engine database in a temp directory; then,
inside a bench workflow (so the `peers` step is recorded as in a model conversation),
times one article's check built the engine's way (`RunPeers`: the named peers read from
the run's finished snapshot workflows in a recorded step, then the context built with
them) against the same check without peers (what the engine did before), and the
recorded `peers` step alone. Wall-clock medians per article. Figures only, no asserts.
Usage: python bench/engine_peers_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import Any

from dbos import DBOS

from pipeline.config import load_settings
from pipeline.contracts import Snapshot
from pipeline.engine import runtime, workflows
from pipeline.run import named_symbols
from pipeline.verify.subjects import build_lexicon

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SESSION = date(2026, 11, 20)
SYMBOL = "IWM"


def _median_ms(repeat: int, work: Callable[[], Any]) -> tuple[float, float]:
    """Median wall-clock and this thread's CPU milliseconds of `work` (the CPU figure is steadier
    on a shared machine; the engine's pollers run in other threads)."""
    walls, cpus = [], []
    for _ in range(repeat):
        began, cpu = time.perf_counter(), time.thread_time()
        work()
        walls.append(time.perf_counter() - began)
        cpus.append(time.thread_time() - cpu)
    return statistics.median(walls) * 1e3, statistics.median(cpus) * 1e3


def _no_peers(_snapshot: Snapshot, _named: Collection[str]) -> list[Snapshot]:
    return []


@DBOS.workflow(name="newsdesk.bench.engine_peers")
def checks(run_id: str, repeat: int) -> dict[str, Any]:
    rt = runtime.current()
    pipeline = rt.pipeline(run_id)
    snapshot, _notes = DBOS.get_result(workflows.snapshot_workflow_id(run_id, SYMBOL))
    _news, scores, brief = pipeline.prepare(rt.settings.instrument(SYMBOL), snapshot)
    [draft] = [rt.store.get_draft(d.draft_id) for d in rt.store.list_drafts() if d.symbol == SYMBOL]
    article, peers = draft.article, workflows.RunPeers(run_id, pipeline)
    named = named_symbols(article, build_lexicon(snapshot, (), pipeline._instrument_infos()))
    loaded = peers(snapshot, named)
    news = brief.news
    return {
        "named": len(loaded),
        "without": _median_ms(repeat, lambda: pipeline.checker(snapshot, scores, news, _no_peers)(article)),
        "with": _median_ms(repeat, lambda: pipeline.checker(snapshot, scores, news, peers)(article)),
        "step": _median_ms(repeat, lambda: peers(snapshot, named)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "newsdesk.toml"
        config.write_text(f"""
[store]
url = "sqlite:///{tmp}/newsdesk.db"
[output]
dir = "{tmp}/out"
formats = ["json"]
chart = false
[market]
csv_dir = "{FIXTURES / 'market' / 'bars'}"
options_dir = "{FIXTURES / 'market' / 'options'}"
[engine]
database_url = "sqlite:///{tmp}/engine.db"
poll_seconds = 0.1
""")
        settings = load_settings(config)
        runtime.launch(settings, "engine-peers-bench")
        try:
            began = time.perf_counter()
            report = DBOS.start_workflow(workflows.session_workflow, SESSION, None, False).get_result()
            seconds = time.perf_counter() - began
            figures = DBOS.start_workflow(checks, report.run_id, args.repeat).get_result()
        finally:
            runtime.shutdown()
    written = sum(o.ok for o in report.outcomes)
    print(f"engine demo session: {written} articles in {seconds:.2f} s (snapshots first, then articles)")
    print(f"{SYMBOL} article, {figures['named']} named peers; per check, median of {args.repeat}, "
          "wall-clock ms / this thread's CPU ms:")
    (wall, cpu), (wall0, cpu0), (step, step_cpu) = figures["with"], figures["without"], figures["step"]
    print(f"  without peers (the engine before): {wall0:7.2f} / {cpu0:6.2f}")
    print(f"  with the run's peers (RunPeers):   {wall:7.2f} / {cpu:6.2f}  "
          f"(+{wall - wall0:.2f} / +{cpu - cpu0:.2f})")
    print(f"  of which the recorded peers step:  {step:7.2f} / {step_cpu:6.2f}")


if __name__ == "__main__":
    main()
