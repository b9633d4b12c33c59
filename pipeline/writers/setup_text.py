"""What an article says about its setups, or about the missing one: the short-term final call's
setup clause and the take's setup sentence.

- A shown setup is named by its trigger in the final call and by its entry and target in the take,
  so the take's level is the setup's trigger.
- A side the short-term call wants but without a setup names what would create one: the
  pending setup's condition and target ("a close above $476.71 would set up a breakout long
  toward $484.71"), from `Snapshot.pending_setups`; without one, the rule the nearest trade
  failed (`indicators.setups.setup_misses`) in words.
- A neutral call without a setup names what would create one on each side: the pending setup's
  condition and target, or the close through the side's trigger level (the one the scenarios
  quote) that a setup there needs first. A side the desk's trend filter keeps out
  (`indicators.setups.trend_block`) is never offered: its level is named as where the neutral
  case fails, and the call says the desk stands aside there and why (price on the wrong side of
  the 200-day average, or the average sloping against the side).
- Every clause comes from a bank rotated per instrument and session (`phrases.vary`), so the
  same-day articles of one desk do not share a stock sentence.
Figures are slots (`{setup_long_entry}`, `{pending_short_target}`) that the fact sheet fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..contracts import Bias, KeyLevel, LevelKind, Snapshot, TradeSetup
from ..indicators.setups import (
    RECORD_TRIGGER,
    Direction,
    Market,
    Miss,
    MissReason,
    filtered_setup,
    is_bare_round,
    is_wall,
    setup_misses,
    trend_block,
)
from ..level_notes import side_label
from .base import Brief
from .call_reasons import SLOPE_CLEAR
from .phrases import phrases, vary, vary_fresh


def _words(direction: str) -> dict[str, str]:
    long = direction == "long"
    return {"dir": direction, "word": "above" if long else "below",
            "side": "resistance" if long else "support", "buyers": "buyers" if long else "sellers"}


def pending_for(brief: Brief, direction: str) -> TradeSetup | None:
    return next((p for p in brief.snapshot.pending_setups if p.direction == direction), None)


def bias_side_filtered(brief: Brief) -> bool:
    """The short-term call leans one way and the desk's trend filter keeps that side out
    (`indicators.setups.trend_block`): a lean without a trade, which the take has to say (real
    DIA 2026-11-20: 'Bullish' with 'the long side stands aside', then 'We side with the buyers')."""
    bias = brief.scores.bias
    market = Market.of(brief.snapshot)
    if bias == Bias.NEUTRAL or market is None or not brief.include_setups:
        return False
    direction: Direction = "long" if bias == Bias.BULLISH else "short"
    return trend_block(direction, market) is not None


_ASIDE_SLOPED = ("with the close {side} a {slope} 200-day, we take no {dir}",
                 "a {slope} 200-day keeps us out of a {dir}",
                 "the {slope} 200-day rules out a {dir} for us",
                 "we take no {dir} with the 200-day {slope}")
_ASIDE_SIDE = ("with the close still {side} the 200-day, we take no {dir}",
               "the close {side} the 200-day keeps us out of a {dir}",
               "a close {side} the 200-day rules out a {dir} for us",
               "we take no {dir} with the close {side} the 200-day")


def side_aside(brief: Brief, direction: Direction) -> str | None:
    """Why the desk takes no `direction` trade when its trend filter keeps that side out, in the
    take's own words ('with the close over a rising 200-day, we take no short'; the final call's
    row says 'no short above the rising 200-day', `standing_aside`); None when that side may trade."""
    market = Market.of(brief.snapshot)
    block = trend_block(direction, market) if market is not None and brief.include_setups else None
    long = direction == "long"
    if block == "trend_side":
        slope = brief.snapshot.trend.sma_200_slope_pct or 0.0
        backs = slope <= -SLOPE_CLEAR if long else slope >= SLOPE_CLEAR
        side, slope_word = ("under", "falling") if long else ("over", "rising")
        bank = _ASIDE_SLOPED if backs else _ASIDE_SIDE
        return vary(bank, brief, "take-aside").format(side=side, slope=slope_word, dir=direction)
    if block == "trend_slope":
        return f"with the 200-day not yet {'rising' if long else 'falling'}, we take no {direction}"
    return None


# -- the final call's short-term clause -----------------------------------------------------------

_SHOWN_CALL = (
    "the {dir} {style} setup waits for {trigger}",
    "the plan: a {dir} on {trigger}",
    "{trigger} is what the {dir} setup waits for",
    "a {dir} comes only with {trigger}",
)
_PENDING_BREAKOUT_CALL = (
    "a close {word} {entry} would set up a breakout {dir} toward {target}{record}",
    "no {dir} setup yet: it comes with a close {word} {entry}, aiming at {target}{record}",
    "the {dir} waits on a close {word} {entry}, with {target} the objective{record}",
    "{buyers} get a setup only on a close {word} {entry}; {target} would be the target{record}",
)
_PENDING_PULLBACK_CALL = (
    "a pullback to {entry} that holds would set up a {dir} toward {target}",
    "no {dir} setup this far from support: a dip to {entry} that holds would make one, aiming at "
    "{target}",
    "the {dir} waits for price to come back to {entry} and hold, with {target} the objective",
    "a {dir} needs a retreat to {entry} first; from there {target} is the target",
)
_MISS_CALL: dict[MissReason, tuple[str, ...]] = {
    "reward_risk": ("no {dir} setup: the next level sits too close to the trigger to pay for the risk",
                    "no {dir} trade yet: the nearest {side} leaves too little room to the level beyond",
                    "the {dir} side has no trade worth its risk: levels crowd the trigger",
                    "no {dir} setup while the next level is this close to the trigger"),
    "no_level": ("no {dir} setup: no level on the chart to trade a break {word}",
                 "nothing {word} the close gives a {dir} a trigger yet",
                 "the chart offers no {side} to break, so no {dir} setup",
                 "no {dir} trigger: no level {word} price to break"),
    "no_target": ("no {dir} setup: no level beyond the trigger to aim at",
                  "a {dir} would have no target on the chart past its trigger",
                  "no {dir} trade: nothing beyond the trigger to aim for",
                  "the {dir} lacks a target: the chart is empty past the trigger"),
    "stop_wide": ("no {dir} setup: the stop the trigger needs is too far for the volatility",
                  "a {dir} here would need too wide a stop",
                  "no {dir} trade: the trigger's zone is too wide for a sound stop",
                  "the {dir} side's stop would sit too far away"),
    "target_far": ("no {dir} setup: the next level is too far for a swing target",
                   "a {dir}'s target would lie beyond a swing's reach",
                   "no {dir} trade: the next real level is out of a swing's reach",
                   "the {dir} side's next level is too far to aim at"),
}
_MISS_CALL["out_of_reach"] = (
    "no {dir} setup: the nearest tested {back} is too far for a {move} and nothing {word} the close "
    "to break",
    "a {dir} has neither a break to trade nor a {back} near enough for a {move}",
    "no {dir} trade: the first {back} lies too far away and no level {word} price gives a trigger",
    "the {dir} side waits: no level {word} to break, and the nearest tested {back} is out of a "
    "{move}'s reach")
_MISS_CALL["order"] = _MISS_CALL["reward_risk"]
_MISS_CALL["past_range"] = (
    "no {dir} setup inside the range: the next {back} lies past its {edge}, where a {move} is "
    "already a break",
    "a {dir} has no {back} to lean on inside the range; the next one is past the {edge}",
    "no {dir} trade: the nearest {back} sits beyond the range {edge}, a break rather than a {move}",
    "the {dir} side waits: below the close, the first {back} lies past the range {edge}",
)
"""A pullback whose base lies past the edge of the range holding the close (indicators.setups
`past_range_edge`): buying there would buy the break of the line the take names (synthetic T08)."""
_MISS_CALL["trend_side"] = (
    "no {dir} setup with price {against} the 200-day average at {sma_200}: {dir}s are taken only "
    "{word} it",
    "the {dir} side stands aside while price trades {against} the 200-day average ({sma_200})",
    "no {dir} trade {against} the 200-day average at {sma_200}, the wrong side of the long trend",
    "a {dir} needs a close {word} the 200-day average at {sma_200} first",
)
_MISS_CALL["trend_slope"] = (
    "no {dir} setup while the 200-day average ({sma_200}) is {slope}: {dir}s go with the long trend",
    "the {dir} side stands aside: the 200-day average at {sma_200} is {slope}",
    "no {dir} trade against the long trend: the 200-day average, {sma_200}, is {slope}",
    "a {dir} waits for the 200-day average ({sma_200}) to turn {turn}",
)
"""A side the trend filter keeps out (`indicators.setups.trend_block`): the close on the wrong side
of the 200-day average, or the average sloping against the side."""
_TREND_BOTH_CALL = (
    "no {dir} setup with price {against} the 200-day average at {sma_200} and the average not yet "
    "turning {turn}",
    "the {dir} side stands aside: price is {against} the 200-day ({sma_200}) and the average has "
    "not turned {turn}",
    "no {dir} trade against the long trend: price is {against} the 200-day average ({sma_200}), "
    "which has yet to turn {turn}",
    "a {dir} takes two things: a close {word} the 200-day average at {sma_200}, then the average "
    "turning {turn}",
)
"""`trend_side` with the average sloping against the side too (a short above a rising 200-day):
a close through the average alone would not let the side in, so the clause names both conditions,
as the take does (_TAKE_FILTER_BOTH). Before edtrade46 news day 2024-12-18 SPY's call read 'a
short needs a close below the 200-day average at $550.53 first' beside a take saying two things
would make it a trade (bench filtered_side_offered)."""
_SLOPE_TRADE_CALL = (
    "no {dir} until the 200-day ({sma_200}) turns {turn}; then {trigger} would set one up",
    "the {dir} waits for the 200-day at {sma_200} to turn {turn}, and then for {trigger}",
    "with the 200-day ({sma_200}) {slope_now}, no {dir} yet; once it turns, the {dir} comes on {trigger}",
    "a {dir} needs the 200-day average ({sma_200}) to turn {turn} first, then {trigger}",
)
"""A side only the 200-day's slope keeps out, with the trade it would have were the average turning
its way (`slope_held_trade`): both conditions, the turn and the setup's trigger. Before edzones4 demo
DIA 2026-11-20's call read 'Bullish ... the long side stands aside: the 200-day average at $454.80 is
falling' and the take 'The trade needs the 200-day ($454.80) to turn up first', naming no trade to
wait for."""


def slope_held_trade(brief: Brief, direction: str) -> TradeSetup | None:
    """The setup `direction` would have if the 200-day's slope did not keep it out
    (`indicators.setups.filtered_setup`); None for a side let in or kept out for another reason."""
    market = Market.of(brief.snapshot)
    side: Direction = "long" if direction == "long" else "short"
    if market is None or trend_block(side, market) != "trend_slope":
        return None
    return filtered_setup(side, market)
_CROWDED_CALL = (
    "no {dir} setup yet: {target} sits right behind the trigger at {level}, too close to pay for the risk",
    "a {dir} off the trigger at {level} would run into {target} too soon for its risk",
    "no {dir} trade: the break of {level} has only {target} to aim at, not enough for the risk",
    "the {dir} waits: {level} and {target} crowd each other, leaving no room for a trade worth "
    "its risk",
)
"""A break whose target is a key level too close: both named, by their slots."""
_CROWDED_PULLBACK_CALL = (
    "no {dir} setup yet: a {move} to {level} would have only {target} to aim at, too close to pay "
    "for the risk",
    "a {dir} off a {move} to {level} would run into {target} too soon for its risk",
    "no {dir} trade: a {move} to {level} leaves only {target} to aim at, not enough for the risk",
    "the {dir} waits: {level} and {target} crowd each other, leaving no room for a trade worth "
    "its risk",
)
"""A pullback (a bounce, for a short) whose target is a key level too close: the entry is a level on
the near side of the close, not a break of one (real SPY 2026-04-08 after edzones: 'no long trade:
the break of $671.20 (zone top)', a support under the close)."""


_NEUTRAL_CALL = (
    "no setup yet: {long}, and {short}",
    "no setup either way: {long}; {short}",
    "the call waits: {long}, while {short}",
    "no trade yet: {long}, or {short}",
)
_NEUTRAL_PENDING = {
    "breakout": "a close {word} {entry} would set up a {dir} toward {target}",
    "pullback": "a {move} to {entry} that holds would set up a {dir} toward {target}",
}
_NEUTRAL_EDGE = "a {dir} needs a close {word} {edge}"
"""A neutral call with no setup (`neutral_clause`): each side's condition, the pending setup's when
there is one (figures from the pending setup), else the close through the edge of the range still
holding (its closing bound, '{range_lower} (the range bottom)', when the levels table folded that
edge into the current row: scenarios.range_edge_quote, as the take stands on it), or without one
the side's trigger level (as the take and the scenarios quote them)."""


_NEUTRAL_FILTERED_CALL = (
    "a close above {up} or below {down} would end {case}, not start a trade: {why}",
    "a close above {up} or below {down} ends {case} and nothing more: {why}",
    "a close above {up} or below {down} only ends {case}; {why}",
    "no trade either way: a close above {up} or below {down} ends {case}, but {why}",
)
"""A neutral call whose two sides the trend filter both keeps out (price on one side of the 200-day
average, the average flat or sloping the other way): what each side waits for, in a trader's words
(`_both_filtered_why`), and the two closes that would end the neutral case without starting a
trade. Before editorial10a the reason was 'price above a flat 200-day', which left the reader to
work out why that keeps both sides out; before editorial15 the reason came first, 'longs wait for
the 200-day to rise, shorts for price under it', and the closes after it: the exit first, then
the two sides in one parallel phrase ('no long until the 200-day turns up, no short above it')."""
_NEUTRAL_ONE_FILTERED_CALL = (
    "no setup either way: {long}; {short}",
    "no setup yet: {long}; {short}",
    "one side only: {long}; {short}",
    "the call waits: {long}; {short}",
)
"""A neutral call with one side the trend filter keeps out: frames that do not wait for that side."""
_FILTERED_SIDE = (
    "a close {word} {edge} would {act}, but no {dir} {aside}",
    "a close {word} {edge} would {act}; still no {dir} {aside}",
    "a close {word} {edge} would {act}, not start a {dir} {aside}",
    "a close {word} {edge} would {act}, yet no {dir} {aside}",
)
"""A side the trend filter keeps out, at a level whose close would not let it in: the level is
where the neutral case fails (the range ends, the nearest support or resistance breaks), and the
desk does not trade it."""


def neutral_clause(brief: Brief, framed: bool = True) -> str:
    """What would set up each side for a neutral call without a setup (or, for a side the trend
    filter keeps out, where the neutral case fails and why the desk stands aside there); '' when
    either side has neither a pending setup nor a level to name. `framed`: the two sides open on the
    bank's frame ('no setup yet: '); without it, the sides alone, for a row with no room
    (call_reasons.ROW_WORDS_MAX)."""
    (long, short), blocks = _neutral_sides(brief)
    if not (long.text and short.text):
        return ""
    case = _refused_case(long, short)
    if case is not None:
        why = _both_filtered_why(blocks[0], blocks[1])
        return vary(_NEUTRAL_FILTERED_CALL, brief, "call-neutral").format(
            why=why, up=long.edge, down=short.edge, case=case)
    bank = _NEUTRAL_ONE_FILTERED_CALL if long.refused or short.refused else _NEUTRAL_CALL
    frame = vary(bank, brief, "call-neutral") if framed else "{long}; {short}"
    return frame.format(long=long.text, short=short.text)


def _neutral_sides(brief: Brief) -> tuple[tuple[NeutralSide, NeutralSide], list[MissReason | None]]:
    """The long and the short side of a neutral call, with what keeps each out of the trend filter."""
    market = Market.of(brief.snapshot)
    blocks = [trend_block(direction, market) if market is not None else None
              for direction in ("long", "short")]
    return (_neutral_side(brief, "long", blocks[0], market),
            _neutral_side(brief, "short", blocks[1], market)), blocks


def _refused_case(long: NeutralSide, short: NeutralSide) -> str | None:
    """What a close past either edge would end when the trend filter keeps both sides out ('the
    range' between two range edges, 'the stalemate' otherwise); None when a side can trade."""
    if not (long.text and short.text and long.refused and short.refused):
        return None
    return "the range" if long.range_edge and short.range_edge else "the stalemate"


def both_sides_refused(brief: Brief) -> str | None:
    """For a neutral call whose final call stands aside on both sides ('a close above $250.00 or
    below $241.00 ends the range and nothing more: no long until the 200-day turns up, no short above
    it'), what a break would end; the take must then not promise a side on a break (demo IWM
    2026-11-20 read 'We take no side until a close clears it or loses the range bottom at $241.00'
    beside that call). None for any other call."""
    return _refused_case(*_neutral_sides(brief)[0])


_WAITS_FOR: dict[tuple[Direction, MissReason], str] = {
    ("long", "trend_slope"): "no long until the 200-day turns up",
    ("long", "trend_side"): "no long below the 200-day",
    ("short", "trend_slope"): "no short until the 200-day turns down",
    ("short", "trend_side"): "no short above the 200-day",
}


def _both_filtered_why(long: MissReason | None, short: MissReason | None) -> str:
    """Why neither side trades, one parallel phrase per side, the side the average's slope blocks
    first and the average named once: 'no long until the 200-day turns up, no short above it'."""
    sides = [_WAITS_FOR[("long", long or "trend_side")], _WAITS_FOR[("short", short or "trend_side")]]
    if short == "trend_slope" and long != "trend_slope":
        sides.reverse()
    first, then = sides
    return f"{first}, {then.replace('the 200-day', 'it')}"


def _slope_words(brief: Brief, direction: str) -> str:
    """The 200-day's slope as it stands against `direction` ('still falling', 'flat, not yet
    rising' for a long)."""
    slope = brief.snapshot.trend.sma_200_slope_pct or 0.0
    long = direction == "long"
    if abs(slope) >= SLOPE_CLEAR:
        return "still falling" if long else "still rising"
    return f"flat, not yet {'rising' if long else 'falling'}"


def standing_aside(brief: Brief, direction: str, block: MissReason) -> str:
    """Where (or while) the trend filter keeps `direction` out, as a short tail for a final-call
    clause: 'above the rising 200-day' (price on the wrong side, the slope named when it backs the
    block), 'while the 200-day is still rising' (the slope alone). The long-term row quotes the
    200-day's figure; this row names the average and its slope only (editorial-setup: the neutral
    rows ran to 74 words with 'yet the short stays off: price is above the rising 200-day average
    ($474.75)')."""
    long = direction == "long"
    slope = brief.snapshot.trend.sma_200_slope_pct or 0.0
    if block == "trend_side":
        backs = slope <= -SLOPE_CLEAR if long else slope >= SLOPE_CLEAR
        trend = ("falling " if long else "rising ") if backs else ""
        return f"{'below' if long else 'above'} the {trend}200-day"
    return f"while the 200-day is {_slope_words(brief, direction)}"


@dataclass(frozen=True)
class NeutralSide:
    """One side's clause of a neutral call; `refused`: it says the desk stands aside on that side."""

    text: str
    refused: bool = False
    edge: str = ""  # the level's figure slot(s), as the clause names it
    range_edge: bool = False  # the level is an edge of the tight range holding the close


def _neutral_side(brief: Brief, direction: Direction, block: MissReason | None,
                  market: Market | None) -> NeutralSide:
    from .scenarios import (  # scenarios imports this module
        edge_price,
        edge_slot,
        range_edge_level,
        range_edge_quote,
        trigger_level,
    )

    words, long = _words(direction), direction == "long"
    pending = pending_for(brief, direction)
    if pending is not None:  # the trend filter lets this side in: it has a pending setup
        frame = _NEUTRAL_PENDING["pullback" if pending.style == "pullback" else "breakout"]
        return NeutralSide(skipped_break(brief, pending) + frame.format(
            entry=f"{{pending_{direction}_entry}}" + average_at(brief, pending.entry),
            target=f"{{pending_{direction}_target}}",
            move="pullback" if long else "bounce", **words))
    held = range_edge_quote(brief, long)  # the edge of a tight range holding the close
    level = range_edge_level(brief, long) if held is not None else trigger_level(brief, long)
    trading_range = brief.snapshot.range
    if level is not None:
        edge, price = edge_slot(brief, level, long, clear=True) + zone_edge(level, long), \
            edge_price(level, long, clear=True)
    elif held is not None and trading_range is not None:  # the table folded the edge: its bound
        edge, price = f"{held[0]} (the {held[1]})", trading_range.upper if long else trading_range.lower
    else:
        return NeutralSide("")
    if block is None or market is None or _close_lets_in(direction, market, price):
        return NeutralSide(_NEUTRAL_EDGE.format(edge=edge, **words))
    act = "end the range" if held is not None else f"break {words['side']}"
    if level is None and held is not None:  # 'would end the range' says what the bound is
        edge = held[0]
    return NeutralSide(vary(_FILTERED_SIDE, brief, f"call-filtered-{direction}").format(
        edge=edge, act=act, aside=standing_aside(brief, direction, block), **words),
        refused=True, edge=edge, range_edge=held is not None)


def _side_close_lets_in(brief: Brief, direction: str) -> bool:
    """A close through the 200-day average would let `direction` in (`_close_lets_in` at the
    average); True without a market or an average (nothing to say otherwise)."""
    market = Market.of(brief.snapshot)
    if market is None or market.sma_200 is None:
        return True
    return _close_lets_in("long" if direction == "long" else "short", market, market.sma_200)


def _close_lets_in(direction: Direction, market: Market, price: float) -> bool:
    """A close just beyond `price` would let `direction` through the trend filter (a long's close
    above a rising 200-day average): the side's condition is then a real one, not an advert."""
    beyond = price + (1e-6 if direction == "long" else -1e-6)
    return trend_block(direction, replace(market, close=beyond)) is None


_SKIPPED_WHY: dict[MissReason, str] = {
    "reward_risk": "lacks room for its risk",
    "order": "lacks room for its risk",
    "no_target": "has nothing to aim at",
    "stop_wide": "needs too wide a stop",
    "target_far": "has no level in reach",
}


def skipped_break(brief: Brief, pending: TradeSetup) -> str:
    """For a pending breakout past the level the take stands on that side (the edge of the range
    holding the close, else the scenarios' trigger), when a break of that level failed a rule: the
    level and why ('a break of {level_1_high} (the top of the range-top zone) has too little room
    to pay for its risk, so '), so the call says why the trade waits for a level beyond the take's
    (real DIA 2026-05-15: the take on the range top at $500.00-$500.80, the long on a close above
    the swing high at $505.30). '' when the pending entry is the take's level, or that level's
    break failed no rule the desk words."""
    from .scenarios import range_edge_level, range_edge_quote, trigger_level  # scenarios imports this

    long = pending.direction == "long"
    level = range_edge_level(brief, long) if range_edge_quote(brief, long) is not None \
        else trigger_level(brief, long)
    market = Market.of(brief.snapshot)
    if pending.style != "breakout" or level is None or market is None or _is_edge_of(level, pending.entry):
        return ""
    miss = next((m for m in setup_misses(pending.direction, market)
                 if m.style == "breakout" and m.level is not None and abs(m.level - level.price) < 1e-9),
                None)
    why = _SKIPPED_WHY.get(miss.reason) if miss is not None else None
    slot = _trigger_slot(brief, level.price, long) if why is not None else None
    return f"a break of {slot} {why}, so " if slot else ""


def _level_at(brief: Brief, price: float) -> KeyLevel | None:
    return next((lv for lv in brief.snapshot.levels if abs(lv.price - price) < 1e-9), None)


def _is_edge_of(level: KeyLevel, price: float) -> bool:
    return any(value is not None and abs(value - price) < 1e-9
               for value in (level.price, level.zone_low, level.zone_high))


def average_at(brief: Brief, price: float) -> str:
    """' (the 50-day average)' when `price` is the 50-day (200-day) average to the cent, so a final
    call's pending entry at an average goes by the name the medium- and long-term rows give that
    figure (real IWM 2026-08-21: 'come back to $296.68 and hold' beside 'above the 50-day at
    $296.68'); '' otherwise."""
    trend = brief.snapshot.trend
    for name, value in (("50-day", trend.sma_50), ("200-day", trend.sma_200)):
        if value is not None and round(value, 2) == round(price, 2):
            return f" (the {name} average)"
    return ""


def zone_edge(level: KeyLevel, long: bool) -> str:
    """For a zone quoted by the one edge a close must clear (a long's top, a short's bottom), what
    that edge is, in as few words as a table cell takes: ' (zone top)' for a swing zone, ' (top of
    the 50-day zone)' for a zone round an average (the average named: another row quotes its
    figure), nothing for a range edge (the clause says the range ends there); for a single-price
    average, the average (' (the 50-day average)'), since another row names that figure as the
    average (real IWM 2026-08-20: '$296.32 would break support' beside 'above the 50-day at
    $296.32'); '' for any other single price. The take and the scenarios quote the zone whole.
    Before editorial15 the label ran to nine words ('(the top of the zone around the 200-day
    average)'), twice in one row."""
    from .scenarios import average_name  # scenarios imports this module

    end = "top" if long else "bottom"
    if level.zone_low is None or level.zone_high is None:
        return f" (the {average_name(level)})" if level.source in ("sma_50", "sma_200") else ""
    if level.source == "range":
        return ""
    if level.source in ("sma_50", "sma_200"):
        return f" ({end} of the {average_name(level).removesuffix(' average')} zone)"
    return f" (zone {end})"


def call_clause(brief: Brief, shown: list[TradeSetup], direction: str | None, framed: bool = True) -> str:
    """The clause after the Pulse in the short-term final call: the shown setup's trigger, or (for a
    side wanted without a setup: `direction`) what would create one, or (a neutral call without a
    setup) what would set up either side (`framed`: neutral_clause); '' for anything else."""
    if direction is not None and not shown:
        return "; " + no_setup_clause(brief, direction)
    if direction is None and not shown and brief.scores.bias == Bias.NEUTRAL:
        clause = neutral_clause(brief, framed)
        return "; " + clause if clause else ""
    if len(shown) == 1:
        setup = shown[0]
        return "; " + vary(_SHOWN_CALL, brief, f"call-setup-{setup.direction}").format(
            dir=setup.direction, style=setup.style, trigger=setup.trigger)
    return ""


def no_setup_clause(brief: Brief, direction: str) -> str:
    words = _words(direction)
    pending = pending_for(brief, direction)
    if pending is not None:
        bank = _PENDING_PULLBACK_CALL if pending.style == "pullback" else _PENDING_BREAKOUT_CALL
        record = ", past the record close" if pending.beyond_record and pending.style == "breakout" else ""
        return vary(bank, brief, f"call-pending-{direction}").format(
            entry=f"{{pending_{direction}_entry}}" + average_at(brief, pending.entry),
            target=f"{{pending_{direction}_target}}",
            record=record, **words)
    miss = first_miss(brief, direction)
    if miss is not None and miss.reason == "reward_risk" and miss.level is not None \
            and miss.target is not None:
        level = _trigger_slot(brief, miss.level, direction == "long")
        target = target_slot(brief, miss.target)
        bank = _CROWDED_PULLBACK_CALL if miss.style == "pullback" else _CROWDED_CALL
        if level and target:
            return vary(bank, brief, f"call-miss-{direction}").format(
                level=level, target=target, move="pullback" if direction == "long" else "bounce", **words)
    reason: MissReason = miss.reason if miss is not None else "no_level"
    long = direction == "long"
    if long and reason == "out_of_reach" and _record_trend_line(brief):
        return vary(_TREND_LINE_CALL, brief, f"call-miss-{direction}")
    if waits_for_record(brief, direction, reason):
        return vary(_RECORD_WAIT_CALL, brief, f"call-miss-{direction}")
    trade = slope_held_trade(brief, direction) if reason == "trend_slope" else None
    reasons: tuple[str, ...] = _MISS_CALL[reason] if trade is None else _SLOPE_TRADE_CALL
    if reason == "trend_side" and not _side_close_lets_in(brief, direction):
        reasons = _TREND_BOTH_CALL
    return vary(reasons, brief, f"call-miss-{direction}").format(
        trigger=trade.trigger if trade is not None else "", slope_now=_slope_words(brief, direction),
        back="support" if long else "resistance", move="pullback" if long else "bounce",
        against="below" if long else "above", slope="falling" if long else "rising",
        turn="up" if long else "down", sma_200="{sma_200}", edge="bottom" if long else "top", **words)


_TREND_LINE_CALL = (
    "the long side waits: no level above to break, and the first tested support is far; the 20-day "
    "average at {sma_20} is where a pullback would first be tested",
    "no long setup yet: nothing overhead to break, and the nearest tested floor is out of reach; "
    "the 20-day average ({sma_20}) is the first line a pullback meets",
    "no long trade: a record leaves nothing to break, and the first tested support is too far; "
    "watch the 20-day average at {sma_20} on a pullback",
    "the long waits: no level to break above, no tested floor near; a dip to the 20-day average "
    "({sma_20}) is the first test",
)
"""A long wanted under (or at) a record with nothing tested near below: the take's near line,
the 20-day average (scenarios.record_trend_line), named as where a pullback is first tested."""


_RECORD_WAIT_CALL = (
    "no long setup yet: nothing tested overhead to aim at; the long waits for a close above the "
    "record close at {all_time_high}",
    "no long trade while nothing tested sits overhead; a close over the record close at "
    "{all_time_high} is the trigger to watch",
    "the long waits for a close above the record close at {all_time_high}; short of it, no tested "
    "level overhead gives a target",
    "no long setup: nothing tested to aim at short of the record, so the trigger is a close above "
    "{all_time_high}",
)
"""A long without a trade for want of a tested level overhead, under a record close above today's
(waits_for_record): the condition that would make one is a close above the record, where a record
close with nothing tested overhead breaks the record itself (indicators.setups, record_at_close).
Before edtrade2: news day 2024-07-11 SPY read 'no long setup: no level beyond the trigger to aim at',
naming no level."""


def waits_for_record(brief: Brief, direction: str, reason: MissReason) -> bool:
    """A long whose trades failed for want of a level to trade or aim at (no_target, no_level) while
    the record close lies above today's close: the record close is the level that would make one."""
    s = brief.snapshot
    return direction == "long" and reason in ("no_target", "no_level") and record_overhead(s)


def record_overhead(s: Snapshot) -> bool:
    """The record close lies above today's close and the sheet can name it: with less than a year of
    bars there is no all_time_high fact, only the window's extremes."""
    return s.has_full_year and not s.extremes.new_all_time_high and s.extremes.all_time_high > s.close


def _record_trend_line(brief: Brief) -> bool:
    from .scenarios import trend_line_near_record  # scenarios imports this module

    return trend_line_near_record(brief)


def _trigger_slot(brief: Brief, price: float, long: bool) -> str | None:
    """A failed breakout's trigger level as the final call names it: a zone by the edge a close
    must clear and the zone it belongs to, as the table prints it ('{level_2_high} (the top of the
    swing zone)'), not by the zone's mean, a figure the table does not show; a single price as is."""
    from .scenarios import edge_slot  # scenarios imports this module

    level = next((lv for lv in brief.snapshot.levels if abs(lv.price - price) < 1e-9), None)
    if level is None or level.zone_low is None or level.zone_high is None:
        slot = level_slot_of(brief, price)
        return slot + zone_edge(level, long) if slot is not None and level is not None else slot
    return edge_slot(brief, level, long, clear=True) + zone_edge(level, long)


def first_miss(brief: Brief, direction: str) -> Miss | None:
    """The first style tried for `direction` and the rule it failed on (None without an ATR)."""
    market = Market.of(brief.snapshot)
    misses = setup_misses("long" if direction == "long" else "short", market) if market else []
    return misses[0] if misses else None


def target_slot(brief: Brief, price: float) -> str | None:
    """A target as the final call names it: its slot, and when it is one edge of a zone the prose
    quotes whole, which edge (' (zone bottom)', ' (bottom of the 50-day zone)'), so the call's one
    figure reads as that zone, not as a level of its own (real SPY 2026-04-09 after edzones:
    '$689.25 crowd each other' beside the take's swing high at $689.25-$693.68)."""
    slot = level_slot_of(brief, price)
    level = next((lv for lv in brief.snapshot.levels if lv.zone_low is not None and lv.zone_high is not None
                  and _is_edge_of(lv, price) and abs(lv.price - price) > 1e-9), None)
    if slot is None or level is None or level.zone_high is None:
        return slot
    return slot + zone_edge(level, long=abs(price - level.zone_high) < 1e-9)


def level_slot_of(brief: Brief, price: float) -> str | None:
    """The fact slot of a key level's price or zone edge equal to `price` ('{level_3_low}')."""
    for number, level in enumerate(brief.snapshot.levels, start=1):
        for suffix, value in (("", level.price), ("_low", level.zone_low), ("_high", level.zone_high)):
            if value is not None and abs(value - price) < 1e-9:
                return f"{{level_{number}{suffix}}}"
    return None


# -- the take's sentence ---------------------------------------------------------------------------

_TAKE_RECORD = (
    "The long setup waits for {new}: in at {entry}, an ATR over the record close of "
    "{{all_time_high}}, out at {target}.",
    "Only {new} turns the long setup on: a close past {entry}, an ATR above the "
    "{{all_time_high}} record close, aiming at {target}.",
    "The long setup buys {new}, not the approach to it: in at {entry}, an ATR past "
    "the record close of {{all_time_high}}, out at {target}.",
    "No long until {new}: the setup enters at {entry}, an ATR above the record close "
    "of {{all_time_high}}, and aims at {target}.",
)
"""The take's sentence for a record breakout (indicators.setups.RECORD_TRIGGER): the entry is the
record close plus an ATR, and the sentence says so rather than naming a bare figure
to 'give way'."""

_TAKE_ONE = {
    "breakout": ("The {dir} setup is a breakout trade: it wants a close through {entry}, not a guess "
                 "ahead of it, and aims at {target}.",
                 "The {dir} setup waits for a break; nothing is live until a close clears {entry}, and "
                 "{target} is where it aims.",
                 "The {dir} setup follows a break rather than anticipating one: in at {entry}, out at "
                 "{target}.",
                 "Breakouts only: the {dir} setup needs {entry} to give way first, then {target} is in "
                 "play."),
    "fade": ("The {dir} setup fades the {zone} at {entry} rather than chasing the middle, aiming "
             "at {target}.",
             "The {dir} setup leans against the {zone} at {entry} instead of chasing, with "
             "{target} the objective.",
             "Fading the edge is the play: the {dir} setup works from the {zone}, {entry}, toward "
             "{target}.",
             "The {dir} setup {verb} at the {zone}, {entry}, not in the middle; {target} is "
             "the target."),
    "pullback": ("The {dir} setup waits for a {move} to {entry} instead of chasing the move, "
                 "aiming at {target}.",
                 "Patience is the trade: the {dir} setup wants a {move} to {entry} first, then "
                 "{target}.",
                 "The {dir} setup {verb} a {move} to {entry}, not the spike, and aims at {target}.",
                 "The {dir} setup needs a {move} to {entry} before it is live; {target} is the "
                 "objective."),
}
_TAKE_BOTH = ("The setups below spell out their triggers; none is live until its trigger prints.",
              "Each setup below names its trigger; until it prints, there is no trade.",
              "The setups are conditional: no trigger, no trade.",
              "Nothing in the setups is live before its trigger prints.")
_TAKE_PENDING = {
    "breakout": ("No {dir} trade today; one opens once price closes {word} {entry}, aiming at {target}.",
                 "For a {dir}, the close has to clear {entry} first; {target} is the objective after.",
                 "The {dir} trade starts {word} {entry}, not before, with {target} the target.",
                 "Until a close {word} {entry}, there is no {dir} to take; after it, {target}."),
    "pullback": ("No {dir} trade at this price; a pullback to {entry} that holds opens one toward "
                 "{target}.",
                 "The {dir} entry is lower, at {entry}, on a pullback that holds; {target} after.",
                 "Chasing is not the plan: a {dir} waits at {entry}, aiming at {target}.",
                 "A retreat to {entry} is where a {dir} starts, with {target} the target."),
}


_TAKE_DIP = {
    True: ("The {dir} setup is a buy-the-dip, not a chase: it waits for a fall to the {zone} at "
           "{entry} and takes profit at {target}, still under today's close.",
           "This is a dip to buy, not a breakout to chase: the {dir} setup wants the {zone} at {entry} "
           "first and aims back up at {target}, below where the session ended.",
           "The {dir} setup buys weakness: in at the {zone}, {entry}, out at {target}, a level under "
           "today's close.",
           "No chase: the {dir} setup only works if price dips to the {zone} at {entry} first, with "
           "{target}, short of today's close, the exit."),
    False: ("The {dir} setup sells a bounce, not the drop: it waits for a rise to the {zone} at "
            "{entry} and covers at {target}, still above today's close.",
            "This is a bounce to sell, not a breakdown to chase: the {dir} setup wants the {zone} at "
            "{entry} first and aims back down at {target}, above where the session ended.",
            "The {dir} setup sells strength: in at the {zone}, {entry}, out at {target}, a level over "
            "today's close.",
            "No chase: the {dir} setup only works if price rallies to the {zone} at {entry} first, "
            "with {target}, short of today's close, the exit."),
}
"""A fade or pullback whose target lies behind today's close (a long aiming below it): the take says
what the trade is, a dip to buy (a bounce to sell), so a target under the close does not read as a
call for lower prices on a rally day."""


_TAKE_NEAR_CLOSE = {
    True: ("The {dir} setup buys a dip, not the breakout: in at the {zone}, {entry}, out at {target}, "
           "about where the session closed.",
           "This is a dip to buy, not a chase: the {dir} setup wants the {zone} at {entry} first and "
           "aims back at {target}, near today's close.",
           "The {dir} setup pays only on a round trip: a fall to the {zone} at {entry}, then back to "
           "{target}, close to where price ended.",
           "No chase: the {dir} setup waits for a dip to the {zone} at {entry} and takes profit at "
           "{target}, near today's close."),
    False: ("The {dir} setup sells a bounce, not the breakdown: in at the {zone}, {entry}, out at "
            "{target}, about where the session closed.",
            "This is a bounce to sell, not a chase: the {dir} setup wants the {zone} at {entry} first "
            "and aims back at {target}, near today's close.",
            "The {dir} setup pays only on a round trip: a rise to the {zone} at {entry}, then back to "
            "{target}, close to where price ended.",
            "No chase: the {dir} setup waits for a bounce to the {zone} at {entry} and covers at "
            "{target}, near today's close."),
}
"""A fade or pullback whose target lies just past today's close (within TARGET_NEAR_CLOSE_ATR): the
trade pays only if price first reaches the entry and comes back to about where it closed, which
the take says (real QQQ 2026-11-20: a fade at $610.35 aiming at $626.99, the close $626.40). A
fade target further past the close was tried and not kept (docs/scorecard.md, editorial10a)."""
TARGET_NEAR_CLOSE_ATR = 0.5


def _target_near_close(brief: Brief, setup: TradeSetup) -> bool:
    atr = brief.snapshot.volatility.atr_14
    past = (setup.target - brief.snapshot.close) * (1 if setup.direction == "long" else -1)
    return atr is not None and 0 <= past <= TARGET_NEAR_CLOSE_ATR * atr


_PULLBACK_TRIGGER = re.compile(r"^an? (?:pullback|bounce|dip|rise|retreat) to (?:the )?(?P<level>.+?) "
                               r"that holds$")


def _pullback_level(setup: TradeSetup) -> str:
    """What a pullback enters at, from its trigger ('a pullback to the old swing high that holds' ->
    'old swing high'); support (resistance) when the trigger says it otherwise."""
    found = _PULLBACK_TRIGGER.match(setup.trigger)
    if found is not None:
        return found.group("level")
    return "support" if setup.direction == "long" else "resistance"


def _target_behind_close(brief: Brief, setup: TradeSetup) -> bool:
    close = brief.snapshot.close
    return setup.target < close if setup.direction == "long" else setup.target > close


def _fade_edge_words(brief: Brief, long: bool) -> str:
    """What a fade's entry is, named as the levels table shows it: the near edge of the range edge's
    zone ('top of the range-bottom zone'), or the range edge itself when it is a single price."""
    label = "range bottom" if long else "range top"
    zoned = any(lv.source == "range" and lv.label == label and lv.zone_low is not None
                for lv in brief.snapshot.levels)
    if not zoned:
        return label
    return "top of the range-bottom zone" if long else "bottom of the range-top zone"


_TAKE_WALL = {
    "long": ("Between entry and target sits the call wall at {call_wall}, where heavy call open interest "
             "can slow a rally.",
             "The call wall at {call_wall} stands between entry and target, the first place a rally may "
             "stall.",
             "On the way, the trade meets the call wall at {call_wall}, the strike with the most call open "
             "interest.",
             "The first obstacle on the way up is the call wall at {call_wall}, where call open interest "
             "is heaviest."),
    "short": ("Between entry and target sits the put wall at {put_wall}, where heavy put open interest "
              "can slow a decline.",
              "The put wall at {put_wall} stands between entry and target, the first place a decline may "
              "stall.",
              "On the way, the trade meets the put wall at {put_wall}, the strike with the most put open "
              "interest.",
              "The first obstacle on the way down is the put wall at {put_wall}, where put open interest "
              "is heaviest."),
}
"""The take's sentence for a setup aiming past the options wall on its side (`wall_on_the_way`): a
trader reads the wall as the first obstacle, so the take names it on the way to the target. Before
edtake1: demo QQQ 2026-11-20 read 'nothing is live until a close clears $630.00, and $649.31 is where
it aims' with the $640.00 call wall between the two, unnamed (the setups aim past a wall that does
not pay for the risk: indicators.setups.paying_target)."""


def wall_on_the_way(brief: Brief, setup: TradeSetup) -> str | None:
    """'call_wall' when the call wall lies strictly between a long's entry and its target ('put_wall'
    for a short and the put wall); None when no wall of that side stands in the way."""
    options = brief.snapshot.options
    if options is None:
        return None
    long = setup.direction == "long"
    wall = options.call_wall if long else options.put_wall
    low, high = sorted((setup.entry, setup.target))
    if wall is None or not low + 0.005 < wall < high - 0.005:
        return None
    return "call_wall" if long else "put_wall"


def wall_sentence(brief: Brief, setups: list[TradeSetup], said: str = "", avoid: str = "") -> str:
    """The take's sentence naming what the first of `setups` to aim past a tested level or a wall
    meets on the way: the tested levels and the wall (`stops_on_the_way`), or the wall alone;
    '' when nothing stands between entry and target."""
    setup = next((x for x in setups if stops_on_the_way(brief, x)), None)
    if setup is None:
        return ""
    stops = stops_on_the_way(brief, setup)
    if len(stops) == 1 and stops[0][1] == f"{{{wall_on_the_way(brief, setup)}}}":
        return vary_fresh(_TAKE_WALL[setup.direction], brief, "take-wall", said, avoid)
    named = [f"the {name} {'spanning' if '–' in slot else 'at'} {slot}" for name, slot in stops]
    bank = _TAKE_ON_THE_WAY if len(named) == 1 else _TAKE_ON_THE_WAY_SEVERAL
    return vary_fresh([option.format(first=named[0], First=named[0][0].upper() + named[0][1:],
                                     rest=", then ".join(named[1:]))
                       for option in bank[setup.direction]], brief, "take-wall", said, avoid)


_TAKE_ON_THE_WAY = {
    "long": ("On the way to the target, the trade meets {first}.",
             "Before the target, the trade has to get through {first}.",
             "What stands in the way up is {first}.",
             "A rally to the target has to clear {first} on the way."),
    "short": ("On the way to the target, the trade meets {first}.",
              "Before the target, the trade has to get through {first}.",
              "What stands in the way down is {first}.",
              "A decline to the target has to break {first} on the way."),
}
"""The take's sentence for a setup aiming past one tested level (or a wall with a level). Before
edsetup3: demo QQQ 2026-11-20 read 'nothing is live until a close clears $630.00, and $649.31 is where
it aims. The call wall at $640.00 stands between entry and target', with the $632.37 swing high, the
first place the rally can stall, unnamed."""

_TAKE_ON_THE_WAY_SEVERAL = {
    "long": ("On the way to the target, the trade meets {first}, then {rest}.",
             "Before the target, the trade has to get through {first}, then {rest}.",
             "{First} is the first test on the way up, then {rest}.",
             "A rally to the target runs into {first} first, then {rest}."),
    "short": ("On the way to the target, the trade meets {first}, then {rest}.",
              "Before the target, the trade has to get through {first}, then {rest}.",
              "{First} is the first test on the way down, then {rest}.",
              "A decline to the target runs into {first} first, then {rest}."),
}
"""The same for several levels, in the order the move meets them: 'first' goes with the first one,
never after the list. Before edsetup (this stop): 'A rally to the target runs into the swing high at
$513.00, then the call wall at $520.00 first', the last one read as met first; and 'The first test on
the way up is' over a single level, a first of one."""


_ON_THE_WAY_KINDS = (LevelKind.RESISTANCE, LevelKind.SUPPORT, LevelKind.MOVING_AVERAGE)


MAX_LEVELS_ON_THE_WAY = 3
"""The take names at most this many tested levels between a setup's entry and its target."""


def levels_on_the_way(brief: Brief, setup: TradeSetup) -> list[tuple[float, KeyLevel]]:
    """(distance from the entry to its nearest figure inside, level) of each tested level (a
    resistance, support or average; not a wall, not an untested round number) with a figure strictly
    between the setup's entry and its target, in the order the move meets them."""
    low, high = sorted((setup.entry, setup.target))
    found = [(min(abs(f - setup.entry) for f in inside), level) for level in brief.snapshot.levels
             if level.kind in _ON_THE_WAY_KINDS and not is_wall(level) and not is_bare_round(level)
             for inside in [[f for f in _figures(level) if low + 0.005 < f < high - 0.005]] if inside]
    return sorted(found, key=lambda pair: pair[0])[:MAX_LEVELS_ON_THE_WAY]


def _figures(level: KeyLevel) -> list[float]:
    return [level.zone_low, level.zone_high] if level.zone_low is not None and level.zone_high is not None \
        else [level.price]


def obstacles_on_the_way(brief: Brief, setup: TradeSetup) -> list[tuple[float, str, str]]:
    """(distance from the entry, name, slot) of what the setup meets between entry and target,
    nearest the entry first: every tested level (`levels_on_the_way`, by its near edge) and the
    options wall of its side (`wall_on_the_way`). A fade across the range meets each of them, not only
    the first (real SPY 2026-02-06 named the $679.82 swing low and left out the 50-day zone at
    $684.96-$686.53 between it and the $695.49 target)."""
    found: list[tuple[float, str, str]] = []
    for distance, level in levels_on_the_way(brief, setup):
        name, slot = level_quote(brief, level)
        found.append((distance, name, slot))
    wall = wall_on_the_way(brief, setup)
    options = brief.snapshot.options
    if wall is not None and options is not None:
        price = options.call_wall if wall == "call_wall" else options.put_wall
        found.append((abs((price or 0.0) - setup.entry), wall.replace("_", " "), f"{{{wall}}}"))
    return sorted(found)


def stops_on_the_way(brief: Brief, setup: TradeSetup) -> list[tuple[str, str]]:
    """(name, slot) of what the setup meets between entry and target (`obstacles_on_the_way`)."""
    return [(name, slot) for _, name, slot in obstacles_on_the_way(brief, setup)]


@dataclass(frozen=True)
class Management:
    """What a trader does with a setup at the obstacles on its way (`manage`): `first` is the
    (name, slot) of the nearest, past which the stop moves to the entry; `part_off` the first one
    at least one risk (entry to stop) away from the entry, where part of the position comes off,
    None when none pays for the risk before the target."""

    first: tuple[str, str]
    part_off: tuple[str, str] | None


def manage(setup: TradeSetup, obstacles: list[tuple[float, str, str]]) -> Management | None:
    """The plan at the obstacles between entry and target: a level or wall a full risk or more past
    the entry pays for the trade there (part comes off); one nearer does not, so the trade holds
    through it and the stop goes to the entry once it is cleared. None without obstacles."""
    if not obstacles:
        return None
    risk = abs(setup.entry - setup.stop)
    paying = next(((name, slot) for distance, name, slot in obstacles if distance >= risk - 0.005), None)
    return Management(first=obstacles[0][1:], part_off=paying)


def level_quote(brief: Brief, level: KeyLevel) -> tuple[str, str]:
    """(name, slot) a level goes by where the take quotes it: a zone by its whole span as the levels
    table prints it, an average by name at its own value (a zone round it is the support or
    resistance zone, the average named after the figures), a swing high the close has cleared as an
    old one (level_notes.side_label)."""
    number = brief.snapshot.levels.index(level) + 1
    close = brief.snapshot.close
    zone = level.zone_low is not None and level.zone_high is not None
    slot = f"{{level_{number}_low}}–{{level_{number}_high}}" if zone and level.source != "broken_range" \
        else f"{{level_{number}}}"
    if level.source in ("sma_50", "sma_200"):
        average = level.label.replace(" MA", " average")
        if not zone:
            return average, slot
        return f"{'resistance' if level.price > close else 'support'} zone", f"{slot} (around the {average})"
    return side_label(level, close), slot


def _take_setups(brief: Brief, shown: list[TradeSetup], direction: str | None) -> list[TradeSetup]:
    """The setups the take names: the shown ones, else the pending one of the side wanted."""
    if shown:
        return shown
    pending = pending_for(brief, direction) if direction is not None else None
    return [pending] if pending is not None else []


def take_sentence(brief: Brief, shown: list[TradeSetup], direction: str | None, said: str = "",
                  avoid: str = "") -> str:
    """The take's setup sentence (`_setup_sentence`) and, when the setup it names aims past a tested
    level or the options wall on its side, the sentence naming them (`wall_sentence`) and the one
    saying what to do there (`manage_sentence`)."""
    sentence = _setup_sentence(brief, shown, direction, said, avoid)
    if not sentence:
        return ""
    setups = _take_setups(brief, shown, direction)
    wall = wall_sentence(brief, setups, f"{said} {sentence}", avoid)
    plan = manage_sentence(brief, setups, f"{said} {sentence} {wall}", avoid) if wall else ""
    return " ".join(part for part in (sentence, wall, plan) if part)


_MANAGE_HOLD = ("At less than one risk from the entry, {first} is no place to take profit; once a close "
                "clears it, the stop moves to the entry and the trade is held to the target.",
                "Nothing on the way is a full risk from the entry, so there is no partial exit: hold "
                "through {first} and move the stop to the entry once a close clears it.",
                "Profit-taking at {first}, under one risk from the entry, comes too early; after a close "
                "through it, move the stop to the entry and hold for the target.",
                "No profit gets taken before the target, since {first} lies under one risk from the "
                "entry: past it the stop goes to the entry, and the trade ends at the target or at "
                "breakeven.")
_MANAGE_AT = ("A full risk or more from the entry, {first} is the place to take part off and move the stop "
              "to the entry.",
              "Part of the position can come off there, a gain at least the size of the risk; the stop "
              "then goes to the entry.",
              "Taking part off there locks in a gain at least the size of the risk; the rest runs with the "
              "stop at the entry.",
              "Already a full risk from the entry, {first} is where to trim, with the stop moved to the "
              "entry for the rest.")
_MANAGE_PAST = ("Once a close clears {first}, the stop can move to the entry; {pay}, a full risk or more "
                "from the entry, is where to take part off.",
                "Clearing {first} lets the stop come to the entry, and {pay}, more than one risk past the "
                "entry, is the place to trim.",
                "Past {first}, the stop goes to the entry; part of the position comes off at {pay}, the "
                "first mark a full risk from the entry.",
                "{First} is too near the entry to trim at, so the stop moves to the entry once it is "
                "cleared; {pay} is where part comes off.")
"""The take's sentence on what to do at the obstacles between a setup's entry and its target
(`manage`): trim at the first one a full risk away (the stop to the entry then), or, when the first
is nearer than that, move the stop to the entry once it is cleared. The obstacles are referred back
to (`_back_ref`), not named again: the sentence before quoted them. Before edsetup3: demo QQQ
2026-11-20 read 'Before the target, the trade has to get through the swing high at $632.37, then the
call wall at $640.00' and stopped there, a list of levels without a plan. Before edvoice (stop 42)
demo SPY's ended 'Past it, the stop goes to the entry and the rest rides free; nothing before the
exit pays for the risk' (no part had come off, and 'pays for the risk' left the trader to work out
that the wall, 0.4 risk away, is no place to take profit): each option now says where profit is
taken, or that it is not taken before the target, in a trader's words."""


def manage_sentence(brief: Brief, setups: list[TradeSetup], said: str = "", avoid: str = "") -> str:
    """What to do at the obstacles of the setup `wall_sentence` names them for, each referred back to
    (the sentence before quoted them); '' without any."""
    setup = next((x for x in setups if stops_on_the_way(brief, x)), None)
    obstacles = obstacles_on_the_way(brief, setup) if setup is not None else []
    plan = manage(setup, obstacles) if setup is not None else None
    if plan is None:
        return ""
    named = [(name, slot) for _, name, slot in obstacles]
    first = _back_ref(plan.first, named)
    pay = _back_ref(plan.part_off, named) if plan.part_off is not None else ""
    if plan.part_off is None:
        bank = _MANAGE_HOLD
    elif plan.part_off == plan.first:
        bank = _MANAGE_AT
        first = "that wall" if plan.first[0].endswith("wall") else "that level"
    else:
        bank = _MANAGE_PAST
    options = [option.format(first=first, First=first[0].upper() + first[1:], pay=pay) for option in bank]
    return vary_fresh(options, brief, "take-manage", said, avoid)


def _back_ref(stop: tuple[str, str], named: list[tuple[str, str]]) -> str:
    """How the sentence after the one naming the obstacles refers to one of them: 'it' when there is
    one, 'the wall' for the options wall, else 'the first', 'the second'... in the order met."""
    if len(named) == 1:
        return "it"
    if stop[0].endswith("wall"):
        return "the wall"
    return ("the first", "the second", "the third", "the fourth")[min(named.index(stop), 3)]



def _setup_sentence(brief: Brief, shown: list[TradeSetup], direction: str | None, said: str = "",
                    avoid: str = "") -> str:
    """The take's setup sentence: the shown setup's entry and target (the take's trade level is the
    setup's trigger), the pending setup's condition for a side wanted without one, or ''. Its words
    repeat no phrase of `said` (the take so far) and, where the bank allows, read no run of `avoid`
    (the final call) back: the take says the trade, the call its condition."""
    if len(shown) > 1:
        return vary_fresh(_TAKE_BOTH, brief, "take-setups", said, avoid)
    if len(shown) == 1:
        setup = shown[0]
        d = setup.direction
        long = d == "long"
        bank: tuple[str, ...] = _TAKE_ONE[setup.style]
        if setup.style != "breakout" and _target_behind_close(brief, setup):
            bank = _TAKE_DIP[long]
        elif setup.style != "breakout" and _target_near_close(brief, setup):
            bank = _TAKE_NEAR_CLOSE[long]
        if setup.trigger == RECORD_TRIGGER:
            new = "another record" if brief.snapshot.extremes.new_all_time_high else "a new record"
            return vary_fresh([option.format(entry=f"{{setup_{d}_entry}}", target=f"{{setup_{d}_target}}",
                                             new=new) for option in _TAKE_RECORD],
                              brief, "take-setups", said, avoid)
        zone = _fade_edge_words(brief, long) if setup.style == "fade" else _pullback_level(setup)
        if zone in ("range bottom", "range top") and f"the {zone}" in said.lower():
            bank = tuple(option.replace("the {zone}", "that edge") for option in bank)
        words = {"dir": d, "entry": f"{{setup_{d}_entry}}", "target": f"{{setup_{d}_target}}",
                 "verb": "buys" if long else "sells", "edge": "lower" if long else "upper", "zone": zone,
                 "move": "pullback" if long else "bounce"}
        return vary_fresh(_filled(bank, words), brief, "take-setups", said, avoid)
    if direction is None:
        return ""
    pending = pending_for(brief, direction)
    if pending is None:
        lean = lean_sentence(brief, direction, said, avoid)
        other = other_way_sentence(brief, direction, f"{said} {lean}", avoid)
        return " ".join(part for part in (lean, other) if part)
    bank = _TAKE_PENDING["pullback" if pending.style == "pullback" else "breakout"]
    words = {"entry": f"{{pending_{direction}_entry}}", "target": f"{{pending_{direction}_target}}",
             **_words(direction)}
    return vary_fresh(_filled(bank, words), brief, "take-setups", said, avoid)


_TAKE_FILTER_SLOPE = (
    "No close alone makes it a {dir}: the 200-day at {sma_200} has to turn {turn} first.",
    "What would make it a trade is the 200-day average, now {sma_200}, turning {turn}.",
    "Only {an_turn} in the 200-day ({sma_200}) would make the lean a {dir} trade.",
    "The trade needs the 200-day ({sma_200}) to turn {turn} first.",
)
_TAKE_SLOPE_TRADE = (
    "No {dir} yet: the 200-day at {sma_200} has to turn {turn} first, and then it takes {trigger}.",
    "The {dir} would be {trigger}, but not before the 200-day ({sma_200}) turns {turn}; until then, "
    "no {dir}.",
    "It is not a trade until two things happen: the 200-day ({sma_200}) turns {turn}, and then "
    "{trigger}.",
    "Once the 200-day, now {sma_200}, turns {turn}, {trigger} would make it a {dir}; not before.",
)
"""The take for a lean only the 200-day's slope keeps out, with the trade the side would have
(`slope_held_trade`): the trigger to wait for and the average's turn."""


def _held_trigger(brief: Brief, trade: TradeSetup, said: str) -> str:
    """The held trade's trigger as the take says it: its words with the level's figure after the
    level ('a pullback to the swing low at $490.00 that holds'), or, when the take has named that
    level already, the figure in the level's place ('a close above $476.71'): its name again would
    repeat the take's own phrase, and the trigger's words the final call's clause (bench
    take_phrase_repeated, take_repeats_final_call)."""
    head, _, tail = trade.trigger.partition(" that ")
    tail = f" that {tail}" if tail else ""
    verb, _, named = head.partition(" the ")
    if not named:
        return trade.trigger
    if named.lower() not in said.lower():
        slot = _trigger_slot(brief, trade.entry, trade.direction == "long")
        return trade.trigger if slot is None else f"{head} at {slot}{tail}"
    figure = level_slot_of(brief, trade.entry)
    return trade.trigger if figure is None else f"{verb} {figure}{tail}"


_TAKE_FILTER_SIDE = (
    "A {dir} needs a close {word} the 200-day at {sma_200} first.",
    "The lean becomes a {dir} candidate only once price closes {word} the 200-day ({sma_200}).",
    "What the desk needs before a {dir}: a close {word} the 200-day average at {sma_200}.",
    "The {dir} side opens only on a close {word} the 200-day ({sma_200}).",
)
_TAKE_FILTER_BOTH = (
    "A {dir} needs a break {word} the 200-day at {sma_200} and that average turning {turn}; neither "
    "has happened.",
    "Two things would make it a trade: a break {word} the 200-day ({sma_200}) and the average "
    "itself turning {turn}.",
    "The {dir} waits on both a close {word} the 200-day at {sma_200} and {an_turn} in it.",
    "A {dir} takes two things first: a close {word} the 200-day ({sma_200}), then the average turning "
    "{turn}.",
)
"""The take's sentence for a lean the desk's trend filter keeps out (`indicators.setups.trend_block`):
what would let the side in, the 200-day named by its figure (its turn for `trend_slope`; a close
through it, and its turn when the slope blocks too, for `trend_side`). The stance has already said
the lean is no trade (stance._BULLISH_NO_TRADE, _lean_only). Before editorial12b the take ended on
the stance: real QQQ 2026-03-30 'The view is bearish under $562.58' and nothing on what would
make a short."""
_TAKE_NO_TRADE = (
    "It is a lean, not a trade: {why}.",
    "No {dir} to take yet: {why}.",
    "The lean has no {dir} behind it yet: {why}.",
    "No {dir} on offer: {why}.",
)
_NO_TRADE_WHY: dict[MissReason, str] = {
    "reward_risk": "the next levels sit too close together to pay for a stop",
    "order": "the next levels sit too close together to pay for a stop",
    "out_of_reach": "nothing {word} the close to break, and no tested {back} within a {move}'s reach",
    "past_range": "the first {back} lies past the range's {edge}, where a {move} is already a break",
    "no_level": "the chart has no level {word} the close to trade",
    "no_target": "past the trigger the chart has nothing to aim at",
    "stop_wide": "the stop a trigger here needs is too wide for the volatility",
    "target_far": "the next real level is beyond a swing's reach",
}
"""The take's sentence for a lean without a setup, a pending one or a trend filter in the way: no
level on the chart would create the trade (the pending search found none), so the take says the
lean is not one and why, in the words of the rule the nearest trade failed (the final call names
the levels). Before editorial12b: real QQQ 2026-04-08 ended 'We side with the buyers while closes
stay above $588.59' beside a final call saying the long's levels crowd each other."""
_RECORD_WHY = ("the chart holds no tested level above to aim for before price closes past its record of "
               "{all_time_high}")
"""The take's why for a long waiting on the record close (waits_for_record), in other words than
the final call's clause."""


_TAKE_OTHER_WAY = (
    "The one trade on the chart runs the other way, with the 200-day trend: a {other} on {trigger}.",
    "The only trade the desk would take is a {other}, with the 200-day trend, on {trigger}.",
    "What the chart does offer runs the other way: a {other} on {trigger}, with the 200-day trend.",
    "The trade on the chart is the other way: a {other} on {trigger}, with the 200-day trend.",
)
"""The take's sentence for a lean whose side the trend filter keeps out while the desk's rules place
a setup the other way (`other_way_trade`): the lean stays the Pulse's, and the trade the desk would
take is named with its trigger, so the reader is not left with a view and no plan while the desk
has one. Before edtrade46 real QQQ 2026-07-29 read 'Bearish as a lean, with no short on offer'
over a long placed on a pullback to the 200-day at $644.14, and news day 2024-08-02 QQQ 'We lean
bearish while $457.53 caps it' over a long placed on a close back above $457.53; neither said so."""


def other_way_trade(brief: Brief, direction: str) -> TradeSetup | None:
    """The setup the desk's rules place on the side opposite `direction` when the trend filter keeps
    `direction` out: the short-term call leans one way, and the only trade is the other (shown
    setups agree with the call, scenarios.setups_for_call, so this one is not in the table)."""
    market = Market.of(brief.snapshot)
    side: Direction = "long" if direction == "long" else "short"
    if market is None or not brief.include_setups or trend_block(side, market) is None:
        return None
    return next((s for s in brief.snapshot.setups if s.direction != direction), None)


_NAMED_TWICE = re.compile(r"(the ([\w-]+ average) at \{[^}]+\}) \(the \2\)")
"""A trigger naming its average before the slot and again in the slot's bracket ('a pullback to the
200-day average at {level_3} (the 200-day average)'): one name is enough."""


def other_trigger(brief: Brief, trade: TradeSetup, said: str = "") -> str:
    """The other-way trade's trigger as the take says it: the setup's own words with the level's
    figure (`_held_trigger`), or, when those repeat a phrase the take has said ('a close back'
    twice: news day 2024-08-02 QQQ), the bare move to the entry's figure ('a close above $457.53',
    'a pullback to $644.14 that holds')."""
    held = _NAMED_TWICE.sub(r"\1", _held_trigger(brief, trade, said))
    figure = level_slot_of(brief, trade.entry)
    if figure is None or not set(phrases(said)) & set(phrases(held)):
        return held
    long, ahead = trade.direction == "long", trade.entry > brief.snapshot.close
    if long == ahead:  # a break through the entry
        return f"a close {'above' if long else 'below'} {figure}"
    return f"a pullback to {figure} that holds" if long else f"a bounce to {figure} that stalls"


def other_way_sentence(brief: Brief, direction: str, said: str = "", avoid: str = "") -> str:
    """`_TAKE_OTHER_WAY` for `other_way_trade`, its trigger with the level's figure; '' without one."""
    trade = other_way_trade(brief, direction)
    if trade is None:
        return ""
    words = {"other": trade.direction, "trigger": other_trigger(brief, trade, said)}
    return vary_fresh(_filled(_TAKE_OTHER_WAY, words), brief, "take-other-way", said, avoid)


def lean_sentence(brief: Brief, direction: str, said: str = "", avoid: str = "") -> str:
    """For a side the short-term call wants with neither a setup nor a pending one, what the take
    says: what would let the trend filter's side in (`_TAKE_FILTER_*`), or that the lean is no
    trade and why (`_TAKE_NO_TRADE`); '' for a side out for another reason or without an ATR. The
    wording repeats none of `said`'s phrases (the take so far: news day 2024-12-18 SPY read 'a close
    below it would extend the selloff', then 'A short needs a close below the 200-day')."""
    market = Market.of(brief.snapshot)
    if market is None or not brief.include_setups:
        return ""
    long = direction == "long"
    words = {**_words(direction), "turn": "up" if long else "down",
             "an_turn": "an upturn" if long else "a downturn", "sma_200": "{sma_200}",
             "back": "support" if long else "resistance", "move": "pullback" if long else "bounce",
             "edge": "bottom" if long else "top"}
    side: Direction = "long" if long else "short"
    block = trend_block(side, market)
    trade = slope_held_trade(brief, direction)
    if trade is not None:
        words["trigger"] = _held_trigger(brief, trade, said)
        return vary_fresh(_filled(_TAKE_SLOPE_TRADE, words), brief, "take-setups", said, avoid)
    if block == "trend_slope":
        return vary_fresh(_filled(_TAKE_FILTER_SLOPE, words), brief, "take-setups", said, avoid)
    if block == "trend_side" and market.sma_200 is not None:
        bank = _TAKE_FILTER_SIDE if _close_lets_in(side, market, market.sma_200) else _TAKE_FILTER_BOTH
        return vary_fresh(_filled(bank, words), brief, "take-setups", said, avoid)
    if block is not None:
        return ""
    misses = setup_misses(side, market)
    if not misses:  # a setup places after all (not shown for another reason)
        return ""
    reason = misses[0].reason
    if reason == "out_of_reach":  # the pullback's support is far: say why the breakout failed too
        reason = next((m.reason for m in misses[1:] if m.reason != "no_level"), reason)
    why = _RECORD_WHY if waits_for_record(brief, direction, reason) else _NO_TRADE_WHY.get(reason)
    if why is None:
        return ""
    words["all_time_high"] = "{all_time_high}"
    return vary_fresh(_filled(_TAKE_NO_TRADE, {**words, "why": why.format(**words)}), brief, "take-setups",
                      said, avoid)


def _filled(bank: tuple[str, ...], words: dict[str, str]) -> list[str]:
    """A bank's options with their words in, so `vary_fresh` reads the phrases a reader hears ('a
    close below', not 'a close {word}') against the take so far."""
    return [option.format(**words) for option in bank]
