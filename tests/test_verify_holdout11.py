"""The verifier on the eleventh blind holdout (tests/data/verify_holdout11, scripts/make_verify_holdout11.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
ten holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a union pension plan's trustee minutes, a court reporter's transcript of a TV market
segment, notes translated from Hebrew, Indonesian, Romanian and Ukrainian, a real-estate agent's market
aside, a weather-forecast style outlook, a crossword-clue column, a hedge fund's risk-limit breach
report, a college investment club's Instagram captions, an airline pilot's layover blog, a restaurant
owner's cash note, a ham-radio net log, an obituary for a pullback, a church finance committee's report,
a brokerage support chat, a dashboard's tooltips, a newsletter's corrections box and a game-show quiz
script). The floors below are what the verifier scored on the blind run of the set as landed (the
set's README gives that run, and the same set scored at the start of the session that wrote it); they
may only be raised, or lowered on purpose. `python scripts/make_verify_holdout11.py --score` (or
`pytest -s`) prints the table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout11"
SCRIPT = "make_verify_holdout11"

# Measured blind on main at e3f114d (the set's README): 228/350 planted errors caught (0.65), 69 error
# findings on 20 clean texts (3.45 per text); at 5acbf8e, the session's start: 227/350 and 69.
# vnoise: clean 28 -> 20
# vfp step 2 (round sums: "$11,400", "$25,000"): clean 20 -> 18
# vwords2 spoken numbers + vfp step 2 round sums (integrator stack, --score): 316 -> 317, scale 4 -> 5
# stop 37 main + denials, weekday-with-day:
# 317/18 -> 317/17, trend 14 -> 15
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 318/16 -> 318/15
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 318 -> 320, clean errors 15 ->
#  15, history 46 -> 47, words 18 -> 19
# stop 42, vnonmkt2 (asides, other things' numbers, slopes), final tree: clean errors 15 -> 14
# stop 42, vnamed (README rule: a wrong % 'above/below it' after the record, an extreme or an average is
#  value-mismatch, these plants expect derived-mismatch; LOWERED, integrator's decision): caught 320 -> 313,
#  derived 15 -> 8
# stop 46, integration (main ca4604c3): caught 313 -> 313, clean errors 14 -> 13
FLOORS = {"caught": 313, "error_findings_on_clean": 13}  # fp14 step 1 on main 81a21c8: 54 -> 30
# vfp step 1: clean errors now counted once per code, span, message AND section (as bench/verify_findings.py
# counts them: the game show's "$25,000" in its header and its body are two alarms): 30 -> 31; an average's
# slope in an aside or after "Both averages ...:": 295/31 -> 296/30 (rebased on vsetup: 299 -> 300),
# trend 13 -> 14
# levelwords15 (levels and the close's place in words), on top of vfp: 300 -> 309, level 11 -> 20
# vmag (size words as nouns and adjectives; multiples and fractions in words), rebased on 8e4a2ba: 272 -> 294,
# magnitude 0 -> 12, negation 8 -> 10, words 10 -> 18; clean 30 unchanged
# vcount step 2 (dates of crosses and peaks), rebased on 3ec7b26: 294 -> 295, date 28 -> 29
# vnamed (named figures, gaps and distances; causes 2 and 6): 232/68 -> 250/61
# vframe ("IWM was 0.51 points worse": a gap, with its pair named before it): clean 29 -> 28
# vcount step 1 (cross ages, runs told with "running"): history 37 -> 43, caught 250 -> 256 (232 -> 238 alone)
# vcite (citations, peers compared, quotes, quiz prompts; causes 4, 9, 10): 250/61 -> 266/54 on 56ca9cd;
# with vcount on c5e4ccb: 272/54
# fp14 step 1 (a figure's own noun names another thing, UTC clock times, streaks against the article's
# own instrument): clean 68 -> 43 on edbbee02, no planted case lost.
# vsetup step 1 (setups in other words: reward/risk in words or "to one", "protection at"): 295 -> 299,
# setup 5 -> 9; clean 30 unchanged
# vmiss step 1 (past closes by ellipsis, a move's end, "that day", "the day before", a label
# colon), rebased on f054b1a: 300 -> 302, history 43 -> 45; clean unchanged
# integrator stack on 74b1dde: 309/30 -> 313/29, history 43 -> 45, negation 10 -> 12
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 43, "scale": 5, "derived": 8, "direction": 14, "indicator": 14, "pattern": 7,
    "level": 20, "setup": 9, "date": 29, "citation": 11, "subject": 19, "timeframe": 19,
    "negation": 12, "quotation": 9, "trend": 16, "history": 47, "words": 19, "magnitude": 12,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout11() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout11_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=350)


def test_holdout11_recall_and_false_alarms(holdout11: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout11, FLOORS, KIND_FLOORS)


def test_holdout11_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
