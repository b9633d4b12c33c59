"""Past closes dated or measured only by ellipsis or reference (pipeline/verify/past_bars.py): an
earlier clause's verb, a move that ended at the price, "that day", "the day before", and a desk label
before a colon. IWM's bars of the week of 2026-11-20: Mon 16 $247.26, Tue 17 $245.28, Wed 18 $244.79,
Thu 19 $243.57, Fri 20 (the session) $244.30."""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

CTX = iwm_context()

RIGHT_AND_WRONG = [
    # an earlier clause's verb carried to a later day ("and on Tuesday the 17th at ...")
    ("The fund finished at $247.26 on Monday, and on Tuesday the 17th at {}.", "$245.28", "$246.10"),
    # a close a dated move ended at
    ("On Wednesday IWM eased back to {}, a quiet retreat.", "$244.79", "$245.90"),
    ("By Tuesday the fund was back at {}.", "$245.28", "$248.40"),
    # "that day": the day named earlier in the sentence
    ("Small caps sagged on Thursday, and IWM closed that day at {}.", "$243.57", "$242.20"),
    # "of the day before": the session before the day named
    ("On Tuesday it gave up its {} close of the day before.", "$247.26", "$246.66"),
    # a label before a colon does not make the figure a macro report's
    ("Morning notes (jobs and retail sales on deck): IWM closed at $244.30, below Wednesday's {}.",
     "$244.79", "$239.90"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RIGHT_AND_WRONG)
def test_a_past_close_by_reference_is_held_to_its_bar(text: str, right: str, wrong: str) -> None:
    assert errors(CTX, text.format(right)) == []
    assert ("value-mismatch", wrong) in errors(CTX, text.format(wrong))


def test_a_move_from_the_previous_day_stays_the_session_move() -> None:
    """"fell 0.30% from the previous day" is a 1-day move, not a close of the day before."""
    assert errors(CTX, "IWM rose 0.30% from the previous day to $244.30.") == []


def test_a_weekday_before_a_label_colon_still_dates_the_figure() -> None:
    """"Wednesday was the weak spot: IWM closed at $244.79": the colon does not cut the day off."""
    assert errors(CTX, "Wednesday was the weak spot: IWM closed at $244.79.") == []
    assert ("value-mismatch", "$245.50") in errors(CTX, "Wednesday was the weak spot: IWM closed at $245.50.")
