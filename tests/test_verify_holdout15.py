"""The verifier on the fifteenth blind holdout (tests/data/verify_holdout15, its generator
scripts/make_verify_holdout15.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
fourteen holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a cricket ball-by-ball commentary, a military-style sitrep, a one-act stage play, a
parody sermon, a letters-to-the-editor page, a lab notebook, notes translated from Afrikaans,
Icelandic, Persian and Catalan, a beekeeper's hive log, a tarot spread, a knitting pattern, a pub bingo
caller, a property listing, a job posting, a fitness app's weekly report, a gardening column, a
zookeeper's shift log and a dating-app profile). The floors below are exactly what the verifier scored
on the one blind run of the set as landed (the set's README gives that run); they may only be raised,
or lowered on purpose. `python scripts/make_verify_holdout15.py --score` (or `pytest -s`) prints the
table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout15"
SCRIPT = "make_verify_holdout15"

# Measured blind, once, on main at b7063902 (the set frozen in f05faec2, landed unchanged as c21737aa):
# 391/479 planted errors caught (0.82), 28 error findings on 20 clean texts (1.40 per text); 431/479
# planted spots flagged by some code.
# stop 38 main (vpast, vmiss, vfp slopes), --score: 391/28 -> 396/25, citation 10 -> 12, history 54 -> 57
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 408/21 -> 428/16, direction 13 -> 17,
#   pattern 10 -> 12, level 37 -> 44, negation 14 -> 15, trend 15 -> 19, history 69 -> 70
# stop 40, vvalue: caught 428 -> 430, value 61 -> 63 (widths, the move beside its %)
# stop 40, vpast: words 13 -> 15 (owned volume multiples); measured 428/16 -> 430/16 before vvalue
#   landed, so caught stays at main's figure until the combined tree is scored
# stop 40 main (vvalue, vpast, vfa, vderived), --score on int40 69adf7d0: caught 430 -> 437, clean errors 16
#  -> 13, derived 21 -> 26
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 437 -> 439, clean errors 13 ->
#  12, direction 17 -> 18, history 70 -> 71
# stop 42, vnonmkt2 (asides, other things' numbers, slopes), final tree: clean errors 12 -> 11
# stop 42, vnamed (named figures get their fact's code; the README's distance rule): caught 439 -> 449, value
#  63 -> 73
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 449 -> 450, clean errors 11 -> 11, negation 15 ->
#  16
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 450 -> 453, clean
#  errors 11 -> 11, value 73 -> 76
# stop 46, integration (main ca4604c3): caught 453 -> 455, clean errors 11 -> 10, direction 18 -> 20
FLOORS = {"caught": 455, "error_findings_on_clean": 9}
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average):
# 391/28 -> 397/24, value 60 -> 61, citation 10 -> 12, history 54 -> 57
# stop 48, scored on main 905763f8 (stops 47-48: vfa7..vfa8, vnamed6..7, vwords6..7, vsubj, vspeed): clean
#  errors 10 -> 9
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 76, "scale": 8, "derived": 26, "direction": 20, "indicator": 23, "pattern": 12,
    "level": 44, "setup": 14, "date": 44, "citation": 12, "subject": 16, "timeframe": 16,
    "negation": 16, "quotation": 15, "trend": 19, "history": 71, "words": 15, "magnitude": 8,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout15() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout15_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=479)


def test_holdout15_recall_and_false_alarms(holdout15: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout15, FLOORS, KIND_FLOORS)


def test_holdout15_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
