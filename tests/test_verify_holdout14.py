"""The verifier on the fourteenth blind holdout (tests/data/verify_holdout14, its generator
scripts/make_verify_holdout14.py).

Texts written for issue 14 without reading the verifier's code, the eval set's texts or the first
thirteen holdouts', and without running the verifier on them before the blind score: voices the earlier
sets did not use (a horoscope column, a product review, notes translated from Swahili, Norwegian,
Tagalog and Bulgarian, a yoga class script, a closing argument, a fire station's incident report, a
wedding toast, a horse-race call, a package-leaflet parody, a vet's case notes, limericks, a principal's
PA announcements, a satnav's directions, an auctioneer's patter, an issue-tracker ticket, a book club's
guide and a tax accountant's letter). The floors below are exactly what the verifier scored on the one
blind run of the set as landed (the set's README gives that run); they may only be raised, or lowered
on purpose. `python scripts/make_verify_holdout14.py --score` (or `pytest -s`) prints the table, every
miss and every false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_verify_eval as tv
from holdout_helpers import assert_reproducible, assert_scores, assert_shape, generator

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "verify_holdout14"
SCRIPT = "make_verify_holdout14"

# Measured blind, once, on main at c01daef9 (the set frozen in bc7d6ec2): 321/424 planted errors caught
# (0.76), 52 error findings on 20 clean texts (2.60 per text); 370/424 planted spots flagged by some code.
# One of the 52 was a true catch (the Bulgarian text had left out its Sources block); with the block, the
# only change after the blind run: 322/424 and 51 (quotation 3 -> 4). On the landing main 15ff4321 (after
# the quotation fix 65a27756): 332/424 and 51, quotation 14/14; on main 0f7ea7f8 (subject fix) 333/424,
# and on ebe765d7 (false-alarm fixes) 333/424 with 48, the floors below.
# stop 37 main + denials, weekday-with-day:
# 333/48 -> 335/48, negation 6 -> 8
# stop 38 main (vpast, vmiss, vfp slopes), --score: 360/43 -> 366/18, date 39 -> 40, history 42 -> 47
# stop 39 main ed57e084 (vpast round 2, vfp step 2, vmiss, vfa): 372/17 -> 372/11
# stop 40, vvalue: clean error findings 11 -> 10 ('a gap of 0.55% over Thursday's close' is the day's gap)
# stop 40 main 2a3886ac (vvalue, vpast, vfa, vderived), --score: caught 372 -> 373,
#  value 47 -> 48
# stop 41, int41 (vmiss + vdates + vnonmkt on main 2db424bb), --score: caught 373 -> 374, clean errors 10 ->
#  6, derived 30 -> 31
# stop 42, vnamed (named figures get their fact's code; the README's distance rule): caught 374 -> 382, value
#  48 -> 55, derived 31 -> 32
# stop 44, integrated main (vfa4+vnamed3+vwords3): caught 382 -> 385, clean errors 6 -> 6, value 55 -> 57,
#  indicator 18 -> 19
# stop 45, integration (int45 on main a9cef8dc + edday, ednews6 WIP, vnamed4 WIP): caught 385 -> 387, clean
#  errors 6 -> 6, value 57 -> 59
# stop 46, integration (main ca4604c3): caught 387 -> 389, clean errors 6 -> 6, setup 11 -> 12, negation 13
#  -> 14
FLOORS = {"caught": 390, "error_findings_on_clean": 6}
# stop 38 main + vfp step 2 (peer gaps, weekdays, volume average):
# 360/43 -> 366/13, date 39 -> 40, history 42 -> 47
# stop 48, scored on main 905763f8 (stops 47-48: vfa7..vfa8, vnamed6..7, vwords6..7, vsubj, vspeed): caught
#  389 -> 390, value 59 -> 60
KIND_FLOORS = {  # planted errors caught per kind, at least what was measured
    "value": 60, "scale": 7, "derived": 32, "direction": 19, "indicator": 19, "pattern": 9,
    "level": 26, "setup": 12, "date": 40, "citation": 10, "subject": 16, "timeframe": 17,
    "negation": 14, "quotation": 14, "trend": 13, "history": 53, "words": 16, "magnitude": 13,
}


def _script() -> object:
    return generator(SCRIPT)


@pytest.fixture(scope="module")
def holdout14() -> tv.Evaluation:
    return _script().evaluate(HOLDOUT)  # type: ignore[attr-defined, no-any-return]


def test_holdout14_has_the_promised_shape() -> None:
    assert_shape(HOLDOUT, planted_at_least=424)


def test_holdout14_recall_and_false_alarms(holdout14: tv.Evaluation) -> None:
    assert_scores(SCRIPT, holdout14, FLOORS, KIND_FLOORS)


def test_holdout14_set_is_reproducible() -> None:
    assert_reproducible(SCRIPT)
