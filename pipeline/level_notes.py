"""The notes of the levels table: what a level row and the 'Current' row say, from the facts.

The template writer prints them (writers/tables.level_rows) and the verifier's row check
(verify/table_rows.level_note_holds) compares a row with them, so the two read one wording.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .contracts import KeyLevel, LevelKind, Snapshot
from .facts import FactSheet, article_date_style
from .indicators.setups import is_bare_round

_KIND_LABEL = {
    LevelKind.RESISTANCE: "Resistance", LevelKind.SUPPORT: "Support",
    LevelKind.MOVING_AVERAGE: "Moving average", LevelKind.MAX_PAIN: "Max pain",
    LevelKind.CURRENT: "Current",
}
WAYPOINT = "Waypoint"
"""The type of a round number nothing has tested (indicators.setups.is_bare_round): the scenarios
call it a waypoint, never a trigger, so the table does not offer it as support or resistance."""


def level_type(level: KeyLevel, close: float) -> str:
    """A level row's type column: a tight range's edge as the break it would be ('Breakout' above the
    close, 'Breakdown' below), an untested round number as a waypoint, anything else by its kind."""
    if level.source == "range":
        return "Breakout" if level.price > close else "Breakdown"
    if is_bare_round(level):
        return WAYPOINT
    return _KIND_LABEL.get(level.kind, level.kind.value.replace("_", " ").capitalize())


def current_note(s: Snapshot, sheet: FactSheet) -> str:
    """'Last close', and where it sits against the levels close enough to hold it (neither support
    nor resistance): at one (inside its zone, `_at_note`), just above or below it, or between two
    of them."""
    near = [(number, level) for number, level in enumerate(s.levels, start=1)
            if level.kind == LevelKind.CURRENT]
    if not near:
        return "Last close"
    if len(near) == 1:
        number, level = near[0]
        if _holds(level, s.close):
            return sheet.fill(_at_note(number, level, fell=s.returns.change_1d_pct < 0))
        side = "below" if row_low(level) > s.close else "above"
        named = f"the {side_label(level, s.close)} at {_where(number, level)}"
        return sheet.fill(f"Last close, just {side} {named}")
    over = [(n, lv) for n, lv in near if row_low(lv) > s.close]
    under = [(n, lv) for n, lv in near if row_low(lv) <= s.close]
    if over and under:
        (hi_n, hi), (lo_n, lo) = min(over, key=lambda p: p[1].price), max(under, key=lambda p: p[1].price)
        return sheet.fill(f"Last close, above the {side_label(lo, s.close)} at {_where(lo_n, lo)} "
                          f"and just under the {side_label(hi, s.close)} at {_where(hi_n, hi)}")
    side = "below" if over else "above"
    named = " and ".join(f"the {side_label(lv, s.close)} at {_where(n, lv)}"
                         for n, lv in sorted(near, key=lambda p: p[1].price))
    return sheet.fill(f"Last close, just {side} {named}")


def _at_note(number: int, level: KeyLevel, fell: bool = False) -> str:
    """The Current row's note when the close sits in a level's zone or on its price: the level with
    its figures, as every other note names one ('Last close, inside the swing zone at
    $679.82–$684.96', 'Last close, at the 50-day MA ($500.40)'), a range edge by the range's
    closing bound, as the scenarios quote it ('Last close, at the range bottom ($710.93)'). Before
    edvoice (stop 42) it read 'Last close, at the swing zone' (real SPY 2026-04-09) or 'at the range
    bottom' (real QQQ 2026-08-21): a level no row of the table printed, named without a price.
    A swing high the session fell onto (`fell`) is an old one, support now, whichever side of its
    price the close rounds to (news day SPY 2024-08-02 before edday, stop 45: 'Last close, at the
    swing high ($533.07)' under a break below the range, read as a close at a high)."""
    bound = _RANGE_BOUNDS.get(level.label) if level.source == "range" else None
    if bound is not None:  # a range edge by the range's closing bound, as the scenarios quote it
        return f"Last close, at the {level.label} ({{{bound}}})"
    if level.zone_low is not None and level.zone_high is not None and level.source not in _OWN_VALUE:
        return f"Last close, inside the {level.label} at {_where(number, level)}"
    label = "old swing high" if fell and level.label == "swing high" else level.label
    return f"Last close, at the {label} ({_where(number, level)})"


_RANGE_BOUNDS = {"range top": "range_upper", "range bottom": "range_lower"}


class SitsBy(NamedTuple):
    """The zone the close sits right by (close_sits_by): the Current row's slot, its label as it reads
    from the close, and the level."""
    slot: str
    label: str
    level: KeyLevel


def close_sits_by(s: Snapshot, above: bool) -> SitsBy | None:
    """The zone the close sits right under (`above`) or right over: a Current row (closer than a
    quarter ATR, so no trigger of its own) lying wholly on that side of the close, which the Current
    row's note names 'just below' ('just above'). A move that way meets it before any level the table
    lists on that side (demo QQQ 2026-11-20: the swing high at $626.99–$627.55, 0.1% over the $626.40
    close, while the dek named the range top at $629.76 as the level in its path and the bull case
    began there). The nearest such row that is a barrier (`_barrier`) and that no moving average
    lies in front of (real QQQ 2026-08-20: the 50-day at $713.05 sat between the $710.93 close and
    the old range bottom at $714.65); None when there is none."""
    near = [(number, level) for number, level in enumerate(s.levels, start=1)
            if level.kind == LevelKind.CURRENT and not _holds(level, s.close)
            and (row_low(level) > s.close) == above and _barrier(level)]
    if not near:
        return None
    number, level = min(near, key=lambda pair: abs(pair[1].price - s.close))
    if _average_in_front(s, level, above):
        return None
    return SitsBy(_where(number, level), side_label(level, s.close), level)


def _average_in_front(s: Snapshot, level: KeyLevel, above: bool) -> bool:
    """A moving average strictly between the close and the level's near figure as the row prints it
    (a zone's edge; a price of its own for an average, a wall or a broken range edge, whose zone may
    reach down to the average: real QQQ 2026-08-20's old range bottom at $714.65 spanned the 50-day
    at $713.05): a move meets the average first."""
    edge = level.price if level.source in _OWN_VALUE else (
        row_low(level) if above else (row_high(level) or level.price))
    low, high = (s.close, edge) if above else (edge, s.close)
    return any(sma is not None and low < sma < high and round(sma, 2) != round(level.price, 2)
               for sma in (s.trend.sma_50, s.trend.sma_200))


def _barrier(level: KeyLevel) -> bool:
    """A level a move has to get through: not the options' max pain (where expiry pays least, no
    line price turned at) nor a round number nothing has tested (a waypoint)."""
    return level.label != "max pain" and not is_bare_round(level)


def side_label(level: KeyLevel, close: float) -> str:
    """A level's label as it reads from the close: a swing high the close has cleared is an old one
    (support now), as a swing low over the close is (the scenarios' level_name). Before edsetup2 demo
    QQQ 2026-11-20 read 'Last close, between the swing highs at $622.21–$625.25 and $626.99–$627.55',
    two tops round a close that had cleared one of them."""
    above_close = row_low(level) > close
    if level.label == "swing high" and not above_close:
        return "old swing high"
    if level.label == "swing low" and above_close:
        return "old swing low"
    return level.label


def _holds(level: KeyLevel, close: float) -> bool:
    """The close inside the level's zone, or on the level itself (under 0.1% away)."""
    if level.zone_low is not None and level.zone_high is not None:
        return level.zone_low <= close <= level.zone_high
    return abs(level.distance_pct) < 0.1


def _where(number: int, level: KeyLevel) -> str:
    """How the note quotes a level: a zone by its span, as every other row prints it (the setups
    aim at its near edge and the scenarios quote it whole; its mean price is a third figure for
    one level); an average or a max pain by its own value, which a merged zone's span would
    misstate, and a broken range edge by the old range's closing bound, as the scenarios and the
    take quote it (scenarios.range_span)."""
    if level.zone_low is None or level.zone_high is None or level.source in _OWN_VALUE:
        return f"{{level_{number}}}"
    return f"{{level_{number}_low}}–{{level_{number}_high}}"


_OWN_VALUE = ("sma_50", "sma_200", "options", "broken_range")


def row_low(level: KeyLevel) -> float:
    """A level row's low: its zone's low edge, or its price."""
    return level.zone_low if level.zone_low is not None else level.price


def row_high(level: KeyLevel) -> float | None:
    """A level row's high: its zone's high edge, or none for a single price."""
    return level.zone_high if level.zone_low is not None else None


def level_note(level: KeyLevel, number: int, sheet: FactSheet) -> str:
    """A level row's note ('swing high, 3.37% above the close; 3 touches'); the verifier's row
    check (verify/table_rows.level_note_holds) reads a row printed this way from its fields. A swing
    the close has crossed is named as it reads from the close (`side_label`): a swing high under the
    close is an old swing high, support now, as the Current row, the scenarios and the setups call
    it (before, real SPY 2026-02-05's Support row at $667.34 read 'swing high, 1.52% below the
    close'). A round number nothing has tested says so ('round number, 1.02% below the close;
    untested'), as the scenarios do when they pass it as a waypoint. An options wall merged into
    the level's zone is named after it (`_wall_inside`). A range top at the closing high says both
    names ('range top and record close', edge_high_name)."""
    close = sheet.value("close")
    high = edge_high_name(level, sheet)
    label = f"range top and {high}" if high else side_label(level, close)
    note = f"{label}, {_distance_words(level, number, sheet)}"
    if level.touches > 1:
        note += f"; {{level_{number}_touches}} touches"
    elif is_bare_round(level):
        note += "; untested"
    return sheet.fill(note + tested_words(level, number, sheet) + _wall_inside(level, sheet))


def average_distance(level: KeyLevel, sheet: FactSheet) -> str | None:
    """The fact holding the close's distance from the moving average a row stands at
    (`pct_vs_sma_50`: the close measured against the average, as the analysis and the indicator
    table print it), or None for any other row."""
    fact = f"pct_vs_{level.source}"
    if level.source not in ("sma_50", "sma_200") or not sheet.has(fact, level.source) \
            or round(sheet.value(level.source), 2) != round(level.price, 2):
        return None
    return fact


def _distance_words(level: KeyLevel, number: int, sheet: FactSheet) -> str:
    """How far the close is from the row: an average's row measures the close against the average
    ('the close 2.02% above it'), one figure with the analysis and the indicator table; before
    edvoice (stop 42) demo QQQ's row read '50-day MA, 1.98% below the close' (the distance measured
    from the close) while the analysis said the close was 2.02% above it. Any other row, as the
    analysis and the dek quote it: the level measured from the close ('0.54% above the close')."""
    fact = average_distance(level, sheet)
    if fact is not None:
        side = "above" if sheet.value(fact) > 0 else "below"
        return f"the close {{{fact}:abs}} {side} it"
    side = "above" if level.price > sheet.value("close") else "below"
    return f"{{level_{number}_distance_pct:abs}} {side} the close"


def closing_high_name(price: float, sheet: FactSheet) -> str | None:
    """'record close' or '52-week closing high' when `price` is that closing high (to the cent), with a
    full year of history; None otherwise."""
    for fact, name in (("all_time_high", "record close"), ("high_52w", "52-week closing high")):
        if sheet.has(fact) and round(sheet.value(fact), 2) == round(price, 2):
            return name
    return None


def edge_high_name(level: KeyLevel, sheet: FactSheet) -> str | None:
    """The closing high (closing_high_name) a range top row above the close stands at: one price with
    two names, which the row, the analysis and the take say once together (demo QQQ 2026-11-20: the
    range top and the record close were both $629.76, and the analysis named each apart, never
    saying they were one level). None for any other row, or a zone (a span is not the high)."""
    if level.source != "range" or level.label != "range top" or level.zone_low is not None \
            or level.price <= sheet.value("close"):
        return None
    return closing_high_name(level.price, sheet)


def tested_words(level: KeyLevel, number: int, sheet: FactSheet) -> str:
    """How fresh a swing level is (indicators.level_tests): '; last tested Mar 3' while the closes
    have held one side of it, '; crossed Apr 9, not retested' once they went through and no session
    came back to it, '; crossed Apr 9, retested May 2' when one did, both dates with the year when
    one needs it (not 'crossed Feb 6, 2026, retested Nov 9'); '' for other levels. Before
    edsetup (this stop), 155 of the 231 swing rows of the real-data articles had been crossed since
    their pivot and no row said so: a trader could not tell a defended level from a line long gone."""
    tested, crossed = (f"level_{number}_{name}" for name in ("tested", "crossed"))
    if not sheet.has(tested):
        return ""
    when = _date_slot(tested, level.last_tested, sheet)
    if not sheet.has(crossed):
        return f"; last tested {when}"
    cross = _date_slot(crossed, level.crossed, sheet)
    if level.last_tested is None or level.crossed is None or level.last_tested <= level.crossed:
        return f"; crossed {cross}, not retested"
    if when.endswith(":short}") != cross.endswith(":short}"):
        when, cross = f"{{{tested}:year}}", f"{{{crossed}:year}}"  # one style in one note: both with the year
    return f"; crossed {cross}, retested {when}"


def _date_slot(name: str, when: date | None, sheet: FactSheet) -> str:
    """The slot of a date fact in the article's one date style (facts.article_date_style): short
    ('Mar 3') for a recent date of the session's year, else with the year ('Dec 15, 2025')."""
    session = sheet.facts["session"].value if sheet.has("session") else None
    if when is None or session is None or article_date_style(when, session) == "year":
        return f"{{{name}}}"
    return f"{{{name}:short}}"


_WALLS = (("call_wall", "call wall", True), ("put_wall", "put wall", False))


def _wall_inside(level: KeyLevel, sheet: FactSheet) -> str:
    """'; put wall at {put_wall}' when the options wall of the level's side of the close (a call wall
    above it, a put wall below) lies in the level's zone and the zone is named for something else:
    the levels merged the wall into a range edge or a swing zone (indicators.levels.zone_of keeps
    one label), and a trader reads the wall as a reason of its own for the level (demo QQQ
    2026-11-20: the $610.00 put wall inside the range bottom at $608.89-$610.35, whose row said only
    'range bottom'). '' otherwise."""
    if level.source == "options" or level.zone_low is None or level.zone_high is None:
        return ""
    close = sheet.value("close")
    for name, label, above in _WALLS:
        if not sheet.has(name):
            continue
        wall = sheet.value(name)
        if (wall > close) == above and level.zone_low - 0.005 <= wall <= level.zone_high + 0.005:
            return f"; {label} at {{{name}}}"
    return ""
