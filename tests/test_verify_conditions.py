"""Conditions, bounds and odds are no statement of the data (issue 14, vfa5 stop 45): a rule table's
labels, a bound a move clears, a prediction market's board and 'flat' over a long period raise no error,
while a bound the data does not clear and a wrong figure beside them are still caught."""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text
from pipeline.verify.claims import flat_limit

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), sources=[], instruments=INFOS)


def _errors(text: str, ctx: VerifyContext) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


def _move(ctx: VerifyContext) -> float:
    move = ctx.snapshot.returns.change_1d_pct
    assert move is not None
    return move


def _word(move: float) -> str:
    return "gained" if move >= 0 else "lost"


def test_a_bound_the_move_clears_is_no_error_and_one_it_does_not_is(ctx: VerifyContext) -> None:
    move = _move(ctx)
    low, high = f"{abs(move) / 2:.2f}%", f"{abs(move) + 1.5:.2f}%"
    assert _errors(f"IWM {_word(move)} more than {low} on the day.", ctx) == []
    assert _errors(f"IWM {_word(move)} less than {high} on the day.", ctx) == []
    assert ("value-mismatch", high) in _errors(f"IWM {_word(move)} more than {high} on the day.", ctx)
    assert ("value-mismatch", high) in _errors(f"IWM {_word(move)} just under {high} on the day.", ctx)


def _rule_table(ctx: VerifyContext, average: str) -> str:
    side = "below" if ctx.snapshot.close >= (ctx.snapshot.trend.sma_50 or 0) else "above"
    return (f"| Alert rule | Level | Set on |\n|---|---|---|\n"
            f"| Close {side} the 50-day | {average} | Oct 2 |\n| RSI(14) above 85 | now | Nov 1 |\n")


def test_a_rule_tables_conditions_are_no_statements(ctx: VerifyContext) -> None:
    sma_50 = ctx.snapshot.trend.sma_50
    assert sma_50 is not None
    assert _errors(_rule_table(ctx, f"${sma_50:.2f}"), ctx) == []
    wrong = f"${sma_50 + 4.4:.2f}"
    assert wrong in {span for _, span in _errors(_rule_table(ctx, wrong), ctx)}


def test_a_prediction_markets_board_is_not_read(ctx: VerifyContext) -> None:
    board = ("| Contract | Yes price | Volume (contracts) |\n|---|---|---|\n"
             "| Fed cuts in March | 47c | 1,204,300 |\n| IWM ends the year above $300 | 12c | 88,450 |\n")
    assert _errors(board, ctx) == []


def test_flat_grows_with_the_period() -> None:
    assert flat_limit("change_1d_pct") == pytest.approx(0.05)
    assert flat_limit("change_1d_pct") < flat_limit("change_5d_pct") < flat_limit("change_1m_pct") \
        < flat_limit("change_ytd_pct")
    assert 0.42 < flat_limit("change_ytd_pct") < 1.0  # "flat at +0.42% for the year"
