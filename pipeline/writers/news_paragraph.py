"""The template writer's news paragraph: the day's driver, what it means here, then the other stories.

Each story has a role: the day's driver (a rates story whose yield move, in the
data, explains this instrument's move), the market's day (the first tape
story), a second view of the tape, the calendar or the Fed (a Fed story), the
gauge (a VIX story) or another theme. The opener names the driver when there is
one; each story is then told next to its reading, in citation order: the
market's day and whether this instrument moved with it, the driver's cause (its
own clause quoted, the yield move in the article's words) and what it means for
this instrument (yields down and stocks up fit together, most of all for
rate-sensitive small caps and long-duration growth shares), a VIX story the
data backs told by the VIX line itself, cited. Quotes are verbatim clauses of
the story (any figure in them is the source's); links speak in directions only.
"X said that" frames are left for stories on other themes. Wording comes from
the banks in news_phrases; `story_roles` is what the model writer is told too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from ..contracts import NewsItem, RelatedRole
from ..facts import build_fact_sheet
from ..stories import (
    FED,
    RATES,
    TAPE,
    VOLATILITY,
    StoryDigest,
    data_direction,
    digest,
    direction_of,
    local_day,
    own_names,
    story_sentences,
)
from ..stories import speaks_for as stories_speak  # the writer's brief-bound form below
from . import news_phrases as bank
from .base import Brief
from .phrases import vary

_LOWER_FIRST = frozenset("the a an each some most many its their this that these those stocks shares "
                         "investors traders markets equities".split())
FLAT_PCT = 0.05
PARTLY_PP = 0.5
Numbered = tuple[int, NewsItem, StoryDigest]
T = TypeVar("T")


def stories_for(brief: Brief, items: list[NewsItem]) -> list[StoryDigest]:
    """The brief's digest of each item (computed by the pipeline), or one made here."""
    known = {story.item_id: story for story in brief.stories}
    names = [brief.short_name, *(brief.related_names.values())]
    return [known.get(item.item_id) or digest(item, brief.snapshot, names) for item in items]


DRIVER, MARKET, SECOND, CALENDAR, FED_WORD, GAUGE, OTHER = (
    "driver", "market", "second view", "calendar", "fed", "gauge", "other")
_AHEAD = re.compile(r"\b(?:next|will|due|ahead|upcoming|announces|follows|scheduled|awaits?)\b",
                    re.IGNORECASE)
_CAUSE = re.compile(r"\s(as|after|amid|because|on bets)\s")
CAUSE_WORDS = 4
"""A cause clause ('traders added to bets on a December rate cut') quoted alone holds this many words."""


def story_roles(brief: Brief, stories: list[StoryDigest]) -> list[str]:
    """Each story's role in the paragraph: driver, market, second view, calendar, fed, gauge, other."""
    roles: list[str] = []
    for story in stories:
        if story.theme == TAPE:
            roles.append(SECOND if MARKET in roles else MARKET)
        elif story.theme == RATES and DRIVER not in roles and _explains(brief, story):
            roles.append(DRIVER)
        elif story.theme == FED:
            roles.append(CALENDAR if _AHEAD.search(story.claim) else FED_WORD)
        elif story.theme == VOLATILITY:
            roles.append(GAUGE)
        else:
            roles.append(OTHER)
    return roles


def _explains(brief: Brief, story: StoryDigest) -> bool:
    """A same-day rates story the data backs, whose yield move fits the instrument's (yields down,
    price up; or the reverse)."""
    yields, own = data_direction(RATES, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    return story.same_day and story.agrees is not False and (yields, own) in bank.RATES_BASE


def news_paragraph(brief: Brief, cited: int, driver_told: bool = False) -> str | None:
    """`driver_told`: the opening paragraph already carries the driver's story (news_told.driver_lead),
    so the paragraph neither names the driver first nor quotes it again; the rates reading stays."""
    items = brief.news[:cited]
    if not items:
        return None
    stories = stories_for(brief, items)
    key: tuple[object, ...] = (brief,)  # every wording below is rotated per article by _pick
    roles = story_roles(brief, stories)
    themes = {s.theme for s in stories}
    used: set[str] = set()  # frames already used in this paragraph: no frame twice
    sentences: list[str | None] = [_opener(brief, stories, roles, key, driver_told)]
    market_pub = ""
    linked = _link_after(stories, roles)
    told = _told_by_link(brief, items, stories, roles) if linked is not None else None
    silent = silent_wraps(brief, items, roles) - {linked}  # the wrap the link reads stays quoted
    for n, (item, story, role) in enumerate(zip(items, stories, roles, strict=True), start=1):
        entry = (n, item, story)
        link = _tape_link(brief, key) if n - 1 == linked and told is None else None
        if n - 1 == told:
            sentences.append(f"{_tape_link(brief, key)[:-1]} [{n}].")  # the story read, not quoted
        elif role == MARKET:
            market_pub = item.publisher
            sentences += [_frame(bank.TAPE_ONE, entry, key), _disagreement(brief, story), link]
        elif role == SECOND and n - 1 in silent:
            sentences.append(link)  # a second wrap with nothing of its own on this instrument: not cited
        elif role == SECOND:
            frames = bank.TAPE_SECOND_SAME if item.publisher == market_pub else bank.TAPE_SECOND
            sentences += [_frame(frames, entry, key), _disagreement(brief, story), link]
        elif role == DRIVER:
            sentences += [None if driver_told else _driver(brief, entry, key), _rates_link(brief, key)]
        elif role == CALENDAR:
            sentences += [_calendar(brief, entry, key)]
            sentences += [] if RATES in themes else [_rates_link(brief, key)]  # the yield move, read
        elif role == FED_WORD:
            sentences += [_frame(bank.FED_STORY, entry, key)]
            sentences += [] if RATES in themes else [_rates_link(brief, key)]  # the yield move, read
        elif role == GAUGE:
            sentences += _gauge(brief, entry, key)
        else:
            sentences += [_themed(entry, key, used), _disagreement(brief, story)]
            sentences += [_rates_link(brief, key)] if story.theme == RATES else []
    return " ".join(dict.fromkeys(s for s in sentences if s))  # a reading once (two Fed stories, one link)


def _link_after(stories: list[StoryDigest], roles: list[str]) -> int | None:
    """The tape story this instrument's tape link follows: the first same-day one whose quoted
    clause says which way the market went ('stocks closed higher'), not one that says where it did
    not go ('the Russell 2000 is going nowhere fast'); else the market's story, when it is the
    session's."""
    tape = [n for n, role in enumerate(roles) if role in (MARKET, SECOND) and stories[n].same_day]
    moved = [n for n in tape if direction_of(stories[n].claim) is not None]
    candidates = moved or [n for n in tape if roles[n] == MARKET]
    return candidates[0] if candidates else None


def _told_by_link(brief: Brief, items: list[NewsItem], stories: list[StoryDigest],
                  roles: list[str]) -> int | None:
    """The second tape story told by this instrument's tape link, cited, instead of quoted: a
    same-day story the data backs that says something of its own about this instrument (speaks_for),
    so the link says what its source says. The day's articles share the session's few wraps, so a
    second wrap quoted in each would print one quote in all of them; the first tape story, this
    instrument's own, stays quoted."""
    for n, (item, story, role) in enumerate(zip(items, stories, roles, strict=True)):
        if role == SECOND and story.same_day and story.agrees is not False and speaks_for(brief, item):
            return n
    return None


def silent_wraps(brief: Brief, items: list[NewsItem], roles: list[str]) -> set[int]:
    """Second tape stories (0-based places) of the session day with nothing of their own on this
    instrument (speaks_for): the paragraph does not cite them, so the article lists them last, uncited
    (a citation on "the Dow took part" from a Nasdaq wrap is stapled to filler), unless the tape
    link reads the market's day from one (the first story gives no direction)."""
    return {n for n, (item, role) in enumerate(zip(items, roles, strict=True))
            if role == SECOND and local_day(item, brief.snapshot) == brief.snapshot.session
            and not speaks_for(brief, item)}


def speaks_for(brief: Brief, item: NewsItem) -> bool:
    """The story has a sentence of its own about this instrument (stories.speaks_for)."""
    return stories_speak(item, brief.snapshot, own_names(brief.snapshot.symbol, brief.short_name))


def _frame(frames: tuple[str, ...], entry: Numbered, key: tuple[object, ...]) -> str:
    number, item, story = entry
    text = _pick(frames, *key, story.theme, number).format(pub=item.publisher, q=_quote(story, item),
                                                            n=number)
    return text[:1].upper() + text[1:]


def _driver(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> str:
    """The driver's story: the yield move in the article's words, the story's cause clause quoted."""
    number, item, story = entry
    found = driver_cause(story)
    if found is None:
        return _frame(bank.DRIVER_WHOLE, entry, key)
    moved = "fell" if data_direction(RATES, brief.snapshot) == "down" else "rose"
    return _pick(bank.DRIVER, *key, "driver").format(
        pub=item.publisher, moved=moved, n=number, cause=f"\u201c{found[1]}\u201d", link=found[0])


def driver_cause(story: StoryDigest) -> tuple[str, str] | None:
    """The driver claim's connective and cause clause ('as', 'traders added to bets on a December
    rate cut'), or None when the claim has no cause clause long enough to quote alone."""
    found = _CAUSE.search(story.claim)
    cause = story.claim[found.end():] if found else ""
    if not found or len(cause.split()) < CAUSE_WORDS or len(story.claim[:found.start()].split()) < 2:
        return None
    return found.group(1), cause


def _calendar(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> str:
    """A calendar story: its clause quoted, or the dates it names (the snapshot's events, at most
    two) told in the article's words and cited. One session's articles share the calendar story, so
    the voice rotates like the wording (phrases.vary): of the configured instruments, one quotes and
    the others state the dates."""
    number, item, story = entry
    held = [s for s in story_sentences(item.text) if story.claim in s]  # the claim's whole sentence
    events = named_events(brief, held[0] if held else story.claim)
    voice = _pick(bank.CALENDAR_VOICES, *key, "calendar-voice")
    if not events or voice == "quote":
        return _frame(bank.CALENDAR, entry, key)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    each, joiner = _pick(bank.EVENT_LISTS, *key, "calendar-list")
    told = [each.format(name=brief.snapshot.events[i].name, date=sheet.fmt(f"event_{i + 1}_date"))
            for i in events]
    frame = _pick(bank.CALENDAR_OWN, *key, "calendar-own")
    text = frame.format(pub=item.publisher, events=joiner.join(told), n=number)
    return text[:1].upper() + text[1:]


def named_events(brief: Brief, text: str) -> list[int]:
    """The snapshot's scheduled events (0-based, at most two) whose date `text` names ('Dec. 9')."""
    found = []
    for i, event in enumerate(brief.snapshot.events):
        day = event.date
        if re.search(rf"\b{day.strftime('%b')}\w*\.?\s+{day.day}\b", text, re.IGNORECASE):
            found.append(i)
    return found[:2]


def _gauge(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> list[str | None]:
    """A VIX story the data backs is told by the VIX line itself, cited; another is quoted, answered
    and read."""
    number, _, story = entry
    line = _vix_link(brief, key)
    if story.agrees and line is not None:
        return [f"{line[:-1]} [{number}]."]
    return [_frame(bank.GAUGE, entry, key), _disagreement(brief, story), line]


def _pick(options: Sequence[T], brief: object, *tags: object) -> T:
    """One of `options`, rotated like the rest of the prose (phrases.vary): one session's articles,
    and one instrument's consecutive sessions, take different wordings where the bank allows."""
    return vary(options, brief, "|".join(map(str, tags)))


def _opener(brief: Brief, stories: list[StoryDigest], roles: list[str], key: tuple[object, ...],
            driver_told: bool = False) -> str:
    options: tuple[str, ...]
    yields, own = data_direction(RATES, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if not any(s.same_day for s in stories):
        options = bank.OPENER_STALE
    elif any(s.agrees is False for s in stories):
        options = bank.OPENER_MIXED
    elif DRIVER in roles and not driver_told and yields is not None and own is not None \
            and (yields, own) in bank.DRIVER_OPENERS:
        options = bank.DRIVER_OPENERS[(yields, own)]
    else:
        options = bank.OPENERS
    text = _pick(options, *key, "news-open").format(day=brief.snapshot.session.strftime("%A"))
    return text[:1].upper() + text[1:]


def quoted(claim: str, text: str = "") -> str:
    """The claim in quotation marks after "that": its first word lowered when it is a common word
    (a determiner, or a word the story itself prints in lower case elsewhere)."""
    first, _, rest = claim.partition(" ")
    common = first.lower() in _LOWER_FIRST or (
        first[1:].islower() and re.search(rf"\b{re.escape(first.lower())}\b", text))
    if common and rest:
        claim = f"{first.lower()} {rest}"
    return f"\u201c{claim}\u201d"


def _quote(story: StoryDigest, item: NewsItem) -> str:
    return quoted(story.claim, f"{item.title}\n{item.text}")


def _themed(entry: Numbered, key: tuple[object, ...], used: set[str]) -> str:
    """One story's sentence, in a frame not yet used in this paragraph while one is left."""
    number, item, story = entry
    topic = bank.TOPICS.get(story.theme) or ("the market" if story.theme in (TAPE, "other")
                                             else story.theme.replace("-", " "))
    frames = (*bank.THEMED, bank.THEMED_DESK) if story.theme in bank.DESKS else bank.THEMED
    frame = _pick([f for f in frames if f not in used] or frames, *key, story.theme)
    used.add(frame)
    text = frame.format(topic=topic, desk=bank.DESKS.get(story.theme, ""), pub=item.publisher,
                        verb=_pick(bank.VERBS, *key, number), q=_quote(story, item), n=number)
    return text[:1].upper() + text[1:]


def _disagreement(brief: Brief, story: StoryDigest) -> str | None:
    """When the data moved the other way from what the story reports, say so (no figures)."""
    if story.agrees is not False or story.direction is None:
        return None
    seen = "higher" if story.direction == "down" else "lower"
    subject = {TAPE: _mid_sentence(brief.short_name), RATES: "the 10-year yield", FED: "the 10-year yield",
               VOLATILITY: "the VIX"}.get(story.theme)
    return f"The data says otherwise: {subject} ended {seen} on the session." if subject else None


def _moved(change: float) -> str | None:
    return None if abs(change) < FLAT_PCT else "up" if change > 0 else "down"


def _tape_link(brief: Brief, key: tuple[object, ...]) -> str:
    """This instrument against the day the stories describe: with it, ahead, behind, against it."""
    s = brief.snapshot
    own = _moved(s.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    average = sum(peers) / len(peers) if peers else s.returns.change_1d_pct
    market = _moved(average)
    gap = s.returns.change_1d_pct - average
    options: tuple[str, ...]
    if own is None:
        options = bank.STILL
    elif market is not None and own != market:
        options = bank.AGAINST
    elif abs(gap) < PARTLY_PP:
        options = bank.WITH_MARKET
    else:
        options = bank.AHEAD if (gap > 0) == (own == "up") else bank.BEHIND
    plural = _plural(brief)
    return _pick(options, *key, "tape-link").format(
        name=brief.short_name, was="were" if plural else "was")


def _rates_link(brief: Brief, key: tuple[object, ...]) -> str | None:
    """What the yield move in the data means for this instrument; None when the data holds none."""
    yields, own = data_direction(RATES, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if yields is None or own is None:
        return None
    if (yields, own) in bank.RATES_APART:
        return _pick(bank.RATES_APART[(yields, own)], *key, "rates").format(name=brief.short_name)
    kind = next((k for k in bank.KINDS if k in brief.tags), "")
    base = _pick(bank.RATES_BASE[(yields, own)], *key, "rates")
    return f"{base}: {bank.RATES_WHY[(yields, kind)]}."


def _vix_link(brief: Brief, key: tuple[object, ...]) -> str | None:
    vix, own = data_direction(VOLATILITY, brief.snapshot), _moved(brief.snapshot.returns.change_1d_pct)
    if vix is None or own is None:
        return None
    return _pick(bank.VIX[(vix, own)], *key, "vix")


def _mid_sentence(name: str) -> str:
    """'The Dow' -> 'the Dow', 'Small caps' -> 'small caps'; 'Nasdaq' stays."""
    words = name.split()
    if words and (words[0] == "The" or (len(words) > 1 and words[1][:1].islower())):
        return name[:1].lower() + name[1:]
    return name


def _plural(brief: Brief) -> bool:
    return brief.short_name.lower().endswith(("caps", "stocks", "shares"))
