"""The MACD said to have crossed its signal line, or to have rolled over, in a sentence naming both
(issue 14, vmiss stop 19): "MACD 0.31 sits under its 0.51 signal; it has since crossed above it" is
wrong, "...; it has not crossed above it yet" and "it may cross above it soon" are not claims of a cross.
The snapshot is the evaluation set's IWM on 2026-11-20: MACD 0.31, signal 0.51."""

from __future__ import annotations

import pytest
from verify_text_helpers import iwm_context

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


def indicator_errors(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "indicator-mismatch"]


@pytest.mark.parametrize(("text", "span"), [
    ("IWM's MACD, 0.31, has crossed above its signal line at 0.51.", "crossed above its signal"),
    ("MACD 0.31 sits under its 0.51 signal; it has since crossed above it.", "crossed above it"),
    ("The MACD reads 0.31 against a signal of 0.51, and it just crossed back above.", "crossed back above"),
])
def test_a_cross_the_lines_do_not_show(ctx: VerifyContext, text: str, span: str) -> None:
    assert span in indicator_errors(ctx, text)


@pytest.mark.parametrize("text", [
    "IWM's MACD, 0.31, has crossed below its signal line at 0.51.",
    "MACD 0.31 sits under its 0.51 signal; it has not crossed above it yet.",
    "MACD 0.31 is under its signal at 0.51, so momentum has rolled over.",
    "MACD is below its signal; a move that crossed above $250 would change that.",  # a price, not the line
])
def test_a_cross_the_lines_show_or_no_cross_claimed(ctx: VerifyContext, text: str) -> None:
    assert indicator_errors(ctx, text) == []
