"""Editorial figures of the trading story: do the levels table, the scenarios, the setups, the final
call and the take tell one story a trader would act on? (pure: cases in, numbers out)

- levels_untested_offered: table rows offered as support or resistance at a round number nothing
  has tested (indicators.setups.is_bare_round), or whose figure a scenario bullet calls a waypoint
  or untested (demo QQQ 2026-11-20 before edtrade1: 'Support $620.00 round number' over a bear case
  'the round number at $620 is only a waypoint; nothing has turned price there').
- scenario_first_level_unnamed: sides whose first tradable row in the levels table (the nearest
  support, resistance, average or range edge beyond the close) the case on that side never quotes.
- story_bias_disagree: articles whose take states another view than the short-term call's bias, or
  show a setup on the other side of a directional call.
- option_walls_off_table: call and put walls (options open interest) no levels-table row holds.
- story_trigger_disagree: articles whose setup (or pending setup) the take and the short-term row do
  not both name: the take by its entry, the row by its trigger or entry.
- walls_merged_unnamed: options walls (on their own side of the close) that a levels-table row holds
  whose note does not name the wall: a wall merged into a range edge or a swing zone kept only that
  label (demo QQQ 2026-11-20 before edtake2: 'range bottom' at $608.89-$610.35 over the $610.00 put
  wall).
- apart_claims_unheld: articles whose analysis says the instrument went against its peers ('went the
  other way', 'while its peers fell', 'as the rest of the market rose') while one of its peers or its
  benchmark did not move the other way (news day 2024-07-11 before edtake3: SPY 'went the other way'
  down 0.86% beside QQQ down 2.19%; the writer compared it with the peers' average).
- target_past_wall_unnamed: setups (shown, or pending ones whose target the take or the short-term
  row quotes) aiming past an options wall on their way (a call wall between a long's entry and its
  target, a put wall for a short) whose take and short-term row never name the wall: a trader reads
  the wall as the first obstacle (demo QQQ 2026-11-20 before edtake1: '$649.31 is where it aims'
  through the $640.00 call wall, unnamed).
- target_past_level_unnamed: setups (shown, or pending ones whose target the take or the short-term row
  quotes) aiming past a tested level on their way (a resistance, support or average, not a wall or an
  untested round number, lying strictly between entry and target) whose first such level (the nearest
  the entry) the take and the short-term row never name: the first place the trade can stall (demo QQQ
  2026-11-20 before edsetup3: a long in at $630.00 aiming at $649.31 through the $632.37 swing high,
  the take naming only the $640.00 call wall).
- scenario_next_skips_level: cases (bull, bear) whose 'next' level skips a tradable row of the levels
  table lying between the trigger and it that the case never quotes: a trader meets that row first
  (demo DIA 2026-11-20 before edsetup1: 'the next resistance comes in at $480.00' over the range top
  at $474.50, past the $475.35-$476.71 swing zone with 3 touches).
- take_target_not_in_setups: articles whose take or short-term row quotes as a trade's aim ('aiming
  at', 'out at', 'is where it aims', 'with $X the target') a figure no shown or pending setup
  targets, or whose take quotes a shown setup's entry without its target: one trade, two objectives.
- take_wrong_past_entry: articles whose take puts the directional view's line (where it is wrong, or
  the level it holds on) past the entry of the shown setup of the call's side, so the view is wrong
  before the trade starts (real DIA 2026-04-09 before edsetup2: 'Our read stays bullish as long as
  $479.16 holds' over a long that buys the old swing high at $470.38).
- target_past_stop_unmanaged: setups the story names with a wall or a tested level between entry and
  target whose take says nothing of what to do there (part off, the stop to the entry).
- target_past_levels_unnamed: setups the story names with a tested level on the way to the target,
  any one of them, that the take and the short-term row never name (target_past_level_unnamed reads
  the first only).
- setup_stop_inside_zone: shown setups whose stop lies inside a key level's figures instead of beyond
  them (real DIA 2026-04-09: stop $464.87 in the $464.86-$467.00 swing zone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editorial_cases import Case

from pipeline.contracts import KeyLevel, LevelKind, LevelRow, RelatedRole, TradeSetup
from pipeline.indicators.setups import is_bare_round, is_wall

_PRICE = re.compile(r"\$(\d[\d,]*(?:\.\d+)?)")
_UNTESTED = re.compile(r"\bwaypoint\b|\buntested\b|nothing has turned|no swing has tested", re.IGNORECASE)
_OFFERED = ("Support", "Resistance")
_TRADABLE_ROWS = ("Support", "Resistance", "Moving average", "Breakout", "Breakdown")


def prices(text: str) -> set[float]:
    """Every dollar figure in `text`, rounded to cents."""
    return {round(float(found.replace(",", "")), 2) for found in _PRICE.findall(text)}


def row_figures(row: LevelRow) -> set[float]:
    return {round(row.low, 2), *(() if row.high is None else (round(row.high, 2),))}


def _level_at(row: LevelRow, levels: Sequence[KeyLevel]) -> KeyLevel | None:
    for level in levels:
        low = level.zone_low if level.zone_low is not None else level.price
        if level.kind != LevelKind.CURRENT and round(low, 2) == round(row.low, 2):
            return level
    return None


def levels_untested_offered(case: Case) -> int:
    """Support/resistance rows at an untested round number, or called a waypoint by the cases."""
    bullets = case.article.bull_case + case.article.bear_case
    called_untested = set().union(*(prices(b) for b in bullets if _UNTESTED.search(b))) if bullets else set()
    count = 0
    for row in case.article.key_levels:
        if row.kind not in _OFFERED:
            continue
        level = _level_at(row, case.snapshot.levels)
        count += bool(row_figures(row) & called_untested) or (level is not None and is_bare_round(level))
    return count


def scenario_first_level_unnamed(case: Case) -> int:
    """Sides (bull above the close, bear below) whose nearest tradable row in the levels table the
    case on that side does not quote: the table and the case name different first levels."""
    close, rows = case.snapshot.close, case.article.key_levels
    count = 0
    for above, bullets in ((True, case.article.bull_case), (False, case.article.bear_case)):
        side = [r for r in rows if r.kind in _TRADABLE_ROWS and (r.low > close if above else r.low < close)]
        if not side:
            continue
        first = min(side, key=lambda r: abs(r.low - close))
        quoted = set().union(*(prices(b) for b in bullets)) if bullets else set()
        count += not row_figures(first) & quoted
    return count




# -- one story: the take, the final call and the setups -------------------------------------------
_STANCE = re.compile(r"\b(?:we|our|the view|the lean|the read|keeps us)\b[^.;:]{0,40}?"
                     r"\b(bullish|bearish|buyers|sellers|no side)\b", re.IGNORECASE)
_STANCE_BIAS = {"bullish": "bullish", "buyers": "bullish", "bearish": "bearish", "sellers": "bearish",
                "no side": "neutral"}
_SIDE_BIAS = {"long": "bullish", "short": "bearish"}


def take_stance(take: str) -> str | None:
    """The bias the take's own view states ('We lean bullish', 'Our read stays bearish', 'We take no
    side'), None when it states none."""
    found = _STANCE.search(take)
    return _STANCE_BIAS[found.group(1).lower()] if found else None


def story_bias_disagree(case: Case) -> int:
    """1 when the take's stated view, or a shown setup's side, is not the short-term call's bias
    (a take leaning bullish over a bearish short-term row; a short under a bullish call)."""
    if not case.article.final_call:
        return 0
    bias = case.article.final_call[0].bias.value.lower()
    stance = take_stance(case.article.take)
    sides = {_SIDE_BIAS[s.direction] for s in case.article.setups}
    wrong_side = bias != "neutral" and bool(sides - {bias})
    return int(stance is not None and stance != bias or wrong_side)


def story_trigger_disagree(case: Case) -> int:
    """1 when one shown setup (or, without one, the pending setup the call waits for) is not named
    by both the take and the short-term row: the take quotes its entry, and the row carries its
    trigger's words or its entry figure."""
    if not case.article.final_call:
        return 0
    row = case.article.final_call[0].reasoning
    if len(case.article.setups) == 1:
        setup = case.article.setups[0]
        entry, trigger = round(setup.entry, 2), setup.trigger
    else:
        wanted = {"bullish": "long", "bearish": "short"}.get(case.article.final_call[0].bias.value.lower())
        pending = [p for p in case.snapshot.pending_setups if p.direction == wanted]
        if case.article.setups or not pending:
            return 0
        entry, trigger = round(pending[0].entry, 2), None
    in_take = entry in prices(case.article.take)
    in_row = entry in prices(row) or (trigger is not None and trigger in row)
    return int(not (in_take and in_row))


def option_walls_off_table(case: Case) -> int:
    """The options walls (the strikes with the most call and put open interest, on their own side of
    the close) that no row of the levels table holds: a trader reads a call wall as resistance and
    a target, a put wall as support (demo 2026-11-20 before edtrade3: QQQ's $640 call wall, SPY's
    $700 and $675 walls and IWM's $250 call wall were only named in the analysis)."""
    options, close = case.snapshot.options, case.snapshot.close
    if options is None:
        return 0
    walls = [w for w, above in ((options.call_wall, True), (options.put_wall, False))
             if w is not None and (w > close if above else w < close)]
    spans = [(row.low, row.high if row.high is not None else row.low) for row in case.article.key_levels]
    return sum(not any(low - 0.005 <= wall <= high + 0.005 for low, high in spans) for wall in walls)


def walls_merged_unnamed(case: Case) -> int:
    """Walls a levels-table row holds whose note does not name them ('range bottom, 2.58% below the
    close; 2 touches' over the put wall)."""
    options, close = case.snapshot.options, case.snapshot.close
    if options is None:
        return 0
    count = 0
    for wall, above, name in ((options.call_wall, True, "call wall"), (options.put_wall, False, "put wall")):
        if wall is None or (wall > close) != above:
            continue
        rows = [row for row in case.article.key_levels
                if row.low - 0.005 <= wall <= (row.high if row.high is not None else row.low) + 0.005]
        count += bool(rows) and not any(name in row.note for row in rows)
    return count


_APART = re.compile(r"\bwent the other way\b|\bbucked\b|\bwhile (?:its|their) peers\b|"
                    r"\bas the rest of the market (?:rose|fell)\b", re.IGNORECASE)
_FLAT_PCT = 0.05


def _way(change: float) -> int:
    return 0 if abs(change) < _FLAT_PCT else 1 if change > 0 else -1


def apart_claims_unheld(case: Case) -> int:
    """1 when the analysis says the instrument went against its peers and one of its peers or its
    benchmark went its way or stayed flat."""
    if not any(_APART.search(paragraph) for paragraph in case.article.analysis):
        return 0
    own = _way(case.snapshot.returns.change_1d_pct)
    others = [m.change_1d_pct for m in case.snapshot.related
              if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    return int(own == 0 or any(_way(change) != -own for change in others))


def walls_on_the_way(case: Case, entry: float, target: float, direction: str) -> list[float]:
    """The options walls strictly between a setup's entry and its target on its side: the call wall
    for a long, the put wall for a short."""
    options = case.snapshot.options
    if options is None:
        return []
    wall = options.call_wall if direction == "long" else options.put_wall
    if wall is None:
        return []
    low, high = sorted((entry, target))
    return [wall] if low + 0.005 < wall < high - 0.005 else []


def story_setups(case: Case) -> tuple[set[float], list[TradeSetup]]:
    """What the take and the short-term row say (every dollar figure of the two) and the setups the
    story names: the shown ones, and the pending ones whose target figure the take or the row quotes."""
    row = case.article.final_call[0].reasoning if case.article.final_call else ""
    said = prices(case.article.take) | prices(row)
    return said, list(case.article.setups) + [p for p in case.snapshot.pending_setups
                                              if round(p.target, 2) in said]


def target_past_wall_unnamed(case: Case) -> int:
    """Setups aiming past an options wall that neither the take nor the short-term row names
    (story_setups)."""
    said, setups = story_setups(case)
    count = 0
    for setup in setups:
        walls = walls_on_the_way(case, setup.entry, setup.target, setup.direction)
        count += any(round(wall, 2) not in said for wall in walls)
    return count


_TRIGGER_AT = re.compile(r"\bclose (?:back )?(?:above|below|over|under)\b[^$.;]*?\$(\d[\d,]*(?:\.\d+)?)",
                         re.IGNORECASE)
_NEXT_AT = re.compile(r"\bnext\b[^$.]*?\$(\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


def _first(pattern: re.Pattern[str], bullets: Sequence[str]) -> float | None:
    found = next((m for b in bullets for m in [pattern.search(b)] if m), None)
    return None if found is None else round(float(found.group(1).replace(",", "")), 2)


def scenario_next_skips_level(case: Case) -> int:
    """Cases whose 'next' level lies past a tradable levels-table row between the trigger and it
    that no bullet of the case quotes."""
    count = 0
    for bullets in (case.article.bull_case, case.article.bear_case):
        trigger, after = _first(_TRIGGER_AT, bullets), _first(_NEXT_AT, bullets)
        if trigger is None or after is None:
            continue
        low, high = sorted((trigger, after))
        quoted = set().union(*(prices(b) for b in bullets))
        between = [row for row in case.article.key_levels if row.kind in _TRADABLE_ROWS
                   and any(low + 0.005 < f < high - 0.005 for f in row_figures(row))
                   and not row_figures(row) & quoted]
        count += bool(between)
    return count


_ON_THE_WAY = (LevelKind.RESISTANCE, LevelKind.SUPPORT, LevelKind.MOVING_AVERAGE)


def levels_on_the_way(case: Case, entry: float, target: float) -> list[KeyLevel]:
    """The tested levels (not walls, not untested round numbers) whose figure lies strictly between a
    setup's entry and its target (a zone by either edge)."""
    low, high = sorted((entry, target))
    found = []
    for level in case.snapshot.levels:
        if level.kind not in _ON_THE_WAY or is_wall(level) or is_bare_round(level):
            continue
        edges = [level.zone_low, level.zone_high] if level.zone_low is not None else [level.price]
        if any(e is not None and low + 0.005 < e < high - 0.005 for e in edges):
            found.append(level)
    return found


def level_figures(level: KeyLevel) -> set[float]:
    return {round(v, 2) for v in (level.price, level.zone_low, level.zone_high) if v is not None}


def target_past_level_unnamed(case: Case) -> int:
    """Setups whose first tested level on the way to the target neither the take nor the short-term row
    names (story_setups)."""
    said, setups = story_setups(case)
    count = 0
    for setup in setups:
        on_the_way = sorted(levels_on_the_way(case, setup.entry, setup.target),
                            key=lambda lv: min(abs(f - setup.entry) for f in level_figures(lv)))
        count += bool(on_the_way) and not level_figures(on_the_way[0]) & said
    return count


_MANAGED = re.compile(r"\bstop\b[^.;]{0,30}\bto the entry\b|\bstop at the entry\b|\bpart off\b|\btrim\b",
                      re.IGNORECASE)


def target_past_stop_unmanaged(case: Case) -> int:
    """Setups (story_setups) with an options wall or a tested level between entry and target whose take
    says nothing of what to do there: no part taken off, no stop moved to the entry (demo QQQ
    2026-11-20 before edsetup3: 'Before the target, the trade has to get through the swing high at
    $632.37, then the call wall at $640.00', and nothing after)."""
    _, setups = story_setups(case)
    managed = bool(_MANAGED.search(case.article.take))
    return sum(not managed and bool(walls_on_the_way(case, s.entry, s.target, s.direction)
                                    or levels_on_the_way(case, s.entry, s.target)) for s in setups)


_FIGURE = r"\$(\d[\d,]*(?:\.\d+)?)"
_TARGET_BEFORE = re.compile(r"\b(?:aim(?:s|ing)? (?:back )?at|toward|out at|then(?: back to)?)\s+"
                            + _FIGURE, re.IGNORECASE)
_TARGET_AFTER = re.compile(_FIGURE + r"(?:,[^,.;]{0,40},)? (?:is|would be) (?:the (?:objective|target)|"
                           r"where it aims|in play)|" + _FIGURE + r"(?: after\b| the (?:objective|target)\b)",
                           re.IGNORECASE)


def target_figures(text: str) -> set[float]:
    """The figures `text` quotes as where a trade aims ('aiming at $729.80', 'out at $710.97', '$649.31
    is where it aims', 'toward $714.51', 'then $484.25', '$287.58 after', 'with $302.72 the target')."""
    found = [m.group(1) for m in _TARGET_BEFORE.finditer(text)]
    found += [g for m in _TARGET_AFTER.finditer(text) for g in m.groups() if g]
    return {round(float(f.replace(",", "")), 2) for f in found}


def take_target_not_in_setups(case: Case) -> int:
    """1 when the take or the short-term row quotes a target no shown or pending setup carries, or
    the take quotes a shown setup's entry without its target: one trade, two objectives."""
    row = case.article.final_call[0].reasoning if case.article.final_call else ""
    targets = {round(s.target, 2) for s in [*case.article.setups, *case.snapshot.pending_setups]}
    stray = (target_figures(case.article.take) | target_figures(row)) - targets
    take = prices(case.article.take)
    unaimed = any(round(s.entry, 2) in take and round(s.target, 2) not in take for s in case.article.setups)
    return int(bool(stray) or unaimed)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z$])")
_AGAINST = re.compile(r"\bback\b|\bhold up\b|\bargues\b|\bcuts against\b|\bcase against\b", re.IGNORECASE)


def take_wrong_past_entry(case: Case) -> int:
    """1 when the take's view is wrong (or held) at a line the shown setup of the call's side enters
    beyond: a long buying under the level the take says the bullish view needs (real DIA 2026-04-09
    before edsetup2: 'Our read stays bullish as long as $479.16 holds' over a long in at $470.38);
    the view is already wrong where the trade starts. A session against the trend ('the buyers need
    $277.88 back') names a level to regain, not the line."""
    if not case.article.final_call:
        return 0
    direction = {"bullish": "long", "bearish": "short"}.get(case.article.final_call[0].bias.value.lower())
    setup = next((s for s in case.article.setups if s.direction == direction), None)
    if setup is None:
        return 0
    stance = [s for s in _SENTENCE.split(case.article.take) if take_stance(s) and not _AGAINST.search(s)]
    lines = set().union(*(prices(s) for s in stance)) if stance else set()
    if not lines:
        return 0
    long = direction == "long"
    return int(max(lines) > setup.entry + 0.005 if long else min(lines) < setup.entry - 0.005)


def target_past_levels_unnamed(case: Case) -> int:
    """Setups (story_setups) with a tested level on the way to the target, any one of them, that the
    take and the short-term row never name: a fade across the range meets each level in between, not
    only the first (real SPY 2026-02-06 before edsetup4: a long from $676.57 to $695.49 naming the
    $679.82 swing low, not the 50-day zone at $684.96-$686.53 past it)."""
    said, setups = story_setups(case)
    return sum(any(not level_figures(lv) & said for lv in levels_on_the_way(case, s.entry, s.target))
               for s in setups)


def setup_stop_inside_zone(case: Case) -> int:
    """Shown setups whose stop lies inside (or on the edge of, to the cent) a key level's figures: a
    stop a trader would put beyond the level sits where the level's own buyers (sellers) defend, so a
    test of the level takes the trade out (real DIA 2026-04-09: a long in at $470.38 with its stop at
    $464.87 inside the $464.86-$467.00 swing zone)."""
    count = 0
    for setup in case.article.setups:
        stop = round(setup.stop, 2)
        count += any(min(level_figures(lv)) - 0.005 <= stop <= max(level_figures(lv)) + 0.005
                     for lv in case.snapshot.levels if lv.kind != LevelKind.CURRENT)
    return count


def trade_story(cases: Sequence[Case]) -> dict[str, float | None]:
    return {"levels_untested_offered": float(sum(levels_untested_offered(c) for c in cases)),
            "scenario_first_level_unnamed": float(sum(scenario_first_level_unnamed(c) for c in cases)),
            "story_bias_disagree": float(sum(story_bias_disagree(c) for c in cases)),
            "story_trigger_disagree": float(sum(story_trigger_disagree(c) for c in cases)),
            "option_walls_off_table": float(sum(option_walls_off_table(c) for c in cases)),
            "walls_merged_unnamed": float(sum(walls_merged_unnamed(c) for c in cases)),
            "apart_claims_unheld": float(sum(apart_claims_unheld(c) for c in cases)),
            "target_past_wall_unnamed": float(sum(target_past_wall_unnamed(c) for c in cases)),
            "scenario_next_skips_level": float(sum(scenario_next_skips_level(c) for c in cases)),
            "target_past_level_unnamed": float(sum(target_past_level_unnamed(c) for c in cases)),
            "take_target_not_in_setups": float(sum(take_target_not_in_setups(c) for c in cases)),
            "take_wrong_past_entry": float(sum(take_wrong_past_entry(c) for c in cases)),
            "target_past_stop_unmanaged": float(sum(target_past_stop_unmanaged(c) for c in cases)),
            "setup_stop_inside_zone": float(sum(setup_stop_inside_zone(c) for c in cases)),
            "target_past_levels_unnamed": float(sum(target_past_levels_unnamed(c) for c in cases))}
