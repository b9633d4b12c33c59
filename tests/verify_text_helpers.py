"""The evaluation set's IWM snapshot of 2026-11-20 as a verify context, for tests of check_text on
short texts (tests/test_verify_number_words.py, test_verify_size_words.py, test_verify_multiple_words.py),
and a synthetic IWM context (market_factories, seed 3) for the tests of phrasing classes
(test_verify_frames.py, test_verify_clean_alarms.py, test_verify_outside_alarms.py), and any eval
case's own context (test_verify_citation_marks.py, test_verify_cell_markers.py).

IWM closed at $244.30, +0.30% on the day (0.24 ATR), six sessions in a row behind SPY; the peers
loaded with it are the snapshot's own (SPY +1.10%, QQQ +1.90%, the VIX -9.30%).
"""

from __future__ import annotations

import json
from pathlib import Path

from market_factories import snapshot_for

from pipeline.config import load_settings
from pipeline.contracts import Scores, Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

DATA = Path(__file__).resolve().parent / "data" / "verify_eval"


def iwm_context() -> VerifyContext:
    cfg = load_settings(cwd=Path(__file__).resolve().parent)
    infos = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
             for i in cfg.instruments]
    raw = json.loads((DATA / "snapshots" / "IWM-2026-11-20.json").read_text())
    return VerifyContext.build(Snapshot.model_validate(raw["snapshot"]), Scores.model_validate(raw["scores"]),
                               peers=[Snapshot.model_validate(p) for p in raw["peers"]], sources=[],
                               instruments=infos)


def synthetic_iwm_context() -> VerifyContext:
    """A generated IWM snapshot (seed 3) scored on no news, with no peers, sources or instrument list."""
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []))


def eval_case_context(case_id: str) -> VerifyContext:
    """The verify context of one evaluation case, as the eval's own tests load it."""
    import test_verify_eval as tv  # imported here: the helpers' other users need not load the eval set

    return tv.verify_ctx(next(c for c in tv.CASES if c["id"] == case_id))


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    """(code, span) of every error finding on the text."""
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]
