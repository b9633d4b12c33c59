"""What the day's news event SAID, read from the day's own coverage: a cooler or hotter inflation
report, a weak or strong jobs report, a Fed that cut, hiked, held or signalled fewer cuts.

The day's event (stories.session_event) names the news by its kind; the headline and the opening
sentence should also say its content in a few words ('as the Fed signals fewer cuts', 'after a weak
jobs report'). The content is read, never inferred: from the wrap's cause clause ('after the Fed
signals fewer cuts'), then from the same-day stories whose title names the event (the release
story: 'Hiring slows sharply in July and unemployment climbs to 4.3%'), by a closed list of the
words that say each content (`CONTENT_WORDS`). No match: no content, and the writers keep the
event's name alone. A chip-stock story says what hit (or lifted) the chipmakers when its words name
it: a rival AI model or app (news day 2025-01-27: 'as a Chinese AI model shakes chip stocks'), or
export curbs; an earnings story has no content list: its wrap's cause is a story, not a reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .contracts import NewsItem, Snapshot
from .stories import EVENT_WORDS, SessionEvent, local_day, readable, story_sentences

_ROSE = r"rose|rise|rises|climb(?:s|ed)?|increas(?:e|es|ed)|jump(?:s|ed)?"
_SURPRISE = r"(?:[^.;]|\.(?=\d)){{0,40}}?\b{more} than\b[^.;]{{0,25}}?\b(?:expected|forecast)"
"""A release that rose more (or less) than forecast: 'Consumer prices rose 0.4% last month, more than
economists had forecast' ran hot; 'rose less than expected' cool."""
CONTENT_WORDS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "fed": (
        ("fewer_cuts", re.compile(r"\bfewer (?:rate )?(?:cuts|reductions)\b|\bslower path\b|"
                                  r"\btrims? (?:its )?(?:rate[- ]cut|easing) (?:outlook|bets)\b", re.I)),
        ("hike", re.compile(r"\b(?:raises|raised|hikes|hiked) (?:interest )?rates\b|"
                            r"\brate (?:hike|increase)\b", re.I)),
        ("cut", re.compile(r"\b(?:cuts|cut|lowers|lowered) (?:interest )?rates\b|\brate cut\b", re.I)),
        ("hold", re.compile(r"\b(?:holds|held|leaves|left|keeps|kept) (?:interest )?rates "
                            r"(?:steady|unchanged)\b", re.I)),
    ),
    "inflation": (
        ("hotter", re.compile(r"\bhot(?:ter)?\b|\bfirm(?:er)?\b|\bsticky\b|"
                              r"\bhigher than (?:expected|forecast)\b|"
                              r"\b(?:prices|inflation) (?:accelerat\w+|jump\w*|re-?accelerat\w+)\b|"
                              rf"\b(?:{_ROSE})\b{_SURPRISE.format(more='more')}", re.I)),
        ("cooler", re.compile(r"\bcool(?:er|s|ed)?\b|\bsoft(?:er)?\b|\btame[rd]?\b|\bbenign\b|"
                              r"\b(?:prices|inflation) (?:fall|fell|drop\w*|declin\w+|eas\w+|slow\w*)\b|"
                              rf"\b(?:{_ROSE})\b{_SURPRISE.format(more='less')}", re.I)),
    ),
    "jobs": (
        ("weak", re.compile(r"\bweak(?:er)?\b|\bdisappointing\b|\bhiring slow\w*\b|"
                            r"\b(?:unemployment|jobless rate) (?:climb\w*|ris\w+|rose|jump\w*)\b", re.I)),
        ("strong", re.compile(r"\bstrong(?:er)?\b|\bblowout\b|\bhiring (?:surg\w+|jump\w*|accelerat\w+)\b|"
                              r"\b(?:unemployment|jobless rate) (?:fall\w*|fell|drop\w*)\b", re.I)),
    ),
    "chips": (
        ("ai_rival", re.compile(r"\b(?:AI|artificial[- ]intelligence) "
                                r"(?:model|app|chatbot|rival|start-?up)s?\b", re.I)),
        ("export_curbs", re.compile(r"\bexport (?:curbs|controls|restrictions|limits|ban)\b", re.I)),
    ),
}
"""Per event kind, the contents its coverage can say and the words that say each, most specific
first: a Fed that 'cuts rates and pencils in fewer reductions' said fewer cuts; 'hotter than
forecast' is read before 'cool' (a report can be both 'cooler on the year' and hotter than forecast;
the surprise is the news)."""

_CAUSED = re.compile(r"\b(?:as|after|amid|on)\s+(.+?)(?:;|$)", re.IGNORECASE)


class NewsContent(NamedTuple):
    """What the event said (`said`: a key of CONTENT_WORDS[kind]) and the story whose words say it."""

    kind: str
    said: str
    story: NewsItem


def event_content(event: SessionEvent, items: Sequence[NewsItem], snapshot: Snapshot) -> NewsContent | None:
    """The content of the day's event: in the wrap's cause clause, else in the title and opening
    sentences of a same-day story whose title names the event (the earliest first: the release
    itself before the day's reactions to it); None when their words say none."""
    contents = CONTENT_WORDS.get(event.kind)
    if contents is None:
        return None
    cause = _CAUSED.search(event.wrap.title)
    if cause is not None and (said := _said(contents, cause.group(1))) is not None:
        return NewsContent(event.kind, said, event.wrap)
    for item in _event_stories(event, items, snapshot):
        lede = " ".join(story_sentences(item.text)[:2])
        said = _said(contents, item.title) or _said(contents, lede)
        if said is not None:
            return NewsContent(event.kind, said, item)
    return None


def _said(contents: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str | None:
    return next((said for said, words in contents if words.search(text)), None)


def _event_stories(event: SessionEvent, items: Sequence[NewsItem], snapshot: Snapshot) -> list[NewsItem]:
    names = dict(EVENT_WORDS)[event.kind]  # type: ignore[index]
    same_day = [i for i in items if readable(i) and local_day(i, snapshot) == snapshot.session
                and names.search(i.title)]
    return sorted(same_day, key=lambda i: (i.published_at.timestamp() if i.published_at else 0.0, i.item_id))


def says_content(content: NewsContent, item: NewsItem) -> bool:
    """The story says what the event said (`content`), in its title or its two opening sentences, by
    the same words event_content reads (CONTENT_WORDS): a second story that can back a sentence
    telling the content ('the hotter consumer-price reading')."""
    contents = CONTENT_WORDS.get(content.kind, ())
    lede = " ".join(story_sentences(item.text)[:2])
    return readable(item) and content.said in (_said(contents, item.title), _said(contents, lede))

