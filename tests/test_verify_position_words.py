"""Positions denied with a verb, the close against a past record printed with its price, a denied close
against a round number, slope words in new frames and hard-wrapped quotes (issue 14, vwords3 stop 44).
DIA on Friday, Nov 20 2026: close 471.60, above its 50-day (467.61) and 200-day (454.80), under its
Jan 12 record of 493.91 and the $480 round number; the 50-day +0.75% and the 200-day -0.32% over 20
sessions."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.verify import VerifyContext, check_text
from pipeline.verify.document import parse_document


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    case = next(c for c in tv.CASES if c["id"] == "user-denials-DIA-2026-11-20")
    return tv.verify_ctx(case)


def spans(ctx: VerifyContext, text: str, code: str = "pattern-mismatch") -> list[str | None]:
    return [f.span for f in check_text(text, ctx) if f.code == code]


@pytest.mark.parametrize(("text", "span"), [
    ("DIA no longer sits above its 50-day average ($467.61).", "no longer sits above its 50-day"),
    ("The fund did not stay above its 50-day.", "did not stay above its 50-day"),
    ("DIA no longer trades above its 200-day.", "no longer trades above its 200-day"),
])
def test_a_denied_position_with_its_verb_is_the_other_side(ctx: VerifyContext, text: str, span: str) -> None:
    assert spans(ctx, text) == [span]


@pytest.mark.parametrize("text", [
    "DIA no longer sits below its 50-day average ($467.61).",
    "DIA did not slip under the 50-day ($467.61).",
    "The fund did not fall below its 200-day.",
])
def test_a_true_denied_position_is_no_finding(ctx: VerifyContext, text: str) -> None:
    assert not spans(ctx, text), text


def test_the_price_named_after_the_averages_of_a_sheet_line(ctx: VerifyContext) -> None:
    assert spans(ctx, "20d 469.16 / 50d 467.61 / 200d 454.80, px below the 50d") == ["below the 50d"]
    assert not spans(ctx, "20d 469.16 / 50d 467.61 / 200d 454.80, px above the 50d")
    assert not spans(ctx, "The 50d is above the 200d.")  # the averages, not the price


def test_the_close_against_a_past_record_printed_with_its_price(ctx: VerifyContext) -> None:
    assert not spans(ctx, "Still below its Jan 12 record of $493.91.")
    assert not spans(ctx, "DIA sits under the January 12 top ($493.91).")
    assert spans(ctx, "DIA is above its Jan 12 record of $493.91.") == ["above its Jan 12 record"]
    assert spans(ctx, "No longer below its Jan 12 record of $493.91.") == [
        "No longer below its Jan 12 record"]
    assert not spans(ctx, "DIA sits below the top ($493.91).")  # a top with no date may be a range's


def test_a_denied_close_against_a_round_number(ctx: VerifyContext) -> None:
    assert not spans(ctx, "It did not close above the $480 round number.", "direction-mismatch")
    assert spans(ctx, "It did not close below the $480 round number.", "direction-mismatch") == [
        "did not close below"]
    assert spans(ctx, "It did not close below the $480 round number, and it did not slip under its 50-day.",
                 "direction-mismatch") == ["did not close below"]
    assert not spans(ctx, "If it did not close below the $480 round number, we would buy.",
                     "direction-mismatch")


@pytest.mark.parametrize(("text", "wrong"), [
    ("The 50-day ($467.61) is 0.85% below the price and still rising.", False),
    ("The 50-day ($467.61) is 0.85% below the price and now falling.", True),
    ("The 50-day crossed above the 200-day on Oct 2, 35 sessions ago, and is still rising.", False),
    ("The 50-day crossed above the 200-day on Oct 2, 35 sessions ago, and is now falling.", True),
    ("50d slope +0.75%, 200d slope -0.32% (flat to down)", False),
    ("50d slope +0.75%, 200d slope -0.32% (rising fast)", True),
    ("The 200-day is sloping gently down.", False),
    ("The 200-day is sloping sharply up.", True),
])
def test_slope_words_in_new_frames(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text)) == wrong, text


def test_a_blockquote_wrapped_on_a_word_that_cannot_end_a_line_is_one_sentence() -> None:
    doc = parse_document("Lobby screen\n\n> The fund closed at $471.60 and no longer sits under its\n"
                         "> 50-day average of $467.61. It traded between\n> $467.35 and $471.86.\n")
    texts = [p.text for p in doc.paragraphs]
    assert any("no longer sits under its 50-day average of $467.61. It traded between $467.35" in t
               for t in texts), texts


def wrong_sides(text: str, close: float) -> list[str]:
    """The prices a sentence places on the wrong side of `close`."""
    from pipeline.verify.levels import level_side, prose_levels

    return [f.span or "" for claim in prose_levels(text, "body", []) for f in level_side(claim, close)]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Next stop up is $629.76, then $632.37.", []),
    ("Next stop up is $610.21, then $632.37.", ["$610.21"]),
    ("Above us sits $632.37; below, $629.76 and then the $620 round number.", ["$629.76"]),
    ("Next levels: $632.37 above, $620 below.", []),
    ("Next levels: $614.02 above, $620 below.", ["$614.02 above"]),
    ("Nearest levels: $620 just under the price, then $610 and $632.37 overhead.", ["$610"]),
    ("Support we are watching: $620, then $629.76.", ["$629.76"]),
    ("Overhead the 50-day at $614.02, then $632.37.", ["$614.02"]),
    ("Bulls want a recovery above $614.02, the first marked level overhead.", ["$614.02"]),
    ("If QQQ drops below $629.76, its next marked level, we wait.", ["$629.76"]),
    ("The 50-day is the first support, with $629.76 beneath it.", ["$629.76"]),
    ("The floor is $620, and under that the $610.21 low.", []),
    ("$629.76 and $610.21 are the supports desks mention.", ["$629.76"]),
])
def test_levels_placed_on_a_side_of_the_close(text: str, wrong: list[str]) -> None:
    assert wrong_sides(text, 626.40) == wrong, text


@pytest.mark.parametrize("text", [
    "Below the 200-day at $630.93 the trend is weak.",  # the close below the average, not a level
    "The high of the day was $631.45, above the record of $629.76.",
    "Resistance is $632.37, with $629.76 beneath it.",  # beneath a resistance: no side of the close told
])
def test_words_that_place_no_level(text: str) -> None:
    assert wrong_sides(text, 626.40) == [], text


def test_the_market_s_fear_goes_the_vix_s_way(ctx: VerifyContext) -> None:
    vix = next(m for m in ctx.snapshot.related if m.symbol == "^VIX")
    up, down = ("picked up", "eased") if vix.change_1d_pct > 0 else ("eased", "picked up")
    assert not spans(ctx, f"Market stress {up}: the VIX closed at {vix.close:.2f}.", "direction-mismatch")
    assert spans(ctx, f"Market stress {down}: the VIX closed at {vix.close:.2f}.", "direction-mismatch") == [
        f"Market stress {down}"]
    assert not spans(ctx, "Market stress eased after the vote.", "direction-mismatch")  # no VIX named


def test_the_close_s_half_in_shorthand_and_near_a_half(ctx: VerifyContext) -> None:
    assert not spans(ctx, "box 464.29-474.50. close sits in upper half.", "direction-mismatch")
    assert spans(ctx, "box 464.29-474.50. close sits in lower half.", "direction-mismatch") == [
        "in lower half"]
    assert spans(ctx, "Its bands run $463.75 to $474.57, so it's near the bottom half.",
                 "direction-mismatch") == ["near the bottom half"]
    assert not spans(ctx, "Its bands run $463.75 to $474.57, so it's near the top half.",
                     "direction-mismatch")


@pytest.mark.parametrize(("text", "wrong"), [
    ("SPY did best of all, up 1.10%.", True),  # DIA +0.60%, SPY +1.10%, QQQ +1.90%, IWM +0.30%: QQQ best
    ("QQQ did best of all, up 1.90%.", False),
    ("IWM fared worst of the four.", False),
    ("QQQ was the day's biggest winner.", False),
    ("IWM did best of all.", True),
    ("QQQ held up worst.", True),
    ("IWM was the day's biggest winner.", True),
    ("QQQ was the day's biggest loser.", True),
    ("IWM did best of all over the month.", False),  # another time frame
])
def test_a_place_in_the_group_said_with_a_verb_or_a_noun(ctx: VerifyContext, text: str, wrong: bool) -> None:
    assert bool(spans(ctx, text, "direction-mismatch")) == wrong, text
