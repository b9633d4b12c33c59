"""From a price history and its snapshot to the `ChartData` the chart draws. Pure.

The averages are computed over the whole history before the window is cut, so
the first bar of a six-month window already carries its 200-day average when
326 sessions exist; with less history the average starts later, or not at all.
"""

from __future__ import annotations

import math

from ..contracts import PriceHistory, Snapshot
from ..contracts.chart import ChartData
from ..errors import ChartError
from ..indicators.series import sma

CHART_SESSIONS = 126
"""About six months of sessions."""

MIN_CHART_SESSIONS = 20
"""Fewer bars than this make a chart with nothing to read; none is drawn."""


def build_chart_data(history: PriceHistory, snapshot: Snapshot,
                     sessions: int = CHART_SESSIONS) -> ChartData:
    """The last `sessions` bars up to the snapshot's session, with 50/200-day averages.

    Raises ChartError (with the reason) when fewer than MIN_CHART_SESSIONS bars exist.
    """
    bars = history.until(snapshot.session).bars
    if not bars or bars[-1].session != snapshot.session:
        raise ChartError(f"{history.symbol}: no bar for {snapshot.session} to chart")
    if len(bars) < MIN_CHART_SESSIONS:
        raise ChartError(f"{history.symbol}: only {len(bars)} sessions up to {snapshot.session}; "
                         f"a chart needs at least {MIN_CHART_SESSIONS}")
    closes = [bar.close for bar in bars]
    window = slice(max(0, len(bars) - sessions), len(bars))
    return ChartData(
        symbol=snapshot.symbol, name=snapshot.name, kind=snapshot.kind, session=snapshot.session,
        provider=snapshot.provider, bars=bars[window],
        sma_50=_points(sma(closes, 50)[window]), sma_200=_points(sma(closes, 200)[window]),
        levels=list(snapshot.levels),
    )


def _points(values: object) -> list[float | None]:
    return [None if math.isnan(v) else float(v) for v in values]  # type: ignore[attr-defined]
