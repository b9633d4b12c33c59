"""False alarms on outside prose, by class of phrasing (issue 14, stop 39's vfa): the right words raise
no error, and the same frame holding a wrong market figure or side is still caught."""

from __future__ import annotations

import pytest
from verify_text_helpers import errors as found
from verify_text_helpers import synthetic_iwm_context

from pipeline.verify import VerifyContext


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return synthetic_iwm_context()


def _volume(ctx: VerifyContext) -> tuple[str, str, str]:
    v = ctx.snapshot.volume
    assert v.volume is not None and v.avg_volume_20 is not None
    side = "above" if v.volume > v.avg_volume_20 else "below"
    return f"{v.volume / 1e6:.1f} million", f"{v.avg_volume_20 / 1e6:.1f} million", side


@pytest.mark.parametrize("line", [
    "Turnover, at {vol} shares, sat {side} its 20-day average of {avg} shares.",
    "Volume {vol} shares, a little {side} the 20-day mean of {avg}.",
    "Shares traded: {vol}, comfortably {side} the 20-day average.",
])
def test_the_volume_against_its_own_average_is_not_the_price_against_its_moving_average(ctx, line):
    vol, avg, side = _volume(ctx)
    assert found(ctx, line.format(vol=vol, avg=avg, side=side)) == []


def test_the_price_against_its_20_day_is_still_read_beside_a_volume_figure(ctx):
    s = ctx.snapshot
    assert s.trend.sma_20 is not None
    wrong = "below" if s.close > s.trend.sma_20 else "above"
    vol, _, _ = _volume(ctx)
    assert found(ctx, f"On {vol} shares IWM closed {wrong} its 20-day average.") \
        == [("pattern-mismatch", f"{wrong} its 20-day")]
    assert found(ctx, f"Volume was {vol} shares and IWM finished {wrong} the 20-day average.") \
        == [("pattern-mismatch", f"{wrong} the 20-day")]


def test_the_volume_on_the_wrong_side_of_its_own_average_is_a_direction_mismatch(ctx):
    vol, avg, side = _volume(ctx)
    wrong = "below" if side == "above" else "above"
    assert found(ctx, f"Turnover, at {vol} shares, sat {wrong} its 20-day average of {avg} shares.") \
        == [("direction-mismatch", wrong)]


@pytest.mark.parametrize("line", [
    "Train {n} was late again.",
    "We sang hymn number {n} after the notices.",
    "The night nurse covers Ward {n}C.",
    "From the desk of Column No. {n}: small caps again.",
    "Ticket OPS-{n}7 is still open.",
])
def test_a_number_that_names_a_thing_is_no_price_even_on_the_price_scale(ctx, line):
    on_scale = round(ctx.snapshot.close * 1.1)  # a whole number near the fund's price
    assert found(ctx, line.format(n=on_scale)) == []
    assert found(ctx, line.format(n=on_scale) + f" IWM closed at ${ctx.snapshot.close + 5:.2f}.") \
        == [("value-mismatch", f"${ctx.snapshot.close + 5:.2f}")]


def test_a_word_reported_and_refuted_is_no_claim_but_the_same_word_stated_is(ctx):
    rsi = ctx.snapshot.momentum.rsi_14
    assert rsi is not None and 30 < rsi < 70
    assert found(ctx, f'One reader called the RSI of {rsi:.1f} "overbought", which it is not.') == []
    assert found(ctx, f"With the RSI at {rsi:.1f}, nobody's overbought.") == []
    assert found(ctx, f"With the RSI at {rsi:.1f}, IWM is overbought.") \
        == [("indicator-mismatch", "overbought")]


def test_nowhere_near_denies_a_new_high_and_the_denial_is_held_to_the_data(ctx):
    s = ctx.snapshot
    assert s.extremes.new_52w_high  # the synthetic fund closes at a new high: the denial is wrong
    assert found(ctx, "IWM set a new high.") == []
    assert found(ctx, "IWM is nowhere near a new high.") == [("pattern-mismatch", "nowhere near a new high")]


def test_a_size_word_others_are_said_to_use_or_told_apart_is_not_the_days(ctx):
    move = ctx.snapshot.returns.change_1d_pct
    assert move is not None and abs(move) < 1.5
    assert found(ctx, f"Ignore the people who call a {abs(move):.2f}% day a crash.") == []
    assert found(ctx, "A good analyst can tell an ordinary day from a crash.") == []
    assert found(ctx, f"IWM's {abs(move):.2f}% day was a crash.") == [("magnitude-mismatch", "a crash")]


@pytest.mark.parametrize("line", [
    "Newsletter 4 \u00b7 {later:%A, %B %-d, %Y} \u00b7 2 pages. IWM closed at ${close:.2f}.",
    "Room booking: {later:%A, %B %-d, %Y} (bring the close of IWM, ${close:.2f}).",
    "Book club: {later:%A, %B %-d}, 7 p.m. IWM closed at ${close:.2f}.",
])
def test_a_later_date_of_the_writers_own_in_its_own_clause_is_not_the_markets(ctx, line):
    from datetime import timedelta

    later = ctx.snapshot.session + timedelta(days=23)
    assert found(ctx, line.format(later=later, close=ctx.snapshot.close)) == []


def test_a_later_date_beside_a_market_event_is_still_checked(ctx):
    from datetime import timedelta

    later = ctx.snapshot.session + timedelta(days=23)
    assert ("date-untraced", f"{later:%B} {later.day}") in found(
        ctx, f"Newsletter 4 \u00b7 2 pages. The Fed decides on {later:%B} {later.day}.")
