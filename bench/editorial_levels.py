"""The key-levels table read as a trader reads it: does each row's note say what the price did there?

- level_labels_against_side: rows whose note names a swing by the side it no longer holds: a
  'swing high' the close has cleared (a row under the close) is an old swing high, support now,
  and a 'swing low' over the close is an old swing low (level_notes.side_label, which the Current
  row, the scenarios and the setups already use).
- level_kinds_against_side: rows whose type promises the wrong side of the close: 'Resistance' or
  'Breakout' for a row reaching under the close, 'Support' or 'Breakdown' for one reaching over it.
- level_touches_unshown: rows whose touch count is not the number of swing pivots the bars hold in
  the row's zone (indicators.levels: fractal pivots of the last 252 sessions); a row naming no
  count holds at most one.
- zone_rule_disagreements: pairs of neighbouring rows on one side of the close whose facing edges
  lie closer than the zone tolerance (indicators.levels.ZONE_ATR_MULTIPLE ATRs): the table prints
  two levels where the scenarios (writers/scenarios.next_beyond, which measures edge to edge) read
  one zone. Before edzones (stop 40) merge_zones chained by each candidate's price (a swing
  cluster's mean), so a cluster whose zone reached toward its neighbour stayed a row of its own
  (demo DIA 2026-11-20: the $474.50 range top and the $475.35-$476.71 swing zone, $0.85 apart with
  a $1.12 tolerance): 20 real, 2 demo, 6 news. The zones now chain edge to edge up to
  ZONE_WIDEST_ATR, and two zones the cap keeps apart leave one row (indicators.levels.apart): 0.
- swing_rows_undated: swing rows (a note naming a swing high, low or zone) that do not say when the
  level was last tested or crossed ('last tested Mar 3', 'crossed Apr 9, not retested';
  indicators.level_tests): before edsetup (this stop) every one of them, 231 on the real sessions, 155
  of them crossed since their pivot, so a trader could not tell a defended level from an old line.
- zones_narrow: rows printing a zone narrower than indicators.levels.NARROW_ZONE_ATR (0.05) ATRs,
  two figures for one price ('$240.00–$240.02'; 26 rows on the real sessions before edsetup).
- swing_rows_crossed: of those, the rows whose note says the closes went through the level (a
  figure to read, not a target).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editorial_cases import Case

from pipeline.contracts import KeyLevel, LevelKind, LevelRow, PriceHistory, Snapshot
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.levels import NARROW_ZONE_ATR, SWING_LOOKBACK, ZONE_ATR_MULTIPLE, find_swing_pivots

_SWING = re.compile(r"^(?P<old>old )?swing (?P<side>high|low)\b")
_SWING_ROW = re.compile(r"^(?:old )?swing (?:high|low|zone)\b")
_DATED = re.compile(r"; (?:last tested|crossed) ")
_TOUCHES = re.compile(r"\b(\d+) touches\b")
_ABOVE_TYPES = ("Resistance", "Breakout")
_BELOW_TYPES = ("Support", "Breakdown")


def row_span(row: LevelRow) -> tuple[float, float]:
    """A row's (low, high): its zone, or its single price twice."""
    return row.low, row.high if row.high is not None else row.low


def label_against_side(row: LevelRow, close: float) -> bool:
    """The note names a swing high on a row wholly under the close, or a swing low on one wholly
    over it, without calling it old."""
    found = _SWING.match(row.note)
    if row.is_current or found is None or found.group("old"):
        return False
    low, high = row_span(row)
    return high < close if found.group("side") == "high" else low > close


def kind_against_side(row: LevelRow, close: float) -> bool:
    """The row's type says resistance (or a breakout) under the close, or support over it."""
    low, high = row_span(row)
    return (row.kind in _ABOVE_TYPES and low < close) or (row.kind in _BELOW_TYPES and high > close)


def pivot_prices(history: PriceHistory) -> list[float]:
    """The prices of the swing pivots the levels are clustered from (the last 252 sessions)."""
    bars = BarArrays.from_history(history)
    start = max(0, len(bars) - SWING_LOOKBACK)
    return [p.price for p in find_swing_pivots(bars.high[start:], bars.low[start:])]


def touches_unshown(row: LevelRow, pivots: Sequence[float], narrow: float = 0.0,
                    others: Sequence[tuple[float, float]] = ()) -> bool:
    """The row counts touches the bars do not show: its 'N touches' is not the number of pivots in
    its zone (a cent of slack for rounding; a row printing one price, `narrow` either side of it: a
    zone narrower than that prints as its price, but a pivot inside another row's figures, `others`,
    is that row's), or it names no count where the bars hold two or more."""
    if row.is_current:
        return False
    low, high = row_span(row)
    slack = max(0.005, narrow) if row.high is None else 0.005

    def own(p: float) -> bool:
        if low - 0.005 <= p <= high + 0.005:
            return True
        return low - slack <= p <= high + slack and not any(a - 0.005 <= p <= b + 0.005 for a, b in others)

    inside = sum(own(p) for p in pivots)
    said = _TOUCHES.search(row.note)
    return inside != int(said.group(1)) if said else inside > 1


def _edges(level: KeyLevel) -> tuple[float, float]:
    low = level.zone_low if level.zone_low is not None else level.price
    return low, level.zone_high if level.zone_high is not None else level.price


def zone_disagreements(snapshot: Snapshot) -> int:
    """Neighbouring table levels on one side of the close, closer edge to edge than the zone
    tolerance: two rows the scenarios read as one zone."""
    gap = ZONE_ATR_MULTIPLE * (snapshot.volatility.atr_14 or 0.0)
    rows = sorted((lv for lv in snapshot.levels if lv.kind != LevelKind.CURRENT), key=_edges)
    return sum((a.price > snapshot.close) == (b.price > snapshot.close) and _edges(b)[0] - _edges(a)[1] < gap
               for a, b in zip(rows, rows[1:], strict=False))


def spans_besides(case: Case, row: LevelRow) -> list[tuple[float, float]]:
    """The figures of the case's other level rows."""
    return [row_span(other) for other in case.article.key_levels if other is not row and not other.is_current]


def atr_of(case: Case) -> float:
    return case.snapshot.volatility.atr_14 or 0.0


def level_figures(cases: Sequence[Case]) -> dict[str, float | None]:
    rows = [(c, row) for c in cases for row in c.article.key_levels]
    pivots = {id(c): pivot_prices(c.bars) for c in cases if c.bars is not None}
    return {"level_labels_against_side": float(sum(label_against_side(r, c.snapshot.close) for c, r in rows)),
            "level_kinds_against_side": float(sum(kind_against_side(r, c.snapshot.close) for c, r in rows)),
            "level_touches_unshown": float(sum(touches_unshown(r, pivots[id(c)], NARROW_ZONE_ATR * atr_of(c),
                                                               spans_besides(c, r))
                                               for c, r in rows if id(c) in pivots)),
            "zone_rule_disagreements": float(sum(zone_disagreements(c.snapshot) for c in cases)),
            "zones_narrow": float(sum(r.high is not None and r.high - r.low < NARROW_ZONE_ATR * atr_of(c)
                                      for c, r in rows)),
            "swing_rows_undated": float(sum(bool(_SWING_ROW.match(r.note)) and not _DATED.search(r.note)
                                            for _, r in rows)),
            "swing_rows_crossed": float(sum(bool(_SWING_ROW.match(r.note)) and "; crossed " in r.note
                                            for _, r in rows))}
