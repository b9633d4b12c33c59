"""Which technical paragraph leads the analysis after the day: what matters for this instrument today.

Two articles of one session should not share a skeleton. Each opens its technical part with what
stands out on its own chart, first that holds: an RSI past 70 or under 30 (the stretched reading a
trader checks first) with the momentum reading; a close at its record or within IMMINENT_HIGH_ATR
ATRs of it with the record; a race against the benchmark RELATIVE_LEAD_SESSIONS sessions long with
that race; a big day (momentum_text.BIG_ATR or more) with the momentum reading; a tight range still
holding the closes with the range; a record within reach (paragraphs.NEAR_HIGH_ATR) with the record;
otherwise with the averages. On a market-wide day the instruments share the move but not the chart:
one is stretched, one at its record, one boxed in, and their articles read in that order. The angle
ranking still places the news and calendar paragraphs; the technical paragraphs fill the slots it
gave them in the lead's order.
"""

from __future__ import annotations

from typing import Literal

from .base import Brief
from .momentum_text import read
from .paragraphs import near_high, record_within

Focus = Literal["record", "relative", "momentum", "range", "trend"]

RELATIVE_LEAD_SESSIONS = 5
"""A race against the benchmark this many sessions long leads the technical part."""
IMMINENT_HIGH_ATR = 1.0
"""A closing high at most this many ATRs above the close is one session's move away: it leads ahead
of the range, the race and a big day (real SPY 2026-02-06, 0.61 ATRs under its record)."""
AVERAGE_TEST_ATR = 0.5
"""A close this many ATRs or less from its 50-day average is testing it: the averages lead."""

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
    rel = brief.snapshot.relative
    reading = read(brief)
    if reading.room == "stretched":
        return "momentum"
    if record_within(brief, IMMINENT_HIGH_ATR):
        return "record"
    if rel is not None and rel.streak_sessions >= RELATIVE_LEAD_SESSIONS and rel.streak_direction != "even":
        return "relative"
    if reading.ranged:
        return "range"
    if near_high(brief) and reading.way != "down":
        return "record"
    if reading.size == "big":
        return "momentum"
    if at_the_50_day(brief):
        return "trend"
    if near_high(brief):
        return "record"
    return "momentum" if reading.size == "full" and broke_range(brief) else "trend"


def broke_range(brief: Brief) -> bool:
    """The close left the range that held until yesterday."""
    s = brief.snapshot
    return s.tape is not None and s.tape.range_break is not None


def at_the_50_day(brief: Brief) -> bool:
    """The close crossed its 50-day average today or sits within AVERAGE_TEST_ATR ATRs of it: the
    average is the level the next sessions test."""
    s = brief.snapshot
    if s.tape is not None and s.tape.sma_50_cross is not None:
        return True
    pct, atr = s.trend.pct_vs_sma_50, s.volatility.atr_pct
    return pct is not None and atr is not None and abs(pct) <= AVERAGE_TEST_ATR * atr


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
