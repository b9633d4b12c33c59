"""The evaluation set's IWM snapshot of 2026-11-20 as a verify context, for tests of check_text on
short texts (tests/test_verify_number_words.py, test_verify_size_words.py, test_verify_multiple_words.py).

IWM closed at $244.30, +0.30% on the day (0.24 ATR), six sessions in a row behind SPY; the peers
loaded with it are the snapshot's own (SPY +1.10%, QQQ +1.90%, the VIX -9.30%).
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import Scores, Severity, Snapshot
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


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    """(code, span) of every error finding on the text."""
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]
