"""A period phrase opening a sentence without a comma gives the figure its period (issue 14, vpast):
"Since the turn of the year the fund is up 2.05%" is the year-to-date move and "In the whole week the fund
lost 0.80 percent" the five-day one, not the day's (read as the 1-day move, a false direction-mismatch,
when the phrase was cut off the figure's 40-character clause)."""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return tv.verify_ctx({"snapshot": "SPY-2026-11-17", "sources": None})  # type: ignore[no-any-return]


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


def _pct(ctx: VerifyContext, name: str) -> str:
    return f"{abs(getattr(ctx.snapshot.returns, name)):.2f}"


def test_a_period_phrase_without_its_comma_dates_the_figure(ctx: VerifyContext) -> None:
    ytd, week, month = (_pct(ctx, n) for n in ("change_ytd_pct", "change_5d_pct", "change_1m_pct"))
    assert ctx.snapshot.returns.change_ytd_pct > 0 > ctx.snapshot.returns.change_5d_pct
    year_text = f"Since the turn of the year the fund is still up {ytd}%."
    week_text = f"In the whole week the fund lost {week} percent."
    assert errors(ctx, year_text) == []
    assert errors(ctx, week_text) == []
    assert errors(ctx, week_text.replace(week, month)) == [("value-mismatch", f"{month} percent")]
    assert errors(ctx, f"Over the past month the fund fell {month}%.") == []


def test_a_longer_opening_is_no_period_phrase(ctx: VerifyContext) -> None:
    """The phrase must end on the period's noun: 'In the week's last hour the fund ...' names no period of
    the figure, which stays the day's move."""
    day = _pct(ctx, "change_1d_pct")
    assert errors(ctx, f"In the week's last hour the fund slipped, and it ended down {day}%.") == []
