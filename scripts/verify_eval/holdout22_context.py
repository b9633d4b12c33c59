"""Build the new context keys of the twenty-second blind holdout (run once; the files are frozen).

    PYTHONPATH=. .venv/bin/python -m scripts.verify_eval.holdout22_context   # or run the file

Each key is a snapshot with its peers and sources in the shape of the eval's stored contexts, built the
way scripts/verify_eval/universe.py builds the eval's: `Pipeline.snapshot` over the bundled fixtures,
the fixture news ingested and ranked as `Pipeline.news_for` does, `score_snapshot`, the covered ETF
peers, and the template writer's cited sources first. The files go to
tests/data/verify_holdout22/context/ next to the keys copied from holdout 21.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.ingest import FixtureFetcher, ingest  # noqa: E402
from pipeline.redact import Redactor  # noqa: E402
from pipeline.run import Pipeline  # noqa: E402
from pipeline.scoring import score_snapshot  # noqa: E402
from pipeline.writers import TemplateWriter  # noqa: E402
from verify_eval import universe as u  # noqa: E402

NEW_KEYS: list[tuple[str, date]] = [
    ("DIA", date(2026, 11, 19)),   # a Thursday: the day before the demo session
    ("QQQ", date(2026, 11, 18)),   # a Wednesday
    ("^GSPC", date(2026, 11, 16)),  # the index, on a Monday
]
OUT = u.REPO / "tests" / "data" / "verify_holdout22" / "context"


def build(keys: list[tuple[str, date]] = NEW_KEYS) -> dict[str, tuple[dict[str, object], list[object]]]:
    """Each key's snapshot file and its sources, as JSON-ready objects."""
    settings = u.base_settings()
    writer = TemplateWriter(max_sources=settings.writer.max_sources)
    pipeline = Pipeline(settings, None, u.EvalMarket(settings), writer, clock=lambda: u.NOW,  # type: ignore[arg-type]
                        redactor=Redactor())
    fetcher = FixtureFetcher(settings.ingest.fixtures_dir, clock=lambda: u.NOW)
    out: dict[str, tuple[dict[str, object], list[object]]] = {}
    for symbol, session in keys:
        items = ingest(settings, fetcher, now=u.NOW, session=session).items
        inst = settings.instrument(symbol)
        snapshot = pipeline.snapshot(symbol, session)
        news = u.news_for(settings, items, inst, session)
        scores = score_snapshot(snapshot, news)
        article = writer.write(pipeline._brief(inst, snapshot, scores, news))
        peers = [pipeline.snapshot(p, session) for p in u.peer_symbols(settings, inst)]
        extra = [u.instrument_info(i) for i in settings.instruments
                 if i.symbol in u.INDEX_OVERRIDES or i.symbol in {s["symbol"] for s in u.SYNTHETIC}]
        snap = {"snapshot": u.frozen_shape(snapshot), "scores": scores.model_dump(mode="json"),
                "peers": [u.frozen_shape(p) for p in peers], "instruments": extra}
        sources = [i.model_dump(mode="json") for i in u.cited_first(article, news)]
        out[u.key_of(symbol, session)] = snap, sources
    return out


def write(keys: list[tuple[str, date]] = NEW_KEYS, out: Path = OUT) -> None:
    """Build `keys` and write each one's snapshot and sources under `out` (a holdout's context/)."""
    for key, (snap, sources) in build(keys).items():
        for folder, obj in (("snapshots", snap), ("sources", sources)):
            path = out / folder / f"{key}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", "utf-8")
            print(path)


if __name__ == "__main__":
    write()
