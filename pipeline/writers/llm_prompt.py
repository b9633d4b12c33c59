"""The values the prompt templates are rendered with: named facts, never loose numbers.

Every figure reaches the prompt as `name=printed value` from the fact sheet, and only
the facts an article's sections write about (PROMPT_FACTS, plus those the session's
angles name); names sharing one printed value share one entry (`a=b=value`). Levels,
setups, peers, gauges and events have their own sections, which name their slots.
Scores, bias and threat level are stated as given; news items are numbered for
citations, each with its key claim and the sentences that name the instrument, fenced
as untrusted data. A story flagged for instruction-like text (NewsItem.flags) carries a
visible warning in its header; its text is contained again here (ingest already removed
what it found), and a flagged headline is withheld.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from fnmatch import fnmatchcase
from typing import Any

from ..angles import Angle, AngleKind, rank_angles, with_driver
from ..contracts import CrossKind, Finding, NewsItem, TradeSetup
from ..facts import FactSheet, fact_tag
from ..ingest.injection import contain, is_instruction_like
from ..level_notes import tested_words
from ..stories import StoryDigest, echoes, session_figures
from . import tables
from .angle_text import HIGH_THREAT, dek_event, threat_sign_words
from .base import Brief
from .call_reasons import unconfirmed_slope
from .cross_market_text import DOLLAR_PRICED
from .llm_article import candidate_levels, offered_setups
from .llm_plan import (
    day_event,
    headline_partners,
    level_words,
    lid_note,
    setup_play,
    short_term_clause,
    take_level,
    view_line,
)
from .news_paragraph import DRIVER, beat_order, stories_for, story_roles
from .news_told import driver_yields
from .paragraphs import RELATIVE_MONTH_PP, RELATIVE_STREAK_SESSIONS, move_since_sentence
from .scenarios import scenario_slots
from .slots import zone_slots


def article_values(brief: Brief, sheet: FactSheet, cited: int, news_chars: int) -> dict[str, Any]:
    s, sc = brief.snapshot, brief.scores
    return {
        "symbol": s.symbol, "name": s.name, "short_name": brief.short_name, "kind": s.kind.value,
        "index_name": brief.index_name or "", "session": sheet.fmt("session", "long"),
        "bias": sc.bias.value, "pulse": sc.pulse, "threat_level": sc.threat_level,
        "risk": sc.risk.value, "sentiment": sc.sentiment_label or "",
        "threat_signs": ", ".join(threat_sign_words(sc)) if sc.threat_level >= HIGH_THREAT else "",
        "final_calls": [{"horizon": row.horizon, "bias": row.bias.value,  # the model writes the reasons
                         "basis": _call_basis(brief, row.horizon)}
                        for row in tables.final_call_rows(brief, sheet)],
        "fact_lines": compact_facts(sheet, prompt_fact_names(brief, sheet, cited)),
        "levels": _levels(brief, sheet),
        "setups": [{"direction": x.direction, "trigger": x.trigger, "style": x.style,
                    "target": setup_target_words(x)} for x in offered_setups(brief)],
        "scenarios": {case: [zone_slots(bullet) for bullet in bullets]
                      for case, bullets in zip(("bull", "bear"), scenario_slots(brief, sheet), strict=True)},
        "peers": [{"symbol": m.symbol, "name": brief.related_names.get(m.symbol, m.name),
                   "role": m.role.value, "tag": fact_tag(m.symbol),
                   "change": sheet.fmt(f"{fact_tag(m.symbol)}_change_1d_pct", "signed")} for m in s.related],
        "events": [{"number": n, "name": e.name, "kind": e.kind, "date": sheet.fmt(f"event_{n}_date"),
                    "sessions": sheet.fmt(f"event_{n}_sessions_until")} for n, e in enumerate(s.events, 1)],
        "macro": macro_slots(sheet, _gauges_among_peers(brief)),
        "world": cross_market_line(cross_market_slots(brief, sheet)),
        "world_dollar": ", ".join(m.key for m in s.cross_markets if m.key in DOLLAR_PRICED),
        "extremes_window": "" if s.has_full_year else sheet.fmt("window_sessions"),
        "move_since": ("worst" if s.returns.change_1d_pct < 0 else "best")
        if move_since_sentence(brief, sheet) is not None else "",
        "news": _news_entries(brief, cited, news_chars),
        "angles": angle_lines(brief, sheet, cited),
        **plan_values(brief, sheet, cited),
    }


_CALL_BASIS = {"Medium-term": "50-day, MACD", "Long-term": "200-day, cross"}
"""What each longer horizon's given bias rests on (scoring.medium_term_view, long_term_view)."""


def _call_basis(brief: Brief, horizon: str) -> str:
    """_CALL_BASIS, with the 200-day's slope when it goes against price and the cross (the template's
    long-term row calls that trend recovering or sliding, not confirmed: call_reasons.long_reason)."""
    basis = _CALL_BASIS.get(horizon, "")
    trend = brief.snapshot.trend
    if horizon != "Long-term" or trend.sma_200 is None or trend.cross is None:
        return basis
    above = brief.snapshot.close > trend.sma_200
    if above != (trend.cross.state == CrossKind.GOLDEN):
        return basis
    slope = unconfirmed_slope(trend.sma_200_slope_pct, above)
    return basis if slope is None else f"{basis}; the 200-day {slope}, so not confirmed"


def lead_angles(brief: Brief, cited: int) -> list[Angle]:
    """The ranked angles as the template's headline and dek read them (template.header_angles): the
    day's driver first when the analysis opens with it and the top angle is weak."""
    return with_driver(rank_angles(brief.snapshot, brief.news[:cited]), driver_yields(brief, cited))


def plan_values(brief: Brief, sheet: FactSheet, cited: int) -> dict[str, Any]:
    """The desk's choices the model's headline, take and final call follow (writers/llm_plan.py):
    the angles sharing the headline (by their rank, the driver's included), the take's level and
    the view with its line (on the angles without the driver, as the template's take), the setup's
    play the take ends on, the short-term call's clause, a record lid; the day's news event the
    template's headline and opening sentence name (llm_plan.day_event), and what it did to this
    instrument as the template's dek opens on it (angle_text.dek_event)."""
    ranked, leading = rank_angles(brief.snapshot, brief.news[:cited]), lead_angles(brief, cited)
    partners = [f"angle {leading.index(a) + 1}" for a in headline_partners(brief, leading)]
    pivot = take_level(brief, sheet, ranked)
    event, event_headline, event_steady = day_event(brief, leading, cited)
    return {"headline_with": " and ".join(partners), "take_level": zone_slots(pivot or ""),
            "event": event, "event_headline": event_headline, "event_steady": event_steady,
            "event_dek": dek_event(brief, leading),
            "view": zone_slots(view_line(brief, sheet, ranked, pivot) or ""),
            "play": zone_slots(setup_play(brief)),
            "short_term": zone_slots(short_term_clause(brief)), "lid": lid_note(brief, sheet, pivot)}


def setup_target_words(setup: TradeSetup) -> str:
    """What the setup's target is, in few words ('measured move', 'swing high'); the record is
    named once, by the trigger when it already says so."""
    target = {"measured_move": "measured move", "atr_multiple": "3 ATRs"}.get(
        setup.target_basis, setup.target_label or "next level")
    return target + (", past the record" if setup.beyond_record and "record" not in setup.trigger else "")


ANGLES_SHOWN = 4
SUMMARIZED = 1
"""Angles after this rank are named by kind and slots; the top one (and those whose summary names a
theme, an event or a filled gap) keep their summaries."""
_SUBJECT_KINDS = (AngleKind.NEWS, AngleKind.EVENT, AngleKind.GAP)


def angle_lines(brief: Brief, sheet: FactSheet, cited: int,
                count: int = ANGLES_SHOWN) -> list[dict[str, Any]]:
    """The session's ranked angles (pipeline.angles), best first, the day's driver leading when the
    headline leads with it (lead_angles): what leads and what follows; an angle the headline pairs
    with the top one is listed even when ranked lower, and the drift angle (nothing notable) only
    when nothing else is."""
    ranked = lead_angles(brief, cited)
    partners = headline_partners(brief, ranked)
    return [{"rank": n, "kind": a.kind.value.replace("_", " "),
             "summary": a.summary if n <= SUMMARIZED or a.kind in _SUBJECT_KINDS else "",
             "direction": a.direction, "facts": [f for f in a.facts if sheet.has(f)]}
            for n, a in enumerate(ranked, start=1)
            if (n <= count or a in partners) and (n == 1 or a.kind != AngleKind.DRIFT)]


_MACRO: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("10-year Treasury yield", "macro_ten_year_yield", ("macro_ten_year_yield_change_bp",)),
    ("dollar index (DXY)", "macro_dollar_index", ("macro_dollar_index_change_pct",)),
    ("VIX", "macro_vix", ("macro_vix_change_pct", "macro_vix_change")),
)


def macro_slots(sheet: FactSheet, skip: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The gauges the data holds, each with its level slot, its change slots and the change's sign;
    not those in `skip` (level slot names)."""
    out = []
    for label, level, changes in _MACRO:
        if not sheet.has(level) or level in skip:
            continue
        held = [name for name in changes if sheet.has(name)]
        move = sheet.value(held[0]) if held else 0.0
        out.append({"label": label, "level": level, "changes": held,
                    "direction": "up" if move > 0 else "down" if move < 0 else "unchanged"})
    return out


def cross_market_slots(brief: Brief, sheet: FactSheet) -> list[dict[str, Any]]:
    """The markets outside the US session the data holds (pipeline/market/crossmarket.py): each
    with its level, change and session-date slots, the change's sign, its cut, and whether the level
    takes a $ (gold, crude, bitcoin)."""
    out = []
    for m in brief.snapshot.cross_markets:
        level = f"xmkt_{m.key}"
        if not sheet.has(level):
            continue
        change = f"{level}_change_pct" if sheet.has(f"{level}_change_pct") else ""
        move = sheet.value(change) if change else 0.0
        out.append({"key": m.key, "label": m.name, "level": level, "change": change,
                    "session": f"{level}_session", "day": sheet.fmt(f"{level}_session", "dated"),
                    "cut": m.cut, "dollar": m.key in DOLLAR_PRICED,
                    "direction": "up" if move > 0 else "down" if move < 0 else "unchanged"})
    return out


def cross_market_line(slots: list[dict[str, Any]]) -> str:
    """The markets by session day, compact for the prompt: 'Nov 20 dax+ nikkei+ hang_seng-; Nov 19
    bitcoin+' (+ up, - down, = unchanged)."""
    sign = {"up": "+", "down": "-", "unchanged": "="}
    days = list(dict.fromkeys(slot["day"] for slot in slots))
    return "; ".join(f"{day.split(', ')[-1]} " + " ".join(f"{s['key']}{sign[s['direction']]}"
                                                          for s in slots if s["day"] == day)
                     for day in days)


def repair_values(findings: list[Finding]) -> dict[str, Any]:
    return {"findings": [{"code": f.code, "section": f.section or "", "span": f.span or "",
                          "expected": f.expected or "", "message": f.message} for f in findings]}


def _levels(brief: Brief, sheet: FactSheet) -> list[dict[str, Any]]:
    """Each candidate level by the one name it goes by in every section (llm_plan.level_words), with
    how fresh a swing level is as the template's table says it ('last tested {level_3_tested:short}',
    level_notes.tested_words), in slots."""
    close = brief.snapshot.close
    out = []
    for number, level in candidate_levels(brief.snapshot):
        above = level.price > close
        out.append({"number": number, "name": level_words(level, above),
                    "side": "above" if above else "below",
                    "zone": sheet.has(f"level_{number}_low", f"level_{number}_high"),
                    "touches": level.touches,
                    "fresh": tested_words(level, number, sheet).removeprefix("; ")})
    return out


WITHHELD_TITLE = "[headline withheld: instruction-like text]"


def _news(number: int, item: NewsItem, chars: int, terms: Sequence[str] = (),
          claim: str = "", known: Collection[float] = ()) -> dict[str, Any]:
    """The item's header fields and its text: at most `chars` characters together with the
    `claim` (shown on its own line). With a claim, the text adds only the sentences that name the
    instrument, other than the claim's own and those repeating a figure of `known` (the session's
    figures the prompt's FACTS and RELATED already give: stories.echoes); without one, the story's
    lead fills the room."""
    title = WITHHELD_TITLE if is_instruction_like(item.title) else item.title
    text, found = contain((item.text if item.has_content else item.summary) or title)
    flags = sorted({*item.injection_flags, *(f"injection:{f.vector}" for f in found)})
    text = " ".join(text.split())
    if claim:
        text = " ".join(s for s in _SENTENCE_END.split(text) if s and claim not in s and not echoes(s, known))
        chars = max(0, chars - len(claim) - 1)
    return {"number": number, "title": title, "publisher": item.publisher,
            "published": item.published_at.date().isoformat() if item.published_at else "undated",
            "text": relevant_excerpt(text, terms, chars, naming_only=bool(claim)),
            "flags": ", ".join(flags)}


def _news_entries(brief: Brief, cited: int, chars: int) -> list[dict[str, Any]]:
    """Each cited story with what the template's news paragraph reads in it, its role included, in
    the order the template tells them, each under its citation number: the driver first (the
    opening paragraph carries it), then the news paragraph's beats (news_paragraph.beat_order)."""
    items = brief.news[:cited]
    stories = stories_for(brief, items)
    roles = story_roles(brief, stories)
    order = sorted(beat_order(brief, cited), key=lambda n: roles[n] != DRIVER)
    return [_news_entry(brief, n + 1, items[n], stories[n], chars) | {"role": roles[n]} for n in order]


def _news_entry(brief: Brief, number: int, item: NewsItem, story: StoryDigest, chars: int) -> dict[str, Any]:
    told = _story(brief, story)
    return _news(number, item, chars, _terms(brief), told["claim"], session_figures(brief.snapshot)) | told


PROMPT_FACTS: tuple[str, ...] = (
    # the session and its volume
    "session", "price", "high", "low", "change_1d_pct", "change_1m_pct", "volume", "avg_volume_20",
    "volume_ratio",
    # trend, momentum, volatility
    "sma_50", "sma_200", "pct_vs_sma_*", "cross_since", "rsi_14", "macd", "macd_signal",
    "atr_14", "atr_pct",
    # highs and lows (a short history has `_window` names instead of `_52w`)
    "high_52w", "high_52w_date", "low_52w", "pct_from_52w_high", "all_time_high", "all_time_high_date",
    "pct_from_ath", "window_sessions", "high_window", "high_window_date", "low_window",
    "pct_from_window_high",
    # against the benchmark, the range, options
    "spread_vs_*_1m_pp", "streak_sessions", "streak_avg_margin_bp", "range_*",
    "max_pain", "options_expiry", "call_wall", "put_wall",
    # the last move as large the same way, on the sheet only when 20 sessions or more back
    "move_since_date",
)
"""Facts the article's sections write about (the ones the template writer's paragraphs use),
as name patterns. Left out: what the prompt says elsewhere (`close` is `price`; `pulse` and
`threat_level` are GIVEN; the one-day spread is `divergence_vs_TAG_pp`), what only the tables
print (the MACD histogram), what no paragraph reads (the 5-day and year-to-date changes) and what
no section reads unless an angle leads with it (the gap and the open, the close streak, the prior
range and 20-day extremes, the move in ATRs, the distance from the low, Bollinger bands, the
Pulse's parts): the facts of the ranked angles are always listed."""

FACTS_PER_LINE = 6


def prompt_fact_names(brief: Brief, sheet: FactSheet, cited: int) -> list[str]:
    """The facts FACTS lists, in the sheet's order: PROMPT_FACTS and the ranked angles' facts,
    without the families that have their own section (their slots are named there)."""
    angled = {f for a in angle_lines(brief, sheet, cited) for f in a["facts"]}
    sectioned = tuple(_sectioned_prefixes(brief))
    return [name for name in sheet.facts if not name.startswith(sectioned) and name not in _filler(brief)
            and (name in angled or any(fnmatchcase(name, pattern) for pattern in PROMPT_FACTS))]


def _filler(brief: Brief) -> set[str]:
    """Relative facts below the size worth a sentence (the template's relative paragraph leaves
    them out too): a streak under 3 sessions, a one-month gap under 1.0 pp."""
    rel = brief.snapshot.relative
    if rel is None:
        return set()
    out = set()
    if rel.streak_sessions < RELATIVE_STREAK_SESSIONS or rel.streak_direction == "even":
        out |= {"streak_sessions", "streak_avg_margin_bp"}
    if rel.spread_1m_pp is None or abs(rel.spread_1m_pp) < RELATIVE_MONTH_PP:
        out.add(f"spread_vs_{fact_tag(rel.benchmark)}_1m_pp")
    return out


def compact_facts(sheet: FactSheet, names: Iterable[str]) -> list[str]:
    """The named facts as `name=value` entries, a few to a line; names whose printed values are
    the same share one entry (`range_lower=prior_low_20=$241.00`). The unit shows in the printed
    value ($, %, pp, bp, dates) or in the name (_sessions, _ratio, rsi, macd)."""
    shared: dict[str, list[str]] = {}
    for name in names:
        shared.setdefault(sheet.facts[name].printed(), []).append(name)
    entries = ["=".join([*group, value]) for value, group in shared.items()]
    return ["; ".join(entries[i:i + FACTS_PER_LINE]) for i in range(0, len(entries), FACTS_PER_LINE)]


_SENTENCE_END = re.compile("(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\\s+(?=[A-Z\u201c\"(])")


def relevant_excerpt(text: str, terms: Sequence[str], chars: int, naming_only: bool = False) -> str:
    """At most `chars` characters of `text`: whole sentences that name the instrument (or its
    index, its short name) first, then the story's opening ones, kept in their order; with
    `naming_only`, the sentences that name it and nothing else."""
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    lowered = [t.lower() for t in terms if t]

    def named(sentence: str) -> int:
        return sum(t in sentence.lower() for t in lowered)

    if naming_only:
        sentences = [s for s in sentences if named(s)]
        text = " ".join(sentences)
    if len(text) <= chars or not sentences:
        return text[:chars] if not naming_only or len(text) <= chars else ""
    kept, used = set(), 0
    for n, sentence in sorted(enumerate(sentences), key=lambda pair: (-named(pair[1]), pair[0])):
        if used + len(sentence) + 1 > chars:
            continue
        kept.add(n)
        used += len(sentence) + 1
    if not kept:
        return "" if naming_only else sentences[0][:chars]
    return " ".join(sentences[n] for n in sorted(kept))


def _sectioned_prefixes(brief: Brief) -> list[str]:
    """Fact families the prompt presents in their own sections (levels, setups, related
    instruments, gauges, events), so FACTS does not list them twice."""
    related = [f"{fact_tag(m.symbol)}_" for m in brief.snapshot.related]
    return ["level_", "setup_", "event_", "macro_", "xmkt_", "divergence_vs_", *related]


def _gauges_among_peers(brief: Brief) -> list[str]:
    """Gauges the related instruments already show with their slots (the VIX as a peer row)."""
    peers = {m.symbol for m in brief.snapshot.related}
    return [f"macro_{g.key}" for g in brief.snapshot.macro if g.symbol in peers]


def _terms(brief: Brief) -> list[str]:
    s = brief.snapshot
    return [s.symbol, s.name, brief.short_name, brief.index_name or "", s.index_symbol or ""]



def story_title(brief: Brief, story: StoryDigest) -> str:
    return next((i.title.strip().rstrip(".!;:,") for i in brief.news if i.item_id == story.item_id), "")


def _story(brief: Brief, story: StoryDigest) -> dict[str, Any]:
    """What the template writer's news paragraph reads too: theme, session day, the data's
    agreement with the story, and its key claim (contained like the text: it is the story's words)."""
    claim, _found = contain(story.claim)
    if is_instruction_like(claim) or story.claim == story_title(brief, story):
        claim = ""  # withheld like a flagged headline; a title is already in the header
    agrees = ("" if story.agrees is None else
              f"data agrees: {story.subject} {story.direction}" if story.agrees else
              f"data disagrees: the story has {story.subject} {story.direction}")
    return {"theme": story.theme, "same_day": story.same_day, "agrees": agrees,
            "claim": " ".join(claim.split())}
