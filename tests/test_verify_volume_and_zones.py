"""A side word before "the 20-day average of N million": the volume's own 20-day average, not the price's
moving average (issue 14, vfp). SPY on 2026-11-17: 73.0M shares against a 20-day average of 66.3M; the
close, $679.84, is below its 20-day moving average."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def spy() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "SPY-2026-11-17", "sources": None})  # type: ignore[no-any-return]


def _errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("text", [
    "Trading was brisk: 73.0 million shares changed hands, a little above the 20-day average of 66.3 "
    "million.",
    "Share turnover ran above the 20-day avg of 66.3M.",
])
def test_a_side_of_the_volume_average_is_not_the_price_average(spy: VerifyContext, text: str) -> None:
    assert _errors(spy, text) == []


def test_the_price_against_its_20_day_average_is_still_checked(spy: VerifyContext) -> None:
    assert ("pattern-mismatch", "above the 20-day") in _errors(spy, "SPY closed above the 20-day average.")


@pytest.mark.parametrize("text", [
    "RSI readings above 70 are usually called overbought, below 30 oversold. SPY's RSI is 46.8.",
    "An RSI over 70 is considered overbought; SPY's reads 46.8.",
])
def test_a_definition_of_the_rsi_zones_is_no_reading(spy: VerifyContext, text: str) -> None:
    """Thresholds said to be what a zone is called define the zones: no side of SPY's RSI (46.8)."""
    assert _errors(spy, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("SPY's RSI is 46.8, above 70, which is usually called overbought.", "above 70"),
    ("SPY's RSI is overbought.", "overbought"),
])
def test_a_reading_said_to_be_in_a_zone_is_still_checked(spy: VerifyContext, text: str, span: str) -> None:
    assert ("indicator-mismatch", span) in _errors(spy, text)
