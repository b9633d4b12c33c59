"""An average's own move over its window, in the phrasings outside prose uses (issue 14, vfp): the
50-day's 20-session change told in an aside after its move word ("keeps climbing (about 2.5% in twenty
sessions)") or after a colon that names both averages' move once ("Both averages point higher: the
50-day roughly 2.5% ..."). The figure is the average's slope, held to it: a true one passes, a wrong
one is a value-mismatch, and neither is read as the fund's own move.

DIA on 2025-11-17 (the eval's snapshot): the 50-day rose 2.49% over 20 sessions, the fund 1.99% in a
month.
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def dia() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "DIA-2025-11-17", "sources": None})  # type: ignore[no-any-return]


def _errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("text", [
    "The 50-day keeps climbing (about 2.5% in twenty sessions).",
    "The 50-day is still rising (roughly 2.5% over 20 sessions), and the fund sits above it.",
    "Both averages point higher: the 50-day roughly 2.5% over the month.",
    "Both averages are rising: the 50-day about 2.5% in 20 sessions, the 200-day more slowly.",
])
def test_a_true_slope_in_these_phrasings_passes(dia: VerifyContext, text: str) -> None:
    assert _errors(dia, text) == []


@pytest.mark.parametrize("text", [
    "The 50-day keeps climbing (about 4.5% in twenty sessions).",
    "Both averages point higher: the 50-day roughly 4.5% over the month.",
])
def test_a_wrong_slope_in_these_phrasings_is_a_value_mismatch(dia: VerifyContext, text: str) -> None:
    found = [f for f in check_text(text, dia) if f.severity == Severity.ERROR]
    assert [(f.code, f.span) for f in found] == [("value-mismatch", "4.5%")]
    assert "50-day average's change" in found[0].message


def test_a_figure_after_a_colon_without_both_averages_is_not_the_averages(dia: VerifyContext) -> None:
    """Without the shared move ('Both averages ... rising:') the figure after the colon stays the
    fund's: a 2.5% month for a fund that rose 1.99% is still an error."""
    assert _errors(dia, "The fund had a fine month: roughly 2.5% over the month.") != []



@pytest.mark.parametrize(("text", "wrong"), [
    ("The 50-day has kept rising over the last month, up about 2.5%.",
     "The 50-day has kept rising over the last month, up about 4.5%."),
    ("The 50-day is rising, up roughly 2.5% in 20 sessions, while the 200-day has crept up about 0.46% in "
     "20 sessions.", "The 50-day is rising, up roughly 2.5% in 20 sessions, while the 200-day has crept up "
     "about 4.5% in 20 sessions."),
])
def test_more_slope_phrasings_are_the_averages(dia: VerifyContext, text: str, wrong: str) -> None:
    """A window told before the figure ('over the last month, up about'), and move words of slow change
    ('crept', 'eased', 'sagging', 'sliding') after the average (DIA's 200-day rose 0.46%)."""
    assert _errors(dia, text) == []
    assert _errors(dia, wrong) == [("value-mismatch", "4.5%")]


@pytest.mark.parametrize(("text", "wrong"), [
    ("The 50-day has drifted higher, up about 2.5% in twenty sessions.",
     "The 50-day has drifted higher, up about 4.5% in twenty sessions."),
    ("Look at a 50-day average that keeps creeping up, higher by about 2.5% in a month.",
     "Look at a 50-day average that keeps creeping up, higher by about 4.5% in a month."),
    ("The 50-day keeps climbing like a staircase, up better than 2% in twenty sessions.",
     "The 50-day keeps climbing like a staircase, up better than 4% in twenty sessions."),
    ("The 50-day is well above the 200-day, and it has kept rising (up about 2.5% over 20 sessions).",
     "The 50-day is well above the 200-day, and it has kept rising (up about 4.5% over 20 sessions)."),
    ("Note how briskly the shorter line climbs: it has gained about 2.5% in twenty sessions.",
     "Note how briskly the shorter line climbs: it has gained about 4.5% in twenty sessions."),
    ("The 50-day rose about 2.5% over the past month, while the 200-day has hardly budged, up a mere 0.46% "
     "over the same stretch.", "The 50-day rose about 2.5% over the past month, while the 200-day has hardly "
     "budged, up a mere 1.46% over the same stretch."),
])
def test_slopes_in_outside_phrasings_are_the_averages(dia: VerifyContext, text: str, wrong: str) -> None:
    """Verb forms of any move verb ('drifted'), a relative 'that' after the average, a simile after the move
    word, 'it' opening a clause after one about the sentence's opening average, the pair named by length
    ('the shorter line'), and 'over the same stretch' as the window told before: each figure is the
    average's slope, a true one passes and a wrong one is the average's value-mismatch (DIA's 50-day rose
    2.49%, its 200-day 0.46%, the fund 0.89% on the day)."""
    assert _errors(dia, text) == []
    found = [f for f in check_text(wrong, dia) if f.severity == Severity.ERROR]
    assert [f.code for f in found] == ["value-mismatch"]
    assert "day average's change" in found[0].message


@pytest.mark.parametrize("text", [
    "The fund rose above the 50-day, and it has gained about 2.5% in a month.",
    "The 50-day keeps rising under the price, which gained 2.5% in a month.",
    "The 50-day sits below the price, and DIA gained about 2.5% in a month.",
])
def test_the_funds_move_beside_an_average_stays_the_funds(dia: VerifyContext, text: str) -> None:
    """'it' after a clause whose subject is the fund, 'which' after the price in an aside, another subject
    named: the figure is the fund's month (1.99%), and 2.5% is wrong."""
    assert _errors(dia, text) != []


@pytest.mark.parametrize(("text", "wrong"), [
    ("The 200-day has barely moved, up by less than 0.5% in twenty sessions.",
     "The 200-day has barely moved, up by less than 0.3% in twenty sessions."),
    ("The 50-day has climbed more than 2% in twenty sessions.",
     "The 50-day has climbed more than 3% in twenty sessions."),
])
def test_a_bounded_slope_holds_when_the_slope_keeps_to_its_bound(dia: VerifyContext, text: str,
                                                                  wrong: str) -> None:
    """'less than' and 'more than' before an average's change bound it (DIA's 200-day rose 0.46%, its
    50-day 2.49%): within the bound it passes, past it the average's value-mismatch."""
    assert _errors(dia, text) == []
    assert [code for code, _ in _errors(dia, wrong)] == ["value-mismatch"]
