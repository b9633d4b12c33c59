"""The verifier on the twentieth blind holdout (tests/data/verify_holdout20, its generator
scripts/make_verify_holdout20.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
nineteen holdouts', and without running the verifier on them before the blind score: two thirds real
market commentary in forms the earlier sets did not use (a week-in-review newsletter with weekly,
one-month and year-to-date returns, an "ETFs to watch" list, an adviser's client blog, a Reddit-style
due-diligence post, a Fed-watch note, an AI assistant's answer, a robo-advisor statement, a market
maker's quote sheet, an earnings-season preview quoting index levels, a trading journal with dated
entries, a risk manager's morning e-mail, a frontier fund's letter, an anchor script with lower-thirds,
a screener's results page), a third unusual voices with non-market numbers (a youth soccer bulletin, a
moving company's estimate, a dental newsletter, a bakery's prep sheet, cinema listings, a community
garden's newsletter). The floors below are exactly what the verifier scored on the set as landed (the
set's README gives the blind run); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout20.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout20"
SCRIPT = "make_verify_holdout20"

# Measured blind, once, on the branch point 6c61026d (the set frozen in ca1019f2): 503/712 planted
# errors caught (0.71), 98 error findings on 20 clean texts (4.90 per text); 592/712 planted spots
# flagged by some code. None of the 98 was right. Three authoring slips the verifier had not flagged
# ("the week" for a five-session return on a Tuesday) were reworded in 24738d50; on the same verifier
# 503/712 (derived 8 -> 7, timeframe 15 -> 16), 98 error findings, 593/712 flagged. Floors at that
# landing figure (stop 43, branch vblind20).
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 572 -> 584, clean errors 89 -> 20, value 261 ->
#  263, derived 7 -> 10, direction 18 -> 23, timeframe 17 -> 18, history 64 -> 65
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 591 -> 597, clean
#  errors 20 -> 17, value 269 -> 275
# stop 46, integration (main ca4604c3): caught 597 -> 599, clean errors 17 -> 16, value 275 -> 276, pattern
#  12 -> 13
FLOORS = {"caught": 605, "error_findings_on_clean": 16}  # stop 43, vcols: 503 -> 511, 98 -> 90
# stop 45, vnamed4 (misprinted named figures): caught 584 -> 591 (value 263 -> 269, level 29 -> 30)
# stop 44, vnamed3: caught 511 -> 541, clean errors 90 -> 89 (value 243 -> 259, level 10 -> 12,
# date 38 -> 44, history 59 -> 64, words 11 -> 12); on main ad66921b with vwords3's readings: caught
# 572 (value 261, indicator 21, level 29, negation 18, trend 9)
# stop 43, vcols on main d8c36775: value 237 -> 243, direction 17 -> 18, timeframe 16 -> 17
# stop 48, scored on main 905763f8 (stops 47-48: vfa7..vfa8, vnamed6..7, vwords6..7, vsubj, vspeed): caught
#  599 -> 605, value 276 -> 278, direction 23 -> 26, setup 15 -> 16, date 44 -> 45
# stop 48, lowered on purpose: level 30 -> 29. plant-dd-floor ("under that the $248.02 low", the range low
#  $240.02 misprinted) is still flagged on its span, now `value-mismatch` against the held $242.80 support:
#  vnamed7 reads a wrong-side level whose digits are a held level's in another order as that level
#  misprinted, and 24802 is 24280 reordered by chance (the set expects `level-wrong-side`).
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 278, "scale": 7, "derived": 10, "direction": 26, "indicator": 21, "pattern": 13,
    "level": 29, "setup": 16, "date": 45, "citation": 11, "subject": 15, "timeframe": 18,
    "negation": 18, "quotation": 7, "trend": 9, "history": 65, "words": 12, "magnitude": 5,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout20() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout20_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=712)


def test_holdout20_recall_and_false_alarms(holdout20: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout20, FLOORS, KIND_FLOORS)


def test_holdout20_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
