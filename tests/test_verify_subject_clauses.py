"""A figure is held to the instrument its words name, through the commas and clauses that do not
change the subject: a name set in commas ("The growth fund, QQQ, which rose"), a level and its move
("came up to $471.60, +0.60%"), a second name after the figure ("up 1.90%, so IWM trailed it"), "its"
after a peer's name, a sign said as a word ("with plus 0.30 percent") and a dollar move restated after
a bare comma ("Up $0.73, 0.30%").

The snapshot is the evaluation set's IWM on 2026-11-20 (+0.30%, +$0.73; SPY +1.10%, RSI 55.0; QQQ
+1.90%, RSI 56.4; DIA +0.60%; the Russell 2000 +0.30%).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import VerifyContext


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return iwm_context()


@pytest.mark.parametrize(("text", "span"), [
    ("The growth fund, QQQ, which rose 0.60%, set the pace.", "0.60%"),  # DIA's move
    ("The blue-chip fund, DIA, came up to $471.60, +1.10%.", "+1.10%"),  # SPY's move
    ("The Nasdaq 100 fund finished first, up 0.60%, so IWM trailed it by 1.60 points.", "0.60%"),
    ("SPY settled at $688.00, up 1.10%, and its RSI is 56.4.", "56.4"),  # QQQ's RSI
    ("The index itself, the Russell 2000, closed at 2,456.17 with plus 1.90 percent.", "1.90 percent"),
    ("IWM ended at $244.30. Up $0.73, 1.90%.", "1.90%"),  # QQQ's move restated as IWM's
])
def test_a_peers_figure_given_to_the_named_instrument(ctx, text, span):
    assert ("value-mismatch", span) in errors(ctx, text), errors(ctx, text)


@pytest.mark.parametrize("text", [
    "The growth fund, QQQ, which rose 1.90%, set the pace.",
    "The blue-chip fund, DIA, came up to $471.60, +0.60%.",
    "The Nasdaq 100 fund finished first, up 1.90%, so IWM trailed it by 1.60 points.",
    "SPY settled at $688.00, up 1.10%, and its RSI is 55.0.",
    "The index itself, the Russell 2000, closed at 2,456.17 with plus 0.30 percent.",
    "IWM ended at $244.30. Up $0.73, 0.30%.",
    "QQQ, which lagged nobody, ran 1.90%, while SPY added 1.10%.",
])
def test_the_same_sentences_with_each_instruments_own_figures(ctx, text):
    assert errors(ctx, text) == []


def test_plus_in_a_sum_signs_no_move(ctx):
    """'prime plus 1.5%' is a sum, not a signed move: the figure is not held to IWM's day."""
    found = errors(ctx, "IWM rose 0.30%. The desk borrows at prime plus 1.5%.")
    assert not [f for f in found if f[0] in ("value-mismatch", "direction-mismatch")], found
