"""One date style per article (facts.article_date_style): a plain date slot prints a recent date of
the session's year bare ('Nov 11'), as the levels table's notes do, and any other date with its year."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.contracts import InstrumentKind
from pipeline.facts import FactSheet

SESSION = date(2026, 11, 20)


def sheet_with(when: date, session: date | None = SESSION) -> FactSheet:
    sheet = FactSheet("QQQ", InstrumentKind.ETF, article_dates=True)
    if session is not None:
        sheet.add("session", session, "date")
    sheet.add("all_time_high_date", when, "date")
    return sheet


@pytest.mark.parametrize(("when", "printed"), [
    (date(2026, 11, 11), "Nov 11"),       # the record close nine days back
    (date(2026, 7, 27), "Jul 27"),        # a golden cross four months back
    (date(2026, 12, 9), "Dec 9"),         # a Fed decision ahead
    (date(2026, 3, 2), "Mar 2, 2026"),    # more than half a year back: read as next year if bare
    (date(2025, 11, 28), "Nov 28, 2025"),  # another year
    (date(2027, 1, 8), "Jan 8, 2027"),    # a release in the next year
])
def test_a_plain_date_slot_prints_the_year_only_when_it_is_needed(when: date, printed: str) -> None:
    assert sheet_with(when).fill("since {all_time_high_date}") == f"since {printed}"


def test_an_explicit_style_is_kept() -> None:
    sheet = sheet_with(date(2026, 11, 11))
    assert sheet.fill("{all_time_high_date:year}") == "Nov 11, 2026"
    assert sheet.fill("{all_time_high_date:short}") == "Nov 11"
    assert sheet.fill("{session:long}") == "Friday, November 20, 2026"


def test_without_a_session_a_date_keeps_its_year() -> None:
    assert sheet_with(date(2026, 11, 11), session=None).fill("{all_time_high_date}") == "Nov 11, 2026"


def test_a_sheet_that_is_not_a_writers_prints_every_plain_date_with_its_year() -> None:
    """The verifier's and the eval kit's sheets print as before: texts written from them keep their
    dates."""
    sheet = sheet_with(date(2026, 11, 11))
    sheet.article_dates = False
    assert sheet.fill("{all_time_high_date}") == "Nov 11, 2026"
