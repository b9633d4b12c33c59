"""The verifier on the tenth blind holdout (tests/data/verify_holdout10, scripts/make_verify_holdout10.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
nine holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a pharmacist's side-hustle trading blog, a ship's-log style daily log, a venture
investor's Monday memo, notes translated from Arabic, Vietnamese, Greek and Finnish, a scout troop
treasurer's update, a public library's newsletter, a trading-competition judge's notes, a sports-betting
style odds column, a farm radio's markets script, a museum audio guide, a parliamentary written answer,
a fact-check article, a textbook answer key, a trade ticket with its narrative, a startup CFO's treasury
Slack, a screen reader's chart description, a day trader's diary of mistakes). The floors below are what
the verifier scored on the blind run of the set as landed (the set's README gives that run, and the same
set scored at the start of the session that wrote it); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout10.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout10"
SCRIPT = "make_verify_holdout10"

# Measured blind on main at df3aa17 (the set's README): 270/385 planted errors caught (0.70), 89 error
# findings on 20 clean texts (4.45 per text); at bb310ba, the session's start: 267/385 and 89.
# levelwords15 (levels and the close's place in words): caught 345 -> 347, level 23 -> 25
# vsetup step 2 (runs named by the move; the 50-day as "the shorter line"): 345 -> 347,
# trend 16 -> 17, words 16 -> 17
# vfp step 2 (round sums off every fund: "Max loss $900"): clean 26 -> 25
# vwords2 spoken numbers + vfp step 2 round sums (integrator stack, --score): 357 -> 358, words 17 -> 18
# stop 38 main (vpast, vmiss, vfp slopes), --score: 358/24 -> 359/23
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 360/23 -> 361/18, direction 18 -> 19
# stop 40 vpast (lead periods without a comma): 361/18 -> 361/17
# stop 40 main 2a3886ac (vvalue, vpast, vfa, vderived), --score: caught 361 -> 362,
#  value 27 -> 28
# stop 42, vnamed (README rule: a wrong % 'above/below it' after the record, an extreme or an average is
#  value-mismatch, these plants expect derived-mismatch; LOWERED, integrator's decision): caught 362 -> 354,
#  derived 25 -> 17
FLOORS = {"caught": 354, "error_findings_on_clean": 16}  # src13 step 1 (source lists): 272/89 -> 279/80;
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average): 358/22 -> 359/21
# miss13 step 1 (side of an average with its distance, slope words, a byline's 'Reference'): -> 300/80
# fp13 step 1 (numbers that are no market data): 300/80 -> 300/45
# miss13b step 1 (setups in prose, the writer's own trades): 300/45 -> 307/40
# fp13 step 2 (elliptical gaps): 45 -> 39 on c28d565; floor left at the rebased 40 (not re-scored)
# miss13 step 2 (records, lows and crosses affirmed or denied): negation 13 -> 18 (305 on c28d565)
# vnamed (gaps 'points better than', 'N of a point'): 331/34 -> 332/33
# vcount step 1 (cross ages, runs told with "running"): 331 -> 338 (history 23 -> 28, words 14 -> 16)
# fp14 step 1 (a figure's own noun names another thing): clean 34 -> 33
# vfp step 1 (an average's slope in an aside or after "Both averages ...:"): clean 32 -> 30;
# vfp step 2 (slope words of slow change): 30 -> 28
# vmiss step 1 (past closes by ellipsis, a move's end, "that day", "the day before", a label
# colon): 345 -> 349, history 28 -> 32; clean unchanged
# integrator stack on 74b1dde: 347/30 -> 353/28, history 28 -> 32
# stop 48, scored on main 905763f8 (stops 47-48: vfa7..vfa8, vnamed6..7, vwords6..7, vsubj, vspeed): clean
#  errors 17 -> 16
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 28, "scale": 14, "derived": 17, "direction": 19, "indicator": 23, "pattern": 17,
    "level": 25, "setup": 20, "date": 33, "citation": 17, "subject": 17, "timeframe": 26,
    "negation": 18, "quotation": 7, "trend": 17, "history": 34, "words": 18, "magnitude": 4,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout10() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout10_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=350)


def test_holdout10_recall_and_false_alarms(holdout10: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout10, FLOORS, KIND_FLOORS)


def test_holdout10_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
