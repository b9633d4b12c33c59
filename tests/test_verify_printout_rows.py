"""A weekday with its month and day in figures dates the price after it, and a signed % in a bare row of
figures is one of the subject's held %s (issue 14, vdates: holdout 17's notebook printout)."""

from __future__ import annotations

from datetime import date

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text
from pipeline.verify.dates import weekday_beside_date


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    """QQQ's Tuesday, Nov 17 2026: close $615.97 (-0.90%); Tue Nov 10 $627.25, Wed Nov 11 $629.76;
    +0.53% / +6.24% from the 50/200-day, slopes +1.77% / +0.21%, 5-day -1.80%, year +3.16%."""
    case = next(c for c in tv.CASES if c["id"] == "user-vcite-desk-note-QQQ-2026-11-17")
    return tv.verify_ctx(case, tv.DATA)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("row", [
    "Out[6]: Tue 11-10 $627.25 | Wed 11-11 $629.76",
    "closes: Tue 11/10 $627.25, Wed 11/11 $629.76",
    "Tue (11/10) $627.25; Wed (11/11) $629.76",
])
def test_a_numeric_date_after_a_weekday_dates_the_price(ctx: VerifyContext, row: str) -> None:
    assert errors(ctx, row) == []  # "Tue" alone is the session (Nov 17): the figures name Nov 10
    wrong = row.replace("$629.76", "$631.76")
    assert ("value-mismatch", "$631.76") in errors(ctx, wrong)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Mon 11-16 was quiet.", False),
    ("Tue 11-16 was quiet.", True),
    ("Tue 9-5 shift, as usual.", False),  # a span of hours, not a date: one digit beside the dash
])
def test_a_dashed_date_holds_its_weekday(text: str, wrong: bool) -> None:
    assert bool(weekday_beside_date(text, "body", date(2026, 11, 17))) == wrong


@pytest.mark.parametrize("row", [
    "Out[9]: $612.70  $579.82  +0.53%  +6.24%",  # distances from the 50- and 200-day
    "Out[10]: +1.77%  +0.21%",  # the averages' slopes
    "returns: -1.80% +3.16%",  # the 5-day and the year's moves
])
def test_a_bare_row_holds_the_subjects_percentages(ctx: VerifyContext, row: str) -> None:
    assert errors(ctx, row) == []


@pytest.mark.parametrize(("row", "span"), [
    ("Out[9]: $612.70  $579.82  +0.53%  +7.24%", "+7.24%"),  # no held figure
    ("returns: -1.80% +6.24%", "+6.24%"),  # a distance in a row of moves
    ("QQQ rose 6.24% today", "6.24%"),  # words name the day's move
])
def test_a_bare_row_still_catches_a_wrong_figure(ctx: VerifyContext, row: str, span: str) -> None:
    found = errors(ctx, row)
    assert any(code in ("value-mismatch", "direction-mismatch") and got == span for code, got in found), found
