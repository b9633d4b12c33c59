"""Two layouts of a price on the wrong scale: a close dated without a comma after the date ("IWM closed
Friday, November 20 at 2,456.17" is the index's level as the fund's close) and an index named alone then
a dollar price ("The Russell 2000 itself came in at $244.30": an index is quoted in points).

The snapshot is the evaluation set's IWM on 2026-11-20 (close $244.30; the Russell 2000 at 2,456.17).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import VerifyContext


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


@pytest.mark.parametrize(("text", "span"), [
    ("IWM closed Friday, November 20 at 2,456.17.", "2,456.17"),
    ("IWM settled Friday, Nov 20 at 2,456.17, a quiet finish.", "2,456.17"),
    ("The Russell 2000 itself came in at $244.30.", "$244.30"),
])
def test_a_price_on_the_other_scale_is_flagged(ctx, text, span):
    assert ("scale-mismatch", span) in errors(ctx, text)


@pytest.mark.parametrize("text", [
    "IWM closed Friday, November 20 at $244.30.",
    "The Russell 2000 itself came in at 2,456.17.",
    "The Russell 2000 fund came in at $244.30.",
])
def test_each_on_its_own_scale_passes(ctx, text):
    assert errors(ctx, text) == []
