"""analysis_order.technical_lead: each article opens its technical part with what stands out on its
own chart (stop 46, edday2: one session's articles shared one skeleton, same_day_paragraph_order real
0.3222)."""

from __future__ import annotations

from typing import Any

from brief_factories import iwm_brief
from market_factories import snapshot_for

from pipeline.contracts import Snapshot
from pipeline.writers.analysis_order import technical_lead


def _snapshot(rsi: float = 55.0, from_high: float = -5.0, change: float = 0.5, move_atr: float = 0.4,
              sma_50: float = 6.0, tight: bool = False, **tape: Any) -> Snapshot:
    """The factory's IWM snapshot (ATR 1.29% of price) with the readings technical_lead looks at."""
    s = snapshot_for()
    new = from_high == 0.0
    return s.model_copy(update={
        "momentum": s.momentum.model_copy(update={"rsi_14": rsi}),
        "extremes": s.extremes.model_copy(update={"pct_from_52w_high": from_high, "new_52w_high": new,
                                                  "new_all_time_high": new}),
        "returns": s.returns.model_copy(update={"change_1d_pct": change}),
        "trend": s.trend.model_copy(update={"pct_vs_sma_50": sma_50}),
        "range": s.range.model_copy(update={"is_tight": tight}) if s.range else None,
        "tape": s.tape.model_copy(update={"move_atr": move_atr, "range_break": None, "sma_50_cross": None,
                                          **tape}) if s.tape else None,
    })


def _lead(**readings: Any) -> str:
    return technical_lead(iwm_brief(_snapshot(**readings)))


def test_a_stretched_rsi_leads_even_at_a_record() -> None:
    assert _lead(rsi=78.0, from_high=0.0) == "momentum"
    assert _lead(rsi=27.0, change=-0.5) == "momentum"


def test_a_record_one_session_away_leads_ahead_of_a_big_day() -> None:
    assert _lead(from_high=-1.0, change=-2.5, move_atr=-2.0) == "record"


def test_a_holding_range_leads_ahead_of_a_record_within_reach() -> None:
    assert _lead(from_high=-2.2, tight=True) == "range"


def test_a_record_within_reach_leads_on_an_up_day_not_after_a_big_fall() -> None:
    assert _lead(from_high=-2.2, change=1.0, move_atr=0.8) == "record"
    assert _lead(from_high=-2.2, change=-2.5, move_atr=-2.0) == "momentum"


def test_a_close_at_its_50_day_leads_with_the_averages() -> None:
    assert _lead(sma_50=0.4) == "trend"
    assert _lead(sma_50=-3.0, sma_50_cross="below") == "trend"


def test_a_full_day_that_broke_its_range_leads_with_momentum() -> None:
    assert _lead(change=-1.2, move_atr=-0.9, range_break="below") == "momentum"
    assert _lead(change=-1.2, move_atr=-0.9) == "trend"
