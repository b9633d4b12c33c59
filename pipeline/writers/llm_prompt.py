"""The values the prompt templates are rendered with: named facts, never loose numbers.

Every figure reaches the prompt as `name = printed value (unit)` from the fact
sheet; scores, bias and threat level are stated as given; news items are
numbered for citations and their text is fenced as untrusted data. A story
flagged for instruction-like text (NewsItem.flags) carries a visible warning
in its header; its text is contained again here (ingest already removed what
it found), and a flagged headline is withheld.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..angles import rank_angles
from ..contracts import Finding, NewsItem
from ..facts import FactSheet, fact_tag
from ..ingest.injection import contain, is_instruction_like
from ..stories import StoryDigest
from . import tables
from .base import Brief
from .llm_article import candidate_levels, offered_setups
from .news_paragraph import stories_for
from .scenarios import scenario_slots


def article_values(brief: Brief, sheet: FactSheet, cited: int, news_chars: int) -> dict[str, Any]:
    s, sc = brief.snapshot, brief.scores
    return {
        "symbol": s.symbol, "name": s.name, "short_name": brief.short_name, "kind": s.kind.value,
        "index_name": brief.index_name or "", "session": sheet.fmt("session", "long"),
        "bias": sc.bias.value, "pulse": sc.pulse, "threat_level": sc.threat_level,
        "risk": sc.risk.value, "sentiment": sc.sentiment_label or "",
        "final_calls": [{"horizon": row.horizon, "bias": row.bias.value,
                         "why": "" if row.horizon == "Short-term" else row.reasoning}  # no loose digits
                        for row in tables.final_call_rows(brief, sheet)],
        "fact_lines": compact_facts(sheet, _sectioned_prefixes(brief)),
        "levels": _levels(brief, sheet),
        "setups": [{"direction": x.direction, "trigger": x.trigger, "style": x.style,
                    "note": x.note()} for x in offered_setups(brief)],
        "scenarios": dict(zip(("bull", "bear"), scenario_slots(brief, sheet), strict=True)),
        "peers": [{"symbol": m.symbol, "name": brief.related_names.get(m.symbol, m.name),
                   "role": m.role.value, "tag": fact_tag(m.symbol),
                   "close": sheet.fmt(f"{fact_tag(m.symbol)}_close"),
                   "change": sheet.fmt(f"{fact_tag(m.symbol)}_change_1d_pct", "signed")} for m in s.related],
        "events": [{"number": n, "name": e.name, "kind": e.kind, "date": sheet.fmt(f"event_{n}_date"),
                    "sessions": sheet.fmt(f"event_{n}_sessions_until")} for n, e in enumerate(s.events, 1)],
        "macro": macro_slots(sheet),
        "extremes_window": "" if s.has_full_year else sheet.fmt("window_sessions"),
        "news": [_news(n, item, news_chars, _terms(brief)) | _story(brief, story)
                 for n, (item, story) in enumerate(zip(brief.news[:cited],
                                                       stories_for(brief, brief.news[:cited]),
                                                       strict=True), start=1)],
        "angles": angle_lines(brief, sheet, cited),
    }


def angle_lines(brief: Brief, sheet: FactSheet, cited: int, count: int = 5) -> list[dict[str, Any]]:
    """The session's ranked angles (pipeline.angles), best first: what leads and what follows."""
    ranked = rank_angles(brief.snapshot, brief.news[:cited])[:count]
    return [{"rank": n, "kind": a.kind.value.replace("_", " "), "summary": a.summary,
             "direction": a.direction, "facts": [f for f in a.facts if sheet.has(f)]}
            for n, a in enumerate(ranked, start=1)]


_MACRO: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("10-year Treasury yield", "macro_ten_year_yield", ("macro_ten_year_yield_change_bp",)),
    ("dollar index (DXY)", "macro_dollar_index",
     ("macro_dollar_index_change_pct", "macro_dollar_index_change")),
    ("VIX", "macro_vix", ("macro_vix_change_pct", "macro_vix_change")),
)


def macro_slots(sheet: FactSheet) -> list[dict[str, Any]]:
    """The gauges the data holds, each with its level slot, its change slots and the change's sign."""
    out = []
    for label, level, changes in _MACRO:
        if not sheet.has(level):
            continue
        held = [name for name in changes if sheet.has(name)]
        move = sheet.value(held[0]) if held else 0.0
        out.append({"label": label, "level": level, "changes": held,
                    "direction": "up" if move > 0 else "down" if move < 0 else "unchanged"})
    return out


def repair_values(findings: list[Finding]) -> dict[str, Any]:
    return {"findings": [{"code": f.code, "section": f.section or "", "span": f.span or "",
                          "expected": f.expected or "", "message": f.message} for f in findings]}


def _levels(brief: Brief, sheet: FactSheet) -> list[dict[str, Any]]:
    close = brief.snapshot.close
    out = []
    for number, level in candidate_levels(brief.snapshot):
        zone = (f"level_{number}_low to level_{number}_high"
                if sheet.has(f"level_{number}_low", f"level_{number}_high") else "")
        out.append({"number": number, "kind": level.kind.value.replace("_", " "), "label": level.label,
                    "side": "above" if level.price > close else "below", "zone": zone,
                    "touches": level.touches})
    return out


WITHHELD_TITLE = "[headline withheld: instruction-like text]"


def _news(number: int, item: NewsItem, chars: int, terms: Sequence[str] = ()) -> dict[str, Any]:
    title = WITHHELD_TITLE if is_instruction_like(item.title) else item.title
    text, found = contain((item.text if item.has_content else item.summary) or title)
    flags = sorted({*item.injection_flags, *(f"injection:{f.vector}" for f in found)})
    return {"number": number, "title": title, "publisher": item.publisher,
            "published": item.published_at.date().isoformat() if item.published_at else "undated",
            "text": relevant_excerpt(" ".join(text.split()), terms, chars), "flags": ", ".join(flags)}


FACTS_PER_LINE = 6


def compact_facts(sheet: FactSheet, sectioned: Sequence[str] = ()) -> list[str]:
    """The facts as `name=value` pairs, a few to a line: the unit shows in the printed value
    ($, %, pp, bp, dates) or in the name (_count, _ratio, rsi, macd). Facts whose names start
    with a `sectioned` prefix are left out: their own prompt section names their slots."""
    skip = tuple(sectioned)
    pairs = [f"{f.name}={f.printed()}" for f in sheet.facts.values() if not f.name.startswith(skip)]
    return ["; ".join(pairs[i:i + FACTS_PER_LINE]) for i in range(0, len(pairs), FACTS_PER_LINE)]


_SENTENCE_END = re.compile("(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\\s+(?=[A-Z\u201c\"(])")


def relevant_excerpt(text: str, terms: Sequence[str], chars: int) -> str:
    """At most `chars` characters of `text`: whole sentences that name the instrument (or its
    index, its short name) first, then the story's opening ones, kept in their order."""
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    if len(text) <= chars or not sentences:
        return text[:chars]
    lowered = [t.lower() for t in terms if t]

    def score(pair: tuple[int, str]) -> tuple[int, int]:
        n, sentence = pair
        return (-sum(t in sentence.lower() for t in lowered), n)

    kept, used = set(), 0
    for n, sentence in sorted(enumerate(sentences), key=score):
        if used + len(sentence) + 1 > chars:
            continue
        kept.add(n)
        used += len(sentence) + 1
    if not kept:
        return sentences[0][:chars]
    return " ".join(sentences[n] for n in sorted(kept))


def _sectioned_prefixes(brief: Brief) -> list[str]:
    """Fact families the prompt presents in their own sections (levels, setups, related
    instruments, gauges, events), so FACTS does not list them twice."""
    related = [f"{fact_tag(m.symbol)}_" for m in brief.snapshot.related]
    return ["level_", "setup_", "event_", "macro_", "divergence_vs_", *related]


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
              f"the data agrees: {story.subject} went {story.direction} on the session" if story.agrees else
              f"the data disagrees: the story says {story.subject} went {story.direction}, the data does not")
    return {"theme": story.theme, "same_day": story.same_day, "agrees": agrees,
            "claim": " ".join(claim.split())}
