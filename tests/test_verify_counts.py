"""Counts of sessions in free text: the age of a moving-average cross and runs told with "running".

Each sentence is written the way a desk writes it; the snapshots are the evaluation set's (a death
cross 39 sessions old on DIA 2026-06-03; IWM 2026-02-13 six lower closes and five sessions behind SPY).
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


def _ctx(key: str) -> VerifyContext:
    return tv.verify_ctx({"snapshot": key, "sources": key})  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def dia() -> VerifyContext:
    return _ctx("DIA-2026-06-03")


@pytest.fixture(scope="module")
def iwm() -> VerifyContext:
    return _ctx("IWM-2026-02-13")


def _errors(text: str, ctx: VerifyContext) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.span, f.expected) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("sentence", [
    "The death cross of April 8 is {n} sessions old.",
    "The death cross from April 8 stands, {n} sessions on.",
    "A death cross formed in early April and it has held for {n} sessions.",
    "The 50-day crossed below the 200-day on April 8, {n} sessions back, and has stayed there.",
    "The death cross (April 8, {n} sessions) has not been undone.",
])
def test_a_cross_age_is_checked_against_the_cross(dia: VerifyContext, sentence: str) -> None:
    age = dia.snapshot.trend.cross.sessions_since  # type: ignore[union-attr]
    assert _errors(sentence.format(n=age), dia) == []
    wrong = _errors(sentence.format(n=age + 12), dia)
    assert [(code, span) for code, span, _ in wrong] == [("value-mismatch", str(age + 12))]
    assert wrong[0][2] == str(age)


@pytest.mark.parametrize("sentence", [
    "The death cross still holds; the 50-day has risen 1% over the last {n} sessions.",
    "Since the death cross the index has spent {n} sessions in a tight range.",
])
def test_other_counts_beside_a_cross_are_not_its_age(dia: VerifyContext, sentence: str) -> None:
    assert not [e for e in _errors(sentence.format(n=17), dia) if e[2] == str(
        dia.snapshot.trend.cross.sessions_since)]  # type: ignore[union-attr]


def test_a_run_told_with_running_is_a_streak(iwm: VerifyContext) -> None:
    assert _errors("IWM ended lower again, its sixth lower close running. It lagged SPY for the "
                   "fifth session running.", iwm) == []
    wrong = _errors("IWM ended lower again, its fourth lower close running. It lagged SPY for the "
                    "eighth session running.", iwm)
    assert [(code, span) for code, span, _ in wrong] == [
        ("value-mismatch", "fourth lower close running"), ("value-mismatch", "eighth session running")]
