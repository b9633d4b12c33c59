"""The dek of the template writer: the article's one-line thesis.

A dek says what the session's top angle means and why it matters (the range, the record in
reach, the lagging streak, the event close by). The scores are in the badge line under the
headline, so the dek does not recite Pulse or the bias. Frames carry `{fact}` slots filled
from the fact sheet and `<word>` slots filled here; `phrases.vary` rotates them.
"""

from __future__ import annotations

import re

from ..angles import Angle, AngleKind, angle_of
from ..facts import FactSheet, fact_tag
from ..level_notes import close_sits_by
from ..stories import Milestone, drawdown_milestone
from .base import Brief, article_sheet
from .phrases import mid_sentence, vary
from .scenarios import high_distance, inside_range, range_band, range_edge_slot
from .stance import bracket, record_lid

EVENT_SESSIONS = 12
"""An event this many sessions away or fewer is worth the dek's second clause."""

_CHANGE = "<direction> {change_1d_pct:abs}"
_THESES: dict[str, list[str]] = {
    AngleKind.RECORD: ["<symbol> set a record close at {price}, " + _CHANGE + ", and no earlier close "
                       "stands overhead",
                       "A record close of {price} leaves <symbol> with no higher close on the chart to "
                       "lean on",
                       "<symbol> closed higher than ever at {price}, " + _CHANGE + ", and the next "
                       "test is whether buyers defend it",
                       "At {price}, <symbol> ended at a record close: the trend is intact and there is "
                       "no earlier close above it"],
    AngleKind.HIGH: ["<symbol> made its highest close of the <window> at {price}, and the trend is "
                     "doing the work",
                     "No close in the <window> beats {price}: <symbol> is pressing higher",
                     "<symbol> closed at {price}, higher than any close in the <window>, with buyers "
                     "in control of the trend",
                     "A close of {price} tops every close of the <window> for <symbol>, and the trend "
                     "is still up"],
    AngleKind.LOW: ["<symbol> sank to its lowest close of the <window> at {price}, and sellers set "
                    "the pace",
                    "At {price}, <symbol> closed lower than at any time in the <window>: the "
                    "support below now has to hold",
                    "No close in the <window> was lower than {price}, and <symbol> is still looking "
                    "for a floor",
                    "<symbol> fell to its lowest close of the <window>, {price}; buyers have yet to "
                    "show up"],
    AngleKind.NEAR_RECORD: ["<symbol> closed {pct_from_ath:abs} under its record close of {all_time_high}, "
                            "close enough for the record to be the next test",
                            "The record close of {all_time_high} is back in reach: <symbol> ended "
                            "{pct_from_ath:abs} below it at {price}",
                            "At {price}, <symbol> is {pct_from_ath:abs} from its record close of "
                            "{all_time_high}, and the next few sessions decide whether it gets there",
                            "Only {pct_from_ath:abs} separates <symbol> from its record close of "
                            "{all_time_high} after a close at {price}"],
    AngleKind.BREAKOUT: ["<symbol> closed <side> its {prior_range_sessions}-session range of "
                         "{prior_range_lower} to {prior_range_upper}, and the broken edge is now the test",
                         "After {prior_range_sessions} sessions between {prior_range_lower} and "
                         "{prior_range_upper}, <symbol> broke <side> the range with a close at {price}, "
                         "and the break sets the direction if it holds",
                         "The {prior_range_sessions}-session range of {prior_range_lower} to "
                         "{prior_range_upper} is over for <symbol>, which closed <side> it at {price}",
                         "<symbol> ended <side> the {prior_range_lower}-{prior_range_upper} range that held "
                         "for {prior_range_sessions} sessions; a close back inside would undo it"],
    "breakout_month": ["<symbol> closed <side> every close of the past month at {price}, a break the "
                       "next sessions have to confirm",
                       "At {price}, " + _CHANGE + ", <symbol> left the past month's closes behind, and "
                       "the old edge is the test",
                       "<symbol> broke <side> the past month's closes at {price}, and the old edge "
                       "decides if the break lasts",
                       "No close in the past month was <further> than {price}: <symbol> has broken out "
                       "of its recent band"],
    AngleKind.STREAK: ["<symbol> has posted {close_streak_sessions} <way> closes in a row, and the question "
                       "is where the run meets <wall>",
                       "A run of {close_streak_sessions} <way> closes has carried <symbol> to {price}, "
                       "and the run is the story until <wall> stops it",
                       "<symbol> closed <way> again at {price}, now {close_streak_sessions} closes in a "
                       "row, and <wall> has yet to stop it",
                       "After {close_streak_sessions} <way> closes in a row, <symbol> stands at {price} "
                       "and the trend is the story"],
    AngleKind.RELATIVE: ["<symbol> has <lagged> <bench> for {streak_sessions} sessions in a row, by "
                         "{streak_avg_margin_bp:abs} a day on average: money is <going>",
                         "<Trailing> <bench> {streak_sessions} sessions in a row, <symbol> is "
                         "<where>",
                         "For {streak_sessions} sessions in a row <symbol> has <lagged> <bench>, and the "
                         "gap is a trend, not a blip",
                         "<symbol> has <lagged> <bench> {streak_sessions} sessions running, "
                         "{streak_avg_margin_bp:abs} a day on average, and the trend between them is "
                         "clear"],
    AngleKind.VOLUME: ["<symbol> moved " + _CHANGE + " on {volume_ratio} times its 20-day volume, "
                       "so the move had real participation behind it",
                       "Heavy trade, {volume_ratio} times the 20-day average, backed <symbol>'s "
                       "<move> of {change_1d_pct:abs} to {price}",
                       "<symbol> <moved> {change_1d_pct:abs} to {price} as volume ran {volume_ratio} times "
                       "its 20-day average: a move with conviction behind it",
                       "At {price}, " + _CHANGE + ", <symbol> traded {volume_ratio} times its 20-day "
                       "volume, and heavy trade says the move was meant"],
    AngleKind.RANGE: ["<symbol> is still boxed between {range_lower} and {range_upper} after "
                      "{range_sessions} sessions, and only a close outside that band sets the next move",
                      "Another session inside the {range_sessions}-session band of {range_lower} to "
                      "{range_upper} leaves <symbol> waiting for a break",
                      "<symbol> has spent {range_sessions} sessions between {range_lower} and "
                      "{range_upper}, and the next move waits for a close outside that band",
                      "The band of {range_lower} to {range_upper} has held <symbol> for {range_sessions} "
                      "sessions; the break, when it comes, sets the direction"],
    AngleKind.CROSS: ["<symbol> closed <cross_side> its 50-day average at {sma_50}, a change in the "
                      "short-term trend that the next sessions have to confirm",
                      "The 50-day average at {sma_50} gave way: <symbol> closed <cross_side> it at "
                      "{price}",
                      "<symbol> crossed <cross_side> its 50-day average ({sma_50}) with a close at "
                      "{price}, and the short-term trend changes with it",
                      "A close at {price} puts <symbol> <cross_side> the 50-day average of {sma_50}, "
                      "the first test of the new trend"],
}
_MOVE_SIZE = {"big": ["<symbol> <moved> {change_1d_pct:abs} to {price}, a move well outside its usual "
                      "daily swing",
                      "A {change_1d_pct:abs} <move> to {price} puts <symbol>'s day well beyond its usual "
                      "range",
                      "<symbol> <moved> {change_1d_pct:abs} to {price}, a day far bigger than its "
                      "average range",
                      "At {price}, " + _CHANGE + ", <symbol> covered far more ground than on a normal day"],
              "full": ["<symbol> <moved> {change_1d_pct:abs} to {price}, as far in one session as a typical "
                       "day's whole range",
                       "A {change_1d_pct:abs} <move> to {price} covered a full average day's range for "
                       "<symbol> in one direction",
                       "<symbol> <moved> {change_1d_pct:abs} to {price}, a whole average day's range "
                       "in one move",
                       "At {price}, " + _CHANGE + ", <symbol> moved a full average day's range"],
              "rare": ["<symbol> <moved> {change_1d_pct:abs} to {price}, one of its larger moves of recent "
                       "months",
                       "A {change_1d_pct:abs} <move> to {price} stands out in <symbol>'s recent record",
                       "<symbol> <moved> {change_1d_pct:abs} to {price}, a move it rarely makes in a "
                       "session",
                       "At {price}, " + _CHANGE + ", <symbol> had one of its bigger sessions lately"]}
"""The move's size in ATRs decides how big the dek calls it (1.5 ATRs or more is 'well outside')."""
_BRACKETED = ["<symbol> closed " + _CHANGE + " at {price}, between <down> below and <up> above",
              "<symbol> ended at {price}, " + _CHANGE + ", with <down> under it and <up> over it",
              "<symbol> closed at {price}, " + _CHANGE + "; <up> is the test above and <down> the one "
              "below",
              "At {price}, " + _CHANGE + ", <symbol> sits between <down> and <up>, and neither broke"]
_DEFAULT = ["<symbol> closed " + _CHANGE + " at {price} in a session without a decisive break",
            "<symbol> ended at {price}, " + _CHANGE + ", without breaking a level that matters",
            "A close at {price}, " + _CHANGE + ", left <symbol> where the chart had it",
            "<symbol> finished " + _CHANGE + " at {price}, a session that changed little on the chart"]
_RANGE_CLAUSE = ["; the {range_sessions}-session band of {range_lower} to {range_upper} still frames it",
                 "; it is still inside the {range_sessions}-session band of {range_lower} to {range_upper}",
                 ", inside the {range_sessions}-session band from {range_lower} to {range_upper} that has "
                 "not broken",
                 "; the band of the past {range_sessions} sessions, from {range_lower} to {range_upper}, "
                 "still holds"]



_PRICE_FIGURE = re.compile(r"\$?\d[\d,]*\.\d+(?![\d%])|\$\d[\d,]*(?![\d.%])")
_COUNT_FIGURE = re.compile(r"\b(\d+)[-\s](?:straight |consecutive |more )?(session|day|week|month|year)s?\b"
                           r"(?![- ](?:average|moving|ma)\b)", re.IGNORECASE)


def told_figures(text: str) -> frozenset[str]:
    """The prices ('719.79', '$258.27') and counts ('6 session', '18-Session') a text gives, in one
    form each: what a dek must not say again after the headline (an average's length, '50-day', is
    a name, not a count)."""
    prices = {found.lstrip("$").replace(",", "") for found in _PRICE_FIGURE.findall(text)}
    counts = {f"{number} {unit.lower()}" for number, unit in _COUNT_FIGURE.findall(text)}
    return frozenset(prices | counts)


def dek(brief: Brief, sheet: FactSheet, angles: list[Angle], told: frozenset[str] = frozenset(),
        headline: str = "", event: str = "") -> str:
    """`event_dek`'s sentence on the day's news event (`event`), when there is one, ahead of the chart's
    thesis (`thesis`, then without its why-clause: the event is the why): what happened and what it
    did to this instrument, then what the chart makes of it."""
    crossed = milestone_sentence(brief, sheet) if _MILESTONE_HEADLINE.search(headline) else ""
    if not event:
        return crossed or thesis(brief, sheet, angles, told, headline)
    return f"{event}. {crossed or thesis(brief, sheet, angles, told, headline, why=False)}"


def milestone_sentence(brief: Brief, sheet: FactSheet) -> str:
    """On a close that crossed a drawdown mark (stories.drawdown_milestone), the dek's sentence on it
    in place of the chart's thesis: where the close stands under the record close, with the record's
    price and date ('QQQ ended in a correction, 10.78% under its record close of $502.96 from Jul
    10'); '' on any other day."""
    mark = drawdown_milestone(brief.snapshot)
    if mark is None or not sheet.has("pct_from_ath", "all_time_high", "all_time_high_date"):
        return ""
    zone = _MILESTONE_ZONES[mark]
    return sheet.fill(vary(_MILESTONE_DEKS, brief, "milestone").format(
        symbol=brief.snapshot.symbol, zone=zone))


_MILESTONE_HEADLINE = re.compile(r"\b(?:Correction|Bear[- ]Market)\b")
"""A headline that leads with the milestone (angle_text.milestone_frames): the dek then dates it."""
_MILESTONE_ZONES = {
    Milestone("correction", "into"): "in a correction", Milestone("bear", "into"): "in a bear market",
    Milestone("correction", "out"): "out of correction territory",
    Milestone("bear", "out"): "out of bear-market territory"}
_MILESTONE_DEKS = (
    "{symbol} ended {zone}, {{pct_from_ath:abs}} under its record close of {{all_time_high}} from "
    "{{all_time_high_date}}.",
    "{symbol} closed {zone}, {{pct_from_ath:abs}} under its record close, {{all_time_high}} on "
    "{{all_time_high_date}}.",
    "The close left {symbol} {zone}, {{pct_from_ath:abs}} below the record close of {{all_time_high}} set "
    "on {{all_time_high_date}}.",
    "{symbol} finished {zone}, its close {{pct_from_ath:abs}} short of the {{all_time_high}} record close "
    "from {{all_time_high_date}}.")
"""The milestone's dek sentence: where the close ended and how far under which record close."""


def thesis(brief: Brief, sheet: FactSheet, angles: list[Angle], told: frozenset[str] = frozenset(),
           headline: str = "", why: bool = True) -> str:
    """The top angle's thesis, plus one clause on what else makes the session matter. The dek adds
    to the headline rather than repeating it (`told`: what the headline says, angle_text.headline_told):
    under a headline on the day's driver (angles.with_driver) it tells what comes after it, a volume
    surge the headline carries is left out, and a move figure the headline gives is not said again:
    the move's size is told in words and the level in its path is the clause. Nor is a price or a
    count the `headline` gives (`told_figures`): the next frame of the bank that says neither is
    taken, else one of `_TOLD_FREE`'s (editorial13b: 'Small Caps Lag ..., 6 Sessions in a Row'
    over '... 6 sessions running')."""
    figures = told_figures(headline)
    for option in _frame_options(brief, sheet, angles, told):
        text = dek_text(brief, sheet, angles, told, option, why)
        if not figures & told_figures(text):
            return text
    return dek_text(brief, sheet, angles, told, why=why)


def _frame_options(brief: Brief, sheet: FactSheet, angles: list[Angle],
                   told: frozenset[str]) -> list[str | None]:
    """The frames a dek tries, in order: the rotation's own (None), the rest of its bank from there
    on, then the bank's told-free frames."""
    top = _top(angles, told)
    key = _key(top)
    frames = _bank(brief, key, told)
    first = vary(frames, brief, "dek")
    start = frames.index(first)
    return [None, *frames[start + 1:], *frames[:start], *_told_free(brief, key, told)]


def _top(angles: list[Angle], told: frozenset[str]) -> Angle:
    return _angles(angles, told)[0]


def _angles(angles: list[Angle], told: frozenset[str]) -> list[Angle]:
    if angles[0].kind == AngleKind.DRIVER and len(angles) > 1:
        angles = angles[1:]
    if "volume" in told and len(angles) > 1:
        angles = [a for a in angles if a.kind != AngleKind.VOLUME] or angles
    return angles


def _key(top: Angle) -> str:
    return "breakout_month" if top.kind == AngleKind.BREAKOUT and top.subject == "month" else top.kind


def _bank(brief: Brief, key: str, told: frozenset[str]) -> list[str]:
    frames = _frames(brief, key)
    if "figure" in told:
        frames = _MOVE_TOLD[_move_size(brief)] if key == AngleKind.MOVE else \
            [_TOLD_CHANGE.sub("", f) for f in frames]
    return frames


_TOLD_FREE: dict[str, list[list[str]]] = {
    AngleKind.BREAKOUT: [
        ["<symbol> closed <side> the range of {prior_range_lower} to {prior_range_upper} at {price}, and "
         "the broken edge is now the test",
         "A close at {price} took <symbol> <side> its {prior_range_lower}-{prior_range_upper} box, and a "
         "retest of the broken edge comes next",
         "The box from {prior_range_lower} to {prior_range_upper} gave way: <symbol> closed <side> it at "
         "{price}, and the break has to hold",
         "<symbol> left its {prior_range_lower} to {prior_range_upper} range behind with a close at "
         "{price}; the old edge now has to act the other way"],
        ["After {prior_range_sessions} sessions in a box, <symbol> closed <side> it at {price}, and the "
         "old edge now decides if the break lasts",
         "<symbol> closed at {price}, <side> the box that held it for {prior_range_sessions} sessions, "
         "and a retest will show whether the break is real",
         "Sideways trade of {prior_range_sessions} sessions ended with <symbol>'s close <side> the range "
         "at {price}; the old edge is the test now",
         "The range of the past {prior_range_sessions} sessions gave way with <symbol>'s close at "
         "{price}, and a retest of its edge decides the break"]],
    AngleKind.RECORD: [
        ["<symbol> closed " + _CHANGE + " with no earlier close over it: the chart has no ceiling left "
         "to lean on",
         "<symbol> has never closed higher, and the next test is whether buyers defend the high",
         "No close in <symbol>'s history beats this one, " + _CHANGE + ", and the trend is intact",
         "<symbol> finished " + _CHANGE + " at a new high-water mark, with nothing overhead to slow it"]],
    AngleKind.RELATIVE: [
        ["Day after day <symbol> has <lagged> <bench>, by {streak_avg_margin_bp:abs} a day on average: "
         "money is <going>",
         "The gap between <symbol> and <bench> keeps widening, {streak_avg_margin_bp:abs} a day on "
         "average: a pattern, not noise",
         "<symbol> keeps being <where>, {streak_avg_margin_bp:abs} a day on average against <bench>",
         "Session after session <symbol> has <lagged> <bench>, by {streak_avg_margin_bp:abs} a day on "
         "average, and the gap is a trend, not a blip"]],
    AngleKind.CROSS: [
        ["<symbol> closed <cross_side> its 50-day average, a change in the short-term trend that the "
         "next sessions have to confirm",
         "The 50-day average gave way: <symbol> closed <cross_side> it, and the short-term trend changes "
         "with it",
         "A close <cross_side> the 50-day average changes <symbol>'s short-term trend, if the next "
         "sessions confirm it",
         "<symbol>'s close put it <cross_side> the 50-day average, the first test of a new trend"]],
}
"""Frames for a dek whose whole bank repeats a price or count the headline gave (told_figures), in
groups, each group rotated (phrases.vary) so same-day deks differ: a breakout's first group leaves
out the range's sessions, its second the broken edges; the record's leaves out the record close,
the relative streak's its length, the cross's the average's figure."""


def _told_free(brief: Brief, key: str, told: frozenset[str]) -> list[str]:
    """`_TOLD_FREE`'s frames for `key`, each group from the rotation's frame on."""
    found: list[str] = []
    for group in _TOLD_FREE.get(key, []):
        frames = [_TOLD_CHANGE.sub("", f) for f in group] if "figure" in told else group
        start = frames.index(vary(frames, brief, "dek-told"))
        found += [*frames[start:], *frames[:start]]
    return found


def dek_text(brief: Brief, sheet: FactSheet, angles: list[Angle], told: frozenset[str] = frozenset(),
             frame: str | None = None, why: bool = True) -> str:
    """The dek in `frame` (None: the rotation's frame of the top angle's bank); without `why`, no
    clause on what else makes the session matter (_why_clause)."""
    angles = _angles(angles, told)
    key = _key(angles[0])
    if frame is None:
        frame = vary(_bank(brief, key, told), brief, "dek")
    clause = _fear_clause(brief, angles, told) or _path_clause(brief) \
        if "figure" in told and key == AngleKind.MOVE else ""
    clause = clause or (_why_clause(brief, sheet, angles, told) if why else _vix_clause(brief, angles, told))
    text = _fill_words(brief, angles, frame + clause + ".")
    text = range_band(brief, _named_edges(brief, _record_lid(brief, sheet, text)))
    return sheet.fill(text[:1].upper() + text[1:])


_PAIR_FROM = re.compile(r"\b(between|of|from) \{range_lower\} (and|to) ")


def _named_edges(brief: Brief, text: str) -> str:
    """With a range edge quoted as a zone, each edge is named by its role ('between a floor at
    $241.00 and a ceiling at $249.17–$249.95'): 'the band of $241.00 to the $249.17–$249.95 zone'
    strings a figure and a zone together as if they were one span. Unchanged when both edges are
    single figures or no tight range holds the close."""
    if not inside_range(brief) or not any("–" in range_edge_slot(brief, up) for up in (True, False)):
        return text
    text = _PAIR_FROM.sub(lambda m: f"{'between' if m.group(1) == 'between' else 'from'} a floor at "
                                    f"{{range_lower}} {m.group(2)} ", text)
    return text.replace(" and {range_upper}", " and a ceiling at {range_upper}").replace(
        " to {range_upper}", " to a ceiling at {range_upper}")


def _record_lid(brief: Brief, sheet: FactSheet, text: str) -> str:
    """A dek quoting the top of a range whose top is the record close names it as the record close
    ('between $296.22 and the record close of $305.09'): the box's lid is what a break would make
    of it, quoted as the record close it is (the range's top is quoted as the levels table quotes it,
    scenarios.range_band). Unchanged when the dek already says record or quotes no range top."""
    if not record_lid(brief) or "record" in text or "{range_upper}" not in text \
            or not sheet.has("all_time_high"):
        return text
    return text.replace("{range_upper}", "the record close of {all_time_high}", 1)


def _move_size(brief: Brief) -> str:
    """How big the dek calls the day's move: 1.5 ATRs or more is 'big', 0.9 'full', else 'rare'."""
    t = brief.snapshot.tape
    size = abs(t.move_atr or 0) if t is not None else 0
    return "big" if size >= 1.5 else "full" if size >= 0.9 else "rare"


_TOLD_CHANGE = re.compile(r"<direction> \{change_1d_pct:abs\}(?:, | )|, <direction> \{change_1d_pct:abs\}")
"""The day's change in a thesis frame, with its comma: left out when the headline gives the figure."""
_MOVE_TOLD = {"big": ["<symbol> ended at {price} after a day well outside its usual swing",
                      "The session took <symbol> well beyond its usual range, to {price}",
                      "<symbol> closed at {price}, a day far bigger than its average range",
                      "At {price}, <symbol> covered far more ground than on a normal day"],
              "full": ["<symbol> closed at {price}, as far in one session as a typical day's whole range",
                       "The <move> to {price} covered a full average day's range for <symbol> in one "
                       "direction",
                       "<symbol> ended at {price}, a whole average day's range in one move",
                       "At {price}, <symbol> moved a full average day's range"],
              "rare": ["<symbol> closed at {price}, one of its larger moves of recent months",
                       "The <move> to {price} stands out in <symbol>'s recent record",
                       "<symbol> ended at {price}, a move it rarely makes in a session",
                       "At {price}, <symbol> had one of its bigger sessions lately"]}
"""The move's thesis under a headline that gives its figure: its size in words, not the figure again."""
_PATH = ["; the <label> at <slot> is the first level in its way",
         "; the <label> at <slot> stands in its path",
         "; the <label> at <slot> is the test that comes first",
         "; in its path lies the <label> at <slot>"]
"""The level the day's move meets first (stance.bracket on the move's side): what the headline left out."""


_PATH_FIRST = {True: ["; first comes the <first>, just over the close, then the <label> at <slot>",
                      "; the <first> sits just over the close, and the <label> at <slot> beyond it",
                      "; right overhead is the <first>, with the <label> at <slot> past it",
                      "; the <first> is the nearest hurdle, the <label> at <slot> the next"],
               False: ["; first comes the <first>, just under the close, then the <label> at <slot>",
                       "; the <first> sits just under the close, and the <label> at <slot> beyond it",
                       "; right below is the <first>, with the <label> at <slot> past it",
                       "; the <first> is the nearest floor, the <label> at <slot> the next"]}
"""The path when the close sits right under (over) a zone of the Current row (level_notes.close_sits_by):
that zone first, then the level the path clause names ('another' when both carry one label: real QQQ
2026-07-30 read 'first comes the old swing low at $686.37–$690.00, just over the close, then the old
swing low at $695.25–$702.81')."""


def _path_clause(brief: Brief) -> str:
    """The level in the day's move's path, or '' when nothing lies on that side; a zone the close
    sits right under (over, on a down day) comes first."""
    up = brief.snapshot.returns.change_1d_pct >= 0
    side = bracket(brief, "up" if up else "down")
    if side is None:
        return ""
    first = close_sits_by(brief.snapshot, up)
    if first is not None and first.label == side[1] \
            and _printed(brief, first.slot) == _printed(brief, side[0]):
        first = None  # one level by two slots: named once (news day 2022-09-13 QQQ read 'right below is
        # the range bottom at $293.05, with another at $293.05 past it' before ednews2, stop 48)
    if first is None:
        return vary(_PATH, brief, "dek-path").replace("<label>", side[1]).replace("<slot>", side[0])
    text = vary(_PATH_FIRST[up], brief, "dek-path")
    if first.label == side[1]:
        text = text.replace("the <label> at", "another at")
    text = text.replace("<first>", f"{first.label} at {first.slot}")
    return text.replace("<label>", side[1]).replace("<slot>", side[0])


def _printed(brief: Brief, slot: str) -> str:
    """A level's slot as the article prints it (the fact sheet's figures)."""
    return article_sheet(brief).fill(slot)


_NEAR_RECORD_ABOVE = [
    "<symbol>'s record close of {all_time_high} is {pct_from_ath:abs} above the close, near enough to be "
    "the next test",
    "The record close of {all_time_high} is back in reach: it stands {pct_from_ath:abs} above <symbol>'s "
    "close at {price}",
    "At {price}, <symbol> has its record close of {all_time_high} {pct_from_ath:abs} above the close, and "
    "the next few sessions decide whether it gets there",
    "Only {pct_from_ath:abs} above the close at {price} stands <symbol>'s record close of {all_time_high}"]
"""The near-record theses when the levels table has a row at the record (scenarios.high_distance):
the table's figure, measured from the close, in words that measure from the close."""


def _near_record(brief: Brief) -> list[str]:
    """The near-record theses with the article's one figure for the record's distance."""
    pct, from_close = high_distance(brief, "all_time_high")
    frames = _NEAR_RECORD_ABOVE if from_close else _THESES[AngleKind.NEAR_RECORD]
    return [frame.replace("{pct_from_ath:abs}", pct) for frame in frames]


def _frames(brief: Brief, key: str) -> list[str]:
    s = brief.snapshot
    if key == AngleKind.MOVE:
        return _MOVE_SIZE[_move_size(brief)]
    if key == AngleKind.NEAR_RECORD:
        return _near_record(brief)
    if key in _THESES:
        return _THESES[key]
    if s.range is not None and s.range.is_tight and s.range.lower < s.close < s.range.upper:
        return _THESES[AngleKind.RANGE]  # a quiet day inside a range that holds: the range is the thesis
    down, up = bracket(brief, "down"), bracket(brief, "up")
    if down is None or up is None:
        return _DEFAULT
    return [f.replace("<down>", f"the {down[1]} at {down[0]}").replace("<up>", f"the {up[1]} at {up[0]}")
            for f in _BRACKETED]


def _fill_words(brief: Brief, angles: list[Angle], text: str) -> str:
    s, top = brief.snapshot, angles[0]
    up = s.returns.change_1d_pct > 0
    words = {"symbol": s.symbol, "direction": _direction(s.returns.change_1d_pct),
             "side": "above" if (s.tape and s.tape.range_break == "above") or
             (top.kind == AngleKind.BREAKOUT and top.direction == "up") else "below",
             "window": "52 weeks" if s.has_full_year else "{window_sessions} sessions held",
             "further": "higher" if top.direction == "up" else "lower",
             "way": "higher" if (s.tape and s.tape.streak_direction == "up") else "lower",
             "wall": "resistance" if (s.tape and s.tape.streak_direction == "up") else "support",
             "move": "gain" if up else "drop", "moved": "jumped" if up else "fell",
             "cross_side": "above" if (s.tape and s.tape.sma_50_cross == "above") else "below"}
    words.update(_relative_words(brief))
    for name, value in words.items():
        text = text.replace(f"<{name}>", value)
    return text


def _relative_words(brief: Brief) -> dict[str, str]:
    rel = brief.snapshot.relative
    if rel is None:
        return {}
    ahead = rel.streak_direction == "outperform"
    return {"bench": f"{mid_sentence(brief.related_names.get(rel.benchmark, rel.benchmark))} "
                     f"({rel.benchmark})",
            "lagged": "beaten" if ahead else "lagged",
            "going": "coming its way" if ahead else "going elsewhere",
            "Trailing": "Ahead of" if ahead else "Trailing",
            "where": "where the money is going" if ahead else "the laggard the market keeps passing over"}


def _direction(change: float) -> str:
    return "flat" if abs(change) < 0.005 else "up" if change > 0 else "down"


def _why_clause(brief: Brief, sheet: FactSheet, angles: list[Angle],
                told: frozenset[str] = frozenset()) -> str:
    """One clause on the next thing that makes the session matter, if neither the thesis nor the
    headline (`told`) said it: a runner-up angle (a VIX jump, heavy volume, a streak), a relative
    streak, the record in reach, the range that still holds, an event close by."""
    for clause in (_runner_up_clause(brief, angles, told), _relative_clause(brief, angles),
                   _record_clause(brief, sheet, angles), _range_clause(brief, sheet, angles),
                   _event_clause(brief, angles)):
        if clause:
            return clause
    return ""


_VIX_UP = (", as the VIX jumped {x}", ", with the VIX up {x} on the day", ", while the VIX climbed {x}",
           ", the VIX ending {x} higher")
_VIX_DOWN = (", as the VIX fell {x}", ", with the VIX down {x} on the day", ", while the VIX eased {x}",
             ", the VIX ending {x} lower")
_STREAK_TAILS = ("; that close caps a run of {{close_streak_sessions}} {way} closes",
                 "; that makes {{close_streak_sessions}} {way} closes running",
                 "; it has now put together {{close_streak_sessions}} {way} closes",
                 ", {{close_streak_sessions}} {way} closes and counting")
"""The dek's runner-up clauses, four ways each: a VIX jump or a streak is the whole market's on one
session, and one wording gave the same-day deks one tail (real 2026-02-05: ', as the VIX jumped
16.79%' in three; 2026-04-08: '; that close caps a run of 6 higher closes' in three)."""


def _fear_clause(brief: Brief, angles: list[Angle], told: frozenset[str]) -> str:
    """A VIX jump the headline did not name: the risk it adds comes before any level."""
    vix = None if "vix" in told else angle_of(angles[1:], AngleKind.VIX)
    if vix is None or vix.direction != "up":
        return ""
    return _vix_tail(brief, _VIX_UP, vix)


def _vix_tail(brief: Brief, bank: tuple[str, ...], vix: Angle) -> str:
    return vary(bank, brief, "dek-vix").format(x=f"{{{fact_tag(vix.subject or 'VIX')}_change_1d_pct:abs}}")


def _vix_clause(brief: Brief, angles: list[Angle], told: frozenset[str] = frozenset()) -> str:
    """A VIX jump the headline did not name, or a rally as the fear gauge fell; '' otherwise."""
    if fear := _fear_clause(brief, angles, told):
        return fear
    vix = None if "vix" in told else angle_of(angles[1:], AngleKind.VIX)
    extreme = any(a.kind in (AngleKind.RECORD, AngleKind.HIGH, AngleKind.NEAR_RECORD) for a in angles[1:])
    if vix is not None and angles[0].kind == AngleKind.MOVE and angles[0].direction == "up" and not extreme:
        # a rally as the fear gauge collapses (the headline's "as the VIX drops")
        return _vix_tail(brief, _VIX_DOWN, vix)
    return ""


def _runner_up_clause(brief: Brief, angles: list[Angle], told: frozenset[str] = frozenset()) -> str:
    s = brief.snapshot
    if vix := _vix_clause(brief, angles, told):
        return vix
    for angle in angles[1:3]:
        if angle.kind == AngleKind.VOLUME and angles[0].kind != AngleKind.VOLUME and "volume" not in told:
            return ", on volume {volume_ratio} times its 20-day average"
        if angle.kind == AngleKind.STREAK and s.tape is not None and angles[0].kind != AngleKind.STREAK:
            way = "higher" if s.tape.streak_direction == "up" else "lower"
            return vary(_STREAK_TAILS, brief, "dek-streak").format(way=way)
    return ""


def _relative_clause(brief: Brief, angles: list[Angle]) -> str:
    rel = brief.snapshot.relative
    if rel is None or rel.streak_sessions < 3 or rel.streak_direction == "even" or \
            angles[0].kind == AngleKind.RELATIVE:
        return ""
    bench = mid_sentence(brief.related_names.get(rel.benchmark, rel.benchmark))
    verb = "beaten" if rel.streak_direction == "outperform" else "lagged"
    return f"; it has also {verb} {bench} ({rel.benchmark}) for {{streak_sessions}} sessions in a row"


def _record_clause(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str:
    top = angles[0]
    if top.kind in (AngleKind.RECORD, AngleKind.NEAR_RECORD) or top.direction == "down" or \
            angle_of(angles, AngleKind.NEAR_RECORD) is None or not sheet.has("all_time_high", "pct_from_ath"):
        return ""
    pct, from_close = high_distance(brief, "all_time_high")
    return f"; the record close of {{all_time_high}} is {pct} {'above the close' if from_close else 'away'}"


def _range_clause(brief: Brief, sheet: FactSheet, angles: list[Angle]) -> str:
    s, top = brief.snapshot, angles[0]
    told = top.kind in (AngleKind.RANGE, AngleKind.BREAKOUT) or \
        (top.kind not in _THESES and top.kind != AngleKind.MOVE)  # a quiet day's thesis is the range
    if s.range is None or not s.range.is_tight or told or \
            not sheet.has("range_lower", "range_upper") or not s.range.lower < s.close < s.range.upper:
        return ""
    return vary(_RANGE_CLAUSE, brief, "dek-range")


def _event_clause(brief: Brief, angles: list[Angle]) -> str:
    events = brief.snapshot.events
    if not events or events[0].sessions_until > EVENT_SESSIONS or angles[0].kind == AngleKind.EVENT:
        return ""
    when = ("today" if events[0].sessions_until == 0 else "next session" if events[0].sessions_until == 1
            else "{event_1_sessions_until} sessions away")
    return f", with the {events[0].name} {when}"

