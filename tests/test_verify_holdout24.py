"""The verifier on the twenty-fourth blind holdout (tests/data/verify_holdout24, its generator
scripts/make_verify_holdout24.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
twenty-three holdouts', and without running the verifier on them before the blind score: fourteen
market voices the earlier sets did not use (a drive-time radio bulletin, a private bank's broadcast
digest, an options-expiry explainer, an investing club's Slack recap, an endowment committee briefing, a
sell-side what-we're-watching list, a candle-by-candle chart walk, an earnings-season scorecard, an index
provider's review notice, a video description with chapters, a trading competition's judges' memo, a
myth-vs-fact explainer, an ETF-versus-index note, a covered-call log) and six non-market voices with
numbers of their own (a cycling club newsletter, a hardware store quote, a weather station log, a school
fete budget, a theatre box-office report, a scout camp meal plan scaled for 40). Three texts stand on
context keys no earlier holdout used (QQQ 2026-11-19, DIA 2026-11-17, IWM 2026-11-16). The floors below
are exactly what the verifier scored on the set as landed (the set's README gives the blind run); they
may only be raised, or lowered on purpose. `python scripts/make_verify_holdout24.py --score` (or
`pytest -s`) prints the table, every miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout24"
SCRIPT = "make_verify_holdout24"

# Measured blind, once, on the branch point e181853c (the set frozen in ed9f97ed): 952/1186 planted
# errors caught (0.80), 78 error findings on 20 clean texts (3.90 per text); 1082/1186 planted spots
# flagged by some code. None of the 78 was right. Nine plants of the author's own were then corrected,
# texts unchanged: six reward/risk figures refiled from value-mismatch to setup-reward-risk, one plant
# the context cannot check dropped, two plants that duplicated another's substitution dropped. Floors at
# that landing figure (stop 47, branch vblind24; main's verifier unchanged since e181853c).
# stop 47, integration (main 9e442626: vfa7 + vnamed6 + vwords6 + edday3): caught 955 -> 1011, clean errors 78
#  -> 73, value 663 -> 704, direction 33 -> 34, level 8 -> 10, date 44 -> 55, history 30 -> 31
# stop 48, vfa8 (tallies and bills that add up, non-market standings, dated entries, an average told from
#  its own side, a run's total 'over them'): caught 1011 -> 1012, clean errors 73 -> 23, value 704 -> 705
FLOORS = {"caught": 1081, "error_findings_on_clean": 18}
# stop 48, integration (main 905763f8: vwords7 + vnamed7 + vsubj + vspeed + vfa8): caught 1012 -> 1081,
#  clean errors 73 -> 18, value 704 -> 732, derived 5 -> 10, direction 34 -> 42, indicator 25 -> 28, level
#  10 -> 15, setup 14 -> 24, date 55 -> 60, trend 14 -> 16, words 8 -> 9, magnitude 6 -> 7
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 732, "scale": 7, "derived": 10, "direction": 42, "indicator": 28, "pattern": 24, "level": 15,
    "setup": 24, "date": 60, "citation": 12, "subject": 19, "timeframe": 23, "negation": 1,
    "quotation": 21, "trend": 16, "history": 31, "words": 9, "magnitude": 7,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout24() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout24_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=1183)


def test_holdout24_recall_and_false_alarms(holdout24: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout24, FLOORS, KIND_FLOORS)


def test_holdout24_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
