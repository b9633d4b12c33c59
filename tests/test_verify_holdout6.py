"""The verifier on the sixth blind holdout (tests/data/verify_holdout6, scripts/make_verify_holdout6.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
five holdouts': voices the earlier sets did not use (a two-host podcast transcript, a Reddit-style
thread, a wire flash series, a private-wealth client letter, a trader's journal, a robo-advisor
app card, notes translated from French and Spanish, a LinkedIn post, investment-club minutes, a
pasted spreadsheet, an earnings-season preview, a morning briefing, a radio market minute, a
weekly ETF note, a family-office memo, chart captions, a debate-night transcript, a Telegram
channel, a glossary with live examples). The floors below are what the verifier scored on the
blind run of the set as landed (the set's README gives that run, and the same set scored at the
start of the session that wrote it); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout6.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, cases_by_kind, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout6"
SCRIPT = "make_verify_holdout6"

# Measured blind on main at 3b9d31b (the set's README): 197/278 planted errors caught (0.71), 59 error
# findings on 20 clean texts (2.95 per text); at c964d29, the session's start: 195/278 and 58.
# Raised after the fixes by cause (scripts/verify_eval/holdout6_after.md): miss7b 205 and 51, miss7a
# (a figure held to the fact its words name) 240 and 50, miss7b step 2 (dates of extremes) 243 and 49.
# fp7 (page furniture, counts, translated windows): clean-text errors 49 -> 18; miss7a step 2 (an index
# "itself", a flash line's move, "within N sessions" of an event): 246 and 18.
# miss8b step 1 (a dollar move's direction word, cardinal runs): 249 and 18.
# fp8 step 2 (page furniture, the writer's own dates): clean-text errors 18 -> 16.
# miss9 (a gap in points between two named moves): 249 -> 250 and 16 -> 15.
# fp12 step 1 (percentages of other measures): caught 250 -> 251, clean 15 -> 14.
# vnoise (integrator stack on 122359f): caught 253 -> 257, clean 12 -> 11, timeframe 22 -> 23.
# vfp step 1 (cell period labels: "Week -1.10% · Month"): caught 257 -> 258, clean 11 -> 9, timeframe 23 -> 24
# vfp step 2 (MACD below its signal, round sums, possessives): clean 9 -> 7
# vwords2 spoken numbers + vfp step 2 round sums (integrator stack, --score): 258 -> 259
# stop 37 main + denials, weekday-with-day:
# 259/7 -> 259/7, direction 12 -> 13, trend 8 -> 9
FLOORS = {"caught": 259, "error_findings_on_clean": 5}  # fp14 step 1 (streaks against the
# article's own instrument are the other's): 14 -> 12
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 52, "scale": 1, "derived": 4, "direction": 13, "indicator": 18, "pattern": 6,
    "level": 8, "setup": 10, "date": 30, "citation": 9, "subject": 28, "timeframe": 24,
    "negation": 7, "quotation": 4, "trend": 9, "history": 24, "words": 9, "magnitude": 3,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout6() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout6_has_the_promised_shape() -> None:
    clean, planted = cases_by_kind(HOLDOUT)
    assert len(clean) >= 20 and len(planted) >= 180
    assert {c["check"] for c in planted} >= {
        "value", "words", "subject", "timeframe", "history", "negation", "quotation", "trend",
        "magnitude", "level", "setup", "date", "citation", "indicator", "pattern", "direction"}
    assert all(len(c["expected"]) == 1 for c in planted)
    assert {c["snapshot"] for c in clean + planted} >= {
        "idx_GSPC-2026-11-20", "idx_RUT-2026-11-17", "idx_FSMI-2026-11-20", "FRNT-2026-11-20",
        "SPY-2026-11-20", "QQQ-2026-11-20", "DIA-2026-11-20", "IWM-2026-11-20"}


def test_holdout6_recall_and_false_alarms(holdout6: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout6, FLOORS, KIND_FLOORS)


def test_holdout6_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
