"""The values the prompt templates are rendered with: named facts, never loose numbers.

Every figure reaches the prompt as `name = printed value (unit)` from the fact
sheet; scores, bias and threat level are stated as given; news items are
numbered for citations and their text is fenced as untrusted data. A story
flagged for instruction-like text (NewsItem.flags) carries a visible warning
in its header; its text is contained again here (ingest already removed what
it found), and a flagged headline is withheld.
"""

from __future__ import annotations

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

_UNIT = {"price": "price", "pct": "percent", "pp": "percentage points", "bp": "basis points",
         "rsi": "RSI", "macd": "MACD", "ratio": "ratio", "count": "count", "volume": "shares",
         "score": "score", "date": "date"}


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
        "facts": [{"name": f.name, "printed": f.printed(), "unit": _UNIT.get(f.unit, f.unit)}
                  for f in sheet.facts.values()],
        "levels": _levels(brief, sheet),
        "setups": [{"direction": x.direction, "trigger": x.trigger, "style": x.style,
                    "note": x.note()} for x in offered_setups(brief)],
        "scenarios": dict(zip(("bull", "bear"), scenario_slots(brief, sheet), strict=True)),
        "peers": [{"symbol": m.symbol, "name": brief.related_names.get(m.symbol, m.name),
                   "role": m.role.value, "tag": fact_tag(m.symbol)} for m in s.related],
        "events": [{"number": n, "name": e.name, "kind": e.kind} for n, e in enumerate(s.events, 1)],
        "macro": macro_slots(sheet),
        "extremes_window": "" if s.has_full_year else sheet.fmt("window_sessions"),
        "news": [_news(n, item, news_chars) | _story(brief, story)
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


def _news(number: int, item: NewsItem, chars: int) -> dict[str, Any]:
    title = WITHHELD_TITLE if is_instruction_like(item.title) else item.title
    text, found = contain((item.text if item.has_content else item.summary) or title)
    flags = sorted({*item.injection_flags, *(f"injection:{f.vector}" for f in found)})
    return {"number": number, "title": title, "publisher": item.publisher,
            "published": item.published_at.date().isoformat() if item.published_at else "undated",
            "text": " ".join(text.split())[:chars], "flags": ", ".join(flags)}



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
