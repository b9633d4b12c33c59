"""Key price levels: swing pivots, round numbers, moving averages, range bounds, max pain and the
options walls (the call strike with the most open interest above the close, the put strike below).

Choices:
- A swing high is a bar whose high is above the highs of the 5 bars before it
  and at least as high as the 5 bars after it (a fractal pivot); a swing low
  mirrors it with lows. Pivots are looked for in the last 252 sessions, so the
  last 5 sessions cannot be pivots yet.
- Pivots (highs and lows together: old resistance becomes support) are
  clustered when they lie within 0.5 x ATR(14) of the cluster's lowest price
  (0.5% of the close without an ATR). A cluster's level is the mean of its
  pivots, its zone their min..max, and `touches` the number of pivots in it.
- Round numbers step by 1, 2 or 5 x 10^k, about 1/50 of the price and never
  below 1 (a $250 ETF steps by $5, a 2,600 index by 50, 35,000 by 500); only
  the nearest one on each side of the close is a candidate.
- Candidates whose near edge lies closer than 0.25 x ATR to a neighbour's far edge (chained, by
  their zones' edges, not their prices: a swing cluster's zone reaching toward a level is that
  level's zone) merge into one zone: its price, label, source and kind are those of the member that
  ranks first (range bound, then moving average, max pain or wall, swing, round number),
  its zone_low/zone_high span every member, and its touches add up. The chain
  stops short of a second moving average: the 50-day and the 200-day are never
  one zone; and where the zone would grow wider than 0.5 x ATR (ZONE_WIDEST_ATR: a band wider
  than the pivot clusters themselves is a region, not a level).
- Two zones left closer than 0.25 x ATR edge to edge (the width cap kept them apart) are one
  zone to a trader, so the table keeps one: the better-ranked source, then more touches, then the
  nearer to the close. Two anchors (moving averages, range edges) both stay, each at its own
  price without the levels merged into it. Measured with scripts/setup_variants.py (desk,
  in-sample before 2015, edzones): the cap at 0.5 ATR against 0.75 and 1.0 and against the price
  chain before it.
- A zone narrower than 0.05 x ATR (NARROW_ZONE_ATR) is one level: its price, no zone (a table row
  '$240.00–$240.02' is two figures for one price a trader reads as $240).
- A zone closer than 0.25 x ATR to the close (or containing it) is neither
  support nor resistance: its kind is `current`. Of the others, supports are
  below the close and resistances above; the nearest 3 on each side are kept
  (range bounds always among them), and the list is sorted by price, highest
  first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..contracts import KeyLevel, LevelKind, TradingRange
from .bars import BarArrays, pct_change
from .tape import range_break

SWING_WING = 5
SWING_LOOKBACK = 252
CLUSTER_ATR_MULTIPLE = 0.5
CLUSTER_FALLBACK_PCT = 0.5
ZONE_ATR_MULTIPLE = 0.25
NARROW_ZONE_ATR = 0.05
ZONE_WIDEST_ATR = 0.5
LEVELS_PER_SIDE = 3
ROUND_STEPS_PER_PRICE = 50

# Lower wins: it names a merged zone and gives its price.
PRIORITY = {"range": 0, "broken_range": 0, "sma_50": 1, "sma_200": 1, "options": 2, "swing": 3,
            "round": 4}


@dataclass(frozen=True)
class Pivot:
    """A fractal swing point: bar index, price (the high or the low) and which one it is."""

    index: int
    price: float
    is_high: bool


@dataclass(frozen=True)
class SwingLevel:
    """A cluster of pivots: its mean price, zone and how many pivots touched it."""

    price: float
    zone_low: float
    zone_high: float
    touches: int
    highs: int
    lows: int

    @property
    def label(self) -> str:
        if self.lows == 0:
            return "swing high"
        return "swing low" if self.highs == 0 else "swing zone"


@dataclass(frozen=True)
class LevelCandidate:
    """A level before selection; `kind` is None when the side of the close decides it."""

    price: float
    label: str
    source: str
    touches: int = 0
    kind: LevelKind | None = None
    zone_low: float | None = None
    zone_high: float | None = None


def find_swing_pivots(high: np.ndarray, low: np.ndarray, wing: int = SWING_WING) -> list[Pivot]:
    """Fractal swing highs and lows, `wing` bars each side, oldest first."""
    if len(high) < 2 * wing + 1:
        return []
    pivots: list[Pivot] = []
    for series, is_high in ((high, True), (low, False)):
        windows = sliding_window_view(series if is_high else -series, 2 * wing + 1)
        centre = windows[:, wing]
        found = (centre > windows[:, :wing].max(axis=1)) & (
            centre >= windows[:, wing + 1:].max(axis=1))
        for offset in np.flatnonzero(found):
            index = int(offset) + wing
            pivots.append(Pivot(index, float(series[index]), is_high))
    return sorted(pivots, key=lambda pivot: pivot.index)


def cluster_pivots(pivots: Sequence[Pivot], tolerance: float) -> list[SwingLevel]:
    """Group pivots whose prices lie within `tolerance` of the group's lowest price."""
    groups: list[list[Pivot]] = []
    for pivot in sorted(pivots, key=lambda p: p.price):
        if groups and pivot.price - groups[-1][0].price <= tolerance:
            groups[-1].append(pivot)
        else:
            groups.append([pivot])
    return [_swing_level(group) for group in groups]


def _swing_level(group: Sequence[Pivot]) -> SwingLevel:
    prices = [pivot.price for pivot in group]
    highs = sum(pivot.is_high for pivot in group)
    return SwingLevel(price=float(np.mean(prices)), zone_low=min(prices), zone_high=max(prices),
                      touches=len(group), highs=highs, lows=len(group) - highs)


def recent_pivots(bars: BarArrays) -> list[Pivot]:
    """The swing pivots of the last 252 sessions, oldest first."""
    start = max(0, len(bars) - SWING_LOOKBACK)
    return find_swing_pivots(bars.high[start:], bars.low[start:])


def find_swing_levels(bars: BarArrays, atr_value: float | None,
                      pivots: Sequence[Pivot] | None = None) -> list[SwingLevel]:
    """Clustered swing levels from the last 252 sessions (`pivots`, when already found), lowest first."""
    found = recent_pivots(bars) if pivots is None else pivots
    return cluster_pivots(found, cluster_tolerance(bars.last_close, atr_value))


def cluster_tolerance(close: float, atr_value: float | None) -> float:
    """Price distance within which pivots count as the same level."""
    if atr_value is None:
        return close * CLUSTER_FALLBACK_PCT / 100.0
    return CLUSTER_ATR_MULTIPLE * atr_value


def round_number_step(price: float) -> float:
    """A round step for this price scale: 1, 2 or 5 x 10^k nearest price/50, at least 1."""
    raw = price / ROUND_STEPS_PER_PRICE
    if raw <= 1:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(raw))
    steps = [scale * factor for factor in (1, 2, 5, 10)]
    return min(steps, key=lambda step: abs(math.log(step / raw)))


def round_numbers_around(close: float) -> tuple[float, float]:
    """The nearest round number strictly below and strictly above the close."""
    step = round_number_step(close)
    below = math.floor(close / step) * step
    above = math.ceil(close / step) * step
    if below >= close:
        below -= step
    if above <= close:
        above += step
    return below, above


def swing_candidates(levels: Sequence[SwingLevel]) -> list[LevelCandidate]:
    """Swing levels as candidates; a zone is given when the cluster spans prices."""
    return [
        LevelCandidate(level.price, level.label, "swing", level.touches,
                       zone_low=level.zone_low if level.touches > 1 else None,
                       zone_high=level.zone_high if level.touches > 1 else None)
        for level in levels
    ]


def anchor_candidates(sma_50: float | None, sma_200: float | None,
                      trading_range: TradingRange | None,
                      max_pain: float | None) -> list[LevelCandidate]:
    """Moving averages, tight-range bounds and max pain as candidates."""
    found: list[LevelCandidate] = []
    for value, label, source in ((sma_50, "50-day MA", "sma_50"),
                                 (sma_200, "200-day MA", "sma_200")):
        if value is not None:
            found.append(LevelCandidate(value, label, source, kind=LevelKind.MOVING_AVERAGE))
    if trading_range is not None and trading_range.is_tight:
        found.append(LevelCandidate(trading_range.lower, "range bottom", "range"))
        found.append(LevelCandidate(trading_range.upper, "range top", "range"))
    if max_pain is not None:
        found.append(LevelCandidate(max_pain, "max pain", "options", kind=LevelKind.MAX_PAIN))
    return found


def wall_candidates(call_wall: float | None, put_wall: float | None, close: float) -> list[LevelCandidate]:
    """The options walls as candidates: the call strike with the most open interest above the close
    (a ceiling: call writers' hedging sells into a rally there, and a trader aims a long at it), the
    put strike with the most below it (a floor); a wall on the other side of the close is neither."""
    found: list[LevelCandidate] = []
    if call_wall is not None and call_wall > close:
        found.append(LevelCandidate(call_wall, "call wall", "options"))
    if put_wall is not None and put_wall < close:
        found.append(LevelCandidate(put_wall, "put wall", "options"))
    return found


def broken_edge(prior_range: TradingRange | None, close: float) -> list[LevelCandidate]:
    """The edge of yesterday's range that today's close broke through (tape.range_break), as a
    candidate."""
    side = range_break(close, prior_range)
    if prior_range is None or side is None:
        return []
    if side == "above":
        return [LevelCandidate(prior_range.upper, "old range top", "broken_range")]
    return [LevelCandidate(prior_range.lower, "old range bottom", "broken_range")]


AVERAGES = ("sma_50", "sma_200")
ANCHORS = ("range", "broken_range", *AVERAGES)
"""Levels a table never drops for a neighbour too close (apart): the averages and the range edges."""


def edges(candidate: LevelCandidate) -> tuple[float, float]:
    """A candidate's (low, high): its zone, or its price twice."""
    low = candidate.zone_low if candidate.zone_low is not None else candidate.price
    return low, candidate.zone_high if candidate.zone_high is not None else candidate.price


def group_edges(group: Sequence[LevelCandidate]) -> tuple[float, float]:
    """The (low, high) every member of a group spans."""
    spans = [edges(c) for c in group]
    return min(low for low, _ in spans), max(high for _, high in spans)


def merge_zones(candidates: Sequence[LevelCandidate], tolerance: float,
                widest: float = math.inf) -> list[list[LevelCandidate]]:
    """Group candidates, by their edges, whose near edge lies closer than `tolerance` to the
    group's far edge (a chain), while the group stays no wider than `widest`. A chain holding one
    moving average stops at the other: a zone named for the 200-day does not reach up to the
    50-day's value, which the article quotes as a level of its own."""
    groups: list[list[LevelCandidate]] = []
    for candidate in sorted(candidates, key=lambda c: (edges(c), c.price)):
        if groups and _joins(groups[-1], candidate, tolerance, widest):
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    return groups


def _joins(group: Sequence[LevelCandidate], candidate: LevelCandidate, tolerance: float,
           widest: float) -> bool:
    low, high = group_edges(group)
    near, far = edges(candidate)
    return near - high < tolerance and max(high, far) - low <= widest and \
        not _second_average(group, candidate)


def _second_average(group: Sequence[LevelCandidate], candidate: LevelCandidate) -> bool:
    """True when `candidate` is a moving average and `group` already holds the other one."""
    return candidate.source in AVERAGES and any(
        c.source in AVERAGES and c.source != candidate.source for c in group)


def zone_of(group: Sequence[LevelCandidate]) -> LevelCandidate:
    """One candidate for a group: the highest-priority member's price, label and kind, and a
    zone spanning every member (and every member's own zone) when the group spans prices."""
    primary = min(group, key=lambda c: (PRIORITY[c.source], c.price))
    if len(group) == 1:
        return primary
    low, high = group_edges(group)
    return LevelCandidate(primary.price, primary.label, primary.source,
                          sum(c.touches for c in group), kind=primary.kind,
                          zone_low=low if high > low else None, zone_high=high if high > low else None)


def rank(zone: LevelCandidate, close: float) -> tuple[int, int, float]:
    """Which of two zones too close to be two rows a table keeps (lower first): the higher-priority
    source, then more touches, then the one nearer the close."""
    return PRIORITY[zone.source], -zone.touches, abs(zone.price - close)


def crowded_out(candidates: Sequence[LevelCandidate], close: float, tolerance: float,
                widest: float = math.inf) -> list[list[LevelCandidate]]:
    """merge_zones, then, while two neighbouring zones (not two anchors) lie closer than `tolerance`
    edge to edge (the width cap kept them apart), the weaker one (`rank`) loses the members within
    `tolerance` of the stronger and the rest merge again: a member lying farther off stays, a level
    of its own (the eval's ^GSPC 2026-11-20: the round 7,000 past a swing zone that crowded the
    range top, which went with that zone before)."""
    pool = list(candidates)
    while True:
        groups = merge_zones(pool, tolerance, widest)
        pair = _crowded_pair(groups, close, tolerance)
        if pair is None:
            return groups
        low, high = group_edges(pair[0])
        near = {id(c) for c in pair[1] if edges(c)[0] - high < tolerance and low - edges(c)[1] < tolerance}
        pool = [c for c in pool if id(c) not in near]


def _crowded_pair(groups: Sequence[Sequence[LevelCandidate]], close: float, tolerance: float
                  ) -> tuple[Sequence[LevelCandidate], Sequence[LevelCandidate]] | None:
    """The first neighbouring (stronger, weaker) groups closer than `tolerance` edge to edge, two
    anchors aside (`apart` keeps both); None when there is none."""
    ordered = sorted(((zone_of(g), g) for g in groups), key=lambda zg: (edges(zg[0]), zg[0].price))
    for (a, ga), (b, gb) in zip(ordered, ordered[1:], strict=False):
        if edges(b)[0] - edges(a)[1] < tolerance and not (a.source in ANCHORS and b.source in ANCHORS):
            return (ga, gb) if rank(a, close) <= rank(b, close) else (gb, ga)
    return None


def apart(zones: Sequence[LevelCandidate], close: float, tolerance: float,
          pivots: Sequence[float] = (), narrow: float = 0.0) -> list[LevelCandidate]:
    """The zones, by edges, with every neighbouring pair whose facing edges lie closer than
    `tolerance` (the table would print two levels a trader reads as one zone, kept apart by the
    width cap) resolved to the better-ranked one. Two anchors (ANCHORS: moving averages and range
    edges, which the article quotes by name) both stay, as their own prices without the levels
    merged into them (real QQQ 2026-04-09, the 50-day at $601.08 with a swing zone up to $607.05
    over the 200-day's $594.76-$600.28); each counts the pivots at its own price (`pivots` within
    `narrow` of it, as a one-price row reads them: real QQQ 2026-04-08, the old range top at $588.59
    with pivots at $588.50 and $589.05)."""
    kept: list[LevelCandidate] = []
    for zone in sorted(zones, key=lambda z: (edges(z), z.price)):
        last = kept[-1] if kept else None
        if last is None or edges(zone)[0] - edges(last)[1] >= tolerance:
            kept.append(zone)
        elif zone.source in ANCHORS and last.source in ANCHORS:
            kept[-1:] = [bare(last, pivots, narrow), bare(zone, pivots, narrow)]
        elif rank(zone, close) < rank(last, close):
            kept[-1] = zone
    return kept


def bare(zone: LevelCandidate, pivots: Sequence[float] = (), narrow: float = 0.0) -> LevelCandidate:
    """A zone as its named level's own price: no zone, and for touches only the `pivots` within
    `narrow` of that price, not those of the levels merged into it."""
    return replace(zone, zone_low=None, zone_high=None,
                   touches=sum(abs(p - zone.price) <= narrow for p in pivots))


def one_price(candidate: LevelCandidate, narrow: float) -> LevelCandidate:
    """`candidate` without its zone when the zone is narrower than `narrow` (NARROW_ZONE_ATR ATRs):
    the put wall at $240.00 merged with a swing low at $240.02 is one level at $240.00, not a
    '$240.00–$240.02' zone (demo IWM 2026-11-20 before edsetup)."""
    if candidate.zone_low is None or candidate.zone_high is None or \
            candidate.zone_high - candidate.zone_low >= narrow:
        return candidate
    return replace(candidate, zone_low=None, zone_high=None)


def holds_close(candidate: LevelCandidate, close: float, tolerance: float) -> bool:
    """True when the level, or its zone, lies closer than `tolerance` to the close or contains it."""
    low = candidate.zone_low if candidate.zone_low is not None else candidate.price
    high = candidate.zone_high if candidate.zone_high is not None else candidate.price
    return low - tolerance < close < high + tolerance


def nearest_on_side(candidates: Sequence[LevelCandidate], close: float,
                    above: bool) -> list[LevelCandidate]:
    """The nearest LEVELS_PER_SIDE candidates strictly on one side; range bounds first."""
    side = [c for c in candidates if (c.price > close if above else c.price < close)]
    side.sort(key=lambda c: (c.source != "range", abs(c.price - close)))
    return side[:LEVELS_PER_SIDE]


def to_key_level(candidate: LevelCandidate, close: float, at_close: bool = False) -> KeyLevel:
    """A selected candidate as the contract's KeyLevel: `current` when its zone holds the close
    (neither support nor resistance), else its own kind or the side of the close."""
    side = LevelKind.RESISTANCE if candidate.price > close else LevelKind.SUPPORT
    return KeyLevel(
        kind=LevelKind.CURRENT if at_close else candidate.kind or side,
        price=candidate.price,
        zone_low=candidate.zone_low,
        zone_high=candidate.zone_high,
        label=candidate.label,
        source=candidate.source,
        touches=candidate.touches,
        distance_pct=pct_change(candidate.price, close),
    )


def select_key_levels(candidates: Sequence[LevelCandidate], close: float,
                      zone_tolerance: float, narrow: float = 0.0, widest: float = math.inf,
                      pivots: Sequence[float] = ()) -> list[KeyLevel]:
    """Merge near levels into zones no wider than `widest`, keep the better of two zones still too
    close, mark a zone holding the close as current, keep the nearest few on each side, and sort by
    price descending; a zone narrower than `narrow` is its price (and an anchor left bare counts the
    `pivots` at that price)."""
    merged = [zone_of(group) for group in crowded_out(candidates, close, zone_tolerance, widest)]
    zones = [one_price(zone, narrow) for zone in apart(merged, close, zone_tolerance, pivots, narrow)]
    current = [zone for zone in zones if holds_close(zone, close, zone_tolerance)]
    away = [zone for zone in zones if zone not in current]
    chosen = nearest_on_side(away, close, True) + nearest_on_side(away, close, False)
    levels = [to_key_level(candidate, close) for candidate in chosen]
    levels += [to_key_level(candidate, close, at_close=True) for candidate in current]
    return sorted(levels, key=lambda level: level.price, reverse=True)


def compute_key_levels(bars: BarArrays, atr_value: float | None, sma_50: float | None,
                       sma_200: float | None, trading_range: TradingRange | None,
                       max_pain: float | None = None,
                       prior_range: TradingRange | None = None,
                       walls: tuple[float | None, float | None] = (None, None)) -> list[KeyLevel]:
    """Supports below and resistances above the last close, nearest first per side. With the
    range that held until yesterday (`prior_range`) broken today, its broken edge is a level too
    ("old range top" under a breakout, "old range bottom" over a breakdown): the level the break
    has to hold, which the article's take names."""
    close = bars.last_close
    below, above = round_numbers_around(close)
    pivots = recent_pivots(bars)
    candidates = swing_candidates(find_swing_levels(bars, atr_value, pivots))
    candidates += [LevelCandidate(below, "round number", "round"),
                   LevelCandidate(above, "round number", "round")]
    candidates += anchor_candidates(sma_50, sma_200, trading_range, max_pain)
    candidates += broken_edge(prior_range, close)
    candidates += wall_candidates(*walls, close)
    scale = atr_value or close * CLUSTER_FALLBACK_PCT / 100.0
    return select_key_levels(candidates, close, ZONE_ATR_MULTIPLE * scale, NARROW_ZONE_ATR * scale,
                             ZONE_WIDEST_ATR * scale, [p.price for p in pivots])
