"""The verifier on the seventh blind holdout (tests/data/verify_holdout7, scripts/make_verify_holdout7.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
six holdouts': voices the earlier sets did not use (a YouTube transcript with filler words, a
Discord chat, a regional newspaper's closing-bell column, a sell-side desk note with a rating, an
interview Q&A, an AI chatbot's answer, a broker's end-of-day email, notes translated from Italian,
Portuguese and Dutch, a pension committee's briefing, a market-maker's chat, a hype thread, a
student essay, a technician's chart book, an SMS alert stream, a quiz with answers, a voice
assistant's answer, an options desk's colour note, a financial planner's voicemail). The floors
below are what the verifier scored on the blind run of the set as landed (the set's README gives
that run, and the same set scored at the start of the session that wrote it); they may only be
raised, or lowered on purpose.
`python scripts/make_verify_holdout7.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, cases_by_kind, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout7"
SCRIPT = "make_verify_holdout7"

# Measured blind on main at 49871c7 (the set's README): 228/325 planted errors caught (0.70), 66 error
# findings on 20 clean texts (3.30 per text); at 89483c6, the session's start: 222/325 and 70.
# fp8 step 1 (continental notation read per document): 230 -> 232 caught, clean-text errors 58 -> 39.
# miss8a step 1 (a figure held to the measure its words name): 232 -> 250 caught, clean unchanged.
# miss8b step 1 (directions and numbers in words): 250 -> 258 caught, clean-text errors 39 -> 37.
# fp8 step 2 (page furniture, the writer's own dates, a returns strip's windows): clean-text errors
# 37 -> 14, caught unchanged.
# fp8 step 3 (an average's slope figure): clean-text errors 14 -> 9, caught unchanged.
# miss8a step 2 (dates of a cross or an extreme in other layouts): 258 -> 265, clean 9 -> 7.
# miss8b step 3 (a MACD compared with its signal by a symbol): 265 -> 266.
# fp9 (bare figures tied to no market measure): clean-text errors 7 -> 6.
# miss12a step 2 (a place in the group: "the strongest of the four"): +1.
# vsetup step 1 (an entry told before its verb: "if 630.56 breaks, long"): 270 -> 272, setup 3 -> 5
# vperiod step 1 (period labels: "the month: lower by 1.65%"): 272 -> 273, timeframe 23 -> 24
# vnoise step 1 (a gap in pp given to the pair the sentence names): 273 -> 275, derived 0 -> 2.
# vfp step 1 (cell period labels, "| 10 sessions +0.17%"): caught 275 -> 276, clean 6 -> 4, timeframe 24 -> 25
# stop 40 main 2a3886ac (vvalue, vpast, vfa, vderived), --score: caught 279 -> 281,
#  value 58 -> 60
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 281 -> 282, clean errors 4 ->
#  3, history 31 -> 32
# stop 43, vfa3 integrated on main 2bec2d05: caught 282 -> 282, clean errors 3 -> 2
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 282 -> 283, clean
#  errors 2 -> 2, value 60 -> 61
# stop 46, integration (main ca4604c3): caught 283 -> 284, clean errors 2 -> 2, derived 2 -> 3
FLOORS = {"caught": 284, "error_findings_on_clean": 2}  # src13 step 1 (WTI in a cited sentence): 269 -> 270
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 61, "scale": 3, "derived": 3, "direction": 16, "indicator": 20, "pattern": 5,
    "level": 11, "setup": 5, "date": 40, "citation": 9, "subject": 22, "timeframe": 25,
    "negation": 6, "quotation": 2, "trend": 5, "history": 32, "words": 16, "magnitude": 3,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout7() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout7_has_the_promised_shape() -> None:
    clean, planted = cases_by_kind(HOLDOUT)
    assert len(clean) >= 20 and len(planted) >= 300
    assert {c["check"] for c in planted} >= {
        "value", "words", "subject", "timeframe", "history", "negation", "quotation", "trend",
        "magnitude", "level", "setup", "date", "citation", "indicator", "pattern", "direction",
        "derived", "scale"}
    assert all(len(c["expected"]) == 1 for c in planted)
    assert {c["snapshot"] for c in clean + planted} >= {
        "idx_GSPC-2026-11-20", "idx_RUT-2026-11-17", "idx_FSMI-2026-11-20", "FRNT-2026-11-20",
        "SPY-2026-11-20", "QQQ-2026-11-20", "DIA-2026-11-20", "IWM-2026-11-20", "SPY-2026-06-03",
        "DIA-2026-06-03", "QQQ-2025-11-17", "DIA-2025-11-17", "IWM-2026-02-13", "IWM-2026-03-30"}


def test_holdout7_recall_and_false_alarms(holdout7: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout7, FLOORS, KIND_FLOORS)


def test_holdout7_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
