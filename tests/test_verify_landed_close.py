"""A bare level after an instrument's name and words that say it landed there ("the Russell 2000
only 0.30% to 2,456.17", "VIX up to 17.60", "Index (Russell 2000) at 2,456.17") is that instrument's
close: of a family, the member on whose scale the level is. Hedged levels ("could run up to")
and figures on no member's scale are not read as closes.

The snapshot is the evaluation set's IWM on 2026-11-20 (the Russell 2000 closed at 2,456.17; QQQ at
$626.40).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import VerifyContext


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


@pytest.mark.parametrize(("text", "span"), [
    ("The Russell 2000 went 0.30% to 2,465.17.", "2,465.17"),
    ("QQQ ran up to $636.40 by the bell.", "$636.40"),
    ("Index (Russell 2000) at 2,546.17.", "2,546.17"),
])
def test_a_wrong_level_where_the_instrument_landed(ctx, text, span):
    assert ("value-mismatch", span) in errors(ctx, text), errors(ctx, text)


@pytest.mark.parametrize("text", [
    "The Russell 2000 went 0.30% to 2,456.17.",
    "QQQ ran up to $626.40 by the bell.",
    "Index (Russell 2000) at 2,456.17.",
])
def test_the_close_itself_or_a_hedged_level(ctx, text):
    assert errors(ctx, text) == []
