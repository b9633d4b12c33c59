"""False alarms on clean outside prose, by class (issue 14, the clean texts of holdouts 5-12), each with
the planted error of the same phrasing still caught.

The contexts are the evaluation set's frozen sessions of Friday, November 20, 2026 (QQQ +1.90% to
$626.40, SPY +1.10%, DIA +0.60%, IWM +0.30%; QQQ's ATR $8.05); each test writes the figure right (no
error) and wrong (the finding of that class).
"""

from __future__ import annotations

from typing import Any

import pytest
from test_verify_named_figures import _context, errors

from pipeline.verify import check_text


@pytest.fixture(scope="module")
def qqq() -> Any:
    return _context("user-named14-morning-call-QQQ-2026-11-20")


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("QQQ beat IWM by 1.60 pp.", "QQQ beat SPY by 1.60 pp.", "1.60 pp"),
    ("The Nasdaq fund ran 0.80 pp ahead of SPY.", "The Nasdaq fund ran 1.60 pp ahead of SPY.", "1.60 pp"),
])
def test_a_gap_in_pp_is_the_gap_to_the_fund_the_sentence_names(qqq, right, wrong, span):
    """QQQ's 1.60 pp lead is over IWM: "beat SPY by 1.60 pp" names the wrong pair, though a gap of
    that size exists among QQQ's facts."""
    assert errors(qqq, right) == []
    assert ("derived-mismatch", span) in errors(qqq, wrong)


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("The move was about one and a half times an ordinary day's range of $8.05.",
     "The move was about one and a half times an ordinary day's range of $9.05.", "$9.05"),
    ("QQQ's typical daily range, $8.05, was beaten by noon.",
     "QQQ's typical daily range, $7.15, was beaten by noon.", "$7.15"),
    ("A normal session's range ($8.05) would have been enough.",
     "A normal session's range ($8.95) would have been enough.", "$8.95"),
])
def test_an_average_days_range_is_the_average_true_range_not_the_low(qqq, right, wrong, span):
    """"an ordinary day's range of $8.05" is QQQ's ATR, not the edge of Friday's range (the low)."""
    assert errors(qqq, right) == []
    assert errors(qqq, wrong) == [("value-mismatch", span)]


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("QQQ beat SPY (+1.10%) by 0.80 points and IWM (+0.30%) by 1.60 points.",
     "QQQ beat SPY (+1.10%) by 0.80 points and IWM (+0.30%) by 1.20 points.", "1.20"),
    ("QQQ's 1.90% beat SPY's 1.10% by 0.80 points and IWM's 0.30% by 1.60 points.",
     "QQQ's 1.90% beat SPY's 1.10% by 0.80 points and IWM's 0.30% by 0.80 points.", "0.80"),
    ("DIA beat the small-cap fund IWM (+0.30%) but trailed QQQ (+1.90%) by 1.30 points.",
     "DIA beat the small-cap fund IWM (+0.30%) but trailed QQQ (+1.90%) by 1.60 points.", "1.60"),
    ("QQQ outran SPY by 0.80 points, and IWM trailed DIA by 0.30 points.",
     "QQQ outran SPY by 0.80 points, and IWM trailed DIA by 0.50 points.", "0.50"),
    ("SPY rose 1.10%, so QQQ was 0.80 points better; DIA rose 0.60%.",
     "SPY rose 1.10%, so QQQ was 0.50 points better; DIA rose 0.60%.", "0.50"),
    ("QQQ outshone SPY by 0.80 points.", "QQQ outshone SPY by 0.90 points.", "0.90"),
])
def test_a_gap_in_points_is_between_the_verbs_subject_and_the_fund_named_before_it(qqq, right, wrong, span):
    """A second gap after "by" belongs to the verb's subject and the fund named right before it, not to
    the last two funds named ("QQQ beat SPY ... and IWM ... by 1.60 points" is QQQ against IWM); a
    gap ending its clause ("so QQQ was 0.80 points better;") is against the fund named before it."""
    assert errors(qqq, right) == []
    assert ("derived-mismatch", span) in errors(qqq, wrong)


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("The 50-day lane has climbed about 1.5% in the last twenty sessions.",
     "The 50-day lane has climbed about 2.5% in the last twenty sessions.", "2.5%"),
    ("QQQ sits well above its 50-day average ($614.02), which has edged up about 1.5% over twenty sessions.",
     "QQQ sits well above its 50-day average ($614.02), which has edged up about 0.5% over twenty sessions.",
     "0.5%"),
    ("The 50-day at $614.02 trails the price and has risen about 1.5% in twenty sessions.",
     "The 50-day at $614.02 trails the price and has risen about 3.5% in twenty sessions.", "3.5%"),
    ("The slopes over 20 sessions: 50d +1.5%, 200d +0.2%.",
     "The slopes over 20 sessions: 50d +1.5%, 200d +1.2%.",
     "+1.2%"),
])
def test_an_averages_slope_in_more_phrasings_is_the_slope_not_the_days_move(qqq, right, wrong, span):
    """A % whose subject is the 50-day (after a noun the writer puts after its name, in a relative clause
    after it as an object, as a second predicate after 'and', in a 'Slopes' list) is its slope over the
    window, not QQQ's 1.90% day."""
    assert errors(qqq, right) == []
    assert ("value-mismatch", span) in errors(qqq, wrong)


@pytest.fixture(scope="module")
def iwm_feb() -> Any:
    return _context("user-down-day-IWM-2026-02-13")  # six lower closes, -5.80% in all; -1.04% on the day


@pytest.mark.parametrize(("right", "wrong", "span"), [
    ("IWM fell for a sixth session, and the six sessions together cost 5.80%.",
     "IWM fell for a sixth session, and the six sessions together cost 4.80%.", "4.80%"),
    ("It was the sixth lower close in a row; the six together took away 5.80%.",
     "It was the sixth lower close in a row; the six together took away 6.80%.", "6.80%"),
    ("Six red days: those days shaved off about 5.8%.", "Six red days: those days shaved off about 3.8%.",
     "3.8%"),
])
def test_what_a_runs_days_cost_is_the_runs_total_not_the_days_move(iwm_feb, right, wrong, span):
    """"the six sessions together cost 5.80%": the run's return, not IWM's 1.04% day."""
    assert errors(iwm_feb, right) == []
    assert ("value-mismatch", span) in errors(iwm_feb, wrong)


@pytest.mark.parametrize("text", [
    "My trading diary, entry 96: QQQ rose 1.90% to $626.40.",
    "Stop 41 (1 min 20 s). QQQ closed at $626.40.",
    "Questions? Call 1-800-555-0142, 8 a.m. to 8 p.m.",
    "POLL: will QQQ hold $620? Yes 58% / No 42% (212 votes)",
    "The pension plan is 61% funded against a target of 70%.",
    "Grandma kept 30% in euros and the rest in QQQ.",
    "The lowest roof bid came in at $412,500.",
    "For $500: where did QQQ close on Friday?",
    "Homes spent 23 days on the market on average.",
    "Volume was 2.0 times the average from 20 sessions.",
])
def test_a_figure_whose_words_number_or_price_another_thing_is_no_market_figure(qqq, text):
    """An entry or a stop of a guide numbered off the price scale, a duration, a phone number, a poll's
    shares, a share funded and its target, an allocation to a currency, a sum far above every loaded
    price: none is checked against QQQ's data."""
    assert errors(qqq, text) == []


def test_a_labelled_number_on_the_price_scale_is_still_a_market_figure(qqq):
    """"stop 612" is a stop on QQQ's scale, not the twelfth stop of a tour: it stays checked."""
    found = check_text("QQQ rose 1.90% to $626.40; entry 626, stop 612.", qqq)
    assert not any("number or time another thing" in f.message for f in found)
    assert ("value-mismatch", "$636.40") in errors(qqq, "Entry 96 of my diary: QQQ rose 1.90% to $636.40.")


def test_a_gaps_verb_after_so_has_the_articles_own_instrument_as_subject(qqq):
    """"SPY rose 1.10%, so tech beat it": the subject of the clause after "so" is QQQ, not SPY."""
    assert errors(qqq, "SPY rose 1.10%, so tech beat it by 0.80 points.") == []
    wrong = "SPY rose 1.10%, so tech trailed it by 0.80 points."
    assert ("direction-mismatch", "trailed") in errors(qqq, wrong)


def test_a_gap_after_a_month_opening_the_sentence_is_the_months_gap(qqq):
    """"Over one month, ... ahead of SPY by 1.24 points": QQQ +0.27% against SPY -0.97% over the month,
    not the day's 0.80."""
    assert errors(qqq, "Over one month, QQQ is up 0.27% and ahead of SPY by 1.24 points.") == []
    assert ("derived-mismatch", "0.80") in errors(qqq, "Over one month, QQQ is up 0.27% and ahead of SPY by "
                                                       "0.80 points.")


def test_a_fee_in_basis_points_is_no_gap(qqq):
    """"Advisory fee: 25 bp a year" prices a service; a gap in bp beside it is still checked."""
    assert errors(qqq, "Advisory fee: 25 bp a year. QQQ led SPY by 80 bp.") == []
    wrong = "Advisory fee: 25 bp a year. QQQ led SPY by 60 bp."
    assert errors(qqq, wrong) == [("derived-mismatch", "60 bp")]
