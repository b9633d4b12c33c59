"""Gaps between two funds' moves paired with the fund the words make their subject, bare weekdays that
belong to a holiday, another clause or a count's start, and a streak's margin "a day on average" (issue
14, vfp).

IWM on 2026-03-30 (the eval's snapshot): IWM -1.24%, SPY -0.78%, DIA -1.04%, QQQ -1.44% (IWM is 0.46
points behind SPY, 0.20 ahead of QQQ). IWM on 2026-11-20: the Fed decides Wednesday, Dec 9, options expire
Friday, Nov 27, and IWM has trailed SPY for six sessions by 41.7 bp a day on average.
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def red() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "IWM-2026-03-30", "sources": None})  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def week() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "IWM-2026-11-20", "sources": None})  # type: ignore[no-any-return]


def _errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize(("text", "wrong"), [
    ("The small caps held up better than QQQ by 0.20 points and lagged SPY by 0.46.",
     "The small caps held up better than QQQ by 0.20 points and lagged SPY by 0.36."),
    ("DIA lost 1.04% and SPY 0.78%; our fund lagged SPY by 0.46 points.",
     "DIA lost 1.04% and SPY 0.78%; our fund lagged SPY by 0.36 points."),
    ("SPY shed 0.78% and QQQ 1.44%, so the fund outpaced QQQ by 0.20 points.",
     "SPY shed 0.78% and QQQ 1.44%, so the fund outpaced QQQ by 0.40 points."),
    ("IWM lost 0.46 points more than SPY and 0.20 points less than QQQ.",
     "IWM lost 0.46 points more than SPY and 0.40 points less than QQQ."),
    ("SPY beat QQQ, down 1.44%, by 0.66 points, and DIA, down 1.04%, by 0.26.",
     "SPY beat QQQ, down 1.44%, by 0.66 points, and DIA, down 1.04%, by 0.46."),
])
def test_a_gap_is_between_the_funds_the_words_compare(red: VerifyContext, text: str, wrong: str) -> None:
    """A second verb sharing the first's subject, a new clause whose subject is the article's fund, one
    subject's two comparisons, a second gap whose side's move stands between commas."""
    assert _errors(red, text) == []
    assert [code for code, _ in _errors(red, wrong)] == ["derived-mismatch"]


@pytest.mark.parametrize("text", [
    "Trading stops on Thursday for Thanksgiving, and options expire on Friday, Nov 27.",
    "The choir practises Tuesday at noon; the Fed rules on Wednesday.",
    "The Fed decision is thirteen sessions from Friday.",
    "The Fed decides on 9 December, which is a Wednesday.",
])
def test_a_bare_weekday_of_something_else_is_not_the_events(week: VerifyContext, text: str) -> None:
    assert _errors(week, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The choir practises Tuesday at noon; the Fed rules on Thursday.", "Thursday"),
    ("The Fed decides on 9 December, which is a Thursday.", "Thursday"),
])
def test_the_events_own_weekday_is_still_checked(week: VerifyContext, text: str, span: str) -> None:
    assert _errors(week, text) == [("weekday-mismatch", span)]


def test_a_streak_margin_a_day_on_average_is_the_runs_average_margin(week: VerifyContext) -> None:
    assert _errors(week, "IWM has lagged SPY six sessions running, about 42 bp a day on average.") == []
    assert [c for c, _ in _errors(week, "IWM has lagged SPY six sessions running, about 62 bp a day on "
                                        "average.")] == ["value-mismatch"]
