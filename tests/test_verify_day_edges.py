"""The close placed at an edge of its day ("finished at the very bottom of its day", "closed near the top
of the session") is held to the day's low and high, not to the range of sessions (issue 14, vmiss stop
19). The snapshot is the evaluation set's IWM on 2026-11-20: low $243.65, high $244.45, close $244.30
(81% of the way up the day; 40% of the way up its 25-session range)."""

from __future__ import annotations

import pytest
from verify_text_helpers import iwm_context

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


def direction_errors(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "direction-mismatch"]


@pytest.mark.parametrize("text", [
    "IWM finished near the top of its day.",
    "The fund closed near the top of the session, up 0.30%.",
    "IWM closed in the lower half of its range, up 0.30% in the session.",  # the range of sessions
])
def test_the_day_edge_the_data_shows(ctx: VerifyContext, text: str) -> None:
    assert direction_errors(ctx, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("IWM finished at the very bottom of its day.", "at the very bottom of its day"),
    ("The fund closed near the floor of the session.", "near the floor of the session"),
])
def test_the_wrong_day_edge(ctx: VerifyContext, text: str, span: str) -> None:
    assert span in direction_errors(ctx, text)
