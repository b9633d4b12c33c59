"""Named figures that fell through to `number-untraced` or a warning (issue 14, holdout 20 misses, vnamed3
stop 44): each test writes the right figure (no error) and a wrong one (the named fact's finding).

The context is the evaluation set's frozen QQQ session of Friday, November 20, 2026 (QQQ $626.40,
0.53% under its record close of $629.76 from Nov 11, 21.01% above its 52-week low of Apr 28).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_verify_eval import DATA, verify_ctx

from pipeline.contracts import Severity
from pipeline.verify import check_text


@pytest.fixture(scope="module")
def qqq() -> Any:
    cases = {c["id"]: c for c in json.loads((DATA / "cases.json").read_text())}
    return verify_ctx(cases["user-named14-morning-call-QQQ-2026-11-20"])


def errors(ctx: Any, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("QQQ is 0.53% below its Nov 11 record.", "QQQ is 1.53% below its Nov 11 record.", "1.53%"),
    ("QQQ sits 0.53% under the November 11, 2026 record close.",
     "QQQ sits 0.35% under the November 11, 2026 record close.", "0.35%"),
    ("QQQ trades 0.53% below its November 11 peak.", "QQQ trades 0.63% below its November 11 peak.", "0.63%"),
    ("QQQ is 21.01% above the April 28 low of $517.65.", "QQQ is 12.01% above the April 28 low of $517.65.",
     "12.01%"),
    ("QQQ is up 21.01% from its April low.", "QQQ is up 22.01% from its April low.", "22.01%"),
    ("QQQ is up 21.01% from the Apr 28 low of $517.65.", "QQQ is up 20.01% from the Apr 28 low of $517.65.",
     "20.01%"),
])
def test_a_percent_from_a_dated_extreme_is_that_extremes_distance(qqq, right, wrong, span):
    assert errors(qqq, right) == []
    assert ("value-mismatch", span) in errors(qqq, wrong)


@pytest.mark.parametrize("text", [
    "QQQ is up 31.20% from its June 2 low.",  # another low than the 52-week one (Apr 28)
    "QQQ is 4.10% below its September high.",  # the 52-week high was in November
])
def test_a_percent_from_another_dated_extreme_is_not_held_to_the_52_week_one(qqq, text):
    assert not any(code == "value-mismatch" for code, _ in errors(qqq, text))


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("A bad day is one ATR: $8.05 ATR on QQQ.", "A bad day is one ATR: $6.05 ATR on QQQ.", "$6.05"),
    ("QQQ's usual daily swing (ATR) about $8.05.", "QQQ's usual daily swing (ATR) about $9.05.", "$9.05"),
    ("QQQ: the bands: $609.43 to $629.47.", "QQQ: the bands: $609.43 to $631.47.", "$631.47"),
    ("QQQ   last 626.40   bands 609.43 / 629.47", "QQQ   last 626.40   bands 609.43 / 627.47", "627.47"),
    ("QQQ   last 626.40   prior 614.72", "QQQ   last 626.40   prior 616.72", "616.72"),
    ("If QQQ slips, the range floor of $610.21 is the first test.",
     "If QQQ slips, the range floor of $612.21 is the first test.", "$612.21"),
    ("QQQ could sag to the $610.21 floor of the box.", "QQQ could sag to the $611.21 floor of the box.",
     "$611.21"),
])
def test_a_figure_its_label_names_is_that_facts_value_mismatch(qqq, right, wrong, span):
    assert errors(qqq, right) == []
    assert ("value-mismatch", span) in errors(qqq, wrong)


@pytest.mark.parametrize("text", [
    "Hi / Lo   631.45 / 614.90",  # a slash pair that is no bands' pair: the high first
    "Three ATRs is about $24.15 of room for QQQ.",  # a multiple of the ATR, not the ATR
])
def test_a_pair_or_an_atr_word_that_names_another_thing_is_not_held_to_it(qqq, text):
    assert not any(code == "value-mismatch" for code, _ in errors(qqq, text))


@pytest.mark.parametrize(("right", "wrong", "code", "span"), [
    ("The 50-day has been above the 200-day since July 27.",
     "The 50-day has been above the 200-day since July 17.", "date-untraced", "July 17"),
    ("On July 27 the 50-day rose above the 200-day.", "On July 17 the 50-day rose above the 200-day.",
     "date-untraced", "July 17"),
    ("QQQ is still under the Nov 11 top ($629.76).", "QQQ is still under the Nov 12 top ($629.76).",
     "date-untraced", "Nov 12"),
    ("QQQ closes: Thursday was $614.72, Friday $626.40.", "QQQ closes: Thursday was $616.72, Friday $626.40.",
     "value-mismatch", "$616.72"),
])
def test_a_date_or_a_day_the_words_name_is_held_to_its_fact(qqq, right, wrong, code, span):
    assert errors(qqq, right) == []
    assert (code, span) in errors(qqq, wrong)


def test_two_distances_from_the_averages_name_no_cross(qqq):
    text = "On Nov 12 QQQ was 2% above the 50-day and 8% above the 200-day."
    assert not any(code == "date-untraced" for code, _ in errors(qqq, text))


def test_a_short_weekday_before_a_day_and_month_joined_by_a_dash_is_checked(qqq):
    assert ("weekday-mismatch", "Thu 27-Nov") in errors(qqq, "QQQ options expiry Thu 27-Nov, a half day.")


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("QQQ has sat between $610.21 and $629.76 for 29 sessions.",
     "QQQ has sat between $610.21 and $629.76 for 39 sessions.", "39"),
    ("For QQQ the box has held for 29 sessions.", "For QQQ the box has held for 24 sessions.", "24"),
    ("QQQ: the 50-day has been above the 200-day since July 27, about 83 trading sessions.",
     "QQQ: the 50-day has been above the 200-day since July 27, about 93 trading sessions.", "93"),
])
def test_a_count_of_sessions_the_words_name_is_held_to_it(qqq, right, wrong, span):
    assert errors(qqq, right) == []
    assert ("value-mismatch", span) in errors(qqq, wrong)


def test_a_count_of_sessions_to_the_fed_after_a_yield_is_the_fed_count(qqq):
    found = errors(qqq, "The 10-year yield fell, and the Fed meets Dec 9, nineteen trading days out.")
    assert not any("yield" in (span or "") for _, span in found)
    assert ("value-mismatch", "nineteen trading days") in found


def test_a_verb_after_an_index_names_number_is_no_count_priced(qqq):
    assert ("value-mismatch", "$636.40") in errors(qqq, "The Nasdaq 100 closed at $636.40.")
    assert errors(qqq, "He bought 3 apples at $4.19.") == []  # a price of a count of things


def test_an_rsi_called_neutral_is_held_to_the_30_to_70_band():
    cases = {c["id"]: c for c in json.loads((DATA / "cases.json").read_text())}
    iwm = verify_ctx(cases["tmpl-IWM-2026-02-13"])  # RSI 21.4
    assert ("indicator-mismatch", "RSI is 21.4, neutral") in errors(iwm, "IWM's RSI is 21.4, neutral.")
    assert errors(iwm, "IWM's RSI is 21.4, oversold.") == []
