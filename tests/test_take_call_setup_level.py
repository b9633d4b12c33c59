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
    why = call.index(f"a break of {_price(top.zone_high)} lacks room for its risk")
    assert why < call.index(f"a close above {_price(pending.entry)} would set up a long"), call
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


def test_a_long_bought_under_the_views_line_is_wrong_past_its_stop() -> None:
    """SPY 2026-06-08: the long buys the swing low at $731.53, under the range bottom ($737.55) the
    view used to fail at; the view fails past the setup's stop, and the take opens on the range
    bottom, not on the record-close top the setup's target ($749.53) stops short of."""
    from editorial_metrics import take_setup_disagree

    (case,) = real_cases([date(2026, 6, 8)], ["SPY"])
    (setup,) = case.article.setups
    s = case.snapshot
    assert setup.direction == "long" and s.range is not None and setup.entry < s.range.lower < s.close
    stance = next(part for part in case.article.take.split(". ") if "buyers" in part or "bullish" in part)
    assert _price(setup.stop) in stance and _price(s.range.lower) not in stance, case.article.take
    first = case.article.take.split(". ")[0]
    assert _price(s.range.upper) not in first and _price(s.range.lower) in first, first
    assert take_setup_disagree(case) == 0
    assert not [f for f in case.findings if f.severity == "error"]


def test_the_take_opens_on_the_edge_a_fade_trades_from() -> None:
    """DIA 2026-07-30: an up day inside the range, and a long fading the range bottom toward $527.93,
    short of the range top: the take's first level is the range bottom the trade enters at."""
    from editorial_metrics import take_setup_disagree

    (case,) = real_cases([date(2026, 7, 30)], ["DIA"])
    (setup,) = case.article.setups
    assert setup.style == "fade" and setup.direction == "long" and case.snapshot.returns.change_1d_pct > 0
    first = case.article.take.split(". ")[0]
    assert _price(setup.entry) in first and "range bottom" in first, first
    assert take_setup_disagree(case) == 0
    assert not [f for f in case.findings if f.severity == "error"]


@pytest.mark.parametrize(("session", "symbol"), [(date(2026, 2, 5), "DIA"), (date(2026, 2, 5), "SPY"),
                                                 (date(2026, 6, 5), "DIA"), (date(2026, 6, 8), "DIA")])
def test_a_range_edge_the_take_named_is_referred_back_to(session: date, symbol: str) -> None:
    """A range edge the take already named (the pivot, the record lid) is referred to ('that top',
    'that edge') by the stance and the setup sentence, not named again: no phrase said twice."""
    from pipeline.writers.phrases import repeated_phrases

    (case,) = real_cases([session], [symbol])
    assert repeated_phrases(case.article.take) == [], case.article.take
    assert "that top" in case.article.take or "that edge" in case.article.take
    assert not [f for f in case.findings if f.severity == "error"]
