"""Headline, dek, opening sentence and take of the template writer, written on the top angle.

Each angle kind has a bank of frames; `phrases.vary` rotates them so one session's articles
take different frames and one instrument's consecutive sessions do too. Frames carry `[a|b]`
for a verb that agrees with a singular or plural name ("Small Caps Coil") and `{fact}` slots
filled from the fact sheet. Peers are described only through `phrases.peer_move`, the same
words in every article of the session.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..angles import RELATIVE_KINDS, Angle, AngleKind, angle_of, market_day
from ..contracts import Bias, KeyLevel, NewsItem, RelatedMove, RelatedRole, Scores
from ..facts import FactSheet, fact_tag
from ..indicators.setups import is_bare_round
from ..news_content import NewsContent, event_content, says_content
from ..stories import (
    Milestone,
    Rotation,
    SessionEvent,
    drawdown_milestone,
    headed_by,
    local_day,
    names_event,
    own_names,
    own_story_event,
    own_terms,
    relative_place,
    rotation,
    session_event,
)
from . import dek as dek_text
from .base import Brief
from .event_dek import event_clause, sets_apart
from .news_paragraph import silent_wraps, stories_for, story_roles, told_backed
from .phrases import STEADY_PCT, is_plural, mid_sentence, peer_move, vary, vary_apart, vary_fresh
from .scenarios import (
    FAR_SUPPORT_ATR,
    around,
    average_name,
    edge_hard_by,
    edge_price,
    edge_slot,
    level_name,
    range_band,
    range_edge_level,
    range_edge_slot,
    range_span,
    record_trend_line,
    setups_for_call,
    split_side,
    tradable_side,
    trend_line_close,
    trigger_level,
)
from .setup_text import take_sentence
from .stance import reclaim_level, record_lid, stance_sentence

_AGREE = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def agree(frame: str, plural: bool) -> str:
    """'[Coils|Coil]' -> 'Coils' for a singular name, 'Coil' for a plural one. The instrument is an
    "it" in every sentence of the article, so a plural name ('Small Caps') takes no pronoun at all:
    '[Its|Their] Range' -> 'the Range'."""
    return _AGREE.sub(lambda m: m.group(1) if not plural else
                      "the" if m.group(2) == "Their" else m.group(2), frame)


def title_case(name: str) -> str:
    small = {"a", "an", "and", "as", "at", "of", "on", "the", "in", "to", "for", "by"}
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in small else
                    w if not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def peer_of(brief: Brief, angle: Angle) -> RelatedMove | None:
    return next((m for m in brief.snapshot.related if m.symbol == angle.subject), None)


_HEADLINES: dict[str, list[str]] = {
    AngleKind.RECORD: ["{Name} [Closes|Close] at a Record {price}", "Record Close for {name} at {price}",
                       "{Name} [Sets|Set] a New Closing Record", "{Name} [Climbs|Climb] to a Record Close",
                       "New Territory: {Name} [Ends|End] at a Record"],
    AngleKind.HIGH: ["{Name} [Closes|Close] at a {window} High",
                     "{Name} [Reaches|Reach] a Fresh {window} High",
                     "A {window} Closing High for {name}", "{Name} [Pushes|Push] to a {window} High"],
    AngleKind.LOW: ["{Name} [Sinks|Sink] to a {window} Closing Low", "A {window} Low for {name}",
                    "{Name} [Closes|Close] at a {window} Low",
                    "{Name} [Breaks|Break] Down to a {window} Low"],
    AngleKind.NEAR_RECORD: ["{Name} [Rises|Rise] to Within Reach of [Its|Their] Record",
                            "{Name} [Closes|Close] In on [Its|Their] Record Close",
                            "Record in Sight: {Name} [Gains|Gain] {change_1d_pct:abs}",
                            "{Name} [Moves|Move] Back Toward [Its|Their] Record"],
    AngleKind.BREAKOUT: ["{Name} [Breaks|Break] {out_of} [Its|Their] {prior_range_sessions}-Session Range",
                         "{Name} [Escapes|Escape] the Range, Closing {side} {edge}",
                         "{Name} [Breaks|Break] {side_word} {edge}, Out of the Range",
                         "Out of the Box: {Name} [Breaks|Break] {side_word} {edge}"],
    AngleKind.STREAK: ["{Name} [Extends|Extend] the Streak to {close_streak_sessions} {Ups} Closes",
                       "{close_streak_sessions} Straight {Ups} Closes for {name}",
                       "{Name} [Makes|Make] It {close_streak_sessions} {Ups} Closes in a Row",
                       "{Name} [Posts|Post] {close_streak_sessions} Straight {Gains}"],
    AngleKind.RELATIVE: ["{Name} [Trails|Trail] {bench} for {streak_sessions} Sessions in a Row",
                         "{Name} [Lags|Lag] {bench} Again, {streak_sessions} Sessions in a Row",
                         "Another Session Behind {bench} for {name}",
                         "{Name} [Falls|Fall] Behind {bench} Once More"],
    "relative_up": ["{Name} [Beats|Beat] {bench} for {streak_sessions} Sessions in a Row",
                            "{Name} [Outpaces|Outpace] {bench} Again, {streak_sessions} Sessions in a Row",
                            "Another Session Ahead of {bench} for {name}",
                            "{Name} [Stays|Stay] Ahead of {bench}"],
    AngleKind.VOLUME: ["Heavy Volume as {name} [Moves|Move] {change_1d_pct:abs}",
                       "{Name} [Trades|Trade] {volume_ratio} Times Normal Volume",
                       "Turnover Swells as {Name} {Verb}",
                       "{Name} {Verb} on Heavy Volume"],
    AngleKind.GAP: ["{Name} [Gaps|Gap] {updown} at the Open", "A Gap {Updown} for {name} at the Open",
                    "{Name} [Opens|Open] With a Gap {Updown}", "{Name} [Gaps|Gap] {Updown} and {Holds}"],
    AngleKind.DIVERGENCE: ["{Name} [Trails|Trail] as {Peer} {peer_verb}", "{Name} [Lags|Lag] {peer}",
                           "{Name} {Verb} While {Peer} {peer_verb}",
                           "Left Behind: {Name} {Verb} While {Peer} {peer_verb}"],
    "breakout_month_up": ["{Name} [Breaks|Break] Out Above {edge}",
                          "{Name} [Clears|Clear] [Its|Their] Recent Highs",
                          "{Name} [Breaks|Break] Above the Past Month's Closes",
                          "A Breakout for {name} Above {edge}"],
    "breakout_month_down": ["{Name} [Breaks|Break] Down Below {edge}",
                            "{Name} [Slips|Slip] Below [Its|Their] Recent Lows",
                            "{Name} [Breaks|Break] Below the Past Month's Closes",
                            "A Breakdown for {name} Below {edge}"],
    "divergence_up": ["{Name} [Outpaces|Outpace] {peer}", "{Name} {Verb} While {Peer} {peer_verb}",
                      "{Name} [Leads|Lead] as {Peer} {peer_verb}", "{Name} [Pulls|Pull] Away From {peer}"],
    AngleKind.CROSS: ["{Name} [Crosses|Cross] {cross_side} the 50-Day Average",
                      "{Name} [Moves|Move] {cross_side} [Its|Their] 50-Day Average",
                      "Back {cross_side} the 50-Day: {Name} {Verb}",
                      "{Name} [Retakes|Retake] the 50-Day Line"],
    AngleKind.VIX: ["{Name} {Verb} as the VIX {vix_verb}", "VIX {vix_verb}; {Name} {Verb}",
                    "Volatility Returns: {Name} {Verb}", "Fear Gauge {vix_verb} as {Name} {Verb}"],
    AngleKind.EVENT: ["{Name} {Verb} Ahead of the {event}", "{Event} Countdown: {Name} {Verb}",
                      "{Name} [Waits|Wait] on the {event}", "All Eyes on the {event} as {Name} {Verb}"],
    AngleKind.NEWS: ["{Theme} News Sets the Tone as {Name} {Verb}",
                     "{Name} {Verb} as {Theme} Headlines Dominate",
                     "{Theme} in Focus: {Name} {Verb}", "{Name} {Verb} on a {Theme}-Driven Tape"],
    AngleKind.RANGE: ["{Name} [Coils|Coil] in a Tight Range", "{Name} [Stays|Stay] Boxed In",
                      "{Name} [Holds|Hold] Inside [Its|Their] Range",
                      "{Name} [Marks|Mark] Time Inside the Range", "Sideways Again for {name}"],
    AngleKind.DRIFT: ["{Name} {Verb} in a Quiet Session", "{Name} {Verb}; No Standout Event",
                      "A Low-Key Session for {name}", "{Name} {Verb} on an Ordinary Day"],
}
DRIVER_FRAMES = {  # (the yield move, what else the headline tells): the driver, the move, the volume
    ("down", "move"): ["{Name} {Verb} as Treasury Yields Fall", "{Name} {Verb} as Yields Ease",
                       "Yields Slip and {name} {Verb}", "{Name} {Verb} on Lower Yields"],
    ("up", "move"): ["{Name} {Verb} as Treasury Yields Climb", "{Name} {Verb} as Yields Rise",
                     "Yields Climb and {name} {Verb}", "{Name} {Verb} on Higher Yields"],
    ("down", "volume"): ["Yields Fall and {name} {Verb} on Heavy Volume",
                         "{Name} {Verb} on Heavy Volume as Yields Ease",
                         "Lower Yields, Heavy Volume: {Name} {Verb}",
                         "Yields Slip as {name} {Verb} in Heavy Trade"],
    ("up", "volume"): ["Yields Climb and {name} {Verb} on Heavy Volume",
                       "{Name} {Verb} on Heavy Volume as Yields Rise",
                       "Higher Yields, Heavy Volume: {Name} {Verb}",
                       "Yields Rise as {name} {Verb} in Heavy Trade"],
}
DRIVER_FRAMES.update({  # a big move (BIG_MOVE_ATR+): its size is news too, so its figure stays
    ("down", "big"): ["{Name} [Rallies|Rally] {change_1d_pct:abs} as Treasury Yields Fall",
                      "{Name} [Jumps|Jump] {change_1d_pct:abs} as Yields Ease",
                      "Yields Slip and {name} [Surges|Surge] {change_1d_pct:abs}",
                      "{Name} [Climbs|Climb] {change_1d_pct:abs} on Lower Yields"],
    ("up", "big"): ["{Name} [Slides|Slide] {change_1d_pct:abs} as Treasury Yields Climb",
                    "{Name} [Drops|Drop] {change_1d_pct:abs} as Yields Rise",
                    "Yields Climb and {name} [Tumbles|Tumble] {change_1d_pct:abs}",
                    "{Name} [Sinks|Sink] {change_1d_pct:abs} on Higher Yields"],
    ("down", "big_volume"): ["Yields Fall and {name} [Rallies|Rally] {change_1d_pct:abs} on Heavy Volume",
                             "{Name} [Jumps|Jump] {change_1d_pct:abs} on Heavy Volume as Yields Ease",
                             "Lower Yields, Heavy Volume: {Name} [Surges|Surge] {change_1d_pct:abs}",
                             "Yields Slip as {name} [Climbs|Climb] {change_1d_pct:abs} in Heavy Trade"],
    ("up", "big_volume"): ["Yields Climb and {name} [Slides|Slide] {change_1d_pct:abs} on Heavy Volume",
                           "{Name} [Drops|Drop] {change_1d_pct:abs} on Heavy Volume as Yields Rise",
                           "Higher Yields, Heavy Volume: {Name} [Tumbles|Tumble] {change_1d_pct:abs}",
                           "Yields Rise as {name} [Sinks|Sink] {change_1d_pct:abs} in Heavy Trade"],
})
"""One session's articles name the same driver, each in its own frame and with its own day verb; a
volume surge the driver outranked stays in the headline (the dek then tells what comes next), and so
does the figure of a big move."""


def driver_frames(top: Angle, big: bool = False) -> list[str]:
    """The frames of a headline on the day's driver (angles.with_driver): the yield move, the day's
    move (its figure when it is big), and the volume surge when that is the angle the driver
    outranked."""
    yields = "down" if top.direction == "up" else "up"
    told = "volume" if top.subject == AngleKind.VOLUME else "move"
    return DRIVER_FRAMES[(yields, f"big_{told}" if big and told == "volume" else "big" if big else told)]


_VOLUME_BIG = {"up": ["{Name} [Rallies|Rally] {change_1d_pct:abs} on Heavy Volume",
                      "Heavy Volume as {name} [Jumps|Jump] {change_1d_pct:abs}",
                      "{Name} [Surges|Surge] {change_1d_pct:abs} on {volume_ratio} Times Normal Volume",
                      "Turnover Swells as {Name} [Climbs|Climb] {change_1d_pct:abs}"],
               "down": ["{Name} [Slides|Slide] {change_1d_pct:abs} on Heavy Volume",
                        "Heavy Volume as {name} [Drops|Drop] {change_1d_pct:abs}",
                        "{Name} [Tumbles|Tumble] {change_1d_pct:abs} on {volume_ratio} Times Normal Volume",
                        "Turnover Swells as {Name} [Sinks|Sink] {change_1d_pct:abs}"]}
"""A volume surge on a big move (BIG_MOVE_ATR+) that outranks it: the heavy trade and the move's figure."""


_RANGE_RECORD = ["{Name} [Stays|Stay] Boxed In Under the Record Close",
                 "{Name} [Coils|Coil] Below the Record Close",
                 "{Name} [Holds|Hold] Inside the Range, Under the Record Close",
                 "{Name} [Marks|Mark] Time Under the Record Close"]
"""A quiet day in a range whose top is the record close (stance.record_lid): the lid is the story
a breakout would make."""
_MOVE_UP = ["{Name} [Jumps|Jump] {change_1d_pct:abs}", "{Name} [Rallies|Rally] {change_1d_pct:abs}",
            "{Name} [Surges|Surge] {change_1d_pct:abs} as Buyers Pile In",
            "A Big Up Day: {Name} [Climbs|Climb] {change_1d_pct:abs}"]
_MOVE_DOWN = ["{Name} [Slides|Slide] {change_1d_pct:abs}", "{Name} [Tumbles|Tumble] {change_1d_pct:abs}",
              "Sellers Take Over: {Name} [Drops|Drop] {change_1d_pct:abs}",
              "{Name} [Sinks|Sink] {change_1d_pct:abs} in a Sharp Selloff"]


_EXTREME_TAILS = {AngleKind.RECORD: " to a Record Close", AngleKind.HIGH: " to a {window} High",
                  AngleKind.LOW: " to a {window} Low",
                  AngleKind.NEAR_RECORD: ", Closing In on [Its|Their] Record"}
"""A big move that also set a closing extreme says both in the headline."""

_SAME_WAY_UP = ["{Name} [Outperforms|Outperform] {peer}", "{Name} [Outpaces|Outpace] {peer}",
                "{Name} {Verb} but [Beats|Beat] {peer}", "{Name} [Beats|Beat] {peer} on the Day"]
_SAME_WAY_DOWN = ["{Name} [Trails|Trail] {peer}", "{Name} [Lags|Lag] {peer} on the Day",
                  "{Name} [Underperforms|Underperform] {peer}", "{Name} [Falls|Fall] Behind {peer}"]
_BREAK_MOVE = {"up": ["{Name} [Jumps|Jump] {change_1d_pct:abs} and [Breaks|Break] Out of [Its|Their] Range",
                      "{Name} [Rallies|Rally] {change_1d_pct:abs} in a Breakout Above {edge}",
                      "{Name} [Surges|Surge] {change_1d_pct:abs}, Breaking Above [Its|Their] "
                      "{prior_range_sessions}-Session Range",
                      "Breakout: {Name} [Climbs|Climb] {change_1d_pct:abs} Through {edge}"],
               "down": ["{Name} [Slides|Slide] {change_1d_pct:abs} and [Breaks|Break] Down Out of "
                        "[Its|Their] Range",
                        "{Name} [Drops|Drop] {change_1d_pct:abs} in a Breakdown Below {edge}",
                        "{Name} [Sinks|Sink] {change_1d_pct:abs}, Breaking Below [Its|Their] "
                        "{prior_range_sessions}-Session Range",
                        "Breakdown: {Name} [Falls|Fall] {change_1d_pct:abs} Through {edge}"]}
"""A range break on a big move (1.5 ATRs or more) says both."""


_BREAK_EXTREME = {"up": ["{Name} [Breaks|Break] Out of [Its|Their] {prior_range_sessions}-Session Range",
                         "{Name} [Clears|Clear] [Its|Their] Range"],
                  "down": ["{Name} [Breaks|Break] Down Out of [Its|Their] {prior_range_sessions}-Session "
                           "Range",
                           "{Name} [Drops|Drop] Out of [Its|Their] Range"]}
"""A range break that also set (or nearly set) a closing extreme says both."""
BREAK_EXTREMES = (AngleKind.NEAR_RECORD, AngleKind.HIGH, AngleKind.LOW)
"""The closing extremes a range break's headline adds (a record close is its own story)."""
_STREAK_BREAK = {
    ("up", True): ["{close_streak_sessions} Higher Closes in a Row Take {name} Above [Its|Their] "
                   "Recent Highs",
                   "{Name} [Posts|Post] {close_streak_sessions} Straight Gains, Clearing [Its|Their] "
                   "Recent Highs"],
    ("down", True): ["{close_streak_sessions} Lower Closes in a Row Take {name} Below [Its|Their] "
                     "Recent Lows",
                     "{Name} [Posts|Post] {close_streak_sessions} Straight Losses, Slipping Below "
                     "[Its|Their] Recent Lows"],
    ("up", False): ["{close_streak_sessions} Higher Closes in a Row Take {name} Out of [Its|Their] Range",
                    "{Name} [Posts|Post] {close_streak_sessions} Straight Gains and [Breaks|Break] Out of "
                    "[Its|Their] Range"],
    ("down", False): ["{close_streak_sessions} Lower Closes in a Row Take {name} Out of [Its|Their] Range",
                      "{Name} [Posts|Post] {close_streak_sessions} Straight Losses and [Breaks|Break] "
                      "Down Out of [Its|Their] Range"]}
"""A streak whose last close broke the range (or every close of the past month) says both."""
_DIVERGE_RECORD = ["{Name} [Closes|Close] In on [Its|Their] Record While {Peer} {peer_verb}",
                   "{Name} [Moves|Move] Toward [Its|Their] Record as {Peer} {peer_verb}"]
"""A session apart from a peer that also ends within reach of the record says both."""
RUNNER_UP = 0.8
"""A second angle this close to the top one (as a share of its score) shares the headline."""

_X = "{change_1d_pct:abs}"
_MOVE_DIVERGE = {  # (the move's direction, the divergence's): a day that moved, and moved apart
    ("down", "up"): [f"{{Name}} [Slides|Slide] {_X} but [Beats|Beat] {{peer}}",
                     f"{{Name}} [Falls|Fall] {_X}, Outperforming {{peer}}",
                     f"{{Name}} [Drops|Drop] {_X} but [Leads|Lead] {{peer}}"],
    ("down", "down"): [f"{{Name}} [Slides|Slide] {_X}, Trailing {{peer}}",
                       f"{{Name}} [Drops|Drop] {_X} and [Lags|Lag] {{peer}}",
                       f"{{Name}} [Falls|Fall] {_X}, Underperforming {{peer}}"],
    ("up", "up"): [f"{{Name}} [Climbs|Climb] {_X} and [Outpaces|Outpace] {{peer}}",
                   f"{{Name}} [Rallies|Rally] {_X}, Beating {{peer}}",
                   f"{{Name}} [Jumps|Jump] {_X} to Lead {{peer}}"],
    ("up", "down"): [f"{{Name}} [Climbs|Climb] {_X} but [Trails|Trail] {{peer}}",
                     f"{{Name}} [Rallies|Rally] {_X}, Lagging {{peer}}",
                     f"{{Name}} [Jumps|Jump] {_X} but [Falls|Fall] Behind {{peer}}"]}
"""A move and a divergence of near the same weight: the headline says both (the Dow down about
one ATR on a day small caps fell twice as far is not simply 'tumbling')."""
_CROSS_DIVERGE = {
    ("up", "up"): ["{Name} [Retakes|Retake] the 50-Day Line and [Outpaces|Outpace] {peer}",
                   "{Name} [Crosses|Cross] Above [Its|Their] 50-Day Average, Beating {peer}"],
    ("up", "down"): ["{Name} [Retakes|Retake] the 50-Day Line but [Trails|Trail] {peer}",
                     "{Name} [Crosses|Cross] Above [Its|Their] 50-Day Average, Lagging {peer}"],
    ("down", "down"): ["{Name} [Loses|Lose] the 50-Day Line and [Trails|Trail] {peer}",
                       "{Name} [Crosses|Cross] Below [Its|Their] 50-Day Average, Lagging {peer}"],
    ("down", "up"): ["{Name} [Slips|Slip] Below the 50-Day Line but [Beats|Beat] {peer}",
                     "{Name} [Crosses|Cross] Below [Its|Their] 50-Day Average, Still Beating {peer}"]}
"""A close through the 50-day on a day apart from a peer: both."""


_FALLS = ["{Name} [Falls|Fall] {change_1d_pct:abs}", "{Name} [Slides|Slide] {change_1d_pct:abs}",
          "{Name} [Drops|Drop] {change_1d_pct:abs}", "{Name} [Retreats|Retreat] {change_1d_pct:abs}"]
_MARKET_TAILS = {  # (relative kind, its direction): the relative fact, said after the fall or the fear
    (AngleKind.DIVERGENCE, "up"): [", Holding Up Better Than {peer}", " but [Beats|Beat] {peer}",
                                   ", Still Outperforming {peer}", " but [Holds|Hold] Up Better Than {peer}"],
    (AngleKind.DIVERGENCE, "down"): [", Trailing {peer}", " and [Lags|Lag] {peer}",
                                     ", Underperforming {peer}", " and [Trails|Trail] {peer}"],
    (AngleKind.RELATIVE, "up"): [", Ahead of {bench} {streak_sessions} Sessions Running",
                                 " but [Beats|Beat] {bench} for {streak_sessions} Sessions in a Row",
                                 ", Still Ahead of {bench} After {streak_sessions} Sessions",
                                 " yet [Outpaces|Outpace] {bench} {streak_sessions} Sessions in a Row"],
    (AngleKind.RELATIVE, "down"): [", Trailing {bench} {streak_sessions} Sessions Running",
                                   " and [Lags|Lag] {bench} for {streak_sessions} Sessions in a Row",
                                   ", Behind {bench} for {streak_sessions} Sessions in a Row",
                                   " and [Trails|Trail] {bench} {streak_sessions} Sessions in a Row"]}
"""On a market-wide day (angles.market_day) the relative fact comes second: '{Name} Falls 1.35% as
the VIX Jumps 39.68%, Holding Up Better Than the Nasdaq 100'."""


def market_relative(brief: Brief, angles: list[Angle]) -> Angle | None:
    """The relative angle a market-wide day's headline says second: the top angle is the fall (or
    the VIX jump) and a relative angle within RUNNER_UP of it is right behind; None otherwise."""
    top = angles[0]
    fall = top.kind == AngleKind.MOVE and top.direction == "down"
    fear = top.kind == AngleKind.VIX and top.direction == "up"
    if not (fall or fear) or not market_day(brief.snapshot):
        return None
    rel = next((a for a in angles[1:3] if a.kind in RELATIVE_KINDS and a.score >= RUNNER_UP * top.score),
               None)
    return rel if rel is not None and (rel.kind, rel.direction) in _MARKET_TAILS else None


def _market_relative(brief: Brief, angles: list[Angle]) -> tuple[list[str], Angle] | None:
    """Headline frames for a market-wide day whose top angle is the fall (or the VIX jump) with a
    relative angle right behind it: the fall and the fear first, the relative fact second."""
    rel = market_relative(brief, angles)
    if rel is None:
        return None
    fall = angles[0].kind == AngleKind.MOVE
    vix = angle_of(angles, AngleKind.VIX)
    up = vix is not None and vix.direction == "up"
    contexts = VIX_TAILS if up else [" in a Broad Selloff"] * len(_FALLS)
    heads = _FALLS if fall else ["{Name} {Verb}"] * len(_FALLS)
    tails = _MARKET_TAILS[(rel.kind, rel.direction)]
    return [head + context + tail for head, context, tail in zip(heads, contexts, tails, strict=True)], rel


VIX_TAILS = [" as the VIX {vix_verb}", ", With the VIX {vix_with}", " as the VIX {vix_alt}",
             ", VIX {vix_with}"]
"""The VIX beside the day's move in a headline, four ways (paired with the four move frames, so
one session's articles, rotated per instrument, each take their own): a VIX swing is the whole
market's, and one wording put 'as the VIX Drops 17.51%' in all four headlines of real 2026-03-31."""


def paired_divergence(angles: list[Angle]) -> Angle | None:
    """A divergence right behind the top angle (within RUNNER_UP of its score), either direction."""
    return next((a for a in angles[1:3] if a.kind == AngleKind.DIVERGENCE
                 and a.score >= RUNNER_UP * angles[0].score), None)


def runner_up(angles: list[Angle], kinds: tuple[AngleKind, ...], direction: str,
               share: float = 0.0) -> Angle | None:
    """The best angle of `kinds` after the top one, the same way, scoring `share` of the top or more."""
    return next((a for a in angles[1:] if a.kind in kinds and a.direction == direction
                 and a.score >= share * angles[0].score), None)


def _bare(frame: str) -> str:
    """A move frame without its tail ('... Surges {x} as Buyers Pile In' -> '... Surges {x}')."""
    return frame.split(" as ")[0].split(" in a ")[0]


def big_move(angles: list[Angle], direction: str) -> bool:
    """A move angle the given way of BIG_MOVE_ATR (1.5 ATRs) or more."""
    move = angle_of(angles, AngleKind.MOVE)
    return move is not None and move.direction == direction and move.score >= BIG_MOVE_ATR


def move_extreme(angles: list[Angle]) -> Angle | None:
    """The closing extreme (record, near record, high, low) a big move's headline adds as its tail."""
    return next((a for a in angles[1:] if a.kind in _EXTREME_TAILS), None)


def _same_words(brief: Brief, top: Angle) -> bool:
    """True when the instrument and the peer would get the same verb ('Slides as ... Slides')."""
    peer = peer_of(brief, top)
    own = peer_move(brief.snapshot.returns.change_1d_pct)
    return peer is not None and peer_move(peer.change_1d_pct) == own


class HeadlineChoice(NamedTuple):
    """The desk's one headline decision: the frames to rotate, the angles they name beside angle 1
    (the model's plan names the same ones: llm_plan.headline_partners), and the angle whose peer
    the words name."""

    frames: list[str]
    partners: list[Angle]
    pair: Angle | None


EVENT_TAILS: dict[str, tuple[str, ...]] = {
    "fed": ("After the Fed's Decision", "on the Fed's Rate Call", "as the Fed Sets Its Course",
            "in the Wake of the Fed"),
    "inflation": ("After the Inflation Report", "on the CPI Report", "as Inflation Data Land",
                  "on the Consumer-Price Report"),
    "jobs": ("After the Jobs Report", "on the Payrolls Report", "as the Jobs Data Land",
             "on the Hiring Report"),
    "earnings": ("After Company Results", "on the Earnings News", "as Results Land", "on Earnings"),
    "chips_down": ("as Chip Stocks Sink", "in a Chip-Stock Selloff", "as Chipmakers Slide",
                   "as Chip Shares Fall"),
    "chips_up": ("as Chip Stocks Rally", "in a Chip-Stock Rally", "as Chipmakers Climb",
                 "as Chip Shares Rise"),
}
"""The day's news event (stories.session_event) as a headline tail, four ways, so one session's
articles name the same event each in its own words; a sector story goes the way its wrap says."""
CONTENT_TAILS: dict[tuple[str, str], tuple[str, ...]] = {
    ("fed", "fewer_cuts"): ("as the Fed Signals Fewer Cuts", "on the Fed's Slower Path for Cuts",
                            "as the Fed Scales Back Its Cut Plans",
                            "After the Fed Trims Its Rate-Cut Outlook"),
    ("fed", "cut"): ("After the Fed Cuts Rates", "on the Fed's Rate Cut", "as the Fed Lowers Rates",
                     "in the Wake of the Fed's Cut"),
    ("fed", "hike"): ("After the Fed Raises Rates", "on the Fed's Rate Hike", "as the Fed Tightens",
                      "in the Wake of the Fed's Hike"),
    ("fed", "hold"): ("as the Fed Holds Rates", "on the Fed's Pause", "as the Fed Stands Pat",
                      "After the Fed Leaves Rates Alone"),
    ("inflation", "cooler"): ("After a Cooler Inflation Report", "on a Soft CPI Print", "as Inflation Cools",
                              "on Cooler Consumer Prices"),
    ("inflation", "hotter"): ("After a Hot Inflation Report", "on a Firm CPI Print", "as Inflation Runs Hot",
                              "on Hotter Consumer Prices"),
    ("jobs", "weak"): ("After a Weak Jobs Report", "on Weak Payrolls", "as Hiring Slows",
                       "as the Job Market Cools"),
    ("jobs", "strong"): ("After a Strong Jobs Report", "on Strong Payrolls", "as Hiring Picks Up",
                         "as the Job Market Heats Up"),
}
"""The day's news event by what it said (news_content.event_content), as a headline tail, four ways
as EVENT_TAILS: 'as the Fed Signals Fewer Cuts' tells the news, 'on the Fed's Rate Call' only names
it. Each tail says the content in its own words, so one session's headlines share none."""
_EVENT_MOVE = {"up": ("[Jumps|Jump] {change_1d_pct:abs}", "[Rallies|Rally] {change_1d_pct:abs}",
                      "[Surges|Surge] {change_1d_pct:abs}", "[Climbs|Climb] {change_1d_pct:abs}"),
               "down": ("[Slides|Slide] {change_1d_pct:abs}", "[Tumbles|Tumble] {change_1d_pct:abs}",
                        "[Drops|Drop] {change_1d_pct:abs}", "[Sinks|Sink] {change_1d_pct:abs}")}


def event_frames(event: SessionEvent, direction: str, big: bool,
                 content: NewsContent | None = None) -> list[str] | None:
    """Headline frames on the day's news event: the day's move (its figure when it is big) and the
    event, by what it said when the day's stories say it (`content`: CONTENT_TAILS), else by its
    name; None for a sector story whose wrap gives no direction."""
    tails = event_tails(event, content)
    if tails is None:
        return None
    verbs = _EVENT_MOVE[direction] if big else ("{Verb}",) * len(tails)
    return [f"{{Name}} {verb} {tail}" for verb, tail in zip(verbs, tails, strict=True)]


def event_tails(event: SessionEvent, content: NewsContent | None = None) -> tuple[str, ...] | None:
    """The day's news event as four headline tails: by what it said (CONTENT_TAILS), else by its
    name (EVENT_TAILS); None for a sector story whose wrap gives no direction."""
    key = event.kind if event.kind != "chips" else f"chips_{event.direction}" if event.direction else ""
    tails = CONTENT_TAILS.get((content.kind, content.said)) if content is not None else None
    return tails or EVENT_TAILS.get(key)


def rotation_frames(brief: Brief, turn: Rotation, tails: tuple[str, ...], direction: str,
                    big: bool) -> list[str]:
    """Headline frames on a rotation day (stories.rotation) after the day's news: the money's move
    first, then this instrument's ('Money Rotates to Small Caps After a Cooler Inflation Report; the
    Nasdaq 100 Drops 2.19%'); an instrument that rose names the side the money left ('Small Caps
    Rally 3.59% on a Soft CPI Print; Money Rotates Out of the Nasdaq 100'). The news did not push the
    market one way, so no frame credits it with this instrument's move alone."""
    verbs = _EVENT_MOVE[direction] if big else ("{Verb}",) * len(tails)
    if direction == "up":
        away = mid_sentence(title_case(_side_name(brief, turn.out_of)))
        return [f"{{Name}} {verb} {tail}; {money.format(away=away)}"
                for verb, tail, money in zip(verbs, tails, _MONEY_OUT, strict=True)]
    into = mid_sentence(title_case(_side_name(brief, turn.to)))
    return [f"{money.format(into=into)} {tail}; {{name}} {verb}"
            for verb, tail, money in zip(verbs, tails, _MONEY_IN, strict=True)]


_MONEY_IN = ("Money Rotates to {into}", "Buyers Turn to {into}", "Investors Switch to {into}",
             "Money Flows to {into}")
_MONEY_OUT = ("Money Rotates Out of {away}", "Sellers Hit {away}", "Investors Leave {away}",
              "Money Flows Out of {away}")
"""The money's move in a rotation headline, frame n with tail n: one session's headlines each say it
in their own words."""


def _side_name(brief: Brief, symbol: str) -> str:
    """A rotation side's short name: the instrument's own or a peer's."""
    return brief.short_name if symbol == brief.snapshot.symbol else brief.related_names.get(symbol, symbol)


def news_event(brief: Brief) -> SessionEvent | None:
    """The day's news event from the brief's stories, on a day the instrument moved (not steady): the
    one the market wraps give as the cause, else the one the instrument's own story of the day ties
    its move to (stories.own_story_event: IWM on 2024-08-02 read 'Small caps give back half their
    July rally in two days', on a slowing job market, and no wrap)."""
    s = brief.snapshot
    if abs(s.returns.change_1d_pct) < STEADY_PCT:
        return None
    return session_event(brief.news, s, [brief.short_name, *brief.related_names.values()]) or \
        own_story_event(brief.news, s, own_names(s.symbol, brief.short_name))


def news_content(brief: Brief) -> NewsContent | None:
    """What the day's news event (news_event) said, in the day's own stories (news_content.event_content:
    'the Fed signals fewer cuts', 'a weak jobs report'); None without an event or such words."""
    event = news_event(brief)
    return event_content(event, brief.news, brief.snapshot) if event is not None else None


def steady_event(brief: Brief) -> SessionEvent | None:
    """The day's news event (stories.session_event) on a day it moved the market but not this
    instrument: this one stood still (under STEADY_PCT) while a peer or the benchmark moved by
    STEADY_PCT or more. Its headline and lead say the instrument sat the event out ('The Dow Holds
    Steady Through the CPI Report'), not that the event moved it ('The Dow Edges Up on the CPI
    Report' for a 0.09% day); None on any other day."""
    s = brief.snapshot
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if abs(s.returns.change_1d_pct) >= STEADY_PCT or not any(abs(p) >= STEADY_PCT for p in peers):
        return None
    return session_event(brief.news, s, [brief.short_name, *brief.related_names.values()])


def steady_content(brief: Brief, event: SessionEvent) -> NewsContent | None:
    """What the event a steady instrument sat out said (news_content.event_content), as news_content
    reads it for one that moved."""
    return event_content(event, brief.news, brief.snapshot)


_STEADY_VERBS = ("Barely [Moves|Move]", "[Holds|Hold] Steady", "[Stands|Stand] Still", "[Sits|Sit] Tight")
"""A steady instrument's verb beside the event tail, frame n with EVENT_TAILS' tail n."""


def steady_frames(brief: Brief, event: SessionEvent) -> list[str] | None:
    """Headline frames for an instrument that sat the day's event out: a verb of standing still and
    the event's tail, by what it said when the day's stories say it (steady_content: 'The Dow Barely
    Moves After a Cooler Inflation Report', was 'After the Inflation Report' on news day 2024-07-11),
    its causal 'on the CPI Report' read as 'Through the CPI Report' (nothing came 'on' the report for
    a flat day)."""
    tails = event_tails(event, steady_content(brief, event))
    if tails is None:
        return None
    return [f"{{Name}} {verb} {re.sub(r'^on ', 'Through ', tail)}"
            for verb, tail in zip(_STEADY_VERBS, tails, strict=True)]


def _event_choice(brief: Brief, angles: list[Angle], pair: Angle | None) -> HeadlineChoice | None:
    """The headline on the day's news event (the jobs report, the Fed's decision, a chip-stock
    selloff) when the day's wraps name one: that is what moved the market, ahead of the technical
    angle (which the dek and the analysis still tell); for an instrument that stood still through
    it, that it sat it out (steady_event)."""
    event = news_event(brief)
    if event is None:
        if angles[0].kind in (AngleKind.RECORD, AngleKind.HIGH, AngleKind.LOW, AngleKind.BREAKOUT):
            return None  # a record or a break on a flat day is this instrument's own story
        still = steady_event(brief)
        frames = steady_frames(brief, still) if still is not None else None
        return HeadlineChoice(frames, [], pair) if frames else None
    direction = "up" if brief.snapshot.returns.change_1d_pct > 0 else "down"
    big = angle_of(angles, AngleKind.MOVE) if big_move(angles, direction) else None
    content = news_content(brief)
    frames = event_frames(event, direction, big is not None, content)
    turn = rotation(brief.snapshot)
    mark = drawdown_milestone(brief.snapshot)
    if frames and mark is not None:  # rarer than a rotation or a streak: the market's own milestone
        frames = milestone_frames(mark, event_tails(event, content) or (), direction, big is not None)
    elif frames and turn is not None:
        frames = rotation_frames(brief, turn, event_tails(event, content) or (), direction, big is not None)
    elif frames and rare_streak(brief, direction):
        frames = streak_event_frames(event_tails(event, content) or (), direction, big is not None)
    return HeadlineChoice(frames, [big] if big else [], pair) if frames else None


def milestone_frames(mark: Milestone, tails: tuple[str, ...], direction: str, big: bool) -> list[str]:
    """Headline frames for a close that crossed a drawdown mark (stories.drawdown_milestone): the
    milestone first, the day's move (its figure when big) and the news after it ('The Nasdaq 100
    Closes in a Correction, Down 2.37% as Hiring Slows'), frame n with tail n; on a day with no news
    event the tails are empty."""
    move = f", {'Up' if direction == 'up' else 'Down'} {{change_1d_pct:abs}}" if big else ""
    heads = _MILESTONE_HEADS[mark.way]
    noun = "Correction" if mark.kind == "correction" else "Bear Market"
    zone = "Correction Territory" if mark.kind == "correction" else "Bear-Market Territory"
    return [(head.format(noun=noun, zone=zone) + move + (f" {tail}" if tail else "")).strip()
            for head, tail in zip(heads, tails or ("",) * len(heads), strict=True)]


_MILESTONE_HEADS = {
    "into": ("{{Name}} [Closes|Close] in a {noun}", "{{Name}} [Falls|Fall] Into a {noun}",
             "{{Name}} [Ends|End] in {zone}", "A {noun} for {{name}}"),
    "out": ("{{Name}} [Climbs|Climb] Out of a {noun}", "{{Name}} [Exits|Exit] a {noun}",
            "{{Name}} [Closes|Close] Out of {zone}", "{{Name}} [Leaves|Leave] {zone}"),
}
"""The drawdown milestone's head in a headline, by the way the close crossed the mark."""


RARE_STREAK_SESSIONS = 5
"""A run of closes one way this long or longer can be rare enough for the headline."""
RARE_STREAK_UNMATCHED = 504
"""...when no run the same way as long shows in this many sessions before it (two years of bars)."""


def rare_streak(brief: Brief, direction: str) -> bool:
    """Today's close extends a run the day's way that is rare in the instrument's own history held
    (tape.streak_unmatched_sessions): RARE_STREAK_SESSIONS closes or more, and none as long in the
    RARE_STREAK_UNMATCHED sessions before it (news day 2024-12-18: DIA's 10th lower close in a row, the
    Dow's longest losing run in some 50 years, was in the body but not the headline)."""
    tape = brief.snapshot.tape
    return tape is not None and tape.streak_direction == direction \
        and tape.streak_sessions >= RARE_STREAK_SESSIONS \
        and tape.streak_unmatched_sessions >= RARE_STREAK_UNMATCHED


def streak_event_frames(tails: tuple[str, ...], direction: str, big: bool) -> list[str]:
    """Headline frames for a rare streak on a news day: the run first, the day's move (its figure when
    big) and the news after it ('The Dow Logs 10 Straight Lower Closes, Down 2.61% as the Fed Signals
    Fewer Cuts'), frame n with tail n."""
    move = f", {'Up' if direction == 'up' else 'Down'} {{change_1d_pct:abs}}" if big else ""
    return [head.format(move=move) + f" {tail}" for head, tail in zip(_STREAK_HEADS, tails, strict=True)]


_STREAK_HEADS = ("A Run of {{close_streak_sessions}} {{Ups}} Closes for {{name}}{move}",
                 "{{Name}} [Posts|Post] {{close_streak_sessions}} Straight {{Gains}}{move}",
                 "{{Name}} [Logs|Log] {{close_streak_sessions}} Straight {{Ups}} Closes{move}",
                 "{{Name}} [Makes|Make] It {{close_streak_sessions}} {{Ups}} Closes in a Row{move}")
"""The rare streak's head in a news-day headline, frame n with the event's tail n; none opens on the
count (a headline does not start with a numeral: '10 Straight Lower Closes for the Dow')."""


def headline_choice(brief: Brief, angles: list[Angle]) -> HeadlineChoice:
    """Which story the headline tells: the day's news event when the market wraps name one (the
    jobs report, the Fed's decision), with the move; on a market-wide day the fall (or the fear) and the
    relative fact; after a big move the record or high it reached (with the range it broke), else
    the VIX moving the other way (a fear day, a relief rally), the range it broke or a peer it left
    behind; a big move's figure beside the day's driver, a volume surge or a record it reached; a
    50-day cross apart from a peer; a streak's break; a divergence near the record; a
    break's big move or extreme; a quiet range under the record; else the top angle's own frames."""
    top, pair = angles[0], paired_divergence(angles)
    event = _event_choice(brief, angles, pair) if top.kind != AngleKind.DRIVER else None
    if event is not None:  # the rates driver (with_driver) keeps its own headline and opening
        return event
    mark = drawdown_milestone(brief.snapshot)
    if mark is not None and mark.way == "into" and angle_of(angles, AngleKind.DRIVER) is None:
        # no news event named: a fall into a correction or a bear market still leads, with the move (a
        # rates driver keeps its own; a climb out of one leaves the day's own headline: real QQQ
        # 2026-03-31, up 3.39% as the VIX fell 17.51%, keeps its relief-rally headline)
        direction = "up" if brief.snapshot.returns.change_1d_pct > 0 else "down"
        big = angle_of(angles, AngleKind.MOVE) if big_move(angles, direction) else None
        frames = milestone_frames(mark, (), direction, big is not None)
        return HeadlineChoice(frames, [big] if big else [], pair)
    market = _market_relative(brief, angles)
    if market is not None:
        frames, rel = market
        vix = angle_of(angles, AngleKind.VIX)
        fear = vix if top.kind == AngleKind.MOVE and vix is not None and vix.direction == "up" else None
        return HeadlineChoice(frames, [a for a in (fear, rel) if a], rel)
    if top.kind == AngleKind.MOVE:
        return _move_choice(brief, angles, pair)
    move = angle_of(angles, AngleKind.MOVE)
    big = move if move is not None and big_move(angles, top.direction) else None
    if top.kind == AngleKind.DRIVER:
        return HeadlineChoice(driver_frames(top, big is not None), [big] if big else [], pair)
    if big is not None and top.kind == AngleKind.VOLUME:
        return HeadlineChoice(_VOLUME_BIG[top.direction], [big], pair)
    if big is not None and top.kind in _EXTREME_TAILS:  # a record (or high, low) on a big move: both
        bank = _MOVE_UP if top.direction == "up" else _MOVE_DOWN
        return HeadlineChoice([_bare(f) + _EXTREME_TAILS[top.kind] for f in bank], [big], pair)
    if top.kind == AngleKind.CROSS and top.subject == "sma_50" and pair is not None:
        return HeadlineChoice(_CROSS_DIVERGE[(top.direction, pair.direction)], [pair], pair)
    if top.kind == AngleKind.STREAK and (brk := runner_up(angles, (AngleKind.BREAKOUT,), top.direction,
                                                           RUNNER_UP)) is not None:
        return HeadlineChoice(_STREAK_BREAK[(top.direction, brk.subject == "month")], [brk], pair)
    if top.kind == AngleKind.DIVERGENCE and (near := runner_up(angles, (AngleKind.NEAR_RECORD,), "up",
                                                               RUNNER_UP)) is not None:
        return HeadlineChoice(_DIVERGE_RECORD, [near], pair)
    if top.kind == AngleKind.BREAKOUT and top.subject != "month":
        move = angle_of(angles, AngleKind.MOVE)
        if move is not None and big_move(angles, top.direction):
            return HeadlineChoice(_BREAK_MOVE[top.direction], [move], pair)
        extreme = runner_up(angles, BREAK_EXTREMES, top.direction)
        if extreme is not None:
            return HeadlineChoice([f + _EXTREME_TAILS[extreme.kind] for f in _BREAK_EXTREME[top.direction]],
                                  [extreme], pair)
    return HeadlineChoice(_own_frames(brief, top), [], pair)


def _move_choice(brief: Brief, angles: list[Angle], pair: Angle | None) -> HeadlineChoice:
    """A big move's headline: the closing extreme it reached (and the range it broke on the way),
    else the VIX the other way, else the range it broke, else a peer it left behind."""
    top = angles[0]
    bank = _MOVE_UP if top.direction == "up" else _MOVE_DOWN
    vix = angle_of(angles, AngleKind.VIX)
    opposed = vix if vix is not None and vix.direction != top.direction else None
    tape = brief.snapshot.tape
    breakout = runner_up(angles, (AngleKind.BREAKOUT,), top.direction) \
        if tape is not None and tape.range_break is not None else None
    extreme = move_extreme(angles)
    if extreme is not None:
        tail = _EXTREME_TAILS[extreme.kind]
        if opposed is None and breakout is not None:
            return HeadlineChoice([f + tail for f in _BREAK_MOVE[top.direction]], [extreme, breakout], pair)
        return HeadlineChoice([_bare(f) + tail for f in bank], [extreme], pair)
    if opposed is not None:  # fear on a fall, relief on a rally
        frames = [_bare(f) + tail for f, tail in zip(bank, VIX_TAILS, strict=True)]
        return HeadlineChoice(frames, [opposed], pair)
    if breakout is not None:
        return HeadlineChoice(_BREAK_MOVE[top.direction], [breakout], pair)
    if pair is not None:
        return HeadlineChoice(_MOVE_DIVERGE[(top.direction, pair.direction)], [pair], pair)
    return HeadlineChoice(bank, [], pair)


def _own_frames(brief: Brief, top: Angle) -> list[str]:
    """The top angle's frames when no second angle shares the headline."""
    if top.kind == AngleKind.RANGE and record_lid(brief):
        return _RANGE_RECORD
    if top.kind == AngleKind.RELATIVE and top.direction == "up":
        return _HEADLINES["relative_up"]
    if top.kind == AngleKind.DIVERGENCE and _same_words(brief, top):
        return _SAME_WAY_UP if top.direction == "up" else _SAME_WAY_DOWN
    if top.kind == AngleKind.DIVERGENCE and top.direction == "up":
        return _HEADLINES["divergence_up"]
    if top.kind == AngleKind.BREAKOUT and top.subject == "month":
        return _HEADLINES[f"breakout_month_{top.direction}"]
    return _HEADLINES[top.kind]


def headline(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str:
    choice = headline_choice(brief, angles)
    frame = vary(choice.frames, brief, "headline")
    words = _words(brief, sheet, angles[0], choice.pair)
    text = _WORD.sub(lambda m: words.get(m.group(1), m.group(0)), agree(frame, is_plural(brief.short_name)))
    return sheet.fill(text)


_WORD = re.compile(r"\{([A-Za-z_]+)\}")
"""A word slot; anything else in braces is a fact slot left for the fact sheet."""


def _words(brief: Brief, sheet: FactSheet, top: Angle, pair: Angle | None = None) -> dict[str, str]:
    s = brief.snapshot
    name = title_case(brief.short_name)
    change = s.returns.change_1d_pct
    up = change >= 0
    words = dict(Name=name, name=mid_sentence(name), Verb=_day_verb(change, brief),
                   ups="Higher" if (s.tape and s.tape.streak_direction == "up") else "Lower",
                   window="52-Week" if s.has_full_year else sheet.fill("{window_sessions}-Session"),
                   updown="Higher" if up else "Lower", Updown="Higher" if up else "Lower",
                   Holds=agree("[Holds|Hold] It" if s.tape and not s.tape.gap_filled else
                               "[Fills|Fill] It", is_plural(brief.short_name)))
    words["Ups"] = words["ups"]
    words["Gains"] = "Gains" if words["ups"] == "Higher" else "Losses"
    if s.tape is not None and s.tape.range_break is not None:
        above = s.tape.range_break == "above"
        words.update(out_of="Out of" if above else "Down Out of", side="Above" if above else "Below",
                     side_word="Above" if above else "Below",
                     edge="{prior_range_upper}" if above else "{prior_range_lower}")
    if top.kind == AngleKind.BREAKOUT and top.subject == "month":
        words.update(edge="{prior_high_20}" if top.direction == "up" else "{prior_low_20}")
    words.update(cross_side="Above" if (s.tape and s.tape.sma_50_cross == "above") else "Below")
    words.update(_peer_words(brief, top if top.kind == AngleKind.DIVERGENCE or pair is None else pair))
    words.update(_vix_words(brief))
    if s.events:
        words.update(event=title_case(s.events[0].name), Event=title_case(s.events[0].name))
    if top.kind == AngleKind.NEWS and top.subject:
        words.update(Theme=top.subject.title())
    if s.relative is not None:
        words.update(bench=mid_sentence(title_case(brief.related_names.get(s.relative.benchmark,
                                                                           s.relative.benchmark))))
    return words


def _day_verb(change: float, brief: Brief) -> str:
    plural = is_plural(brief.short_name)
    return agree(peer_move(change), plural)


def _peer_words(brief: Brief, top: Angle) -> dict[str, str]:
    peer = peer_of(brief, top) if top.kind == AngleKind.DIVERGENCE else None
    if peer is None:
        return {}
    name = title_case(brief.related_names.get(peer.symbol, peer.symbol))
    return {"Peer": mid_sentence(name), "peer": mid_sentence(name),
            "peer_verb": agree(peer_move(peer.change_1d_pct), is_plural(name))}


def _vix_words(brief: Brief) -> dict[str, str]:
    vix = next((m for m in brief.snapshot.related if m.kind == "volatility"), None)
    if vix is None:
        return {}
    tag = fact_tag(vix.symbol)
    up = vix.change_1d_pct > 0
    figure = f"{{{tag}_change_1d_pct:abs}}"
    return {"vix_verb": f"{'Jumps' if up else 'Drops'} {figure}",
            "vix_with": f"{'Up' if up else 'Down'} {figure}",
            "vix_alt": f"{'Climbs' if up else 'Eases'} {figure}"}


def dek(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str:
    """The dek, told what the headline already says (headline_told) so it adds rather than repeats."""
    frame = vary(headline_choice(brief, angles).frames, brief, "headline")
    title = headline(brief, sheet, angles)
    return dek_text.dek(brief, sheet, angles, headline_told(frame), title, dek_event(brief, angles))


def dek_event(brief: Brief, angles: list[Angle], title: str = "") -> str:
    """The dek's sentence on the day's news event (event_dek.event_clause) when the headline leads
    with it (news_event, or steady_event under a steady headline); '' otherwise (the rates driver
    keeps its own headline)."""
    if angles[0].kind == AngleKind.DRIVER:
        return ""
    frames = headline_choice(brief, angles).frames
    frame = frames.index(vary(frames, brief, "headline"))
    event = news_event(brief)
    if event is not None:
        content = news_content(brief)  # a headline that says what the event said: no tone again
        toned = content is None or (content.kind, content.said) not in CONTENT_TAILS
        return event_clause(brief, event, frame, toned=toned) if _event_choice(brief, angles, None) else ""
    still = steady_event(brief)
    if still is None or frames != steady_frames(brief, still):
        return ""
    return event_clause(brief, still, frame, steady=True, toned=steady_content(brief, still) is None)


def news_first(brief: Brief, angles: list[Angle]) -> bool:
    """The analysis reads the day's news event right after the day (analysis_order.with_news_first):
    the header leads with the event (dek_event) and the event set this instrument apart
    (event_dek.sets_apart), or it sat the event out under a steady headline."""
    if not dek_event(brief, angles):
        return False
    return news_event(brief) is None or sets_apart(brief.snapshot)


def headline_told(frame: str) -> frozenset[str]:
    """What a headline frame tells that a dek would only repeat: the day's move figure ('figure'),
    the VIX ('vix'), the heavy volume ('volume')."""
    lower = frame.lower()
    told = {"figure"} if "{change_1d_pct" in frame else set()
    if "{vix_" in frame or any(w in lower for w in ("vix", "fear gauge", "volatility")):
        told.add("vix")
    if any(w in lower for w in ("volume", "heavy", "turnover")):
        told.add("volume")
    return frozenset(told)


# -- take ------------------------------------------------------------------------------------

def take(brief: Brief, sheet: FactSheet, angles: list[Angle], call: str = "") -> str:
    """The level that matters, the view and the close that would prove it wrong, the setups'
    play; the warning signs behind a high threat level and the desk's record when there are any.
    The scores are in the badge line and the final call, not recited here; `call` (the final call's
    reasons, filled) is not read back: the take gives the view and why, the call the condition."""
    pivot = sheet.fill(_pivot(brief, sheet, angles))
    trend_line = record_trend_line(brief, sheet)
    line = _broken_edge(brief, angles) or ("{sma_20}" if trend_line else None)
    against = reclaim_level(brief, angles)
    if against is not None and trend_line and sheet.has("all_time_high"):
        against = "{all_time_high}"  # under a record with nothing tested overhead: the record close
    lid = sheet.fill(_record_lid(brief, sheet, pivot))
    stance = stance_sentence(brief, sheet, pivot, line, against, said=f"{pivot} {lid}", avoid=call)
    parts = [pivot, lid, stance, _setup_line(brief, sheet.fill(f"{pivot} {lid} {stance}"), call),
             threat_why(brief), track_record_line(brief, sheet)]
    return sheet.fill(" ".join(p for p in parts if p))


def _record_lid(brief: Brief, sheet: FactSheet, pivot: str) -> str:
    """The sentence saying the range top is the record close, unless the pivot already says record."""
    if not record_lid(brief) or "record" in pivot or not sheet.has("range_upper", "all_time_high"):
        return ""
    top = range_edge_slot(brief, True)
    if sheet.fill(top) in pivot:  # the pivot named the top: the lid refers to it, not quoted twice
        bank = _LID_NAMED_ZONE if "–" in top else _LID_NAMED
        return vary_fresh(bank, brief, "take-record-lid", pivot)
    if "–" in top:  # the table's range-top zone holds the record close: the zone is the range top
        return vary([f"The range top at {top} holds the record close of {{all_time_high}}, so a breakout "
                     "would be a new record.",
                     f"The range's top, {top}, holds the record close of {{all_time_high}}: a close above "
                     "it would be a record.",
                     f"The lid on the range, {top}, holds the record close of {{all_time_high}}; above it "
                     "there is no higher close on the chart.",
                     f"The {top} zone is both the range top and home to the record close of "
                     "{all_time_high}: a close through it would set a record."], brief, "take-record-lid")
    return vary(["The range top at {range_upper} is also the record close, so a breakout would be a "
                 "new record.",
                 "The range's top, {range_upper}, is the record close: a close above it would be a record.",
                 "The lid on the range, {range_upper}, is the record close; above it there is no "
                 "higher close on the chart.",
                 "{range_upper} is both the range top and the record close: a close through it "
                 "would set a record."], brief, "take-record-lid")


_LID_NAMED = ["That top is also the record close, so a breakout would be a new record.",
              "The same line is the record close: a close above it would be a record.",
              "That top doubles as the record close; above it there is no higher close on the chart.",
              "That edge is the record close too, and a close through it would set one."]
_LID_NAMED_ZONE = ["That top holds the record close of {all_time_high}, so a breakout would be a new record.",
                   "The record close of {all_time_high} sits inside that top: a close above it would be "
                   "a record.",
                   "Inside that zone is the record close, {all_time_high}; above it there is no higher "
                   "close on the chart.",
                   "That zone is home to the record close of {all_time_high} too, and a close through "
                   "it would set one."]
"""The record lid when the take's pivot has named the range top already: referred to, not quoted
again (real SPY 2026-06-04: 'All eyes on the range top at $759.57–$760.00; ... The range top at
$759.57–$760.00 holds the record close')."""


def _broken_edge(brief: Brief, angles: list[Angle]) -> str | None:
    """The slot of the edge a breakout broke, when the bias follows the break: the view stands or
    falls with that edge, not with a nearer level in between."""
    top = angles[0]
    follows = {"up": Bias.BULLISH, "down": Bias.BEARISH}.get(top.direction)
    if brief.scores.bias != follows:
        return None
    return broken_edge(brief, top)


def broken_edge(brief: Brief, top: Angle) -> str | None:
    """The slot of the edge a breakout angle broke: the past month's closing high or low for a
    break of the month's closes, else the old range's edge; None for any other angle."""
    if top.kind != AngleKind.BREAKOUT:
        return None
    if top.subject == "month":
        return "{prior_high_20}" if top.direction == "up" else "{prior_low_20}"
    tape = brief.snapshot.tape
    if tape is None or tape.range_break is None:
        return None
    return "{prior_range_upper}" if tape.range_break == "above" else "{prior_range_lower}"


HIGH_THREAT = 4
"""From this threat level on, the take names the warning signs behind it (risk is High there)."""
_THREAT_WORDS = (  # the signs a reader should hear first: the session's own stress, then the levels
    ("vix_jump", "a VIX spike"), ("outsized_move", "an outsized move"), ("gap_outsized", "an outsized gap"),
    ("vix_stressed", "a stressed VIX"), ("vix_elevated", "an elevated VIX"),
    ("drawdown", "price well below its high"), ("rsi_extreme", "an RSI extreme"),
    ("event_near", "a scheduled event close by"), ("tight_range", "a tight range"),
)
_THREAT_WHY = ["Behind the threat level: {signs}.", "The threat level counts {signs}.",
               "What lifts the threat level: {signs}.", "The threat level reflects {signs}."]


def threat_why(brief: Brief) -> str:
    """A sentence naming the first three warning signs behind a threat level of 4 or 5 (no figures:
    the components carry the readings); "" below that."""
    signs = threat_sign_words(brief.scores)[:3]
    if brief.scores.threat_level < HIGH_THREAT or not signs:
        return ""
    listed = signs[0] if len(signs) == 1 else ", ".join(signs[:-1]) + " and " + signs[-1]
    return vary(_THREAT_WHY, brief, "take-threat").replace("{signs}", listed)


def threat_sign_words(scores: Scores) -> list[str]:
    """The raised warning signs in words, the session's own first (a stressed or spiking VIX said
    once)."""
    raised = {part.name for part in scores.threat_components if part.points}
    if raised & {"vix_stressed", "vix_jump"}:  # 'a VIX spike ... and an elevated VIX' says it twice
        raised.discard("vix_elevated")
    return [words for name, words in _THREAT_WORDS if name in raised]


def track_record_line(brief: Brief, sheet: FactSheet) -> str:
    """The desk's graded short-term calls before the session, when the run computed them
    (`writer.track_record`) and at least one was right or wrong; '' otherwise."""
    if not sheet.has("track_record_decided") or not sheet.value("track_record_decided"):
        return ""
    flat = ", {track_record_flat} more flat" if sheet.value("track_record_flat") else ""
    return (f"Our short-term calls on {brief.snapshot.symbol} over the last "
            "{track_record_sessions} sessions: {track_record_right} of {track_record_decided} "
            f"right{flat}.")


_AFTER_MOVE = {
    "down": ["After a drop this size, the first test is the {label} at {slot}: a close below it would "
             "extend the selloff.",
             "The selloff now meets the {label} at {slot}; a close below it opens the next leg down.",
             "Sellers' next mark is {bare}, the {named}; if it holds, the day stays a one-off.",
             "Whether {bare} ({named}) holds decides if this was a shakeout or the start of a deeper drop."],
    "up": ["After a rally this size, the {label} at {slot} is the first real test.",
           "The advance now runs into the {label} at {slot}; a close above it would extend the move.",
           "Buyers' next mark is {bare}, the {named}; clearing it would confirm the move.",
           "Whether price clears {bare} ({named}) decides if the rally has legs."]}
"""The take's pivot after a big move (or a VIX jump) that broke nothing: the move meets its next level."""


def record_in_play(angles: list[Angle]) -> bool:
    """An up story with the record close within reach."""
    return angles[0].direction == "up" and angle_of(angles, AngleKind.NEAR_RECORD) is not None


def _pivot(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str:
    s, top = brief.snapshot, angles[0]
    if top.kind == AngleKind.BREAKOUT and top.subject == "month":
        edge = "{prior_high_20}" if top.direction == "up" else "{prior_low_20}"
        return vary([f"The old edge at {edge} is the level to watch: a close back through it would undo "
                     "the break.",
                     f"A break is only as good as the retest; {edge} is where it comes.",
                     f"Watch {edge}: it was the edge of the past month's closes and should now hold.",
                     f"The move holds while closes stay beyond {edge}."], brief, "take-pivot")
    if top.kind == AngleKind.BREAKOUT and s.tape is not None and s.tape.range_break is not None:
        edge = "{prior_range_upper}" if s.tape.range_break == "above" else "{prior_range_lower}"
        return vary([f"The old range edge at {edge} is the test now: a break that holds there is real.",
                     f"What was the range edge, {edge}, should now act the other way; a close back "
                     "inside would undo the break.",
                     f"Watch {edge}: the break counts only while closes stay on the new side of it.",
                     f"A close back through {edge} would turn the break into a false start."],
                    brief, "take-pivot")
    if top.kind == AngleKind.RANGE and sheet.has("range_upper", "range_lower"):
        empty = "nothing in between says much." if not _tested_inside_range(brief) else \
            "the levels in between are steps, not the story."
        return range_band(brief, vary([
            "The range decides it: the top at {range_upper}, the bottom at {range_lower}, and " + empty,
            "Until a close clears the range top at {range_upper} or loses the bottom at {range_lower}, "
            "the range is the trade.",
            "Two lines matter: the range top at {range_upper} and the range bottom at {range_lower}.",
            "The box between the bottom at {range_lower} and the top at {range_upper} has held; the "
            "break, when it comes, sets the direction."], brief, "take-pivot"))
    if record_in_play(angles) and sheet.has("all_time_high"):
        return vary(["The record close at {all_time_high} is the next test; a close above it would be "
                     "a new one.",
                     "Everything now points at {all_time_high}, the record close.",
                     "The record close of {all_time_high} is the level that matters: through it, there is "
                     "no higher close on the chart.",
                     "Next is the record close at {all_time_high}; how price meets it sets the tone."],
                    brief, "take-pivot")
    held_edge = _range_edge(brief, sheet)
    if held_edge is None and s.extremes.new_all_time_high and trigger_level(brief, True) is None:
        record = _record_pivot(brief, sheet)  # a bare round number overhead is no level to centre on
        if record is not None:
            return record
    if held_edge is not None:
        slot, name = held_edge
        opening = vary([f"The level that matters most is the range {name} at {slot}.",
                        f"All eyes on the range {name} at {slot}; a close through it would end the range.",
                        f"{slot}, the range {name}, is where the next leg starts or stalls.",
                        f"Watch the range {name} at {slot}: a close beyond it would end the range."],
                       brief, "take-pivot")
        return " ".join(p for p in (opening, _past_edge(brief, sheet, name == "top")) if p)
    pullback = _pullback_pivot(brief, sheet)
    if pullback is not None:
        return pullback
    level = _nearest(brief, "down" if s.returns.change_1d_pct < 0 else "up")
    if level is not None:
        number, lv = level
        # as the scenarios quote it
        bare = range_span(brief, edge_slot(brief, lv, lv.price > s.close, clear=True))
        slot = bare + around(lv)  # named before its figures; after them, the name says what is inside
        word = "resistance" if lv.price > s.close else "support"
        label = level_name(lv, lv.price > s.close)
        named = f"{label} around the {average_name(lv)}" if around(lv) else label
        if top.kind in (AngleKind.MOVE, AngleKind.VIX) and top.direction in _AFTER_MOVE:
            frames = [f.format(slot=slot, label=label, bare=bare, named=named)
                      for f in _AFTER_MOVE[top.direction]]
            return vary(frames, brief, "take-pivot")
        kind = "" if label.endswith(("resistance zone", "support zone")) else f" {word}"
        return vary([f"The level that matters most is the {label}{kind} at {slot}.",
                     f"Next stop on the chart: the {label} at {slot}.",
                     f"All eyes on {bare}, the {named}; how price handles it sets the next leg.",
                     f"The nearest real level is {bare} ({named}), and it is the one to watch."],
                    brief, "take-pivot")
    if s.extremes.new_all_time_high:
        record = _record_pivot(brief, sheet)
        if record is not None:
            return record
    if sheet.has("sma_50"):
        return "The 50-day average at {sma_50} is the line that matters most from here."
    return "The prior session's range is the only reference the data supports so far."


_PAST_EDGE = ("Right past that edge, the {name} {at} {slot} is the first thing a {move} has to clear.",
              "A {move} would meet the {name} {at} {slot} at once, just beyond that edge.",
              "The {name} {at} {slot} sits just beyond it, so a {move} has that to get through first.",
              "Beyond that edge, the {name} {at} {slot} comes first.")
"""The take's sentence after a range edge it opens on, for the level a break meets right past that
edge (scenarios.edge_hard_by), so the take and the case on that side name the same first test."""


def _past_edge(brief: Brief, sheet: FactSheet, top: bool) -> str:
    found = edge_hard_by(brief, sheet, top)
    if found is None:
        return ""
    name, slot = found
    words = {"name": name, "slot": slot, "at": "spanning" if "–" in slot else "at",
             "move": "breakout" if top else "breakdown"}
    return vary([option.format(**words) for option in _PAST_EDGE], brief, "take-past-edge")


def _tested_inside_range(brief: Brief) -> bool:
    """A tested key level (a swing, an average: not a range edge, not a bare round number) lies
    strictly between the range's edges: the scenarios name it, so the take cannot say nothing in
    between matters."""
    s = brief.snapshot
    rng = s.range
    return rng is not None and any(rng.lower < lv.price < rng.upper for lv in s.levels
                                   if lv.source not in ("range", "broken_range") and not is_bare_round(lv))


def _pullback_pivot(brief: Brief, sheet: FactSheet) -> str | None:
    """A down day just under the record close, nothing tested overhead and the first tested support
    far: the record close above and the 20-day average below frame it (record_trend_line), not a
    swing 10% down. None otherwise."""
    s = brief.snapshot
    if s.extremes.new_all_time_high or s.returns.change_1d_pct >= 0 or not sheet.has("all_time_high"):
        return None
    below = _nearest(brief, "down")
    if below is None or not record_trend_line(brief, sheet):
        return None
    number, lv = below
    if not sheet.has(f"level_{number}_distance_pct"):
        return None
    slot = range_span(brief, edge_slot(brief, lv, False, clear=True)) + around(lv)
    label = level_name(lv, False)
    far = f"{{level_{number}_distance_pct:abs}}"
    return vary([f"The dip from the record close at {{all_time_high}} has its first line at the 20-day "
                 f"average, {{sma_20}}; the first tested support, the {label} at {slot}, is {far} "
                 "below.",
                 f"Between the record close at {{all_time_high}} and the 20-day average at {{sma_20}}, "
                 f"the pullback has room; the first tested floor, the {label} at {slot}, is {far} down.",
                 f"Off the record close of {{all_time_high}}, the line to hold is the 20-day average at "
                 f"{{sma_20}}; the {label} at {slot}, the first tested support, sits {far} under the "
                 "close.",
                 f"The record close at {{all_time_high}} above, the 20-day average at {{sma_20}} below: "
                 f"that is the frame, with the first tested support, the {label} at {slot}, {far} "
                 "down."], brief, "take-pivot")


def _record_pivot(brief: Brief, sheet: FactSheet) -> str | None:
    """After a record close: nothing tested overhead, so the level is below. A near first tested
    support is the line; a far one is said to be far, with the 20-day average named as the near
    line (record_trend_line) when it lies in between. None when nothing lies below."""
    below = _nearest(brief, "down")
    if below is None:
        return None
    s = brief.snapshot
    number, lv = below
    slot = range_span(brief, edge_slot(brief, lv, False, clear=True)) + around(lv)
    label = level_name(lv, False)
    far = f"{{level_{number}_distance_pct:abs}}"  # the levels table's distance for that row
    if record_trend_line(brief, sheet) and sheet.has(f"level_{number}_distance_pct") \
            and not trend_line_close(brief):
        return vary([f"A record leaves no ceiling, and even the run's trend line, the 20-day average "
                     f"at {{sma_20}}, sits well under the close; the first tested support, the {label} "
                     f"at {slot}, is {far} below.",
                     f"Nothing overhead after a record close, and nothing close below: the first line "
                     f"is the 20-day average at {{sma_20}}, the run's trend, and the first tested "
                     f"support, the {label} at {slot}, is {far} under the close.",
                     f"With no higher close on the chart, the first line below is the 20-day average "
                     f"at {{sma_20}}, the run's trend, a deep pullback away; the first tested floor, "
                     f"the {label} at {slot}, is {far} down.",
                     f"The record run has left even its 20-day average, at {{sma_20}}, well behind; the "
                     f"first tested support, the {label} at {slot}, lies {far} below the close."],
                    brief, "take-pivot")
    if record_trend_line(brief, sheet) and sheet.has(f"level_{number}_distance_pct"):
        return vary([f"A record leaves no ceiling; the near line is the 20-day average at {{sma_20}}, "
                     f"the trend the run has ridden, while the first tested support, the {label} at "
                     f"{slot}, sits {far} below.",
                     f"Nothing overhead after a record close: the trend line to hold is the 20-day "
                     f"average at {{sma_20}}, and the first tested support, the {label} at {slot}, is "
                     f"{far} under the close.",
                     f"With no higher close on the chart, the 20-day average at {{sma_20}} is the near "
                     f"line, the run's trend; the first tested floor, the {label} at {slot}, is {far} "
                     "down.",
                     f"The record run's near line is the 20-day average at {{sma_20}}; the first tested "
                     f"support, the {label} at {slot}, lies {far} below the close."],
                    brief, "take-pivot")
    atr = s.volatility.atr_14
    if atr and s.close - lv.price > FAR_SUPPORT_ATR * atr and sheet.has(f"level_{number}_distance_pct"):
        return vary([f"Nothing overhead, and nothing tested close below: the first support is the "
                     f"{label} at {slot}, {far} under the close.",
                     f"A record leaves no ceiling, and the first tested support, the {label} at "
                     f"{slot}, sits {far} below.",
                     f"No chart level is near: the {label} at {slot}, {far} down, is the first "
                     "tested support.",
                     f"The nearest tested floor is far off: the {label} at {slot}, {far} below the "
                     "close."], brief, "take-pivot")
    return vary([f"With no higher close on the chart, the first support is the {label} at {slot}.",
                 f"Nothing overhead: the level to watch on a pullback is the {label} at {slot}.",
                 f"Above a record there is no chart resistance; below, the {label} at {slot} is "
                 "the first support.",
                 f"The chart shows no ceiling here, so the {label} at {slot} is the line to hold."],
                brief, "take-pivot")


def _range_edge(brief: Brief, sheet: FactSheet) -> tuple[str, str] | None:
    """The edge of a range still holding that the day's move pressed toward: the bottom after a
    down day, the top after an up day (the edges the range setups trade), else None."""
    s = brief.snapshot
    if s.range is None or not s.range.is_tight or not sheet.has("range_upper", "range_lower"):
        return None
    if not s.range.lower < s.close < s.range.upper:
        return None
    top = s.returns.change_1d_pct >= 0
    if setup_stops_short_of(brief, top):
        top = not top
    return range_edge_slot(brief, top), "top" if top else "bottom"  # as the scenarios and the table quote it


def setup_stops_short_of(brief: Brief, top: bool) -> bool:
    """A shown fade or pullback heading for the range's top (a long; the bottom for a short) enters
    behind the close and takes profit short of that edge: a take opening on the edge would point at
    a line the trade never reaches, so it opens on the edge the setup trades from instead (real DIA
    2026-07-30: 'the range top at $530.00-$530.09 is where the next leg starts' over a long fading
    the range bottom at $514.72 toward $527.93). Compared by value: the setup's entry against the
    close, its target against the edge's near price."""
    s = brief.snapshot
    if s.range is None:
        return False
    level = range_edge_level(brief, top)
    bound = s.range.upper if top else s.range.lower
    near = edge_price(level, top, clear=False) if level is not None else bound
    for setup in setups_for_call(brief):
        long = setup.direction == "long"
        if setup.style == "breakout" or long != top:
            continue
        behind = setup.entry < s.close if long else setup.entry > s.close
        short_of = setup.target < near if long else setup.target > near
        if behind and short_of:
            return True
    return False


def nearest_level(brief: Brief, up: bool) -> KeyLevel | None:
    """The level a close has to get through above (up) or below: the scenarios' trigger (the
    nearest tested support, resistance or average), or the round-number waypoint when nothing on
    that side is tested."""
    waypoint, trigger = split_side(tradable_side(brief, up))
    return trigger or waypoint


def _nearest(brief: Brief, direction: str) -> tuple[int, KeyLevel] | None:
    """nearest_level for a down or up move, with its slot number."""
    level = nearest_level(brief, direction == "up")
    return None if level is None else (brief.snapshot.levels.index(level) + 1, level)


def _setup_line(brief: Brief, said: str = "", avoid: str = "") -> str:
    """One sentence on the setups shown (scenarios.setups_for_call) or, for a directional call
    without one, on what would create it (writers/setup_text.py), in words that repeat none of
    `said`'s phrases (the take so far)."""
    if not brief.include_setups:
        return ""
    wanted = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(brief.scores.bias)
    return take_sentence(brief, setups_for_call(brief), wanted, said, avoid)


def lead_sentence(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str | None:
    """An opening sentence for the top angle's story, ahead of the day's numbers (None for a drift);
    on a day of news the wraps name as the market's cause, that event (news_event), as the headline
    leads with it."""
    event = news_event(brief)
    dek = dek_event(brief, angles)  # the dek's event sentence: the lead says it in other words
    if event is not None:
        frames = headline_choice(brief, angles).frames
        return event_lead(brief, event, dek, frames.index(vary(frames, brief, "headline")))
    still = steady_event(brief)
    if still is not None and headline_choice(brief, angles).frames == steady_frames(brief, still):
        return steady_lead(brief, still, dek)
    top, s = angles[0], brief.snapshot
    name = brief.short_name
    bank = _LEADS.get(top.kind) or _LEADS_BY_WAY.get((top.kind, top.direction))
    if top.kind == AngleKind.MOVE and top.score < BIG_MOVE_ATR:
        # "no ordinary session" is for a move of 1.5 ATRs or more, not a 1-ATR day
        bank = _LEADS_BY_WAY.get((AngleKind.MOVE, top.direction))
    if top.kind == AngleKind.BREAKOUT and top.subject == "month":
        bank = _LEADS_BY_WAY.get((AngleKind.BREAKOUT, top.direction))
    if top.kind == AngleKind.DIVERGENCE and any(a.kind == AngleKind.NEAR_RECORD
                                                for a in headline_choice(brief, angles).partners):
        bank = _LEADS[AngleKind.NEAR_RECORD]  # the headline leads with the record in reach
    if top.kind == AngleKind.CROSS and top.subject == "sma_50":
        bank = _LEAD_CROSS_50[top.direction]
    vix = angle_of(angles, AngleKind.VIX)
    if top.kind == AngleKind.MOVE and vix is not None and vix.direction != top.direction:
        # the headline says "as the VIX jumps" (or drops): the lead says what that means
        bank = _LEAD_FEAR if top.direction == "down" else _LEAD_RELIEF
    if bank is None or (top.kind == AngleKind.STREAK and s.tape is None):
        return None
    text = agree(vary(bank, brief, "lead"), is_plural(name))
    way = "higher" if (s.tape and s.tape.streak_direction == "up") else "lower"
    return sheet.fill(text.replace("{Name}", name).replace("{way}", way)
                      .replace("{move}", "gain" if top.direction == "up" else "drop")
                      .replace("{side}", "upside" if top.direction == "up" else "downside"))


def event_lead(brief: Brief, event: SessionEvent, dek: str = "", slot: int = 0) -> str:
    """The opening on the day's news event: the event's day, or, when this instrument moved least
    of every peer or against them all (stories.relative_place), the event's day and this one's place
    in it ('The jobs report sent every index lower, the Dow least.'), in the frame of its bank that
    shares the fewest words with the dek's event sentence (`dek`: phrases.vary_apart), which tells
    this one's place too (event_dek.event_clause). When the day's stories say what the event said
    (news_content), the opening says it (CONTENT_NOUNS' noun in the headline frame's `slot`) and
    what it did here (_CONTENT_LEADS), cited to the story that says it (cited_lead)."""
    content = news_content(brief)
    said = CONTENT_NOUNS.get((content.kind, content.said)) if content is not None else None
    nouns = said or EVENT_NOUNS[event.kind]
    place = relative_place(brief.snapshot)
    name = brief.short_name
    if place is None and said is None:
        return vary([frame.format(*nouns) for frame in _EVENT_LEADS], brief, "lead")
    own = "up" if brief.snapshot.returns.change_1d_pct > 0 else "down"
    if said is not None:  # one noun of the content per article of the session, in any frame
        one = said[slot % len(said)]
        nouns = (one, one, one, one)
    turn = rotation(brief.snapshot)
    told = rotation_lead(brief, turn, nouns, slot, content, event) if turn is not None else None
    if told is not None:
        return told
    if place is None:
        framed = [frame.format(*nouns, name=mid_sentence(name), Name=name) for frame in _CONTENT_LEADS[own]]
        text = vary(framed, brief, "lead")
        return cited_lead(brief, text[:1].upper() + text[1:], content, event)
    market = own if place == "least" else "down" if own == "up" else "up"
    bank = _EVENT_LEADS_PLACED[(place, market)]
    low = [mid_sentence(noun) for noun in nouns]  # the event mid-sentence: 'as the jobs report sent'
    framed = [frame.format(*low, name=mid_sentence(name), Name=name) for frame in bank]
    text = vary_apart(framed, brief, "lead", dek)
    return cited_lead(brief, text[:1].upper() + text[1:], content, event)


def cited_lead(brief: Brief, text: str, content: NewsContent | None, event: SessionEvent,
               also: tuple[str, ...] = ()) -> str:
    """The event lead, when it tells what the event said (`content`), with the citation of the first
    cited story that backs it: it names this instrument (by the short name the lead prints, which the
    verifier reads as the instrument when it is configured, as the pipeline configures it), or shares
    enough words (news_paragraph.told_backed): the instrument's own story of the day (own_stories),
    then the story that says the content, else the wrap that names the event as the market's cause
    (`event`; last, after the stories that say the content, when the wrap is not this instrument's:
    its headline does not name it and it does not lead on it, leads_on), else another cited story
    that says the content too (news_content.says_content: the release itself, 'Inflation runs
    hotter than forecast', behind IWM's 'the hotter consumer-price reading' on news day 2022-09-13).
    Uncited when none does. A lead that names other instruments too (`also`: a rotation's sides) is
    cited only to a story that names each of them, since the verifier holds a citing sentence's
    instruments to its story."""
    if content is None:
        return text
    own = own_names(brief.snapshot.symbol, brief.short_name)
    named = own_names(brief.snapshot.symbol, brief.short_name, brief.aliases)  # as the verifier reads it
    sides = [own_names(symbol, _side_name(brief, symbol)) for symbol in also]
    others = [item for item in brief.news if says_content(content, item)]
    told = (content.story, event.wrap, *others)
    if own.search(event.wrap.title) is None and not leads_on(brief, event.wrap):
        told = (*(story for story in (content.story, *others) if story is not event.wrap), event.wrap)
    for story in (*own_stories(brief, own, event), *told):
        source = f"{story.title}\n{story.text}"
        if story not in brief.news or any(side.search(source) is None for side in sides):
            continue
        if named.search(source) is not None or told_backed(text, source):
            return f"{text.rstrip('.')} [{brief.news.index(story) + 1}]."
    return text


def leads_on(brief: Brief, item: NewsItem) -> bool:
    """The story names this instrument before any peer or benchmark (its headline, then its text):
    the wrap that opens 'The S&P 500 lost 4.3%' is the S&P 500's story of the day; the Dow, 'down
    nearly 4%' two sentences on, is in it only in passing, and its lead cites the event's own story
    (the release, the Fed's statement) when that backs it (cited_lead)."""
    text = f"{item.title}\n{item.text}"
    peers = [m.symbol for m in brief.snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]

    def first(symbol: str) -> int:
        found = own_names(symbol, _side_name(brief, symbol)).search(text)
        return found.start() if found is not None else len(text)

    mine = first(brief.snapshot.symbol)
    return mine < len(text) and all(mine < first(symbol) for symbol in peers)


def own_stories(brief: Brief, own: re.Pattern[str], event: SessionEvent) -> list[NewsItem]:
    """The cited stories of the session day that are this instrument's (`own`: its names) and name
    the day's event (stories.names_event), most its own first: the ones whose headline opens on it
    (stories.headed_by: 'Small caps bear the brunt as higher-for-longer rates return'), then the
    ones whose headline names it in a clause ('Stocks tumble after the Fed signals fewer cuts; the
    Dow falls for a 10th day'). The event lead cites the first that backs it (cited_lead): each
    article of a session opens on the story that matters most for its instrument, and the day's
    release or wrap is the source only of the articles no story singles out. None when the day's
    wrap is one the news paragraph leaves uncited (news_paragraph.silent_wraps): the opening is then
    the only sentence that can cite it, and the article lists no story it does not cite (news day
    2024-08-02 small caps, whose own story 'Small caps give back half their July rally in two days'
    the paragraph quotes). Before ednews (stop 47) news day 2024-12-18 small caps opened on the
    Fed's statement, their own story ('... bear the brunt ...') cited lower down. A headline names
    the instrument by its short name or symbol (`own`), one of its aliases ('Russell 2000 posts its
    best day since November'), or its part of the market (stories.own_terms: 'Chip stocks sink
    before the open ...' is the Nasdaq 100's on the day chipmakers sank it), in that order of
    ownership (ednews2, stop 48)."""
    items = list(brief.news)
    if event.wrap in items and items.index(event.wrap) in silent_wraps(
            brief, items, story_roles(brief, stories_for(brief, items))):
        return []
    s = brief.snapshot
    named = own_names(s.symbol, brief.short_name, brief.aliases)
    terms = own_terms(s.symbol, brief.short_name, brief.aliases, brief.sectors)
    day = [item for item in items if local_day(item, s) == s.session
           and names_event(item, event.kind) and terms.search(item.title) is not None]
    return sorted(day, key=lambda item: (not headed_by(item, own), not headed_by(item, named),
                                         named.search(item.title) is None))


def rotation_lead(brief: Brief, turn: Rotation, nouns: tuple[str, ...], slot: int,
                  content: NewsContent | None, event: SessionEvent) -> str | None:
    """The opening on a rotation day (stories.rotation): the news moved money from the day's worst
    to its best ('Money rotated out of the Nasdaq 100 and into small caps after the softer CPI
    reading.'), in the frame after the headline's (`slot`: its place in its bank, so the lead does
    not say the headline's words again and one session's four leads take four frames), frame n
    with noun n; an instrument on neither side
    then says which side it went with ('The S&P 500 sided with the Nasdaq 100.'). The news is not
    credited with this instrument's own move: on good news it fell, because money left it. Cited as
    the content lead (cited_lead); None when the lead tells content no story naming both sides backs
    (the content lead, which names this instrument only, is told instead)."""
    low = [mid_sentence(noun) for noun in nouns]
    away, into = (mid_sentence(_side_name(brief, symbol)) for symbol in (turn.out_of, turn.to))
    n = (slot + 1) % len(_ROTATION_LEADS)
    text = _ROTATION_LEADS[n].format(*low, away=away, into=into)
    named = tuple(symbol for symbol in (turn.out_of, turn.to) if symbol != brief.snapshot.symbol)
    opening = text[:1].upper() + text[1:]
    text = cited_lead(brief, opening, content, event, also=named)
    if content is not None and text == opening:
        return None
    if brief.snapshot.symbol in turn:
        return text
    up = brief.snapshot.returns.change_1d_pct > 0
    side = into if up else away
    return f"{text} {brief.short_name} sided with {side}."


_ROTATION_LEADS = ("Money rotated out of {away} and into {into} after {0}.",
                   "Investors sold {away} and bought {into} on {1}.",
                   "{2} sent money into {into} and out of {away}.",
                   "{3} moved money from {away} to {into}.")
"""The rotation opening, frame n with noun n: the money's way, from the day's worst to its best."""
_CONTENT_LEADS = {
    "down": ("{0} knocked {name} down.", "{Name} gave ground on {1}.", "{2} dragged {name} down.",
             "{3} weighed on {name}."),
    "up": ("{0} pushed {name} up.", "{Name} gained ground on {1}.", "{2} drove {name} higher.",
           "{3} buoyed {name}."),
}
"""The opening when the day's stories say what the event said (CONTENT_NOUNS) and this instrument
went with the market: the news and what it did here, frame n with noun n ('The Fed's signal of
fewer cuts knocked the S&P 500 down.'), in verbs the dek's event clause does not use (sank, lifted,
pulled lower, hit)."""


def steady_lead(brief: Brief, event: SessionEvent, dek: str = "") -> str:
    """The opening on the day's news event for an instrument that stood still through it
    (steady_event): the event moved the market, not this one; in other words than the dek's (`dek`)."""
    nouns = [mid_sentence(noun) for noun in EVENT_NOUNS[event.kind]]
    name = brief.short_name
    text = vary_apart([frame.format(*nouns, name=mid_sentence(name), Name=name) for frame in _STEADY_LEADS],
                      brief, "lead", dek)
    return text[:1].upper() + text[1:]


_STEADY_LEADS = ("{0} moved the market far more than it moved {name}.",
                 "{Name} sat out the swing that {1} set off.",
                 "{Name} barely budged while {2} moved the rest of the market.",
                 "{3} reshuffled the market; {name} hardly moved.")
"""The steady opening, frame n with EVENT_NOUNS' noun n."""
_EVENT_LEADS = ("{0} set the day's course.", "The day belonged to {1}.", "Everything ran through {2}.",
                "{3} framed the session.")
_EVENT_LEADS_PLACED = {  # (this instrument's place, the market's way): frame n with noun n, as _EVENT_LEADS
    ("least", "down"): ("{Name} fell least as {0} sent every index lower.",
                        "{Name} held up best as {1} hit the whole market.",
                        "{Name} took the least damage as {2} weighed on every index.",
                        "{Name} lost least of any index as {3} hit the market."),
    ("least", "up"): ("{Name} lagged as {0} lifted every index.",
                      "{Name} trailed as {1} lifted the whole market.",
                      "{Name} gained least as {2} lifted every index.",
                      "{Name} rose least of any index as {3} lifted the market."),
    ("against", "down"): ("{0} sank the market, but not {name}.", "{1} sank everything except {name}.",
                          "{Name} went the other way while {2} sank the rest of the market.",
                          "{3} hit the market, and {name} rose through it."),
    ("against", "up"): ("{0} lifted the market, but not {name}.", "{1} lifted everything except {name}.",
                        "{Name} went the other way while {2} lifted the rest of the market.",
                        "{3} lifted the market, and {name} fell through it."),
}
"""The event lead on a day this instrument moved least of every peer, or against them all, with the
instrument as the subject where it moved least ('The Dow fell least as the jobs report sent every
index lower', not 'The jobs report sent every index lower, the Dow least'): a lead
that credits the event with the day tells the market's day, not this one's (news DIA 2024-08-02
'The payrolls report framed the session' fell least of the four; DIA 2025-01-27 'The day belonged
to the chipmakers' rose while every peer fell)."""
EVENT_NOUNS = {
    "fed": ("The Fed's decision", "the Fed", "the Fed's announcement", "The Fed's call"),
    "inflation": ("The inflation report", "the inflation numbers", "the inflation report",
                  "The consumer-price report"),
    "jobs": ("The jobs report", "the jobs numbers", "the jobs report", "The payrolls report"),
    "earnings": ("Company results", "company results", "the earnings news", "The earnings news"),
    "chips": ("Chip stocks", "the chipmakers", "the chip stocks", "The chip-stock swing"),
}
"""The opening on the day's news event, in the article's own words (the news paragraph cites the
wraps that name it): each frame with its own noun, so one session's openers share no sentence."""
CONTENT_NOUNS: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("fed", "fewer_cuts"): ("the central bank's leaner path of rate cuts",
                            "the Federal Reserve's signal of fewer cuts",
                            "the Fed's projection of fewer cuts", "the Fed's hint of fewer cuts ahead"),
    ("fed", "cut"): ("the central bank's rate cut", "the Federal Reserve's lower rates", "the Fed's rate cut",
                     "the Fed's lower rates"),
    ("fed", "hike"): ("the central bank's rate hike", "the Federal Reserve's higher rates",
                      "the Fed's rate hike",
                      "the Fed's higher rates"),
    ("fed", "hold"): ("the central bank's pause", "the Federal Reserve's hold on rates", "the Fed's pause",
                      "the Fed's steady rates"),
    ("inflation", "cooler"): ("the softer consumer-price reading", "the cooler consumer-price report",
                              "the softer CPI reading", "the soft CPI report"),
    ("inflation", "hotter"): ("the hotter consumer inflation figures", "the hot consumer-price report",
                              "the firm CPI reading", "the hot CPI report"),
    ("jobs", "weak"): ("the soft hiring numbers", "the slowdown in hiring", "the weak payrolls report",
                       "the weak jobs report"),
    ("jobs", "strong"): ("the solid hiring numbers", "the pickup in hiring", "the strong payrolls report",
                         "the strong jobs report"),
    ("chips", "ai_rival"): ("a rival AI model", "the challenge from a new AI model",
                            "the AI-model scare", "a new AI model's hit to chipmakers"),
    ("chips", "export_curbs"): ("new chip export curbs", "the tighter export controls on chips",
                                "the chip export limits", "Washington's chip export rules"),
}
"""EVENT_NOUNS by what the event said (news_content.event_content): the opening tells the news ('The
Fed's projection of fewer cuts knocked the S&P 500 down'), not only its name. Noun n goes with the
headline's frame n (CONTENT_TAILS) and the dek's noun n (event_dek.event_noun) and shares no word
with either, so the header says the news once in each of its three lines, and one session's four
articles open on four nouns."""
BIG_MOVE_ATR = 1.5
_LEAD_CROSS_50 = {"up": ["Price is back above its 50-day average.", "The 50-day average gave way from below.",
                         "A close back over the 50-day line changes the short-term picture.",
                         "The 50-day average is under the price again."],
                  "down": ["Price has slipped under its 50-day average.", "The 50-day average gave way.",
                           "A close under the 50-day line changes the short-term picture.",
                           "The 50-day average is above the price again."],
                  "none": ["The 50-day average changed sides."]}
_LEAD_FEAR = ["Selling and a scramble for protection came together.",
              "Fear came back: prices fell as demand for hedges jumped.",
              "It was a risk-off day, in the shares and in the options market.",
              "Sellers ran the tape, and options traders paid up for protection."]
_LEAD_RELIEF = ["Buyers came back, and the demand for protection ebbed with them.",
                "Relief ran through the tape: prices rose as hedges were sold.",
                "It was a risk-on day, in the shares and in the options market.",
                "Buyers ran the tape, and options traders let their protection go."]
_LEADS: dict[AngleKind, list[str]] = {
    AngleKind.RECORD: ["{Name} [has|have] never closed higher.", "Nothing in the price history tops this.",
                       "It is a new closing record.", "No close in the history held is higher."],
    AngleKind.MOVE: ["This was no ordinary session.", "The {move} stands out against recent trading.",
                     "It was a day well outside the usual range.", "Size is the story today."],
    AngleKind.BREAKOUT: ["The range finally gave way.", "The box broke to the {side}.",
                         "The range broke to the {side}.", "The range is over, for now."],
    AngleKind.STREAK: ["The closes keep going one way: {way}.", "Another {way} close extends the run.",
                       "The run of {way} closes goes on.", "The streak rolls on."],
    AngleKind.RANGE: ["Little changed in the bigger picture.", "The range held again.",
                      "Another session inside the box.", "The tape stayed inside its lines."],
}
_LEADS_BY_WAY: dict[tuple[AngleKind, str], list[str]] = {
    (AngleKind.MOVE, "up"): ["Buyers had the day.", "It was an up day with some size to it.",
                             "The buying was real, if not extreme.", "A solid up day."],
    (AngleKind.MOVE, "down"): ["Sellers had the day.", "It was a down day with some size to it.",
                               "The selling was real, if not extreme.", "A solid down day."],
    (AngleKind.BREAKOUT, "up"): ["No close of the past month was higher.",
                                 "Every close of the past month now sits below this one.",
                                 "Nothing in recent weeks settled higher.",
                                 "The close cleared the whole of the past month."],
    (AngleKind.BREAKOUT, "down"): ["No close of the past month was lower.",
                                   "Every close of the past month now sits above this one.",
                                   "Nothing in recent weeks settled lower.",
                                   "The close undercut the whole of the past month."],
    (AngleKind.DIVERGENCE, "up"): ["The gap over a peer says more than the price.",
                                   "Relative strength is the story of the day.",
                                   "Measured against a peer, the day was a clear win.",
                                   "The price tells half the story; the gap over a peer tells the rest."],
    (AngleKind.DIVERGENCE, "down"): ["The gap to a peer says more than the price.",
                                     "Relative weakness is the story of the day.",
                                     "Measured against a peer, the day was a clear loss.",
                                     "The price tells half the story; the gap to a peer tells the rest."],
    (AngleKind.RELATIVE, "up"): ["Beating the benchmark has become a habit.", "The relative run goes on.",
                                 "Another session ahead of the benchmark.",
                                 "The lead over the benchmark keeps growing."],
    (AngleKind.RELATIVE, "down"): ["Falling behind the benchmark has become a habit.",
                                   "The relative slide goes on.", "Another session behind the benchmark.",
                                   "The lag to the benchmark keeps growing."],
    (AngleKind.VIX, "up"): ["Fear came back to the options market.", "Demand for protection jumped.",
                            "The options market moved more than the shares.",
                            "Hedging was the trade of the day."],
    (AngleKind.VIX, "down"): ["The fear gauge eased.", "Demand for protection ebbed.",
                              "The options market calmed down.", "Hedges came off."],
}
"""Leads for the angles whose words depend on the way they went (a month break, a smaller move of
1 to 1.5 ATRs, a session apart from a peer, a run against the benchmark, a VIX swing)."""
_LEADS.update({
    AngleKind.NEAR_RECORD: ["The peak is in sight.", "A record is within reach.",
                            "The high-water mark is close.",
                            "Only a short climb separates it from its record close."],
    AngleKind.HIGH: ["It is a fresh closing high.", "This was a new closing high.",
                     "The chart has a new closing high.", "The closes keep reaching new highs."],
    AngleKind.LOW: ["It is a fresh closing low.", "This was a new closing low.",
                    "The chart has a new closing low.", "The closes keep finding new lows."],
    AngleKind.GAP: ["The open set the tone.", "The day's move came at the opening bell.",
                    "The gap at the open was the story.", "It was a session shaped by its open."],
    AngleKind.VOLUME: ["Volume was the tell.", "The crowd showed up.", "Heavy trade marked the session.",
                       "Turnover told the story."],
    AngleKind.EVENT: ["The calendar sets the tone.", "The next scheduled event hangs over the tape.",
                      "Everything waits on the calendar.", "All eyes are on the calendar."],
})
