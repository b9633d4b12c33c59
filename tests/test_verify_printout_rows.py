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


@pytest.mark.parametrize("row", [
    "closes: mon $621.56, fri $618.47, thu $625.98",  # lower-case labels, the list running back
    "$625.98 thu, $618.47 fri, $621.56 mon",  # after their prices
])
def test_a_lower_case_weekday_labels_its_price(ctx: VerifyContext, row: str) -> None:
    assert errors(ctx, row) == []
    assert ("value-mismatch", "$619.47") in errors(ctx, row.replace("$618.47", "$619.47"))


@pytest.mark.parametrize("text", [
    "The week as a whole lost 1.80%; the year is still up 3.16%.",
    "Month -0.72%, but the year still +3.16%.",
    "QQQ fell 0.90%, leaving the year up 3.16%.",
])
def test_a_period_noun_gives_the_move_its_period(ctx: VerifyContext, text: str) -> None:
    assert errors(ctx, text) == []  # the day was -0.90%: neither is the day's move
    assert [code for code, span in errors(ctx, text.replace("3.16%", "3.61%")) if "3.61%" in str(span)] \
        == ["value-mismatch"]


def test_a_year_ago_is_no_period_of_the_session() -> None:
    from pipeline.verify.claims import _period_of

    assert _period_of("the year is still up") == "ytd" and _period_of("the week as a whole lost") == "5d"
    assert _period_of("a year ago it stood") is None and _period_of("the 10-year yield rose") is None
    assert _period_of("over the past year") != "ytd"
