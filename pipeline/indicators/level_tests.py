"""When a swing level was last tested, and whether the closes have gone through it since.

A trader reads a swing row by how fresh it is: a swing high that has held every test since March
is resistance; one the closes went through in April and never came back to is a line on the chart,
not a level anyone has defended since. Read over the bars the pivots come from (the last
SWING_LOOKBACK sessions), for each swing level (source 'swing'):

- a test: a session whose range (low to high) reached the level's figures (its zone, or its price);
- the cross: the last session whose close lay on the side of the level today's close is on while
  the close before it, the last one outside the figures, lay on the other side (closes inside the
  zone take no side);
- `last_tested`: the last test; `crossed`: the cross, None when every close of the window outside
  the figures lies on today's side (the level has held).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from ..contracts import KeyLevel
from .bars import BarArrays
from .levels import SWING_LOOKBACK
from .series import FloatArray


def with_tests(levels: Sequence[KeyLevel], bars: BarArrays) -> list[KeyLevel]:
    """`levels`, each swing level with its `last_tested` and `crossed` sessions (`level_tests`)."""
    if not len(bars):
        return list(levels)
    start = max(0, len(bars) - SWING_LOOKBACK)
    window = (bars.high[start:], bars.low[start:], bars.close[start:], bars.sessions[start:])
    return [level.model_copy(update=dict(zip(("last_tested", "crossed"), level_tests(level, *window),
                                             strict=True)))
            if level.source == "swing" else level for level in levels]


def level_tests(level: KeyLevel, high: FloatArray, low: FloatArray, close: FloatArray,
                sessions: Sequence[date]) -> tuple[date | None, date | None]:
    """(last test, cross) of `level` over the bars given, oldest first (the module docstring)."""
    bottom, top = figures(level)
    tested = np.flatnonzero((low <= top + 0.005) & (high >= bottom - 0.005))
    last_tested = sessions[int(tested[-1])] if len(tested) else None
    side = np.where(close > top + 0.005, 1, np.where(close < bottom - 0.005, -1, 0))
    outside = np.flatnonzero(side != 0)
    if not len(outside):
        return last_tested, None
    turns = np.flatnonzero(side[outside][1:] != side[outside][:-1])
    crossed = sessions[int(outside[turns[-1] + 1])] if len(turns) else None
    return last_tested, crossed


def figures(level: KeyLevel) -> tuple[float, float]:
    """The lowest and highest figure a level prints: its zone's edges, or its price twice."""
    low = level.zone_low if level.zone_low is not None else level.price
    high = level.zone_high if level.zone_high is not None else level.price
    return min(low, level.price), max(high, level.price)
