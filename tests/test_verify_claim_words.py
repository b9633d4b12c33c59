"""Direction, pattern, negation and trend words of free text checked against the data (vdir, issue 14):
each class in the words a desk uses, with the claim true and then false."""

from __future__ import annotations

import pytest
from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


def context(snapshot: Snapshot) -> VerifyContext:
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), sources=[], instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


@pytest.fixture(scope="module")
def plain() -> Snapshot:
    return snapshot_for("IWM", seed=1)  # mid-range: neither extreme


def at_record(s: Snapshot) -> Snapshot:
    e = s.extremes.model_copy(update={"high_52w": s.close, "all_time_high": s.close, "pct_from_52w_high": 0.0,
                                      "pct_from_ath": 0.0, "new_52w_high": True, "new_all_time_high": True})
    return s.model_copy(update={"extremes": e})


def at_low(s: Snapshot) -> Snapshot:
    e = s.extremes.model_copy(update={"low_52w": s.close, "pct_from_52w_low": 0.0})
    return s.model_copy(update={"extremes": e})


def test_the_close_called_a_years_extreme(plain):
    low = context(at_low(plain))
    close = f"${plain.close:,.2f}"
    assert errors(low, f"IWM finished at {close}, its lowest close in twelve months.") == []
    assert errors(low, f"IWM finished at {close}, its highest close in twelve months.") == [
        ("pattern-mismatch", "highest close in twelve months")]
    assert errors(low, f"That {close} is the best close of the past year.") == [
        ("pattern-mismatch", "best close of the past year")]
    # no close named: a past day's extreme
    assert errors(low, "Back in the spring it set its highest close of the past year.") == []


def test_an_extreme_the_close_is_measured_from_is_no_claim(plain):
    ctx = context(plain)
    close = f"${plain.close:,.2f}"
    assert errors(ctx, f"IWM closed at {close}, well above its lowest close of the past year.") == []
    assert errors(ctx, f"IWM closed at {close}, its lowest close of the past year.") == [
        ("pattern-mismatch", "lowest close of the past year")]


def test_a_record_close_denied(plain):
    record = context(at_record(plain))
    close = f"${plain.close:,.2f}"
    assert errors(record, f"IWM settled at {close}, its highest close ever.") == []
    assert errors(record, f"IWM settled at {close}, still shy of its highest close ever.") == [
        ("pattern-mismatch", "still shy of its highest close ever")]
    assert errors(record, f"IWM settled at {close}. Status: still under its closing high.") == [
        ("pattern-mismatch", "still under its closing high")]
    assert errors(context(plain), f"IWM settled at {close}. Status: still under its closing high.") == []


def with_moves(s: Snapshot, *, open_: float, change_pct: float) -> Snapshot:
    returns = s.returns.model_copy(update={"change_1d_pct": change_pct})
    return s.model_copy(update={"open": open_, "returns": returns})


def test_the_open_against_the_previous_close(plain):
    moved = plain.returns.change_1d_pct
    gap_down = context(with_moves(plain, open_=plain.prev_close - 1.0, change_pct=moved))
    assert errors(gap_down, "IWM opened lower and drifted.") == []
    assert errors(gap_down, "IWM opened higher and drifted.") == [("direction-mismatch", "opened higher")]
    assert errors(gap_down, "On Monday it gapped up.") == []  # another day's open
    assert errors(gap_down, "It would have opened higher on better news.") == []


def test_the_day_in_figures_of_speech(plain):
    ctx = context(plain)
    rose = plain.returns.change_1d_pct > 0
    right, wrong = ("caught a bid", "gave ground") if rose else ("gave ground", "caught a bid")
    colour, other = ("green", "red") if rose else ("red", "green")
    assert errors(ctx, f"Small caps {right} all afternoon.") == []
    assert errors(ctx, f"Small caps {wrong} all afternoon.") == [("direction-mismatch", wrong)]
    assert errors(ctx, f"IWM finished in the {other}.") == [
        ("direction-mismatch", f"finished in the {other}")]
    assert errors(ctx, f"IWM finished in the {colour}.") == []
    assert errors(ctx, f"IWM is still in the {other} for the year.") == []  # another period


def test_an_average_changes_over_a_window_told_elsewhere(plain):
    ctx = context(plain)
    slope = plain.trend.sma_50_slope_pct
    assert slope is not None
    way = "gained" if slope > 0 else "lost"
    right, wrong = f"{abs(slope):.1f}%", f"{abs(slope) + 3:.1f}%"
    assert errors(ctx, f"Over the last twenty sessions the 50-day has {way} about {right}.") == []
    assert errors(ctx, f"Over the last twenty sessions the 50-day has {way} about {wrong}.") == [
        ("value-mismatch", wrong)]
    side, verb = ("higher", "climbing") if slope > 0 else ("lower", "sliding")
    assert errors(ctx, f"The 50-day has kept {verb}, about {wrong} {side} over twenty sessions.") == [
        ("value-mismatch", wrong)]


def test_a_quotation_its_source_never_printed_is_the_writers(plain):
    story = news_item("Small caps slip as yields climb", f"The Russell 2000 ETF fell "
                      f"{abs(plain.returns.change_1d_pct):.1f}% on the day, traders said.", ["IWM"], 7)
    ctx = VerifyContext.build(plain, score_snapshot(plain, [story]), sources=[story], instruments=INFOS)
    said = f"{abs(plain.returns.change_1d_pct):.1f}%"
    wrong = f"{abs(plain.returns.change_1d_pct) + 2:.1f}%"
    block = f"\n\nSources:\n[1] {story.title}, {story.publisher}, {story.url}\n"
    fell = "fell" if plain.returns.change_1d_pct < 0 else "rose"
    faithful = f'The wire wrote that "The Russell 2000 ETF fell {said} on the day" [1].'
    altered = f'The wire wrote that "The Russell 2000 ETF {fell} {wrong} on the day" [1].'
    assert [e for e in errors(ctx, faithful + block) if e[0] == "value-mismatch"] == []
    found = errors(ctx, altered + block)  # a figure the quoted source never printed misquotes it:
    assert ("number-untraced", wrong) in found  # the quote's code, not the instrument's value-mismatch
    assert ("value-mismatch", wrong) not in found


def test_an_average_lost_is_the_close_below_it(plain):
    ctx = context(plain)
    assert plain.trend.sma_50 is not None
    below = plain.close < plain.trend.sma_50
    said = "IWM has lost its 50-day line."
    assert errors(ctx, said) == ([] if below else [("pattern-mismatch", "lost its 50-day")])
    assert errors(ctx, "IWM could lose its 50-day line.") == []


def test_slope_words_with_held_and_a_manner_adverb(plain):
    ctx = context(plain)
    slope = plain.trend.sma_200_slope_pct
    assert slope is not None and abs(slope) >= 1.5
    wrong = "falling" if slope > 0 else "rising"
    assert errors(ctx, "The 200-day has held flat.") == [("pattern-mismatch", "200-day has held flat")]
    assert errors(ctx, f"The 200-day keeps {wrong} steadily.") == [
        ("pattern-mismatch", f"200-day keeps {wrong} steadily")]
