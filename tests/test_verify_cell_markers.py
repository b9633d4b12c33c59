"""Notebook cell markers are no citations, a Markdown reference line is a source entry, and a weekday
before a day, a month and a year is checked in that year (issue 14, vh17: holdout 17's score)."""

from __future__ import annotations

from datetime import date

import pytest
from verify_text_helpers import errors, eval_case_context

from pipeline.verify import VerifyContext
from pipeline.verify.dates import weekday_beside_date
from pipeline.verify.document import parse_document
from pipeline.verify.numbers import citations_in

NASDAQ = "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html"


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    """QQQ's Tuesday, Nov 17 2026 (close $615.97, -0.90%), with the session's stories."""
    return eval_case_context("user-vcite-desk-note-QQQ-2026-11-17")


@pytest.mark.parametrize(("text", "cited"), [
    ("In [7]: df.tail()", []),
    ("Out[12]: 615.97", []),
    ("In[3]: x = 1\nOut [3]: 2", []),
    ("In [2]: plot() # as the wire said [1]", [1]),
    ("QQQ fell 0.9% [2]: the chips dragged it.", [2]),  # a citation before a colon is still one
    ("in [3]: the story's words", [3]),  # lower-case 'in' is a preposition, not a cell's marker
    ("Tech slid [1] and [4].", [1, 4]),
])
def test_a_cell_marker_is_no_citation(text: str, cited: list[int]) -> None:
    assert citations_in(text) == cited


def test_a_markdown_reference_line_is_a_source_entry() -> None:
    doc = parse_document(f"Tech slipped [1].\n\n[1]: {NASDAQ}, Tapewatch\n")
    assert [e.number for e in doc.sources] == [1] and doc.sources[0].urls[0].startswith(NASDAQ)
    assert [p.text for p in doc.paragraphs] == ["Tech slipped [1]."]


def test_cells_are_read_and_a_real_citation_still_checked(ctx: VerifyContext) -> None:
    cells = ("In [1]: q = bars('QQQ')\nOut[1]: QQQ closed at {close}, down 0.90%\n\n"
             "In [2]: note()\nOut[2]: the Nasdaq 100 slid 0.9% to 25,326.20 [{cite}].\n\n"
             f"[1]: {NASDAQ}, Tapewatch\n")
    assert errors(ctx, cells.format(close="$615.97", cite=1)) == []
    assert errors(ctx, cells.format(close="$615.97", cite=2)) == [("citation-unresolved", "[2]")]
    assert ("value-mismatch", "$617.97") in errors(ctx, cells.format(close="$617.97", cite=1))


@pytest.mark.parametrize(("text", "wrong"), [
    ("The record close came on Fri 28 Nov 2025.", False),
    ("The record close came on Thu 28 Nov 2025.", True),
    ("Last high: Wed, 26 Nov. 2025, a day before the holiday.", False),
    ("Last high: Tue, 26 Nov. 2025, a day before the holiday.", True),
    ("FOMC Wed 9 Dec, then CPI Thu 10 Dec.", False),  # no year: the session's
    ("The low was on Mon 14 April 2025.", False),
    ("The low was on Mon 14 April 2026.", True),
])
def test_a_weekday_before_a_day_month_and_year_is_checked_in_that_year(text: str, wrong: bool) -> None:
    found = weekday_beside_date(text, "body", date(2026, 11, 17))
    assert bool(found) == wrong, found
