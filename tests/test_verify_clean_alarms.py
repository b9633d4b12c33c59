"""False alarms on clean texts, by class of phrasing (issue 14, vfp): the right figure raises no
error, and the same frame with a wrong figure is still caught as that figure's fact."""

from __future__ import annotations

import pytest
from market_factories import snapshot_for

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.verify import VerifyContext, check_text
from pipeline.verify.claims import extract_claims


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, []))


def found(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


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
