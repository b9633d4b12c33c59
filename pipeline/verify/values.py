"""Figures: traced to a fact of the right subject, on the right scale, with the right sign.

Order for one claim: a figure the words name (a close, RSI, a one-day move)
is compared with that fact; otherwise it may match any fact of its subject (or
of anything, when the subject is unclear), be derived from figures printed next
to it (a gap between two moves, a distance from a level), or appear in the
source the sentence cites. Each figure yields at most one finding.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from ..contracts import Finding, InstrumentKind, Severity, Snapshot
from ..facts import Fact, format_value
from .asides import bare_figure
from .average_moves import check_average_move
from .box_labels import boxed_label
from .claims import (
    FLAT_PCT,
    IN_POINTS,
    PREV_CLOSE_AFTER,
    SET_OUT,
    SIDE_OF_IT_BRACKETED,
    Claim,
    ClaimKind,
    direction_span,
    flat_limit,
)
from .close_lists import listed_closes
from .codes import finding
from .context import SubjectFact, VerifyContext
from .extreme_dates import dated_extreme_held
from .gaps import frame_after, gap_direction, gap_frame, gap_of, gap_pair, named_pair, reads_gap
from .level_distances import distance_fits, distance_of, listed_level, side_level, wrong_side
from .lookahead import leading
from .measures import (
    dated_extreme,
    labelled_identifier,
    labelled_measure,
    market_tied,
    measure_named,
    other_thing_counted,
    priced_thing,
)
from .misprints import misprinted_fact, misprinted_listed
from .money_distances import (
    candle_part,
    distance_sized,
    distance_traced,
    gap_fits,
    named_gap,
    pair_gap_fits,
    restated_gap,
)
from .number_words import count_forms
from .numbers import (
    PrintedDate,
    PrintedNumber,
    find_dates,
    find_numbers,
    matches,
    may_hold_date,
    same_at_precision,
    stated_in,
    unit_fits,
)
from .outsiders import outside_goods, outside_subject
from .past_bars import check_past_figure
from .range_lengths import other_window_width, range_miscounted
from .range_pairs import pair_edge, pair_width
from .subjects import Mention
from .things import holding_figure, own_figure, thing_measured

SCALE_RATIO = 2.5
"""A price more than this many times off an instrument's close is on another scale."""
OTHER_SCALE = (0.65, 1.5)
"""...and counts as on another scale when it sits this close to a family member's close."""

_PERIOD_FACT = {None: "change_1d_pct", "1d": "change_1d_pct", "5d": "change_5d_pct",
                "1m": "change_1m_pct", "ytd": "change_ytd_pct"}
_RELATION_FACTS = {
    "sma_50": ("pct_vs_sma_50",), "sma_200": ("pct_vs_sma_200",), "high_52w": ("pct_from_52w_high",),
    "low_52w": ("pct_from_52w_low",), "all_time_high": ("pct_from_ath",),
    "high_window": ("pct_from_window_high",), "low_window": ("pct_from_window_low",),
}


@dataclass
class Neighbours:
    """Figures printed around a claim, for derived values."""

    moves: list[Claim]  # signed % moves in this sentence and the one before
    prices: list[Claim]  # prices in this sentence
    earlier: list[Claim] = field(default_factory=list)  # $ prices in the paragraph's sentence before
    before: str = ""  # the paragraph's sentence before (a question its answer's figure answers)


def check_claim(claim: Claim, ctx: VerifyContext, near: Neighbours, source_text: str) -> list[Finding]:
    claim = _this_year(claim, ctx)
    found = _check_claim(claim, ctx, near, source_text)
    untraced = len(found) == 1 and found[0].code == "number-untraced" \
        and found[0].message == _untraced(claim).message  # built only when it may be the one found
    unloaded = len(found) == 1 and found[0].code == "figure-unverifiable" \
        and _UNLOADED.search(found[0].message) is not None
    derived = len(found) == 1 and found[0].code == "derived-mismatch" \
        and _HELD_DERIVATION.search(found[0].message) is not None
    if untraced or unloaded or derived:
        misprinted = misprinted_fact(claim.sentence, claim.number, _misprint_subjects(claim, ctx), ctx,
                                     swapped_only=unloaded or derived, before=near.before)
        if misprinted is not None and (not derived or _HELD_DISTANCE.match(misprinted.name)):
            return _against_named(claim, misprinted, ctx) or found  # "closed at 15.60, down 3.90%" on the
            # VIX's -9.30%: the move misprinted
        listed = misprinted_listed(claim.sentence, claim.number, ctx, swapped_only=unloaded) \
            if (untraced or unloaded) and _listed(claim) else None
        if listed is not None:  # "The others all beat it: SPY 1.39%, QQQ 1.37%": QQQ's 1.73% misprinted (a
            # gauge's, "VIX 17.60 (6.20%)" on its 6.02%, with its digits in another order only)
            return _against_named(claim, listed, ctx) or found
    return found


def _listed(claim: Claim) -> bool:
    """A figure with no name, period, side, average or run of its own: maybe an item of a list of the day's
    moves and closes (misprints.misprinted_listed: "SPY 1.39%, QQQ 1.37%, IWM 1.96%")."""
    return claim.names is None and claim.period in (None, "1d") and claim.relation is None \
        and claim.reference is None and claim.average is None and not claim.run and claim.window is None \
        and not claim.aside


_IN_YEAR_AFTER = re.compile(r"\s*(?:so\s+far\s+)?in\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013/]\d)")


def _this_year(claim: Claim, ctx: VerifyContext) -> Claim:
    """A move told as the session's own year's right after it ("still up 2.05% in 2026" on a 2026 session):
    the year to date, not a past year's (claims.py reads "in 2025" as a past period)."""
    if claim.period != "past" or claim.kind != ClaimKind.CHANGE:
        return claim
    year = _IN_YEAR_AFTER.match(claim.sentence, claim.number.end)
    this_year = year is not None and int(year.group("year")) == ctx.snapshot.session.year
    return replace(claim, period="ytd") if this_year else claim


_HELD_DISTANCE = re.compile(r"pct_vs_sma_\d+$|pct_from_(?:ath|52w_high|52w_low)$")
"""The distances on the fact sheet a recomputed distance may be read as (README: from an average, the
record, the 52-week high or low); a level's distance stays `derived-mismatch`."""
_HELD_DERIVATION = re.compile(r"is not the distance from the (?:level printed beside it to the close|"
                              r"close to the level printed (?:beside|before) it)")
"""Distances recomputed from a printed level that may themselves be held facts: from an average or the
record ("the 200-day ($580.22, 7.69% below price)" on a held 7.96%). A figure printing that
fact's digits in another order beside its name is that fact's `value-mismatch`, as when nothing matched
it (README: a distance on the fact sheet is `value-mismatch`); a gap between two printed moves stays
`derived-mismatch`."""


_UNLOADED = re.compile(r"no history of that day is loaded|no move of the previous session is loaded|"
                       r"before the \d+ sessions held|close and 1-day move are loaded|"
                       r"no intraday high or low is loaded")
"""The notes a figure gets when the data it seems to be about is not loaded: a held fact's digits in another
order beside that fact's name ("the record close of $697.41" on a $694.71 record) are still that fact."""


def _misprint_subjects(claim: Claim, ctx: VerifyContext) -> list[str]:
    """Whose facts a figure nothing matched may misprint: the subjects its words name (loaded) first, then
    the article's own instrument ("It trailed SPY by 6.70 points over the past month": its own spread)."""
    subject = _subject_symbol(claim, ctx)
    named = [s for s in (subject, *(claim.subject or ())) if s is not None and _loaded(s, ctx)]
    return list(dict.fromkeys([*named, ctx.symbol]))


def _check_claim(claim: Claim, ctx: VerifyContext, near: Neighbours, source_text: str) -> list[Finding]:
    if claim.kind == ClaimKind.SCORE:
        return []  # scores.py reads "Pulse 56/100" and friends
    length = _range_length(claim, ctx) if claim.names in (None, "lookback_sessions") else None
    if length is not None:  # "has spent 25 sessions between $241.00 and $249.26": the range's length
        return [] if _source_states(claim, source_text) else _against_named(claim, length, ctx)
    if claim.names == "lookback_sessions":
        return _lookback(claim, ctx)
    if _period_count(claim):  # "Five sessions: -1.80%": the count names the move's period
        return []
    if claim.quoted:
        return [] if _hits(claim, ctx) or _in_source(claim.number, source_text) else [
            _untraced(claim, "quoted figure not found in the cited source")]
    if claim.misquoted and not _source_states(claim, source_text):
        return _misquote(claim, check_claim(replace(claim, misquoted=False), ctx, near, source_text))
    if claim.attributed and claim.kind in _PERIOD_KINDS and not _hits_pool(claim, ctx) \
            and not _hedged_close(claim):  # a figure dated to a held bar is that bar's, whoever says it
        past = _on_past_bar(claim, ctx, source_text)
        return _source_claim(claim, source_text) if past is None else past
    if labelled_identifier(claim, partial(_closes_near, claim, ctx)):  # "entry 96", "1-800-555-0142"
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, "its words number or time another thing")]
    if reads_gap(claim):  # "QQQ beat SPY by 0.80 points": the gap between the two subjects' moves
        found = _gap_in_points(claim, ctx, source_text)
        if found is not None:
            return found
    gap = _money_gap(claim, ctx, near)
    if gap is None:
        gap = _day_range_width(claim, ctx)
    if gap is not None:
        return gap
    needed = _needed_move(claim, ctx, near)
    if needed is None:
        needed = _needed_in_atrs(claim, ctx)
    if needed is not None:  # "To get to $250, IWM needs a gain of about 2.3%": the way to a level
        return needed
    if claim.average is not None:  # "the 50-day is still rising, up about 2% in a month": its own move
        return _average_move(claim, ctx, source_text)
    outsider = outside_subject(claim, ctx.lexicon) if claim.kind == ClaimKind.CHANGE else None
    outsider = outsider or outside_goods(claim, ctx.lexicon)
    if outsider is not None:  # "Nvidia rose 4%": no instrument's move
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, f"it is about {outsider}, which no loaded data covers")]
    if priced_thing(claim) and measure_named(claim) is None:  # "Dues ($60 a year)", "$4.31 a bushel"
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, "its words price another thing (per month, head, day or unit)")]
    thing = own_figure(claim) or (
        thing_measured(claim) if not claim.number.sign and claim.relation is None and not claim.run
        and not _hits(claim, ctx) else None)  # a run's total is the run's ("the three together cost 3.58%");
    # a figure some fact shows is read on (its words are not asked what they count: most figures are one),
    # unless they say it is a holding's ("an unrealized loss of $7,458, or about 9.9%"), a forecast's, a
    # note's terms, a correction's quoted error or a model's score
    if thing is not None and pair_width(claim) is None:  # "We closed 14 sales", "costs 62 hryvnias"; not
        # "between 6,805.34 and 6,968.14, a 2.39% corridor": the range's width
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, f"its words count or price another thing ({thing})")]
    if claim.aside and bare_figure(claim) and not _hits(claim, ctx):  # "league average 171", "Runs open:
        # 31 of 47": a bare figure in a paragraph about something else
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, "its paragraph names no instrument and no market measure")]
    listed = listed_closes(claim, _snapshot_of(ctx, _subject_symbol(claim, ctx) or ctx.symbol))
    if listed is not None:  # "Its last five closes: $30.95, $31.13, $30.55, $30.27, $30.01"
        return listed
    past = _on_past_bar(claim, ctx, source_text)
    if past is not None:
        return past
    edge = _RANGE_EDGE_AFTER.match(claim.sentence, claim.number.end) if claim.number.unit == "price" else None
    if edge is not None and not claim.number.sign:
        found = _edge_distance(claim, ctx, edge)
        if found is not None:
            return found
    listed = _listed_distance(claim, ctx, near, source_text)
    if listed is not None:  # "Resistance: $249.26, three contacts, 2.80% above us": that level's distance
        return listed
    named = _named_fact(claim, ctx)
    missing = _time_frame_unverifiable(claim, ctx) or _window_width(claim, ctx)
    if missing is None and named is None:
        missing = _unverifiable(claim, ctx)
    if missing is not None:
        return [] if _in_source(claim.number, source_text) else [_no_data(claim, missing)]
    if named is not None:
        found = _against_named(claim, named, ctx)
        unloaded = _family_unloaded(claim, ctx) if found else None
        if unloaded is not None:
            return [_no_data(claim, f"it may be {unloaded}'s, and no data is loaded for {unloaded}")]
        scale = any(f.code == "scale-mismatch" for f in found)  # an index in dollars, whatever its source
        if found and not scale and _source_states(claim, source_text):
            return [_source_conflict(claim, named)]
        return found
    if claim.kind == ClaimKind.DIVERGENCE:
        return _divergence(claim, ctx, near, source_text)
    if claim.relation and claim.reference == "close" and near.prices:
        return _distance(claim, ctx, near)
    pronoun = _level_pronoun(claim, ctx, near)
    if pronoun is not None:
        referred = _named_by_pronoun(claim, ctx, near)
        # "The record close is $694.71 ... just under two percent below it", "DIA is 5.42% below it":
        # the named level's own distance fact (pct_from_ath), a wrong one its value-mismatch (README)
        if referred is not None:
            return _against_named(claim, referred, ctx)
        return _distance_from(replace(claim, relation=pronoun[0]), ctx, pronoun[1])
    referred = _named_level_after(claim, ctx) if claim.reference is None else None
    if referred is not None:  # "5.42% below the $493.91 record": the record's distance, pct_from_ath
        return _against_named(claim, referred, ctx)
    before = _level_before(claim)
    referred = _named_level_before(claim, ctx) if claim.reference is None and before is None else None
    if referred is not None:  # "its 50-day average of $612.70, by 0.35%", "50-day $460.80 (DIA 5.41%
        return _against_named(claim, referred, ctx)  # above)": the average's own distance, pct_vs_sma_50
    level = _level_after(claim)
    if claim.relation and claim.reference is None and level is not None:
        return _distance_from(claim, ctx, level)
    if before is not None:
        return _distance_from(replace(claim, relation=before[0]), ctx, before[1])
    wide = [sf for sf in _hits(claim, ctx) if _same_kind(claim, sf)]
    subjects = _pool(claim, ctx)
    hits = [sf for sf in wide if subjects is None or sf.subject in subjects]
    labelled = _labelled_over_chance(claim, ctx, hits)
    if labelled is not None:  # "the put wall at $665", "topped out at $463.44": the wall, the high
        return _against_named(claim, labelled, ctx)
    if hits:
        return _dollars_on_points(claim, hits, ctx) or _direction_of(claim, hits)
    on_points = _index_in_dollars(claim, subjects, wide, ctx)
    if on_points is not None:
        return [on_points]
    if _source_states(claim, source_text):
        return []
    restated = _move_beside_its_pct(claim, ctx) or _close_before_its_move(claim, ctx)
    if restated is not None:  # "by $3.38 or 0.58%", "Move it forward $11.86 (1.90%)": the day's move;
        return _against_named(claim, restated, ctx)  # "And that's the flag! $688.00, up $7.49": the close
    landed = _landed_close(claim, ctx)
    if landed is not None:  # "the Russell 2000 only 0.30% to 2,465.17", "VIX up to 16.70": its close
        return _against_named(claim, landed, ctx)
    if subjects is not None and not any(_full(s, ctx) for s in subjects):
        return [_no_data(claim, f"only {'/'.join(sorted(subjects))}'s close and 1-day move are loaded")]
    if wide and not claim.strong:
        return _direction_of(claim, wide)
    if _printed_difference(claim, near) or _atr_multiple(claim, ctx):
        return []
    return _unexplained(claim, ctx, wide)


_RANGE_NOUN = r"(?:range|box|band|channel|consolidation|rectangle|corridor|lane)"
_COUNT_OF_RANGE = re.compile(rf"^-(?:session|day|trading-day)\s+(?:trading\s+)?{_RANGE_NOUN}\b",
                             re.IGNORECASE)
"""A count fused to a range noun: "the 14-session box", "the top of the 22-session range"."""
_RANGE_OF_COUNT = re.compile(rf"\b{_RANGE_NOUN}\s+(?:of|over|across|for|spanning)\s+(?:the\s+)?"
                             r"(?:(?:last|past|latest)\s+)?$", re.IGNORECASE)
"""A range noun the count's window follows: "The range of the last 22 sessions"."""
_COUNT_BETWEEN = re.compile(r"^\s+(?:straight\s+|trading\s+)?(?:sessions|trading days)\b[^.;:!?]{0,60}?"
                            r"\b(?:between|from|inside|within)\s+(?:US)?\$?\d", re.IGNORECASE)
"""A count of sessions the price spent between two prices: "35 sessions between $241.00 and", "For 9
sessions the board has run from 6,805.34 to"."""
_BETWEEN_FOR_COUNT = re.compile(r"\b(?:between|from|inside|within)\s+(?:US)?\$?\d[\d,]*(?:\.\d+)?\s*"
                                r"(?:and|to|-|\u2013)\s*(?:US)?\$?\d[\d,]*(?:\.\d+)?\s+(?:for|over|in)\s+(?:the\s+)?(?:(?:last|past)\s+)?"
                                r"(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
"""The count after the two prices: "It's sat between $241.00 and $249.26 for 25 sessions"."""
_RANGE_HELD = re.compile(rf"\b(?:the|this|its|our)\s+(?:trading\s+)?{_RANGE_NOUN}\s+(?:has\s+|had\s+)?"
                         r"(?:held|lasted|persisted|run|been\s+in\s+place)\s+(?:for\s+)?"
                         r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
"""The range itself said to have held for a count of sessions ("the box has held for 22 sessions"): its
length, with or without its edges printed."""


def _range_length(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The range's length in sessions when the words give a count of sessions as the time the price
    spent inside a range whose edges the sentence prints ("The fund has spent 25 sessions between $241.00
    and $249.26", "the top of the 22-session range that starts at 2,421.62", "the floor of the 40-session
    box at $606.02"): `range_sessions` (or the prior range's). A count with other edges, or none, is a
    window the writer chose ("over the past 10 sessions it traded between ..."), not the range's."""
    number = claim.number
    if number.unit is not None or number.sign or number.decimals or not 2 <= number.value < 1000:
        return None
    sentence, after = claim.sentence, claim.sentence[number.end:]
    fused = _COUNT_OF_RANGE.match(after) is not None
    named = fused or _RANGE_OF_COUNT.search(sentence, max(0, number.start - 40), number.start) is not None \
        and _SESSIONS_AFTER_COUNT.match(after) is not None
    sessions = _SESSIONS_AFTER_COUNT.match(after) is not None
    between = not named and (_COUNT_BETWEEN.match(after) is not None
                             or sessions and _BETWEEN_FOR_COUNT.search(sentence, 0, number.start) is not None)
    if not named and sessions and _RANGE_HELD.search(sentence, max(0, number.start - 60), number.start):
        return _held_range(claim, ctx)
    if not (named or between) or "Bollinger" in sentence:
        return None
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    wrong = range_miscounted(sentence, ctx, subject, number.value, both=between)
    return SubjectFact(subject, wrong[0], wrong[1]) if wrong is not None else None


def _held_range(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The range's length for "the box has held for N sessions", when N is neither the range's nor the
    prior range's length."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    lengths = [ctx.fact(subject, f"{prefix}_sessions") for prefix in ("range", "prior_range")]
    if lengths[0] is None or any(f is not None and f.value == claim.number.value for f in lengths):
        return None
    return SubjectFact(subject, "range_sessions", lengths[0])


_PERIOD_LABEL_AFTER = re.compile(r"\s+(?:trading\s+)?(?:sessions|days)\s*[:=]\s*(?:\*\*)?[+\-\u2212]?"
                                 r"\d[\d.,]*%")
_PERIOD_COUNTS = {5: "5d"}
"""A count of sessions that labels the move after it ("Five sessions: -1.80%"): the week's move, its
count its period's length (5 for the 5-day move), no figure to trace; another count is read on."""


def _period_count(claim: Claim) -> bool:
    number = claim.number
    return number.unit is None and not number.decimals and not number.sign \
        and _PERIOD_COUNTS.get(int(number.value)) == claim.period \
        and _PERIOD_LABEL_AFTER.match(claim.sentence, number.end) is not None


_SESSIONS_AFTER_COUNT = re.compile(r"^\s+(?:trading\s+)?(?:sessions|trading days)\b", re.IGNORECASE)


def _misquote(claim: Claim, read: list[Finding]) -> list[Finding]:
    """A figure put in quotation marks next to a citation whose source does not print it (`read`: the
    findings on it read as the writer's own): the source is misquoted, whatever the data says of the
    figure (number-untraced). One the data bears out, at its printed precision, stands."""
    if not read:
        return []
    wrong = next((f for f in read if f.severity == Severity.ERROR), None)
    why = "quoted figure not found in the cited source"
    return [finding("number-untraced", f"{claim.span} {why}" + (f"; {wrong.message}" if wrong else ""),
                    section=claim.section, span=claim.span, expected=wrong.expected if wrong else None,
                    source=wrong.source if wrong else None)]


_LANDED_BEFORE = re.compile(
    r"(?:\b(?:up|down|higher|lower|rose|fell|gained|lost|climbed|dropped|slipped|jumped|sank|eased|rallied|"
    r"advanced|declined|descended|dipped|slid|retreated|%|points?)\s+(?:\w+\s+)?to"
    r"|^[\s)\]]*(?:at|closed at|ended at|finished at|settled at)"
    r"|^\s*(?:plus|minus|up|down)\s+\d+(?:\.\d+)?%?\s+at)\s*$", re.IGNORECASE)
"""The words from an instrument's name to a bare level that say where it landed: "VIX up to", "the
Russell 2000 only 0.30% to", "Index (Russell 2000) at", "descended today to"."""
_BRACKETED_LEVEL = re.compile(r"^(?:\s+(?:index|itself|gauge|benchmark)){0,2}"
                              r"(?:\s+[+\-\u2212]?\d+(?:\.\d+)?%)?\s*\(\s*$", re.IGNORECASE)
_NOT_CLOSE_AFTER = re.compile(r"^[\s,]*(?:support|resistance|level|mark|area|zone|target|stop|high|low|open|"
                              r"intraday|pivot|handle|strike|call|put)\b", re.IGNORECASE)
"""A level to the cent in brackets right after an instrument's name, or after its name and move ("the
S&P 500 index itself (6,901.69)", "NDX -0.90% (25,236.20)"): its close, unless a level's word follows
it ("(6,900.00 support)")."""
LANDED_SCALE = 0.15
"""How far from a member's close a level may be and still be read on that member's scale (15%)."""


def _landed_close(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The close of the instrument named right before a bare level whose words say it landed there
    (a move to it, or the name then "at", in one clause): of a family, the member on whose scale the level is;
    None when the words name another fact, the level is hedged or on no loaded member's scale."""
    if claim.names is not None or claim.kind != ClaimKind.VALUE or not claim.subject \
            or claim.number.sign or claim.number.unit not in (None, "price") or claim.relation is not None \
            or claim.attributed or claim.period is not None:
        return None
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= claim.number.start]
    gap = claim.sentence[before[-1].end:claim.number.start] if before else ""
    bracketed = claim.number.decimals >= 2 and _BRACKETED_LEVEL.match(gap) is not None \
        and not _NOT_CLOSE_AFTER.match(claim.sentence, claim.number.end)
    if not before or before[-1].symbols != claim.subject \
            or not (bracketed or _LANDED_BEFORE.search(gap)) \
            or _HEDGE.search(gap) or not claim.strong and _CLAUSE_GAP.search(gap) \
            or SET_OUT.search(claim.sentence, max(0, claim.number.start - 80), claim.number.start):
        return None  # "Breaking from the gate it's the S&P 500 at 6,843.00": where the day set out, its open
    value = claim.number.value
    for symbol in claim.subject:
        close = ctx.fact(symbol, "close")
        if close is not None and abs(value / float(close.value) - 1) <= LANDED_SCALE:  # type: ignore[arg-type]
            return SubjectFact(symbol, "close", close)
    return None


_PCT_BESIDE = re.compile(r"(?:\s+points?)?(?:,?\s+or\s+|\s*\(\s*)[+\-\u2212]?(?P<pct>\d+(?:\.\d+)?)%"
                         r"(?:\s*\))?"
                         r"(?!\s*(?:above|below|under|over|beneath|from|of|off|away|short|to|past)\b)",
                         re.IGNORECASE)
"""A % printed right after a figure as its other form ("$3.38 or 0.58%", "321.84 points or 0.88%",
"$11.86 (1.90%)"), not a distance ("$5.28, or 2.1%, above the floor" is read elsewhere)."""


def _move_beside_its_pct(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The day's move (`change_1d`) of a dollar or point figure whose % form beside it is the subject's
    1-day move at its printed precision ("fell again on Friday, by 321.84 points or 0.88%", "after
    dropping $1.89, or 0.80%"): the words name the move by its other form. None otherwise."""
    if claim.names is not None or claim.number.sign or claim.number.unit not in (None, "price") \
            or claim.relation is not None:
        return None
    beside = _PCT_BESIDE.match(claim.sentence, claim.number.end)
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    pct, move = ctx.fact(subject, "change_1d_pct"), ctx.fact(subject, "change_1d")
    if beside is None or pct is None or move is None or not isinstance(pct.value, float | int):
        return None
    printed = beside.group("pct")
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    if round(abs(float(pct.value)), decimals) != float(printed):
        return None
    return SubjectFact(subject, "change_1d", move)


_MOVE_AFTER = re.compile(r",?\s+(?:up|down|higher|lower|a gain of|a loss of|a drop of|a rise of)\s+"
                         r"(?:(?P<dollars>\$?\d+\.\d+)|(?P<cents>\d{1,2}) cents)(?:\s+points?)?"
                         r"(?:,?\s+or\s+(?P<pct>\d+\.\d+)%)?", re.IGNORECASE)
"""A price's own move printed right after it ("$688.00, up $7.49, or 1.10%", "at $244.30, up 73 cents")."""


def _close_before_its_move(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The close, for a price followed by the subject's own day's move ("And that's the flag! $686.00, up
    $7.49", "Hammer: $472.60, up $2.81 or 0.60%"): a price the day's move follows is where the day ended.
    None unless that move (or its %) is the subject's 1-day move at its printed precision."""
    if claim.names is not None or claim.number.sign or claim.number.unit not in (None, "price") \
            or claim.relation is not None or claim.period is not None:
        return None
    after = _MOVE_AFTER.match(claim.sentence, claim.number.end)
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    move, pct, close = (ctx.fact(subject, name) for name in ("change_1d", "change_1d_pct", "close"))
    if after is None or move is None or close is None or not isinstance(move.value, float | int):
        return None
    dollars = after.group("dollars")
    size = float(dollars.lstrip("$")) if dollars else int(after.group("cents")) / 100
    same_move = round(abs(float(move.value)), 2) == size
    same_pct = after.group("pct") is not None and pct is not None and isinstance(pct.value, float | int) \
        and round(abs(float(pct.value)), 2) == float(after.group("pct"))
    return SubjectFact(subject, "close", close) if same_move or same_pct else None


_HEDGE = re.compile(r"\b(?:could|would|might|may|should|will|if|unless|target\w*|aim\w*|eyes?|eyeing)\b",
                    re.IGNORECASE)


def _average_move(claim: Claim, ctx: VerifyContext, source_text: str) -> list[Finding]:
    if _in_source(claim.number, source_text):
        return []
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    snapshot = _snapshot_of(ctx, subject)
    if snapshot is None:
        return [_no_data(claim, f"it is {subject}'s {claim.average}-day average's move, and no data is "
                                f"loaded for {subject}")]
    return check_average_move(claim, snapshot)


_PAST_CLOSE = re.compile(r"(?:\b(?:closed|ended|finished|settled)\b(?:[^.;:]|\.\d){0,25}|"
                         r"\b(?:prior|previous) (?:close|closing price)(?: (?:of|at|was))?\s*\$?)$",
                         re.IGNORECASE)


def _hedged_close(claim: Claim) -> bool:
    """A close the words state as past, however hedged ("It appears that SPY may have closed at $679.84,
    ... from the prior close of $683.25, based on data we believe to be reliable"): the writer's figure
    of record, checked, not another source's level or forecast."""
    return claim.names == "close" and _PAST_CLOSE.search(claim.sentence, 0, claim.number.start) is not None


_ABOUT = re.compile(r"\b(?:about|around|roughly|some|approximately|close to)\s*$", re.IGNORECASE)


def _printed_difference(claim: Claim, near: Neighbours) -> bool:
    """A dollar gap between two prices printed in its sentence or the one before ("the 50-day at $616.10
    is below the 200-day at $647.76 ... would need to climb more than $31"), at the printed precision or
    as its words bound it ("more than", "nearly", "about")."""
    return claim.number.unit == "price" and pair_gap_fits(claim, _printed_beside(claim, near))


def _money_gap(claim: Claim, ctx: VerifyContext, near: Neighbours) -> list[Finding] | None:
    """A distance in money between two prices (money_distances): none when it is the gap between two
    printed or named prices ("55 cents below your stop", "closed within 13 cents of its high"); the gap
    between the two held prices its words name when it is not (`derived-mismatch`); None when the words
    are no such distance or name no two ends."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    restated = restated_gap(claim, ctx, subject)
    part = candle_part(claim, ctx, subject) if restated is None and claim.period in (None, "1d") else None
    worked = restated if restated is not None else part
    if worked is not None:  # "held above the 50-day ($679.19) by just 0.09%, 65 cents": close to $679.19;
        # "a red body of $4.78": open to close
        words = claim.sentence[max(0, claim.number.start - 20):claim.number.start]
        what = "the close and the price its % distance is from" if restated is not None else \
            "the prices its candle's part spans"
        return [] if gap_fits(claim.number.value, claim.number.decimals, words, worked) else [
            finding("derived-mismatch", f"{claim.span} is not the distance between {what}",
                    section=claim.section, span=claim.span, expected=f"${worked:.2f}",
                    source=f"recomputed from {subject}'s held prices")]
    if distance_traced(claim, _printed_beside(claim, near), ctx, subject):
        return []
    gap = named_gap(claim, ctx, subject)
    if gap is None or _hits(claim, ctx):  # "a normal day's range ($7.99)": the ATR, read on
        return None
    return [finding("derived-mismatch", f"{claim.span} is not the distance between the two prices its words "
                    "name", section=claim.section, span=claim.span, expected=f"${gap:.2f}",
                    source=f"recomputed from {subject}'s held prices")]


_WIDTH_UNITS_AFTER = re.compile(r"\s*(?:points?|pts\b\.?|cents|dollars)\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\brange\b[^.;\d$]{0,20}$", re.IGNORECASE)


def _day_range_width(claim: Claim, ctx: VerifyContext) -> list[Finding] | None:
    """The day's range told as its width in points or money ("The day's range was 105.39 points"): the
    high less the low (`derived-mismatch` when it is not), not the low the words "day's range" open; None
    when the figure is no such width."""
    number = claim.number
    if claim.names not in ("low", "high") or not _WIDTH_UNITS_AFTER.match(claim.sentence, number.end) \
            or not _RANGE_BEFORE.search(claim.sentence, max(0, number.start - 40), number.start):
        return None
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    high, low = ctx.fact(subject, "high"), ctx.fact(subject, "low")
    if high is None or low is None or not isinstance(high.value, int | float) \
            or not isinstance(low.value, int | float):
        return None
    width = float(high.value) - float(low.value)
    words = claim.sentence[max(0, number.start - 20):number.start]
    return [] if gap_fits(number.value * number.scale, number.decimals, words, width) else [
        finding("derived-mismatch", f"{claim.span} is not the day's range (high less low)",
                section=claim.section, span=claim.span, expected=f"{width:,.2f}",
                source=f"recomputed from {subject}'s high and low")]


def _printed_beside(claim: Claim, near: Neighbours) -> list[float]:
    """The prices printed in the claim's sentence and the one before, but the claim's own."""
    return [c.number.value for c in (*near.earlier, *near.prices) if c.number is not claim.number]


_ATR_MULTIPLE = re.compile(r"\b(?P<k>\d+(?:\.\d+)?)\s?(?:-|x\s?|\u00d7\s?)?ATRs?\b")
"""A stated multiple of the ATR: "a 2-ATR down day", "1.5x ATR", "3 ATRs"."""


def _atr_multiple(claim: Claim, ctx: VerifyContext) -> bool:
    """A dollar figure that is the stated multiple of the subject's ATR, worked out ("a 2-ATR down day
    ($7.75 ATR, so about $15.50)"): a derived figure the data bears out, at its printed precision or as
    'about' bounds it. One that is not the multiple is read on (and stays untraced)."""
    if claim.number.unit != "price" or claim.number.sign:
        return False
    atr = ctx.fact(ctx.symbol, "atr_14")
    if atr is None:
        return False
    words = claim.sentence[max(0, claim.number.start - 20):claim.number.start]
    step = 10 ** -claim.number.decimals
    slack = max(step / 2, 0.02 * claim.number.value) if _ABOUT.search(words) else step / 2
    return any(abs(float(found.group("k")) * float(atr.value) - claim.number.value) <= slack + 1e-9  # type: ignore[arg-type]
               for found in _ATR_MULTIPLE.finditer(claim.sentence) if found.start() != claim.number.start)


# --- a fact the words name ---------------------------------------------------------------

def _named_fact(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    name = claim.names
    if name is None and claim.relation and claim.reference in _RELATION_FACTS and claim.number.unit == "pct" \
            and (claim.kind == ClaimKind.DISTANCE or claim.kind == ClaimKind.CHANGE and claim.period is None):
        name = _RELATION_FACTS[claim.reference][0]  # "0.60% below its 50-day average", "has slipped 1.25%
        # under its 200-day": the distance the words name (pct_vs_sma_*), not the day's move
    elif name is None and claim.kind == ClaimKind.DISTANCE and claim.reference is None:
        mark = _mark_subject(claim)  # "The 52-week high close, 48,944.52 ..., is 28.26% above"
        name = _RELATION_FACTS[mark[0]][0] if mark is not None else None
    if claim.kind == ClaimKind.CHANGE and name is None:
        name = _PERIOD_FACT.get(claim.period)
    if name == "close" and claim.period == "prev":
        name = "prev_close"  # "closed at $243.57 in the previous session"
    if name in ("high_52w", "low_52w") and claim.period == "intraday":
        name += "_intraday"  # "its 52-week intraday high of $258.49"
    window = _window_of(claim) if claim.kind == ClaimKind.CHANGE and claim.names is None else None
    if name is None and window is None:
        return None
    subject = _subject_symbol(claim, ctx)
    if subject is None and name is not None and _own_family_only(claim, ctx, name):
        subject = ctx.symbol  # "ATR 5.40" on DIA's sheet a line after "DJIA 47,220.31": the index has no
        # ATR loaded, the fund the sheet is about has
    if subject is not None and name == "change_1d" and IN_POINTS.match(claim.sentence[claim.number.end:]):
        subject = _quoted_in_points(claim, ctx, subject)  # "up 57.63 points": the index's move
    if subject is None:
        return None
    if name is None and claim.run and ctx.fact(subject, "close_streak_change_pct") is not None:
        name = "close_streak_change_pct"  # the run's own return, even when its count is miswritten
    elif name is None:
        return window_return(ctx, subject, window) if window is not None else None
    if name == "event_sessions_until":
        return _event_count(claim, ctx)
    if name == "streak_sessions" and _own_closes_streak(claim):
        name = "close_streak_sessions"  # "IWM has fallen 6 sessions in a row": its closes, not its lag
    member = _family_match(claim, ctx, name) or _index_member(claim, ctx, name)
    if member is not None:
        return member
    fact = ctx.fact(subject, name)
    if fact is None and name in _SHORT_HISTORY:  # less than a year held: the window's extremes
        name = _SHORT_HISTORY[name]             # stand in (the 52-week words are a pattern finding)
        fact = ctx.fact(subject, name)
    if fact is None and window is not None:
        return window_return(ctx, subject, window)  # a week's or month's move the sheet lacks
    if fact is None or not unit_fits(fact, claim.number):
        return None
    return SubjectFact(subject, name, fact)


def _own_family_only(claim: Claim, ctx: VerifyContext, name: str) -> bool:
    """A figure named loosely (not in its own clause) for members of the article's own family only, the
    article's own symbol not among them (its index named on a line before), none of which holds the
    measure the words name, while the article's own symbol does."""
    family = ctx.lexicon.family_of(ctx.symbol)
    loose = claim.subject or ()
    return bool(loose) and not claim.strong and ctx.symbol not in loose and all(s in family for s in loose) \
        and all(ctx.fact(s, name) is None for s in loose) and ctx.fact(ctx.symbol, name) is not None


_PERIOD_SESSIONS = {"5d": 5, "1m": 21}
_SHORT_HISTORY = {"pct_from_52w_high": "pct_from_window_high", "pct_from_52w_low": "pct_from_window_low",
                  "high_52w": "high_window", "low_52w": "low_window",
                  "pct_from_ath": "pct_from_window_high", "all_time_high": "high_window"}
"""The fact a 52-week or record figure is held to when the snapshot has less than a year of
sessions (the words themselves are a pattern finding: verify/words.py)."""


def _quoted_in_points(claim: Claim, ctx: VerifyContext, subject: str) -> str | None:
    """Whose move a figure in points is: the index of the subject's family (an ETF's move is in
    dollars), None when no index of it is loaded."""
    family = {m for s in (claim.subject or (subject,)) for m in ctx.lexicon.family_of(s)}
    return next((m for m in sorted(family) if ctx.lexicon.kind_of(m) == InstrumentKind.INDEX
                 and ctx.fact(m, "change_1d") is not None), None)


def _window_of(claim: Claim) -> int | None:
    """The sessions a move's time frame covers when the closes can give its return."""
    if claim.period == "window":
        return claim.window
    return _PERIOD_SESSIONS.get(claim.period or "")


def _snapshot_of(ctx: VerifyContext, subject: str) -> Snapshot | None:
    return ctx.snapshot if subject == ctx.symbol else ctx.peers.get(subject)


def window_return(ctx: VerifyContext, subject: str, sessions: int) -> SubjectFact | None:
    """The subject's % change over its last `sessions` sessions, from the snapshot's recent closes."""
    snapshot = _snapshot_of(ctx, subject)
    closes = snapshot.recent_closes if snapshot is not None else []
    if sessions < 1 or len(closes) <= sessions or not closes[-1 - sessions]:
        return None
    value = (closes[-1] / closes[-1 - sessions] - 1) * 100
    name = f"change_{sessions}_sessions_pct"
    return SubjectFact(subject, name, Fact(name, value, "pct", 2, source=f"recent_closes[-{sessions + 1}:]"))


def _lookback(claim: Claim, ctx: VerifyContext) -> list[Finding]:
    """A count of sessions naming a look-back window ("over the past 10 sessions"): traced when the
    history held covers it."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    snapshot = _snapshot_of(ctx, subject) or ctx.snapshot
    if claim.window is not None and claim.window < snapshot.bars_used:
        return []
    return [_no_data(claim, f"{snapshot.symbol}'s data holds {snapshot.bars_used} sessions of history")]


def _own_closes_streak(claim: Claim) -> bool:
    """A run of sessions told with a move word and no comparison ("fell for 6 sessions in a row",
    "six straight higher closes") counts the instrument's own closes; so does a run whose own words
    give its closes' way ("its sixth straight lower close", "the fifth day in a row in the red", "the
    fourth consecutive day of decline"), whatever another clause of the sentence compares."""
    if _RUN_OF_CLOSES.search(_run_words(claim)) or _WAY_FOR.search(claim.sentence, 0, claim.number.start):
        return True
    return bool(claim.direction) and not (_LEAD.search(claim.sentence) or _LAG.search(claim.sentence))


def _run_words(claim: Claim) -> str:
    """The run's count and the words after it up to its clause's end (at most _RUN_REACH characters)."""
    end = min(len(claim.sentence), claim.number.end + _RUN_REACH)
    stop = _STREAK_CLAUSE_END.search(claim.sentence, claim.number.end, end)
    return claim.sentence[claim.number.start:stop.start() if stop else end]


_RUN_REACH = 40
_RUN_OF_CLOSES = re.compile(
    r"\b(?:higher|lower|up|down|green|red|gaining|losing|winning|declining|positive|negative)\s+"
    r"(?:close|finish|session|day|trading day)(?:e?s)?\b|\bin the (?:red|green)\b|"
    r"\bof (?:decline|declines|gains|losses|falls|rises)\b|"
    r"\b(?:that|when|in which|on which)\s+(?:it|the (?:fund|index|ETF))\s+"
    r"(?:went (?:up|down)|rose|fell|gained|lost|closed (?:higher|lower|up|down))\b(?!\s+(?:behind|short))",
    re.IGNORECASE)
"""A run's words that say which way its closes went: the count is of the instrument's own closes."""
_WAY_FOR = re.compile(r"\b(?:higher|lower)\s+for\s+$")
"""A run its words gave a way ("its sixth straight lower close" reads "its lower for 6 straight sessions",
number_words._run): the instrument's own closes."""


def _family_move(claim: Claim) -> bool:
    family = bool(claim.strong and claim.subject and len(claim.subject) > 1)
    return family and claim.number.unit in ("pct", "pp")


def _family_match(claim: Claim, ctx: VerifyContext, name: str) -> SubjectFact | None:
    """A move named for a family ("the Dow gained 0.58%") may be the ETF's or the index's: the member
    whose fact it shows, also when the name stands further from the figure ("the Nasdaq 100 itself
    finished at 25,753.96, up 1.89%")."""
    if not (claim.subject and len(claim.subject) > 1 and claim.number.unit in ("pct", "pp")):
        return None
    for member in claim.subject or ():
        fact = ctx.fact(member, name)
        if fact is not None and matches(fact, claim.number):
            return SubjectFact(member, name, fact)
    return None


def _index_member(claim: Claim, ctx: VerifyContext, name: str) -> SubjectFact | None:
    """A move named by a family's loose name ("the Dow fell 0.4%") that matches no member is held to
    the index the name means, when its figure is loaded (not to the ETF's)."""
    if not _family_move(claim):
        return None
    for member in claim.subject or ():
        fact = ctx.fact(member, name) if ctx.lexicon.kind_of(member) == InstrumentKind.INDEX else None
        if fact is not None and unit_fits(fact, claim.number):
            return SubjectFact(member, name, fact)
    return None


def _family_unloaded(claim: Claim, ctx: VerifyContext) -> str | None:
    """A family's move that matches no loaded member may be its unloaded member's (the index's)."""
    if not _family_move(claim):
        return None
    return next((m for m in claim.subject or () if not _loaded(m, ctx)), None)


_UNCHECKED_PERIODS = {"mtd": "no month-to-date or calendar-month return is computed",
                      "since": "no return since that date is computed",
                      "past": "it is about a past session, and no history of that day is loaded",
                      "window": "no return over that window is computed",
                      "intraday": "extremes are computed on closes; no intraday high or low is loaded",
                      "prev": "no move of the previous session is loaded"}


_PERIOD_KINDS = (ClaimKind.CHANGE, ClaimKind.LEVEL, ClaimKind.VALUE)


def _unverifiable(claim: Claim, ctx: VerifyContext) -> str | None:
    """Why the loaded data cannot check a figure (None when it can): the words name a fact its
    subject has no value for, or the subject has no data at all."""
    subject = _subject_symbol(claim, ctx) if claim.subject else None
    if claim.subject and claim.strong and subject is not None and not _loaded(subject, ctx):
        return f"no data is loaded for {subject}"
    name = claim.names or (_PERIOD_FACT.get(claim.period) if claim.kind == ClaimKind.CHANGE else None)
    if name is None or name in ("event_sessions_until", "streak_sessions", "window_sessions"):
        return None
    owner = subject or (ctx.symbol if claim.subject is None else None)
    if owner is not None and not claim.strong and owner != ctx.symbol and not _loaded(owner, ctx):
        return f"no data is loaded for {owner}"
    if owner is not None and ctx.fact(owner, name) is None and claim.kind != ClaimKind.SCORE:
        return f"no {name.replace('_', ' ')} is loaded for {owner}"
    return None


_PERIOD_NAMES = {  # the facts a figure with that time frame may be
    "intraday": ("high", "low", "high_52w", "low_52w", "all_time_high", "high_window", "low_window"),
    "past": ("prev_close", "high_52w", "low_52w", "all_time_high", "high_window", "low_window", "level_",
             "range_", "cross_"),
    "since": ("pct_from_", "pct_vs_", "change_", "spread_"),
    "window": ("change_", "spread_", "pct_from_", "range_"),
    "mtd": ("change_1m_pct", "spread_vs_"),
    "prev": ("prev_close",),
}


_CLAUSE_END = re.compile(r"[;\u2014]|\.(?!\d)|,\s(?:while|but|and)\b")


def _dated_before(claim: Claim, ctx: VerifyContext) -> bool:
    """A date before the session printed in the figure's clause ("closed at $250.10 on Nov 3").

    A date after the figure is its date only when no other figure stands between them: in "the high
    of the day was $631.45, above the record close of $629.76 from Nov 11" the date is the record's.
    """
    sentence, number = claim.sentence, claim.number
    if not ctx.per_text(may_hold_date, sentence):
        return False  # no date anywhere in the sentence, so none in the clause
    start = max([0, *(m.end() for m in _CLAUSE_END.finditer(sentence[:number.start]))])
    end_match = _CLAUSE_END.search(sentence[number.end:])
    clause = sentence[start:number.end + (end_match.start() if end_match else len(sentence))]
    own_end = number.end - start
    return any(d.value < ctx.snapshot.session
               and (d.start < own_end and not _names_extreme(clause, d, number.start - start)
                    or d.start >= own_end and _dates_figure_before(clause, own_end, d))
               for d in find_dates(clause, ctx.snapshot.session))


_EXTREME_AFTER = re.compile(r"\s+(?:(?:all-time|record|closing|intraday)\s+)*(?:record|peak|top|high|low)\b",
                            re.IGNORECASE)


def _names_extreme(clause: str, printed: PrintedDate, own_start: int) -> bool:
    """A date before the figure that names an extreme with a figure of its own and then 'and' between them
    ("2.19% below its November 11 record of $629.76 and 0.53% above its 50-day average of $612.70"): the
    record's date, not the figure's."""
    return _EXTREME_AFTER.match(clause, printed.end) is not None and \
        _OWN_FIGURE_AND.search(clause, printed.end, own_start) is not None


_OWN_FIGURE_AND = re.compile(r"\d[^;]*?\band\b")
"""The extreme's own figure, then 'and' a second part of the clause ('record of $629.76 and 0.53% above
...'); without it the figure is measured from the dated extreme ('From the August 19 closing high of
48,944.52 it has lost 28.26%')."""


def _dates_figure_before(clause: str, own_end: int, printed: PrintedDate) -> bool:
    """A date after the figure dates it when no figure stands between them and the next figure after
    the date is not nearer to it ("$481.59, a record close, topping the Nov 12 close of $478.00")."""
    if _DIGIT.search(clause, own_end, printed.start):
        return False
    following = _DIGIT.search(clause, printed.end)
    return following is None or "," in clause[printed.end:following.start()] \
        or following.start() - printed.end >= printed.start - own_end


_DIGIT = re.compile(r"\d")


_HISTORY_NAMES = ("high_52w", "low_52w", "all_time_high", "high_window", "low_window")


def _period_hit(claim: Claim, ctx: VerifyContext, period: str | None) -> bool:
    """A figure with a time frame the data has no return for may still be one of the facts that
    frame names (the 52-week low's date, a move since the low)."""
    subjects = _pool(claim, ctx) or {m for s in claim.subject or () for m in ctx.lexicon.family_of(s)}
    subjects = subjects or {ctx.symbol}
    names = _PERIOD_NAMES.get(period or "", ())
    if claim.names not in (None, "close"):
        names = (*names, claim.names)  # "the 200-day ($647.76): a death cross since Mar 27": today's
    return any(sf.subject in subjects and sf.name.startswith(names) and _same_kind(claim, sf)
               for sf in _hits(claim, ctx))


def _hits_pool(claim: Claim, ctx: VerifyContext) -> bool:
    subjects = _pool(claim, ctx)
    return any(subjects is None or sf.subject in subjects for sf in _hits(claim, ctx))


_OVER_THEM_AFTER = re.compile(r"\s*(?:over|across|in|during)\s+(?:them|those|these)\b", re.IGNORECASE)


def _on_past_bar(claim: Claim, ctx: VerifyContext, source_text: str) -> list[Finding] | None:
    """The findings of a figure the words date to a past session's bar (past_bars); None when they date
    it to none. An opening gap told from a named day's close ("0.17% below Tuesday's close") is the
    session's own."""
    if claim.names == "gap_pct" and PREV_CLOSE_AFTER.match(claim.sentence[claim.number.end:]):
        return None
    if claim.run and _OVER_THEM_AFTER.match(claim.sentence, claim.number.end):
        return None  # "Monday $30.95, ... Friday $30.01: three lower closes in a row, down 3.60% over
        # them": the run's total, not Monday's move
    past = check_past_figure(claim, ctx, _snapshot_of(ctx, _subject_symbol(claim, ctx) or ctx.symbol))
    if past and _in_source(claim.number, source_text):  # the cited story prints it: its size is sourced,
        return [f for f in past if f.code == "direction-mismatch"]  # not a sign the bars contradict
    return past


def _source_claim(claim: Claim, source_text: str) -> list[Finding]:
    """Another source's level or forecast: traced to the cited source, unverifiable without one."""
    if _in_source(claim.number, source_text):
        return []
    if source_text.strip():
        return [_untraced(claim, "is attributed to the cited source, whose text does not print it")]
    return [_no_data(claim, "it is a level or forecast of a source the sentence does not cite")]


def _window_width(claim: Claim, ctx: VerifyContext) -> str | None:
    """Why a width named as the range's is not checked: its range is a window of another length."""
    if claim.names != "range_width_pct":
        return None
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    return other_window_width(claim.sentence, claim.number.start, ctx, subject)


def _time_frame_unverifiable(claim: Claim, ctx: VerifyContext) -> str | None:
    """Why a figure's time frame (a past day, month-to-date, since a date, intraday) is beyond the
    loaded data, unless the figure is one of the facts that frame may name."""
    if claim.kind not in _PERIOD_KINDS:
        return None
    period = "past" if _dated_before(claim, ctx) else claim.period
    if claim.names in _HISTORY_NAMES and period == "intraday":
        subject = _subject_symbol(claim, ctx) or ctx.symbol
        return None if ctx.fact(subject, f"{claim.names}_intraday") else _UNCHECKED_PERIODS[period]
    if period == "prev" and claim.names == "close" or claim.names in _HISTORY_NAMES \
            or claim.names == "cross_sessions_since":  # "the cross of July 1, 97 sessions ago": its age
        return None  # the previous close, a 52-week or record high is a fact: checked by name
    if period == "intraday" and claim.names in ("high", "low"):
        return None  # the session's own intraday high or low
    if period == "window" and claim.kind == ClaimKind.CHANGE and claim.names is None and claim.window \
            and window_return(ctx, _subject_symbol(claim, ctx) or ctx.symbol, claim.window) is not None:
        return None  # a return over a window the recent closes cover: checked against it
    if period not in _UNCHECKED_PERIODS or _period_hit(claim, ctx, period):
        return None
    if period == "since" and dated_extreme(claim) is not None and _dated_extreme_agrees(claim, ctx):
        return None  # "Up 12.18% from the Apr 28 low" on the 52-week low's date: that low's distance
    return _UNCHECKED_PERIODS[period]


def _dated_extreme_agrees(claim: Claim, ctx: VerifyContext) -> bool:
    """A % from a dated high or low is that extreme's distance only on the extreme's date (see
    extreme_dates.dated_extreme_held); a % with no such date is not held here."""
    dated = dated_extreme(claim)
    if dated is None:
        return True
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    snapshot = ctx.snapshot if subject == ctx.symbol else ctx.peers.get(subject)
    return snapshot is not None and dated_extreme_held(snapshot, dated[0], dated[1])


def _loaded(symbol: str, ctx: VerifyContext) -> bool:
    return symbol == ctx.symbol or ctx.fact(symbol, "close") is not None


def _full(symbol: str, ctx: VerifyContext) -> bool:
    """A whole snapshot is loaded for the symbol (not only a related close and move)."""
    return symbol == ctx.symbol or symbol in ctx.peers


def _no_data(claim: Claim, why: str) -> Finding:
    return finding("figure-unverifiable", f"{claim.span} cannot be checked: {why}", section=claim.section,
                   span=claim.span)


def _subject_symbol(claim: Claim, ctx: VerifyContext) -> str | None:
    """Who a named figure is about: the subject named right before it, else the article's."""
    if claim.names == "streak_sessions":
        return _streak_subject(claim, ctx) or _running_symbol(claim, ctx) or ctx.symbol
    if claim.subject is None or claim.names == "event_sessions_until":
        return ctx.symbol  # calendar counts are the article's own
    if not claim.strong:  # named loosely: the article's own figure, a peer's by possessive, or unknown
        if ctx.symbol in claim.subject:  # of its family, the member whose scale the figure is on
            member = _scale_member(claim, ctx, claim.subject) if len(claim.subject) > 1 else None
            return member or ctx.symbol
        return _possessive_peer(claim, ctx) or _its_peer(claim, ctx) or _clause_subject(claim, ctx)
    if len(claim.subject) == 1:
        return claim.subject[0]
    family = [s for s in claim.subject if s in (ctx.symbol, *ctx.peers)]
    if ctx.symbol in claim.subject:
        return _scale_member(claim, ctx, claim.subject) or ctx.symbol
    return _scale_member(claim, ctx, claim.subject) or (family[0] if family else claim.subject[0])


def _streak_subject(claim: Claim, ctx: VerifyContext) -> str | None:
    """Whose run behind or ahead of a benchmark a streak is: the instrument named right before the
    lead or lag verb ("$IWM lagged $SPY for a sixth straight session" is IWM's, in any article), when
    its data is loaded; else None (the article's own, as "It trailed SPY for 6 sessions")."""
    verbs = [m for pattern in (_LEAD, _LAG) for m in pattern.finditer(claim.sentence, 0, claim.number.start)]
    if not verbs:
        end = claim.number.end
        verbs = [m for pattern in (_LEAD, _LAG)
                 for m in pattern.finditer(claim.sentence, end, end + _STREAK_VERB_REACH)
                 if not _STREAK_CLAUSE_END.search(claim.sentence, end, m.start())]
        if not verbs:
            return None
        verb = min(verbs, key=lambda m: m.start())  # "the sixth session in a row in which IWM trailed SPY"
    else:
        verb = max(verbs, key=lambda m: m.start())
    runner = _runner_against(claim, ctx, verb)
    if runner is not None:
        return runner
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= verb.start()]
    if not before or _CLAUSE_GAP.search(claim.sentence, before[-1].end, verb.start()):
        return None
    loaded = [s for s in before[-1].symbols if _loaded(s, ctx)]
    return ctx.symbol if ctx.symbol in loaded else loaded[0] if len(loaded) == 1 else None


def _running_symbol(claim: Claim, ctx: VerifyContext) -> str | None:
    """The paragraph's running subject, when one is held and loaded and the sentence names no instrument
    before the count ("4. IWM ... Sixth straight session trailing SPY": IWM's run, not the article's)."""
    if not claim.running or ctx.lexicon.mentions(claim.sentence[:claim.number.start]):
        return None
    return next((s for s in claim.running if _loaded(s, ctx)), None)


_STREAK_VERB_REACH = 40
"""How far after a streak's count its lead or lag verb may stand ("the sixth session in a row in which IWM
trailed SPY", "six straight sessions that it has lagged SPY"): characters."""
_STREAK_CLAUSE_END = re.compile(r"[;:,.\u2014(]|\b(?:while|whereas|but|and|or)\b")
_OBJECT_GAP = re.compile(r"^\s*(?:the\s+)?$")


def _runner_against(claim: Claim, ctx: VerifyContext, verb: re.Match[str]) -> str | None:
    """Whose streak it is when the lead or lag verb's object is the article's own instrument ("IWM
    rose 0.30%, and it has trailed SPY for six straight sessions" in SPY's note): not SPY's (no
    instrument trails itself) but the one named last before the verb in the sentence, when loaded."""
    mentions = ctx.lexicon.mentions(claim.sentence)
    after = [m for m in mentions if m.start >= verb.end()]
    if not after or not _OBJECT_GAP.match(claim.sentence[verb.end():after[0].start]) \
            or ctx.symbol not in after[0].symbols:
        return None
    before = [m for m in mentions if m.end <= verb.start() and ctx.symbol not in m.symbols]
    if not before:
        return None
    loaded = [s for s in before[-1].symbols if _loaded(s, ctx)]
    return loaded[0] if len(loaded) == 1 else None


_POSSESSIVE = re.compile(r"^['\u2019]s\s[^,;:.\u2014]*$")
"""What follows a name up to its figure in "QQQ's RSI(14) sits at 56.4": the same clause."""


def _possessive_peer(claim: Claim, ctx: VerifyContext) -> str | None:
    """The peer whose named figure this is when the words say so ("QQQ's RSI sits at 56.4") and
    its snapshot is loaded with that fact (of a family, the one member loaded); else None
    (unknown subject, as before)."""
    if claim.names is None or claim.subject is None:
        return None
    loaded = [s for s in claim.subject if s in ctx.peers and ctx.fact(s, claim.names) is not None]
    if len(loaded) != 1:  # "the Nasdaq 100's RSI": the one family member whose snapshot is loaded
        return None
    symbol = loaded[0]
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= claim.number.start]
    if not before or before[-1].symbols != claim.subject:
        return None
    return symbol if _POSSESSIVE.match(claim.sentence[before[-1].end:claim.number.start]) else None


_ITS = re.compile(r"\bits\s+[^,;:.\d\u2014]{0,40}$", re.IGNORECASE)
"""'its' and the figure's name in one stretch of words right before it ("and its RSI is")."""


def _its_peer(claim: Claim, ctx: VerifyContext) -> str | None:
    """The peer a named figure is when the words call it 'its' and the sentence names that one
    instrument before it ("FRNT, closed at $30.01, down 0.86%, and its RSI is 22.9"), with that fact
    loaded; else None."""
    if claim.names is None or claim.subject is None:
        return None
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= claim.number.start]
    if not before or len({m.symbols for m in before}) != 1 \
            or not _ITS.search(claim.sentence, before[-1].end, claim.number.start):
        return None
    loaded = [s for s in claim.subject if s in ctx.peers and ctx.fact(s, claim.names) is not None]
    return loaded[0] if len(loaded) == 1 else None


_CLAUSE_GAP = re.compile(r"[;:\u2014]|,(?!\d{3})|\b(?:while|whereas|but|and|which|who|than|as|versus|vs|"
                         r"against|"
                         r"compared|relative)\b", re.IGNORECASE)
"""A break between a name and a figure: past it, the figure may be another instrument's. A thousands
separator ("closed at 47,220.31 with plus 1.11 percent") is no break."""


def _clause_subject(claim: Claim, ctx: VerifyContext) -> str | None:
    """Whose a figure the words name ("The Dow's 50-day average sits at", "The S&P 500 has gained 0.42%
    year-to-date") is when the instrument named last opens its clause, loaded or not: a figure whose
    subject has no data is unverifiable, never matched to the article's facts by its value."""
    if claim.subject is None or not _names_fact(claim):
        return None
    before = [m for m in ctx.lexicon.mentions(claim.sentence) if m.end <= claim.number.start]
    if not before or before[-1].symbols != claim.subject:
        return None
    mention = before[-1]
    if _CLAUSE_GAP.search(_words_between(claim.sentence, before, claim.number.start)) \
            or _OBJECT_BEFORE.search(claim.sentence[max(0, mention.start - 16):mention.start]):
        return None  # "IWM lagged the Dow, which...", "trailed the Dow by": not the figure's subject
    if len(claim.subject) == 1:
        return claim.subject[0]
    member = _scale_member(claim, ctx, claim.subject)  # "Russell 2000 ends at 2,456.17": the index
    if member is not None:
        return member
    loaded = [s for s in claim.subject if _full(s, ctx)]
    return loaded[0] if len(loaded) == 1 else claim.subject[0]


_APPOSED = re.compile(r"[\w\s]*,\s*(?:the\s+)?", re.IGNORECASE)
"""What stands between a name and a second name of the same instrument set in commas after it ("The index
itself, Dow Jones Industrial Average, closed at...")."""
_OPENING_PHRASE = re.compile(r"^[^\d,;:.!?]{1,40},\s*$")
"""A short noun phrase opening the sentence before a name set in commas ("The ETF hikers, IWM, came down")."""
_RELATIVE_MOVE = re.compile(r"\s*(?:which|that|who)\s+(?=(?:(?:has|had|also|only|just)\s+)?(?:went|rose|fell|"
                            r"gained|lost|added|shed|slipped|climbed|dropped|dipped|eased|ended|closed|finished|"
                            r"settled|advanced|declined|rallied|sank)\b)", re.IGNORECASE)
"""A relative clause telling the name's own move ("SPY, which went up 0.60%"): no new subject."""
_FIGURE_COMMA = re.compile(r"\d%?\s*,\s*$")
"""A figure and a comma right before the figure read ("came down to $245.28, -0.90%"): a level and its
move."""


def _words_between(sentence: str, before: Sequence[Mention], end: int) -> str:
    """The words from the last name before a figure to the figure, without what does not start a new
    clause: the comma closing the name set in commas as an apposition (after an earlier name of the same
    instrument, or after a short noun phrase opening the sentence: "The ETF hikers, IWM, came down"), a
    relative pronoun telling the name's own move ("SPY, which went up"), and the comma after a figure
    the read one restates ("to $245.28, -0.90%")."""
    mention = before[-1]
    start = mention.end
    if sentence.startswith(",", start):
        earlier = len(before) > 1 and bool(set(before[-2].symbols) & set(mention.symbols)) \
            and _APPOSED.fullmatch(sentence, before[-2].end, mention.start) is not None
        if earlier or _OPENING_PHRASE.match(sentence[:mention.start]):
            start += 1
    relative = _RELATIVE_MOVE.match(sentence, start + 1 if sentence.startswith(",", start) else start)
    if relative is not None:
        start = relative.end()
    words = sentence[start:end]
    figure = _FIGURE_COMMA.search(words)
    return words[:figure.start() + 1] if figure is not None else words


def _names_fact(claim: Claim) -> bool:
    """The words name what the figure is (RSI, a 50-day average, a close, a move over a stated period)."""
    if claim.names is not None:
        return claim.names not in ("lookback_sessions", "window_sessions")
    return claim.kind == ClaimKind.CHANGE


def _same_kind(claim: Claim, sf: SubjectFact) -> bool:
    """A fact the claim's words may name: its own name (or a name the same words may mean), the
    return of its stated period. A figure named as one thing never traces to a fact of another kind
    that happens to share its value (a year-to-date move equal to the VIX's 1-day move)."""
    if claim.names is not None:
        return sf.name in _ALIASES.get(claim.names, (claim.names,))
    if claim.relation and claim.reference in _RELATION_FACTS and claim.number.unit == "pct":
        return sf.name in _RELATION_FACTS[claim.reference]  # a distance from that level, no other %
    if _counts_sessions(claim):
        return sf.fact.unit == "count"  # "lower in 30 of its last 40 sessions" is no $30.01 close
    if claim.kind != ClaimKind.CHANGE:
        return True
    period = "1d" if claim.period is None else claim.period
    tags = _PERIOD_TAGS.get(period)
    return tags is None or any(tag in sf.name for tag in tags)


_SESSION_COUNT = re.compile(r"\s+(?:of (?:its|the) (?:last|past) \d+ )?(?:straight |consecutive )?"
                            r"(?:sessions?|sess\b|trading days?|days|weeks|months)\b", re.IGNORECASE)


def _counts_sessions(claim: Claim) -> bool:
    """A whole number counting sessions, days or weeks ("on 30 days", "in 30 of its last 40 sessions")."""
    number = claim.number
    plain = number.unit is None and not number.sign and not number.decimals
    return plain and _SESSION_COUNT.match(claim.sentence, number.end) is not None


_ALIASES = {
    "close": ("close", "price", "prev_close"), "high_52w": ("high_52w", "high_52w_intraday"),
    "low_52w": ("low_52w", "low_52w_intraday"), "sma_50": ("sma_50",), "sma_200": ("sma_200",),
    "all_time_high": ("all_time_high", "high_52w", "high_52w_intraday"),
}
_PERIOD_TAGS = {"ytd": ("_ytd_",), "5d": ("_5d_", "_week"), "1m": ("_1m_",)}
"""Name parts of the facts a move with that stated period may be (a 1-day move is left wide)."""


def _scale_member(claim: Claim, ctx: VerifyContext, family: tuple[str, ...]) -> str | None:
    """In a family (ETF + index), the member whose scale the printed price is on."""
    if claim.number.unit not in ("price", None) or claim.kind == ClaimKind.INDICATOR:
        return None
    if claim.number.unit == "price":
        etfs = [s for s in family if ctx.lexicon.kind_of(s) == InstrumentKind.ETF]
        return etfs[0] if etfs else None
    best, best_gap = None, float("inf")
    for symbol in family:
        close = _close_of(symbol, ctx)
        if close:
            gap = abs(claim.number.value / close - 1)
            if gap < best_gap:
                best, best_gap = symbol, gap
    unloaded = [s for s in family if not _loaded(s, ctx)]
    if unloaded and best is not None and not 1 / SCALE_RATIO <= best_gap + 1 <= SCALE_RATIO:
        return unloaded[0]  # "the Russell around 2,965" with only IWM loaded: the index, not the ETF
    return best


_EVENT_KINDS = (("fomc", re.compile(r"\b(?:Fed|FOMC|Federal Reserve|rate decision|policy decision)\b",
                                   re.IGNORECASE)),
                ("cpi", re.compile(r"\b(?:CPI|consumer price|inflation)\b", re.IGNORECASE)),
                ("jobs", re.compile(r"\b(?:payrolls|jobs report|employment report|NFP)\b", re.IGNORECASE)))


def _event_count(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The sessions until the event the words name ("the Fed, three sessions away": the FOMC's), else
    the event whose count the figure shows, else the first."""
    events = ctx.snapshot.events
    named = {kind for kind, pattern in _EVENT_KINDS if pattern.search(claim.sentence)}
    if len(named) > 1:  # "FOMC Dec 9 (13 sessions) · CPI Dec 10 (14 sessions)": the one named last before it
        before = [(m.end(), kind) for kind, pattern in _EVENT_KINDS
                  for m in pattern.finditer(claim.sentence, 0, claim.number.start)]
        named = {max(before)[1]} if before else named
    numbers = [n for n, event in enumerate(events, start=1) if event.kind in named]
    if len(numbers) == 1:
        fact = ctx.fact(ctx.symbol, f"event_{numbers[0]}_sessions_until")
        if fact is not None:
            return SubjectFact(ctx.symbol, f"event_{numbers[0]}_sessions_until", fact)
    names = [f"event_{n}_sessions_until" for n in range(1, len(events) + 1)]
    counts = [SubjectFact(ctx.symbol, name, fact) for name in names
              for fact in [ctx.fact(ctx.symbol, name)] if fact is not None]
    return next((sf for sf in counts if matches(sf.fact, claim.number)), counts[0] if counts else None)


def _against_named(claim: Claim, named: SubjectFact, ctx: VerifyContext) -> list[Finding]:
    fact = named.fact
    row = _row_facts(claim, named, ctx) if not matches(fact, claim.number) else []
    if row:  # "Out[9]: $601.02  $538.92  +3.52%  +15.46%": the distances it shows, and their signs
        return _direction_of(claim, row)
    if matches(fact, claim.number) or _alternative(claim, named, ctx) or _bound_holds(claim, fact):
        if named.name == "streak_sessions" and named.subject != ctx.symbol:
            return _peer_streak_direction(claim, named.subject, ctx)
        if named.name == "streak_sessions":
            return streak_direction(claim, ctx)
        if named.name == "close_streak_sessions":
            return _close_streak_direction(claim, ctx)
        return _dollars_on_points(claim, [named], ctx) or _direction_of(claim, [named])
    expected = fact.printed()
    owner = _owner(claim, ctx, exclude=named.subject)
    if fact.unit == "price" and _off_scale(claim, named, ctx, owner):
        return [_scale(claim, named.subject, ctx, owner)]
    message = f"{claim.span} is not {_label(named)}"
    hint = _hint(claim, named, ctx)
    if hint is not None:
        message += f"; it is {hint.subject}'s {plain_name(hint.name)}"
    return [finding("value-mismatch", message, section=claim.section, span=claim.span,
                    expected=expected, source=_where(named))]


_BOUND_BEFORE = re.compile(r"\b(?:(?P<least>more\s+than|over|above|at\s+least|upwards\s+of|"
                           r"in\s+excess\s+of)|(?P<most>less\s+than|under|below|at\s+most|no\s+more\s+than))\s*$",
                           re.IGNORECASE)
_BOUND_UNITS = frozenset(("pct", "ratio"))
_NEAR_BOUND = re.compile(r"\b(?:just|a\s+little|slightly|barely|a\s+shade|a\s+hair|a\s+touch|only\s+just)"
                         r"\s*$", re.IGNORECASE)
"""'Just under two percent': an approximation of the figure, no bound."""


def _bound_holds(claim: Claim, fact: Fact) -> bool:
    """A move or a multiple stated as a bound the data meets ("the VIX was down more than 5% on the day"
    when it fell 9.30%, "volume above 1.5x its 20-day average" at 1.8 times, "QQQ was up less than 2%" at
    1.90%): the figure is a threshold its fact clears, on the side its words say; the direction is still
    read. A bound the fact does not clear ("down more than 12%" on a 9.30% fall) stays a value-mismatch.
    Only a % or a multiple: a price after 'above' or 'below' is a level's side, read elsewhere."""
    if claim.number.unit not in _BOUND_UNITS or not isinstance(fact.value, int | float) \
            or isinstance(fact.value, bool):
        return False
    found = _BOUND_BEFORE.search(claim.sentence, max(0, claim.number.start - 24), claim.number.start)
    if found is None or _NEAR_BOUND.search(claim.sentence, max(0, found.start() - 16), found.start()):
        return False
    size, bound = abs(float(fact.value)), abs(claim.number.value)
    return size > bound if found.group("least") else size < bound


_PLAIN_NAMES = {
    "change_1d_pct": "1-day move", "change_5d_pct": "5-day move", "change_1m_pct": "1-month move",
    "change_ytd_pct": "year-to-date move", "change_1d": "1-day move", "gap_pct": "opening gap",
    "close": "close", "prev_close": "previous close", "rsi_14": "RSI(14)", "atr_14": "ATR(14)",
    "macd": "MACD", "macd_signal": "MACD signal line", "sma_20": "20-day average",
    "sma_50": "50-day average", "sma_200": "200-day average", "high_52w": "52-week closing high",
    "low_52w": "52-week closing low", "all_time_high": "record close", "volume": "volume",
    "volume_ratio": "volume against its 20-day average",
    "pct_from_ath": "distance from its record close",
    "pct_from_52w_high": "distance from its 52-week high",
    "pct_from_52w_low": "distance from its 52-week low",
    "pct_vs_sma_50": "distance from its 50-day average",
    "pct_vs_sma_200": "distance from its 200-day average",
}
"""Facts in the words a reader uses, for a message that names another instrument's fact."""
_MOVES = frozenset(("change_1d_pct", "change_5d_pct", "change_1m_pct", "change_ytd_pct"))


def plain_name(name: str) -> str:
    return _PLAIN_NAMES.get(name, name.replace("_", " "))


def _hint(claim: Claim, named: SubjectFact, ctx: VerifyContext) -> SubjectFact | None:
    """The fact a wrong figure shows instead, worth naming: the same fact of another instrument ("it
    is QQQ's 1-day move"), or another period's move of the same one ("it is SPY's 1-month move");
    never a fact of another kind that happens to share the value (a level's distance, a foreign
    market's move)."""
    if named.name not in _PLAIN_NAMES:
        return None
    hits = [sf for sf in _hits(claim, ctx) if sf != named]
    same = [sf for sf in hits if sf.name == named.name and sf.subject != named.subject]
    windows = [sf for sf in hits
               if sf.subject == named.subject and sf.name in _MOVES and named.name in _MOVES]
    return next(iter(same or windows), None)


_ONE_DAY = re.compile(r"\b(?:on|for) the (?:day|session)\b|\btoday\b", re.IGNORECASE)
"""Words that name the one-day move: no other period's change may stand in for it."""
_AFTER_CLOSE = re.compile(r"\b(?:closed|settled|ended|finished|closes|settles|ends|finishes)\s+"
                          r"(?:the (?:day|session)\s+)?(?:at\s+)?"
                          r"\$?\d[\d,]*(?:\.\d+)?\s*,\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
"""A move right after the session's close in its clause ("settled at 6,821.04, off 1%") is that
session's move: no other period's change may stand in for it either."""


_CLOSING = re.compile(r"\bclosing (?:high|low)\b|\bclose high\b", re.IGNORECASE)


def _alternative(claim: Claim, named: SubjectFact, ctx: VerifyContext) -> bool:
    """Other facts the same words may name: a zone's bound, a one-day move given as a % or pp."""
    if named.name == "close":
        return any(sf.subject == named.subject and sf.name == "prev_close" for sf in _hits(claim, ctx))
    if named.name in ("high_52w", "low_52w") and not _CLOSING.search(claim.sentence[:claim.number.start]):
        intraday = f"{named.name}_intraday"  # most sources quote the intraday extreme as "the 52-week high"
        return any(sf.subject == named.subject and sf.name == intraday for sf in _hits(claim, ctx))
    if named.name == "change_1d_pct" and claim.period is None and named.subject == ctx.symbol \
            and not _ONE_DAY.search(claim.sentence) \
            and not _AFTER_CLOSE.search(claim.sentence[:claim.number.start]):
        return any(sf.subject == ctx.symbol and sf.name.startswith("change_") for sf in _hits(claim, ctx))
    if named.name in _MARK_DISTANCES and _mark_subject(claim) is not None:  # "the record $629.76, 2.24%
        close_from = fact_value(named.fact) / 100  # above today's close": the mark's distance, on the close
        return close_from > -1 and same_at_precision(abs(1 / (1 + close_from) - 1) * 100, claim.number)
    return False


def _row_facts(claim: Claim, named: SubjectFact, ctx: VerifyContext) -> list[SubjectFact]:
    """The subject's facts a signed % in a bare row of figures shows (_in_bare_row), when the words would
    hold it to the day's move: its moves (any period's), or in a row of no moves (_row_of_moves) a
    distance from an average or an extreme or an average's 20-session slope. Empty otherwise."""
    if named.name != "change_1d_pct" or claim.period is not None or named.subject != ctx.symbol \
            or not _in_bare_row(claim):
        return []
    hits = [sf for sf in _hits(claim, ctx) if sf.subject == ctx.symbol]
    moves = [sf for sf in hits if sf.name.startswith("change_")]
    if moves or _row_of_moves(claim, ctx):
        return moves
    trend = ctx.snapshot.trend
    slopes = [SubjectFact(ctx.symbol, name, Fact(name, slope, "pct", 2))
              for name, slope in (("sma_50_slope_pct", trend.sma_50_slope_pct),
                                  ("sma_200_slope_pct", trend.sma_200_slope_pct)) if slope is not None]
    return [sf for sf in hits if sf.name.startswith(("pct_vs_", "pct_from_"))] \
        + [sf for sf in slopes if matches(sf.fact, claim.number)]


_ROW_LABEL = re.compile(r"^.*:")
"""A row's label, up to its last colon ("Out[9]:", "dist50/dist200:")."""


def _in_bare_row(claim: Claim) -> bool:
    """A signed % in a row of figures with no words before it in its line after the row's label
    ("Out[9]: $601.02  $538.92  +3.52%  +15.46%"): a printout's cell, which the words do not name as
    the day's move."""
    before = claim.sentence[:claim.number.start]
    line = before[before.rfind("\n") + 1:]
    return claim.number.sign != 0 and not any(c.isalpha() for c in _ROW_LABEL.sub("", line))


def _row_of_moves(claim: Claim, ctx: VerifyContext) -> bool:
    """Another signed % of the figure's line is one of the subject's moves ("Out[7]: +2.84%  +1.68%
    +15.46%": the 5-day, the 1-month, then the year's): a row holds one kind of figure."""
    start = claim.sentence.rfind("\n", 0, claim.number.start) + 1
    end = claim.sentence.find("\n", claim.number.end)
    line = claim.sentence[start:end if end >= 0 else len(claim.sentence)]
    return any(n.sign and n.unit == "pct" and n.start != claim.number.start - start
               and any(sf.subject == ctx.symbol and sf.name.startswith("change_") for sf in ctx.showing(n))
               for n in find_numbers(line))


def _owner(claim: Claim, ctx: VerifyContext, exclude: str) -> SubjectFact | None:
    """Another instrument whose fact this figure is."""
    return next((sf for sf in _hits(claim, ctx)
                 if sf.subject != exclude and sf.fact.unit != "count" and _same_kind(claim, sf)), None)


# --- scale ---------------------------------------------------------------------------------

def _dollars_on_points(claim: Claim, hits: Sequence[SubjectFact], ctx: VerifyContext) -> list[Finding]:
    """An index level or a gauge printed with a dollar sign."""
    if claim.number.unit != "price":
        return []
    points = [sf for sf in hits if sf.fact.kind in (InstrumentKind.INDEX, InstrumentKind.VOLATILITY)]
    if not points or len(points) < len(hits):
        return []
    sf = points[0]
    return [finding("scale-mismatch", f"{claim.span} prints {sf.subject}'s level in dollars; "
                    f"{sf.subject} is quoted in points", section=claim.section, span=claim.span,
                    expected=sf.fact.printed(), source=_where(sf))]


def _index_in_dollars(claim: Claim, subjects: set[str] | None, wide: Sequence[SubjectFact],
                      ctx: VerifyContext) -> Finding | None:
    """A dollar price named right after an index alone ("The Nasdaq 100 itself came in at $625.75"): an
    index is quoted in points, and a figure on its fund's scale is the fund's price under the index's
    name (a gauge with no fund, "the VIX ... $640", is left to the subject readers)."""
    if claim.number.unit != "price" or not subjects or len(subjects) != 1:
        return None
    subject = next(iter(subjects))
    if ctx.lexicon.kind_of(subject) not in (InstrumentKind.INDEX, InstrumentKind.VOLATILITY):
        return None
    funds = [c for s in ctx.lexicon.family_of(subject) if s != subject
             and ctx.lexicon.kind_of(s) == InstrumentKind.ETF for c in [_close_of(s, ctx)] if c]
    if not any(1 / SCALE_RATIO <= claim.number.value / c <= SCALE_RATIO for c in funds):
        return None  # not its fund's price either: another subject's level, read elsewhere
    family = set(ctx.lexicon.family_of(subject))
    owner = next((sf for sf in wide if sf.subject in family and sf.fact.unit == "price"), None)
    return _scale(claim, subject, ctx, owner)


def _close_of(symbol: str, ctx: VerifyContext) -> float | None:
    fact = ctx.fact(symbol, "close")
    return None if fact is None else float(fact.value)  # type: ignore[arg-type]


def _off_scale(claim: Claim, named: SubjectFact, ctx: VerifyContext, owner: SubjectFact | None) -> bool:
    kind = ctx.lexicon.kind_of(named.subject) or named.fact.kind
    if claim.number.unit == "price" and kind in (InstrumentKind.INDEX, InstrumentKind.VOLATILITY):
        return True
    if owner is not None and owner.fact.unit == "price" and owner.fact.kind not in (None, kind):
        return True
    close = _close_of(named.subject, ctx)
    if not close:
        return False
    ratio = claim.number.value / close
    if 1 / SCALE_RATIO <= ratio <= SCALE_RATIO:
        return False
    others = [c for s in ctx.lexicon.family_of(named.subject) if s != named.subject
              for c in [_close_of(s, ctx)] if c]
    return any(OTHER_SCALE[0] <= claim.number.value / c <= OTHER_SCALE[1] for c in others)


def _scale(claim: Claim, subject: str, ctx: VerifyContext, owner: SubjectFact | None) -> Finding:
    kind = ctx.lexicon.kind_of(subject)
    close = _close_of(subject, ctx)
    scale = "dollars" if kind == InstrumentKind.ETF else "points"
    message = f"{claim.span} is not on {subject}'s scale ({subject} is quoted in {scale}"
    message += f", last close {format_value(close, 'price', 2, kind)})" if close else ")"
    if owner is not None:
        message += f"; {claim.span} is {owner.subject}'s {owner.name.replace('_', ' ')}"
    return finding("scale-mismatch", message, section=claim.section, span=claim.span,
                   expected=f"a price on {subject}'s scale", source=f"{subject} close")


# --- derived values ----------------------------------------------------------------------------

def _divergence(claim: Claim, ctx: VerifyContext, near: Neighbours, source_text: str) -> list[Finding]:
    if not claim.direction and (other_thing_counted(claim) or holding_figure(claim)):  # "Advisory fee: 25 bp
        # a year", "your equity share has drifted more than 5 percentage points above its target"
        return [] if _in_source(claim.number, source_text) else [
            _no_data(claim, "its words price or count another thing")]
    hits = _named_gaps(claim, _hits(claim, ctx), ctx)  # a gap is about a pair: either side's sheet holds it
    if hits:
        return _comparative(claim, hits, ctx)
    if _in_source(claim.number, source_text):
        return []
    margin = ctx.sheet.facts.get("streak_avg_margin_bp") if claim.number.unit == "bp" \
        and _PER_DAY.match(claim.sentence, claim.number.end) else None
    if margin is not None:  # "about 42 bps a day on average": the run's average margin, not a day's gap
        return [finding("value-mismatch", f"{claim.span} is not {ctx.symbol}'s average margin a day over its "
                        "run against its benchmark", section=claim.section, span=claim.span,
                        expected=margin.printed("abs"), source=f"{ctx.symbol}: {margin.source}")]
    gaps = _gaps(near.moves, claim, _pair(claim, ctx))
    if any(same_at_precision(gap, _as_pp(claim.number), slack=1) for gap in gaps):
        return []
    if gaps:
        expected = min(gaps, key=lambda g: abs(g - claim.number.value))
        return [finding("derived-mismatch", f"{claim.span} is not the gap between the moves printed "
                        "beside it", section=claim.section, span=claim.span,
                        expected=f"{expected:.2f} pp", source="recomputed from the printed moves")]
    spread = _divergence_fact(claim, ctx, "spread_vs_{tag}_1m_pp") if claim.period == "1m" else None
    if spread is not None:  # "beat SPY by 0.10 pp on the day and by 0.97 pp over the month": the one-month
        # spread, a fact we hold, not the day's divergence
        return _against_named(claim, spread, ctx)
    divergence = _divergence_fact(claim, ctx)
    if divergence is not None:
        return [finding("derived-mismatch", f"{claim.span} is not the divergence between the two moves",
                        section=claim.section, span=claim.span, expected=divergence.fact.printed("abs"),
                        source=_where(divergence))]
    return [_untraced(claim)]


_GAP_SIDE_AFTER = re.compile(r"\s*(?:ahead\s+of|behind|(?:better|worse|more|less)\s+than|against|versus|"
                             r"vs\.?|over)\s+(?:the\s+)?", re.IGNORECASE)
"""The other side of a gap named right after it ("0.80 pp ahead of SPY and 1.60 pp ahead of IWM")."""
_GAP_FACT = re.compile(r"^(?:divergence_vs_(?P<div>\w+?)_pp|spread_vs_(?P<spread>\w+?)_\w+_pp|"
                       r"streak_avg_margin_bp)$")


_OBJECT_THEN_BY = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*by\s+(?:(?:about|roughly|some|nearly|almost|"
                             r"just|only|around)\s+)?$", re.IGNORECASE)
"""Between a comparison's object and its gap ("beat QQQ by 0.80 pp", "trailed IWM (+0.30%) by"): that object
is the gap's other side, not every instrument the sentence names."""


def _named_gaps(claim: Claim, hits: Sequence[SubjectFact], ctx: VerifyContext) -> list[SubjectFact]:
    """The gap facts among the figure's hits whose two sides the sentence names (the article's own
    instrument needs no name): "QQQ beat SPY by 0.80 pp" is QQQ's gap to SPY, not a % fact that
    happens to print the same, nor QQQ's gap to IWM. A sentence that names no other instrument ("3.39
    pp behind over the month") may mean any gap of its own; a run's average margin is its own side's."""
    own = {ctx.symbol, *ctx.lexicon.family_of(ctx.symbol)}
    named = set(own)
    mentions = ctx.lexicon.mentions(claim.sentence)
    side = _GAP_SIDE_AFTER.match(claim.sentence, claim.number.end)
    after = [m for m in mentions if side is not None and side.end() <= m.start <= side.end() + 6]
    before = [m for m in mentions if m.end <= claim.number.start]
    by = before[-1:] if before and _OBJECT_THEN_BY.match(claim.sentence, before[-1].end, claim.number.start) \
        else []  # "SPY beat QQQ by 0.80 pp and beat IWM by 0.80 pp": QQQ's gap, then IWM's
    for mention in after[:1] or by or mentions:  # "1.60 pp ahead of IWM": that side, not every fund named
        for symbol in mention.symbols:
            named.update(ctx.lexicon.family_of(symbol))
            named.add(symbol)
    tags = {symbol.lstrip("^").replace(".", "_") for symbol in named} if named - own else None
    kept = []
    for sf in hits:
        gap = _GAP_FACT.match(sf.name)
        other = gap and (gap.group("div") or gap.group("spread"))
        if gap is not None and sf.subject in named and (not other or tags is None or other in tags):
            kept.append(sf)
    return kept


def _gap_in_points(claim: Claim, ctx: VerifyContext, source_text: str) -> list[Finding] | None:
    """A gap between two named subjects' 1-day moves (or week's, month's, year's when a frame opens the
    sentence), against the difference of their own moves; None when the pair or a side's data is
    unknown (the other readers take the figure)."""
    pair, move = gap_pair(claim, ctx), gap_frame(claim)
    moves = gap_of(pair, ctx, move) if pair is not None and move is not None else None
    if pair is None or move is None or moves is None:
        return None
    turned = gap_direction(claim, ctx, pair, move)  # "FRNT led SPY by ..." while FRNT fell and SPY rose
    found = [turned] if turned is not None else []
    slack = 1 if claim.number.decimals else 0  # a whole point is no rounding of hundredths
    if same_at_precision(moves[2], claim.number, slack=slack) or _gap_in_source(claim.number, source_text):
        return found
    named = named_pair(claim, ctx, pair, move)  # "lagged the Nasdaq 100": the index's move, not its fund's
    named_moves = gap_of(named, ctx, move) if named != pair else None
    if named_moves is not None:
        if same_at_precision(named_moves[2], claim.number, slack=slack):
            return found
        pair, moves = named, named_moves
    first, second, gap = moves
    if not found and frame_after(claim):  # "and by 7.61 points over the month" against the S&P 500, whose
        return None  # month only its fund's is held for: off by the fund's tracking, left to the others
    return [*found, finding("derived-mismatch", f"{claim.span} is not the gap between {pair[0]}'s and "
                            f"{pair[1]}'s moves", section=claim.section, span=claim.span,
                            expected=f"{gap:.2f} points",
                            source=f"{pair[0]} {first:+.2f}% and {pair[1]} {second:+.2f}% {_OVER[move]}")]


_OVER = {"change_1d_pct": "on the day", "change_5d_pct": "over the week", "change_1m_pct": "over the month",
         "change_ytd_pct": "for the year"}


def _gap_in_source(number: PrintedNumber, source_text: str) -> bool:
    """The cited source prints the gap. A whole number must be printed as points ("2 points", "1
    percentage point"): a '2' in "Dec. 2" or "Source 2" states no gap of two points."""
    if number.decimals or number.tolerance:
        return _in_source(number, source_text)
    return re.search(rf"(?<![\w.,$-]){re.escape(number.text)}\s*(?:(?:percentage|pct\.?|percent)\s+)?"
                     r"(?:points?|pts?\.?|pp)(?![\w-])", source_text, re.IGNORECASE) is not None


def _as_pp(number: PrintedNumber) -> PrintedNumber:
    if number.unit == "bp":
        return PrintedNumber(number.text, number.value / 100, number.decimals + 2, "pp")
    return number


def _gaps(moves: Sequence[Claim], claim: Claim, pair: set[str] | None = None) -> list[float]:
    """Gaps between the printed moves; with the pair the gap is about known, only that pair's ("SPY
    fell 0.78%, DIA 1.04% and QQQ 1.44%. Small caps ... beating QQQ by 0.60 pp": IWM's and QQQ's, not
    SPY's and QQQ's)."""
    signed = [(m.number.value * (m.direction or 1), set(m.subject or ())) for m in moves if m is not claim]
    return [abs(a - b) for i, (a, one) in enumerate(signed) for b, other in signed[i + 1:]
            if pair is None or (one & pair and other & pair and one != other)]


def _pair(claim: Claim, ctx: VerifyContext) -> set[str] | None:
    """The two instruments a gap of the article's own instrument against one named other is about."""
    others = [s for s in (claim.subject or ()) if s not in ctx.lexicon.family_of(ctx.symbol)]
    if not claim.subject or not others or len(claim.subject) > 1:
        return None
    return {others[0], *ctx.lexicon.family_of(ctx.symbol), ctx.symbol}


_PER_DAY = re.compile(r"\s*(?:a|per|each|every)\s+(?:day|session|trading day)\b|"
                      r"\s*(?:daily\s+)?on\s+average\b", re.IGNORECASE)
"""A margin in bp told per day or on average ("42 bps a day on average"): a run's average margin."""


def _divergence_fact(claim: Claim, ctx: VerifyContext,
                     name: str = "divergence_vs_{tag}_pp") -> SubjectFact | None:
    """The own instrument's gap fact `name` to the first other instrument the claim or its sentence names
    that has one."""
    others = [s for s in (claim.subject or ()) if s != ctx.symbol]
    mentioned = [m.symbols for m in ctx.lexicon.mentions(claim.sentence)]
    for symbols in [tuple(others), *mentioned]:
        for symbol in symbols:
            tag = symbol.lstrip("^").replace(".", "_")
            fact = ctx.sheet.facts.get(name.format(tag=tag))
            if fact is not None:
                return SubjectFact(ctx.symbol, fact.name, fact)
    return None


def _distance(claim: Claim, ctx: VerifyContext, near: Neighbours) -> list[Finding]:
    close = ctx.snapshot.close
    expected = []
    for price in near.prices if close else ():
        distance = (price.number.value - close) / close * 100
        if same_at_precision(distance, claim.number, slack=1):
            return _sign_against(claim, distance, "recomputed from the level and the close")
        expected.append(distance)
    subjects = _pool(claim, ctx)
    if any(subjects is None or sf.subject in subjects for sf in _hits(claim, ctx)):
        return []
    if not expected:
        return [_untraced(claim)]
    best = min(expected, key=lambda d: abs(abs(d) - claim.number.value))
    return [finding("derived-mismatch", f"{claim.span} is not the distance from the level printed beside "
                    "it to the close", section=claim.section, span=claim.span,
                    expected=f"{abs(best):.2f}% {'above' if best > 0 else 'below'}",
                    source=f"recomputed from the close {format_value(close, 'price', 2, ctx.snapshot.kind)}")]


_LEVEL_AFTER = re.compile(r"\s*(?:above|below|under|over|beneath|short of|shy of)\s+"
                          r"(?:the\s+|its\s+)?(?:round\s+|key\s+)?\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\b(?!%|-day)",
                          re.IGNORECASE)


_LEVEL_NAME_AFTER = re.compile(
    r"\s+(?:(?P<all_time_high>record(?:\s+clos(?:e|ing high)|\s+high)?|all-time (?:closing )?high|ATH)|"
    r"(?P<high_52w>52-week (?:closing )?high)|(?P<low_52w>52-week (?:closing )?low)|"
    r"(?P<sma_50>50-day)|(?P<sma_200>200-day))\b", re.IGNORECASE)
"""The level's own name right after its figure ("5.42% below the $493.91 record", "3% above the 6,650.20
200-day"): the distance is that level's fact (pct_from_ath, pct_vs_sma_200), not one derived by chance."""


def _named_level_after(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The distance fact of a % told from a printed level its own name follows, or None."""
    if claim.number.unit != "pct":
        return None
    match = _LEVEL_AFTER.match(claim.sentence, claim.number.end, claim.number.end + 50)
    name = _LEVEL_NAME_AFTER.match(claim.sentence, match.end()) if match is not None else None
    if match is None or name is None or name.lastgroup is None:
        return None
    side = "above" if match.group(0).split()[0].lower() in ("above", "over") else "below"
    return _named_fact(replace(claim, relation=side, reference=name.lastgroup, kind=ClaimKind.DISTANCE), ctx)


def _level_after(claim: Claim) -> float | None:
    """The price right after 'above'/'below' ("above the round 6,900 mark", "below $245")."""
    match = _LEVEL_AFTER.match(claim.sentence, claim.number.end, claim.number.end + 50)
    if match is None:
        return None
    return float(match.group(1).replace(",", "") + (match.group(2) or ""))


_SIDE_OF_IT = re.compile(r"\s*(above|below|under|over|beneath)\s+(?:it|that(?:\s+(?:level|mark|line))?|"
                         r"this\s+(?:level|mark|line))\b(?!\s*(?:'s|is|was|were|are)\b)"
                         r"(?!\s+(?:at|of|over|on)\s+\d)", re.IGNORECASE)
"""'... below it', '2% above that level'; not 'under that at 200 days' (the average of another window,
as a translation names it)."""


def _level_pronoun(claim: Claim, ctx: VerifyContext, near: Neighbours) -> tuple[str, float] | None:
    """The side and the level of "35k support (0.3% above it)" or "... below it (-0.97%)": the
    price-like figure printed last before the distance, when it is not the close itself."""
    if claim.number.unit != "pct" or claim.reference is not None:
        return None
    match = _SIDE_OF_IT.match(claim.sentence, claim.number.end) or SIDE_OF_IT_BRACKETED.search(
        claim.sentence, max(0, claim.number.start - 40), claim.number.start)
    close = ctx.snapshot.close
    before = [c.number for c in near.prices
              if c.sentence == claim.sentence and c.number.end <= claim.number.start]
    if match is None or not before or not close:
        return None
    printed = before[-1]
    if abs(printed.value / close - 1) < 5e-4 or _CLAUSE_SUBJECT.fullmatch(
            claim.sentence, printed.end, claim.number.start):
        return None  # "the range top at $249.26 is 2.03% above that": 'that' is the close
    side = "above" if match.group(1).lower() in ("above", "over") else "below"
    rounded = printed.decimals < 0 and "." in printed.text  # "6.81k" is a level from 6,805 to 6,815;
    half = 10 ** -printed.decimals / 2 if rounded else 0.0    # "35k" is the round mark itself
    signed = claim.number.value if side == "above" else -claim.number.value
    implied = close / (1 + signed / 100)
    return side, min(max(implied, printed.value - half), printed.value + half)


def _named_by_pronoun(claim: Claim, ctx: VerifyContext, near: Neighbours) -> SubjectFact | None:
    """The distance fact of "... below it" when 'it' is a level its sentence printed before with the
    fact's words ("The record close is $694.71, and SPY is 2% below it": its distance from the record)."""
    if claim.number.unit != "pct" or claim.reference is not None:
        return None
    match = _SIDE_OF_IT.match(claim.sentence, claim.number.end) or SIDE_OF_IT_BRACKETED.search(
        claim.sentence, max(0, claim.number.start - 40), claim.number.start)
    before = [c for c in near.prices if c.sentence == claim.sentence and c.number.end <= claim.number.start]
    if match is None or not before:
        return None
    level = before[-1]
    reference = level.names if level.names in _RELATION_FACTS else _level_by_value(level, ctx)
    if reference is None or _CLAUSE_SUBJECT.fullmatch(claim.sentence, level.number.end, claim.number.start):
        return None
    side = "above" if match.group(1).lower() in ("above", "over") else "below"
    return _named_fact(replace(claim, relation=side, reference=reference, kind=ClaimKind.DISTANCE), ctx)


def _level_by_value(level: Claim, ctx: VerifyContext) -> str | None:
    """The named level a price printed to the cent is, by its value, when its words give it another name
    ("The season low was $592.37 ..., and you're 16.14% above that": the 52-week low); not a rounded
    mark ("35k support" is no 52-week low at 35,112.40)."""
    subject = _subject_symbol(level, ctx)
    if subject is None or level.number.unit not in (None, "price") or level.number.decimals < 2 \
            or level.number.tolerance:
        return None
    return next((name for name in _RELATION_FACTS if (fact := ctx.fact(subject, name)) is not None
                 and matches(fact, level.number)), None)


_CLAUSE_SUBJECT = re.compile(r"[\s,)]*(?:is|was|sits|sat|stands|stood|lies|lay|remains|trades|ended|"
                             r"closed)\s+(?:(?:now|still|about|roughly|some|just|only)\s+)*", re.IGNORECASE)


_NAMED_LEVEL_BEFORE = re.compile(
    r"(?:(?P<all_time_high>\brecord(?:\s+clos(?:e|ing high)|\s+high)?|\ball-time (?:closing )?high)|"
    r"(?P<high_52w>\b52-week (?:closing )?high)|(?P<low_52w>\b52-week (?:closing )?low)|"
    r"(?P<sma_50>\b50-day)|(?P<sma_200>\b200-day))"
    r"(?:\s+(?:simple\s+)?(?:moving\s+)?(?:average|line|MA|SMA))?"
    r"(?:\s+(?:of|at|is|was|sits at|stands at))?,?\s*"
    r"(?:(?:\(\s*{price}\s*\)|{price}),?\s+by|(?:\(\s*{price}\s*\)|{price})\s*\(\s*{ticker}|"
    r"\(\s*{price}\s*[;,]\s*{ticker})"
    r"\s*(?:just |only |about |roughly |some |nearly |almost |a mere )?$".format(
        price=r"(?:US)?\$?\d[\d,]*(?:\.\d+)?", ticker=r"(?:[A-Z]{2,5}\s+)?"),
    re.IGNORECASE)
"""A named level and its price right before a % of distance from it, the % after "by", opening a
bracket or after the price in its own bracket ("its 50-day average of $612.70, by 0.35%", "the 200-day
($580.22) by 7.69%", "50-day $460.80 (DIA 5.41% above)", "the 200-day ($646.13; SPY 6.48% above)")."""
_SIDE_WORD = re.compile(r"\b(above|below|under|over|beneath)\b", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s*(above|below|under|over|beneath)\b", re.IGNORECASE)


def _named_level_before(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The distance fact of a % told after a named level and its price (_NAMED_LEVEL_BEFORE), its side
    the word right after the % or the last side word of its clause before the level; or None. (The
    form "above its 50-day average ($679.19), by 0.35%" stays a distance derived from the printed level,
    `derived-mismatch`, as the eval and holdout 1 pin it: `_level_before`.)"""
    if claim.number.unit != "pct" or claim.number.sign:
        return None
    start = claim.number.start
    match = _NAMED_LEVEL_BEFORE.search(claim.sentence, max(0, start - 90), start)
    if match is None or match.lastgroup is None:
        return None
    name = next(n for n in _RELATION_FACTS if match.groupdict().get(n))
    after = _SIDE_AFTER.match(claim.sentence, claim.number.end)
    clause = claim.sentence[max(0, match.start() - 60):match.start()]
    sides = [m.group(1) for m in _SIDE_WORD.finditer(re.split(r"[;.]\s", clause)[-1])]
    side_word = after.group(1) if after is not None else sides[-1] if sides else None
    if side_word is None:
        return None
    side = "above" if side_word.lower() in ("above", "over") else "below"
    return _named_fact(replace(claim, relation=side, reference=name, kind=ClaimKind.DISTANCE), ctx)


_LEVEL_BEFORE = re.compile(r"\b(?P<side>above|below|under|over)\b[^.;:%()]{0,50}"
                           r"\(\$?(?P<level>\d[\d,]*(?:\.\d+)?)\),?\s+by\s+"
                           r"(?:just |only |about |roughly |some |nearly |almost |a mere )?$",
                           re.IGNORECASE)


def _level_before(claim: Claim) -> tuple[str, float] | None:
    """The side and the printed level of "above its 50-day average ($679.19), by 0.10%"."""
    if claim.number.unit != "pct" or claim.relation:
        return None
    match = _LEVEL_BEFORE.search(claim.sentence, max(0, claim.number.start - 90), claim.number.start)
    if match is None:
        return None
    side = "above" if match.group("side").lower() in ("above", "over") else "below"
    return side, float(match.group("level").replace(",", ""))


_NEEDS_BEFORE = re.compile(r"\bneeds?\s+(?:(?:a|another)\s+(?:gain|rise|rally|climb|drop|fall|decline|move)"
                           r"\s+of\s+|to\s+(?:gain|rise|rally|climb|drop|fall|lose)\s+)?"
                           r"(?:about\s+|roughly\s+|some\s+|~)?$", re.IGNORECASE)
"""The move a level needs from the close ("needs +0.98%" in an alert's row, "IWM needs a gain of about 2.3%"
to get to $250): the distance from the close to that level, not the day's move."""
_HELD_PRICES_LEFT_OUT = frozenset(("close", "open", "high", "low", "prev_close"))


def _needed_move(claim: Claim, ctx: VerifyContext, near: Neighbours) -> list[Finding] | None:
    """A needed move checked against the way from the close to the level printed in its sentence, or with
    none printed to a level held (the record close, an average, a range's edge, a wall): none when one
    fits at its printed precision (a unit of it after 'about'); a derived-mismatch against the printed
    level when it does not fit; None when it is no needed move or there is nothing to hold it to."""
    if claim.number.unit not in ("pct", "price"):
        return None
    words = _NEEDS_BEFORE.search(claim.sentence, max(0, claim.number.start - 40), claim.number.start)
    if words is None:
        return None
    close = ctx.snapshot.close
    if claim.number.unit == "price":  # "needs $695.08 to give way": a level, no move in money
        return _needed_money(claim, ctx, near, words.group(0)) if distance_sized(claim.number.value, close) \
            else None
    printed = [p.number.value for p in near.prices if p.number is not claim.number]
    held = [float(f.value) for f in ctx.sheet.facts.values() if f.unit == "price"  # type: ignore[arg-type]
            and f.name not in _HELD_PRICES_LEFT_OUT and isinstance(f.value, int | float)]
    step = 10 ** -claim.number.decimals
    slack = (step if _ABOUT.search(words.group(0)) else step / 2) + 1e-9
    if any(level and abs(abs(level - close) / close * 100 - claim.number.value) <= slack
           for level in printed or held):  # the level printed beside it, else any level held
        return []
    if not printed:
        return None
    level = printed[0]
    need = (level - close) / close * 100
    return [finding("derived-mismatch", f"{claim.span} is not the move from the close to the level printed "
                    "beside it", section=claim.section, span=claim.span, expected=f"{need:+.2f}%",
                    source=f"recomputed from the close {format_value(close, 'price', 2, ctx.snapshot.kind)}")]


_NEEDED_SUM_BEFORE = re.compile(r"\bneeds?\s+(?:(?:a|another)\s+"
                                r"(?:gain|rise|rally|climb|drop|fall|decline|move)\s+of\s+|to\s+(?:gain|rise|rally|climb|drop|fall|lose)\s+)?"
                                r"(?:about\s+|roughly\s+|some\s+|~)?(?P<sum>\$\d[\d,]*(?:\.\d+)?)[^.;$\d]{0,30}$",
                                re.IGNORECASE)
_ATRS_AFTER = re.compile(r"\s*(?:x\s*)?(?:ATRs?|average true ranges?)\b", re.IGNORECASE)


def _needed_in_atrs(claim: Claim, ctx: VerifyContext) -> list[Finding] | None:
    """A needed move in money told again in ATRs ("Needs a rise of $2.74 from here, about 0.8 ATR (ATR
    $3.26)"): the sum over the ATR, at the count's printed precision (a unit of it after 'about'); its
    `value-mismatch` when it is not; None when the words are no such count."""
    number = claim.number
    if number.unit not in (None, "ratio") or number.sign or not _ATRS_AFTER.match(claim.sentence, number.end):
        return None
    said = _NEEDED_SUM_BEFORE.search(claim.sentence, max(0, number.start - 80), number.start)
    atr = ctx.fact(ctx.symbol, "atr_14")
    if said is None or atr is None or not isinstance(atr.value, int | float) or not atr.value:
        return None
    atrs = float(said.group("sum").lstrip("$").replace(",", "")) / float(atr.value)
    slack = 1 if _ABOUT.search(claim.sentence, max(0, number.start - 12), number.start) else 0
    return [] if same_at_precision(atrs, number, slack=slack) else [
        finding("value-mismatch", f"{claim.span} is not the needed {said.group('sum')} in ATRs",
                section=claim.section, span=claim.span, expected=f"{atrs:.1f}",
                source=f"{said.group('sum')} over the ATR {atr.printed()}")]


def _needed_money(claim: Claim, ctx: VerifyContext, near: Neighbours, words: str) -> list[Finding] | None:
    """A needed move in money ("Will my $250 call get hit by Friday? Needs a rise of $2.74 from here"): the
    way from the close to the level printed in its sentence or the one before, else to a level held; a
    `derived-mismatch` against the printed level when it fits none; None with no level printed or held."""
    close = ctx.snapshot.close
    printed = [p.number.value for p in (*near.prices, *near.earlier)
               if p.number is not claim.number and not distance_sized(p.number.value, close)]
    held = [float(f.value) for f in ctx.sheet.facts.values() if f.unit == "price"  # type: ignore[arg-type]
            and f.name not in _HELD_PRICES_LEFT_OUT and isinstance(f.value, int | float)]
    number = claim.number
    if any(gap_fits(number.value, number.decimals, words, abs(level - close)) for level in printed or held):
        return []
    if not printed:
        return None
    way = abs(printed[0] - close)
    return [finding("derived-mismatch", f"{claim.span} is not the move from the close to the level printed "
                    "beside it", section=claim.section, span=claim.span, expected=f"${way:.2f}",
                    source=f"recomputed from the close {format_value(close, 'price', 2, ctx.snapshot.kind)}")]


def _distance_from(claim: Claim, ctx: VerifyContext, level: float) -> list[Finding]:
    """The close stated as a % above or below a printed level."""
    close = ctx.snapshot.close
    if not level:
        return [_untraced(claim, "is a distance from a zero level")]
    distance = (close - level) / level * 100
    if same_at_precision(distance, claim.number, slack=1):
        return _sign_against(claim, distance, "recomputed from the level and the close")
    return [finding("derived-mismatch", f"{claim.span} is not the distance from the close to the level "
                    "printed beside it", section=claim.section, span=claim.span,
                    expected=f"{abs(distance):.2f}% {'above' if distance > 0 else 'below'}",
                    source=f"recomputed from the close {format_value(close, 'price', 2, ctx.snapshot.kind)}")]


_RANGE_EDGE_AFTER = re.compile(
    r"\s+(?:(?P<above>above|over|off)|(?P<below>below|under|beneath|short of|shy of))\s+(?:the|its)\s+"
    r"(?:(?P<floor>floor|range (?:floor|bottom|low)|box(?:'s)? (?:floor|bottom)|bottom of the (?:range|box))|"
    r"(?P<lid>lid|ceiling|range (?:ceiling|top|high)|box(?:'s)? (?:lid|ceiling|top)|"
    r"top of the (?:range|box)))\b",
    re.IGNORECASE)
"""A distance in dollars from an edge of the range of sessions ("$5.28 above the floor and $3.98 below
the lid", "$2.10 under the top of the range")."""


def _edge_distance(claim: Claim, ctx: VerifyContext, edge: re.Match[str]) -> list[Finding] | None:
    """A price written as the close's distance from the range's floor or lid, against the close and
    that edge (`derived-mismatch` when it differs); None when the subject has no range."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    name = "range_lower" if edge.group("floor") else "range_upper"
    fact, close = ctx.fact(subject, name), ctx.fact(subject, "close")
    if fact is None or close is None or not isinstance(fact.value, float | int) \
            or not isinstance(close.value, float | int):
        return None
    distance = float(close.value) - float(fact.value)
    if same_at_precision(distance, claim.number, slack=1):
        return []
    label = "floor" if edge.group("floor") else "lid"
    return [finding("derived-mismatch", f"{claim.span} is not the close's distance from the range's {label}",
                    section=claim.section, span=claim.span, expected=f"${abs(distance):.2f}",
                    source=f"{subject} close {close.printed()} and {name.replace('_', ' ')} "
                           f"{fact.printed()}")]


def _listed_distance(claim: Claim, ctx: VerifyContext, near: Neighbours,
                     source_text: str) -> list[Finding] | None:
    """A % after a level in a list of levels, against that level's distance from the subject's close
    (`derived-mismatch` with the recomputed distance); None when the words are no such distance or the
    figure is some fact as printed (the other readers take it)."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    close_fact = ctx.fact(subject, "close")
    close = float(close_fact.value) if close_fact is not None and isinstance(close_fact.value, float | int) \
        else None
    listed = side_level(claim, near.prices, close)
    if listed is None or close is None or listed.names in _RELATION_FACTS:
        return None  # "the record close of $694.71, 1.64% above": pct_from_ath, a fact of its own
    level = listed.number.value
    if distance_fits(claim, level, close) and (side := wrong_side(claim, listed, close)) is not None:
        kind = ctx.snapshot.kind if subject == ctx.symbol else None
        return [finding("level-wrong-side", f"{listed.number.text} is not {side} the close: the close is "
                        f"{format_value(close, 'price', 2, kind)}", section=claim.section,
                        span=f"{claim.span} {side}", expected="above" if level > close else "below",
                        source=f"{subject}'s close and the level printed before it")]
    if listed_level(claim, near.prices, close) is None and not distance_fits(claim, level, close):
        return None  # "1.24% overhead" of 1.42%: the side word is read for its side only
    if distance_fits(claim, level, close) or _source_states(claim, source_text):
        return []
    if _hits(claim, ctx):
        return None
    distance = distance_of(level, close)
    kind = ctx.snapshot.kind if subject == ctx.symbol else None
    return [finding("derived-mismatch", f"{claim.span} is not the distance from the close to the level "
                    "printed before it", section=claim.section, span=claim.span,
                    expected=f"{abs(distance):.2f}% {'above' if distance > 0 else 'below'}",
                    source=f"recomputed from {subject}'s close {format_value(close, 'price', 2, kind)} "
                           f"and the level {format_value(level, 'price', 2, kind)}")]


# --- direction words ---------------------------------------------------------------------------

_LEAD = leading(re.compile(r"\b(?:led|leads|leading|outperformed|outperforms|outperforming|outpaced|outpaces|"
                   r"beat|beats|"
                   r"ahead of|ahead|topped)\b", re.IGNORECASE))
_LAG = leading(re.compile(r"\b(?:lagged|lags|lagging|trailed|trails|trailing|underperformed|underperforms|"
                  r"underperforming|behind|fell short of|undershot)\b", re.IGNORECASE))


_BETTER_WORSE = re.compile(r"\b(?:(?P<better>better)|worse)\s+than\b(?!\s*[+\-\u2212$\d])", re.IGNORECASE)
"""'did better than QQQ by 0.10 pp', 'worse than SPY by 0.30 pp': a comparison read like a lead or a lag
verb for a gap's sign (not 'better than 2%', an approximation)."""


def _comparative_word(claim: Claim) -> tuple[int, int, int, bool] | None:
    """Where the words that give a gap its side are (start, end), the side (+1 ahead, -1 behind) and
    whether they follow the figure ('0.30 pp behind'); None when no such word is there."""
    text = claim.sentence
    after = re.match(r"^\s*(behind|ahead of|ahead)\b", text[claim.number.end:], re.IGNORECASE)
    if after:
        side = -1 if after.group(1).lower() == "behind" else 1
        return claim.number.end, claim.number.end + after.end(), side, True
    verbs = [(m.start(), m.end(), 1) for m in _LEAD.finditer(text[:claim.number.start])]
    verbs += [(m.start(), m.end(), -1) for m in _LAG.finditer(text[:claim.number.start])]
    verbs += [(m.start(), m.end(), 1 if m.group("better") else -1)
              for m in _BETTER_WORSE.finditer(text[:claim.number.start])]
    return (*max(verbs), False) if verbs else None


def comparative_sign(claim: Claim, ctx: VerifyContext) -> int:
    """+1 when the words say the article's instrument did better, -1 worse, 0 when they do not say."""
    word = _comparative_word(claim)
    if word is None:
        return 0
    position, word_end, sign, after = word
    own = set(ctx.lexicon.family_of(ctx.symbol))
    subject = _comparative_subject(claim, ctx, position, word_end, after)
    if subject == "object-own":
        return -sign
    if subject is not None and subject != "object-other" and not set(subject) & own:
        return -sign  # "QQQ led by 1.6 pp": the other instrument is the grammatical subject
    return sign


def _comparative_subject(claim: Claim, ctx: VerifyContext, position: int, word_end: int,
                         after_form: bool) -> tuple[str, ...] | str | None:
    """Who did better or worse: the subject's symbols, or 'object-own'/'object-other' when only the
    one compared against is named ("led small caps")."""
    text = claim.sentence
    if after_form and claim.subject and claim.strong:
        return claim.subject  # "leaving IWM 1.60 pp behind"
    mentions = ctx.lexicon.mentions(text)
    pronoun = re.match(r"^\s+(?:it|them)\b", text[word_end:])
    objects = [m for m in mentions if word_end <= m.start <= word_end + 40]
    if objects and not pronoun:
        own = set(ctx.lexicon.family_of(ctx.symbol))
        return "object-own" if set(objects[0].symbols) & own else "object-other"
    breaks = [m.end() for m in re.finditer(r"[;:]|\.(?!\d)", text[:position])]
    clause_start = breaks[-1] if breaks else 0
    if _FIRST_PERSON_BEFORE.search(text, clause_start, position):  # "so we trailed it by 1.99 points": the
        return ctx.lexicon.family_of(ctx.symbol)  # writer's own fund or index, whatever is named before
    subjects = [m for m in mentions if clause_start <= m.start and m.end <= position
                and not _OBJECT_BEFORE.search(text[max(0, m.start - 16):m.start])]
    if subjects:
        return subjects[-1].symbols
    return mentions[0].symbols if pronoun and mentions else None


_FIRST_PERSON_BEFORE = re.compile(r"\b(?:we|I)\s+(?:\w+\s+)?$")
"""The writer as a comparison's subject, right before its verb ("so we trailed it", "we have lagged")."""
_OBJECT_BEFORE = re.compile(r"\b(?:against|vs\.?|versus|than|relative to|compared with|behind|ahead of|"
                            r"over|of|to|trailed|lagged|led|beat|outperformed|underperformed)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _comparative(claim: Claim, hits: Sequence[SubjectFact], ctx: VerifyContext) -> list[Finding]:
    sign = comparative_sign(claim, ctx)
    relative = [sf for sf in hits if sf.subject == ctx.symbol
                and sf.name.startswith(("divergence_vs_", "spread_vs_", "streak_"))]
    if sign == 0 or not relative:
        return []
    if any(_sign(sf) in (0, sign) for sf in relative):
        return []
    sf = relative[0]
    word = "ahead of" if _sign(sf) > 0 else "behind"
    return [finding("direction-mismatch", f"{claim.span}: the words say {ctx.symbol} was "
                    f"{'ahead' if sign > 0 else 'behind'}; {_label(sf)} is {sf.fact.printed('signed')}",
                    section=claim.section, span=_comparison_span(claim), expected=f"{ctx.symbol} {word}",
                    source=_where(sf))]


def _comparison_span(claim: Claim) -> str:
    """The wrong side's words with the gap: 'lagged IWM (+0.30%) by 0.30 pp', '0.30 pp behind' (the
    figure alone when the word is far from it)."""
    word = _comparative_word(claim)
    if word is None:
        return claim.span
    start, end = (word[0], word[1]) if not word[3] else (claim.number.start, word[1])
    start, end = min(start, claim.number.start), max(end, claim.number.end)
    stretch = claim.sentence[start:end]
    return stretch if len(stretch) <= 60 and not re.search(r"[;:]", stretch) else claim.span


def streak_direction(claim: Claim, ctx: VerifyContext) -> list[Finding]:
    """'lagged for 6 sessions in a row' needs an underperforming streak."""
    relative = ctx.snapshot.relative
    sign = comparative_sign(claim, ctx)
    if relative is None or sign == 0 or relative.streak_direction == "even":
        return []
    actual = 1 if relative.streak_direction == "outperform" else -1
    if actual == sign:
        return []
    return [finding("direction-mismatch", f"the streak is an {relative.streak_direction} streak against "
                    f"{relative.benchmark}", section=claim.section, span=claim.span,
                    expected=f"{relative.streak_direction} {relative.benchmark}",
                    source="relative.streak_direction")]


def _peer_streak_direction(claim: Claim, subject: str, ctx: VerifyContext) -> list[Finding]:
    """'$IWM lagged $SPY for a sixth straight session' in another article: the peer's own streak (its
    name stands before the verb, see _streak_subject)."""
    snapshot = _snapshot_of(ctx, subject)
    relative = snapshot.relative if snapshot is not None else None
    verbs = [(m.start(), sign) for sign, pattern in ((1, _LEAD), (-1, _LAG))
             for m in pattern.finditer(claim.sentence, 0, claim.number.start)]
    if relative is None or not verbs or relative.streak_direction == "even":
        return []
    actual = 1 if relative.streak_direction == "outperform" else -1
    if actual == max(verbs)[1]:
        return []
    return [finding("direction-mismatch", f"{subject}'s streak is an {relative.streak_direction} streak "
                    f"against {relative.benchmark}", section=claim.section, span=claim.span,
                    expected=f"{relative.streak_direction} {relative.benchmark}",
                    source=f"{subject}: relative.streak_direction")]


def _close_streak_direction(claim: Claim, ctx: VerifyContext) -> list[Finding]:
    """'fell for 3 sessions in a row' needs a run of lower closes."""
    fact = ctx.fact(ctx.symbol, "close_streak_change_pct")
    if fact is None or not claim.direction:
        return []
    if _sign(SubjectFact(ctx.symbol, fact.name, fact)) in (0, claim.direction):
        return []
    word = "higher" if fact_value(fact) > 0 else "lower"
    return [finding("direction-mismatch", f"{claim.span}: the run is of {word} closes "
                    f"({fact.printed('signed')} over it)", section=claim.section, span=claim.span,
                    expected=f"{word} closes", source=f"{ctx.symbol}: {fact.source or fact.name}")]


def _direction_of(claim: Claim, hits: Sequence[SubjectFact]) -> list[Finding]:
    """The sign a claim shows (word, + or -, above/below) must agree with a fact it matches."""
    signed = [sf for sf in hits if sf.fact.unit in ("pct", "pp", "bp", "macd") or sf.name == "change_1d"]
    if not signed:
        return []
    if claim.flat:
        moves = [sf for sf in signed
                 if abs(float(sf.fact.value)) >= flat_limit(sf.name)]  # type: ignore[arg-type]
        if len(moves) == len(signed):
            return [_direction_finding(claim, moves[0], "called flat")]
        return []
    wanted = _wanted_sign(claim)
    if wanted == 0:
        return []
    if claim.relation and claim.reference in _RELATION_FACTS:
        signed = [sf for sf in signed if sf.name in _RELATION_FACTS[claim.reference]] or signed
    if any(_sign(sf) in (0, _wanted_of(claim, sf, wanted)) for sf in signed):
        return []
    return [_direction_finding(claim, signed[0], "printed with the wrong direction"),
            *_average_side(claim, signed[0])]


_AVERAGE_SIDE = re.compile(r"^\s*(?P<side>(?:above|below|under|over|beneath|underneath)\s+(?:the\s+|its\s+)?"
                           r"(?:(?:20|50|200)(?:-day|-session|-DMA|DMA|d|-d| day)\b"
                           r"(?:\s+(?:simple\s+|moving\s+)*(?:average|MA|SMA|line)\b)?|"
                           r"(?:moving\s+|simple\s+)*average\s+(?:of|at|over)\s+(?:20|50|200)"
                           r"(?:\s+(?:sessions|days)\b)?|it\b))", re.IGNORECASE)
"""The close's side of an average right after its distance: '2.02% below its 50-day', '0.53% under its
50-session average', '6.99% under its average of 50', '50-day: $245.77, price 0.60% above it' (the
distance's average named before)."""


def _average_side(claim: Claim, sf: SubjectFact) -> list[Finding]:
    """A distance from an average printed on the wrong side also misstates the close's side of that
    average: the side words are a `pattern-mismatch` of their own ('2.02% below its 50-day' while the
    close is above it), as they are without the figure (words.py); the span holds the distance too."""
    days = sf.name.removeprefix("pct_vs_sma_")
    if days not in ("20", "50", "200") or claim.reference not in (None, f"sma_{days}"):
        return []  # the fact read is the distance from the average (named before when no reference)
    side = _AVERAGE_SIDE.match(claim.sentence[claim.number.end:])
    if side is None:
        return []
    where = "above" if float(sf.fact.value) > 0 else "below"  # type: ignore[arg-type]
    span = claim.sentence[claim.number.start:claim.number.end + side.end("side")]  # with its distance
    return [finding("pattern-mismatch", f"'{side.group('side')}' does not fit the data: the close is {where} "
                    f"its {days}-day average ({_label(sf)} {sf.fact.printed('signed')})",
                    section=claim.section, span=span,
                    expected=f"{where} the {days}-day average", source=_where(sf))]


_LEVEL_DISTANCE = re.compile(r"level_\d+_distance_pct$")
_SIDE_OBJECT = re.compile(r"\s*(?:above|below|under|over|beneath|underneath)\s+"
                          r"(?P<object>[\w$][^.,;:()\n]{0,30})", re.IGNORECASE)
_THE_CLOSE = re.compile(r"\b(?:close|closing|price|last|spot|here|now|today|us)\b", re.IGNORECASE)


def _wanted_of(claim: Claim, sf: SubjectFact, wanted: int) -> int:
    """A level's distance is signed from the level's side of the close ("resistance 0.32% above"); a
    side word with an object after it other than the close ("0.32% above it", "0.32% above support")
    puts the instrument on that side of the level (the other sign), unless the clause before the
    figure names the level ("the range top at $249.26 is 2.03% above that")."""
    if _AVERAGE_DISTANCE.match(sf.name) and _average_told(claim):
        return -wanted  # "The 200-day, $579.82, is 6.24% below": the average's side of the close
    told = _mark_subject(claim) if sf.name in _MARK_DISTANCES else None
    if told is not None:  # "the record close of $694.71 ... is 0.97% above": the mark's side of the close;
        return -wanted if told[1] else _sign(sf)  # "Record close $257.77 (Nov 28), 5.23% below": either's
    if not (claim.relation and _LEVEL_DISTANCE.match(sf.name)):
        return wanted
    if _CLOSE_SUBJECT.search(claim.sentence[max(0, claim.number.start - 60):claim.number.start]):
        return -wanted  # "6,900, which Friday's close sits just 0.02% above": the close's side of the level
    side = _SIDE_OBJECT.match(claim.sentence, claim.number.end)
    if side is None or _THE_CLOSE.search(side.group("object")):
        return wanted  # "2.03% above the close": the level's side
    if _LEVEL_SUBJECT.search(claim.sentence[max(0, claim.number.start - 60):claim.number.start]):
        return wanted  # "the range top at $249.26 is 2.03% above that": the level is the subject
    return -wanted


_CLOSE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?:(?:the|its|our|today's|\w+day's)\s+)?"
                            r"(?:close|closing price|price|index|fund|ETF|shares|it|we)\s+(?:\w+\s+)?"
                            r"(?:sits|is|was|closed|ended|finished|"
                            r"settled|trades|traded|stands|lies|are|now sits|still sits)\s+"
                            r"(?:now\s+|still\s+|only\s+|just\s+|barely\s+|a\s+mere\s+)?$", re.IGNORECASE)
"""A level, then a relative clause whose subject is the close ("6,900, which Friday's close sits just 0.02%
above"): the % puts the close on that side of the level, the other sign of the level's distance."""
_LEVEL_SUBJECT = re.compile(r"\b(?:range top|range bottom|top of the range|bottom of the range|resistance|"
                            r"support|ceiling|floor|level|wall|\d+-day(?: average| line)?)\b"
                            r"(?:(?!\b(?:close|closing|price|index|fund|ETF|shares|and|it)\b)(?:[^.;:]|\.\d))*?"
                            r"\b(?:is|sits|stands|lies|remains|was)\s+(?:now\s+|still\s+|only\s+|just\s+)?$",
                            re.IGNORECASE)


def _mark_subject(claim: Claim) -> tuple[str, bool] | None:
    """The mark (all_time_high, high_52w, low_52w) an unsigned distance is told from when the mark opens
    its clause and the side word has no object but the close, and whether a verb makes it the subject
    ("The record close is $493.91 from Monday, Jan 12, is 4.52% above": the mark's side of the close,
    the other sign of the close's) or it is a label ("Record close $257.77 (Nov 28), 5.23% below":
    either side reads)."""
    if claim.relation is None or claim.number.unit != "pct" or claim.number.sign:
        return None
    side = _SIDE_OBJECT.match(claim.sentence, claim.number.end)
    if side is not None and not _THE_CLOSE.search(side.group("object")):
        return None
    mark = _MARK_SUBJECT.search(claim.sentence[max(0, claim.number.start - 80):claim.number.start])
    if mark is None:
        return None
    name = "all_time_high" if mark.group("ath") else mark.group("side").lower() + "_52w"
    return name, bool(mark.group("verb"))


_AVERAGE_DISTANCE = re.compile(r"pct_vs_sma_\d+$")
_AVERAGE_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+|\b(?:and|but|while)\s+)(?:the\s+|its\s+)?\d+-day"
                              r"(?:\s+(?:simple\s+|moving\s+)*(?:average|MA|SMA|line))?\s*(?:,\s*(?:US)?\$?\d[\d,]*(?:\.\d+)?\s*,|\(\s*(?:US)?\$?"
                              r"\d[\d,]*(?:\.\d+)?\s*\))?\s+(?:is|sits|lies|stands|runs)\s+(?:now\s+|still\s+|only\s+|"
                              r"just\s+|some\s+|about\s+|roughly\s+)?$", re.IGNORECASE)
"""An average opening its clause as the subject of a verb right before its unsigned distance ("The
200-day, $579.82, is 6.24% below", "the 50-day sits 1.2% above"): the average's side of the close."""


def _average_told(claim: Claim) -> bool:
    """Whether an unsigned distance with no object is told from the average's side (above)."""
    if claim.relation is None or claim.number.unit != "pct" or claim.number.sign:
        return False
    if _SIDE_OBJECT.match(claim.sentence, claim.number.end) is not None:
        return False  # "sits 1.2% above the close" is read so already, "1.2% above it" is the close's side
    before = claim.sentence[max(0, claim.number.start - 60):claim.number.start]
    return _AVERAGE_SUBJECT.search(before) is not None


_MARK_DISTANCES = ("pct_from_ath", "pct_from_52w_high", "pct_from_52w_low")
"""The close's distance from a mark, signed from the close's side (-0.97%: the close under the record)."""
_MARK_SUBJECT = re.compile(r"\b(?:(?P<ath>record(?:\s+(?:close|high))?|all-time\s+high|peak)|"
                           r"(?:52-week|52-wk|one-year|12-month|year's)\s+(?P<side>high|low)(?:\s+close)?)\b"
                           r"(?:(?!\b(?:closing|price|index|fund|ETF|shares|and|it|we|us|I|leav(?:es|ing)|puts?|"
                           r"putting|keeps?|with|now)\b)(?:[^.;:]|\.\d))*?"
                           r"(?P<verb>\b(?:is|sits|stands|lies|remains)\s+(?:still\s+|only\s+|just\s+)?)?"
                           r"(?:(?:resistance|support|a\s+ceiling|overhead)\s*,?\s*)?$", re.IGNORECASE)
"""The mark as the subject of its distance, no other subject between ("The 52-week high close, 48,944.52 on
Wed, Aug 19, is 28.26% above", "The record close of $694.71 ... is resistance, 0.97% above Friday's
close", "Record close $629.76 (Wed Nov 11), 0.53% above.")."""


def _wanted_sign(claim: Claim) -> int:
    if claim.number.sign:
        return claim.number.sign
    if claim.relation:
        return 1 if claim.relation == "above" else -1
    if (claim.kind == ClaimKind.CHANGE or claim.names == "change_1d") and claim.direction:
        return claim.direction  # "fell 0.86%", and the move in dollars or points: "up $0.26"
    return 0


def _sign(sf: SubjectFact) -> int:
    value = float(sf.fact.value)  # type: ignore[arg-type]
    if abs(value) < 1e-12:
        return 0
    return 1 if value > 0 else -1


def _sign_against(claim: Claim, value: float, source: str) -> list[Finding]:
    wanted = _wanted_sign(claim)
    if wanted == 0 or value == 0 or (value > 0) == (wanted > 0):
        return []
    word = "above" if value > 0 else "below"
    return [finding("direction-mismatch", f"the level is {word} the close, not {claim.relation}",
                    section=claim.section, span=direction_span(claim),
                    expected=f"{abs(value):.2f}% {word}", source=source)]


def _direction_finding(claim: Claim, sf: SubjectFact, what: str) -> Finding:
    value = float(sf.fact.value)  # type: ignore[arg-type]
    return finding("direction-mismatch", f"{claim.span} {what}: {_label(sf)} is {sf.fact.printed('signed')}",
                   section=claim.section, span=direction_span(claim),
                   expected=_direction_text(value, claim), source=_where(sf))


def _direction_text(value: float, claim: Claim) -> str:
    if claim.relation:
        return "above" if value > 0 else "below"
    if abs(value) < FLAT_PCT:
        return "flat"
    return "up" if value > 0 else "down"


# --- helpers -----------------------------------------------------------------------------------

def _pool(claim: Claim, ctx: VerifyContext) -> set[str] | None:
    """Whose facts a figure may show: its subject's when named right before it (an ETF's own, not
    its index's; a family's when the name covers both), else anyone's (None)."""
    if not (claim.subject and claim.strong):
        return None
    members = set(claim.subject)
    if len(claim.subject) > 1:
        members = {m for s in claim.subject for m in ctx.lexicon.family_of(s)}
    if not any(ctx.fact(m, "close") or m == ctx.symbol for m in members):
        return None  # nothing known about the subject: any fact will do
    return members


def _hits(claim: Claim, ctx: VerifyContext) -> list[SubjectFact]:
    """Every fact the printed figure shows, at its precision and unit."""
    return ctx.showing(claim.number)


def _in_source(number: PrintedNumber, source_text: str) -> bool:
    return stated_in(number, source_text)


_COUNT_NOUN = r"[\s-]+(?:(?:straight|consecutive|trading)\s+)?(?:sessions?|days?|weeks?)\b"


def _source_states(claim: Claim, source_text: str) -> bool:
    """The cited source prints the figure. A count of sessions must be printed as one ("the fifth
    session in a row", "13 sessions away"): a '9' in "Dec. 9" states no streak of nine."""
    if not (claim.kind == ClaimKind.STREAK or _counts_sessions(claim)) or not source_text:
        return _in_source(claim.number, source_text)
    forms = "|".join(re.escape(form) for form in count_forms(int(claim.number.value)))
    return re.search(rf"(?<![\w.,$-])(?:{forms})(?:st|nd|rd|th)?{_COUNT_NOUN}", source_text,
                     re.IGNORECASE) is not None


_RANGE_WORDS = re.compile(r"\b(?:range|range-?bound|band|box|boxed|channel|sideways|"
                          r"between\s+\S+\s+and\s+\S*\d)", re.IGNORECASE)


def _past_measure(claim: Claim, ctx: VerifyContext, measured: str | None) -> list[Finding] | None:
    """A close, high or low the words name under a past day ("Monday's close had been 2,482.49", "On
    Friday the fund had closed at US$ 215.29"): held to that day's bar (an empty list: it is that
    bar's figure); None when the words date it to no past session."""
    if measured not in ("close", "high", "low") or claim.names is not None:
        return None
    symbol = _subject_symbol(claim, ctx) or ctx.symbol
    return check_past_figure(replace(claim, names=measured), ctx, _snapshot_of(ctx, symbol))


def _words_name(claim: Claim, ctx: VerifyContext, measured: str | None = None) -> SubjectFact | None:
    """The fact the words still name when nothing matched: a count of sessions beside range words is
    the range's length ("a band between 6,805.34 and 6,968.14, twenty-nine sessions in all"); a %
    with a stated period is that period's return ("the past month has cost it 1.65%"), computed
    from the closes when the snapshot lacks it."""
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    if _counts_sessions(claim) and _RANGE_WORDS.search(claim.sentence):
        for name in ("range_sessions", "prior_range_sessions"):
            fact = ctx.fact(subject, name)
            if fact is not None:
                return SubjectFact(subject, name, fact)
    if claim.number.unit == "pct" and claim.relation is None and claim.period in ("5d", "1m", "ytd"):
        name = _PERIOD_FACT[claim.period]
        fact = ctx.fact(subject, name)
        if fact is not None:
            return SubjectFact(subject, name, fact)
        sessions = _PERIOD_SESSIONS.get(claim.period)
        return window_return(ctx, subject, sessions) if sessions else None
    fact = ctx.fact(subject, measured) if measured is not None else None
    if fact is not None and unit_fits(fact, claim.number):  # "Spot $244.03", "$691.87 at the high"
        return SubjectFact(subject, measured, fact)  # type: ignore[arg-type]
    return None


def _unexplained(claim: Claim, ctx: VerifyContext, wide: list[SubjectFact]) -> list[Finding]:
    """A figure nothing matched: on another scale, another instrument's, the fact its words name
    (`_words_name`), or untraced."""
    boxed = _boxed_fact(claim, ctx) if not wide else None
    if boxed is not None:  # "**$686.00**: SPY's close", "16.70 -- the VIX": the fact its label names
        found = _against_named(claim, boxed, ctx)
        if found:
            return found
    measured = measure_named(claim) or pair_edge(claim) or pair_width(claim) if not wide else None
    if measured is not None and not _dated_extreme_agrees(claim, ctx):
        measured = None  # "30% above its June low" when the 52-week low was in April: another low's
    past = _past_measure(claim, ctx, measured)
    if past is not None:
        return past
    named = _words_name(claim, ctx, measured) if not wide else None
    if named is not None:
        found = _against_named(claim, named, ctx)
        if found:
            return found
    if not wide and measured is None and _beyond_every_price(claim, ctx):  # "the roof bid was $412,500"
        return [_no_data(claim, "no loaded instrument trades anywhere near it")]
    if not wide and measured is None and _round_sum_off_every_fund(claim, ctx):  # "goes up to $25,000"
        return [_no_data(claim, "a round sum above every fund's price and near no level: the size of "
                                "another thing")]
    if not wide and not market_tied(claim, _closes_near(claim, ctx), measured):
        return [_no_data(claim, "its words tie it to no market measure")]  # an age, a room, a ticket
    if claim.number.unit in ("price", None):
        subject = _scale_subject(claim, ctx)
        if subject is not None:
            fact = ctx.fact(subject, "close")
            owner = wide[0] if wide else None
            if fact is not None:
                named = SubjectFact(subject, "close", fact)
                if _off_scale(claim, named, ctx, owner):
                    return [_scale(claim, subject, ctx, owner)]
    if wide:
        owner = wide[0]
        return [finding("value-mismatch", f"{claim.span} is {owner.subject}'s {plain_name(owner.name)}, "
                        f"not a figure of {'/'.join(claim.subject or ())}", section=claim.section,
                        span=claim.span, source=_where(owner))]
    return [_untraced(claim)]


def _boxed_fact(claim: Claim, ctx: VerifyContext) -> SubjectFact | None:
    """The fact a box line's label after its figure names (box_labels), of the instrument the label
    names, else of the figure's subject; a label naming only an instrument names its close."""
    boxed = boxed_label(claim)
    if boxed is None:
        return None
    symbols = tuple(dict.fromkeys(s for m in ctx.lexicon.mentions(boxed.label) for s in m.symbols))
    if boxed.name is None and not symbols:
        return None  # "**$50,000**: top prize": no measure and no instrument
    name = boxed.name or "close"
    subject = (symbols[0] if len(symbols) == 1 else _scale_member(claim, ctx, symbols)) if symbols \
        else _subject_symbol(claim, ctx) or ctx.symbol
    fact = ctx.fact(subject, name) if subject else None
    if boxed.name is None and fact is not None \
            and not OTHER_SCALE[0] <= claim.number.value / fact_value(fact) <= OTHER_SCALE[1]:
        return None  # "No. 212: Frontier markets": an issue's number, not the index's level
    fits = subject is not None and fact is not None and unit_fits(fact, claim.number)
    return SubjectFact(subject, name, fact) if fits else None  # type: ignore[arg-type]


def _labelled_over_chance(claim: Claim, ctx: VerifyContext, hits: list[SubjectFact]) -> SubjectFact | None:
    """The fact a figure's own unmistakable label names ("the put wall at $665", "topped out at
    $463.44", "opened the day at 6,843.00") when the figure matched only other facts by chance (a
    round level, the upper band): the words name the wall or the high, so it is held to that."""
    if not hits:
        return None
    name = labelled_measure(claim)
    if name is None or any(sf.name == name for sf in hits):
        return None
    subject = _subject_symbol(claim, ctx) or ctx.symbol
    fact = ctx.fact(subject, name)
    return SubjectFact(subject, name, fact) if fact is not None and unit_fits(fact, claim.number) else None


_FAR_BEYOND = 3.0
"""A $ sum this many times the largest price any loaded fact holds is the price of another thing."""


def _beyond_every_price(claim: Claim, ctx: VerifyContext) -> bool:
    """A dollar sum far above every price the loaded facts hold (a fund's close, an index's level, a
    cross-market quote): a house, a bid for a roof, a payroll; no market figure here."""
    if claim.number.unit != "price" or claim.number.sign:
        return False
    prices, _ = ctx.prices()
    return bool(prices) and claim.number.value * claim.number.scale > _FAR_BEYOND * prices[-1]


_ROUND_SUM = 100
_NEAR_LEVEL = 0.02
"""How close (a share of it) a round sum may come to a loaded price before it may be that price misprinted."""


def _round_sum_off_every_fund(claim: Claim, ctx: VerifyContext) -> bool:
    """A round whole-dollar sum ("the ladder goes up to $25,000", "Max loss $900", "quoted at $11,400")
    that matched nothing, above every loaded fund's price scale (what a fund's price or dollar move may
    be) and within 2% of no other loaded price (an index's level with a dollar sign stays a scale
    error): a prize, a budget, a loss on a position, a quote for pew cushions; no market figure here."""
    number = claim.number
    if number.unit != "price" or number.sign or number.decimals or number.scale != 1 \
            or number.value < _ROUND_SUM or number.value % _ROUND_SUM:
        return False
    funds = [fact_value(sf.fact) for sf in ctx.facts
             if sf.name == "close" and ctx.lexicon.kind_of(sf.subject) == InstrumentKind.ETF]
    if not funds or number.value <= _PRICE_SCALE_TOP * max(funds):
        return False
    prices, _ = ctx.prices()
    at = bisect_left(prices, number.value)
    near = prices[max(0, at - 1):at + 1]
    return not any(abs(p - number.value) <= _NEAR_LEVEL * number.value for p in near)


_PRICE_SCALE_TOP = 1.25
"""A price above this multiple of every fund's close is no fund's (measures._PRICE_SCALE)."""


def _scale_subject(claim: Claim, ctx: VerifyContext) -> str | None:
    """Whose scale an unmatched price is held to: the instrument named right before it, else (named
    by nobody) the article's own ("support is $245.83" in an index article)."""
    if claim.subject and claim.strong:
        return claim.subject[0] if len(claim.subject) == 1 else None
    return ctx.symbol if claim.subject is None else None


def _source_conflict(claim: Claim, named: SubjectFact) -> Finding:
    return finding("source-conflict", f"{claim.span} is the cited source's figure; the data says "
                   f"{_label(named)} is {named.fact.printed()}", section=claim.section, span=claim.span,
                   expected=named.fact.printed(), source=_where(named))


def _closes_near(claim: Claim, ctx: VerifyContext) -> list[float]:
    """The last close of the article's instrument, of each instrument the figure's words name, and of
    their families (an ETF's index: "support is 6,541" in an SPY note is on the S&P 500's scale)."""
    symbols = {ctx.symbol, *(claim.subject or ())}
    return [c for symbol in symbols for s in {symbol, *ctx.lexicon.family_of(symbol)}
            for c in [_close_of(s, ctx)] if c]


def _untraced(claim: Claim, why: str = "matches no computed fact or cited source") -> Finding:
    return finding("number-untraced", f"{claim.span} {why}", section=claim.section, span=claim.span)


def _label(sf: SubjectFact) -> str:
    return f"{sf.subject} {sf.name.replace('_', ' ')}"


def _where(sf: SubjectFact) -> str:
    return f"{sf.subject}: {sf.fact.source or sf.fact.name}"


def fact_value(fact: Fact) -> float:
    return float(fact.value)  # type: ignore[arg-type]
