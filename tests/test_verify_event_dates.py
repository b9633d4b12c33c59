"""Dates of a moving-average cross and of peaks in free text, held to the snapshot's dated facts.

The snapshots are the evaluation set's: IWM 2026-11-17 (golden cross of August 10, 2026), FRNT
2026-11-20 (record close $44.45 on November 13, 2024; 52-week high close $41.82 on August 19, 2026)
and QQQ 2026-11-17 (52-week intraday high $632.37 on November 12, 2026).
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


def _ctx(key: str) -> VerifyContext:
    return tv.verify_ctx({"snapshot": key, "sources": key})  # type: ignore[no-any-return]


def _date_errors(text: str, ctx: VerifyContext) -> list[tuple[str | None, str | None]]:
    return [(f.span, f.expected) for f in check_text(text, ctx)
            if f.severity == Severity.ERROR and f.code == "date-untraced"]


@pytest.fixture(scope="module")
def iwm() -> VerifyContext:
    return _ctx("IWM-2026-11-17")


@pytest.mark.parametrize("sentence", [
    "The 50-day moved above the 200-day on {day}, a golden cross.",
    "On the daily chart the 50-day crossed over the 200-day on {day}.",
    "A golden cross flashed this summer; the cross dates from {day}.",
    "The golden cross, in place since {day}, still stands.",
])
def test_a_cross_date_is_the_cross(iwm: VerifyContext, sentence: str) -> None:
    assert _date_errors(sentence.format(day="August 10"), iwm) == []
    assert _date_errors(sentence.format(day="August 24"), iwm) == [("August 24", "Aug 10, 2026")]


def test_the_price_crossing_an_average_is_no_cross_date(iwm: VerifyContext) -> None:
    assert _date_errors("IWM crossed above its 200-day on August 24 and never looked back.", iwm) == []


def test_peaks_named_by_bare_words_are_dated_by_their_value() -> None:
    frnt = _ctx("FRNT-2026-11-20")
    clean = ("FRNT's all-time summit of $44.45 came on 13 November 2024. Its peak of the past year, $41.82, "
             "was reached on August 19.")
    assert _date_errors(clean, frnt) == []
    assert _date_errors(clean.replace("2024", "2023").replace("August 19", "August 26"), frnt) == [
        ("13 November 2023", "Nov 13, 2024"), ("August 26", "Aug 19, 2026")]
    assert _date_errors("A peak of $43.00 came on August 26.", frnt) == []  # no extreme's value


def test_the_intraday_peak_is_dated_by_the_tape() -> None:
    qqq = _ctx("QQQ-2026-11-17")
    assert _date_errors("QQQ is still under the $632.37 peak of November 12.", qqq) == []
    assert _date_errors("QQQ is still under the $632.37 peak of November 13.", qqq) == [
        ("November 13", "Nov 12, 2026")]
