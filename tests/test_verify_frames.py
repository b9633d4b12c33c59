"""Figures whose words name their fact in frames the verifier used to leave unbound (issue 14, holdout
12): a wrong one is that fact's `value-mismatch` (or the gap's `derived-mismatch`) with the expected
value, not `number-untraced`; the right one raises nothing."""

from __future__ import annotations

import pytest
from verify_text_helpers import errors as found
from verify_text_helpers import synthetic_iwm_context

from pipeline.verify import VerifyContext
from pipeline.verify.claims import extract_claims


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return synthetic_iwm_context()


def side(pct: float) -> str:
    return "above" if pct > 0 else "below"


def right_and_wrong(ctx: VerifyContext, template: str, right: str,
                    wrong: str) -> list[tuple[str, str | None]]:
    """No error on the right figure; the errors on the wrong one."""
    assert found(ctx, template.format(right)) == []
    return found(ctx, template.format(wrong))


def test_level_named_after_its_figure(ctx):
    t = ctx.snapshot.trend
    assert t.sma_50 is not None and t.pct_vs_sma_50 is not None
    template = "IWM closed {} " + side(t.pct_vs_sma_50) + f" the ${t.sma_50:.2f} 50-day average."
    wrong = f"{abs(t.pct_vs_sma_50) + 0.93:.2f}%"
    right = f"{abs(t.pct_vs_sma_50):.2f}%"
    assert right_and_wrong(ctx, template, right, wrong) == [("value-mismatch", wrong)]


def _twenty_day(ctx: VerifyContext) -> tuple[float, float]:
    level = ctx.snapshot.trend.sma_20
    assert level is not None
    return round(level, 2), (ctx.snapshot.close - round(level, 2)) / round(level, 2) * 100


def test_an_unnamed_level_keeps_the_derived_check(ctx):
    level, right = _twenty_day(ctx)
    template = f"The 20-day sits at ${level:.2f}, and the close is {{}} {side(right)} it."
    wrong = f"{abs(right) + 1.5:.2f}%"
    assert right_and_wrong(ctx, template, f"{abs(right):.2f}%", wrong) == [("derived-mismatch", wrong)]


def test_the_open_with_its_object(ctx):
    s = ctx.snapshot
    assert s.open is not None
    template = "IWM opened the day at {} and drifted from there."
    wrong = f"${s.open + 1.37:.2f}"
    assert right_and_wrong(ctx, template, f"${s.open:.2f}", wrong) == [("value-mismatch", wrong)]


def test_a_close_under_a_date_without_its_weekday(ctx):
    s = ctx.snapshot
    day = f"{s.session.day} {s.session:%B}"
    template = f"IWM closed on {day} at {{}}, a quiet finish."
    wrong = f"${s.close - 0.91:.2f}"
    assert right_and_wrong(ctx, template, f"${s.close:.2f}", wrong) == [("value-mismatch", wrong)]


def test_the_move_after_thats(ctx):
    move = ctx.snapshot.returns.change_1d
    assert move is not None
    word = "up" if move > 0 else "down"
    template = f"IWM ended at ${ctx.snapshot.close:.2f}. That's {word} {{}} on the day."
    wrong = f"${abs(move) + 0.44:.2f}"
    assert right_and_wrong(ctx, template, f"${abs(move):.2f}", wrong) == [("value-mismatch", wrong)]


def test_a_share_count_set_against_the_average(ctx):
    v = ctx.snapshot.volume
    assert v.volume is not None and v.avg_volume_20 is not None
    template = f"A busy tape, {{}} million shares against the {v.avg_volume_20 / 1e6:.1f} million average."
    wrong = f"{v.volume / 1e6 + 3.3:.1f}"
    assert right_and_wrong(ctx, template, f"{v.volume / 1e6:.1f}", wrong) == [
        ("value-mismatch", f"{wrong} million")]


def test_the_atr_as_a_share_of_the_price(ctx):
    v = ctx.snapshot.volatility
    assert v.atr_14 is not None and v.atr_pct is not None
    template = f"The ATR runs at ${v.atr_14:.2f}, {{}} of the price."
    wrong = f"{v.atr_pct + 2.06:.2f}%"
    assert right_and_wrong(ctx, template, f"{v.atr_pct:.2f}%", wrong) == [("value-mismatch", wrong)]


def test_a_range_of_sessions_told_as_a_percent_range(ctx):
    r = ctx.snapshot.range
    assert r is not None and r.width_pct is not None
    template = (f"Across {r.sessions} sessions the fund moved between ${r.lower:.2f} and ${r.upper:.2f}, "
                "a {} range.")
    wrong = f"{r.width_pct + 1.7:.2f}%"
    assert right_and_wrong(ctx, template, f"{r.width_pct:.2f}%", wrong) == [("value-mismatch", wrong)]


def test_a_day_range_in_percent_is_no_range_of_sessions(ctx):
    def names(sentence: str) -> list[str | None]:
        return [c.names for c in extract_claims(sentence, "body", ctx.lexicon, []) if c.number.unit == "pct"]

    assert names("Over 20 sessions it swung from $230.10 to $245.00, a 6.48% range.") == ["range_width_pct"]
    assert names("Over 20 sessions it rose, with a 0.73% range on the day.") == [None]
    assert names("IWM swung through a 0.73% range, nothing more.") == [None]  # no sessions spanned


def test_an_extreme_in_a_table_headed_value(ctx):
    x = ctx.snapshot.extremes
    assert x.low_52w is not None
    template = "| Item | Value |\n| --- | --- |\n| 52-week low | {} |\n"
    wrong = f"${x.low_52w + 12.5:.2f}"
    assert right_and_wrong(ctx, template, f"${x.low_52w:.2f}", wrong) == [("value-mismatch", wrong)]


def test_the_all_time_record_as_an_appositive(ctx):
    x = ctx.snapshot.extremes
    assert x.all_time_high is not None
    template = "The all-time record, {}, is the line every bull is watching."
    wrong = f"${x.all_time_high + 4.4:.2f}"
    assert right_and_wrong(ctx, template, f"${x.all_time_high:.2f}", wrong) == [("value-mismatch", wrong)]


def test_an_unmistakable_label_beats_a_chance_match(ctx):
    s, t = ctx.snapshot, ctx.snapshot.trend
    assert s.low is not None and t.sma_20 is not None and abs(s.low - t.sma_20) > 0.05
    template = "IWM bottomed at {} before it found buyers."
    wrong = f"${t.sma_20:.2f}"  # the 20-day's value: traced by value alone, it would pass
    assert right_and_wrong(ctx, template, f"${s.low:.2f}", wrong) == [("value-mismatch", wrong)]
