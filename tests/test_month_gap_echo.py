"""The one-month gap to the benchmark is told without its figure when the day paragraph prints a
figure of the same size before it (paragraphs.spread_echoes): real QQQ 2024-12-18 read 'a move of
-3.61% on the day' and, four sentences on, 'a one-month lead of 3.61 pp'."""

from __future__ import annotations

from brief_factories import iwm_brief
from market_factories import snapshot_for

from pipeline.contracts import Snapshot
from pipeline.writers import paragraphs


def _with_month_gap(gap: float, day: float) -> Snapshot:
    snap = snapshot_for("IWM", seed=3)
    assert snap.relative is not None
    return snap.model_copy(update={
        "returns": snap.returns.model_copy(update={"change_1d_pct": day}),
        "relative": snap.relative.model_copy(update={"spread_1m_pp": gap})})


def test_a_month_gap_the_size_of_the_days_change_is_told_without_its_figure() -> None:
    echo = iwm_brief(_with_month_gap(3.61, -3.61))
    assert paragraphs.spread_echoes(echo)
    said = paragraphs._month_sentence(echo)
    # the month rose for both (IWM up 3.73%, SPY up 0.11%): the gap is the size of the gain, in words
    assert "_1m_pp" not in said and "a gain bigger than SPY's" in said, said
    apart = iwm_brief(_with_month_gap(3.61, -2.40))
    assert not paragraphs.spread_echoes(apart)
    assert "_1m_pp:abs}" in paragraphs._month_sentence(apart)
