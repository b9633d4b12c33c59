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
