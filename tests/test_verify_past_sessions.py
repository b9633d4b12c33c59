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
