"""The verifier on the fifth blind holdout (tests/data/verify_holdout5, scripts/make_verify_holdout5.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the
first four holdouts': voices the earlier sets did not use (an evening TV anchor's script, a fund
factsheet, a prop desk's risk email, a Substack essay, notes translated from German and Japanese,
a retirees' planner blog, a StockTwits stream, push alerts, a students' worksheet, a CFA-style
case, a TV crawl, a market-structure note, a comment section, a conference call, a chart of the
day, a morning TV read, an email reply chain, an index provider's release, a social carousel).
The floors below are what the verifier scored on the blind run of the set as landed (see the set's
README for the first run and the author's two label corrections); they may only be raised, or
lowered on purpose. `python scripts/make_verify_holdout5.py --score` (or `pytest -s`) prints the
table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, cases_by_kind, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout5"
SCRIPT = "make_verify_holdout5"

# Measured blind on main at b9dcae5: 109/192 planted errors caught (0.57), 74 error findings on
# 20 clean texts (3.70 per text). The first run of the first 15 texts: 88/152, 69 on 15 clean.
# Raised after the fixes by cause (the set's README, "After fixes").
# vfp step 1 (a cell's period label is its own figure's: "MONTH: -0.97%" after "WEEK:"): clean 14 -> 13
# stop 37 main + denials, weekday-with-day:
# 148/13 -> 150/11, indicator 5 -> 6, subject 14 -> 17, timeframe 17 -> 18, history 17 -> 19, magnitude 2 -> 3
# stop 38 main (vpast, vmiss, vfp slopes), --score: 151/11 -> 152/11, value 33 -> 34
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average): 151/11 -> 153/11, value 33 -> 35
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 153 -> 155, clean errors 11 ->
#  11, quotation 2 -> 3, words 15 -> 16
# stop 42, vnamed (named figures get their fact's code; the README's distance rule): caught 155 -> 158, value
#  35 -> 38
# stop 43, vfa3 integrated on main 2bec2d05: caught 158 -> 158, clean errors 11 -> 10
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 158 -> 160, clean errors 10 -> 10, value 38 -> 39,
#  history 20 -> 21
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 160 -> 165, clean
#  errors 10 -> 10, value 39 -> 41, subject 17 -> 18, negation 3 -> 4, words 16 -> 17
FLOORS = {"caught": 165, "error_findings_on_clean": 10}  # fp8 step 3 (a slope figure): 136/19 -> 137/18;
# miss8a step 2 (dates of extremes): 137 -> 138; fp10 step 1 ("P/C OI" names the put/call ratio): 138 -> 139
# fp11 step 1 (figures whose own words count or price another thing): clean 18 -> 16
# miss12a step 1 (setups told by their trigger): 139 -> 140
# src13 step 1 (oil's figures in a cited sentence are oil's): clean 16 -> 15
# fp14 step 1 (a figure's own noun names another thing): clean 15 -> 14
# vsetup step 1 (reward/risk in words: "five for every one"): 146 -> 147, setup 1 -> 2
# vframe (a put wall held to the wall, not a level that shares its value): 147 -> 148, value 30 -> 33
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 41, "indicator": 6, "pattern": 2, "level": 10, "setup": 2, "date": 7, "citation": 4,
    "subject": 18, "timeframe": 18, "negation": 4, "quotation": 3, "trend": 9, "history": 21,
    "words": 17, "magnitude": 3,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout5() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout5_has_the_promised_shape() -> None:
    clean, planted = cases_by_kind(HOLDOUT)
    assert len(clean) >= 20 and len(planted) >= 120
    assert {c["check"] for c in planted} >= {
        "value", "words", "subject", "timeframe", "history", "negation", "quotation", "trend",
        "magnitude", "level", "setup", "date", "citation"}
    assert all(len(c["expected"]) == 1 for c in planted)
    assert {c["snapshot"] for c in clean + planted} >= {
        "idx_GSPC-2026-11-20", "idx_RUT-2026-11-17", "idx_FSMI-2026-11-20", "FRNT-2026-11-20"}


def test_holdout5_recall_and_false_alarms(holdout5: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout5, FLOORS, KIND_FLOORS)


def test_holdout5_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
