"""The verifier on the eighteenth blind holdout (tests/data/verify_holdout18, its generator
scripts/make_verify_holdout18.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
seventeen holdouts', and without running the verifier on them before the blind score: two thirds real
market commentary in forms the earlier sets did not use (an ETF issuer's fund commentary, a prop desk's
scored calls, a crypto-style levels post, a rotation note, a week ahead with scenarios, a reader
mailbag, a teleprompter script, a chart idea with timestamped updates, a closing-auction note, an
encyclopedia entry, a watchlist export, a VaR commentary, a TV booking brief), a third unusual voices
with non-market numbers (an election results ticker, a grocery receipt, a departures board, a snow
report, a bowling league sheet, a fishing catch report, a fantasy-football recap). The floors below are
exactly what the verifier scored on the set as landed (the set's README gives the blind run); they may
only be raised, or lowered on purpose. `python scripts/make_verify_holdout18.py --score` (or `pytest
-s`) prints the table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout18"
SCRIPT = "make_verify_holdout18"

# Measured blind, once, on the branch point 81a07503 (the set frozen in 3d5bc860): 556/692 planted
# errors caught (0.80), 55 error findings on 20 clean texts (2.75 per text); 618/692 planted spots
# flagged by some code. Four of the 55 were right: the levels post called this week's closes "last
# week's" (an authoring slip, fixed in a70c0490 with no other change): 556/692, 51 error findings (2.55
# per text), 618/692 flagged. Floors at that figure (stop 41, branch vblind18).
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 556 -> 561, clean errors 51 ->
#  50, direction 33 -> 36, timeframe 18 -> 20
# stop 42, vwords (findings dump on 549e7901): caught 561 -> 584, clean errors 50 -> 48, derived 19 -> 20,
#  value 174 -> 175, direction 36 -> 49, indicator 31 -> 33, pattern 26 -> 27, level 32 -> 33, negation 1 -> 5
# stop 42, main 6e98dfbf (int42: vwords, vspeed3, vnonmkt2, vnamed, edstory3, edzones3, edvoice), --score:
#  caught 584 -> 621, clean errors 48 -> 8, value 175 -> 202, derived 20 -> 22, indicator 33 -> 34, setup 15
#  -> 19, subject 33 -> 34, trend 18 -> 19, history 59 -> 60
# stop 43, vnamed2 (findings dump, counted as --score counts): caught 621 -> 622, value 202 -> 203
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 622 -> 624, clean errors 8 -> 8, value 203 -> 204,
#  level 33 -> 34
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 624 -> 631, clean
#  errors 8 -> 8, value 204 -> 208, indicator 34 -> 35, setup 19 -> 20, trend 19 -> 20
# stop 46, integration (main ca4604c3): caught 631 -> 632, clean errors 8 -> 8, derived 22 -> 23
FLOORS = {"caught": 634, "error_findings_on_clean": 8}
# stop 48, scored on main 905763f8 (stops 47-48: vfa7..vfa8, vnamed6..7, vwords6..7, vsubj, vspeed): caught
#  632 -> 634, value 208 -> 210
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 210, "scale": 7, "derived": 23, "direction": 49, "indicator": 35, "pattern": 27,
    "level": 34, "setup": 20, "date": 53, "citation": 12, "subject": 34, "timeframe": 20,
    "negation": 5, "quotation": 12, "trend": 20, "history": 60, "words": 3, "magnitude": 10,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout18() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout18_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=692)


def test_holdout18_recall_and_false_alarms(holdout18: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout18, FLOORS, KIND_FLOORS)


def test_holdout18_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
