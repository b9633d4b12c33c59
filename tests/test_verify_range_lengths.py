"""A count of sessions told as the range's length (issue 14, vmiss stop 19): "has spent 20 sessions
between $237.80 and $245.69", "the floor of the 20-session box, $237.80". Held to `range_sessions` when
the sentence prints an edge of the range; a window the writer chose is left alone."""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=5)  # a tight range of 20 sessions, $237.80 to $245.69
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    filled = build_fact_sheet(ctx.snapshot, ctx.scores).fill(text)
    return [(f.code, f.span) for f in check_text(filled, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("text", [
    "IWM has spent {range_sessions} sessions between {range_lower} and {range_upper}.",
    "For {range_sessions} trading days the fund has been held inside {range_lower} to {range_upper}.",
    "The floor of the {range_sessions}-session box sits at {range_lower}.",
    "The range of the last {range_sessions} sessions runs from {range_lower} to {range_upper}.",
])
def test_the_range_length_as_written_is_clean(ctx: VerifyContext, text: str) -> None:
    assert errors(ctx, text) == []


@pytest.mark.parametrize("text, span", [
    ("IWM has spent 31 sessions between {range_lower} and {range_upper}.", "31"),
    ("For 12 trading days the fund has been held inside {range_lower} to {range_upper}.", "12"),
    ("The floor of the 26-session box sits at {range_lower}.", "26"),
    ("The ceiling of its 9-session channel, {range_upper}, capped the fund again.", "9"),
    ("The range of the last 33 sessions runs from {range_lower} to {range_upper}.", "33"),
])
def test_a_wrong_range_length_is_a_value_mismatch(ctx: VerifyContext, text: str, span: str) -> None:
    assert ("value-mismatch", span) in errors(ctx, text)


@pytest.mark.parametrize("text", [
    "Over the past 10 sessions IWM traded between $240.10 and $244.20.",  # another window, other edges
    "A 12-session box is what a patient buyer wants to see before committing.",  # no edge printed
    "The 14-session Bollinger band runs from {range_lower} to {range_upper}.",  # a band, not the range
])
def test_a_window_of_the_writer_is_left_alone(ctx: VerifyContext, text: str) -> None:
    assert not [e for e in errors(ctx, text) if e[1] in ("10", "12", "14")]
