"""Measures told in plain words and a page's own dates (issue 14, holdout 12 causes 2 and 4).

- The ATR as "its average daily range of $X" or "a typical day's swing ($X)" is the ATR, never the
  session's low; the move as "about three times its average daily range" is the move in ATRs.
- A page's own later date ("Due: ...", "(last updated ...)", "Next issue: ...") is no market claim.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("SPY", seed=5)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


def value(ctx: VerifyContext, name: str) -> float:
    return build_fact_sheet(ctx.snapshot, ctx.scores).value(name)


@pytest.mark.parametrize("words", ["its average daily range of {}", "a typical day's range ({})",
                                   "the fund's usual daily swing of {}"])
def test_an_average_range_in_dollars_is_the_atr(ctx, words):
    atr = value(ctx, "atr_14")
    assert errors(ctx, f"SPY's stops sit wider than {words.format(f'${atr:.2f}')}.") == []
    wrong = f"${atr + 1.37:.2f}"
    assert errors(ctx, f"SPY's stops sit wider than {words.format(wrong)}.") == [("value-mismatch", wrong)]


def test_a_multiple_of_the_average_daily_range_is_the_move_in_atrs(ctx):
    moved = value(ctx, "move_atr")
    far = 4 if moved < 2.5 else 1
    words = {1: "about one time", 4: "about four times"}[far]
    found = errors(ctx, f"The move was {words} the fund's average daily range.")
    assert [code for code, _ in found] == ["value-mismatch"], found


def test_a_pages_own_later_dates_are_no_market_claims(ctx):
    def day(days: int) -> str:
        when = ctx.snapshot.session + timedelta(days=days)
        return f"{when:%A}, {when:%B} {when.day}, {when.year}"

    text = (f"# SPY weekly (last updated {day(2)})\n\nThe record close is the question for the week.\n\n"
            f"Homework: chart the close against its 50-day. Due: {day(10)}.\n\n"
            f"Next issue: {day(7)}, with the close and the record watch.\n")
    assert errors(ctx, text) == []
    claimed = f"The record close came on {day(7)}, the desk says."
    assert ("date-untraced", day(7)) in errors(ctx, claimed)
