"""A month cut short and the same month in full are one when a citing sentence is compared with its source
(issue 14, vfp): "Jul 31" in the text and "July 31" in the story share one date, weighed as a name; a
month alone ("in November", "in Nov") is one word in either form, and a three-letter month is never a short
name such as 'Fed' or 'CPI'."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import VerifyContext
from pipeline.verify.citations import (
    SourceWords,
    _content_words,
    _names,
    supports,
    written_names,
    written_words,
)


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "QQQ-2026-11-17", "sources": None})  # type: ignore[no-any-return]


@pytest.mark.parametrize(("short", "full"), [("Jul 31", "July 31"), ("Sept. 4", "September 4"),
                                              ("Jan 12", "January 12"), ("Dec. 9", "December 9")])
def test_a_month_cut_short_is_its_full_name(short: str, full: str) -> None:
    assert _content_words(f"the peak of {short}") == _content_words(f"the peak of {full}")


def test_a_month_alone_is_one_word_in_either_form() -> None:
    assert _content_words("a peak in November") == _content_words("a peak in Nov") == {"peak", "<11>"}
    assert _content_words("the July CPI, due Aug. 14") == {"<7>", "<8-14>"}  # the date's month is its own


def test_a_three_letter_month_is_no_short_name() -> None:
    assert _names("Jan 12 and Aug 3, before the Fed and CPI") == {"Fed", "CPI"}


def test_a_shared_date_weighs_as_a_name(ctx: VerifyContext) -> None:
    """'Aug 14' weighed two as a short name when both texts cut the month short; the date weighs two in
    either form, and the month of a report ('the July CPI') is one word."""
    story = SourceWords("Calendar: a busy fortnight\nThe July consumer price report is due on August 14.")
    assert supports("The dates to watch: Aug 14 for the July CPI [1].", story, ctx)
    assert not supports("The dates to watch: Aug 15 for the July CPI [1].", story, ctx)


def test_a_story_dated_in_full_backs_the_same_date_cut_short(ctx: VerifyContext) -> None:
    story = SourceWords("Chip rally faded after July 31\nThe semiconductor rally faded after July 31.")
    assert supports("Their long slide in software faded after Jul 31.", story, ctx)
    assert supports("Their long slide in software faded after July 31.", story, ctx)
    assert not supports("Their long slide in software faded after Aug 31.", story, ctx)


def test_the_writers_rule_keeps_dates_as_written() -> None:
    """The template writer picks the lines it may quote by the words as written (written_words,
    written_names): the check's reading of dates leaves its choice where it was."""
    assert written_words("the decision on July 31") == {"decision", "july"}
    assert written_names("Jan 12 and Aug 3, before the Fed and CPI") == {"Jan", "Aug", "Fed", "CPI"}


def test_may_with_its_day_is_a_date() -> None:
    """'May' is too short to be a content word, so a text whose only month was 'May 28' kept no date
    (issue 14, vpast); with its day it is the date, alone it stays the verb."""
    assert _content_words("the peak of May 28") == {"peak", "<5-28>"}
    assert _content_words("the peak of May 28th") == {"peak", "<5-28>"}
    assert _content_words("the peak may hold") == {"peak", "hold"}


def test_a_story_dated_in_may_backs_only_its_own_day(ctx: VerifyContext) -> None:
    story = SourceWords("Chip rally faded after May 28\nThe semiconductor rally faded after May 28.")
    assert supports("Their long slide in software faded after May 28.", story, ctx)
    assert not supports("Their long slide in software faded after May 29.", story, ctx)
