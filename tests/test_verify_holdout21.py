"""The verifier on the twenty-first blind holdout (tests/data/verify_holdout21, its generator
scripts/make_verify_holdout21.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
twenty holdouts', and without running the verifier on them before the blind score: two thirds real
market commentary in forms the earlier sets did not use (a price-alert service's triggered alerts, an
autocallable note's observation notice, a year-ahead outlook with targets, a CTA trend-signal report, a
covered-call ETF's distribution notice, a 401(k) participant newsletter, a pre-market checklist, a
prediction-market column, a chart pack's captions, an editor's tracked changes, a wire's correction
notice, a radio lightning round, notes translated from Lithuanian, a capitulation checklist, a data
vendor's bad-tick incident report), a third unusual voices with non-market numbers (a florist's order
sheet, a ski area's snow report, a bowling league's sheet, a food truck's weekly recap, a marina's
haul-out schedule). The floors below are exactly what the verifier scored on the set as landed (the
set's README gives the blind run); they may only be raised, or lowered on purpose.
`python scripts/make_verify_holdout21.py --score` (or `pytest -s`) prints the table, every miss and
every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout21"
SCRIPT = "make_verify_holdout21"

# Measured blind, once, on the branch point 328364e0 (the set frozen in 5d0ba8d6): 664/816 planted
# errors caught (0.81), 111 error findings on 20 clean texts (5.55 per text); 746/816 planted spots
# flagged by some code. None of the 111 was right. Three authoring slips (a death cross told as the
# 50-day moving above the 200-day, a citation on a sentence its story does not print, a prior high
# called a record) were fixed in 687cd16f; on the same verifier 664/816 (pattern 8 -> 9, date 57 -> 56),
# 107 error findings, 746/816 flagged. Floors at that landing figure (stop 44, branch vblind21).
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 664 -> 668, clean errors 107 -> 103, level 12 ->
#  13, date 56 -> 58, trend 15 -> 16
# stop 45, vnamed4 (misprinted named figures): caught 668 -> 715 (value 349 -> 395, words 15 -> 16)
# stop 45, vfa5 (rebased on vnamed4): caught 715 -> 716 (derived 11 -> 12), clean errors 103 -> 49
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 716 -> 750, clean
#  errors 49 -> 49, value 395 -> 403, direction 36 -> 44, indicator 18 -> 21, pattern 9 -> 12, level 13 ->
#  16, trend 16 -> 21, words 16 -> 17, magnitude 3 -> 6
# stop 46, vwords5 (on 917bf9fd + vwords5): caught 750 -> 751, negation 7 -> 8; clean errors 49 unchanged
# stop 47, integration (main 9e442626: vfa7 + vnamed6 + vwords6 + edday3): caught 751 -> 763, clean
#  errors 49 unchanged, value 403 -> 411, pattern 12 -> 14, date 58 -> 60
# stop 48, vfa8: caught 763 unchanged, clean errors 49 -> 48
FLOORS = {"caught": 763, "error_findings_on_clean": 48}
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 411, "scale": 4, "derived": 12, "direction": 44, "indicator": 21, "pattern": 14,
    "level": 16, "setup": 14, "date": 60, "citation": 14, "subject": 15, "timeframe": 15,
    "negation": 8, "quotation": 6, "trend": 21, "history": 65, "words": 17, "magnitude": 6,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout21() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout21_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=816)


def test_holdout21_recall_and_false_alarms(holdout21: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout21, FLOORS, KIND_FLOORS)


def test_holdout21_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
