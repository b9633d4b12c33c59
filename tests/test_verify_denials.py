"""A denial is a claim: the cross, the side of an average or the flat slope it denies must be absent
(issue 14, vquote). DIA on Friday, Nov 20 2026: golden cross since Oct 2, the close above both averages,
the 50-day +0.75% and the 200-day -0.32% over 20 sessions."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import VerifyContext, check_text
from pipeline.verify.numbers import sentences


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    case = next(c for c in tv.CASES if c["id"] == "user-denials-DIA-2026-11-20")
    return tv.verify_ctx(case)


def patterns(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx) if f.code == "pattern-mismatch"]


@pytest.mark.parametrize("text", [
    "The golden cross (Oct 2) is no longer intact.",
    "The golden cross from the autumn is officially no longer in force.",
    "The golden cross came on a Friday in October, and it has since been reversed.",
    "By now it is no longer a golden cross.",
    "The averages have not remained a golden cross.",
])
def test_a_cross_said_to_be_gone_while_it_holds_is_wrong(ctx: VerifyContext, text: str) -> None:
    assert patterns(ctx, text), text


@pytest.mark.parametrize("text", [
    "The death cross of the spring is no longer in place.",
    "The death cross came in March, and it has since been undone.",
    "The golden cross came in October, and it reversed the slide.",  # a verb with an object: no denial
    "It is no longer a death cross.",
])
def test_a_cross_truly_gone_is_no_finding(ctx: VerifyContext, text: str) -> None:
    assert not patterns(ctx, text), text


def test_the_close_s_side_of_an_average_denied(ctx: VerifyContext) -> None:
    assert patterns(ctx, "The fund is no longer above its 50-day.") == ["no longer above its 50-day"]
    assert not patterns(ctx, "The fund is no longer below its 50-day.")
    assert not patterns(ctx, "The fund has not lost its 200-day.")
    assert not patterns(ctx, "The 50-day is no longer below the 200-day.")  # the averages, not the close


def test_a_flat_average_denied_is_held_to_a_plainly_flat_slope(ctx: VerifyContext) -> None:
    assert patterns(ctx, "The 200-day line is not flat.") == ["200-day line is not flat"]
    assert not patterns(ctx, "The 50-day line is not flat.")  # +0.75%: a reading, not plainly flat
    assert not patterns(ctx, "The 50-day is not falling.")


def test_one_average_s_side_of_the_other_denied(ctx: VerifyContext) -> None:
    assert not patterns(ctx, "The 50-day is not below the 200-day.")  # true: the 50-day is above
    assert patterns(ctx, "The 50-day has not yet crossed above the 200-day.")
    assert not patterns(ctx, "The 50-day is not far above the 200-day.")  # a hedge, not a denial


def test_a_question_answered_in_brackets_is_read_with_its_answer(ctx: VerifyContext) -> None:
    assert sentences("Is that overbought? (Yes: it is.) Next.") == ["Is that overbought? (Yes: it is.) Next."]
    said = "The RSI is 55.5. Is that overbought? ({})"
    assert [f.code for f in check_text(said.format("Yes: it is overbought."), ctx)
            if f.severity.value == "error"] == ["indicator-mismatch"]
    assert not [f for f in check_text(said.format("No: it is not."), ctx) if f.severity.value == "error"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("On Friday DIA did not close above its 50-day.", True),
    ("DIA did not close below its 50-day.", False),
    ("The fund failed to finish above the 200-day.", True),
    ("It is neither above its 50-day nor above its 200-day.", True),
    ("DIA has yet to reclaim its 50-day.", True),
    ("DIA has yet to lose its 200-day.", False),
    ("The chart has yet to form a golden cross.", True),
    ("The chart has yet to form a death cross.", False),
])
def test_a_state_denied_by_its_verb(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(patterns(ctx, text)) is wrong, text


def test_an_event_denied_is_not_read_as_a_state(ctx: VerifyContext) -> None:
    """'did not cross below its signal' may be said of a MACD that crossed below before: not a claim."""
    assert not [f for f in check_text("The MACD did not cross below its signal today.", ctx)
                if f.severity.value == "error"]


def test_a_zone_word_defined_after_it_is_a_term(ctx: VerifyContext) -> None:
    said = "The RSI is 55.5. Is that overbought? (No: overbought usually means above 70.)"
    assert not [f for f in check_text(said, ctx) if f.severity.value == "error"]
