"""An average placed a distance from the price ("the 200-day is $230.77, 5.86% below the price") is on
that side of the close; and a close said to have finished below its record is not a record close
(issue 14, vmiss stop 19). The snapshot is the evaluation set's IWM on 2026-11-20: close $244.30, 50-day
$245.77 (above the price), 200-day $230.77 (below it), no record close."""

from __future__ import annotations

import pytest
from verify_text_helpers import iwm_context

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


def pattern_errors(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "pattern-mismatch"]


@pytest.mark.parametrize("text", [
    "The 200-day is $230.77, 5.86% below the price.",
    "The 50-day sits just overhead at $245.77, 0.60% above the price.",
    "IWM is 5.86% above its 200-day, and the 50-day is 0.60% above the price target of the bulls.",
    "The 200-day average is $230.77 and the fund is 5.86% above the price it held then.",
    "IWM closed well below its record.",
])
def test_sides_as_the_data_has_them(ctx: VerifyContext, text: str) -> None:
    assert pattern_errors(ctx, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The 200-day is $230.77, 5.86% above the price.", "5.86% above the price"),
    ("The 50-day sits just overhead at $245.77, 0.60% under the close.", "0.60% under the close"),
])
def test_an_average_on_the_wrong_side_of_the_price(ctx: VerifyContext, text: str, span: str) -> None:
    assert any(found and span in found for found in pattern_errors(ctx, text))
