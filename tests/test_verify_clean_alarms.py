"""False alarms on clean texts, by class of phrasing (issue 14, vfp): the right figure raises no
error, and the same frame with a wrong figure is still caught as that figure's fact."""

from __future__ import annotations

from datetime import date

import pytest
from market_factories import snapshot_for
from verify_text_helpers import errors as found
from verify_text_helpers import synthetic_iwm_context

from pipeline.scoring import score_snapshot
from pipeline.verify import VerifyContext
from pipeline.verify.claims import extract_claims
from pipeline.verify.dates import _weekday_of_date, weekday_beside_date
from pipeline.verify.numbers import find_dates


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return synthetic_iwm_context()


def _periods(ctx: VerifyContext) -> tuple[float, float, float]:
    r = ctx.snapshot.returns
    assert r.change_5d_pct is not None and r.change_1m_pct is not None and r.change_ytd_pct is not None
    return round(r.change_5d_pct, 2), round(r.change_1m_pct, 2), round(r.change_ytd_pct, 2)


@pytest.mark.parametrize("line", [
    "\U0001f4c9 Week {w:+.2f}% \u00b7 Month {m:+.2f}% \u00b7 YTD {y:+.2f}%",
    "Returns: 5D {w:+.2f}% | 1M {m:+.2f}% | YTD {y:+.2f}%",
    "IWM \u25b8 week {w:+.2f}% \u25b8 month {m:+.2f}% \u25b8 ytd {y:+.2f}%",
    "\u2022 WEEK: {w:+.2f}% \u2022 MONTH: {m:+.2f}% \u2022 YTD: {y:+.2f}%",
])
def test_a_cell_label_gives_its_own_figure_its_period(ctx, line):
    week, month, ytd = _periods(ctx)
    assert found(ctx, line.format(w=week, m=month, y=ytd)) == []
    wrong = f"{month + 1.7:+.2f}%"
    assert found(ctx, line.format(w=week, m=month + 1.7, y=ytd)) == [("value-mismatch", wrong)]
    wrong = f"{week - 1.3:+.2f}%"
    assert found(ctx, line.format(w=week - 1.3, m=month, y=ytd)) == [("value-mismatch", wrong)]


def test_the_next_cells_label_is_not_the_figures(ctx):
    claims = extract_claims("Week -1.10% \u00b7 Month -1.65% \u00b7 YTD +0.42%", "body", ctx.lexicon, [])
    assert [c.period for c in claims] == ["5d", "1m", "ytd"]


def test_a_count_of_sessions_opening_a_cell_is_its_figures_window(ctx):
    claims = extract_claims("Returns: 1M -0.72% | 10 sessions +0.17%.", "body", ctx.lexicon, [])
    count, move = claims[-2], claims[-1]
    assert count.names == "lookback_sessions" and count.window == 10
    assert move.period == "window" and move.window == 10
    in_prose = extract_claims("It sat out 10 sessions, +0.17% all told.", "body", ctx.lexicon, [])
    assert in_prose[0].names is None  # no cell: a bare count in prose is no window's label


@pytest.mark.parametrize("sentence", [
    "The charity raffle tops out at $15,000 this spring.",
    "He is risking $1,200 on 200 shares.",
    "The new boiler was quoted at $9,300, so the board waits.",
])
def test_a_round_sum_above_every_fund_is_another_things_size(ctx, sentence):
    assert found(ctx, sentence) == []


def test_the_funds_own_close_as_a_round_sum_is_still_caught(ctx):
    shifted = f"${ctx.snapshot.close * 10:,.0f}"
    assert [code for code, _ in found(ctx, f"IWM closed at {shifted} on Friday.")] == ["scale-mismatch"]


def test_a_macd_below_its_signal_is_no_sign(ctx):
    m = ctx.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None
    side = "below" if m.macd < m.macd_signal else "above"
    macd, signal = f"{abs(m.macd):.2f}", f"{m.macd_signal:.2f}"
    claims = extract_claims(f"MACD {macd} {side} a {signal} signal.", "body", ctx.lexicon, [])
    assert claims[0].relation is None
    if m.macd > 0:
        assert found(ctx, f"The MACD sits at {macd}, {side} its {signal} signal.") == []
    wrong = f"{abs(m.macd) + 0.9:.2f}"
    assert ("value-mismatch", wrong) in found(ctx, f"The MACD sits at {wrong}, {side} its {signal} signal.")


def test_a_figure_after_a_possessive_takes_no_direction_from_the_verb_before_it(ctx):
    claims = extract_claims("DIA's 0.60% trailed SPY's 1.10% by half a point.", "body", ctx.lexicon, [])
    assert [c.direction for c in claims[:2]] == [0, 0]
    claims = extract_claims("IWM rose, beating SPY's decline of 1.10%.", "body", ctx.lexicon, [])
    assert claims[0].direction == -1  # the possessive's own words still give it


@pytest.fixture(scope="module")
def runs_ctx() -> VerifyContext:
    """A fund six lower closes into a slide and five sessions behind its benchmark."""
    snapshot = snapshot_for("IWM", seed=3)
    assert snapshot.tape is not None and snapshot.relative is not None
    tape = snapshot.tape.model_copy(update={"streak_direction": "down", "streak_sessions": 6,
                                            "streak_change_pct": -5.8})
    relative = snapshot.relative.model_copy(update={"streak_direction": "underperform", "streak_sessions": 5})
    snapshot = snapshot.model_copy(update={"tape": tape, "relative": relative})
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []))


@pytest.mark.parametrize("run", [
    "its {n} straight lower close", "the {n} session in a row in the red", "a {n} consecutive day of losses",
    "the {n} day running that it fell", "ITS {N} STRAIGHT LOWER CLOSE",
])
def test_a_run_whose_words_give_its_way_counts_the_funds_closes(runs_ctx, run):
    """The comparison in another clause does not make the run the one behind the benchmark."""
    def sentence(word: str) -> str:
        return f"IWM ended lower again, {run.format(n=word, N=word.upper())}, and it trailed SPY once more."
    assert found(runs_ctx, sentence("sixth")) == []
    wrong = found(runs_ctx, sentence("fifth"))
    assert [code for code, _ in wrong] == ["value-mismatch"], wrong


def test_the_run_behind_the_benchmark_is_still_that_run(runs_ctx):
    behind = "IWM trailed SPY for the fifth session in a row, while its closes kept falling."
    assert found(runs_ctx, behind) == []
    wrong = found(runs_ctx, "IWM trailed SPY for the sixth session in a row.")
    assert [c for c, _ in wrong] == ["value-mismatch"]
    assert [c for c, _ in found(runs_ctx, "It was its sixth straight higher close, though it lagged SPY.")] \
        == ["direction-mismatch"]


@pytest.mark.parametrize("text", [
    "IWM has fallen six sessions running ({t:.2f}% across the six).",
    "Those were six sessions that together took {a:.2f}% off the fund.",
])
def test_a_run_total_told_by_its_count_is_the_runs(runs_ctx, text):
    assert found(runs_ctx, text.format(t=-5.8, a=5.8)) == []
    wrong = found(runs_ctx, text.format(t=-4.1, a=4.1))
    assert [code for code, _ in wrong] == ["value-mismatch"], wrong


def test_a_move_from_a_dated_low_named_before_it_is_the_distance_from_that_low(ctx):
    e = ctx.snapshot.extremes
    assert e.low_52w_date is not None and e.pct_from_52w_low is not None
    day = e.low_52w_date
    text = f"From its {day:%B} {day.day} low of ${e.low_52w:.2f} the fund has climbed {{pct:.2f}}%."
    assert found(ctx, text.format(pct=e.pct_from_52w_low)) == []
    assert [c for c, _ in found(ctx, text.format(pct=e.pct_from_52w_low + 3))] == ["value-mismatch"]


def test_a_macd_beside_a_signal_with_an_article_is_held_to_its_side(ctx):
    m = ctx.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None and abs(m.macd - m.macd_signal) > 0.05
    right, wrong = ("above", "below") if m.macd > m.macd_signal else ("below", "above")
    assert found(ctx, f"MACD {m.macd:.2f} {right} a {m.macd_signal:.2f} signal.") == []
    assert [c for c, _ in found(ctx, f"MACD {m.macd:.2f} {wrong} a {m.macd_signal:.2f} signal.")] \
        == ["indicator-mismatch"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Thursday the 12th was the top.", False),  # Nov 12, 2026 is a Thursday
    ("Tuesday the 12th was the top.", True),  # a Tuesday in none of Oct, Nov, Dec
    ("Monday the 12th of October was quiet.", False),
    ("The Fed meets on Wednesday the 9th.", False),  # Dec 9: the month after the session's
    ("Wednesday 3 June 2569 (Buddhist era)", False),  # 2569 B.E. is 2026: Jun 3, 2026 is a Wednesday
    ("Thursday 3 June 2569 (Buddhist era)", True),
])
def test_a_weekday_with_a_day_of_the_month_or_a_buddhist_era_year(text, wrong):
    """Read in a note on Tuesday, Nov 17, 2026: a weekday with the day of the month alone is that day in
    the session's month or a month beside it; a year from 2400 on is a Buddhist-era year."""
    session = date(2026, 11, 17)
    found_here = weekday_beside_date(text, "body", session) + \
        [f for d in find_dates(text, session) for f in _weekday_of_date(d, "body")]
    assert bool(found_here) == wrong, found_here
