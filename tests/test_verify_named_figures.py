"""A wrong figure the words name as a fact is that fact's `value-mismatch`; a gap or a distance in
points or dollars is `derived-mismatch` (issue 14, holdout 11 causes 2 and 6).

The contexts are the evaluation set's frozen QQQ and S&P 500 sessions of Friday, November 20, 2026
(QQQ +1.90% to $626.40, SPY +1.10%, IWM +0.30%; the S&P 500 +75.63 points to 6,901.69); each test
writes the right figure (no error) and a wrong one (the named fact's finding).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_verify_eval import DATA, verify_ctx

from pipeline.contracts import Severity
from pipeline.verify import check_text


def _context(case_id: str) -> Any:
    cases = {c["id"]: c for c in json.loads((DATA / "cases.json").read_text())}
    return verify_ctx(cases[case_id])


@pytest.fixture(scope="module")
def qqq() -> Any:
    return _context("user-named14-morning-call-QQQ-2026-11-20")


@pytest.fixture(scope="module")
def gspc() -> Any:
    return _context("user-named14-evening-wire-GSPC-2026-11-20")


def errors(ctx: Any, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize(("right", "wrong", "code", "span"), [
    ("QQQ ended Friday, November 20 at $626.40.", "QQQ ended Friday, November 20 at $628.40.",
     "value-mismatch", "$628.40"),
    ("QQQ added 1.90%, which is $11.68 per share.", "QQQ added 1.90%, which is $12.18 per share.",
     "value-mismatch", "$12.18"),
    ("Buyers at the open ($618.09) made money.", "Buyers at the open ($617.09) made money.",
     "value-mismatch", "$617.09"),
    ("The biggest call strike sits at $640.00.", "The biggest call strike sits at $645.00.",
     "value-mismatch", "$645.00"),
    ("The main put strike is at $610.00.", "The main put strike is at $605.00.", "value-mismatch", "$605.00"),
    ("Price is well clear of the lower band ($609.43).", "Price is well clear of the lower band ($607.43).",
     "value-mismatch", "$607.43"),
    ("For 29 sessions QQQ has traded in a box from $610.21 to $629.76.",
     "For 29 sessions QQQ has traded in a box from $610.21 to $631.76.", "value-mismatch", "$631.76"),
])
def test_a_wrong_figure_the_words_name_is_that_facts_value_mismatch(qqq, right, wrong, code, span):
    assert errors(qqq, right) == []
    assert (code, span) in errors(qqq, wrong)


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("The close is $3.36 under the top of the range.", "The close is $2.36 under the top of the range.",
     "$2.36"),
    ("QQQ sits $16.19 above the range floor.", "QQQ sits $15.19 above the range floor.", "$15.19"),
    ("QQQ's margin was 0.80 points versus SPY and 1.60 versus IWM.",
     "QQQ's margin was 0.80 points versus SPY and 1.20 versus IWM.", "1.20"),
    ("SPY rose 1.10% and QQQ beat it by 0.80 of a point.",
     "SPY rose 1.10% and QQQ beat it by 0.30 of a point.", "0.30"),
    ("IWM rose 0.30%, and QQQ did better by 1.60 points.",
     "IWM rose 0.30%, and QQQ did better by 1.10 points.", "1.10"),
    ("QQQ finished 0.80 points better than SPY.", "QQQ finished 0.50 points better than SPY.", "0.50"),
])
def test_a_wrong_gap_or_distance_is_a_derived_mismatch(qqq, right, wrong, span):
    assert errors(qqq, right) == []
    assert ("derived-mismatch", span) in errors(qqq, wrong)


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("The index recovered on Friday by 75.63 points.", "The index recovered on Friday by 70.63 points.",
     "70.63"),
    ("The index dipped early, then jumped 1.11% to 6,901.69 points.",
     "The index dipped early, then jumped 1.11% to 6,911.69 points.", "6,911.69"),
])
def test_an_index_figure_in_points_is_its_move_or_its_close(gspc, right, wrong, span):
    assert errors(gspc, right) == []
    assert ("value-mismatch", span) in errors(gspc, wrong)


def test_a_bracketed_count_after_a_label_word_is_no_price(qqq):
    """"low (12)" is a pollen count, not QQQ's low: no fact is named for a bare figure in brackets."""
    assert ("value-mismatch", "12") not in errors(qqq, "Pollen count: low (12) today.")
