"""The session's close called the extreme of a window of sessions (issue 14, vmiss stop 19): "its highest
close in 8 sessions", "Friday's close is the lowest of the last 31 sessions", "the highest close of the
past month". Held to the closes of that window; a reference to such an extreme is not a claim."""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


def context(seed: int) -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=seed)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), instruments=INFOS)


@pytest.fixture(scope="module")
def rising() -> VerifyContext:
    return context(4)  # $245.00 tops the last 8 closes, not the 9th before


@pytest.fixture(scope="module")
def sinking() -> VerifyContext:
    return context(2)  # $245.00 is the lowest of the last 31 closes


def patterns(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "pattern-mismatch"]


@pytest.mark.parametrize("text", [
    "IWM climbed to $245.00, its highest close in 8 sessions.",
    "IWM climbed to $245.00, its best close of the past week.",
    "IWM climbed to $245.00. It sits well above its lowest close of the past month.",
    "IWM climbed to $245.00; the highest close of the month came earlier.",
])
def test_a_true_window_high_is_clean(rising: VerifyContext, text: str) -> None:
    assert patterns(rising, text) == []


@pytest.mark.parametrize("text, span", [
    ("IWM climbed to $245.00, its highest close in 12 sessions.", "highest close in 12 sessions"),
    ("IWM climbed to $245.00, its lowest close in 8 sessions.", "lowest close in 8 sessions"),
    ("IWM climbed to $245.00, the strongest close of the past month.", "strongest close of the past month"),
])
def test_a_wrong_window_high_is_a_pattern_mismatch(rising: VerifyContext, text: str, span: str) -> None:
    assert span in patterns(rising, text)


def test_the_days_close_named_as_the_low(sinking: VerifyContext) -> None:
    assert patterns(sinking, "Friday's close is the lowest of the last 30 sessions.") == []
    assert patterns(sinking, "Friday's close is the highest of the last 30 sessions.") == [
        "highest of the last 30 sessions"]
    assert patterns(sinking, "Thursday's close was the highest of the last 30 sessions.") == []  # another day
