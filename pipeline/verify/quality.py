"""Is a snapshot handed in from a file internally consistent? Pure: no I/O, no clock.

A snapshot built by `pipeline.indicators` is consistent by construction (and the
market stage has refused stuck quotes and missing bars before it was built). A
snapshot read from a file may have been edited, truncated or assembled by hand,
so before an article is checked against it, its own fields are checked against
each other: a zero change with a moving price (a stuck quote), a change that
disagrees with the close and the previous close, a quote from another day than
the session, a price outside the day's range, a divergence or a level distance
that does not follow from the values it is derived from, an upside-down range,
too little history.

Every finding has code `data-quality` and names the field and both values.
Tolerances allow for values rounded to two decimals when the file was written.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..contracts import Finding, Snapshot
from . import codes

MIN_BARS_USED = 20
"""Fewer sessions than this cannot carry the 20-day averages, RSI or ATR the article uses."""

PRICE_TOLERANCE = 0.011
"""Price units: a change printed to cents may differ from close - prev_close by half a cent
on each side."""

PCT_TOLERANCE = 0.011
"""Percent and percentage points, for a value rounded to two decimals."""

DIVERGENCE_TOLERANCE = 0.021
"""A divergence is the difference of two rounded percentages plus its own rounding."""

SECTION = "snapshot"


def snapshot_quality(snapshot: Snapshot) -> list[Finding]:
    """Data-quality findings on `snapshot` (empty: fit to check an article against)."""
    return [
        *_stuck_quote(snapshot),
        *_change_matches_prices(snapshot),
        *_quote_on_session(snapshot),
        *_prices_inside_range(snapshot),
        *_divergences(snapshot),
        *_level_distances(snapshot),
        *_trading_range(snapshot),
        *_enough_history(snapshot),
    ]


def _issue(field: str, message: str, expected: str | None = None, source: str | None = None) -> Finding:
    return codes.finding("data-quality", f"{field}: {message}", section=SECTION, span=None,
                         expected=expected, source=source or f"snapshot.{field}")


def _pct(new: float, old: float) -> float | None:
    return None if old == 0 else (new - old) / old * 100


def _stuck_quote(s: Snapshot) -> Iterator[Finding]:
    if s.close == s.prev_close and s.high > s.low:
        yield _issue("close", f"close {s.close:g} equals prev_close {s.prev_close:g} while the day "
                     f"ranged {s.low:g}-{s.high:g}; a stuck quote (zero change with a moving price)",
                     source="snapshot.close, snapshot.prev_close, snapshot.high, snapshot.low")


def _change_matches_prices(s: Snapshot) -> Iterator[Finding]:
    change = s.close - s.prev_close
    if abs(s.returns.change_1d - change) > PRICE_TOLERANCE:
        yield _issue("returns.change_1d", f"{s.returns.change_1d:g} but close - prev_close is "
                     f"{s.close:g} - {s.prev_close:g} = {change:.4g}", expected=f"{change:.4g}",
                     source="snapshot.close - snapshot.prev_close")
    pct = _pct(s.close, s.prev_close)
    if pct is None:
        yield _issue("prev_close", "is 0; no percentage change can be computed")
    elif abs(s.returns.change_1d_pct - pct) > PCT_TOLERANCE:
        yield _issue("returns.change_1d_pct", f"{s.returns.change_1d_pct:.4g}% but close "
                     f"{s.close:g} vs prev_close {s.prev_close:g} is {pct:.4g}%", expected=f"{pct:.4g}",
                     source="(close - prev_close) / prev_close")


def _quote_on_session(s: Snapshot) -> Iterator[Finding]:
    if s.as_of.date() != s.session:
        yield _issue("as_of", f"the quote is dated {s.as_of.date()} ({s.as_of.isoformat()}) but the "
                     f"session is {s.session}; a stale quote", expected=s.session.isoformat(),
                     source="snapshot.session")


def _prices_inside_range(s: Snapshot) -> Iterator[Finding]:
    if s.low > s.high:
        yield _issue("low", f"low {s.low:g} is above high {s.high:g}", source="snapshot.high")
        return
    for name, value in (("open", s.open), ("close", s.close)):
        if not s.low <= value <= s.high:
            yield _issue(name, f"{name} {value:g} is outside the day's range low {s.low:g} - "
                         f"high {s.high:g}", expected=f"{s.low:g}-{s.high:g}",
                         source="snapshot.low, snapshot.high")


def _divergences(s: Snapshot) -> Iterator[Finding]:
    """Against the move the prices give, so one wrong change_1d_pct is one finding, not six."""
    own = _pct(s.close, s.prev_close)
    if own is None:
        own = s.returns.change_1d_pct
    for i, move in enumerate(s.related):
        derived = own - move.change_1d_pct
        if abs(move.divergence_pp - derived) > DIVERGENCE_TOLERANCE:
            yield _issue(f"related[{i}].divergence_pp",
                         f"{move.divergence_pp:.4g} pp vs {move.symbol}, but the move {own:.4g}% "
                         f"minus {move.symbol}'s {move.change_1d_pct:.4g}% is {derived:.4g} pp",
                         expected=f"{derived:.4g}",
                         source=f"(close - prev_close) / prev_close - related[{i}].change_1d_pct")


def _level_distances(s: Snapshot) -> Iterator[Finding]:
    for i, level in enumerate(s.levels):
        derived = _pct(level.price, s.close)
        if derived is None:
            continue  # a zero close is reported by the price checks
        if abs(level.distance_pct - derived) > PCT_TOLERANCE:
            yield _issue(f"levels[{i}].distance_pct",
                         f"{level.distance_pct:.4g}% for {level.label} at {level.price:g}, but "
                         f"({level.price:g} - close {s.close:g}) / close is {derived:.4g}%",
                         expected=f"{derived:.4g}", source=f"(levels[{i}].price - close) / close")
        if level.zone_low is not None and level.zone_high is not None and level.zone_low > level.zone_high:
            yield _issue(f"levels[{i}].zone_low", f"zone_low {level.zone_low:g} is above zone_high "
                         f"{level.zone_high:g} for {level.label}")


def _trading_range(s: Snapshot) -> Iterator[Finding]:
    if s.range is not None and s.range.lower > s.range.upper:
        yield _issue("range.lower", f"range lower {s.range.lower:g} is above range upper "
                     f"{s.range.upper:g}", source="snapshot.range.upper")


def _enough_history(s: Snapshot) -> Iterator[Finding]:
    if s.bars_used < MIN_BARS_USED:
        yield _issue("bars_used", f"{s.bars_used} sessions of history; at least {MIN_BARS_USED} are "
                     "needed for the averages and oscillators an article quotes (bars missing?)",
                     expected=f">= {MIN_BARS_USED}")
