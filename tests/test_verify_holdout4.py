"""The verifier on the fourth blind holdout (tests/data/verify_holdout4, scripts/make_verify_holdout4.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the
first three holdouts': voices the earlier sets did not use (a Q&A interview, a live blog, an X
thread, a client letter, a research summary with footnotes, a Discord bot, podcast show notes, a
non-native blogger, a compliance-hedged note, a weekly email, a video description, a trading
journal, club minutes, a notification digest, an FAQ page, a Slack channel, a glossary, a
plain-words letter, a webinar transcript, a family-office email with a table). The floors below
are what the verifier scored on the first, blind run (after the two corrections of the author's
own labels that the set's README lists); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout4.py --score` (or `pytest -s`) prints the table, every miss
and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, cases_by_kind, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout4"
SCRIPT = "make_verify_holdout4"

# Measured on the first blind run (main at b014e85): 81/129 planted errors caught (0.63), 41 error
# findings on 20 clean texts (2.05 per text). After correcting the author's own labels only (one
# span narrower than the finding's quote, one clean text's citation its story does not support):
# 82/129 (0.64), 40 error findings on the clean texts (2.00). See the set's README and CHANGELOG.md.
# After the fixes of issue 14's false alarms by cause (see CHANGELOG.md): page furniture 40 -> 23,
# 'mn' volumes 23 -> 21, a % beside a level read as the distance from it 21 -> 16, a bare possessive
# weekday's close 16 -> 14 (history 11 -> 12: live-friday-close caught), a line's period label
# ("YTD: SPY 2.05%, ...") 14 -> 13 (timeframe 7 -> 8: off-ytd caught), a window named "those three
# sessions" 13 -> 12, "since January 1" as the year's start 12 -> 11, a zone word in a definition 11 -> 10,
# a record's date after 'its' owned by the instrument its clause names 10 -> 9, window lengths
# ("usually 50 or 200 days") and a number talked about ("why 200 is a magic number") 9 -> 6, the
# writer's own appointment (a future date with its clock time, no event) 6 -> 5, "available for
# 30 days" 5 -> 4.
# Raised as the misses were fixed by general cause (the set's README, 'After fixes'); miss5 (wrong
# figures named with their fact): an index's close after its move (value 11 -> 12), a data card's
# labels 'RSI14', 'Hi / Lo' (value 12 -> 14).
# silent5: a share count in volume words (value 14 -> 15).
# silent5: "off" a move after the close (words 15 -> 16).
# silent5: a size word in the present tense (magnitude 2 -> 3).
# miss5: a close after a loose move ('up about six percent at 18.60') or 'to end at' (value 15 -> 16,
# words 16 -> 17).
# silent5: a price called a level, the figure first (level 7 -> 8).
# fp5 (false alarms by cause): a close with a record word before it ("the record closing price", in
# words) 4 -> 3, a run's total ("three red days now, -3.60% in total") as the run's return 3 -> 2,
# a moving average's own move ("it has gained roughly 1.8% over the past twenty sessions") as its
# slope 2 -> 0.
# miss5: a hedged close and prior close (value 16 -> 17, history 15 -> 16).
# silent5: a record's date in words (history 16 -> 17).
# miss5: a day after "since" described with ", when" (history 17 -> 18); the move in ATR units
# ("Friday's move was about 3.6 ATRs": value 17 -> 18).
# silent5: a distance from 'it', a named level (words 17 -> 18).
# miss5: a hedged support ("A level of $683.92 could potentially be regarded as support": level 8 -> 9);
# a setup in a blogger's words ("buy only on a dip near", "stop under", "This give me about 2.2 to 1":
# setup 2 -> 4).
# silent5: a question heading answered "Yes" (negation 7 -> 8).
# silent5: "made" before a % and the peer list after it (subject 14 -> 15).
# miss12a step 2 (a place in the group: "the best of the four"): +1.
FLOORS = {"caught": 124, "error_findings_on_clean": 0}
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 18, "words": 18, "history": 18, "subject": 15, "timeframe": 8, "negation": 8,
    "level": 9, "trend": 6, "date": 10, "magnitude": 3, "setup": 4, "citation": 3,
    "indicator": 2, "quotation": 1, "pattern": 0, "direction": 1,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout4() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout4_has_the_promised_shape() -> None:
    clean, planted = cases_by_kind(HOLDOUT)
    assert len(clean) >= 20 and len(planted) >= 80
    assert {c["check"] for c in planted} >= {
        "value", "words", "subject", "timeframe", "history", "negation", "quotation", "trend",
        "magnitude", "level", "setup", "date", "citation"}
    assert all(len(c["expected"]) == 1 for c in planted)
    assert {c["snapshot"] for c in clean + planted} >= {"idx_GSPC-2026-11-20", "FRNT-2026-11-20"}


def test_holdout4_recall_and_false_alarms(holdout4: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout4, FLOORS, KIND_FLOORS)


def test_holdout4_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
