"""An RSI zone word standing alone as a verdict is the RSI's when the sentence after gives the reading
(pipeline/verify/words.py _bare_verdict): "Verdict: oversold. The RSI is 48.2." IWM 2026-11-20: RSI 48.2,
neither overbought nor oversold."""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

CTX = iwm_context()


@pytest.mark.parametrize("text", [
    "Overbought. The RSI is 48.2.",
    "Desk view: oversold. IWM's 14-day RSI reads 48.2.",
    "Q: Stretched to the upside? A: Yes, clearly overbought. The RSI stands at 48.2.",
    "**Clue 7: Oversold (8).** Hint: the RSI is 48.2.",
])
def test_a_bare_zone_verdict_is_held_to_the_rsi_after_it(text: str) -> None:
    assert any(code == "indicator-mismatch" for code, _ in errors(CTX, text))


@pytest.mark.parametrize("text", [
    "Neither overbought nor oversold. The RSI is 48.2.",
    "Not oversold. The RSI is 48.2.",
    "Overbought? No. The RSI is 48.2.",
    "Oversold, says the desk about bonds. The RSI is 48.2, and IWM closed at $244.30.",
    "Overbought. That was the word on Treasuries all week.",
])
def test_a_denied_asked_or_long_verdict_raises_nothing(text: str) -> None:
    assert not any(code == "indicator-mismatch" for code, _ in errors(CTX, text))


def test_a_heading_naming_both_zones_or_a_definition_after_is_no_verdict() -> None:
    """A glossary heading ("Overbought and oversold.") and a bare zone word whose next sentence defines
    it ("Oversold. Traders call an RSI under 30 oversold.") claim nothing."""
    assert not any(code == "indicator-mismatch" for code, _ in errors(
        CTX, "**Overbought and oversold.** Traders use those words for an RSI past 70 or under 30. IWM's RSI "
             "is 48.2, neither."))
    assert ("indicator-mismatch", "Oversold") not in errors(
        CTX, "Oversold. Traders call an RSI reading under 30 oversold, and IWM's 14-day RSI is 48.2.")
