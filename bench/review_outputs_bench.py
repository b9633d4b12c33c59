"""What a review action costs in the output folder: the session index, and one draft's files.

The demo session (IWM, SPY, QQQ, DIA on 2026-11-20) is written once by the real pipeline from
the bundled fixtures, in a temp directory; its IWM draft is then copied under made-up symbols
until the session holds --drafts drafts. Timed: `write_session_index` (what every edit, approve,
reject, publish and unpublish rewrites) and `refresh_outputs` for one draft (its three files
and the index, as `newsdesk approve` does). Wall-clock median of --repeat tries and the
process's CPU time per try (steadier on a shared machine). Figures only, no asserts.
Usage: python bench/review_outputs_bench.py [--drafts 300 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import Draft
from pipeline.outputs import refresh_outputs, write_session_index
from pipeline.store import Store, draft_key, new_draft_id
from pipeline.wiring import make_pipeline

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SESSION = date(2026, 11, 20)


def demo_folder(base: Path) -> Path:
    (base / "newsdesk.toml").write_text(f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
chart = false
[market]
csv_dir = "{FIXTURES / 'market' / 'bars'}"
options_dir = "{FIXTURES / 'market' / 'options'}"
[ingest]
fixtures_dir = "{FIXTURES / 'web'}"
""")
    return base / "newsdesk.toml"


def copy_under(draft: Draft, symbol: str) -> Draft:
    article = draft.article.model_copy(update={
        "instrument": draft.article.instrument.model_copy(update={"symbol": symbol})})
    return draft.model_copy(update={"draft_id": new_draft_id(), "article": article,
                                    "key": draft_key(symbol, SESSION, draft.writer)})


def pad(store: Store, model: Draft, drafts: int) -> None:
    held = len(store.list_drafts(session=SESSION))
    for n in range(held, drafts):
        store.save_draft(copy_under(model, f"ZZ{n:04d}"))


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, nargs="+", default=[4, 300, 1000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        settings = load_settings(demo_folder(base), cwd=base)
        pipeline = make_pipeline(settings)
        pipeline.run(SESSION)
        store = pipeline.store
        [model] = [store.get_draft(d.draft_id) for d in store.list_drafts(session=SESSION, symbol="IWM")]
        print(f"session index and one review action's rewrite, {args.repeat} tries each (median)")
        for drafts in sorted(args.drafts):
            pad(store, model, drafts)
            index = timed(lambda: write_session_index(store, settings.output, SESSION), args.repeat)
            action = timed(lambda: refresh_outputs(store, settings.output, [model]), args.repeat)
            print(f"  {drafts:5d} drafts: index {index[0] * 1000:6.0f} ms wall {index[1] * 1000:6.0f} ms CPU;"
                  f"  approve's rewrite {action[0] * 1000:6.0f} ms wall {action[1] * 1000:6.0f} ms CPU")


if __name__ == "__main__":
    main()
