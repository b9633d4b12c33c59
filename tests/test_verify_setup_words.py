"""Setups told in other words (issue 14, holdout 11 kind "setup"): a reward/risk in words or after
"to one", alone in the next sentence or answering a question; stops, entries and targets in a
writer's words. Geometry and ratio are checked on IWM's 2026-11-20 context (close $244.30); only the
setup findings are asserted (the prices are the writer's plan, not IWM's facts).
"""

from __future__ import annotations

import pytest
from verify_text_helpers import errors, iwm_context

from pipeline.verify import levels, number_words

CTX = iwm_context()


def setup_findings(text: str) -> list[tuple[str, str | None]]:
    return [(code, span) for code, span in errors(CTX, text) if code.startswith("setup-")]


# entry 244.00, stop 241.00, target 250.00: reward 6, risk 3, a 2.0 ratio
PLAN = "IWM: a long over $244.00 with a stop at $241.00 and a target of $250.00"


@pytest.mark.parametrize(("said", "wrong"), [
    ("That is a two-to-one trade.", "That is a five-to-one trade."),
    ("The reward-to-risk works out to about two to one.",
     "The reward-to-risk works out to about four to one."),
    ("That makes it roughly 2 to one.", "That makes it roughly 3.4 to one."),
])
def test_a_ratio_alone_after_the_setup_is_its_reward_risk(said: str, wrong: str) -> None:
    assert setup_findings(f"{PLAN}. {said}\n") == []
    found = setup_findings(f"{PLAN}. {wrong}\n")
    assert [code for code, _ in found] == ["setup-reward-risk"]


@pytest.mark.parametrize(("said", "wrong", "span"), [
    ("about 2.1 to one", "about 3.6 to one", "3.6"),
    ("risking one to make two", "risking one to make five", "risking one to make five"),
    ("two for every one risked", "five for every one risked", "five for every one"),
])
def test_a_ratio_in_the_setup_sentence_in_other_forms(said: str, wrong: str, span: str) -> None:
    assert setup_findings(f"{PLAN}, {said}.\n") == []
    assert setup_findings(f"{PLAN}, {wrong}.\n") == [("setup-reward-risk", span)]


def test_a_whole_and_a_half_in_words_is_read_as_digits() -> None:
    assert number_words.rewrite("about two and a half to one").text == "about 2.5 to 1"
    assert number_words.rewrite("a three-to-one shot").text == "a 3 to 1 shot"
    assert number_words.rewrite("one to one").text == "1 to 1"


def test_a_question_on_the_ratio_answered_by_a_bare_figure() -> None:
    asked = f"{PLAN}. What reward-to-risk is that? About {{}}.\n"
    assert setup_findings(asked.format("2.0")) == []
    assert setup_findings(asked.format("3.1")) == [("setup-reward-risk", "3.1")]
    ratio, after = levels.answered_ratio("So what is the risk/reward?", "(Roughly 1.7.)")
    assert ratio is not None and ratio.value == 1.7 and after
    assert levels.answered_ratio("What did it close at?", "About 2.0.") == (None, False)


@pytest.mark.parametrize("plan", [
    "Buy on a reclaim of $244.00, stop-loss parked at {stop}, first objective $250.00.",
    "Scale in near $244.00, bail below {stop} and take profits into $250.00.",
    "A close above $244.00 would open the way to $250.00, with protection at {stop}.",
    "If 244.00 gives way, long with a stop {stop}, target 250.00.",
])
def test_stops_entries_and_targets_in_other_words(plan: str) -> None:
    dollar = "$" if "$" in plan else ""
    assert setup_findings(plan.format(stop=f"{dollar}241.00")) == []
    wrong = f"{dollar}246.50"  # a long's stop above its entry
    assert setup_findings(plan.format(stop=wrong)) == [("setup-geometry", wrong)]


def test_a_stop_word_without_a_target_is_no_setup() -> None:
    assert setup_findings("Protection at $246.50 costs little; the fund closed at $244.30.\n") == []
