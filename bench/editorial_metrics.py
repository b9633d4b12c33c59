"""The editorial figures over a set of written articles (pure: cases in, numbers out).

`measure(cases, settings)` returns one flat dict of figures; bench/editorial.py
prints it and tests/test_editorial_floors.py holds it to pinned floors.
Shares are fractions in 0..1; None where nothing was there to measure.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from editorial_analysis import analysis_reading
from editorial_cases import Case
from editorial_events import mean_true_range, measured_events, top_kinds
from editorial_lead import lead_figures
from editorial_levels import level_figures
from editorial_news_reading import news_reading_figures
from editorial_prose import prose_figures
from editorial_ranges import figures_per_edge, strays
from editorial_story import story_figures
from editorial_text import (
    angle_positions,
    headline_angles,
    mask,
    masked_set,
    name_pattern,
    recurring_share,
    shared_run_share,
    shared_share,
)
from editorial_text import (
    sentences as split_sentences,
)
from editorial_trade import trade_story

from pipeline.angles import AngleKind, rank_angles
from pipeline.config import Settings
from pipeline.contracts import Bias, KeyLevel, Severity, Snapshot, TradeSetup
from pipeline.indicators.setups import (
    DIRECTIONS,
    RULES,
    TARGET_MIN_ATR,
    Market,
    is_bare_round,
    is_wall,
    setup_misses,
    trend_block,
)
from pipeline.stories import echoes
from pipeline.writers.dek import told_figures
from pipeline.writers.phrases import phrase_words, repeated_phrases
from pipeline.writers.source_numbers import first_cited

_PRICE = r"\$(\d[\d,]*(?:\.\d+)?)"
_TRIGGER = re.compile(r"\b(?:close|break|push|move|hold)s?\s+(above|below|over|under)\s+[^$.]*?" + _PRICE,
                      re.IGNORECASE)
_NEXT = re.compile(r"\bnext\b[^$.]*?" + _PRICE, re.IGNORECASE)
_MACD_CROSS = re.compile(r"macd[^.]*\bcross\w*[^.]*\b(above|below)\b", re.IGNORECASE)
_RECLAIM_50 = re.compile(r"\b(?:reclaim\w*|regain\w*|back above|close (?:back )?(?:above|over))\b[^.]*50-day",
                         re.IGNORECASE)
_LOSE_50 = re.compile(r"\b(?:los\w+|slip\w* below|break\w* below|fall\w* below|close (?:below|under))\b"
                      r"[^.]*50-day", re.IGNORECASE)
_MET = re.compile(r"\balready\b|\bhas (?:crossed|reclaimed|lost)\b", re.IGNORECASE)
TARGET_AT_LEVEL_ATR = 0.15
NEXT_ZONE_ATR = 0.25  # pipeline.indicators.levels.ZONE_ATR_MULTIPLE: closer levels are one zone


def _price(text: str) -> float:
    return float(text.replace(",", ""))


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# -- sameness ----------------------------------------------------------------
def sameness(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    names = name_pattern(settings)
    masked = {(c.source, c.snapshot.symbol, c.snapshot.session): masked_set(c.article, names)
              for c in cases}
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for (source, _symbol, session), sentences in masked.items():
        by_day[(source, session)].append(sentences)
    same_day = shared_share(group for group in by_day.values() if len(group) > 1)
    same_day_runs = shared_run_share(group for group in by_day.values() if len(group) > 1)
    pairs = [(masked[(c.source, c.snapshot.symbol, prev)], masked[(c.source, c.snapshot.symbol,
                                                                   c.snapshot.session)])
             for c in cases if (prev := _previous_session(c)) is not None
             and (c.source, c.snapshot.symbol, prev) in masked]
    consecutive = recurring_share(pairs)
    return {"same_day_shared": share(*same_day), "same_day_shared_runs": share(*same_day_runs),
            "consecutive_shared": share(*consecutive),
            "consecutive_pairs": float(len(pairs)),
            "openings_on_price": float(sum(opens_on_price(c) for c in cases))}


def opens_on_price(case: Case) -> bool:
    """The analysis opens on the day's price sentence (the close figure in its first sentence)
    although the session had a story to lead with (its top angle is not a drift): the skeleton
    every same-day article shares when the opening does not follow the event that leads."""
    first = split_sentences(case.article.analysis[0])[0] if case.article.analysis else ""
    top = rank_angles(case.snapshot, case.news)[0]
    return top.kind != AngleKind.DRIFT and f"${case.snapshot.close:,.2f}" in first


def _previous_session(case: Case) -> date | None:
    bars = case.bars.bars if case.bars is not None else []
    return bars[-2].session if len(bars) >= 2 else None


# -- headlines -----------------------------------------------------------------
def headlines(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    names = name_pattern(settings)
    frames = Counter(mask(c.article.headline, names) for c in cases)
    measured = sum(case.bars is not None for case in cases)
    matched = measured - sum(headline_misses(case) for case in cases)
    market = [c for c in cases if market_wide(c)]
    return {"headline_frames": float(len(frames)),
            "headline_top_frame_share": share(max(frames.values(), default=0), len(cases)),
            "headline_angle_match": share(matched, measured),
            "market_day_articles": float(len(market)),
            "market_day_relative_led_headlines": float(sum(relative_led(c.article.headline) for c in market)),
            "move_headlines_vix_unnamed": float(sum(move_vix_unnamed(c) for c in cases)),
            "headline_names_driver_share": share(sum(names_driver(c.article.headline) for c in cases),
                                                 len(cases)),
            "big_move_headline_without_figure": float(sum(big_move_unfigured(c) for c in cases)),
            "dek_repeats_headline": float(sum(dek_repeats_headline(c.article.headline, c.article.dek)
                                              for c in cases))}


_PCT_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?%")
_VOLUME_WORDS = re.compile(r"\b(?:volume|heavy|turnover)\b", re.IGNORECASE)


def dek_repeats_headline(headline: str, dek: str) -> bool:
    """The dek says again what the headline said: a percentage the headline gives (the day's move,
    the VIX's), a price (the close, a record close, a level), a count of sessions, days or weeks
    (a streak, a range's length), or the heavy volume it names; the dek should add the level or
    the risk instead (real IWM before editorial13b: headline '... 6 Sessions in a Row', dek '...
    6 sessions running')."""
    if set(_PCT_FIGURE.findall(headline)) & set(_PCT_FIGURE.findall(dek)):
        return True
    if told_figures(headline) & told_figures(dek):
        return True
    return bool(_VOLUME_WORDS.search(headline)) and bool(_VOLUME_WORDS.search(dek))


BIG_MOVE_ATR = 1.5


def big_move_unfigured(case: Case) -> bool:
    """A move of 1.5 ATRs or more (the move angle's size: ATRs, or the z-score's share) whose
    headline leaves out its figure: under a driver, a volume surge or a record, the day's size is
    still the news."""
    move = next((a for a in rank_angles(case.snapshot, case.news) if a.kind == AngleKind.MOVE), None)
    if move is None or move.score < BIG_MOVE_ATR:
        return False
    return f"{abs(case.snapshot.returns.change_1d_pct):.2f}%" not in case.article.headline


_DRIVER_WORDS = re.compile(r"\byields?\b", re.IGNORECASE)


def names_driver(headline: str) -> bool:
    """The headline names the day's driver from the news (the Treasury yield move the analysis
    opens with, angles.with_driver); real sessions have no news, so none of theirs does."""
    return _DRIVER_WORDS.search(headline) is not None


FEAR_VIX_PCT = 20.0
VIX_SWING_PCT = 15.0


def move_vix_unnamed(case: Case) -> bool:
    """A headline telling only the day's move on a day the VIX moved 15%+ the other way (fear on a
    fall, relief on a rally) that leaves the VIX out of both the headline and the dek."""
    vix = next((m for m in case.snapshot.related if m.kind == "volatility"), None)
    move = case.snapshot.returns.change_1d_pct
    if vix is None or abs(vix.change_1d_pct) < VIX_SWING_PCT or vix.change_1d_pct * move >= 0:
        return False
    if headline_angles(case.article.headline) - {"vix"} != {"move"}:
        return False
    return "VIX" not in case.article.headline + case.article.dek


def market_wide(case: Case) -> bool:
    """A market-wide day, from the bars and the peers' day changes: the VIX up 20%+, or a broad
    selloff (the instrument down 1 ATR+ of its own bars, every peer down at least that ATR %)."""
    s = case.snapshot
    if any(m.kind == "volatility" and m.change_1d_pct >= FEAR_VIX_PCT for m in s.related):
        return True
    bars = case.bars.bars if case.bars is not None else []
    if len(bars) < 16:
        return False
    atr = mean_true_range(bars[:-1])
    atr_pct = atr / bars[-2].close * 100
    peers = [m for m in s.related if m.kind != "volatility" and m.role.value in ("peer", "benchmark")]
    fell = bars[-1].close - bars[-2].close <= -atr
    return bool(peers) and fell and all(m.change_1d_pct <= -atr_pct for m in peers)


def relative_led(headline: str) -> bool:
    """A headline telling a relative fact (a peer, a benchmark) ahead of the fall or the fear, or
    without them."""
    at = angle_positions(headline)
    market = [at[k] for k in ("move", "vix") if k in at]
    return "divergence" in at and (not market or at["divergence"] < min(market))


def headline_misses(case: Case) -> bool:
    """The headline's angles do not include the biggest measured event."""
    if case.bars is None:
        return False
    return not headline_angles(case.article.headline) & top_kinds(measured_events(case.bars, case.snapshot))


def event_rows(case: Case) -> tuple[str, str, str]:
    """(headline angles, biggest measured event(s), the top event's note) for the printed table."""
    events = measured_events(case.bars, case.snapshot) if case.bars is not None else []
    return (",".join(sorted(headline_angles(case.article.headline))) or "-",
            ",".join(sorted(top_kinds(events))), events[0].note if events else "")


# -- setups --------------------------------------------------------------------
def setups(cases: Sequence[Case]) -> dict[str, float | None]:
    stops, ratios, at_level, at_next = [], [], 0, 0
    for case in cases:
        atr = case.snapshot.volatility.atr_14 or 0.0
        if atr <= 0:
            continue
        for setup in case.article.setups:
            stops.append(abs(setup.entry - setup.stop) / atr)
            ratios.append(setup.reward_risk)
            # a measured move of the range is the other real target
            # so is an ATR multiple when no level lies beyond the break (a record)
            measured = getattr(setup, "target_basis", None) in ("measured_move", "atr_multiple")
            at_level += measured or _target_at_level(setup.target, case.snapshot, atr)
            at_next += _target_at_next_level(setup, case.snapshot, atr)
    n = len(stops)
    bare = sum(long_breakout_at_bare_round(c) for c in cases)
    return {"setups": float(n),
            "long_breakouts_at_bare_round": float(bare),
            "setup_stop_atr_median": round(statistics.median(stops), 3) if stops else None,
            "setup_stop_atr_max": round(max(stops), 3) if stops else None,
            "setup_stop_within_2_5_atr": share(sum(s <= 2.5 for s in stops), n),
            "setup_rr_min": min(ratios) if ratios else None,
            "setup_rr_median": statistics.median(ratios) if ratios else None,
            "setup_rr_max": max(ratios) if ratios else None,
            "setup_rr_exactly_2": share(sum(abs(r - 2.0) < 1e-9 for r in ratios), n),
            "setup_target_at_level": share(at_level, n),
            "setup_target_at_next_level": share(at_next, n)}


def long_breakout_at_bare_round(case: Case) -> int:
    """Long breakouts (shown, or pending in the call) entering at a bare round number at or above
    the record close: a level nothing has tested, where a new record close (the record plus a
    buffer) is the level a trader would name."""
    s = case.snapshot
    bare = {round(lv.price, 2) for lv in s.levels if is_bare_round(lv)
            and lv.price >= s.extremes.all_time_high - 0.005}
    return sum(t.direction == "long" and t.style == "breakout" and round(t.entry, 2) in bare
               for t in [*case.article.setups, *s.pending_setups])


def _target_at_level(target: float, snapshot: Snapshot, atr: float) -> bool:
    """The target sits on a key level (its price or inside its zone), within 0.15 ATR."""
    for level in snapshot.levels:
        low = level.zone_low if level.zone_low is not None else level.price
        high = level.zone_high if level.zone_high is not None else level.price
        if low - TARGET_AT_LEVEL_ATR * atr <= target <= high + TARGET_AT_LEVEL_ATR * atr:
            return True
    return False


def _target_at_next_level(setup: TradeSetup, snapshot: Snapshot, atr: float) -> bool:
    """The target is the first key level beyond the entry, not one further. Levels within half an
    ATR of the entry, levels on the near side of the close (a long's target lies above it: the
    desk's `RULES.target_past_close_atr`) and bare round numbers nothing has tested are no targets
    (the setup engine's rule, pipeline/indicators/setups.py), so they are not counted as skipped.

    A measured move of the range passes when no key level lies before it (it skips none): with no
    level beyond the entry at all (a breakout to a record), it is the only real target. An options
    wall that would not pay for the setup's risk is passed, not skipped (the setup engine's
    paying_target: a wall is positioning a move can run through, demo QQQ 2026-11-20's $640 call
    wall under a $649.31 measured move)."""
    up, past = setup.direction == "long", RULES.target_past_close_atr
    sign = 1 if up else -1
    risk = abs(setup.entry - setup.stop)
    beyond = sorted((lv for lv in snapshot.levels
                     if (_edge(lv, up) - setup.entry) * sign >= TARGET_MIN_ATR * atr
                     and (past is None or (_edge(lv, up) - snapshot.close) * sign >= past * atr)
                     and not is_bare_round(lv)
                     and not (is_wall(lv) and risk and abs(_edge(lv, up) - setup.entry) / risk
                              < RULES.reward_risk_floor(setup.style, setup.direction))),
                    key=lambda lv: abs(lv.price - setup.entry))
    if getattr(setup, "target_basis", None) in ("measured_move", "atr_multiple"):
        return not beyond or abs(beyond[0].price - setup.entry) >= abs(setup.target - setup.entry) - \
            TARGET_AT_LEVEL_ATR * atr
    if not beyond:
        return False
    level = beyond[0]
    low = level.zone_low if level.zone_low is not None else level.price
    high = level.zone_high if level.zone_high is not None else level.price
    return low - TARGET_AT_LEVEL_ATR * atr <= setup.target <= high + TARGET_AT_LEVEL_ATR * atr


def _edge(level: KeyLevel, up: bool) -> float:
    """The edge a move up (down) reaches first: the zone's bottom (top)."""
    low = level.zone_low if level.zone_low is not None else level.price
    high = level.zone_high if level.zone_high is not None else level.price
    return low if up else high


# -- setup coverage ----------------------------------------------------------------
_WANTED = {Bias.BULLISH: ("long",), Bias.BEARISH: ("short",)}


def short_term_bias(case: Case) -> Bias:
    return case.article.final_call[0].bias if case.article.final_call else Bias.NEUTRAL


def setup_coverage(cases: Sequence[Case]) -> dict[str, float | None]:
    """The share of articles showing a setup that agrees with the short-term bias (the articles
    show only those), and how often a side placed a setup whose geometry failed."""
    shown = sum(bool(case.article.setups) for case in cases)
    told = in_take = 0
    without = [case for case in cases if not case.article.setups and short_term_bias(case) in _WANTED]
    for case in without:  # the final call names what would create the missing setup
        clause = "".join(case.article.final_call[0].reasoning.split(";")[1:])
        told += "$" in clause
    neutral = [case for case in cases if not case.article.setups and case.article.final_call
               and short_term_bias(case) == Bias.NEUTRAL]
    neutral_told = sum("$" in "".join(c.article.final_call[0].reasoning.split(";")[1:]) for c in neutral)
    planned = 0
    for case in cases:
        level = _trade_level(case)
        if level is not None:
            planned += 1
            in_take += f"${level:,.2f}" in case.article.take
    return {"setup_agreeing_share": share(shown, len(cases)),
            "no_setup_names_condition_share": share(told, len(without)),
            "neutral_no_setup_names_condition_share": share(neutral_told, len(neutral)),
            "take_names_setup_level_share": share(in_take, planned),
            "setup_target_behind_close_unsaid": float(sum(setup_target_behind_close_unsaid(c)
                                                          for c in cases)),
            "setup_target_near_close_unsaid": float(sum(setup_target_near_close_unsaid(c)
                                                        for c in cases)),
            "lean_without_trade_unsaid": float(sum(lean_without_trade_unsaid(c) for c in cases)),
            "lean_trigger_unsaid": float(sum(lean_trigger_unsaid(c) for c in cases)),
            "lean_other_way_trade_unsaid": float(sum(lean_other_way_trade_unsaid(c) for c in cases)),
            "final_call_average_unnamed": float(sum(final_call_average_unnamed(c) for c in cases)),
            "zone_split_figures": float(sum(zone_split_figures(c) for c in cases)),
            "zone_average_unnamed": float(sum(zone_average_unnamed(c) for c in cases)),
            "range_top_record_unsaid": float(sum(range_top_record_unsaid(c) for c in cases)),
            "range_top_record_header_unsaid": float(sum(range_top_record_header_unsaid(c)
                                                        for c in cases)),
            "final_call_zone_spans": float(sum(final_call_zone_spans(c) for c in cases)),
            "level_figures_off_table": float(sum(level_figures_off_table(c) for c in cases)),
            "filtered_side_offered": float(sum(len(filtered_sides_offered(c)) for c in cases)),
            "take_setup_disagree": float(sum(take_setup_disagree(c) for c in cases)),
            "take_phrase_repeated": float(sum(bool(repeated_phrases(c.article.take)) for c in cases)),
            "take_repeats_final_call": float(sum(take_repeats_final_call(c) for c in cases)),
            "final_call_row_words_max": float(max((final_call_row_words(c) for c in cases), default=0))}


def final_call_row_words(case: Case) -> int:
    """The longest final-call row's reasoning, in words: a table cell an editor cuts past a sentence's
    length (demo IWM 2026-11-20 before editorial14a, 50 words: 'Pulse 56/100 and the 25-session
    closing range still holding; both sides stay out: longs wait for the 200-day to rise, shorts
    for price to fall under it; a close above $249.95 (the top of the range-top zone) or below
    $241.00 ends the range but starts no trade')."""
    return max((len(row.reasoning.split()) for row in case.article.final_call), default=0)


_CLAUSE = re.compile(r"[.;:,()]")
FINAL_CALL_RUN = 5


def take_repeats_final_call(case: Case) -> int:
    """1 when the take says a run of five words (figures as one word, inside one clause) that a
    final-call row says too: the take should give the view, its level and what would change it in
    its own words, not re-read the table (real IWM 2026-02-06: 'an ATR above the record close' in
    both)."""
    def runs(text: str) -> set[tuple[str, ...]]:
        found: set[tuple[str, ...]] = set()
        for clause in _CLAUSE.split(text):
            words = phrase_words(clause)
            found |= {tuple(words[i:i + FINAL_CALL_RUN]) for i in range(len(words) - FINAL_CALL_RUN + 1)}
        return found
    rows = set().union(*(runs(row.reasoning) for row in case.article.final_call)) if case.article.final_call \
        else set()
    return int(bool(runs(case.article.take) & rows))


def take_setup_disagree(case: Case) -> int:
    """Shown setups that trade away from the level the take points at: the take's first sentence
    names a level past the close on the setup's side (a long's: above it), while the setup enters
    behind the close (a dip to buy) and takes profit short of that level. Demo QQQ 2026-11-20 before
    editorial13b: 'Everything now points at $629.76, the record close' over a long that buys
    $610.35 and sells $626.99."""
    first = split_sentences(case.article.take)[0] if case.article.take else ""
    close, atr = case.snapshot.close, case.snapshot.volatility.atr_14 or 0.0
    figures = [_near_edge(found, close) for found in re.findall(_PRICE_OR_ZONE, first)]
    count = 0
    for setup in case.article.setups:
        sign = 1 if setup.direction == "long" else -1
        ahead = [p for p in figures if sign * (p - close) > 0]
        if ahead and sign * (setup.entry - close) < 0 \
                and sign * (setup.target - ahead[0]) < -TARGET_AT_LEVEL_ATR * atr:
            count += 1
    return count


_PRICE_OR_ZONE = _PRICE + r"(?:\s*[–-]\s*" + _PRICE + ")?"


def _near_edge(found: tuple[str, str], close: float) -> float:
    """A figure, or a zone's edge nearest the close ('$176.99–$178.31' under a close at $181: the
    zone begins at $178.31, so a target there is at the level, not short of it; news day 2022-09-13
    IWM before edtrade46 read its far edge)."""
    edges = [_price(edge) for edge in found if edge]
    return min(edges, key=lambda edge: abs(edge - close))


def offers(text: str, direction: str, market: Market) -> bool:
    """`text` offers a `direction` trade the trend filter forbids: the side's own close condition
    ('a short needs a close below $241.00 first') at a level whose close would still leave the side
    filtered, a setup a close would create ('a close above $X would set up a breakout long'), or a
    setup waiting on its trigger ('the long setup waits for ...').

    A condition whose close lets the side in (a long's close above a rising 200-day average) is a
    real condition, not an advert."""
    for pattern in _OFFERS:
        for found in re.finditer(pattern.format(dir=direction), text, re.IGNORECASE):
            price = re.match(_CONDITION_PRICE, text[found.end():])
            if price is None:
                return True
            beyond = _price(price.group(1)) + (CENT if direction == "long" else -CENT)
            if trend_block(direction, replace(market, close=beyond)) is not None:  # type: ignore[arg-type]
                return True
    return False


CENT = 0.01
"""A close 'above $594.41' is one at $594.42 or higher: the printed figure is rounded to the cent
(real QQQ 2026-03-31's 200-day is $594.4145, so a close a tenth of a cent over the figure would
still sit under the average, and the bench read a sound long condition as an advert)."""
_CONDITION_PRICE = r"\s*(?:the 200-day(?: average)?,? (?:at )?\(?)?" + _PRICE
"""The figure a close condition names: bare ('a close above $594.41') or after the 200-day it is
('a close below the 200-day average at $550.53')."""
_OFFERS = (r"\b(?:an?|the) {dir}s? (?:setup |trade )?(?:needs|wants|requires|waits for) (?:a |the )?"
           r"(?:daily )?close (?:above|below|over|under)",
           r"\bwould (?:set up|trigger|open|start) an? (?:\w+ ){{0,2}}?{dir}\b",
           r"\b{dir} (?:setup|trade) (?:waits for|comes with)\b",
           r"\bplan: an? {dir} on\b")


def filtered_sides_offered(case: Case) -> list[str]:
    """The sides the desk's trend filter keeps out (`indicators.setups.trend_block`: price on the
    wrong side of the 200-day average, or the average sloping against the side) that the short-term
    final call or the take still offers as a trade: the call advertises a setup the desk's own
    rules forbid (demo IWM: 'a short needs a close below $241.00 first' above its 200-day)."""
    market = Market.of(case.snapshot)
    if market is None or not case.article.final_call:
        return []
    said = case.article.final_call[0].reasoning + " " + case.article.take
    return [d for d in DIRECTIONS if trend_block(d, market) is not None and offers(said, d, market)]


_SAYS_DIP = re.compile(r"\bdip\b|\bbounce\b|today's close|session ended", re.IGNORECASE)


def setup_target_behind_close_unsaid(case: Case) -> int:
    """Shown setups aiming behind today's close (a long's target under it) whose take sentence does
    not say so (a dip to buy, a bounce to sell): read bare, such a target calls the other way."""
    close = case.snapshot.close
    said = " ".join(s for s in split_sentences(case.article.take) if "setup" in s.lower())
    return sum((s.target < close if s.direction == "long" else s.target > close)
               and not _SAYS_DIP.search(said) for s in case.article.setups)


_SAYS_NEAR_CLOSE = re.compile(r"today's close|session closed|price ended|round trip", re.IGNORECASE)
TARGET_NEAR_CLOSE_ATR = 0.5


def setup_target_near_close_unsaid(case: Case) -> int:
    """Shown fades and pullbacks entered away from the close whose target lies within half an ATR
    past it (a long's just above it) and whose take sentence does not say so: the trade pays only
    on a round trip back to about today's close, which read bare looks like a real objective."""
    atr, close = case.snapshot.volatility.atr_14, case.snapshot.close
    if atr is None:
        return 0
    said = " ".join(s for s in split_sentences(case.article.take) if "setup" in s.lower())
    return sum(s.style != "breakout" and 0 <= (s.target - close) * (1 if s.direction == "long" else -1)
               <= TARGET_NEAR_CLOSE_ATR * atr and not _SAYS_NEAR_CLOSE.search(said)
               for s in case.article.setups)


_SAYS_NO_TRADE = re.compile(r"\b(?:no|without an?) (?:long|short)\b|not a trade", re.IGNORECASE)


def lean_without_trade_unsaid(case: Case) -> int:
    """A bullish (bearish) call whose long (short) the trend filter keeps out, and a take that does
    not say the lean is not a trade: 'we side with the buyers' beside 'the long side stands aside'."""
    direction = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(case.article.bias)
    market = Market.of(case.snapshot)
    if direction is None or market is None or not case.article.final_call \
            or trend_block(direction, market) is None:
        return 0
    return int(not _SAYS_NO_TRADE.search(case.article.take))


def lean_other_way_trade_unsaid(case: Case) -> int:
    """1 when a bullish (bearish) short-term call has no long (short) because the trend filter keeps
    that side out, while the desk's rules place a setup the other way (not shown: shown setups agree
    with the call), and no sentence of the take names that setup (its side and its entry): the
    article leans one way with no plan while the desk has one, the other way (real QQQ 2026-07-29
    before edtrade46: 'Bearish as a lean, with no short on offer' over a long placed on a pullback
    to the 200-day at $644.14)."""
    direction = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(short_term_bias(case))
    market = Market.of(case.snapshot)
    if direction is None or market is None or trend_block(direction, market) is None \
            or any(s.direction == direction for s in case.article.setups):
        return 0
    other = next((s for s in case.snapshot.setups if s.direction != direction), None)
    if other is None:
        return 0
    named = [s for s in split_sentences(case.article.take) if f"${other.entry:,.2f}" in s
             and re.search(rf"\b{other.direction}\b", s, re.IGNORECASE)]
    return int(not named)


def lean_trigger_unsaid(case: Case) -> int:
    """A bullish (bearish) short-term call with no long (short) shown whose take does not say what
    would make the lean a trade: the pending setup's entry when a condition not met yet would create
    one; the 200-day average (its figure, and that the lean is no trade) when the desk's trend
    filter keeps the side out, since what creates the trade is the average turning or price
    crossing it; else, with no level on the chart creating one, at least that the lean is no trade
    (the final call gives the rule the nearest trade failed). Real QQQ 2026-04-08 before
    editorial12b: 'We side with the buyers while closes stay above $588.59' and nothing on why
    there is no long."""
    direction = {Bias.BULLISH: "long", Bias.BEARISH: "short"}.get(short_term_bias(case))
    market = Market.of(case.snapshot)
    if direction is None or market is None or any(s.direction == direction for s in case.article.setups):
        return 0
    take = case.article.take
    pending = next((p for p in case.snapshot.pending_setups if p.direction == direction), None)
    if pending is not None:
        return int(f"${pending.entry:,.2f}" not in take)
    no_trade = _SAYS_NO_TRADE.search(take) is not None
    if trend_block(direction, market) is not None and market.sma_200 is not None:
        return int(not (no_trade and f"${market.sma_200:,.2f}" in take))
    return int(not no_trade)


_CLAUSE_BREAK = re.compile(r"[;:]")


def final_call_average_unnamed(case: Case) -> int:
    """Figures of the 50-day or 200-day average that two final-call rows quote, one of them in a
    clause that does not name the average: the reader sees one level under two roles (real IWM
    2026-08-20 before editorial12b: 'a close below $296.32 would break support' in the short-term
    row, 'above the 50-day at $296.32' in the medium-term one)."""
    rows = [row.reasoning for row in case.article.final_call]
    trend = case.snapshot.trend
    unnamed = 0
    for name, value in (("50-day", trend.sma_50), ("200-day", trend.sma_200)):
        if value is None:
            continue
        figure = f"${value:,.2f}"
        quoting = [row for row in rows if figure in row]
        if len(quoting) < 2:
            continue
        clauses = [c for row in quoting for c in _CLAUSE_BREAK.split(row) if figure in c]
        unnamed += any(name not in clause for clause in clauses)
    return unnamed


_SPAN = re.compile(r"\$(\d[\d,]*\.\d+)\s*[–-]\s*\$(\d[\d,]*\.\d+)")
_EDGE_NAMED = re.compile(r"\$\d[\d,]*\.\d+ \((?:the )?(?:zone (?:top|bottom)|"
                         r"(?:top|bottom) of the [^)]*zone[^)]*)\)")


def zone_split_figures(case: Case) -> int:
    """Swing zones and averages merged into one that the scenarios, the take and the final call name
    by two different figures (one edge here, the other edge or the whole span there): a reader sees
    two levels where the table has one. The setups' entries and targets (and the take's setup
    sentence, or a take sentence or final-call clause quoting a pending setup's entry or target)
    count only when the prose
    never quotes the span: a target at the near edge of a zone
    quoted whole is that zone. An average's own value is its name, not an edge; range edges have
    their own measure (range_edge_figures), a broken edge is quoted by its closing bound. An edge
    said to be one ('$671.20 (zone bottom)', '$662.02 (top of the 200-day zone)', the final call's one
    edge a close must clear) names the zone, not a second level."""
    a = case.article
    take = split_sentences(a.take)
    pending = {round(v, 2) for s in case.snapshot.pending_setups for v in (s.entry, s.target)}

    def trade_sentence(sentence: str) -> bool:  # a setup's, or the pending setup's, entry and target
        return "setup" in sentence or bool({_price(p) for p in re.findall(_PRICE, sentence)} & pending)

    clauses = [clause for r in a.final_call for clause in r.reasoning.split(";")]
    prose = " ".join([*a.bull_case, *a.bear_case, *(s for s in take if not trade_sentence(s)),
                      *(c for c in clauses if not trade_sentence(c))])
    spans = {(_price(lo), _price(hi)) for lo, hi in _SPAN.findall(prose)}
    singles = {_price(p) for p in re.findall(_PRICE, _EDGE_NAMED.sub(" ", _SPAN.sub(" ", prose)))}
    traded = {round(v, 2) for s in a.setups for v in (s.entry, s.target)}
    traded |= {_price(p) for s in [*take, *clauses] if trade_sentence(s) for p in re.findall(_PRICE, s)}
    split = 0
    for lv in case.snapshot.levels:
        if lv.zone_low is None or lv.zone_high is None or lv.source in ("range", "broken_range"):
            continue
        low, high = round(lv.zone_low, 2), round(lv.zone_high, 2)
        own = round(lv.price, 2) if lv.source.startswith("sma") else None
        names = {"span"} if (low, high) in spans else set()
        names |= {edge for edge in (low, high) if edge in singles and edge != own}
        if "span" not in names:
            names |= {edge for edge in (low, high) if edge in traded and edge != own}
        split += len(names) >= 2
    return split


def zone_average_unnamed(case: Case) -> int:
    """Sentences of the scenarios, the take and the final call's clauses that quote a zone built
    round a moving average (its span or an edge) without naming the average: the reader sees 'the
    resistance zone' and not the 200-day inside it."""
    a = case.article
    parts = [*a.bull_case, *a.bear_case, *split_sentences(a.take),
             *(clause for r in a.final_call for clause in r.reasoning.split(";"))]
    unnamed = 0
    for lv in case.snapshot.levels:
        if not lv.source.startswith("sma") or lv.zone_low is None or lv.zone_high is None:
            continue
        edges = {round(lv.zone_low, 2), round(lv.zone_high, 2)} - {round(lv.price, 2)}
        unnamed += sum(any(round(_price(p), 2) in edges for p in re.findall(_PRICE, part))
                       and "-day" not in part for part in parts)
    return unnamed


def range_top_record_unsaid(case: Case) -> int:
    """1 when a tight range's top is the record close and neither headline, dek nor take says
    'record': the box's lid is the highest close on the chart, which is the story of a breakout."""
    s, a = case.snapshot, case.article
    rng = s.range
    if rng is None or not rng.is_tight or round(rng.upper, 2) != round(s.extremes.all_time_high, 2):
        return 0
    return int("record" not in f"{a.headline} {a.dek} {a.take}".lower())


def range_top_record_header_unsaid(case: Case) -> int:
    """1 when a tight range holding the close has the record close for its top, the header (headline
    and dek) tells the range (quotes its top, or the headline's angle is the quiet range) and
    never says 'record': the reader sees a box, not the record lid that a break would make the
    story. A header on another story (a fear day) that leaves the range out is not counted."""
    s, a = case.snapshot, case.article
    rng = s.range
    if rng is None or not rng.is_tight or round(rng.upper, 2) != round(s.extremes.all_time_high, 2) \
            or not rng.lower < s.close < rng.upper:
        return 0
    header = f"{a.headline} {a.dek}"
    tells = f"${rng.upper:,.2f}" in header or "quiet" in headline_angles(a.headline)
    return int(tells and "record" not in header.lower())


def final_call_zone_spans(case: Case) -> int:
    """Final-call clauses quoting a key level's zone as a whole span ('a close below $671.20–$673.95')
    where the one edge a close must clear reads lighter."""
    zones = {(round(lv.zone_low, 2), round(lv.zone_high, 2)) for lv in case.snapshot.levels
             if lv.zone_low is not None and lv.zone_high is not None}
    return sum((_price(lo), _price(hi)) in zones
               for r in case.article.final_call for lo, hi in _SPAN.findall(r.reasoning))


def level_figures_off_table(case: Case) -> int:
    """Key-level zones (swing, average, range) that a setup's entry or target, or a price in the
    scenarios, the take or the final call, names by a figure the levels table prints nowhere for
    it (neither a row's price or span nor a figure in a row's note): the reader looks the level up
    and finds another number ('the swing highs at $623.73 and $627.27' in the table, a target of
    $626.99 in the setup). A setup's stop the take quotes names no level: a stop inside a zone is
    editorial_trade.setup_stop_inside_zone's."""
    a = case.article
    printed = {round(v, 2) for row in a.key_levels for v in (row.low, row.high) if v is not None}
    printed |= {round(_price(p), 2) for row in a.key_levels for p in re.findall(_PRICE, row.note)}
    named = {round(v, 2) for s in a.setups for v in (s.entry, s.target)}
    prose = [*a.bull_case, *a.bear_case, a.take, *(r.reasoning for r in a.final_call)]
    named |= {round(_price(p), 2) for part in prose for p in re.findall(_PRICE, part)}
    t = case.snapshot.trend
    named -= {round(v, 2) for v in (t.sma_20, t.sma_50, t.sma_200) if v is not None}  # named as such
    named -= {round(s.stop, 2) for s in a.setups}  # a stop names no level: setup_stop_inside_zone
    off = 0
    for lv in case.snapshot.levels:
        if lv.zone_low is None or lv.zone_high is None:
            continue
        # a range's closing bound (editorial_ranges) and an average's value (the indicator table)
        # are that level's names too
        own = {round(lv.price, 2)} if lv.source in ("range", "broken_range", *AVERAGE_SOURCES) else set()
        inside = {v for v in named if lv.zone_low - 0.005 <= v <= lv.zone_high + 0.005}
        off += bool(inside - printed - own)
    return off


AVERAGE_SOURCES = ("sma_50", "sma_200")


def _trade_level(case: Case) -> float | None:
    """The entry of the one setup an article shows, or of the pending setup its call waits for."""
    if len(case.article.setups) == 1:
        return case.article.setups[0].entry
    wanted = _WANTED.get(short_term_bias(case))
    if case.article.setups or wanted is None:
        return None
    pending = [p for p in case.snapshot.pending_setups if p.direction == wanted[0]]
    return pending[0].entry if pending else None


def miss_reasons(cases: Sequence[Case]) -> Counter[str]:
    """For each article without a setup: per side it wanted, the styles tried and the rule each
    failed on ('long breakout:reward_risk, fade:reward_risk')."""
    found: Counter[str] = Counter()
    for case in cases:
        market = Market.of(case.snapshot)
        if case.article.setups:
            continue
        if market is None:
            found["no ATR"] += 1
            continue
        for direction in _WANTED.get(short_term_bias(case), ("long", "short")):
            misses = setup_misses(direction, market)
            found[f"{direction} " + ", ".join(f"{m.style}:{m.reason}" for m in misses)] += 1
    return found


def setup_sentences(case: Case) -> set[str]:
    """What an article says about its setups or the lack of one: the short-term final call's setup
    clause and the take's sentences naming a setup, masked."""
    out = set()
    if case.article.final_call:
        reasoning = case.article.final_call[0].reasoning
        out |= {part.strip() for part in reasoning.split(";")[1:] if part.strip()}
    out |= {s for s in split_sentences(case.article.take) if "setup" in s.lower()}
    return out


def setup_sameness(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    """Setup/no-setup sentences found in two or more articles of one session (masked)."""
    names = name_pattern(settings)
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        by_day[(case.source, case.snapshot.session)].append({mask(s, names) for s in setup_sentences(case)})
    shared, total = shared_share(group for group in by_day.values() if len(group) > 1)
    return {"setup_sentences_same_day_shared": share(shared, total),
            "setup_sentences_same_day_repeated": float(shared)}


# -- scenarios -----------------------------------------------------------------
def scenario_violations(case: Case) -> Counter[str]:
    """Scenario-logic faults in one article's bull and bear bullets, by kind."""
    found: Counter[str] = Counter()
    s = case.snapshot
    close = round(s.close, 2)
    for bullets in (case.article.bull_case, case.article.bear_case):
        triggers = set()
        for bullet in bullets:
            for side, price in _TRIGGER.findall(bullet):
                value = round(_price(price), 2)
                triggers.add(value)
                found["trigger_at_close"] += value == close
                if not _MET.search(bullet):
                    above = side.lower() in ("above", "over")
                    found["awaited_close_met"] += (close > value) if above else (close < value)
            found.update(_met_conditions(bullet, s))
        near = NEXT_ZONE_ATR * (s.volatility.atr_14 or 0.0)
        for bullet in bullets:
            nexts = [round(_price(p), 2) for p in _NEXT.findall(bullet)]
            found["next_repeats_trigger"] += sum(p in triggers for p in nexts)
            found["next_inside_trigger_zone"] += sum(p not in triggers and any(abs(p - t) <= near
                                                                              for t in triggers)
                                                     for p in nexts)
    found["trigger_at_close"] += sum(round(x.entry, 2) == close for x in case.article.setups)
    return found


def _met_conditions(bullet: str, s: Snapshot) -> Counter[str]:
    found: Counter[str] = Counter()
    if _MET.search(bullet):
        return found
    macd, signal = s.momentum.macd, s.momentum.macd_signal
    cross = _MACD_CROSS.search(bullet)
    if cross and macd is not None and signal is not None:
        above = cross.group(1).lower() == "above"
        found["awaited_macd_met"] += (macd > signal) if above else (macd < signal)
    sma = s.trend.sma_50
    if sma is not None:
        found["awaited_50day_met"] += bool(_RECLAIM_50.search(bullet)) and s.close > sma
        found["awaited_50day_met"] += bool(_LOSE_50.search(bullet)) and s.close < sma
    return found


_STATED = re.compile(r"\balready\b|\bsits at\b", re.IGNORECASE)


def out_of_order(case: Case) -> int:
    """Cases whose awaited levels are not in the order a move meets them: bear bullets' first prices
    falling, bull bullets' rising (a stated condition, 'already below the 50-day', is not awaited)."""
    bad = 0
    for bullets, sign in ((case.article.bull_case, 1), (case.article.bear_case, -1)):
        prices = [sign * _price(m.group(1)) for b in bullets if not _STATED.search(b)
                  for m in [re.search(_PRICE, b)] if m]
        bad += prices != sorted(prices)
    return bad


_AWAITS_BREAK = {"above": re.compile(r"\bto break out\b|\bmark a breakout\b|\bconfirm the breakout\b",
                                     re.IGNORECASE),
                 "below": re.compile(r"\bto break down\b|\bmark a breakdown\b|\bconfirm the breakdown\b",
                                     re.IGNORECASE)}


def round_triggers(case: Case) -> int:
    """Trigger bullets ('a close below ... $470') at a bare round number: a level nothing has tested
    (indicators.setups.is_bare_round) is at most a waypoint, never a breakout or breakdown."""
    bare = {round(lv.price, 2) for lv in case.snapshot.levels if is_bare_round(lv)}
    return sum(round(_price(price), 2) in bare
               for bullet in case.article.bull_case + case.article.bear_case
               for _, price in _TRIGGER.findall(bullet))


def break_words_inside_range(case: Case) -> int:
    """While a tight range holds the close, trigger bullets calling a close through a level inside
    it (not the range edge) a breakout or breakdown."""
    s = case.snapshot
    if s.range is None or not s.range.is_tight or not s.range.lower < s.close < s.range.upper:
        return 0
    edges = [lv for lv in s.levels if lv.source == "range"]

    def at_edge(price: float) -> bool:
        return any((lv.zone_low or lv.price) - 0.01 <= price <= (lv.zone_high or lv.price) + 0.01
                   for lv in edges)
    return sum(bool(_AWAITS_BREAK["above"].search(b) or _AWAITS_BREAK["below"].search(b))
               and not any(at_edge(_price(p)) for _, p in _TRIGGER.findall(b))
               for b in case.article.bull_case + case.article.bear_case)


_INSIDE_WORDS = re.compile(r"\b(?:within|inside) the range\b", re.IGNORECASE)


def inside_words_outside_range(case: Case) -> int:
    """Trigger bullets saying their close happens inside (within) the range while the price they
    quote lies outside the tight range's edges: a close below a support under the range bottom is
    no step 'within the range'."""
    rng = case.snapshot.range
    if rng is None or not rng.is_tight:
        return 0
    return sum(bool(_INSIDE_WORDS.search(b)) and any(not rng.lower - 0.005 <= _price(p) <= rng.upper + 0.005
                                                     for _, p in _TRIGGER.findall(b))
               for b in case.article.bull_case + case.article.bear_case)


def take_empty_range_claims(case: Case) -> int:
    """1 when the take says nothing between the range's edges matters while the scenarios quote a
    price strictly inside the range: the take and the cases tell two stories."""
    rng = case.snapshot.range
    if rng is None or "nothing in between" not in case.article.take:
        return 0
    inside = [p for b in case.article.bull_case + case.article.bear_case for p in re.findall(_PRICE, b)
              if rng.lower + 0.005 < _price(p) < rng.upper - 0.005]
    return int(bool(inside))


def break_awaited_after_break(case: Case) -> int:
    """A case asking for the breakout (breakdown) the close already made today: after a break the
    case is about holding it and the next level."""
    tape = case.snapshot.tape
    if tape is None or tape.range_break is None:
        return 0
    bullets = case.article.bull_case if tape.range_break == "above" else case.article.bear_case
    return sum(bool(_AWAITS_BREAK[tape.range_break].search(b)) for b in bullets)


def take_round_levels(case: Case) -> int:
    """Take sentences (other than the setup's) whose level is a bare round number: the level that
    matters and the close that would prove the view wrong are tested levels, as the scenario
    triggers are."""
    bare = {round(lv.price, 2) for lv in case.snapshot.levels if is_bare_round(lv)}
    return sum(any(round(_price(p), 2) in bare for p in re.findall(_PRICE, sentence))
               for sentence in split_sentences(case.article.take) if "setup" not in sentence)


RECORD_FAR_ATR = 4.0
"""A take's line under a record close further below than this (in ATR(14)) is no line a trader holds."""


def record_take_far_line(case: Case) -> int:
    """1 when a record close's take puts its nearest line below the close (the highest price under
    it named outside the setup sentence) more than RECORD_FAR_ATR ATRs down, or names none."""
    s = case.snapshot
    atr = s.volatility.atr_14
    if not s.extremes.new_all_time_high or not atr:
        return 0
    prices = [_price(p) for sentence in split_sentences(case.article.take) if "setup" not in sentence
              for p in re.findall(_PRICE, sentence)]
    below = [p for p in prices if p < s.close]
    return int(not below or s.close - max(below) > RECORD_FAR_ATR * atr)


NEAR_ATR = 2.0
"""A level 'near' the close lies within this many ATR(14) of it (a pullback's reach,
pipeline.indicators.setups.PULLBACK_REACH_ATR)."""
_NEAR = re.compile(r"\bnear(?:by)?\b(?! (?:its|the) \d)", re.IGNORECASE)
_NONE_NEAR = re.compile(r"\b(?:no|nothing|none)\b[^;,.]*\bnear(?:by)?\b", re.IGNORECASE)


def near_levels_far(case: Case) -> int:
    """Clauses of the dek, the analysis, the scenarios, the take and the final call that call a
    level near ('the near line', 'a nearby support') while the price they quote lies more than
    NEAR_ATR ATRs from the close. A clause saying nothing is near is no claim of nearness."""
    s, a = case.snapshot, case.article
    atr = s.volatility.atr_14
    if not atr:
        return 0
    texts = [a.dek, *a.analysis, *a.bull_case, *a.bear_case, a.take, *(r.reasoning for r in a.final_call)]
    clauses = [c for t in texts for sentence in split_sentences(t) for c in sentence.split(";")]
    far = 0
    for clause in clauses:
        if not _NEAR.search(clause) or _NONE_NEAR.search(clause):
            continue
        far += any(abs(_price(p) - s.close) > NEAR_ATR * atr for p in re.findall(_PRICE, clause))
    return far


def scenarios(cases: Sequence[Case]) -> dict[str, float | None]:
    total: Counter[str] = Counter()
    for case in cases:
        total.update(scenario_violations(case))
        total["round_triggers"] += round_triggers(case)
        total["break_awaited_after_break"] += break_awaited_after_break(case)
        total["take_round_levels"] += take_round_levels(case)
        total["record_take_far_line"] += record_take_far_line(case)
        total["break_words_inside_range"] += break_words_inside_range(case)
        total["inside_words_outside_range"] += inside_words_outside_range(case)
        total["take_empty_range_claims"] += take_empty_range_claims(case)
    kinds = ("next_repeats_trigger", "next_inside_trigger_zone", "trigger_at_close", "awaited_close_met",
             "awaited_macd_met", "awaited_50day_met")
    out: dict[str, float | None] = {f"scenario_{k}": float(total[k]) for k in kinds}
    out["scenario_violations"] = float(sum(total[k] for k in kinds))
    out["scenario_out_of_order"] = float(sum(out_of_order(case) for case in cases))
    out["scenario_round_triggers"] = float(total["round_triggers"])
    out["scenario_break_awaited_after_break"] = float(total["break_awaited_after_break"])
    out["take_round_levels"] = float(total["take_round_levels"])
    out["record_take_far_line"] = float(total["record_take_far_line"])
    out["scenario_break_words_inside_range"] = float(total["break_words_inside_range"])
    out["near_levels_far"] = float(sum(near_levels_far(case) for case in cases))
    out["scenario_inside_words_outside_range"] = float(total["inside_words_outside_range"])
    out["take_empty_range_claims"] = float(total["take_empty_range_claims"])
    return out


# -- voice: deks and takes that recite the scores, final-call reasons that repeat -----------
_RECITAL = re.compile(r"\bpulse\b[^.;]*?\d|\d+/100|\bthreat level\b[^.;]*?\d/5|\bthe scores\b", re.IGNORECASE)


def recites_scores(text: str) -> bool:
    """The text recites the score line (Pulse, threat level) that the badge already shows."""
    return bool(_RECITAL.search(text))


def _against_move(case: Case) -> bool:
    tape = case.snapshot.tape
    if tape is None or tape.move_atr is None or abs(tape.move_atr) < BIG_MOVE_ATR:
        return False
    return short_term_bias(case) != (Bias.BEARISH if tape.move_atr < 0 else Bias.BULLISH)


BIG_MOVE_ATR = 1.5  # the lead's "no ordinary session" (writers.angle_text.BIG_MOVE_ATR)
_WHY = re.compile(r"\b(?:still|despite|only|even)\b", re.IGNORECASE)


def bias_against_move_unexplained(case: Case) -> int:
    """1 when the day moved BIG_MOVE_ATR or more, the short-term bias does not follow it, and the
    short-term reason neither names the move (its % change) nor says why the score stays."""
    s, tape = case.snapshot, case.snapshot.tape
    if tape is None or tape.move_atr is None or abs(tape.move_atr) < BIG_MOVE_ATR:
        return 0
    if short_term_bias(case) == (Bias.BEARISH if tape.move_atr < 0 else Bias.BULLISH):
        return 0
    reason = next((r.reasoning for r in case.article.final_call if r.horizon.lower().startswith("short")), "")
    said = f"{abs(s.returns.change_1d_pct):.2f}%" in reason and _WHY.search(reason)
    return int(not said)


_MONTH_GAP = re.compile(r"\bone-month\b|\bover the (?:past )?month\b", re.IGNORECASE)
_DAY_TIE = re.compile(r"\bsession's\b|\bthat gap\b|\bin a row\b", re.IGNORECASE)


def big_day_month_filler(case: Case) -> int:
    """On a move of BIG_MOVE_ATR or more, an analysis paragraph giving only the one-month race to
    the benchmark, tied to nothing the session did (a streak or the session's margin)."""
    tape = case.snapshot.tape
    if tape is None or tape.move_atr is None or abs(tape.move_atr) < BIG_MOVE_ATR:
        return 0
    return sum(bool(_MONTH_GAP.search(p)) and not _DAY_TIE.search(p) and "pp" in p
               for p in case.article.analysis[1:])


_SIDE_OF_50 = re.compile(r"\b(?:below|above|under|over) the 50-day\b", re.IGNORECASE)


def medium_call_side_at_average(case: Case) -> int:
    """1 when the close sits at the 50-day (its distance rounds to 0.00%, as the analysis prints it)
    and the medium-term reason puts it below or above the average without saying it is at it."""
    pct = case.snapshot.trend.pct_vs_sma_50
    if pct is None or round(pct, 2) != 0 or len(case.article.final_call) < 2:
        return 0
    reason = case.article.final_call[1].reasoning
    return int(bool(_SIDE_OF_50.search(reason)) and "at the 50-day" not in reason.lower())


_TURNS = (re.compile(r"\bbullish\b|\bbulls\b"), re.compile(r"\bbearish\b|\bbears\b"))


def medium_neutral_unsettled(case: Case) -> int:
    """1 when the medium-term call is Neutral because the 50-day and MACD disagree (not for want
    of history) and its reason names no turning reading each way: a trader reading 'above the
    50-day, MACD below its signal' asks what turns it (call_reasons._MEDIUM)."""
    rows = case.article.final_call
    s = case.snapshot
    if len(rows) < 2 or rows[1].bias != Bias.NEUTRAL or s.trend.sma_50 is None or s.momentum.macd is None:
        return 0
    return int(not all(turn.search(rows[1].reasoning) for turn in _TURNS))


_STRUNG_ZONE = re.compile(r"\bzone (?:and|to) |\b(?:and|to) the \$[\d,.]+\u2013\$[\d,.]+ zone\b")


def dek_zone_strung(case: Case) -> int:
    """1 when the dek strings a range's edges together with one of them a zone ('the band of $241.00
    to the $249.17–$249.95 zone', 'between the $463.87–$465.21 zone and $474.50') instead of naming
    each edge by its role ('between a floor at ... and a ceiling at ...')."""
    return int(bool(_STRUNG_ZONE.search(case.article.dek)))


def voice(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    recitals = sum(recites_scores(c.article.dek) + recites_scores(c.article.take) for c in cases)
    names = name_pattern(settings)
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        reasons = {f"{row.horizon}: {mask(row.reasoning, names)}" for row in case.article.final_call}
        by_day[(case.source, case.snapshot.session)].append(reasons)
    repeated = shared_share(group for group in by_day.values() if len(group) > 1)
    return {"dek_take_score_recitals": float(recitals),
            "dek_zone_strung": float(sum(dek_zone_strung(c) for c in cases)),
            "big_day_month_filler": float(sum(big_day_month_filler(c) for c in cases)),
            "medium_call_side_at_average": float(sum(medium_call_side_at_average(c) for c in cases)),
            "medium_neutral_unsettled": float(sum(medium_neutral_unsettled(c) for c in cases)),
            "bias_against_move": float(sum(_against_move(c) for c in cases)),
            "bias_against_move_unexplained": float(sum(bias_against_move_unexplained(c) for c in cases)),
            "final_call_same_day_repeated": share(*repeated)}


# -- citations and findings -------------------------------------------------
def citations(cases: Sequence[Case]) -> dict[str, float | None]:
    cited = same_day = empty = 0
    for case in cases:
        items = {item.item_id: item for item in case.news}
        for source in case.article.sources:
            cited += 1
            same_day += source.published == case.snapshot.session
            item = items.get(source.item_id)
            empty += item is not None and not item.has_content
    return {"citations": float(cited), "citations_same_day": share(same_day, cited),
            "citations_without_content": float(empty),
            "citations_out_of_order": float(sum(citations_out_of_order(c) for c in cases)),
            "sources_uncited": float(sum(len(c.article.sources) - len(first_cited(c.article))
                                         for c in cases)),
            **news_reading(cases)}


def citations_out_of_order(case: Case) -> int:
    """Sources not numbered in reading order: a first citation that is not the next number ([3] before
    [1]). A reader meets [1], [2], [3] in turn; sources the prose never cites are listed after them
    (`sources_uncited`: the sentiment score counts them)."""
    order = first_cited(case.article)
    return sum(number != n for n, number in enumerate(order, start=1))


_CITED = re.compile(r"\[\d+\]")
_QUOTE = re.compile(r"\u201c[^\u201d]+\u201d")
_SAID_THAT = re.compile(r"\b(?:said|says|noted|notes|reported|reports|wrote|writes|added|adds)"
                        r"\s+that\s+\u201c")


def news_reading(cases: Sequence[Case]) -> dict[str, float | None]:
    """Does the news paragraph read the news or list it: quotations and "X said that" frames per
    paragraph with citations (the fewer, the more the article speaks in its own words), and analysis
    paragraphs of a single sentence (a reader sees a stray line, not a paragraph)."""
    news = [p for c in cases for p in c.article.analysis if _CITED.search(p)]
    lone = sum(len(split_sentences(p)) == 1 for c in cases for p in c.article.analysis)
    return {"news_quotes_per_paragraph": _per(news, _QUOTE),
            "news_said_that_per_paragraph": _per(news, _SAID_THAT),
            "analysis_one_sentence_paragraphs": float(lone),
            "quote_repeats_lead": float(sum(quote_repeats_lead(c) for c in cases)),
            "facts_said_twice": float(sum(facts_said_twice(c) for c in cases)),
            "quotes_shared_same_day": quotes_shared_same_day(cases),
            "quotes_in_two_same_day": quotes_in_two_same_day(cases),
            "same_quoted_line_articles": same_quoted_line_articles(cases),
            "first_sentence_same_source": first_sentence_same_source(cases),
            **news_attributions(cases)}


def news_attributions(cases: Sequence[Case]) -> dict[str, float | None]:
    """Does the news paragraph read the news or run through who said it: of the sentences of the
    paragraphs with citations, the share naming a source's publisher ("Macro Brief reported ...",
    "Per Harbor Street Wire, ..."; news_attributed_share), and per such paragraph the sentences naming
    the same publisher a sentence before it already named (news_publisher_renamed: a source is
    introduced once, then its [n] carries it; a quotation needs its speaker, so those count too)."""
    said = renamed = paragraphs = 0
    attributed = 0
    for case in cases:
        pubs = sorted({s.publisher for s in case.article.sources if s.publisher}, key=len, reverse=True)
        for paragraph in case.article.analysis:
            if not _CITED.search(paragraph):
                continue
            paragraphs += 1
            named: set[str] = set()
            for sentence in split_sentences(paragraph):
                said += 1
                here = {p for p in pubs if p in sentence}
                attributed += bool(here)
                renamed += len(here & named)
                named |= here
    return {"news_attributed_share": round(attributed / said, 3) if said else None,
            "news_publisher_renamed": round(renamed / paragraphs, 3) if paragraphs else None}


def _first_sentence_sources(case: Case) -> set[str]:
    """The sources (by URL) the analysis's first sentence cites."""
    said = split_sentences(case.article.analysis[0]) if case.article.analysis else []
    urls = {source.number: source.url for source in case.article.sources}
    return {urls[int(n)] for n in re.findall(r"\[(\d+)\]", said[0] if said else "") if int(n) in urls}


def first_sentence_same_source(cases: Sequence[Case]) -> float | None:
    """The share of a session's articles (sessions of two or more) whose first sentence cites a source
    another article of the session also opens on: one day's articles read as one article told four
    times when they all open on the day's macro story (demo 2026-11-20 before edpolish: 1.0, every
    article opened on Macro Brief's yields story). None without such a session or without citations."""
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        by_day[(case.source, case.snapshot.session)].append(_first_sentence_sources(case))
    groups = [group for group in by_day.values() if len(group) > 1]
    if not any(opened for group in groups for opened in group):
        return None
    shared = sum(any(opened & other for m, other in enumerate(group) if m != n)
                 for group in groups for n, opened in enumerate(group))
    return round(shared / sum(len(group) for group in groups), 3)


def _line_words(quote: str) -> str:
    """A quotation's words, case and quote marks folded: what a reader recognises as the same line."""
    return " ".join(re.findall(r"[a-z0-9]+(?:[.,'\u2019][a-z0-9]+)*", quote.lower()))


def same_quoted_line_articles(cases: Sequence[Case]) -> float | None:
    """The most articles of one session that quote one line of a story (a quotation and a longer one
    holding it are one line: the Fed story's 'lowered its benchmark rate by a quarter point' in three
    of a day's four articles is 3), over the sessions of two or more articles; 1 when no line is
    quoted twice, 0 without quotations. An editor publishing the day's articles together wants each
    its own line."""
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        by_day[(case.source, case.snapshot.session)].append(
            {_line_words(q) for p in case.article.analysis for q in _QUOTE.findall(p)})
    groups = [group for group in by_day.values() if len(group) > 1]
    if not groups:
        return None
    most = 0
    for group in groups:
        for line in {q for quotes in group for q in quotes}:
            most = max(most, sum(any(line in q or q in line for q in quotes) for quotes in group))
    return float(most)


def quotes_in_two_same_day(cases: Sequence[Case]) -> float | None:
    """Quotations printed by two or more articles of a session, per session (quotes_shared_same_day
    counts only those in all of them): same-day articles should share a fact, not a sentence."""
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        by_day[(case.source, case.snapshot.session)].append(
            {q for p in case.article.analysis for q in _QUOTE.findall(p)})
    groups = [group for group in by_day.values() if len(group) > 1]
    if not groups:
        return None
    shared = [sum(count > 1 for count in Counter(q for quotes in g for q in quotes).values()) for g in groups]
    return round(sum(shared) / len(groups), 3)


def quotes_shared_same_day(cases: Sequence[Case]) -> float | None:
    """Quotations found in every article of a session (of two or more articles), per session: the
    wire quote all of one day's articles print, which an editor publishing them together would cut.
    None without such a session."""
    by_day: dict[tuple[str, date], list[set[str]]] = defaultdict(list)
    for case in cases:
        quotes = {q for p in case.article.analysis for q in _QUOTE.findall(p)}
        by_day[(case.source, case.snapshot.session)].append(quotes)
    groups = [group for group in by_day.values() if len(group) > 1]
    return round(sum(len(set.intersection(*g)) for g in groups) / len(groups), 3) if groups else None


_DECIMAL = re.compile(r"\d[\d,]*\.\d+")


def quote_repeats_lead(case: Case) -> int:
    """Quoted clauses of the analysis holding a figure the lead paragraph already gives (the wrap's
    'the S&P 500 climbed 1.1% to 6,901.69' under a lead printing 1.10% and 6,901.69): a quote that
    echoes the article's own figures instead of adding why, who or what next."""
    if not case.article.analysis:
        return 0
    lead = {float(f.replace(",", "")) for f in _DECIMAL.findall(case.article.analysis[0])}
    quotes = [q for p in case.article.analysis for q in _QUOTE.findall(p)]
    return sum(echoes(q, lead) > 0 for q in quotes)


_FACT_WORDS = {  # a fact slot by the words that print it (figures alone mix slots: 1.11% is two facts)
    "vix": r"\bVIX\b", "rsi": r"\bRSI\b", "macd": r"\bMACD\b", "atr": r"\bATR\b|average true range",
    "max_pain": r"\bmax pain\b", "volume_ratio": r"times (?:the|its) 20-day average",
    "month_change": r"\bone-month change\b|\bover the month\b", "record_close": r"\brecord close of \$",
    "cross_state": r"\b(?:golden|death)-cross state\b",
}


def paragraph_facts(paragraph: str, snapshot: Snapshot) -> set[str]:
    """The fact slots one analysis paragraph prints, outside quotations (a source's words are the
    source's), by the words that print each; a scheduled event by its date, in the article's or a
    quoted story's spelling ('Dec 9, 2026', 'Dec. 9')."""
    own = _QUOTE.sub("", paragraph)
    facts = {name for name, words in _FACT_WORDS.items() if re.search(words, own, re.IGNORECASE)}
    for event in snapshot.events:
        day = event.date
        if re.search(rf"\b{day.strftime('%b')}\w*\.?\s+{day.day}\b", paragraph):
            facts.add(f"event:{day.isoformat()}")
    return facts


def facts_said_twice(case: Case) -> int:
    """Facts printed in two or more analysis paragraphs (the VIX read in the momentum paragraph and
    again in the news paragraph; the FOMC date quoted in the news and restated by the calendar):
    each fact once, where it serves best."""
    seen: Counter[str] = Counter()
    for paragraph in case.article.analysis:
        seen.update(paragraph_facts(paragraph, case.snapshot))
    return sum(count > 1 for count in seen.values())


def _per(paragraphs: list[str], pattern: re.Pattern[str]) -> float | None:
    """Matches of `pattern` per paragraph; None without a paragraph."""
    return round(sum(len(pattern.findall(p)) for p in paragraphs) / len(paragraphs), 3) if paragraphs \
        else None


def findings(cases: Sequence[Case]) -> dict[str, float | None]:
    errors = [sum(f.severity == Severity.ERROR for f in c.findings) for c in cases]
    return {"articles": float(len(cases)),
            "errors_per_article": round(sum(errors) / len(errors), 3) if errors else None,
            "articles_with_errors": float(sum(e > 0 for e in errors)),
            "story_levels_apart": float(sum(any(f.code == "story-call-level" for f in c.findings)
                                            for c in cases))}
"""story_levels_apart: articles whose final call (its condition or a setup's entry) or setups table
stands on another level than the take on that side of the close, without saying why (the
verifier's story-call-level)."""


def range_edges(cases: Sequence[Case]) -> dict[str, float | None]:
    """Range-edge figures per article: the most distinct figures one edge of the range is named by
    (closing bound, zone; 1-2 reads as one range), averaged and at worst, and the mentions naming
    an edge by neither (editorial_ranges)."""
    counts = [max(figures_per_edge(c.article, c.snapshot).values(), default=0) for c in cases]
    named = [n for n in counts if n]
    return {"range_edge_figures_per_article": round(sum(named) / len(named), 3) if named else None,
            "range_edge_figures_worst": float(max(named)) if named else None,
            "range_edge_strays": float(sum(len(strays(c.article, c.snapshot)) for c in cases))}


def measure(cases: Sequence[Case], settings: Settings) -> dict[str, float | None]:
    """Every figure, over `cases` (one source: all real, or all demo)."""
    out: dict[str, float | None] = {}
    for part in (findings(cases), sameness(cases, settings), headlines(cases, settings),
                 setups(cases), setup_coverage(cases), setup_sameness(cases, settings),
                 scenarios(cases), citations(cases), voice(cases, settings), range_edges(cases),
                 analysis_reading(cases, settings), lead_figures(cases, settings),
                 news_reading_figures(cases, settings), trade_story(cases), prose_figures(cases, settings),
                 level_figures(cases), story_figures(cases)):
        out.update(part)
    return out
