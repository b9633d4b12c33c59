"""A group's day in more words (issue 14, vwords5 stop 46). DIA on Wednesday, Jun 3 2026: -0.58% while
SPY +0.58%, QQQ +0.57% and IWM +0.35% rose."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    case = next(c for c in tv.CASES if c["id"] == "user-vwords4-peers-DIA-2026-06-03")
    return tv.verify_ctx(case)


def spans(ctx: VerifyContext, text: str) -> list[str | None]:
    return [f.span for f in check_text(text, ctx) if f.code == "direction-mismatch"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Everyone was up but DIA.", []),
    ("Everyone was up.", ["Everyone was up"]),
    ("Everyone was red on the day.", ["Everyone was red"]),
    ("Everybody rose today.", ["Everybody rose"]),
    ("Everything was up for grabs into the close.", []),  # not the group's move
    ("After the Fed, everything fell into place for the bulls.", []),
])
def test_the_whole_group_with_everyone(ctx: VerifyContext, text: str, wrong: list[str]) -> None:
    assert spans(ctx, text) == wrong


def test_one_given_its_place_after_the_group_move(ctx: VerifyContext) -> None:
    assert "QQQ most" in spans(ctx, "Everybody rose, QQQ most.")  # SPY's +0.58% tops QQQ's +0.57%
    assert "SPY most" not in spans(ctx, "Everybody rose, SPY most.")


@pytest.mark.parametrize(("text", "wrong"), [
    ("SPY gained the most.", False),
    ("IWM gained the most.", True),
    ("IWM gained the least.", False),
    ("DIA lost the most.", False),  # the only one that fell
    ("DIA lost the least.", False),
    ("SPY lost the most.", True),  # SPY rose
    ("IWM gained the most since March.", False),  # another time frame
])
def test_a_place_said_with_the_most_or_the_least(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text)) == wrong


@pytest.mark.parametrize(("text", "wrong"), [
    ("DIA was the only one of the four funds to fall.", False),
    ("DIA was the only one of the four to rise.", True),
    ("SPY, $611.20, was the only one of the four funds that rose.", True),
    ("SPY was the best of the big four funds.", False),
    ("IWM was the best of the big four funds.", True),
])
def test_only_one_and_the_big_four(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text)) == wrong


@pytest.mark.parametrize(("text", "wrong"), [
    ("IWM did better.", False),
    ("IWM did worse.", True),
    ("IWM (+0.35%) and QQQ (+0.57%) did better.", False),
    ("IWM (+0.35%) and QQQ (+0.57%) did worse.", True),
    ("SPY rose 0.58%, IWM did worse.", False),  # two named: which one is compared is unsaid
])
def test_bare_comparisons_of_one_peer_or_a_list(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text)) == wrong


@pytest.mark.parametrize(("text", "wrong"), [
    ("SPY gained more than IWM (+0.35%), beating it by 0.23 pp.", False),
    ("SPY gained less than IWM (+0.35%), beating it by 0.23 pp.", True),
    ("SPY gained less than IWM by 0.23 pp.", False),  # the comparison's own figure is values.py's claim
])
def test_a_than_comparison_beside_another_figure(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text)) == wrong


def test_a_move_larger_or_smaller_with_no_than(ctx: VerifyContext) -> None:
    assert not spans(ctx, "QQQ rose more (+0.57%).")  # DIA fell: the size says nothing plain
    assert not spans(ctx, "QQQ rose less than expected.")
    assert spans(ctx, "IWM rose more (+0.35%). SPY rose less (+0.58%).") == []  # each against DIA: no side


def _ctx(case_id: str) -> VerifyContext:
    return tv.verify_ctx(next(c for c in tv.CASES if c["id"] == case_id))


@pytest.fixture(scope="module")
def spy() -> VerifyContext:
    """SPY on Wednesday, Jun 3 2026: close $659.18 over the upper band $655.85, the top of its range."""
    return _ctx("user-vwords5-band-SPY-2026-06-03")


@pytest.fixture(scope="module")
def qqq() -> VerifyContext:
    """QQQ on Friday, Nov 20 2026: open $618.09 over Thursday's close $614.72."""
    return _ctx("user-vwords5-gap-QQQ-2026-11-20")


@pytest.mark.parametrize(("text", "wrong"), [
    ("SPY closed above the upper Bollinger band.", []),
    ("SPY closed below the upper Bollinger band.", ["closed below the upper Bollinger band"]),
    ("SPY ended just under the upper Bollinger band.", ["under the upper Bollinger band"]),
    ("Upper Bollinger band $655.85: the close is above it.", []),
    ("Upper Bollinger band $655.85: the close is below it.", ["is below it"]),
    ("The close sat at the top of the range.", []),
    ("The close sat at the bottom of the range.", ["at the bottom of the range"]),
    ("Last week the close sat at the bottom of the range.", []),  # another close
])
def test_the_close_beside_a_band_or_an_edge(spy: VerifyContext, text: str, wrong: list[str]) -> None:
    assert [s for s in spans(spy, text) if s is not None] == wrong


@pytest.mark.parametrize(("text", "wrong"), [
    ("QQQ opened with a gap above Thursday's close.", False),
    ("QQQ opened with a gap below Thursday's close.", True),
    ("QQQ opened with a gap below the previous close.", True),
    ("On Thursday QQQ opened with a gap below Wednesday's close.", False),  # not the previous session's
    ("It opened at $618.09, already above Thursday's $614.72.", False),
    ("It opened at $618.09, already below Thursday's $614.72.", True),
    ("Its high, $631.45, was above Thursday's close of $614.72.", False),
    ("Its high, $631.45, was below Thursday's close of $614.72.", True),
])
def test_a_gap_or_a_price_beside_the_previous_close(qqq: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(qqq, text)) == wrong


@pytest.mark.parametrize(("text", "span"), [
    ("QQQ is now below its 50-day average.", "now below its 50-day"),
    ("QQQ is already above its 20-day.", "already above its 20-day"),
    ("QQQ is below its 50-day average.", "below its 50-day"),
    ("QQQ is still above its 50-day average.", None),
])
def test_a_state_word_is_part_of_an_average_side(text: str, span: str | None) -> None:
    ctx = _ctx("user-vwords5-state-QQQ-2026-11-17")
    assert [f.span for f in check_text(text, ctx) if f.code == "pattern-mismatch"] == ([span] if span else [])
