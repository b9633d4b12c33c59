"""The take's stance: what the desk thinks, and the close that would prove it wrong.

The take names the level that matters (angle_text's pivot); this sentence turns the short-term
bias into a view with its line in the sand: for a bullish bias the nearest support below the
close, for a bearish one the nearest resistance above, for a neutral one both sides. The scores
themselves stay in the badge line and the final-call table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..angles import Angle, AngleKind
from ..contracts import Bias
from ..facts import FactSheet
from .base import Brief
from .phrases import vary_fresh
from .scenarios import (
    around,
    edge_slot,
    level_name,
    range_edge_quote,
    range_span,
    setups_for_call,
    split_side,
    tradable_side,
)
from .setup_text import (
    average_at,
    bias_side_filtered,
    both_sides_refused,
    pending_for,
    side_aside,
    skipped_break,
)

_BULLISH = ["We lean bullish; a close below the {label} at {slot} would prove that wrong.",
            "Our read is bullish while closes hold above {slot}, the {label}.",
            "We side with the buyers until a close under the {label} at {slot}.",
            "The view is bullish, and {slot} ({label}) is where it would be wrong."]
_BEARISH = ["We lean bearish; a close above the {label} at {slot} would prove that wrong.",
            "Our read is bearish while closes stay under {slot}, the {label}.",
            "We side with the sellers until a close over the {label} at {slot}.",
            "The view is bearish, and {slot} ({label}) is where it would be wrong."]
_BULLISH_NO_TRADE = ["We lean bullish without a long to take yet; a close below the {label} at {slot} would "
                     "prove the lean wrong.",
                     "The lean is bullish, but it is not a trade yet; it holds while closes stay above "
                     "{slot}, the {label}.",
                     "Bullish as a lean, with no long on offer; a close under the {label} at {slot} would "
                     "end it.",
                     "The view leans bullish without a long to act on, and {slot} ({label}) is where "
                     "it would be wrong."]
_BEARISH_NO_TRADE = ["We lean bearish without a short to take yet; a close above the {label} at {slot} would "
                     "prove the lean wrong.",
                     "The lean is bearish, but it is not a trade yet; it holds while closes stay under "
                     "{slot}, the {label}.",
                     "Bearish as a lean, with no short on offer; a close over the {label} at {slot} would "
                     "end it.",
                     "The view leans bearish without a short to act on, and {slot} ({label}) is where "
                     "it would be wrong."]
"""A directional call whose side the desk's trend filter keeps out (setup_text.bias_side_filtered):
the take says it is a lean without a trade (the final call said why), not 'we side with the
buyers' beside 'the long side stands aside'."""
_NEUTRAL = ["We stay neutral: a close above {up} would make the case for buyers, one below {down} "
            "for sellers.",
            "No side yet: above {up} the buyers have it, below {down} the sellers do.",
            "We wait for the close to pick a side: {up} above, {down} below.",
            "Neutral for now; the first close beyond {up} or {down} decides it."]
_NEUTRAL_ONE = ["We stay neutral until a close {side} {slot}.",
                "No side yet; a close {side} {slot} picks one.",
                "Neutral for now: {slot} is the close that would change that.",
                "We wait for a close {side} {slot} before taking a side."]
_BULLISH_HELD = ["We lean bullish while {slot} holds.", "Our read stays bullish as long as {slot} holds.",
                 "We side with the buyers while closes stay above {slot}.",
                 "The view is bullish above {slot}."]
_BEARISH_HELD = ["We lean bearish while {slot} caps it.", "Our read stays bearish below {slot}.",
                 "We side with the sellers while {slot} caps the price.", "The view is bearish under {slot}."]
_BULLISH_AGAINST = ["Our lean stays bullish on the trend, not on this session; only a close back above "
                    "{slot} would undo the damage.",
                    "The trend keeps us bullish, but this session argues the other way; a close back over "
                    "{slot} would settle it for the buyers.",
                    "We stay bullish on the bigger trend, and this session is the case against it: "
                    "the buyers need {slot} back.",
                    "The bullish lean comes from the trend, and this session cuts against it; it "
                    "needs a close above {slot} to hold up."]
_BEARISH_AGAINST = ["Our lean stays bearish on the trend, not on this session; only a close back "
                    "below {slot} would undo the rally.",
                    "The trend keeps us bearish, but this session argues the other way; a close back "
                    "under {slot} would settle it for the sellers.",
                    "We stay bearish on the bigger trend, and this session is the case against it: "
                    "the sellers need {slot} back.",
                    "The bearish lean comes from the trend, and this session cuts against it; it "
                    "needs a close below {slot} to hold up."]
_NEUTRAL_PIVOT_UP = ["Neutral for now; a close through it, or below {slot}, decides it.",
                     "No side yet: through it the buyers have it, below {slot} the sellers do.",
                     "We wait for the close to pick a side: through it, or under {slot}.",
                     "We take no side until a close clears it or loses {slot}."]
_NEUTRAL_PIVOT_DOWN = ["Neutral for now; a close through it, or above {slot}, decides it.",
                       "No side yet: through it the sellers have it, above {slot} the buyers do.",
                       "We wait for the close to pick a side: through it, or over {slot}.",
                       "We take no side until a close gives it up or clears {slot}."]
"""The neutral stance when the take's level sentence already named one side ('it')."""
_NEUTRAL_HELD = ["We stay neutral until one of them gives.", "Neutral until then.",
                 "Until one side breaks, we take neither.", "No side until a close settles it."]
_REFUSED = ["Neutral either way: a break of {up} or {down} would end {case} without giving us a side.",
            "We stay on the sidelines even on a break of {up} or {down}; the 200-day has to back a side "
            "first.",
            "A break of {up} or {down} alone would not give us a side.",
            "We stay neutral, and a break of {up} or {down} on its own would not change that."]
_REFUSED_PIVOT_UP = ["Neutral either way: a break of it, or of {slot}, would end {case} without giving us "
                     "a side.",
                     "Even a close through it, or below {slot}, would leave us neutral until the 200-day "
                     "backs a side.",
                     "A break of it, or of {slot}, alone would not give us a side.",
                     "We stay on the sidelines through a break of it or of {slot}; the 200-day has to "
                     "back a side first."]
_REFUSED_PIVOT_DOWN = [option.replace("below {slot}", "above {slot}") for option in _REFUSED_PIVOT_UP]
_REFUSED_HELD = ["Neither break would give us a side on its own.",
                 "A break either way ends {case}, not our neutral stance.",
                 "We stay neutral through a break either way.", "Neutral, even on a break."]
"""The neutral stance when the final call stands aside on both sides (the trend filter keeps the long
and the short out: setup_text.both_sides_refused): a break ends `{case}` and gives no side, so the
take does not promise one (demo IWM 2026-11-20 read 'We take no side until a close clears it or loses
the range bottom at $241.00' under 'a close above $250.00 or below $241.00 ends the range and nothing
more')."""

_BROKE = {
    "below": ["Sellers have the break while closes stay under {edge}, yet {aside}; buyers need a close "
              "back above {back}.",
              "The break is the sellers' to keep below {edge}, but {aside}; a close back over {back} "
              "would hand it to the buyers.",
              "The sellers hold the edge while {edge} caps the closes, though {aside}; the buyers are "
              "back on a close above {back}.",
              "Below {edge}, the break is the sellers', yet {aside}; the buyers need a close back "
              "above {back}."],
    "above": ["Buyers have the break while closes stay over {edge}, yet {aside}; sellers need a close "
              "back below {back}.",
              "The break is the buyers' to keep above {edge}, but {aside}; a close back under {back} "
              "would hand it to the sellers.",
              "The buyers hold the edge while {edge} holds under the closes, though {aside}; the sellers are "
              "back on a close below {back}.",
              "Above {edge}, the break is the buyers', yet {aside}; the sellers need a close back "
              "below {back}."]}
"""The neutral stance on a session that closed out of its range (tape.range_break): the break has
picked a side, so the take says whose it is and why the call stays neutral (the trend filter keeps
that side's trade out, or the break has yet to follow through) instead of 'No side yet' beside a dek
whose break 'sets the direction' (news day SPY 2024-08-02 before edday, stop 45). No lean word
('we lean bearish'): the bias is the Pulse's (verify/story.py, story-lean)."""
_UNCONFIRMED = {"below": "the call stays neutral until a close under {next} follows through",
                "above": "the call stays neutral until a close over {next} follows through"}
_UNCONFIRMED_BARE = "the call stays neutral until the break follows through"


@dataclass(frozen=True)
class BrokenStance:
    """The neutral story of a range-break session (`broken_parts`): the way the range broke, the
    broken edge's slot, why the call stays neutral (`aside`: the trend filter keeps that side's
    trade out, or the break has yet to follow through) and the level that would hand the break back
    (`back`, 'that line' when it is the broken edge itself)."""

    way: str  # "below" or "above"
    edge: str
    aside: str
    back: str


def broken_parts(brief: Brief, sheet: FactSheet, said: str = "") -> BrokenStance | None:
    """The parts of the neutral stance after a range break, shared by the template's take
    (`broken_stance`) and the model's plan (llm_plan.view_line); None on any other session."""
    tape = brief.snapshot.tape
    if brief.scores.bias != Bias.NEUTRAL or tape is None or tape.range_break is None \
            or not sheet.has("prior_range_lower", "prior_range_upper"):
        return None
    down = tape.range_break == "below"
    edge = "{prior_range_lower}" if down else "{prior_range_upper}"
    back_level = _call_side(brief, sheet, "long" if down else "short",
                            bracket(brief, "up" if down else "down"))
    if back_level is None:
        return None
    onward = bracket(brief, "down" if down else "up")
    aside = side_aside(brief, "short" if down else "long")
    if aside is None and onward is not None and sheet.fill(_figures(onward[0])) != sheet.fill(edge):
        aside = _UNCONFIRMED[tape.range_break].replace("{next}", _named(onward, said))
    elif aside is None:
        aside = _UNCONFIRMED_BARE
    same = sheet.fill(_figures(back_level[0])) == sheet.fill(edge)  # the broken edge itself
    back = "that line" if same else _named(back_level, said)
    return BrokenStance(tape.range_break, edge, aside, back)


def broken_stance(brief: Brief, sheet: FactSheet, pivot: str, said: str, avoid: str = "") -> str | None:
    """The neutral stance after a range break (`_BROKE`): the broken edge ('it' when the take's
    pivot names it), why the call stays neutral, and the close that hands the break back (the other
    side's level as the final call names it, `_call_side`); None on any other session."""
    parts = broken_parts(brief, sheet, said)
    if parts is None:
        return None
    edge_words = "it" if sheet.fill(parts.edge) in pivot else parts.edge
    text = vary_fresh(_BROKE[parts.way], brief, "take-stance", said, avoid)
    return sheet.fill(text.replace("{edge}", edge_words).replace("{aside}", parts.aside)
                      .replace("{back}", parts.back))


def stance_sentence(brief: Brief, sheet: FactSheet, pivot: str, line: str | None = None,
                    against: str | None = None, said: str = "", avoid: str = "") -> str:
    """The bias as a view with the close that would prove it wrong; `pivot` is the take's level
    sentence (filled), so a level it already names is referred to, not quoted twice. `line`: the
    slot of a broken edge the view stands on (a breakout the bias follows), instead of the nearest
    level; the shown setup's stop instead when that setup enters at or past the line (a pullback long
    under the broken edge: real DIA 2026-04-09 read 'Our read stays bullish as long as $479.16 holds'
    over a long in at $470.38, the view wrong before the trade starts). `against`: the slot of the
    level the bias needs back when the session's top angle went the other way (a breakdown under a
    bullish lean): the view says the session argues against it instead of leaning as if nothing
    happened. `said`: the take so far (the pivot by default); the
    wording repeats none of its phrases ('would end' twice: phrases.vary_fresh), nor reads `avoid`
    (the final call) back."""
    said = said or pivot
    bias = brief.scores.bias
    below, above = bracket(brief, "down"), bracket(brief, "up")
    if bias == Bias.NEUTRAL:
        broke = broken_stance(brief, sheet, pivot, said, avoid)
        if broke is not None:
            return broke
        return _neutral(brief, sheet, (_call_side(brief, sheet, "long", above),
                                       _call_side(brief, sheet, "short", below)),
                        pivot, said, avoid, refused=both_sides_refused(brief))
    if against is not None:
        bank = _BULLISH_AGAINST if bias == Bias.BULLISH else _BEARISH_AGAINST
        return sheet.fill(vary_fresh(bank, brief, "take-stance", said, avoid).replace("{slot}", against))
    line_stop = setup_stop_line(brief, sheet, (line, "")) if line is not None else None
    if line is not None and line_stop is None:
        held = vary_fresh(_held_bank(bias), brief, "take-stance", said, avoid)
        return sheet.fill(_lean_only(brief, held).replace("{slot}", line))
    level = line_stop or (below if bias == Bias.BULLISH else above)
    if level is None:
        return ""
    level = setup_stop_line(brief, sheet, level) or level
    slot, label = level
    if sheet.fill(_figures(slot)) in pivot:
        held = vary_fresh(_held_bank(bias), brief, "take-stance", said, avoid)
        return sheet.fill(_lean_only(brief, held).replace("{slot}", slot))
    if bias_side_filtered(brief):
        bank = _BULLISH_NO_TRADE if bias == Bias.BULLISH else _BEARISH_NO_TRADE
    else:
        bank = _BULLISH if bias == Bias.BULLISH else _BEARISH
    named = [one_bracket(option, slot).replace("{label}", label) for option in bank]
    return sheet.fill(vary_fresh(named, brief, "take-stance", said, avoid).replace("{slot}", slot))


def one_bracket(text: str, slot: str) -> str:
    """`text` without its bracketed label ('{slot} ({label})') when the slot carries a bracket of its
    own (a zone round an average: '{level_3_low}–{level_3_high} (around the 50-day average)'): one
    bracket, the one naming the average, not two in a row (news day SPY 2024-12-18 read
    '$590.00-$590.86 (around the 50-day average) (resistance zone) is where it would be wrong')."""
    return text.replace(" ({label})", "") if slot.endswith(")") else text


def _held_bank(bias: Bias) -> list[str]:
    return _BULLISH_HELD if bias == Bias.BULLISH else _BEARISH_HELD


def _side_word(bias: Bias) -> str:
    return "long" if bias == Bias.BULLISH else "short"


def _lean_only(brief: Brief, held: str) -> str:
    """A held-level stance ('We lean bearish while {slot} caps it.') said as a lean without a trade
    when the desk's trend filter keeps the bias's side out (the broken edge or the pivot the view
    stands on, as for the nearest level: real SPY 2026-03-30 read 'We lean bearish while $634.09
    caps it' under 'no short setup while the 200-day average is rising')."""
    if not bias_side_filtered(brief):
        return held
    return held.removesuffix(".") + f", but as a lean without a {_side_word(brief.scores.bias)} to take yet."


def setup_stop_line(brief: Brief, sheet: FactSheet, level: tuple[str, str]) -> tuple[str, str] | None:
    """(slot, label) of the shown setup's stop, when the bias's setup buys (sells) at or beyond the
    level the view would otherwise be wrong under (a fade or pullback long entering at that support,
    or at a deeper one): a close through the level is on the way to the trade's entry, not where the
    view fails; the stop beyond the entry is. Compared by value (the level's figures from the fact
    sheet against the setup's entry), not by printed strings (real IWM 2026-05-14: 'wrong below
    $277.88, the range bottom' above a long that buys the range bottom at $277.88 with its stop at
    $274.45; real SPY 2026-06-08: 'until a close under the range bottom at $737.55' above a long
    that buys the swing low at $731.53). None otherwise."""
    direction = "long" if brief.scores.bias == Bias.BULLISH else "short"
    setup = next((s for s in setups_for_call(brief) if s.direction == direction), None)
    if setup is None or setup.style == "breakout" or not sheet.has(f"setup_{direction}_stop"):
        return None
    figures = [sheet.value(name) for name in _SLOT_NAME.findall(_figures(level[0])) if sheet.has(name)]
    if not figures:
        return None
    long = direction == "long"
    beyond = setup.entry <= max(figures) + _CENT if long else setup.entry >= min(figures) - _CENT
    if not beyond:
        return None
    return f"{{setup_{direction}_stop}}", f"{direction} setup's stop"


_SLOT_NAME = re.compile(r"\{([A-Za-z0-9_]+)(?::[a-z]+)?\}")
_CENT = 0.005
"""Half a cent: a setup entry and a level figure this close are the same printed price."""


def _call_side(brief: Brief, sheet: FactSheet, direction: str,
               level: tuple[str, str] | None) -> tuple[str, str] | None:
    """For a neutral stance, the level on `direction`'s side as the final call names it: the pending
    breakout's entry when the call gives that as the side's condition (no setup shown, and no word on
    why it skips the nearer level: setup_text.skipped_break) at another value than `level`'s figures
    (compared by value, not by printed strings); `level` otherwise. News day QQQ 2025-01-27 read 'We
    wait for the close to pick a side: through it, or over $527.92' above a call whose long came
    with 'a close above $539.15': two swing highs for one idea."""
    pending = pending_for(brief, direction)
    if level is None or pending is None or pending.style != "breakout" or setups_for_call(brief) \
            or not sheet.has(f"pending_{direction}_entry") or skipped_break(brief, pending):
        return level
    figures = [sheet.value(name) for name in _SLOT_NAME.findall(_figures(level[0])) if sheet.has(name)]
    if not figures or any(abs(value - pending.entry) < _CENT for value in figures):
        return level
    return f"{{pending_{direction}_entry}}" + average_at(brief, pending.entry), f"{direction} trigger"


def _neutral(brief: Brief, sheet: FactSheet, sides: tuple[tuple[str, str] | None, tuple[str, str] | None],
             pivot: str, said: str, avoid: str = "", refused: str | None = None) -> str:
    """The neutral stance; `refused`: what a break would end when neither side may trade on it."""
    above, below = sides
    if above is not None and below is not None:
        up_named, down_named = (sheet.fill(_figures(above[0])) in pivot,
                                sheet.fill(_figures(below[0])) in pivot)
        case = refused or ""
        if up_named and down_named:
            bank = _REFUSED_HELD if refused else _NEUTRAL_HELD
            return vary_fresh(bank, brief, "take-stance", said, avoid).replace("{case}", case)
        if up_named or down_named:  # the pivot named one side: refer to it, name only the other
            bank, other = (_NEUTRAL_PIVOT_UP, below) if up_named else (_NEUTRAL_PIVOT_DOWN, above)
            if refused:
                bank = _REFUSED_PIVOT_UP if up_named else _REFUSED_PIVOT_DOWN
            return sheet.fill(vary_fresh(bank, brief, "take-stance", said, avoid)
                              .replace("{slot}", _named(other, said)).replace("{case}", case))
        bank = _REFUSED if refused else _NEUTRAL
        return sheet.fill(vary_fresh(bank, brief, "take-stance", said, avoid).replace("{case}", case)
                          .replace("{up}", _named(above, said)).replace("{down}", _named(below, said)))
    one, side = (above, "above") if above is not None else (below, "below")
    if one is None:
        return ""
    text = vary_fresh(_NEUTRAL_ONE, brief, "take-stance", said, avoid)
    return sheet.fill(text.replace("{slot}", _named(one)).replace("{side}", side))


def _figures(slot: str) -> str:
    """A bracket's slot without what its zone holds ('{level_3_low}–{level_3_high}' of
    '{level_3_low}–{level_3_high} (around the 200-day average)'): the pivot may quote it bare."""
    return slot.split(" (around ", 1)[0]


def _named(level: tuple[str, str], said: str = "") -> str:
    """A level for the neutral stance: a range edge by its label and figure ('the range top at
    $629.76–$630.00'), so it reads as the edge the levels table shows; any other by its slot. A
    range edge the take has already named ('the range top' in `said`, the record lid) is referred
    back to ('that top'), not quoted a second time (real DIA 2026-02-05: 'The range top at
    $495.90–$496.34 holds the record close ... above the range top at $495.90–$496.34 the buyers
    do')."""
    slot, label = level
    if label not in ("range top", "range bottom"):
        return slot
    if f"the {label}" in said.lower():
        return f"that {label.split()[1]}"
    return f"the {label} at {slot}"


def bracket(brief: Brief, direction: str) -> tuple[str, str] | None:
    """(slot, label) of the level a close must get through on `direction`'s side: the range edge
    while a tight range holds, else the scenarios' trigger on that side (the nearest tested support,
    resistance or average; a bare round number only when nothing on that side is tested)."""
    up = direction == "up"
    edge = range_edge_quote(brief, up)
    if edge is not None:
        return edge
    waypoint, trigger = split_side(tradable_side(brief, up))  # as the scenarios trigger
    nearest = trigger or waypoint
    if nearest is None:
        return None
    slot = range_span(brief, edge_slot(brief, nearest, up, clear=True)) + around(nearest)
    return slot, level_name(nearest, up)


_DIRECTED = frozenset({AngleKind.BREAKOUT, AngleKind.MOVE, AngleKind.RECORD, AngleKind.HIGH,
                       AngleKind.LOW, AngleKind.GAP, AngleKind.STREAK, AngleKind.CROSS})
"""Angles whose direction is the instrument's own: a bias the other way has to answer them."""


def reclaim_level(brief: Brief, angles: list[Angle]) -> str | None:
    """When the session's top angle went against the bias (a breakdown, a big drop, a fresh low
    under a bullish lean; the mirror under a bearish one), the slot of the level the bias needs
    back: the broken edge after a range break, else the nearest level on the bias's side."""
    top = angles[0] if angles else None
    bias = brief.scores.bias
    opposed = {"down": Bias.BULLISH, "up": Bias.BEARISH}
    if top is None or top.kind not in _DIRECTED or opposed.get(top.direction) != bias:
        return None
    s = brief.snapshot
    if top.kind == AngleKind.BREAKOUT and top.subject == "month":
        return "{prior_low_20}" if top.direction == "down" else "{prior_high_20}"
    if top.kind == AngleKind.BREAKOUT and s.tape is not None and s.tape.range_break is not None:
        return "{prior_range_lower}" if s.tape.range_break == "below" else "{prior_range_upper}"
    level = bracket(brief, "up" if bias == Bias.BULLISH else "down")
    return level[0] if level is not None else None


def record_lid(brief: Brief) -> bool:
    """The tight range holding the close has the record close for its top (to the cent): a
    breakout would be a record, which is what a trader says about that box (headline, dek, take)."""
    s = brief.snapshot
    rng = s.range
    return (rng is not None and rng.is_tight and not s.extremes.new_all_time_high
            and rng.lower < s.close < rng.upper
            and round(rng.upper, 2) == round(s.extremes.all_time_high, 2))
