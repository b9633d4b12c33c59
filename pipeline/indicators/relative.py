"""The instrument against its benchmark and its related instruments.

Daily % changes against the benchmark are taken on the sessions both
histories share, so a session one of them lacks never turns into a two-day
move for one side only. Spreads and divergences are in percentage points
(own % minus the other's %); streak margins are in basis points (1 pp = 100 bp).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..config import InstrumentConfig
from ..contracts import RelatedMove, RelatedRole, RelativeStrength
from .bars import BarArrays, pct_change
from .series import FloatArray

SESSIONS_1M = 21
EVEN_EPSILON_PP = 1e-9  # margins smaller than this are a tie, not a win

StreakDirection = Literal["outperform", "underperform", "even"]


@dataclass(frozen=True)
class Streak:
    """Consecutive sessions, ending on the last one, with the same sign of margin."""

    direction: StreakDirection
    sessions: int
    avg_margin_bp: float


def daily_pct_changes(close: FloatArray) -> FloatArray:
    """Session-to-session % changes; one shorter than `close`."""
    return (close[1:] / close[:-1] - 1.0) * 100.0


def common_closes(own: BarArrays, other: BarArrays) -> tuple[FloatArray, FloatArray]:
    """Both closes on the sessions the two histories share, oldest first."""
    _, own_idx, other_idx = np.intersect1d(own.days, other.days, assume_unique=True,
                                           return_indices=True)
    return own.close[own_idx], other.close[other_idx]


def _direction(margin_pp: float) -> StreakDirection:
    if margin_pp > EVEN_EPSILON_PP:
        return "outperform"
    if margin_pp < -EVEN_EPSILON_PP:
        return "underperform"
    return "even"


def outperformance_streak(margins_pp: Sequence[float]) -> Streak:
    """The run of sessions ending on the last one in which the margin kept its sign.

    `margins_pp` are daily margins (own % - benchmark %), oldest first. The
    average margin over the run is returned in basis points.
    """
    if len(margins_pp) == 0:
        return Streak("even", 0, 0.0)
    direction = _direction(margins_pp[-1])
    run: list[float] = []
    for margin in reversed(margins_pp):
        if _direction(margin) != direction:
            break
        run.append(margin)
    return Streak(direction, len(run), float(np.mean(run)) * 100.0)


def compute_relative_strength(own: BarArrays, benchmark: BarArrays) -> RelativeStrength | None:
    """1-day and 21-session spreads against the benchmark, and the current streak.

    None when the benchmark has no bar on the instrument's last session or
    the two share fewer than two sessions.
    """
    if benchmark.sessions[-1] != own.sessions[-1]:
        return None
    own_close, bench_close = common_closes(own, benchmark)
    if len(own_close) < 2:
        return None
    margins = daily_pct_changes(own_close) - daily_pct_changes(bench_close)
    streak = outperformance_streak(margins.tolist())
    spread_1m = None
    if len(own_close) > SESSIONS_1M:
        spread_1m = (pct_change(float(own_close[-1]), float(own_close[-1 - SESSIONS_1M]))
                     - pct_change(float(bench_close[-1]), float(bench_close[-1 - SESSIONS_1M])))
    return RelativeStrength(
        benchmark=benchmark.symbol,
        spread_1d_pp=float(margins[-1]),
        spread_1m_pp=spread_1m,
        streak_direction=streak.direction,
        streak_sessions=streak.sessions,
        streak_avg_margin_bp=streak.avg_margin_bp,
    )


def related_roles(instrument: InstrumentConfig) -> dict[str, RelatedRole]:
    """Each related symbol with one role; the first listing wins (index, benchmark, peers, gauges)."""
    roles: dict[str, RelatedRole] = {}
    named = [(instrument.index, RelatedRole.INDEX), (instrument.benchmark, RelatedRole.BENCHMARK)]
    named += [(peer, RelatedRole.PEER) for peer in instrument.peers]
    named += [(gauge, RelatedRole.GAUGE) for gauge in instrument.gauges]
    for symbol, role in named:
        if symbol and symbol not in roles:
            roles[symbol] = role
    return roles


def compute_related_move(own_change_1d_pct: float, config: InstrumentConfig,
                         bars: BarArrays, role: RelatedRole) -> RelatedMove | None:
    """The related instrument's close and 1-day % on the same session, and the divergence.

    `bars` must already be cut at the session and end on it; None with fewer
    than two bars.
    """
    if len(bars) < 2:
        return None
    change = pct_change(float(bars.close[-1]), float(bars.close[-2]))
    return RelatedMove(
        symbol=config.symbol,
        name=config.name,
        kind=config.kind,
        role=role,
        close=bars.last_close,
        change_1d_pct=change,
        divergence_pp=own_change_1d_pct - change,
        underlying=config.underlying,
    )
