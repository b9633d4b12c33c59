"""Bull and bear cases, each tied to a level, and the setups that go with the short-term call.

Rules the bullets keep:
- The trigger is the nearest support/resistance/moving-average level on that
  side that is not `current` (a zone holding the close is never a trigger), so
  no bullet asks for a close at today's close.
- The "next" level lies beyond the trigger's whole zone and prints differently.
- A zone is quoted by the edge that matters, as the levels table prints it: the
  trigger by the edge a close must clear, the next level by the edge reached first;
  a range edge as trigger is quoted by its whole zone ('the range top at
  $629.76–$630.00'), the figure the table, the take and the setups use for it.
- A condition that already holds is stated as met, not awaited: MACD already
  above (or below) its signal, price already below (or above) the 50-day, the
  close already at a range edge.
- Price "at the 50-day average" when the distance rounds to 0.00%.
"""

from __future__ import annotations

import re

from ..contracts import Bias, KeyLevel, LevelKind, TradeSetup
from ..facts import FactSheet
from ..indicators.levels import ZONE_ATR_MULTIPLE
from ..indicators.setups import is_bare_round, is_wall, setups_for_bias
from ..level_notes import SitsBy, close_sits_by
from .base import Brief
from .phrases import vary as rotate
from .setup_text import call_clause, record_overhead, zone_edge

_TRADABLE = (LevelKind.RESISTANCE, LevelKind.SUPPORT, LevelKind.MOVING_AVERAGE)


_HIGH_DISTANCE = {"high_52w": "pct_from_52w_high", "all_time_high": "pct_from_ath",
                  "high_window": "pct_from_window_high"}


def high_distance(brief: Brief, high: str) -> tuple[str, bool]:
    """The slot for the distance between the close and the closing high `high` (high_52w,
    all_time_high, high_window), and whether it is measured from the close. A key level at that
    price gives the levels table's own distance (`level_N_distance_pct`: the high is N% above the
    close), so an article quotes one figure for the high; else the extremes' distance, measured
    from the high (the close is N% below it). Close-measured figures take 'above the close' words,
    high-measured ones 'below the high' words: before, demo QQQ read 'within reach, 0.53% above the
    close' (the record-measured 0.53%) beside the table's '0.54% above the close' for one $629.76."""
    s = brief.snapshot
    price = s.extremes.all_time_high if high == "all_time_high" else s.extremes.high_52w
    for number, level in enumerate(s.levels, start=1):
        if round(level.price, 2) == round(price, 2):
            return f"{{level_{number}_distance_pct:abs}}", True
    return f"{{{_HIGH_DISTANCE[high]}:abs}}", False


def tradable_side(brief: Brief, above: bool) -> list[KeyLevel]:
    """Trigger candidates on one side of the close, nearest first."""
    s = brief.snapshot
    side = [lv for lv in s.levels if lv.kind in _TRADABLE
            and (lv.price > s.close if above else lv.price < s.close)]
    return sorted(side, key=lambda lv: abs(lv.price - s.close))


def range_span(brief: Brief, slot: str) -> str:
    """A zone named as a trigger (a range edge, a swing zone, an average merged into one) is named
    by its whole zone, as the levels table prints it ('{level_6_low}–{level_6_high}'), so the take,
    the scenarios, the setups and the table quote one level one way (a trigger at the far edge and a
    target at the near edge of the same zone read as two levels); any other slot, and a broken range
    edge (quoted by the old range's closing bound), is returned as is."""
    found = re.fullmatch(r"\{level_(\d+)_(?:low|high)\}", slot)
    if found is None:
        return slot
    if brief.snapshot.levels[int(found.group(1)) - 1].source == "broken_range":
        return slot  # the broken edge is the old range's closing bound, as the take and holding bullets say
    return f"{{level_{found.group(1)}_low}}–{{level_{found.group(1)}_high}}"


def level_slot(brief: Brief, level: KeyLevel) -> str:
    return f"{{level_{brief.snapshot.levels.index(level) + 1}}}"


def edge_slot(brief: Brief, level: KeyLevel, above: bool, clear: bool) -> str:
    """The figure a bullet quotes for a level: for a zone, the edge that matters, as the levels
    table prints it. A trigger (`clear`) quotes the edge a close has to get through (the top of a
    zone above the close, the bottom of one below), the setups' breakout entry; the next level
    quotes the edge a move reaches first (the bottom of a zone above, the top below), where the
    setups aim their targets. A single price quotes the price."""
    if level.zone_low is None or level.zone_high is None:
        return level_slot(brief, level)
    top = above if clear else not above
    return level_slot(brief, level)[:-1] + ("_high}" if top else "_low}")


def edge_price(level: KeyLevel, above: bool, clear: bool) -> float:
    """The price `edge_slot` quotes."""
    if level.zone_low is None or level.zone_high is None:
        return level.price
    return level.zone_high if (above if clear else not above) else level.zone_low


def next_beyond(brief: Brief, sheet: FactSheet, trigger: KeyLevel, above: bool) -> KeyLevel | None:
    """The nearest level whose near edge lies beyond the trigger's zone, by more than the zone
    tolerance (ZONE_ATR_MULTIPLE ATRs: anything closer is the same zone, not a next level), and
    prints differently; a round number nothing has tested is no next support or resistance (the table
    calls it a waypoint: real SPY 2026-06-05 read 'Lose it, and the next support is $720' over a
    'Waypoint | $720.00 | round number ...; untested' row)."""
    edge = edge_price(trigger, above, clear=True)
    printed = sheet.fill(edge_slot(brief, trigger, above, clear=True))
    gap = ZONE_ATR_MULTIPLE * (brief.snapshot.volatility.atr_14 or 0.0)
    for level in tradable_side(brief, above):
        if is_bare_round(level):
            continue
        near = edge_price(level, above, clear=False)
        beyond = near > edge + gap if above else near < edge - gap
        if beyond and sheet.fill(edge_slot(brief, level, above, clear=False)) != printed:
            return level
    return None


def hard_by(brief: Brief, sheet: FactSheet, trigger: KeyLevel, above: bool) -> KeyLevel | None:
    """A zone of its own (a row of the levels table) that starts past the trigger's edge within the
    zone tolerance and reaches beyond it: its near edge too close to be the move's next objective
    (next_beyond looks past it), its far edge too far for it to be the trigger's own zone. A trader
    meets it the moment the trigger gives, so the case names it between the trigger and the next
    level (demo DIA 2026-11-20: the $475.35-$476.71 swing zone, 3 touches, just over the $474.50
    range top, skipped for 'the next resistance at $480.00'). A level wholly inside the tolerance
    is the trigger's zone and stays unnamed."""
    edge = edge_price(trigger, above, clear=True)
    printed = sheet.fill(edge_slot(brief, trigger, above, clear=True))
    gap = ZONE_ATR_MULTIPLE * (brief.snapshot.volatility.atr_14 or 0.0)
    for level in tradable_side(brief, above):
        if level is trigger or is_bare_round(level):
            continue
        near, far = edge_price(level, above, clear=False), edge_price(level, above, clear=True)
        starts_close = edge < near <= edge + gap if above else edge - gap <= near < edge
        reaches_past = far > edge + gap if above else far < edge - gap
        fresh = sheet.fill(edge_slot(brief, level, above, clear=False)) != printed
        if starts_close and reaches_past and fresh:
            return level
    return None


def edge_hard_by(brief: Brief, sheet: FactSheet, up: bool) -> tuple[str, str] | None:
    """(name, slot) of the level right past a holding range's edge (`hard_by`) when that edge is the
    case's trigger on its side, quoted as the case's bullet quotes it: a take that opens on the edge
    names what a break meets at once, as the case does (demo DIA 2026-11-20 read 'Watch the range top
    at $474.50: a close beyond it would end the range' with the $475.35-$476.71 swing zone, 3 touches,
    right over it, named by the bull case only). None otherwise."""
    edge, trigger = range_edge_level(brief, up), trigger_level(brief, up)
    if edge is None or trigger is not edge:
        return None
    close_by = hard_by(brief, sheet, trigger, up)
    if close_by is None:
        return None
    slot = range_span(brief, edge_slot(brief, close_by, up, clear=False)) + around(close_by)
    return bullet_name(close_by, up), slot


def move_levels(brief: Brief, sheet: FactSheet, trigger: KeyLevel,
                above: bool) -> tuple[KeyLevel | None, KeyLevel | None]:
    """(hard_by, next): the level met right past the trigger, if any, and the next level beyond
    it (or beyond the trigger without one)."""
    close = hard_by(brief, sheet, trigger, above)
    return close, next_beyond(brief, sheet, close if close is not None else trigger, above)


def current_edge(brief: Brief, source_label: str) -> bool:
    """True when the range edge named `source_label` is the zone holding the close."""
    return any(lv.kind == LevelKind.CURRENT and lv.source == "range" and lv.label == source_label
               for lv in brief.snapshot.levels)


def split_side(side: list[KeyLevel]) -> tuple[KeyLevel | None, KeyLevel | None]:
    """(waypoint, trigger) on one side: the trigger is the nearest level a move has tested (a range
    edge, a swing, an average); a bare round number nearer than it (indicators.setups.is_bare_round:
    nothing has tested it) or an options wall (is_wall: positioning, not a level price turned at; the
    setups never trade its break) is only a waypoint, never what a breakout or breakdown is called at."""
    trigger = next((lv for lv in side if not is_bare_round(lv) and not is_wall(lv)), None)
    before = side if trigger is None else side[:side.index(trigger)]
    return (before[0] if before else None), trigger


def trigger_level(brief: Brief, above: bool) -> KeyLevel | None:
    """The level a close has to get through for the case on one side (split_side)."""
    return split_side(tradable_side(brief, above))[1]


FAR_SUPPORT_ATR = 4.0
"""Under a record, a first tested support more than this many ATRs below is far: 'the level to
watch on a pullback' 11% away reads as a line in the sand it is not."""


def record_trend_line(brief: Brief, sheet: FactSheet) -> bool:
    """A close at or just under its record, with no tested level overhead and its first tested
    support far (or absent): the 20-day average, when it lies between that support and the close,
    is the near line a trader holds the run to; the take stands on it and the bear case names it."""
    return sheet.has("sma_20") and trend_line_near_record(brief)


def trend_line_near_record(brief: Brief) -> bool:
    """record_trend_line from the snapshot alone (for the final call's clause, which has no sheet)."""
    s = brief.snapshot
    sma, atr = s.trend.sma_20, s.volatility.atr_14
    if sma is None or not atr or sma >= s.close:
        return False
    if not s.extremes.new_all_time_high and s.extremes.all_time_high - s.close > FAR_SUPPORT_ATR * atr:
        return False
    if trigger_level(brief, True) is not None:
        return False
    first = trigger_level(brief, False)
    if first is None:
        return True
    edge = edge_price(first, False, clear=True)
    return s.close - edge > FAR_SUPPORT_ATR * atr and sma > edge


NEAR_LINE_ATR = 2.0
"""A line under the close within this many ATRs is 'near' (a pullback's reach, the setups'
PULLBACK_REACH_ATR); further down the prose names it without the word."""


def trend_line_close(brief: Brief) -> bool:
    """The 20-day average lies within NEAR_LINE_ATR of the close: the article may call it the near
    line. A record run stretched further above it (QQQ 2026-05-14: 4.1 ATRs) has no near line."""
    s = brief.snapshot
    sma, atr = s.trend.sma_20, s.volatility.atr_14
    return sma is not None and atr is not None and atr > 0 and abs(s.close - sma) <= NEAR_LINE_ATR * atr


def within_range(brief: Brief, price: float) -> bool:
    """`price` lies strictly between the tight range's edges: a close through it is a step inside
    the range, not past it."""
    rng = brief.snapshot.range
    return rng is not None and rng.lower < price < rng.upper


def extends_break(brief: Brief, above: bool) -> bool:
    """The close broke the range that held up to yesterday on this side: the case is about holding
    the break and the next level, not about confirming a breakout that already happened."""
    tape = brief.snapshot.tape
    return tape is not None and tape.range_break == ("above" if above else "below")


def inside_range(brief: Brief) -> bool:
    """A tight range holds the close: only a close beyond its edges is a breakout or breakdown."""
    rng = brief.snapshot.range
    return rng is not None and rng.is_tight and rng.lower < brief.snapshot.close < rng.upper


def range_edge_level(brief: Brief, up: bool) -> KeyLevel | None:
    """The range's top (up) or bottom row in the levels table; None when the table has none (the
    edge merged into the current row when the close sits at it)."""
    label = "range top" if up else "range bottom"
    return next((lv for lv in brief.snapshot.levels if lv.source == "range" and lv.label == label
                 and lv.kind != LevelKind.CURRENT), None)


def range_edge_slot(brief: Brief, up: bool) -> str:
    """The one figure (or zone) a tight range's top (up) or bottom is quoted by, wherever the article
    names it: its row in the levels table (the whole zone when the closing bound merged with swings,
    '{level_2_low}–{level_2_high}'), else its closing bound (the table folded the edge into the
    current row). A band of closes quoted by its closing bounds beside a zone for the same edge
    reads as two range tops ('$249.26' and '$249.17–$249.95', IWM 2026-11-20)."""
    level = range_edge_level(brief, up)
    if level is None:
        return "{range_upper}" if up else "{range_lower}"
    return range_span(brief, edge_slot(brief, level, up, clear=True))


def range_edge_quote(brief: Brief, up: bool) -> tuple[str, str] | None:
    """(slot, label) of the edge of a tight range holding the close on one side, the line a view
    inside the range stands on (range_edge_slot); None outside a holding range."""
    if not inside_range(brief):
        return None
    return range_edge_slot(brief, up), "range top" if up else "range bottom"


def range_band(brief: Brief, text: str) -> str:
    """`text` with a holding tight range's closing bounds ('{range_lower}', '{range_upper}') quoted
    by range_edge_slot: a single figure as is, a zone as 'the $249.17–$249.95 zone', so the band of
    closes and the levels table name each edge by one figure. Outside a holding range, unchanged."""
    if not inside_range(brief):
        return text
    for up, bound in ((True, "{range_upper}"), (False, "{range_lower}")):
        slot = range_edge_slot(brief, up)
        zone = "–" in slot
        text = text.replace(f"at {bound}", f"at {slot}" if zone else f"at {bound}")  # named: no 'zone'
        text = text.replace(bound, f"the {slot} zone" if zone else slot)
    return text


def _what(level: KeyLevel, above: bool, past_waypoint: bool, past_zone: bool = False) -> str:
    """How the trigger is named: a range edge as such, an average by name when it is quoted at its
    own value (a zone round it is quoted by an edge, which is not the average's figure), anything
    else as the nearest (or, past a round-number waypoint, the first tested) support/resistance;
    past a zone at the close (`_sits_by`) by its own name, since the zone came first (real SPY
    2026-07-30 read 'Right under the close, the swing low at $739.51–$740.00 is the first test for
    sellers.' then 'sellers need a close under the nearest support at $731.53')."""
    if level.source == "range":
        return "range top" if above else "range bottom"
    if level.source in ("sma_50", "sma_200") and level.zone_low is None:
        return average_name(level)
    if past_zone:
        return bullet_name(level, above)
    return f"{'first tested' if past_waypoint else 'nearest'} {'resistance' if above else 'support'}"


def around(level: KeyLevel) -> str:
    """What a zone built round an average holds, said after its figures (' (around the 200-day
    average)'), where prose quotes the zone: named before them, 'the 200-day average at $660.00'
    would misquote the average's own value."""
    if level.source in ("sma_50", "sma_200") and level.zone_low is not None:
        return f" (around the {average_name(level)})"
    return ""


def bullet_name(level: KeyLevel, above: bool) -> str:
    """A level's name before its figures in a bullet: an average quoted at its own value by name,
    anything else by `level_name` (a zone round an average says so after its figures: `around`)."""
    if level.source in ("sma_50", "sma_200") and level.zone_low is None:
        return average_name(level)
    return level_name(level, above)


def level_words(level: KeyLevel, above: bool) -> str:
    """The one name a level goes by in every section: 'resistance zone around the 200-day average',
    'old swing high', 'range top', '50-day average'."""
    if level.source in ("sma_50", "sma_200"):
        return level_name(level, above) + around(level).replace(" (", " ").rstrip(")") \
            if level.zone_low is not None else average_name(level)
    return level_name(level, above)


def average_name(level: KeyLevel) -> str:
    """'200-day average' for the level of the 200-day MA."""
    return level.label.replace(" MA", " average")


def level_name(level: KeyLevel, above: bool) -> str:
    """A level's name where prose quotes it by an edge: its label, except an average merged into a
    zone ('support zone', the average named after the figures: `around`), whose edge is not the
    average's own figure, and a swing high under the close (a swing low over it), which is an old
    one ('old swing high'), as the setups name it."""
    if level.source in ("sma_50", "sma_200") and level.zone_low is not None:
        return "resistance zone" if above else "support zone"
    if level.label == "swing high" and not above:  # a high price has since cleared: support now
        return "old swing high"
    if level.label == "swing low" and above:
        return "old swing low"
    return level.label


Bullet = tuple[float | None, str]
"""A bullet and the price a move meets it at (None: a stated condition, not awaited)."""


def side_bullets(brief: Brief, sheet: FactSheet, above: bool) -> list[Bullet]:
    """The stated edge or break, the waypoint, the trigger and the next level beyond it, for one
    side, in the order a move meets them."""
    bullets: list[Bullet] = [(None, text) for text in _stated(brief, sheet, above)]
    first = None if bullets else _sits_by(brief, above)
    if first is not None:
        bullets.append((None, vary(brief, _SITS_BY[above], "sits-by", above).format(
            name=first.label, slot=first.slot)))
    waypoint, trigger = split_side(tradable_side(brief, above))
    if waypoint is not None:
        marks: tuple[str, ...] = (_WALL_WAYPOINT if is_wall(waypoint) else _WAYPOINT)[above]
        if first is not None:  # the zone at the close came first, so the waypoint is not 'first'
            marks = (_WALL_PAST if is_wall(waypoint) else _WAYPOINT_PAST)[above]
        bullets.append((waypoint.price, vary(brief, marks, "waypoint", above).format(
            slot=level_slot(brief, waypoint))))
    if trigger is None:
        return _with_record(brief, bullets) if above else bullets
    slot = range_span(brief, edge_slot(brief, trigger, above, clear=True)) + around(trigger)
    what = _what(trigger, above, waypoint is not None, first is not None)
    bank: tuple[str, ...] = _BULL_TRIGGER if above else _BEAR_TRIGGER
    if extends_break(brief, above):
        bank = _BULL_EXTEND if above else _BEAR_EXTEND
    elif inside_range(brief) and trigger.source != "range":  # the range edge is the break, not this
        bank = _BULL_INSIDE if above else _BEAR_INSIDE
        if not within_range(brief, edge_price(trigger, above, clear=True)):  # the edge is at the close
            bank = _BULL_BEYOND if above else _BEAR_BEYOND
    if trigger.source == "broken_range":  # a close back through the broken edge undoes the break
        what, bank = trigger.label, _UNDO_BREAKDOWN if above else _UNDO_BREAKOUT
    bullets.append((edge_price(trigger, above, clear=True),
                    vary(brief, bank, "trigger", above).format(what=what, slot=slot)))
    close_by, beyond = move_levels(brief, sheet, trigger, above)
    if close_by is not None:
        slot = range_span(brief, edge_slot(brief, close_by, above, clear=False)) + around(close_by)
        words = {"name": bullet_name(close_by, above), "slot": slot,
                 "at": "spanning" if "–" in slot else "at"}  # a zone is met across its width
        text = vary(brief, _HARD_BY[above], "hard-by").format(**words)
        bullets.append((edge_price(close_by, above, clear=False), text))
    if beyond is not None:
        bank = _BULL_NEXT if above else _BEAR_NEXT
        bullets.append((edge_price(beyond, above, clear=False), vary(brief, bank, "next", above).format(
            slot=next_slot(brief, beyond, above))))
    return bullets


_RECORD_LINE = ("With nothing tested overhead, the record close at {all_time_high} is the line; a close "
                "above it would leave no higher close on the chart.",
                "Nothing tested stands overhead short of the record close at {all_time_high}; a close "
                "above it is the bull case's trigger.",
                "No tested ceiling sits overhead; buyers need a close above the record close at "
                "{all_time_high}.",
                "Above the close, only the record close at {all_time_high} counts; a close past it is "
                "the bull case's trigger.")
"""The bull case under a record close above today's with no tested level overhead to trigger on (the
final call's and the take's condition: setup_text.waits_for_record): before edtrade2, news day
2024-07-11 SPY's bull case named only the untested round number at $560."""


def _with_record(brief: Brief, bullets: list[Bullet]) -> list[Bullet]:
    """`bullets` with the record close as the bull case's line, in price order, when no tested level
    lies above the close and the record close does (not at a record today)."""
    extremes = brief.snapshot.extremes
    if not record_overhead(brief.snapshot):
        return bullets
    at = next((n for n, (price, _) in enumerate(bullets)
               if price is not None and price > extremes.all_time_high), len(bullets))
    return [*bullets[:at], (extremes.all_time_high, vary(brief, _RECORD_LINE, "record-line")), *bullets[at:]]


def next_slot(brief: Brief, level: KeyLevel, above: bool) -> str:
    """How a next level is quoted: the edge a move reaches first, except a range edge, which is
    named with its whole zone as the table, the take and the setups quote it ('$249.17–$249.95
    (the range top)'), not by a third figure under another name; a zone round an average by its edge
    and the average ('$199.66 (top of the 200-day zone)'), which the reader otherwise meets as a bare
    support (news day IWM 2024-08-02 after edzones: 'the next support sits at $199.66')."""
    slot = edge_slot(brief, level, above, clear=False)
    if level.source in ("sma_50", "sma_200") and level.zone_low is not None:
        return slot + zone_edge(level, not above)
    if level.source in ("sma_50", "sma_200"):  # the average by its name, as the table's row has it
        return f"{slot} (the {average_name(level)})"
    if level.source != "range":
        return slot
    return f"{range_span(brief, slot)} (the {level.label})"


def _stated(brief: Brief, sheet: FactSheet, above: bool) -> list[str]:
    """What already holds on this side: the close at a tight range's edge, or a break of the range
    that held up to yesterday (then the case starts from holding it)."""
    edge_label = "range top" if above else "range bottom"
    tight = brief.snapshot.range is not None and brief.snapshot.range.is_tight
    if tight and current_edge(brief, edge_label):
        slot = "{range_upper}" if above else "{range_lower}"
        test = "breakout" if above else "breakdown"
        return [f"The close already sits at the {edge_label} at {slot}, so the {test} test is under way."]
    edge = "prior_range_upper" if above else "prior_range_lower"
    if extends_break(brief, above) and sheet.has(edge):
        return [vary(brief, _HOLDING[above], "holding", above).format(slot="{" + edge + "}")]
    return []


def _sits_by(brief: Brief, above: bool) -> SitsBy | None:
    """The zone of the Current row a move this way meets first (level_notes.close_sits_by), unless it
    is the 50-day average, which its own bullet names as the short-term trend's line (real DIA
    2026-04-09's bear case named the 50-day at $480.35 twice, one bullet after the other)."""
    first = close_sits_by(brief.snapshot, above)
    return None if first is None or first.level.source == "sma_50" else first


_SITS_BY = {True: ("The close sits just under the {name} at {slot}, the first thing buyers meet.",
                   "First on the way up is the {name} at {slot}, right over the close.",
                   "Buyers meet the {name} at {slot} first; it sits just above the close.",
                   "Right over the close, the {name} at {slot} is the first hurdle for buyers."),
            False: ("The close sits just over the {name} at {slot}, the first thing sellers meet.",
                    "First on the way down is the {name} at {slot}, right under the close.",
                    "Sellers meet the {name} at {slot} first; it sits just below the close.",
                    "Right under the close, the {name} at {slot} is the first test for sellers.")}
"""A zone of the Current row wholly on this side (`_sits_by`): no trigger, so close it cannot be one,
but the first thing a move this way has to get through, as the dek and the table's Current row say."""


def trigger_bullets(brief: Brief, sheet: FactSheet, above: bool) -> list[str]:
    """The bullets of side_bullets, as text."""
    return [text for _, text in side_bullets(brief, sheet, above)]


_BULL_TRIGGER = ("A close above the {what} at {slot} on volume above its 20-day average would mark "
                 "a breakout.",
                 "A daily close over the {what} at {slot} with volume over its 20-day average "
                 "would confirm the breakout.",
                 "To break out, buyers need a close over the {what} at {slot}.",
                 "On a daily close above the {what} at {slot}, that ceiling would turn into a floor.",
                 "The upside case starts once price closes above the {what} at {slot}.")
_BEAR_TRIGGER = ("A close below the {what} at {slot} would mark a breakdown.",
                 "A daily close under the {what} at {slot} would open the way lower.",
                 "To break down, sellers need a close under the {what} at {slot}.",
                 "On a daily close below the {what} at {slot}, that floor would turn into a ceiling.",
                 "The downside case starts once price closes below the {what} at {slot}.")
"""The trigger bullet: no two options share a run of bench/editorial.py's RUN_WORDS (8) words once the
level's name and figure fill them (the word before 'close', its preposition or the mark after the
figure differ, and each keeps a word the verifier reads as a condition: 'a close', 'once'), so two
same-day articles whose triggers are both zones do not read as one clause (demo DIA and SPY
2026-11-20 after edzones: 'a close above the range top at $X–$Y' in both)."""
_UNDO_BREAKDOWN = ("A close back above the {what} at {slot} would undo the breakdown.",
                   "Buyers first need a close back over the {what} at {slot}, which would make the "
                   "break a false one.",
                   "The bull case starts once price closes back above the {what} at {slot}, inside the "
                   "old range.",
                   "Getting back over the {what} at {slot} on a daily close would undo the breakdown.")
_UNDO_BREAKOUT = ("A close back below the {what} at {slot} would undo the breakout.",
                  "Sellers first need a close back under the {what} at {slot}, which would make the "
                  "break a false one.",
                  "The bear case starts once price closes back below the {what} at {slot}, inside the "
                  "old range.",
                  "Slipping back under the {what} at {slot} on a daily close would undo the breakout.")
"""A close back through a broken range edge: one option per instrument of a session (news day
2024-08-02: DIA and SPY both read 'Buyers first need a close back over the old range bottom' from
a bank of three), no two sharing an 8-word run (see _BULL_TRIGGER)."""
_WAYPOINT = {True: ("The round number at {slot} comes first, a waypoint rather than a tested "
                     "ceiling.",
                     "First mark overhead: the round number at {slot}, which no swing has tested.",
                     "On the way up, the round number at {slot} is only a waypoint; nothing has "
                     "turned price there.",
                     "The round number at {slot} is the first mark above, untested, so a waypoint and "
                     "not a trigger."),
             False: ("The round number at {slot} comes first, a waypoint rather than a tested floor.",
                     "First mark below: the round number at {slot}, which no swing has tested.",
                     "On the way down, the round number at {slot} is only a waypoint; nothing has "
                     "turned price there.",
                     "The round number at {slot} is the first mark below, untested, so a waypoint and "
                     "not a trigger.")}
_WALL_WAYPOINT = {True: ("The call wall at {slot} comes first: the heaviest call open interest, not a "
                         "tested ceiling.",
                         "First mark overhead: the call wall at {slot}, positioning rather than a level "
                         "price has turned at.",
                         "On the way up, the call wall at {slot} is only a waypoint; options positioning "
                         "sits there, but no swing has tested it.",
                         "The call wall at {slot} is the first mark above, heavy open interest and not a "
                         "trigger."),
                  False: ("The put wall at {slot} comes first: the heaviest put open interest, not a "
                          "tested floor.",
                          "First mark below: the put wall at {slot}, positioning rather than a level price "
                          "has turned at.",
                          "On the way down, the put wall at {slot} is only a waypoint; options positioning "
                          "sits there, but no swing has tested it.",
                          "The put wall at {slot} is the first mark below, heavy open interest and not a "
                          "trigger.")}
"""A wall nearer than the first tested level: named for what it is, and not the trigger."""
_WAYPOINT_PAST = {side: ("Past it comes the round number at {slot}: untested, a waypoint and no trigger.",
                         "Then the round number at {slot}, which no swing has tested: a waypoint, not "
                         "a trigger.",
                         "Beyond it lies the round number at {slot}, a mark nothing has turned price "
                         "at yet.") for side in (True, False)}
_WALL_PAST = {True: ("Past it comes the call wall at {slot}: heavy call open interest, not a tested "
                     "ceiling.",
                     "Then the call wall at {slot}, options positioning rather than a level price "
                     "has turned at."),
              False: ("Past it comes the put wall at {slot}: heavy put open interest, not a tested "
                      "floor.",
                      "Then the put wall at {slot}, options positioning rather than a level price "
                      "has turned at.")}
"""The waypoint or wall after a zone at the close (`_sits_by`): next, not first (real IWM 2026-08-20
read 'The close sits just under the old range bottom at $298.25, the first thing buyers meet.' then
'First mark overhead: the round number at $300')."""
_HOLDING = {True: ("The breakout already stands above the old range top at {slot}; closes that stay "
                   "over it keep it intact.",
                   "Buyers already have the break: the case holds while closes stay above the old "
                   "range top at {slot}.",
                   "With the close already through the old range top at {slot}, the first job is to "
                   "hold it.",
                   "The old range top at {slot} is already behind the close; the break lasts as long "
                   "as it holds as a floor."),
            False: ("The breakdown already stands below the old range bottom at {slot}; closes that "
                    "stay under it keep it intact.",
                    "Sellers already have the break: the case holds while closes stay below the old "
                    "range bottom at {slot}.",
                    "With the close already through the old range bottom at {slot}, the first job is "
                    "to keep it there.",
                    "The old range bottom at {slot} is already above the close; the break lasts as "
                    "long as it caps the rebounds.")}
_BULL_INSIDE = ("Within the range, buyers first want a close above the {what} at {slot}.",
                "A close above the {what} at {slot} would be the first gain inside the range.",
                "Inside the range, the first step up is a close above the {what} at {slot}.",
                "Buyers' first step is a close above the {what} at {slot}, still inside the range.")
_BEAR_INSIDE = ("Within the range, sellers first want a close below the {what} at {slot}.",
                "A close below the {what} at {slot} would be the first loss inside the range.",
                "Inside the range, the first step down is a close below the {what} at {slot}.",
                "Sellers' first step is a close below the {what} at {slot}, still inside the range.")
_BULL_BEYOND = ("Past the range top, buyers want a close above the {what} at {slot}.",
                "A close above the {what} at {slot}, over the range, would carry a break further.",
                "Over the range, the first tested ceiling is the {what} at {slot}; a close above it "
                "would extend a break.",
                "Beyond the range, the first step up is a close above the {what} at {slot}.")
_BEAR_BEYOND = ("Past the range bottom, sellers want a close below the {what} at {slot}.",
                "A close below the {what} at {slot}, under the range, would carry a break further.",
                "Under the range, the first tested floor is the {what} at {slot}; a close below it "
                "would extend a break.",
                "Beyond the range, the first step down is a close below the {what} at {slot}.")
"""A trigger beyond the range's edge while the close sits at that edge (the edge is the close's
own zone, so not a trigger): the bullet says the level lies past the range, not inside it."""
_BULL_EXTEND = ("A close above the {what} at {slot} would carry the breakout a step further.",
                "The breakout's next test is the {what} at {slot}; a close above it extends the move.",
                "Follow-through means a close above the {what} at {slot}.",
                "From here, buyers want a close above the {what} at {slot}, the break's next step.")
_BEAR_EXTEND = ("A close below the {what} at {slot} would carry the breakdown a step further.",
                "The breakdown's next test is the {what} at {slot}; a close below it extends the slide.",
                "Follow-through means a close below the {what} at {slot}.",
                "From here, sellers want a close below the {what} at {slot}, the break's next step.")
_HARD_BY = {True: ("Right over it sits the {name} {at} {slot}, the first test for buyers once it gives.",
                   "The {name} {at} {slot} lies just above it, so a move through has that to clear at once.",
                   "Just past it, the {name} {at} {slot} is where buyers are tested first.",
                   "Hard above it, the {name} {at} {slot} stands in the way before anything further."),
            False: ("Right under it sits the {name} {at} {slot}, the first test for sellers once it gives.",
                    "The {name} {at} {slot} lies just below it, so a move through has that to get past at "
                    "once.",
                    "Just past it, the {name} {at} {slot} is where sellers are tested first.",
                    "Hard below it, the {name} {at} {slot} stands in the way before anything further.")}
"""A level of its own met right past the trigger (`hard_by`), named before the next level."""
_BULL_NEXT = ("Follow-through would put the next resistance at {slot} in play.",
              "Beyond it, the next resistance sits at {slot}.",
              "Above that, the next resistance comes in at {slot}.",
              "Clear it, and the next resistance is {slot}.",
              "The next resistance after that is {slot}.")
_BEAR_NEXT = ("Below that, the next support waits at {slot}.",
              "Under it, the next support sits at {slot}.",
              "A break there would bring the next support at {slot} into view.",
              "Lose it, and the next support is {slot}.",
              "The next support after that is {slot}.")
_MACD = {(True, True): ("MACD already sits above its signal, so momentum backs a move higher.",
                        "With MACD already above its signal, momentum backs a move higher.",
                        "MACD already runs above its signal, a tailwind for buyers.",
                        "Momentum is with the buyers: MACD already sits above its signal."),
         (True, False): ("A MACD cross back above its signal would confirm the move.",
                         "A MACD cross above its signal would add momentum to the move.",
                         "Buyers would want MACD to cross above its signal to confirm it.",
                         "Confirmation would come from a MACD cross above its signal."),
         (False, False): ("MACD already sits below its signal, so momentum leans lower.",
                          "With MACD already below its signal, momentum leans lower.",
                          "MACD already runs below its signal, a tailwind for sellers.",
                          "Momentum is with the sellers: MACD already sits below its signal."),
         (False, True): ("A MACD cross below its signal would confirm the selling.",
                         "A MACD cross below its signal would add momentum to the selling.",
                         "Sellers would want MACD to cross below its signal to confirm it.",
                         "Confirmation of the selling would come from a MACD cross below its signal.")}


def vary(brief: Brief, bank: tuple[str, ...], *keys: object) -> str:
    """One wording from `bank`, fixed for an instrument and session, and rotated like the prose
    (phrases.vary) so one session's articles take different wordings rather than a hash's."""
    return rotate(bank, brief, "|".join(map(str, keys)))


def macd_bullet(brief: Brief, bull: bool) -> str | None:
    m = brief.snapshot.momentum
    if m.macd is None or m.macd_signal is None:
        return None
    return vary(brief, _MACD[(bull, m.macd > m.macd_signal)], "macd", bull)


def named_levels(brief: Brief, sheet: FactSheet) -> list[KeyLevel]:
    """The levels the trigger bullets name: each side's trigger and the next level beyond it."""
    named = []
    for above in (True, False):
        trigger = trigger_level(brief, above)
        if trigger is not None:
            named += [trigger, *(lv for lv in move_levels(brief, sheet, trigger, above) if lv is not None)]
    return named


def average_bullet(brief: Brief, sheet: FactSheet, bull: bool) -> str | None:
    """The 50-day average: awaited on the side it would change, stated when it already holds."""
    if not sheet.has("sma_50", "pct_vs_sma_50"):
        return None
    if any(lv.source == "sma_50" for lv in named_levels(brief, sheet)):
        return None  # a trigger or next-level bullet already names it
    distance = sheet.value("pct_vs_sma_50")
    if round(distance, 2) == 0:
        return None if bull else ("Price sits at the 50-day average at {sma_50}; the next close "
                                  "decides which side of it holds.")
    if distance > 0:
        return None if bull else vary(brief, _LOSE_50, "sma_50")
    return vary(brief, _RECLAIM_50 if bull else _BELOW_50, "sma_50", bull)


_LOSE_50 = ("Losing the 50-day average at {sma_50} would hand the short-term trend to sellers.",
            "A close below the 50-day average at {sma_50} would hand the short-term trend to sellers.",
            "The 50-day average at {sma_50} is the line for the short-term trend; a close under it "
            "favors sellers.",
            "Should price close below the 50-day average at {sma_50}, sellers would take the "
            "short-term trend.")
_RECLAIM_50 = ("Reclaiming the 50-day average at {sma_50} would hand the short-term trend back to "
               "buyers.",
               "A close back above the 50-day average at {sma_50} would return the short-term trend "
               "to buyers.",
               "The short-term trend turns back to buyers only with a close over the 50-day average "
               "at {sma_50}.",
               "A daily close over the 50-day average at {sma_50} would give buyers the short-term "
               "trend again.")
_BELOW_50 = ("Price already sits below the 50-day average at {sma_50}, so sellers hold the "
             "short-term trend.",
             "With price already below the 50-day average at {sma_50}, sellers hold the short-term "
             "trend.",
             "Sellers already hold the short-term trend: price is under the 50-day average at "
             "{sma_50}.",
             "The 50-day average at {sma_50} is already overhead, a short-term edge for sellers.")


def _average_place(brief: Brief, bull: bool, bullets: list[Bullet]) -> int:
    """Where the 50-day bullet goes: before the first awaited level a move meets after the average
    (a trigger or next level further out than it), else after them all; stated bullets stay first,
    and an average already lost (or at the close) is stated after the levels."""
    s = brief.snapshot
    sma = s.trend.sma_50
    if sma is None or (s.close >= sma if bull else s.close <= sma):
        return len(bullets)
    return next((n for n, (price, _) in enumerate(bullets)
                 if price is not None and (price > sma if bull else price < sma)), len(bullets))


def _below_place(price: float | None, bullets: list[Bullet]) -> int:
    """Where a bear bullet at `price` goes: before the first awaited level further down."""
    return next((n for n, (at, _) in enumerate(bullets)
                 if at is not None and price is not None and at < price), len(bullets))


_TREND_LINE_20 = ("The 20-day average at {sma_20} is the line the run has ridden; a close under it "
                  "would be the first crack in the advance.",
                  "The near line is the 20-day average at {sma_20}, the run's trend; a close below it "
                  "would be the first sign of a turn.",
                  "First line below: the 20-day average at {sma_20}, the trend the record run rides; "
                  "losing it would be the first crack.",
                  "A close below the 20-day average at {sma_20}, the run's trend line, would be the "
                  "first crack in the advance.")
_TREND_LINE_20_FAR = ("The 20-day average at {sma_20} is the line the run has ridden, a long way under "
                      "the close; a close under it would be the first crack in the advance.",
                      "The run has left its 20-day average, at {sma_20}, far behind; a close back "
                      "below it would be the first sign of a turn.",
                      "First line below, and a deep pullback away: the 20-day average at {sma_20}, the "
                      "trend the record run rides; losing it would be the first crack.",
                      "A close below the 20-day average at {sma_20}, the run's trend line well under "
                      "the close, would be the first crack in the advance.")
"""The bear case's trend line when it is more than NEAR_LINE_ATR below the close: never 'near'."""


def scenario_lists(brief: Brief, sheet: FactSheet) -> tuple[list[str], list[str]]:
    """Bull and bear cases, each tied to the level that would trigger it."""
    bull, bear = scenario_slots(brief, sheet)
    return [sheet.fill(b) for b in bull], [sheet.fill(b) for b in bear]


def scenario_slots(brief: Brief, sheet: FactSheet) -> tuple[list[str], list[str]]:
    """The bull and bear bullets with their `{fact}` slots unfilled (for the model's prompt)."""
    cases = []
    for bull in (True, False):
        placed = side_bullets(brief, sheet, above=bull)
        average = average_bullet(brief, sheet, bull)
        if average is not None:  # in the order a move meets the levels
            placed.insert(_average_place(brief, bull, placed), (brief.snapshot.trend.sma_50, average))
        if not bull and record_trend_line(brief, sheet):
            placed.insert(_below_place(brief.snapshot.trend.sma_20, placed),
                          (brief.snapshot.trend.sma_20,
                           vary(brief, _TREND_LINE_20 if trend_line_close(brief) else _TREND_LINE_20_FAR,
                                "sma_20")))
        bullets = [text for _, text in placed]
        bullets += [text for text in (macd_bullet(brief, bull),) if text is not None]
        if not bullets:
            bullets.append("A close above the session's high would put buyers in control." if bull
                           else "A failure to hold the session's low would put the move in doubt.")
        cases.append(bullets)
    return cases[0], cases[1]


def setups_for_call(brief: Brief) -> list[TradeSetup]:
    """The setups that agree with the short-term call: longs when it is bullish, shorts when it
    is bearish, both sides when it is neutral."""
    if not brief.include_setups:
        return []
    return setups_for_bias(brief.snapshot.setups, brief.scores.bias)


def setup_reason(brief: Brief, framed: bool = True) -> str:
    """How the shown setups follow from the short-term call (writers/setup_text.py): the shown
    setup's trigger, or what would create the setup a directional call has none of yet."""
    shown, bias = setups_for_call(brief), brief.scores.bias
    if not brief.include_setups:
        return ""
    wanted = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(bias)
    if len(shown) > 1:
        if all(setup.style == "fade" for setup in shown):
            return "; the setups fade the range edges until one of them gives"
        return "; setups on both sides wait for their trigger"
    return call_clause(brief, shown, wanted, framed)
