"""The take's stance: what the desk thinks, and the close that would prove it wrong.

The take names the level that matters (angle_text's pivot); this sentence turns the short-term
bias into a view with its line in the sand: for a bullish bias the nearest support below the
close, for a bearish one the nearest resistance above, for a neutral one both sides. The scores
themselves stay in the badge line and the final-call table.
"""

from __future__ import annotations

from ..contracts import Bias, KeyLevel, LevelKind
from ..facts import FactSheet
from .base import Brief
from .phrases import vary
from .scenarios import edge_slot

_BULLISH = ["We lean bullish; a close below the {label} at {slot} would prove that wrong.",
            "Our read is bullish while closes hold above {slot}, the {label}.",
            "We side with the buyers until a close under the {label} at {slot}.",
            "The view is bullish, and {slot} ({label}) is where it would be wrong."]
_BEARISH = ["We lean bearish; a close above the {label} at {slot} would prove that wrong.",
            "Our read is bearish while closes stay under {slot}, the {label}.",
            "We side with the sellers until a close over the {label} at {slot}.",
            "The view is bearish, and {slot} ({label}) is where it would be wrong."]
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
_NEUTRAL_HELD = ["We stay neutral until one of them gives.", "Neutral until then.",
                 "Until one side breaks, we take neither.", "No side until a close settles it."]


def stance_sentence(brief: Brief, sheet: FactSheet, pivot: str, line: str | None = None) -> str:
    """The bias as a view with the close that would prove it wrong; `pivot` is the take's level
    sentence (filled), so a level it already names is referred to, not quoted twice. `line`: the
    slot of a broken edge the view stands on (a breakout the bias follows), instead of the nearest
    level."""
    bias = brief.scores.bias
    below, above = bracket(brief, "down"), bracket(brief, "up")
    if bias == Bias.NEUTRAL:
        return _neutral(brief, sheet, above, below, pivot)
    if line is not None:
        return sheet.fill(vary(_BULLISH_HELD if bias == Bias.BULLISH else _BEARISH_HELD, brief,
                               "take-stance").replace("{slot}", line))
    level = below if bias == Bias.BULLISH else above
    if level is None:
        return ""
    slot, label = level
    if sheet.fill(slot) in pivot:
        return sheet.fill(vary(_BULLISH_HELD if bias == Bias.BULLISH else _BEARISH_HELD, brief,
                               "take-stance").replace("{slot}", slot))
    bank = _BULLISH if bias == Bias.BULLISH else _BEARISH
    return sheet.fill(vary(bank, brief, "take-stance").replace("{slot}", slot).replace("{label}", label))


def _neutral(brief: Brief, sheet: FactSheet, above: tuple[str, str] | None,
             below: tuple[str, str] | None, pivot: str) -> str:
    if above is not None and below is not None:
        if sheet.fill(above[0]) in pivot and sheet.fill(below[0]) in pivot:
            return vary(_NEUTRAL_HELD, brief, "take-stance")
        return sheet.fill(vary(_NEUTRAL, brief, "take-stance").replace("{up}", above[0])
                          .replace("{down}", below[0]))
    one, side = (above, "above") if above is not None else (below, "below")
    if one is None:
        return ""
    return sheet.fill(vary(_NEUTRAL_ONE, brief, "take-stance").replace("{slot}", one[0])
                      .replace("{side}", side))


def bracket(brief: Brief, direction: str) -> tuple[str, str] | None:
    """(slot, label) of the level a close must get through on `direction`'s side: the range edge
    while a tight range holds, else the nearest support (down) or resistance (up)."""
    s = brief.snapshot
    up = direction == "up"
    if s.range is not None and s.range.is_tight and s.range.lower < s.close < s.range.upper:
        edge = _range_level(brief, "range top" if up else "range bottom")
        if edge is not None:
            return edge_slot(brief, edge, up, clear=True), edge.label
    want = LevelKind.RESISTANCE if up else LevelKind.SUPPORT
    found = [lv for lv in s.levels if lv.kind == want and (lv.price > s.close if up else lv.price < s.close)]
    nearest = min(found, key=lambda lv: abs(lv.price - s.close), default=None)
    if nearest is None:
        return None
    return edge_slot(brief, nearest, up, clear=True), nearest.label


def _range_level(brief: Brief, label: str) -> KeyLevel | None:
    return next((lv for lv in brief.snapshot.levels if lv.source == "range" and lv.label == label
                 and lv.kind != LevelKind.CURRENT), None)
