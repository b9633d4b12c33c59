"""The desk's decisions a model article follows: which angle shares the headline, which levels the
take stands on, what the short-term call's clause names, each level by one name.

The template writer makes these choices inside its sentences (angle_text, stance, setup_text); the
model gets the choices alone, as slots with the name each level goes by, so its headline, take,
final call and setups tell the template's story in the model's words. Pure: a Brief in, strings
with `{fact}` slots out.
"""

from __future__ import annotations

from ..angles import Angle, AngleKind, angle_of
from ..contracts import Bias, KeyLevel, TradeSetup
from ..facts import FactSheet
from .angle_text import (
    EVENT_NOUNS,
    broken_edge,
    event_frames,
    headline_choice,
    nearest_level,
    news_event,
    record_in_play,
    setup_stops_short_of,
    steady_event,
    steady_frames,
)
from .base import Brief
from .call_reasons import pulse_against_move
from .scenarios import (
    edge_hard_by,
    edge_slot,
    level_words,
    range_band,
    range_edge_quote,
    range_edge_slot,
    range_span,
    record_trend_line,
    setup_reason,
    setups_for_call,
    trend_line_close,
    trigger_level,
)
from .setup_text import (
    bias_side_filtered,
    manage,
    obstacles_on_the_way,
    other_trigger,
    other_way_trade,
    pending_for,
    stops_on_the_way,
)
from .stance import BrokenStance, broken_parts, reclaim_level, record_lid, setup_stop_line


def quoted(brief: Brief, level: KeyLevel, above: bool) -> str:
    """A level as the take and scenarios quote it: its slot (a zone whole) and its one name."""
    slot = range_span(brief, edge_slot(brief, level, above, clear=True))
    return f"{slot}, the {level_words(level, above)}"


def headline_partners(brief: Brief, angles: list[Angle]) -> list[Angle]:
    """The angles the template's headline names beside angle 1: its own decision
    (angle_text.headline_choice), so the model's headline tells the same story; beside the day's
    driver, the angle it outranked when its frames tell that one too (a volume surge: 'Yields Slip
    as the S&P 500 Rallies in Heavy Trade')."""
    partners = headline_choice(brief, angles).partners
    top = angles[0]
    outranked = angle_of(angles, AngleKind.VOLUME) if top.kind == AngleKind.DRIVER \
        and top.subject == AngleKind.VOLUME.value else None
    return [outranked, *partners] if outranked is not None and outranked not in partners else partners


def day_event(brief: Brief, angles: list[Angle], cited: int) -> tuple[str, bool, bool]:
    """The day's news event as the template's lead sentence names it (angle_text.news_event: the
    event the session's market wraps give as the cause of the move), with the wrap's citation number
    when the prompt lists it ('the jobs report [3]'), whether the headline names it too (the
    template's event headline, unless the rates driver leads or a sector story has no direction),
    and whether the instrument sat it out: flat while the market moved (angle_text.steady_event),
    the template's headline and lead then say it held steady through the event ('The Dow Holds
    Steady Through the CPI Report'), never that the event moved it. ('', False, False) without one."""
    event = news_event(brief)
    steady = False
    if event is None:
        event = steady_event(brief)
        if event is None or headline_choice(brief, angles).frames != steady_frames(brief, event):
            return "", False, False  # the template's headline and lead do not name it
        steady = True
    number = next((n for n, item in enumerate(brief.news[:cited], start=1)
                   if item.item_id == event.wrap.item_id), None)
    words = EVENT_NOUNS[event.kind][2] + (f" [{number}]" if number else "")
    if steady:
        return words, True, True
    direction = "up" if brief.snapshot.returns.change_1d_pct > 0 else "down"
    headline = angles[0].kind != AngleKind.DRIVER and event_frames(event, direction, False) is not None
    return words, headline, False


def _side(brief: Brief, up: bool) -> str | None:
    """The level a close must get through on one side, as stance.bracket chooses it: the edge of a
    tight range holding the close (its closing bound when the table merged it into the current
    row), else the scenarios' trigger, else a round-number waypoint."""
    edge = range_edge_quote(brief, up)
    if edge is not None:
        return f"{edge[0]}, the {edge[1]}"
    level = nearest_level(brief, up)
    return None if level is None else quoted(brief, level, up)


def take_level(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str | None:
    """The level the take opens on, as angle_text's pivot chooses it: the broken edge after a break,
    the range's edges when the range is the story, the record close within reach, the edge of a
    tight range the day pressed toward, the near line under a record (the 20-day average when the
    first tested support is far), else the level the day's move meets next."""
    s, top = brief.snapshot, angles[0]
    up_day = s.returns.change_1d_pct >= 0
    broken = _broken_edge(brief, top)
    if broken is not None:
        return broken
    if top.kind == AngleKind.RANGE and sheet.has("range_upper", "range_lower"):
        return range_band(brief, "{range_lower} and {range_upper}") + ", the range's edges"
    if record_in_play(angles) and sheet.has("all_time_high"):
        return "{all_time_high}, the record close"
    held = _held_edge(brief, sheet, up_day)
    if held is None and s.extremes.new_all_time_high and trigger_level(brief, True) is None:
        record = _under_record(brief, sheet)
        if record is not None:
            return record
    if held is not None:
        return held
    if not s.extremes.new_all_time_high and not up_day and sheet.has("all_time_high") \
            and record_trend_line(brief, sheet) and _side(brief, False) is not None:
        return "{all_time_high}, the record close, above and {sma_20}, the 20-day average, below " \
               "(the first tested support is far)"
    level = nearest_level(brief, up_day)
    if level is not None:
        return quoted(brief, level, up_day)
    if s.extremes.new_all_time_high:
        return _under_record(brief, sheet)
    return "{sma_50}, the 50-day average" if sheet.has("sma_50") else None


def _held_edge(brief: Brief, sheet: FactSheet, up: bool) -> str | None:
    """The edge of a tight range holding the close that the day pressed toward (its zone as the
    table quotes it, else its closing bound), with the level a break meets right past it."""
    if setup_stops_short_of(brief, up):  # the setup trades from the other edge (angle_text._range_edge)
        up = not up
    edge = range_edge_quote(brief, up) if sheet.has("range_upper", "range_lower") else None
    if edge is None:
        return None
    past = edge_hard_by(brief, sheet, up)  # what a break meets at once (angle_text._past_edge)
    near = "" if past is None else f" (just past it: the {past[0]} at {past[1]})"
    return f"{edge[0]}, the {edge[1]}{near}"


def _under_record(brief: Brief, sheet: FactSheet) -> str | None:
    """After a record close, nothing overhead: the first level below, or the 20-day average as the
    first line when that level is far (scenarios.record_trend_line), near only within
    scenarios.NEAR_LINE_ATR of the close (trend_line_close)."""
    below = nearest_level(brief, False)
    if below is None:
        return None
    first = quoted(brief, below, False)
    if record_trend_line(brief, sheet):
        line = "the run's near line" if trend_line_close(brief) else \
            "the run's trend line, well under the close"
        return f"{{sma_20}}, the 20-day average, {line} (the first tested support, {first}, is far)"
    return f"{first} (a record leaves no ceiling)"


_EDGE_NAMES = {"{prior_high_20}": "the top of the past month's closes",
               "{prior_low_20}": "the bottom of the past month's closes",
               "{prior_range_upper}": "the old range top", "{prior_range_lower}": "the old range bottom"}


def _broken_edge(brief: Brief, top: Angle) -> str | None:
    """The edge a breakout broke (angle_text.broken_edge), named."""
    edge = broken_edge(brief, top)
    return None if edge is None else f"{edge}, {_EDGE_NAMES[edge]}"


def view_line(brief: Brief, sheet: FactSheet, angles: list[Angle], pivot: str | None = None) -> str | None:
    """The view and the close that proves it wrong (stance.stance_sentence): the level the bias needs
    back when the session went against it, the broken edge a break the bias follows stands on, the
    20-day average under a record, else the nearest level on the other side; both sides when neutral.
    A level the take opens on (`pivot`) is 'it'."""
    bias = brief.scores.bias

    def say(quote: str | None) -> str | None:
        return "it" if quote is not None and pivot is not None and pivot.startswith(quote) else quote

    if bias == Bias.NEUTRAL:
        broke = broken_parts(brief, sheet)
        if broke is not None:
            return _broken_view(broke, say(broke.edge) or broke.edge)
        up, down = say(_side(brief, True)), say(_side(brief, False))
        sides = [f"buyers above {up}" if up else "", f"sellers below {down}" if down else ""]
        return "neutral: " + "; ".join(s for s in sides if s) if any(sides) else None
    word = "bullish" if bias == Bias.BULLISH else "bearish"
    against = reclaim_level(brief, angles)
    if against is not None and record_trend_line(brief, sheet) and sheet.has("all_time_high"):
        against = "{all_time_high}"  # under a record with nothing tested overhead: the record close
    if against is not None:
        back = "above" if bias == Bias.BULLISH else "below"
        return f"{word} on the trend, though this session went the other way: a close back {back} " \
               f"{against} would settle it"
    follows = {"up": Bias.BULLISH, "down": Bias.BEARISH}.get(angles[0].direction) == bias
    broken = _broken_edge(brief, angles[0]) if follows and angles[0].kind == AngleKind.BREAKOUT else None
    holds = "holds" if bias == Bias.BULLISH else "caps it"
    if bias_side_filtered(brief):  # the take says the lean is not a trade (stance._BULLISH_NO_TRADE)
        word += f", a lean with no {'long' if bias == Bias.BULLISH else 'short'} to take yet"
    line = broken_edge(brief, angles[0]) if broken is not None else \
        "{sma_20}" if record_trend_line(brief, sheet) else None
    past = setup_stop_line(brief, sheet, (line, "")) if line is not None else None
    if line is not None and past is None:
        return f"{word} while {say(broken or '{sma_20}, the 20-day average')} {holds}"
    if past is not None:  # the setup enters past the line (stance.stance_sentence): wrong at its stop
        way = "above" if bias == Bias.BEARISH else "below"
        return f"{word}; wrong on a close {way} {past[0]}, the {past[1]}"
    side = say(_side(brief, bias == Bias.BEARISH))
    if side is None:
        return None
    stop = setup_stop_line(brief, sheet, (side, "")) if side != "it" else None
    if stop is not None:  # the setup enters at that level: the view is wrong past its stop
        side = f"{stop[0]}, the {stop[1]}"
    return f"{word} while {side} {holds}" if side == "it" else \
        f"{word}; wrong on a close {'above' if bias == Bias.BEARISH else 'below'} {side}"


def _broken_view(broke: BrokenStance, edge: str) -> str:
    """The neutral view after a range break, the story the template's take tells (stance._BROKE):
    whose the break is, why the call stays neutral, the close that hands it back. Before edtrade46
    the plan read 'neutral: buyers above ...; sellers below ...', the story of a range still
    holding, beside a take saying the break is the sellers' but the desk takes no short."""
    down = broke.way == "below"
    holder, other = ("sellers", "buyers") if down else ("buyers", "sellers")
    back = "over" if down else "under"
    return f"neutral: the break is the {holder}' to keep {broke.way} {edge}, but {broke.aside}; " \
           f"a close back {back} {broke.back} would hand it to the {other}"


def short_term_clause(brief: Brief) -> str:
    """What the short-term call says beyond its bias: why a big move's bias does not follow it, and
    the shown setup's trigger or what would set each wanted side up (one edge of a zone, named)."""
    parts = [pulse_against_move(brief) or "", setup_reason(brief).removeprefix("; ")]
    return "; ".join(p for p in parts if p)


def lid_note(brief: Brief, sheet: FactSheet, pivot: str | None = None) -> str:
    """'{range_upper} is also the record close' ('{level_2_low}–{level_2_high} holds the record
    close' when the table quotes the top as a zone) when the tight range's top is the record
    (angle_text.record_lid) and the take's level is not the record already."""
    if not record_lid(brief) or not sheet.has("range_upper") or "record" in (pivot or ""):
        return ""
    top = range_edge_slot(brief, True)  # as the table quotes it: a zone holds the record close
    return f"the range top {top} holds the record close" if "–" in top else \
        "the range top {range_upper} is also the record close"


def setup_play(brief: Brief) -> str:
    """The setup's play the take ends on (setup_text.take_sentence): each shown setup's entry and
    target, or, for the side a directional call wants without one, the pending setup's entry and
    target, or, when the trend filter keeps that side out and the desk's rules place a trade the
    other way (setup_text.other_way_trade), that trade and its trigger, as the template's take names
    it; '' when there is no trade to name. A take that stands on the range's edge and leaves
    the setup out reads as another story when the setup enters elsewhere (a pullback long under the
    range bottom: the verifier's story-call-level). Before ednews (stop 47) a lean whose only trade
    ran the other way gave the model no play while the template's take said 'The only trade the
    desk would take is a long, with the 200-day trend, on a pullback to the 200-day average at
    $644.14' (real QQQ 2026-07-29)."""
    shown = setups_for_call(brief)
    if shown:
        return "; ".join(f"{x.direction} in at {{setup_{x.direction}_entry}}, out at "
                         f"{{setup_{x.direction}_target}}{_on_the_way(brief, x, shown)}" for x in shown)
    wanted = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(brief.scores.bias)
    pending = pending_for(brief, wanted) if wanted is not None and brief.include_setups else None
    if pending is None:
        return _other_way_play(brief, wanted)
    return f"no {wanted} yet: in at {{pending_{wanted}_entry}} on a {pending.style}, out at " \
           f"{{pending_{wanted}_target}}{_on_the_way(brief, pending, [pending])}"


def _other_way_play(brief: Brief, wanted: str | None) -> str:
    """The play for a lean the trend filter keeps out while the desk's rules place a setup the other
    way: no trade on the lean's side, the other side's with the 200-day trend on its trigger (the
    template's take, setup_text.other_way_sentence); '' without one."""
    trade = other_way_trade(brief, wanted) if wanted is not None else None
    if trade is None:
        return ""
    return f"no {wanted}: the only trade is the other way, a {trade.direction} with the 200-day trend " \
           f"on {other_trigger(brief, trade)}"


def _on_the_way(brief: Brief, setup: TradeSetup, named: list[TradeSetup]) -> str:
    """What the template's take names between the setup's entry and its target
    (setup_text.wall_sentence: the tested levels and the options wall, in the order the move
    meets them), for the setup the take names them for (the first of `named` with any): ' (on the
    way: the swing high at {level_2}, then the call wall at {call_wall})'; '' otherwise."""
    first = next((x for x in named if stops_on_the_way(brief, x)), None)
    if first is not setup:
        return ""
    stops = ", then ".join(f"the {name} at {slot}" for name, slot in stops_on_the_way(brief, setup))
    return f" (on the way: {stops}{_plan_there(setup, obstacles_on_the_way(brief, setup))})"


def _plan_there(setup: TradeSetup, obstacles: list[tuple[float, str, str]]) -> str:
    """What the template's take says to do at those obstacles (setup_text.manage_sentence): '; stop to
    the entry once the swing high is cleared, part off at the call wall (a full risk from the entry)'."""
    plan = manage(setup, obstacles)
    if plan is None:
        return ""
    moved = f"; stop to the entry once the {plan.first[0]} is cleared"
    if plan.part_off is None:
        return f"{moved}, nothing before the target pays for the risk"
    return f"{moved}, part off at the {plan.part_off[0]} (a full risk or more from the entry)"
