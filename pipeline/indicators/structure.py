"""A session's structure: the ranges, the key levels and the setups placed on them.

One function for the snapshot (`build_snapshot`) and the scorecard's backfill, so both
hand the same inputs to `range_before_session`, `range_through_session`,
`compute_key_levels` and `compute_trade_setups`: a change to what one of them takes is
made here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contracts import KeyLevel, TradeSetup, TradingRange, Trend
from .bars import BarArrays
from .levels import compute_key_levels
from .ranges import range_before_session, range_through_session
from .series import FloatArray
from .setups import compute_pending_setups, compute_trade_setups


@dataclass(frozen=True)
class SessionStructure:
    prior_range: TradingRange | None
    """The range that held up to the session before (the tape's `prior_range`)."""
    trading_range: TradingRange | None
    """The range still holding at the close (the snapshot's `range`)."""
    levels: list[KeyLevel]
    setups: list[TradeSetup]
    pending_setups: list[TradeSetup]
    """For a side without a setup, the one a condition not met yet would create."""


def session_structure(bars: BarArrays, atr_14: float | None, trend: Trend, record_high: float | None,
                      max_pain: float | None = None,
                      atr_series: FloatArray | None = None,
                      walls: tuple[float | None, float | None] = (None, None)) -> SessionStructure:
    """Ranges, key levels and setups at the last bar of `bars`; `trend` gives the averages and
    their slopes. `atr_series`: ATR(14) over a history `bars` is the start of (the backfill's),
    read instead of computing it again."""
    prior = range_before_session(bars.high, bars.low, bars.close, atr_series)
    trading_range = range_through_session(bars.high, bars.low, bars.close, prior)
    levels = compute_key_levels(bars, atr_14, trend.sma_50, trend.sma_200, trading_range, max_pain, prior,
                                walls)
    averages = {"sma_50": trend.sma_50, "sma_200": trend.sma_200, "record_high": record_high,
                "sma_50_slope_pct": trend.sma_50_slope_pct, "sma_200_slope_pct": trend.sma_200_slope_pct}
    setups = compute_trade_setups(bars.last_close, levels, trading_range, atr_14, **averages)
    pending = compute_pending_setups(bars.last_close, levels, trading_range, atr_14, **averages)
    return SessionStructure(prior, trading_range, levels, setups, pending)
