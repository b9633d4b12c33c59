"""The take, the final call and the setups stand on one level (real bars; skips when
../shared/realdata is absent).

- DIA 2026-05-15: the take stands on the range top at $500.00-$500.80; the long breakout there has
  too little room before the swing high at $505.30, so the pending long waits for $505.30. The call
  names the range top's edge and why before the pending trigger, and the verifier's story check
  (story-call-level) reads the pending entry against the take: flagged without the why.
- IWM 2026-05-14: the bullish view's wrong-way close was the range bottom the long fade buys at;
  it is the fade's stop now, in the template's take and in the model's plan.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import real_cases, realdata_present  # noqa: E402

from pipeline.contracts import Bias  # noqa: E402
from pipeline.verify import verify_article  # noqa: E402

pytestmark = pytest.mark.skipif(not realdata_present(), reason="../shared/realdata is absent")


def _price(value: float | None) -> str:
    assert value is not None
    return f"${value:,.2f}"


def test_a_pending_breakout_past_the_takes_level_says_why() -> None:
    (case,) = real_cases([date(2026, 5, 15)], ["DIA"])
    s = case.snapshot
    (pending,) = [p for p in s.pending_setups if p.direction == "long"]
    top = next(lv for lv in s.levels if lv.label == "range top" and lv.price > s.close)
    assert case.article.final_call[0].bias == Bias.NEUTRAL and not case.article.setups
    assert f"{_price(top.zone_low)}–{_price(top.zone_high)}" in case.article.take
    call = case.article.final_call[0].reasoning
    why = call.index(f"a break of {_price(top.zone_high)} (the top of the range-top zone)")
    assert why < call.index(f"a close above {_price(pending.entry)} would set up a breakout long"), call
    assert not [f for f in case.findings if f.code == "story-call-level" or f.severity == "error"]


def test_the_story_check_flags_the_pending_entry_without_the_why() -> None:
    (case,) = real_cases([date(2026, 5, 15)], ["DIA"])
    row = case.article.final_call[0]
    said = row.reasoning
    bare = said[:said.index("a break of ")] + said[said.index("a close above"):]
    article = case.article.model_copy(update={"final_call": [row.model_copy(update={"reasoning": bare}),
                                                             *case.article.final_call[1:]]})
    found = [f for f in verify_article(article, case.snapshot, None, {}) if f.code == "story-call-level"]
    assert len(found) == 1 and "$505.30" in found[0].message, found


def test_a_bullish_view_fading_the_range_bottom_is_wrong_past_the_stop() -> None:
    (case,) = real_cases([date(2026, 5, 14)], ["IWM"])
    (setup,) = case.article.setups
    assert case.article.final_call[0].bias == Bias.BULLISH and setup.style == "fade"
    stance = next(s for s in case.article.take.split(". ") if "wrong" in s)
    assert _price(setup.stop) in stance and _price(setup.entry) not in stance, case.article.take
    assert not [f for f in case.findings if f.severity == "error"]
