"""Past sessions and past extremes in prose: the day the words name, not the session's (issue 14, vpast).

Each test dates a figure or a date to an earlier day the way a desk writes it and plants one error
beside it; the verifier must read the day the words mean.
"""

from __future__ import annotations

from datetime import date

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


def _context(**extremes: object) -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    moved = snapshot.model_copy(update={"extremes": snapshot.extremes.model_copy(update=extremes)})
    return VerifyContext.build(moved, score_snapshot(moved, []), instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.mark.parametrize("day", [date(2026, 2, 3), date(2026, 4, 14), date(2025, 12, 1)])
def test_a_yearless_date_of_an_extreme_is_on_or_before_the_session(day):
    """A session in November: February and April are more than half a year back (DATE reads such a
    yearless date in the next year), December 1 is later in the year than the session. The extreme's
    day is the one that has passed."""
    ctx = _context(low_52w_date=day)
    assert ctx.snapshot.session == date(2026, 11, 20)
    said = f"{day:%A}, {day:%B} {day.day}"
    assert errors(ctx, f"The weakest close of the past year came on {said}.") == []
    assert errors(ctx, f"Its 52-week low was set on {day:%B} {day.day}, and it has not been back.") == []
    wrong = f"{'Friday' if day.weekday() != 4 else 'Monday'}, {day:%B} {day.day}"
    found = errors(ctx, f"The weakest close of the past year came on {wrong}.")
    assert found == [("weekday-mismatch", wrong)]


def test_a_yearless_later_date_that_names_no_extreme_keeps_its_year():
    """An event after the session stays in the year ahead, even beside an extreme's words, when the
    words look forward ("could be tested by")."""
    ctx = _context(low_52w_date=date(2026, 4, 14))
    assert errors(ctx, "The Fed meets on Wednesday, December 9.") == []
    assert errors(ctx, "The low could be tested again by Wednesday, December 9.") == []


def _bar(ctx: VerifyContext, day: date) -> tuple[float, float, float]:
    s = ctx.snapshot
    n = s.recent_sessions.index(day)
    return s.recent_closes[n], s.recent_highs[n], s.recent_lows[n]


def test_a_day_told_from_its_open_goes_through_its_high_and_low():
    """After the day's open, a price a rise or a fall went to is a turn of the day (its high or low),
    not its close; a past day named holds it to that day's bar."""
    ctx = _context()
    s = ctx.snapshot
    text = (f"IWM opened at ${s.open:.2f}, sank to ${s.low:.2f}, then ran to ${s.high:.2f} before it "
            f"settled at ${s.close:.2f}.")
    assert errors(ctx, text) == []
    wrong_high = f"${s.high + 0.9:.2f}"
    assert errors(ctx, text.replace(f"${s.high:.2f}", wrong_high)) == [("value-mismatch", wrong_high)]
    wednesday = date(2026, 11, 18)
    _, high, low = _bar(ctx, wednesday)
    past = f"On Wednesday it opened flat, fell to ${low:.2f} and then rallied to ${high:.2f}."
    assert errors(ctx, past) == []
    wrong_low = f"${low - 0.7:.2f}"
    assert errors(ctx, past.replace(f"${low:.2f}", wrong_low)) == [("value-mismatch", wrong_low)]


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    """'Thursday the 12th' a week before a Friday session is Nov 12, not the Thursday just gone."""
    ctx = _context()
    close_12, _, _ = _bar(ctx, date(2026, 11, 12))
    close_19, _, _ = _bar(ctx, date(2026, 11, 19))
    assert round(close_12, 2) != round(close_19, 2)
    assert errors(ctx, f"The fund closed at ${close_12:.2f} on Thursday the 12th.") == []
    assert errors(ctx, f"The fund closed at ${close_19:.2f} on Thursday the 12th.") == [
        ("value-mismatch", f"${close_19:.2f}")]


def test_an_extreme_figure_then_its_date_and_the_extreme_close_are_the_extremes():
    """'its 52-week low close, $X from April 14': the figure between the extreme and 'from' does not cut
    the date off it, and the figure is the extreme's close, not the session's."""
    ctx = _context(low_52w_date=date(2026, 4, 14))
    low = f"${ctx.snapshot.extremes.low_52w:.2f}"
    text = f"The fund trades well above its 52-week low close, {low} from April 14."
    assert errors(ctx, text) == []
    assert errors(ctx, text.replace("April 14", "April 7")) == [("date-untraced", "April 7")]
    wrong = f"${ctx.snapshot.extremes.low_52w + 3:.2f}"
    assert errors(ctx, text.replace(low, wrong)) == [("value-mismatch", wrong)]


def test_a_weekday_told_of_the_date_before_it_is_that_dates():
    ctx = _context()
    assert errors(ctx, "The minutes come out on December 9, which is a Wednesday.") == []
    assert errors(ctx, "The minutes come out on December 9, which is a Thursday.") == [
        ("weekday-mismatch", "Thursday")]


def test_the_next_day_and_the_previous_friday_are_past_sessions():
    ctx = _context()
    thu, fri = _bar(ctx, date(2026, 11, 12))[0], _bar(ctx, date(2026, 11, 13))[0]
    text = f"It closed at ${thu:.2f} on Thursday, November 12, and at ${fri:.2f} the next day."
    assert errors(ctx, text) == []
    wrong = f"${fri + 1.5:.2f}"
    assert errors(ctx, text.replace(f"${fri:.2f}", wrong)) == [("value-mismatch", wrong)]
    previous = f"The previous Friday it had ended at ${fri:.2f}."
    assert errors(ctx, previous) == []
    assert errors(ctx, previous.replace(f"${fri:.2f}", f"${fri - 1.1:.2f}")) == [
        ("value-mismatch", f"${fri - 1.1:.2f}")]


def test_a_day_by_day_list_runs_forward():
    """'Wednesday the 11th, $X; Thursday, $Y': the list's Thursday is the 12th, not the latest one."""
    ctx = _context()
    wed, thu = _bar(ctx, date(2026, 11, 11))[0], _bar(ctx, date(2026, 11, 12))[0]
    text = f"Closes: Wednesday the 11th, ${wed:.2f}; Thursday, ${thu:.2f}."
    assert errors(ctx, text) == []
    wrong = f"${thu + 2.2:.2f}"
    assert errors(ctx, text.replace(f"${thu:.2f}", wrong)) == [("value-mismatch", wrong)]


def test_a_dated_price_with_no_measure_word_is_that_days_close():
    """'$X on Monday, $Y on Tuesday' and 'Tue 17 Nov $Y': a day-by-day account prints closes; a price
    that is no figure of the day's bar is held to its close (it was untraced or not checked)."""
    ctx = _context()
    mon, tue = _bar(ctx, date(2026, 11, 16))[0], _bar(ctx, date(2026, 11, 17))[0]
    for text in (f"The fund drifted: ${mon:.2f} on Monday and ${tue:.2f} on Tuesday.",
                 f"Earlier prints: Mon 16 Nov ${mon:.2f}; Tue 17 Nov ${tue:.2f}."):
        assert errors(ctx, text) == []
        wrong = f"${tue + 1.3:.2f}"
        assert errors(ctx, text.replace(f"${tue:.2f}", wrong)) == [("value-mismatch", wrong)]


def test_a_dated_trade_price_is_no_close():
    """A price a trade or an order was made at on a past day is not that day's close."""
    ctx = _context()
    _, high, low = _bar(ctx, date(2026, 11, 17))
    inside = round((high + low) / 2, 2)
    assert errors(ctx, f"I bought 100 shares at ${inside:.2f} on Tuesday.") == []


def test_the_weekday_before_is_the_one_before_the_day_named():
    """'the Friday before' on a Friday is the Friday a week back; 'the Wednesday before that' after
    'last Friday' is the Wednesday before that Friday."""
    ctx = _context()
    assert ctx.snapshot.session == date(2026, 11, 20)
    fri13, wed11 = _bar(ctx, date(2026, 11, 13))[0], _bar(ctx, date(2026, 11, 11))[0]
    text = f"It had closed at ${fri13:.2f} the Friday before."
    assert errors(ctx, text) == []
    assert errors(ctx, text.replace(f"${fri13:.2f}", f"${fri13 + 0.8:.2f}")) == [
        ("value-mismatch", f"${fri13 + 0.8:.2f}")]
    chain = f"Last Friday it ended at ${fri13:.2f}, and the Wednesday before that at ${wed11:.2f}."
    assert errors(ctx, chain) == []
    assert errors(ctx, chain.replace(f"${wed11:.2f}", f"${wed11 - 1.2:.2f}")) == [
        ("value-mismatch", f"${wed11 - 1.2:.2f}")]


def test_a_past_open_is_unverifiable_never_the_sessions_open():
    """No past session's open is stored: "on Wednesday it opened at $X" is info, not held to today's."""
    ctx = _context()
    s = ctx.snapshot
    made_up = f"${s.open + 1.37:.2f}"
    for text in (f"On Wednesday it opened at {made_up}.", f"Wednesday's open was {made_up}."):
        found = [(f.code, f.severity) for f in check_text(text, ctx) if f.span == made_up]
        assert found == [("figure-unverifiable", Severity.INFO)], text


def test_the_day_told_from_its_start_and_its_turns_in_other_words():
    """The price a day 'set out' from is its open ('came out of the gate at'); 'the session's top tick'
    and 'the day's trough' are its high and low."""
    ctx = _context()
    s = ctx.snapshot
    start = f"IWM came out of the starting gate at ${s.open:.2f} and finished at ${s.close:.2f}."
    assert errors(ctx, start) == []
    wrong = f"${s.open + 0.9:.2f}"
    assert errors(ctx, start.replace(f"${s.open:.2f}", wrong)) == [("value-mismatch", wrong)]
    turns = f"The session's top tick was ${s.high:.2f} and the day's trough ${s.low:.2f}."
    assert errors(ctx, turns) == []
    for right, moved in ((s.high, s.high + 1.1), (s.low, s.low - 1.3)):
        wrong = f"${moved:.2f}"
        assert errors(ctx, turns.replace(f"${right:.2f}", wrong)) == [("value-mismatch", wrong)]


def test_the_weekday_after_a_named_day_is_that_weeks():
    """'closed at $X on Thursday, November 12, ... fell to $Y on the Friday': the Friday after it."""
    ctx = _context()
    thu, fri = _bar(ctx, date(2026, 11, 12))[0], _bar(ctx, date(2026, 11, 13))[0]
    text = f"It closed at ${thu:.2f} on Thursday, November 12, and fell to ${fri:.2f} on the Friday."
    assert errors(ctx, text) == []
    wrong = f"${fri - 0.9:.2f}"
    assert errors(ctx, text.replace(f"${fri:.2f}", wrong)) == [("value-mismatch", wrong)]


def test_yesterdays_price_and_the_day_before_are_the_previous_close():
    ctx = _context()
    s = ctx.snapshot
    for text in (f"It closed at ${s.close:.2f}, against yesterday's ${s.prev_close:.2f}.",
                 f"It closed at ${s.close:.2f}, from ${s.prev_close:.2f} the day before."):
        assert errors(ctx, text) == []
        wrong = f"${s.prev_close + 1.9:.2f}"
        assert errors(ctx, text.replace(f"${s.prev_close:.2f}", wrong)) == [("value-mismatch", wrong)]


def test_figures_followed_by_their_weekdays_run_forward_from_a_dated_start():
    """'$X on Thursday the 12th, then $Y Friday, $Z Monday' (issue 14, vpast round 3): a weekday right
    after its figure, with or without 'on', dates that figure, and a list that starts on a dated day runs
    forward from it (Friday is the 13th, not the Friday session); under 'last week' too, the list's
    Monday is the one after its Friday the 13th."""
    ctx = _context()
    days = [date(2026, 11, d) for d in (12, 13, 16, 17)]
    thu, fri, mon, tue = (f"${_bar(ctx, d)[0]:.2f}" for d in days)
    text = (f"Closes: {thu} on Thursday the 12th, the top of the range, then {fri} Friday, {mon} Monday, "
            f"{tue} Tuesday.")
    assert errors(ctx, text) == []
    for good in (fri, mon, tue):
        wrong = f"${float(good[1:]) + 1.3:.2f}"
        assert errors(ctx, text.replace(good, wrong)) == [("value-mismatch", wrong)]
    week = f"Last week was choppy: it ended at {fri} on Friday the 13th, {mon} on Monday and {tue} on Tuesday"
    assert errors(ctx, week) == []
    wrong = f"${float(mon[1:]) - 0.9:.2f}"
    assert errors(ctx, week.replace(mon, wrong)) == [("value-mismatch", wrong)]


def test_a_price_on_a_full_date_before_the_next_items_at_is_its_own():
    """'closed at $X on Monday, November 16, at $Y on Tuesday': the date after 'on' dates the price before
    it, not the next item's."""
    ctx = _context()
    mon, tue = (f"${_bar(ctx, date(2026, 11, d))[0]:.2f}" for d in (16, 17))
    text = f"The tape: closed at {mon} on Monday, November 16, at {tue} on Tuesday, and lower since."
    assert errors(ctx, text) == []
    wrong = f"${float(mon[1:]) + 2.0:.2f}"
    assert errors(ctx, text.replace(mon, wrong)) == [("value-mismatch", wrong)]
    s = ctx.snapshot  # a possessive day labels the price after it, not the move before it
    move = f"{abs(s.returns.change_1d_pct):.2f}%"
    side = "up" if s.returns.change_1d_pct > 0 else "down"
    assert errors(ctx, f"It closed at ${s.close:.2f}, {side} {move} on Thursday's ${s.prev_close:.2f}.") == []


def test_the_price_a_move_is_told_from_is_the_previous_close():
    """'up $0.73 from $X yesterday' and 'rose to $Y from $X': the price the session's move started from is
    the previous close; a price a longer move started from ('fell from $X to $Y over 20 sessions') is not."""
    ctx = _context()
    s = ctx.snapshot
    prev = f"${s.prev_close:.2f}"
    wrong = f"${s.prev_close + 1.11:.2f}"
    for text in (f"IWM closed at ${s.close:.2f}, up or down on the day, from {prev} yesterday.",
                 f"IWM moved to ${s.close:.2f} from {prev}.",
                 f"The fund ended at ${s.close:.2f}, {'up' if s.close > s.prev_close else 'down'} "
                 f"${abs(s.close - s.prev_close):.2f} from {prev}."):
        assert errors(ctx, text) == [], text
        assert errors(ctx, text.replace(prev, wrong)) == [("value-mismatch", wrong)], text
    assert errors(ctx, f"Over 20 sessions the fund went from {wrong} to ${s.close:.2f}.") == []


def test_a_close_against_a_threshold_on_a_day_is_no_claim_of_that_close():
    """'If it closes above $X on Wednesday' is a scenario's level (the past Wednesday's close is not
    checked against it); 'it closed above $X on Wednesday' tells the side of $X that day's close was on."""
    ctx = _context()
    wed = _bar(ctx, date(2026, 11, 18))[0]
    level = f"${wed + 3.17:.2f}"
    for text in (f"If IWM closes above {level} on Wednesday, the bounce is real.",
                 f"A close above {level} on Wednesday would clear the range."):
        assert ("value-mismatch", level) not in errors(ctx, text), text
    under = f"${wed - 0.4:.2f}"
    told = f"IWM closed above {under} on Wednesday."
    assert errors(ctx, told) == []
    assert errors(ctx, told.replace("above", "below")) == [("direction-mismatch", under)]
