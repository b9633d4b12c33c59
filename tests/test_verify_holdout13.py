"""The verifier on the thirteenth blind holdout (tests/data/verify_holdout13, its generator
scripts/make_verify_holdout13.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
twelve holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a commuter-train conductor's announcements, a food blogger's recipe, a chess-style
annotated game, notes translated from Danish, Hungarian, Mandarin and Thai, a nurse's shift handoff, an
air-traffic-control parody, a birder's notebook, a stand-up set, a bookkeeper's journal, a trail report,
a credit union's speaker notes, a game master's recap, a theatre review, an out-of-office reply, a
market blotter, a bridge club's newsletter and a grandchild's letter). The floors below are exactly what
the verifier scored on the one blind run of the set as landed (the set's README gives that run); they
may only be raised, or lowered on purpose. `python scripts/make_verify_holdout13.py --score` (or
`pytest -s`) prints the table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout13"
SCRIPT = "make_verify_holdout13"

# Measured blind, once, on main at e160c55 (the set frozen in 832a306): 266/373 planted errors caught
# (0.71), 34 error findings on 20 clean texts (1.70 per text); 305/373 planted spots flagged by some code.
# after the blind run, on the stop-36 stack (vmiss, vwords2, vfp): 266/34 -> 268/32, magnitude 6 -> 8
# vquote step 1 (a figure in quotation marks its cited source does not print misquotes it): 275 -> 288,
# quotation 0 -> 13; clean 32 unchanged
# vsubj (subjects through commas, spoken signs): subject 9 -> 15, direction 19 -> 21
# stop 37 main + denials, weekday-with-day:
# 296/32 -> 303/25, date 28 -> 30, negation 6 -> 11
# vsubj landed close (a bare level where an instrument landed): 303/25 -> 306/25, value 35 -> 38
# stop 38 main (vpast, vmiss, vfp slopes), --score: 313/25 -> 315/25, date 30 -> 32
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 318/25 -> 318/19
# stop 40 vpast (owned volume multiples): 318/19 -> 319/19, words 13 -> 14
# stop 40 main 2a3886ac (vvalue, vpast, vfa, vderived), --score: caught 319 -> 320,
#  value 38 -> 39
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 320 -> 322, clean errors 19 ->
#  17, timeframe 17 -> 19
# stop 42, vnonmkt2 (asides, other things' numbers, slopes), final tree: clean errors 17 -> 12
# stop 42, vnamed (named figures get their fact's code; the README's distance rule): caught 322 -> 335, value
#  39 -> 46, derived 23 -> 29
# stop 43, vfa3 integrated on main 2bec2d05: caught 335 -> 336, clean errors 12 -> 11, indicator 16 -> 17
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 336 -> 341, clean
#  errors 11 -> 11, value 46 -> 50, history 37 -> 38
FLOORS = {"caught": 341, "error_findings_on_clean": 11}
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average): 313/25 -> 315/22, date 30 -> 32
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 50, "scale": 6, "derived": 29, "direction": 21, "indicator": 17, "pattern": 11,
    "level": 19, "setup": 12, "date": 32, "citation": 9, "subject": 15, "timeframe": 19,
    "negation": 11, "quotation": 13, "trend": 10, "history": 38, "words": 14, "magnitude": 15,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout13() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout13_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=373)


def test_holdout13_recall_and_false_alarms(holdout13: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout13, FLOORS, KIND_FLOORS)


def test_holdout13_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
