"""A move behind a period label is that period's move, never the day's (issue 14, holdout 12 cause 1).

The label may open a list's item with a colon ("The month: down 1.2%") or a comma ("the week, down
0.8%"; "and for the year, still up 2.1%"), or open the sentence with an aside ("Over one month,
though, ..."). Each figure is held to the labelled period's return.
"""

from __future__ import annotations

import pytest
from market_factories import settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, check_text

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]
PERIODS = ("change_5d_pct", "change_1m_pct", "change_ytd_pct")


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("SPY", seed=5)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []), instruments=INFOS)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


def moves(ctx: VerifyContext) -> dict[str, float]:
    sheet = build_fact_sheet(ctx.snapshot, ctx.scores)
    return {name: sheet.value(name) for name in ("change_1d_pct", *PERIODS)}


def said(value: float) -> str:
    return f"{'up' if value >= 0 else 'down'} {abs(value):.2f}%"


def note(week: str, month: str, year: str, aside: str) -> str:
    return (f"SPY closed the session at a new level.\n\n"
            f"The longer view: the week, {week}; the month: {month}; and for the year, still {year}.\n\n"
            f"Over one month, though, the fund is {aside}, a slower picture than the day's.\n")


def clean(ctx: VerifyContext) -> tuple[str, str, str, str]:
    m = moves(ctx)
    week, month, year = (said(m[name]) for name in PERIODS)
    return week, month, year, month


def test_labelled_periods_are_not_the_days_move(ctx):
    m = moves(ctx)
    assert len({round(abs(v), 2) for v in m.values()}) == 4  # the four moves differ: no coincidence
    assert errors(ctx, note(*clean(ctx))) == []


@pytest.mark.parametrize("slot, period", [(0, "change_5d_pct"), (1, "change_1m_pct"), (2, "change_ytd_pct"),
                                          (3, "change_1m_pct")])
def test_another_periods_figure_under_a_label_is_a_value_mismatch(ctx, slot, period):
    m = moves(ctx)
    other = next(n for n in ("change_1d_pct", *PERIODS) if n != period)
    words = list(clean(ctx))
    words[slot] = said(m[other] if (m[other] >= 0) == (m[period] >= 0) else -m[other])
    found = errors(ctx, note(*words))
    assert ("value-mismatch", f"{abs(m[other]):.2f}%") in found, found


def test_a_labelled_periods_sign_is_held_to_that_period(ctx):
    m = moves(ctx)
    words = list(clean(ctx))
    words[1] = said(-m["change_1m_pct"])
    found = errors(ctx, note(*words))
    assert [code for code, _ in found] == ["direction-mismatch"], found
