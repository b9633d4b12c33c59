"""Which technical paragraph leads the analysis after the day: what matters for this instrument today.

Two articles of one session should not share a skeleton. An instrument at or near its record leads
the technical part with the record; one that has lagged (or led) its benchmark for RELATIVE_LEAD_SESSIONS
sessions with that race; a big day (momentum_text.BIG_ATR or more) with the momentum reading; a
tight range with the range; otherwise with the averages. The angle ranking still places the news
and calendar paragraphs; the technical paragraphs fill the slots it gave them in the lead's order.
"""

from __future__ import annotations

from typing import Literal

from .base import Brief
from .momentum_text import read
from .paragraphs import near_high

Focus = Literal["record", "relative", "momentum", "range", "trend"]

RELATIVE_LEAD_SESSIONS = 5
"""A race against the benchmark this many sessions long leads the technical part."""

TECHNICAL = ("relative", "structure", "momentum")
"""The paragraphs whose order the focus sets (the range, averages and record paragraph is
'structure')."""

_ORDER: dict[Focus, tuple[str, ...]] = {
    "record": ("structure", "momentum", "relative"),
    "relative": ("relative", "structure", "momentum"),
    "momentum": ("momentum", "structure", "relative"),
    "range": ("structure", "momentum", "relative"),
    "trend": ("structure", "momentum", "relative"),
}


def technical_lead(brief: Brief) -> Focus:
    """What the technical part of this article opens with, from the facts (first that holds)."""
    s = brief.snapshot
    rel = s.relative
    if near_high(brief):
        return "record"
    if rel is not None and rel.streak_sessions >= RELATIVE_LEAD_SESSIONS and rel.streak_direction != "even":
        return "relative"
    reading = read(brief)
    if reading.size == "big":
        return "momentum"
    return "range" if reading.ranged else "trend"


def in_technical_order(paragraphs: list[tuple[str, str]], focus: Focus) -> list[tuple[str, str]]:
    """`paragraphs` (name, text) with the technical ones moved into the focus's order, each taking
    a slot a technical paragraph held; the others stay where they are."""
    slots = [n for n, (name, _) in enumerate(paragraphs) if name in TECHNICAL]
    technical = sorted((p for p in paragraphs if p[0] in TECHNICAL), key=lambda p: _ORDER[focus].index(p[0]))
    out = list(paragraphs)
    for slot, paragraph in zip(slots, technical, strict=True):
        out[slot] = paragraph
    return out


def with_news_first(paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`paragraphs` (name, text) with the news paragraph first: on a day whose news event set this
    instrument apart (event_dek.sets_apart: it sat the event out, moved least, most or against the
    market), the reading of that event is this article's story, told right after the day; where it
    moved with the market the chart's own story comes first and the news closes. One session's
    articles then differ in where they read the news, as their places in the day differ."""
    news = [p for p in paragraphs if p[0] == "news"]
    return [*news, *(p for p in paragraphs if p[0] != "news")]
