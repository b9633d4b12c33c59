"""A price with its past day right after it ("$249.95 on Nov 12") is the figure of that day's bar the
words before it name (issue 14, holdout 12 history; holdout 2/3/8 clean texts).

- The measure is the last measure word before the figure: a close for close/closed/finished/settled,
  a high for high/peak/top, a low for low/trough/bottom ("the intraday peak, $249.95 on Nov 12" is
  Nov 12's high, not its close).
- A day joined to the figure by "on" right after it is the figure's own, even when another day stands
  as near before it ("$244.79 on Wednesday, $243.57 on Thursday").
- A price on another scale than the bar's (a fund's dollars beside its index's points) is another
  instrument's figure, never held to that bar.

IWM on Friday 2026-11-20 (evaluation set): Thu Nov 12 close $249.26, high $249.95, low $248.20;
Wed Nov 18 close $244.79; Thu Nov 19 close $243.57.
"""

from __future__ import annotations

import pytest
from test_verify_subjects import build, found

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return build()


@pytest.mark.parametrize("text", [
    "IWM finished near its best week in a month; the intraday peak, $249.95 on Nov 12, is still ahead.",
    "The fund topped out at $249.95 on Nov 12 and has drifted lower since.",
    "Its closing level of $249.26 on Nov 12 was the last time it saw $249.",
    "The bounce started from the trough, $248.20 on Nov 12, before the close.",
])
def test_a_dated_figure_is_the_bar_measure_its_words_name(ctx, text):
    assert found(ctx, text) == []


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("IWM's best print came late: the intraday peak, $249.26 on Nov 12, is still ahead.",
     "$249.26", "$249.95"),
    ("Its closing level of $249.95 on Nov 12 was the last time it saw $249.", "$249.95", "$249.26"),
    ("The bounce started from the trough, $247.90 on Nov 12.", "$247.90", "$248.20"),
])
def test_a_dated_figure_off_its_named_measure_is_a_value_mismatch(ctx, text, span, expected):
    errors = [f for f in check_text(text, ctx) if f.severity == Severity.ERROR]
    assert [(f.code, f.span, f.expected) for f in errors] == [("value-mismatch", span, expected)]


def test_a_day_joined_by_on_right_after_the_figure_is_its_own(ctx):
    path = "The closes into the bell: $244.79 on Wednesday, {} on Thursday, $244.30 today."
    assert found(ctx, path.format("$243.57")) == []
    assert found(ctx, path.format("$244.10")) == [("value-mismatch", "$244.10")]


def test_a_price_on_another_scale_is_not_held_to_the_bar(ctx):
    """2,431.50 is ten times IWM's close: an index's points beside its fund, not IWM's Thursday bar."""
    text = "The benchmark it follows closed at 2,431.50 on Thursday, IWM closed at $243.57 on Thursday."
    assert not [f for f in check_text(text, ctx) if "IWM close on" in f.message]
