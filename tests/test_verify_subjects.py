"""The verifier on real-style prose: whose figure it is, what it measures, and the words around it.

Each test checks a short text against a snapshot of the evaluation set (built by the
real pipeline from the bundled fixtures: IWM on 2026-11-20 with SPY, QQQ and DIA
loaded as peers and ^RUT, ^VIX among its related moves).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.contracts import Scores, Severity, Snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

DATA = Path(__file__).resolve().parent / "data" / "verify_eval"


def infos() -> list[InstrumentInfo]:
    cfg = load_settings(cwd=Path(__file__).resolve().parent)
    return [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
            for i in cfg.instruments]


def build(key: str = "IWM-2026-11-20", *, peers: bool = True, drop: tuple[str, ...] = ()) -> VerifyContext:
    raw = json.loads((DATA / "snapshots" / f"{key}.json").read_text())
    snapshot = Snapshot.model_validate(raw["snapshot"])
    snapshot = snapshot.model_copy(update={"related": [m for m in snapshot.related if m.symbol not in drop]})
    others = [Snapshot.model_validate(p) for p in raw["peers"]] if peers else []
    return VerifyContext.build(snapshot, Scores.model_validate(raw["scores"]), peers=others, sources=[],
                               instruments=infos())


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return build()


def found(ctx: VerifyContext, text: str, severity: Severity = Severity.ERROR) -> list[tuple[str, str]]:
    return [(f.code, f.span or "") for f in check_text(text, ctx) if f.severity == severity]


# --- item 2: subjects ----------------------------------------------------------------------------

def test_a_paragraph_about_the_dow_is_checked_against_the_dow(ctx):
    """'It closed at...' after 'The Dow had a steadier day.' is the Dow's figure, not IWM's."""
    text = ("IWM closed at $244.30, up 0.30% on the day.\n\n"
            "The Dow had a steadier day. It closed at 47,220.31 and gained 0.60% on the session.")
    assert found(ctx, text) == []
    wrong = text.replace("47,220.31", "47,410.00")
    findings = [f for f in check_text(wrong, ctx) if f.severity == Severity.ERROR]
    assert [(f.code, f.span, f.expected) for f in findings] == [("value-mismatch", "47,410.00", "47,220.31")]


def test_an_index_level_is_checked_against_the_index_not_the_etf(ctx):
    findings = [f for f in check_text("The Russell around 2,965 still sits below its peak.", ctx)
                if f.severity == Severity.ERROR]
    assert [(f.code, f.expected) for f in findings] == [("value-mismatch", "2,456.17")]
    assert "^RUT" in findings[0].message
    assert found(ctx, "The Russell around 2,456 still sits below its peak.") == []


def test_an_index_without_data_is_unverifiable_info_not_an_etf_error():
    ctx = build(peers=False, drop=("^RUT",))
    text = "The Russell around 2,965 still sits below its peak."
    assert found(ctx, text) == []
    assert found(ctx, text, Severity.INFO) == [("figure-unverifiable", "2,965")]


def test_a_subject_without_a_snapshot_is_unverifiable_info():
    ctx = build(peers=False)
    text = "IWM rose 0.30%.\n\nThe Dow had a steadier day. Its RSI sits at 61.2."
    assert found(ctx, text) == []
    assert ("figure-unverifiable", "61.2") in found(ctx, text, Severity.INFO)


def test_vix_at_is_read_as_the_vix_level(ctx):
    assert found(ctx, "The VIX at 19.2 keeps traders calm.") == [("value-mismatch", "19.2")]
    assert found(ctx, "The VIX at 15.6 keeps traders calm.") == []
