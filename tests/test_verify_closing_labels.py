"""The verifier reads "52-week closing high/low" (the label the template writer now prints to tell
closing from intraday extremes) as the 52-week high/low, not as a level of 52."""

from __future__ import annotations

from test_verify_text import ctx, errors, fill, sources_block

from pipeline.verify import VerifyContext

__all__ = ["ctx"]


def test_closing_high_label_is_the_52_week_high(ctx: VerifyContext) -> None:
    text = fill(ctx, "It trades {pct_from_52w_high:abs} below its 52-week closing high of {high_52w}, "
                     "set on {high_52w_date}.")
    assert errors(ctx, text + sources_block()) == []


def test_wrong_closing_high_is_still_caught(ctx: VerifyContext) -> None:
    wrong = f"${ctx.snapshot.extremes.high_52w + 7:,.2f}"
    text = fill(ctx, "It trades {pct_from_52w_high:abs} below its 52-week closing high of ") + wrong + "."
    assert errors(ctx, text + sources_block())


def test_closing_low_label_is_the_52_week_low(ctx: VerifyContext) -> None:
    text = fill(ctx, "It sits {pct_from_52w_low:abs} above its 52-week closing low of {low_52w}.")
    assert errors(ctx, text + sources_block()) == []
