"""Direction, pattern, negation and trend words of free text checked against the data (vdir, issue 14):
each class in the words a desk uses, with the claim true and then false."""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


def context(snapshot: Snapshot) -> VerifyContext:
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), sources=[], instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.fixture(scope="module")
def plain() -> Snapshot:
    return snapshot_for("IWM", seed=1)  # mid-range: neither extreme


def at_record(s: Snapshot) -> Snapshot:
    e = s.extremes.model_copy(update={"high_52w": s.close, "all_time_high": s.close, "pct_from_52w_high": 0.0,
                                      "pct_from_ath": 0.0, "new_52w_high": True, "new_all_time_high": True})
    return s.model_copy(update={"extremes": e})


def at_low(s: Snapshot) -> Snapshot:
    e = s.extremes.model_copy(update={"low_52w": s.close, "pct_from_52w_low": 0.0})
    return s.model_copy(update={"extremes": e})


def test_the_close_called_a_years_extreme(plain):
    low = context(at_low(plain))
    close = f"${plain.close:,.2f}"
    assert errors(low, f"IWM finished at {close}, its lowest close in twelve months.") == []
    assert errors(low, f"IWM finished at {close}, its highest close in twelve months.") == [
        ("pattern-mismatch", "highest close in twelve months")]
    assert errors(low, f"That {close} is the best close of the past year.") == [
        ("pattern-mismatch", "best close of the past year")]
    # no close named: a past day's extreme
    assert errors(low, "Back in the spring it set its highest close of the past year.") == []


def test_an_extreme_the_close_is_measured_from_is_no_claim(plain):
    ctx = context(plain)
    close = f"${plain.close:,.2f}"
    assert errors(ctx, f"IWM closed at {close}, well above its lowest close of the past year.") == []
    assert errors(ctx, f"IWM closed at {close}, its lowest close of the past year.") == [
        ("pattern-mismatch", "lowest close of the past year")]


def test_a_record_close_denied(plain):
    record = context(at_record(plain))
    close = f"${plain.close:,.2f}"
    assert errors(record, f"IWM settled at {close}, its highest close ever.") == []
    assert errors(record, f"IWM settled at {close}, still shy of its highest close ever.") == [
        ("pattern-mismatch", "still shy of its highest close ever")]
    assert errors(record, f"IWM settled at {close}. Status: still under its closing high.") == [
        ("pattern-mismatch", "still under its closing high")]
    assert errors(context(plain), f"IWM settled at {close}. Status: still under its closing high.") == []
