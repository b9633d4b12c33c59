"""The verifier on the ninth blind holdout (tests/data/verify_holdout9, scripts/make_verify_holdout9.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
eight holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a bank's daily FX-and-equities note, an insurer's CIO memo, a "Dear trader" column,
a "five things to know" list, a student investment club's pitch, a crypto-native newsletter, notes
translated from Korean, Czech and Hindi, a power ranking of index funds, an HR newsletter's market
corner, an RSS digest, a regulator's surveillance summary, a wiki talk page, a deposition transcript,
a wealth manager's e-mail to a nervous client, a robo "explain like I'm five", a week-ahead calendar
column, a weekend recap thread, an options-flow bot). The floors below are what the verifier scored on
the blind run of the set as landed (the set's README gives that run, and the same set scored at the
start of the session that wrote it); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout9.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout9"
SCRIPT = "make_verify_holdout9"

# Measured blind on main at b8ea1b9 (the set's README): 287/388 planted errors caught (0.74), 47 error
# findings on 20 clean texts (2.35 per text); at de622e5, the session's start: 286/388 and 54.
# fp12 step 1 (percentages of other measures read as the 1-day move): caught 287 -> 289, clean 47 -> 36.
# miss12a step 1 (setups told by their trigger, ratios in multiples of the risk or in words after them):
# 289 -> 301 (setup 2 -> 14), clean 36 -> 35.
# fp12 step 2 (numbers that are no market data): clean 35 -> 22.
# miss12a step 2 (a place in the group): 301 -> 306.
# miss12b step 1 (a figure the words name as a specific fact, in more phrasings): 306 -> 316 (value 31 -> 40,
# direction 38 -> 39), clean 22 -> 22.
# miss13b step 1 (a writer's own purchase is no market figure): clean 22 -> 21.
# vcount step 2 (dates of crosses and peaks) on 3ec7b26: 325 -> 327, date 38 -> 40
# levelwords15 (levels named in words, the close's place in words): caught 327 -> 332, level 18 -> 23
# vsetup step 2 (runs named by the move): history 29 -> 31
# vp2 step 2 (dated figures by their measure word, their own "on" day): clean 19 -> 17
# vfp step 1 (a count opening a cell is its window: "returns: five sessions -0.98%"): clean 15 -> 14
# vfp step 2 (round sums, possessives): clean 14 -> 12
# vwords2 spoken numbers + vfp step 2 round sums (integrator stack, --score): 335 -> 336 (vmiss rank words)
# stop 37 main + denials, weekday-with-day:
# 336/12 -> 337/9, direction 39 -> 40, date 40 -> 41, citation 11 -> 12
# stop 38 main (vpast, vmiss, vfp slopes), --score: 337/9 -> 338/9, words 12 -> 13
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 341/9 -> 342/5, direction 40 -> 41
# stop 40 main 2a3886ac (vvalue, vpast, vfa, vderived), --score: caught 342 -> 343,
#  value 40 -> 41
# stop 42, vnamed (README rule: a wrong % 'above/below it' after the record, an extreme or an average is
#  value-mismatch, these plants expect derived-mismatch; LOWERED, integrator's decision): caught 343 -> 340,
#  derived 10 -> 6, history 34 -> 35
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 340 -> 341, clean errors 5 -> 5, words 13 -> 14
# stop 45, vfa5: clean errors 5 -> 4
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 341 -> 343, clean
#  errors 4 -> 4, indicator 16 -> 17, trend 16 -> 17
FLOORS = {"caught": 343, "error_findings_on_clean": 4}  # vnoise: clean 17 -> 15
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average): 337/7 -> 338/7, words 12 -> 13
# integrator stack (vfp step 2, vmiss day anchors + bare verdicts) on 74b1dde: 332/21 -> 334/19, trend 16
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 41, "scale": 9, "derived": 6, "direction": 41, "indicator": 17, "pattern": 13,
    "level": 23, "setup": 14, "date": 41, "citation": 12, "subject": 19, "timeframe": 23,
    "negation": 9, "quotation": 6, "trend": 17, "history": 35, "words": 14, "magnitude": 3,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout9() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout9_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=300)


def test_holdout9_recall_and_false_alarms(holdout9: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout9, FLOORS, KIND_FLOORS)


def test_holdout9_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
