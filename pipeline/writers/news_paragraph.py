"""The template writer's news paragraph: the day's driver, what it means here, then the other stories.

Each story has a role: the day's driver (a rates story whose yield move, in the
data, explains this instrument's move), the market's day (the first tape
story), a second view of the tape, the calendar or the Fed (a Fed story), the
gauge (a VIX story) or another theme. The opener names the driver when there is
one; each story is then told next to its reading, in citation order: the
market's day (and that this instrument went against it or barely moved, when it
did; with, ahead or behind it is the lead's peer comparison), a second wrap's
own clause on this instrument (stories.own_clause), the driver's cause (its
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
from datetime import date
from typing import TypeVar

from ..breadth import breadth, breadth_backed, move_leader
from ..contracts import NewsItem, RelatedRole
from ..stories import (
    CALENDAR as CALENDAR_THEME,
)
from ..stories import (
    CLAIM_WORDS,
    EVENT_WORDS,
    FED,
    RATES,
    RELEASES,
    TAPE,
    VOLATILITY,
    Direction,
    StoryDigest,
    claim_options,
    data_direction,
    digest,
    direction_of,
    echoes,
    figures_in,
    headed_by,
    local_day,
    moved,
    off_average,
    own_clause,
    own_names,
    session_event,
    session_figures,
    stands_apart,
    story_sentences,
    tape_pattern,
)
from ..stories import speaks_for as stories_speak  # the writer's brief-bound form below
from ..verify.citations import NAME_WEIGHT, SHARED_WORDS
from ..verify.citations import written_names as citation_names  # the writer's words rule (not the check's)
from ..verify.citations import written_words as citation_words
from . import news_phrases as bank
from .base import Brief, article_sheet
from .news_attribution import named_once
from .phrases import STEADY_PCT, is_plural, vary
from .release_text import figures_line, shares_figure

_LOWER_FIRST = frozenset("the a an each some most many its their this that these those stocks shares "
                         "investors traders markets equities".split())
Numbered = tuple[int, NewsItem, StoryDigest]
T = TypeVar("T")


def stories_for(brief: Brief, items: list[NewsItem]) -> list[StoryDigest]:
    """The brief's digest of each item (computed by the pipeline), or one made here."""
    known = {story.item_id: story for story in brief.stories}
    names = [brief.short_name, *(brief.related_names.values())]
    return [peer_checked(brief, item, known.get(item.item_id) or digest(item, brief.snapshot, names))
            for item in items]


_HEAD = re.compile(r"\s(?:as|after|amid|on|while)\s", re.IGNORECASE)


def peer_checked(brief: Brief, item: NewsItem, story: StoryDigest) -> StoryDigest:
    """A market wrap whose headline is about a peer ('Small caps soar as cooler inflation sends
    investors out of tech giants' in the Nasdaq 100's article: its subject, before the cause word,
    names the peer and not this instrument) says which way that peer went: its direction is checked
    against the peer's move, not this one's, so the article does not answer it with 'The data says
    otherwise: the Nasdaq 100 ended lower' (the story never said the Nasdaq 100 rose). A peer that did
    not go the way the headline says is left unjudged (agrees None): this article's rebuttal names
    this instrument, not the peer."""
    if story.theme != TAPE or story.direction is None:
        return story
    head = _HEAD.split(item.title, maxsplit=1)[0]
    if _own(brief).search(head):
        return story
    for move in brief.snapshot.related:
        name = brief.related_names.get(move.symbol)
        if move.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) and name \
                and own_names(move.symbol, name).search(head):
            agrees = True if moved(move.change_1d_pct) == story.direction else None  # the peer's to rebut
            return story.model_copy(update={"agrees": agrees})
    return story


DRIVER, MARKET, SECOND, CALENDAR, FED_WORD, RELEASE, GAUGE, OTHER = (
    "driver", "market", "second view", "calendar", "fed", "release", "gauge", "other")
_AHEAD = re.compile(r"\b(?:next|will|due|ahead|upcoming|announces|follows|scheduled|awaits?)\b",
                    re.IGNORECASE)
_CAUSE = re.compile(r"\s(as|after|amid|because|on bets)\s")
CAUSE_WORDS = 4
"""A cause clause ('traders added to bets on a December rate cut') quoted alone holds this many words."""


def story_roles(brief: Brief, stories: list[StoryDigest]) -> list[str]:
    """Each story's role in the paragraph: driver, market, second view, calendar, fed, release (an
    inflation or jobs report's own story), gauge, other."""
    roles: list[str] = []
    for story in stories:
        if story.theme == CALENDAR_THEME:
            roles.append(CALENDAR)
        elif story.theme == TAPE:
            roles.append(SECOND if MARKET in roles else MARKET)
        elif story.theme == RATES and DRIVER not in roles and _explains(brief, story):
            roles.append(DRIVER)
        elif story.theme == FED:
            roles.append(CALENDAR if _AHEAD.search(story.claim) else FED_WORD)
        elif story.theme in RELEASES:
            roles.append(RELEASE)
        elif story.theme == VOLATILITY:
            roles.append(GAUGE)
        else:
            roles.append(OTHER)
    return roles


def _explains(brief: Brief, story: StoryDigest) -> bool:
    """A same-day rates story the data backs, whose yield move fits the instrument's (yields down,
    price up; or the reverse)."""
    yields, own = data_direction(RATES, brief.snapshot), moved(brief.snapshot.returns.change_1d_pct)
    return story.same_day and story.agrees is not False and (yields, own) in bank.RATES_BASE


def news_paragraph(brief: Brief, cited: int, driver_told: bool = False,
                   lead_story: int | None = None) -> str | None:
    """`driver_told`: the opening paragraph already carries the driver's story (news_told.driver_lead),
    so the paragraph neither names the driver first nor quotes it again; the rates reading stays.
    `lead_story`: the number of the story the opening paragraph quotes (news_told.own_lead), which
    the paragraph leaves out."""
    items = brief.news[:cited]
    if not items:
        return None
    stories = stories_for(brief, items)
    key: tuple[object, ...] = (brief,)  # every wording below is rotated per article by _pick
    roles = story_roles(brief, stories)
    themes = {s.theme for s in stories}
    used: set[str] = set()  # frames already used in this paragraph: no frame twice
    standby: dict[str, list[str]] = {}  # a sentence -> its other wordings (openers_apart)
    sentences: list[str | None]
    market_pub = ""
    last_pub = ""  # the publisher of the story quoted last: 'the same wire' names no other
    reading = _event_link(brief, items) or _tape_link(brief, key, items)
    linked = _link_after(stories, roles) if reading else None
    silent = silent_wraps(brief, items, roles) - {linked}  # the wrap the reading follows stays quoted
    told = _own_story(brief, items, stories, roles)
    kinds = story_beats(brief, items, stories, roles, silent, told)
    own_words = told_in_own_words(brief, items, stories, roles, kinds, told, driver_told)
    beats: list[Beat] = []
    for n, (item, story, role) in enumerate(zip(items, stories, roles, strict=True), start=1):
        entry = (n, item, story)
        link = reading if n - 1 == linked else None
        sentences = []
        beat = kinds[n - 1]
        if beat is None or n == lead_story:
            continue  # a second wrap with nothing of its own on this instrument, or the lead's: not cited
        if n - 1 == told:
            same_wire = item.publisher == market_pub == last_pub
            # its clause on this instrument
            sentences += [_own_line(brief, entry, key, market_pub, same_wire), link]
            market_pub = market_pub or item.publisher
        elif role == MARKET:
            market_pub = item.publisher
            frames = bank.TAPE_ONE_OWN if headed_by(item, _own(brief)) else bank.TAPE_ONE
            wrap = own_words.get(n - 1) or _frame(frames, entry, key, used=used)
            sentences += [wrap, _disagreement(brief, story), link]
        elif role == SECOND:
            frames = bank.TAPE_SECOND_SAME if item.publisher == market_pub == last_pub else bank.TAPE_SECOND
            sentences += [_frame(frames, entry, key, used=used), _disagreement(brief, story), link]
        elif role == DRIVER:
            driver = None if driver_told else _driver(brief, entry, key)
            sentences += [driver, _rates_link(brief, key, driver_told)]
        elif role == CALENDAR:
            wordings = _calendar(brief, entry, key)  # this article's first, the others on standby
            standby[wordings[0]] = wordings[1:]
            sentences += [wordings[0]]
            sentences += [] if RATES in themes else [_rates_link(brief, key)]  # the yield move, read
        elif role == FED_WORD:
            sentences += [_frame(bank.FED_STORY, entry, key, used=used)]
            sentences += [] if RATES in themes else [_rates_link(brief, key)]  # the yield move, read
        elif role == RELEASE:
            sentences += _release(brief, entry, key, used)
            sentences += [] if RATES in themes else [_rates_link(brief, key)]
        elif role == GAUGE:
            sentences += _gauge(brief, entry, key)
        else:
            quoted_rates = _frame(bank.DRIVER_WHOLE, entry, key) if story.theme == RATES else None
            sentences += [own_words.get(n - 1) or quoted_rates or _themed(entry, key, used),
                          _disagreement(brief, story)]
            sentences += [_rates_link(brief, key, story=story)] if story.theme == RATES else []
        beats.append((beat, sentences))
        last_pub = item.publisher
    ordered = in_beat_order(brief, beats)
    # with the instrument's own story in the lead, the paragraph names the driver first only when it
    # tells the driver first (a laggard's reading comes last, beat_places)
    driver_next = lead_story is None or bool(ordered) and ordered[0][0] == DRIVER
    first, generic = _opener(brief, stories, roles, key, driver_told or not driver_next)
    opener = None if generic and ordered and ordered[0][0] == OWN else first  # own story leads: no opener
    said = [opener, *(s for _, beat in ordered for s in beat)]
    once = list(dict.fromkeys(s for s in said if s))  # a reading once (two Fed stories, one link)
    return " ".join(named_once(openers_apart(once, standby), {item.publisher for item in items}))


OWN = "own"
"""The beat of a story on this instrument: its own line (stories.own_clause) or a market story whose
headline names it (IWM's range story, QQQ's megacap rally)."""


def story_beats(brief: Brief, items: list[NewsItem], stories: list[StoryDigest], roles: list[str],
                silent: set[int], told: int | None) -> list[str | None]:
    """Each story's beat in the paragraph: OWN for the story told by its clause on this instrument
    (`told`) and a market story whose headline names it, else its role; None for a second wrap the
    paragraph leaves uncited (`silent`)."""
    beats: list[str | None] = []
    for n, (item, role) in enumerate(zip(items, roles, strict=True)):
        if n == told or (role == MARKET and names_instrument(brief, item)) \
                or (role == SECOND and headed_by(item, _own(brief))):
            beats.append(OWN)
        elif role == SECOND and n in silent:
            beats.append(None)
        else:
            beats.append(role)
    return beats


QUOTES = 2
"""Quotations a news paragraph holds at most where it can say the rest in its own words: a quote is
kept for what the article cannot say itself (a person's view, a reason); the day's event as the wrap
gives it, or a yield move the data shows, the paragraph states and cites."""


def told_in_own_words(brief: Brief, items: list[NewsItem], stories: list[StoryDigest], roles: list[str],
                      beats: list[str | None], told: int | None, driver_told: bool = False) -> dict[int, str]:
    """The stories (0-based places) the paragraph tells in its own words, with the sentence: of
    those it can (`own_words`), all but one when the paragraph's other quotes leave room under
    QUOTES, that one rotated per instrument (phrases.vary), so one session's articles each quote a
    different story and state the others. A market wrap with no line on this instrument (speaks_for)
    is never the one quoted: its line is the market's, the one every article of the day could quote
    (small caps on the chip-rout day, whose wrap names the Nasdaq 100 and the Dow)."""
    key: tuple[object, ...] = (brief,)
    options = {n: line for n, (item, story, role) in enumerate(zip(items, stories, roles, strict=True))
               if beats[n] is not None and n != told
               and (line := own_words_line(brief, (n + 1, item, story), role, key)) is not None}
    quoted = sum(1 for n, beat in enumerate(beats) if beat is not None and n not in options
                 and quotes(brief, (n + 1, items[n], stories[n]), roles[n], key, driver_told))
    quotable = sorted(n for n in options if roles[n] != MARKET or speaks_for(brief, items[n]))
    if quotable and quoted < QUOTES:
        options.pop(vary(quotable, brief, "news-quoted"))
    return options


def quotes(brief: Brief, entry: Numbered, role: str, key: tuple[object, ...], driver_told: bool) -> bool:
    """The story's sentence in the paragraph holds a quotation: all but a VIX story told by the VIX
    line, a calendar story told by its dates, a driver the opening already carries."""
    if role == GAUGE:
        return not (entry[2].agrees and _vix_link(brief, key) is not None)
    if role == CALENDAR:
        return calendar_quotes(brief, entry, key)
    return not (role == DRIVER and driver_told)


def own_words_line(brief: Brief, entry: Numbered, role: str, key: tuple[object, ...]) -> str | None:
    """The story in the article's words, cited, when the article can say what it reports: the day's
    market wrap that names the event as the cause (stories.session_event) and agrees with the data
    ('Harbor Street Wire's wrap put the selling in the Dow and the rest of the market down to the jobs
    report [1].'), a rates story by the yield move its headline gives, when the data does not say
    otherwise ('Treasury yields fell too, per Macro Brief [2].'). None otherwise."""
    number, item, story = entry
    if story.agrees is False or story.direction is None:
        return None
    if role == MARKET and story.agrees:
        event = session_event([item], brief.snapshot, [brief.short_name, *brief.related_names.values()])
        if event is None:
            return None
        cause = bank.EVENT_CAUSES.get(event.kind if event.kind != "chips" else f"chips_{event.direction}")
        market = market_named(brief, item, story.direction)
        if cause is None or market is None:
            return None
        move = "selling" if story.direction == "down" else "buying"
        return _pick(bank.WRAP_EVENT, *key, "wrap-event").format(
            pub=item.publisher, move=move, market=market, event=cause, n=number)
    if role == OTHER and story.theme == RATES:
        moved_word = "fell" if story.direction == "down" else "rose"
        why = reported_cause(story, item)
        if why is not None:
            text = _pick(bank.RATES_OWN_WHY, *key, "rates-own").format(
                pub=item.publisher, moved=moved_word, way="lower" if story.direction == "down" else "higher",
                event=why, n=number)
            return text[:1].upper() + text[1:]
        return _pick(bank.RATES_OWN, *key, "rates-own").format(pub=item.publisher, moved=moved_word, n=number)
    return None


_YIELDS = re.compile(r"\byields?\b", re.IGNORECASE)


def reported_cause(story: StoryDigest, item: NewsItem) -> str | None:
    """The day's event a rates story gives as the reason for the yield move, as the article names it
    (bank.EVENT_CAUSES: 'the Fed's decision', 'the inflation report'): the first event word
    (stories.EVENT_WORDS) in the cause clause (driver_cause) of its key claim, else of its lede's
    first sentence when that sentence is about yields. None without one."""
    lede = story_sentences(item.text)[:1]
    for text in (story.claim, *(s.rstrip(".") for s in lede if _YIELDS.search(s))):
        found = driver_cause(story.model_copy(update={"claim": text}))
        if found is None or not _YIELDS.search(text.split(f" {found[0]} ")[0]):
            continue
        kinds = [(m.start(), kind) for kind, words in EVENT_WORDS if (m := words.search(found[1]))]
        cause = bank.EVENT_CAUSES.get(min(kinds)[1]) if kinds else None
        if cause is not None:
            return cause
    return None


def market_named(brief: Brief, item: NewsItem, direction: str) -> str | None:
    """A market the story's text names (this instrument first, then its peers, benchmark and index)
    that went `direction` in the data by STEADY_PCT or more, by its short name mid-sentence; None
    without one."""
    s = brief.snapshot
    markets = [(s.symbol, brief.short_name, s.returns.change_1d_pct)]
    markets += [(m.symbol, brief.related_names.get(m.symbol, m.name), m.change_1d_pct) for m in s.related
                if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    for symbol, name, change in markets:
        named = own_names(symbol, name).search(item.text)
        if abs(change) >= STEADY_PCT and moved(change) == direction and named:
            return _mid_sentence(name)
    return None


def beat_order(brief: Brief, cited: int) -> list[int]:
    """The brief's first `cited` stories (0-based places) in the order the news paragraph reads them
    (in_beat_order), then the ones it leaves uncited: what the model is shown first is what the
    template writer tells first."""
    items = brief.news[:cited]
    if not items:
        return []
    stories = stories_for(brief, items)
    roles = story_roles(brief, stories)
    reads = _event_link(brief, items) is not None or stands_apart(brief.snapshot) is not None \
        or off_average(brief.snapshot)
    linked = _link_after(stories, roles) if reads else None
    silent = silent_wraps(brief, items, roles) - {linked}
    beats = story_beats(brief, items, stories, roles, silent, _own_story(brief, items, stories, roles))
    read = [(n, beat) for n, beat in enumerate(beats) if beat is not None]
    return [read[i][0] for i in beat_places(brief, [beat for _, beat in read])] \
        + [n for n, beat in enumerate(beats) if beat is None]


def names_instrument(brief: Brief, item: NewsItem) -> bool:
    """The story's headline names this instrument (its symbol or short name)."""
    return own_names(brief.snapshot.symbol, brief.short_name).search(item.title) is not None


Beat = tuple[str, list[str | None]]
"""One story's sentences in the paragraph, with its beat (its role, or OWN)."""


def in_beat_order(brief: Brief, beats: list[Beat]) -> list[Beat]:
    """The paragraph's beats ordered by what matters for this instrument (beat_places)."""
    return [beats[i] for i in beat_places(brief, [beat for beat, _ in beats])]


def beat_places(brief: Brief, beats: list[str]) -> list[int]:
    """The places of `beats` ordered by what matters for this instrument, not by citation number: its
    own story first; the day's rates reading next when the instrument led every peer the way the
    reading says (the move the bond market explains best), last when it trailed every peer (the
    reading explains its peers better than it); a VIX story after the market's, or, when it reads
    against this instrument's day (vix_caveat), after the rest; the rest in citation order. One
    session's articles then differ in their order as their days differ."""
    place = rates_place(brief)

    def rank(n: int, beat: str) -> float:
        if beat == OWN:
            return -2.0 + n / 100
        if beat == DRIVER and place == "first":
            return -1.0
        if beat == DRIVER and place == "last":
            return 100.0
        if beat == GAUGE:
            return 50.0 if vix_caveat(brief) else 0.5 + n / 100  # a caveat late, else after the market's
        return float(n)

    return [n for n, _ in sorted(enumerate(beats), key=lambda nb: rank(*nb))]


def vix_caveat(brief: Brief) -> bool:
    """The VIX went the way this instrument did (it rose on an up day, fell on a down day): the
    gauge's reading is a caveat on the day ('the gains came with hedging'), told after what the day's
    stories say it was about, not as the next beat after the market's story."""
    vix = next((m for m in brief.snapshot.related if m.kind == "volatility"), None)
    own = moved(brief.snapshot.returns.change_1d_pct)
    return vix is not None and own is not None and moved(vix.change_1d_pct) == own


def rates_place(brief: Brief) -> str | None:
    """'first' when the instrument moved more than every peer in the day's direction, 'last' when it
    moved less than every peer, else None."""
    s = brief.snapshot
    peers = [m.change_1d_pct for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    own = s.returns.change_1d_pct
    if not peers or moved(own) is None:
        return None
    sign = 1 if own > 0 else -1
    if all(sign * own > sign * p for p in peers):
        return "first"
    if all(sign * own < sign * p for p in peers):
        return "last"
    return None


def _link_after(stories: list[StoryDigest], roles: list[str]) -> int | None:
    """The tape story this instrument's tape link follows: the first same-day one whose quoted
    clause says which way the market went ('stocks closed higher'), not one that says where it did
    not go ('the Russell 2000 is going nowhere fast'); else the market's story, when it is the
    session's."""
    tape = [n for n, role in enumerate(roles) if role in (MARKET, SECOND) and stories[n].same_day]
    directed = [n for n in tape if direction_of(stories[n].claim) is not None]
    candidates = directed or [n for n in tape if roles[n] == MARKET]
    return candidates[0] if candidates else None


def _own_story(brief: Brief, items: list[NewsItem], stories: list[StoryDigest],
               roles: list[str]) -> int | None:
    """The second tape story quoted for its clause on this instrument (stories.own_clause) instead of
    its key claim: a same-day story the data backs that speaks for this instrument. The day's
    articles share the session's few wraps; the clause on this instrument is what makes the second
    one this article's own."""
    for wanted in (SECOND, MARKET):  # the market's story itself when it is the one that speaks
        for n, (item, story, role) in enumerate(zip(items, stories, roles, strict=True)):
            if role == wanted and story.same_day and story.agrees is not False and speaks_for(brief, item):
                return n
    return None


def _own_line(brief: Brief, entry: Numbered, key: tuple[object, ...], market_pub: str,
              same_wire: bool = False) -> str:
    """The story's clause on this instrument, quoted (its claim when it has none); a line on how many
    stocks made the move is told as breadth (_breadth_frames). 'The same wire' only when
    `same_wire`: the market's wrap is this story's publisher and the story quoted just before it."""
    number, item, story = entry
    line = own_clause(item, brief.snapshot, own_names(brief.snapshot.symbol, brief.short_name)) or story.claim
    framed = _breadth_frames(brief, line)
    frames = framed[0] if framed else (bank.TAPE_OWN_LEAD if not market_pub else
                                       bank.TAPE_OWN_SAME if same_wire else bank.TAPE_OWN)
    text = _pick(frames, *key, "tape-own").format(
        pub=item.publisher, name=_mid_sentence(brief.short_name), n=number,
        q=quoted(line, f"{item.title}\n{item.text}"))
    return " ".join(t[:1].upper() + t[1:] for t in (text, *(framed[1:] if framed else ())) if t)


def _breadth_frames(brief: Brief, line: str) -> tuple[tuple[str, ...], str | None] | None:
    """The breadth frames for the line (bank.BREADTH) when it says how broad the move was and the
    peers' moves fit (breadth.breadth_backed), with, on a narrow day, the peer that led the move
    (bank.BREADTH_LEADER); None for any other line, or one the data does not back."""
    own = moved(brief.snapshot.returns.change_1d_pct)
    reading = breadth(line, own) if own is not None else None
    if own is None or reading is None or not breadth_backed(brief.snapshot, reading):
        return None
    leader = move_leader(brief.snapshot) if reading == "narrow" else None
    tie = _pick(bank.BREADTH_LEADER[own], brief, "breadth-leader").format(
        leader=_mid_sentence(brief.related_names.get(leader.symbol, leader.symbol))) if leader else None
    return bank.BREADTH[(reading, own)], tie


def silent_wraps(brief: Brief, items: list[NewsItem], roles: list[str]) -> set[int]:
    """Second tape stories (0-based places) of the session day with nothing of their own on this
    instrument (speaks_for): the paragraph does not cite them (a citation on "the Dow took part" from
    a Nasdaq wrap is stapled to filler). stories.select_stories keeps them out of the pipeline's
    articles; a brief built otherwise lists them last, uncited."""
    return {n for n, (item, role) in enumerate(zip(items, roles, strict=True))
            if role == SECOND and local_day(item, brief.snapshot) == brief.snapshot.session
            and not speaks_for(brief, item) and not headed_by(item, _own(brief))}


def _own(brief: Brief) -> re.Pattern[str]:
    return own_names(brief.snapshot.symbol, brief.short_name)


def speaks_for(brief: Brief, item: NewsItem) -> bool:
    """The story has a sentence of its own about this instrument (stories.speaks_for)."""
    return stories_speak(item, brief.snapshot, own_names(brief.snapshot.symbol, brief.short_name))


def _frame(frames: tuple[str, ...], entry: Numbered, key: tuple[object, ...], rotate: bool = True,
           used: set[str] | None = None) -> str:
    """The story quoted in one of `frames`: its line for this article (day_claim); when not `rotate`
    (a calendar story), a line that looks ahead. `used`: the frames this paragraph has already
    printed; the rotation's next one is taken instead of one of them (two Fed stories of one
    publisher are not both "Macro Brief's Fed coverage: ..."), and the one taken is added."""
    number, item, story = entry
    brief = key[0]
    claim = day_claim(brief, story, item, ahead=not rotate) if isinstance(brief, Brief) else story.claim
    q = quoted(claim, f"{item.title}\n{item.text}")
    tags = (story.theme,) if rotate else ("calendar-quote",)  # one calendar frame per instrument
    frame = _pick(frames, *key, *tags)
    if used is not None:
        start = frames.index(frame)
        frame = next((f for f in (*frames[start:], *frames[:start]) if f not in used), frame)
        used.add(frame)
    text = frame.format(pub=item.publisher, q=q, n=number)
    return text[:1].upper() + text[1:]


def _release(brief: Brief, entry: Numbered, key: tuple[object, ...],
             used: set[str] | None = None) -> list[str]:
    """A release's own story (the inflation or jobs report): its key figures in this article's words
    (release_text.figures_line), then a line of it quoted as more of what the report showed, unless
    that line repeats a figure just told; quoted alone when the story prints no figures to read."""
    number, item, story = entry
    report = bank.EVENT_CAUSES[story.theme]
    figures = figures_line(brief, number, item, story.theme)
    bank_frames = bank.RELEASE if figures is None else bank.RELEASE_MORE
    frames = tuple(f.replace("{report}", report) for f in bank_frames)
    quote = _frame(frames, entry, key, used=used)
    if figures is None:
        return [quote]
    return [figures] if shares_figure(figures, quote) else [figures, quote]


def _driver(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> str:
    """The driver's story: the yield move in the article's words, the story's cause clause quoted."""
    number, item, story = entry
    found = driver_cause(story)
    if found is None:
        return _frame(bank.DRIVER_WHOLE, entry, key)
    went = "fell" if data_direction(RATES, brief.snapshot) == "down" else "rose"
    in_own_words = own_cause(brief, found[1], item.publisher)
    if in_own_words is not None:  # the day's articles share the driver: its cause is told, not quoted
        return _pick(bank.DRIVER_OWN, *key, "driver").format(moved=went, cause=in_own_words, n=number)
    return _pick(bank.DRIVER, *key, "driver").format(
        pub=item.publisher, moved=went, n=number, cause=f"\u201c{found[1]}\u201d", link=found[0])


OWN_CAUSES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\brate[- ]cuts?\b|\bcut(?:ting)? (?:interest )?rates\b", re.IGNORECASE),
     ("on firmer bets that the Fed will cut, {pub} reported", "with traders leaning toward a Fed cut, "
      "per {pub}", "as rate-cut bets firmed, in {pub}'s account", "on growing bets on a Fed cut, {pub} "
      "said")),
    (re.compile(r"\brate[- ]hikes?\b|\braise (?:interest )?rates\b", re.IGNORECASE),
     ("on firmer bets that the Fed will hike, {pub} reported", "with traders leaning toward a Fed hike, "
      "per {pub}", "as rate-hike bets firmed, in {pub}'s account", "on growing bets on a Fed hike, {pub} "
      "said")),
)
"""The driver's cause in the article's own words, for the causes a desk states the same way every
day (bets on the Fed's next move); any other cause is quoted."""


def own_cause(brief: Brief, cause: str, publisher: str) -> str | None:
    """The cause in the article's words, cited to `publisher`, when OWN_CAUSES words it (rotated per
    instrument, so one session's openers share the cause, not the sentence); else None (the clause
    is quoted). Quoting it in some of the day's articles printed one quote in two of them
    (bench/editorial.py quotes_in_two_same_day)."""
    wordings = next((w for pattern, w in OWN_CAUSES if pattern.search(cause)), None)
    return vary(wordings, brief, "driver-own").format(pub=publisher) if wordings else None


def driver_cause(story: StoryDigest) -> tuple[str, str] | None:
    """The driver claim's connective and cause clause ('as', 'traders added to bets on a December
    rate cut'), or None when the claim has no cause clause long enough to quote alone."""
    found = _CAUSE.search(story.claim)
    cause = story.claim[found.end():] if found else ""
    if not found or len(cause.split()) < CAUSE_WORDS or len(story.claim[:found.start()].split()) < 2:
        return None
    return found.group(1), cause


def _calendar(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> list[str]:
    """A calendar story: its clause quoted, or the dates it names (the snapshot's events, at most
    two) told in the article's words and cited. One session's articles share the calendar story, so
    the voice rotates like the wording (phrases.vary): of the configured instruments, one quotes and
    the others state the dates. This article's wording first, then the others of the own-words
    frames (for openers_apart)."""
    if calendar_quotes(brief, entry, key):
        _, item, story = entry
        dated = [] if line_of_its_own(brief, story, item, ahead=True) else story_dated_events(brief, item)
        if not dated:
            return [_frame(bank.CALENDAR, entry, key, rotate=False)]
        return _dates_in_own_words(brief, entry, key, [], dated)
    return _dates_in_own_words(brief, entry, key, told_events(brief, entry))


def story_dated_events(brief: Brief, item: NewsItem) -> list[tuple[str, str]]:
    """The events the calendar story names as coming on a date (_EVENT_NAMED: 'The central bank's next
    decision comes on Jan. 29'), each as (its name in the story, its date in the article's style, 'Jan
    29', which the verifier reads as the cited story's 'Jan. 29'): what an article tells in its own
    words, cited, when the story's look-ahead lines are already the session's other articles'
    (line_of_its_own) and the snapshot holds no configured event it names (news day 2024-12-18: the
    next FOMC decision lies beyond the snapshot's 30-day event horizon). At most two."""
    found: list[tuple[str, str]] = []
    for match in _EVENT_NAMED.finditer(item.text):
        name = match.group("name").replace("\u2019", "'")
        if all(name != n for n, _ in found):
            found.append((name, f"{match.group('month').title()} {int(match.group('day'))}"))
    return found[:2]


def _dates_in_own_words(brief: Brief, entry: Numbered, key: tuple[object, ...],
                        events: list[tuple[int, str]], dated: Sequence[tuple[str, str]] = ()) -> list[str]:
    """The calendar story's dates in the article's words, in each frame of bank.CALENDAR_OWN, this
    article's first (phrases.vary's rotation): the others stand by for openers_apart. `events`: the
    snapshot's (index, name); `dated`: (name, date in the article's style) the story itself gives
    (story_dated_events)."""
    number, item, _ = entry
    sheet = article_sheet(brief)
    each, joiner = _pick(bank.EVENT_LISTS, *key, "calendar-list")
    told = [each.format(name=name, date=sheet.fmt(f"event_{i + 1}_date")) for i, name in events]
    told += [each.format(name=name, date=when) for name, when in dated]
    first = bank.CALENDAR_OWN.index(_pick(bank.CALENDAR_OWN, *key, "calendar-own"))
    frames = (*bank.CALENDAR_OWN[first:], *bank.CALENDAR_OWN[:first])
    texts = [frame.format(pub=item.publisher, events=joiner.join(told), n=number) for frame in frames]
    return [text[:1].upper() + text[1:] for text in texts]


_ARTICLES = frozenset({"the", "a", "an"})


def openers_apart(said: list[str], standby: dict[str, list[str]]) -> list[str]:
    """The sentences in order, a sentence that opens on the word the one before opened on ('Macro
    Brief went through the inflation report ... Macro Brief has the Federal Reserve's next decision
    ...'; articles aside) swapped for its first stand-by wording (`standby`) that does not."""
    out: list[str] = []
    for sentence in said:
        before = out[-1].split()[0].lower() if out else ""
        if sentence.split()[0].lower() == before and before not in _ARTICLES:
            apart = (s for s in standby.get(sentence, ()) if s.split()[0].lower() != before)
            sentence = next(apart, sentence)
        out.append(sentence)
    return out


def calendar_events(brief: Brief, entry: Numbered) -> list[int]:
    """The snapshot's events (0-based) the article can give in its own words from the calendar story
    (told_events)."""
    return [i for i, _ in told_events(brief, entry)]


def told_events(brief: Brief, entry: Numbered) -> list[tuple[int, str]]:
    """The snapshot's events the calendar story's claim sentence names (named_events); when it names
    none, those the story's other sentences name ('The central bank's next decision comes on Jan.
    29' after a claim on Friday's inflation data): the dates the article can give in its own words,
    each with the name it gives the event by: the configured one when the story's words back it
    (told_backed), else the story's own name for it (story_event_name: 'The Federal Reserve's next
    decision comes on July 31' names the FOMC rate decision 'Federal Reserve's next decision')."""
    _, item, story = entry
    said = story_sentences(item.text)
    held = [s for s in said if story.claim in s]  # the claim's whole sentence
    found = named_events(brief, held[0] if held else story.claim) or named_events(brief, " ".join(said))
    sheet = article_sheet(brief)
    source = f"{item.title}\n{item.text}"
    told = []
    for i in found:
        when = sheet.fmt(f"event_{i + 1}_date")
        event = brief.snapshot.events[i]
        for name in (event.name, story_event_name(item.text, event.date)):
            if name and told_backed(f"{name} {when}", source):
                told.append((i, name))
                break
    return told


_EVENT_NAMED = re.compile(r"\bthe\s+(?P<name>(?:[\w\u2019'-]+\s+){0,4}?(?:decision|meeting|report|release|"
                          r"minutes|statement|announcement))\s+(?:comes|is due|lands|arrives|follows|is set|"
                          r"is scheduled)\b[^.;]{0,20}?\b(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+"
                          r"(?P<day>\d{1,2})\b", re.IGNORECASE)
"""An event the story names as the subject of its date ('The Federal Reserve's next decision comes on
July 31', 'the November jobs report is due Dec. 6'): the name after 'the', up to its event noun."""


def story_event_name(text: str, day: date) -> str | None:
    """The story's own name for the event on `day` (_EVENT_NAMED), its apostrophes straight; None when
    no sentence names it so."""
    for found in _EVENT_NAMED.finditer(text):
        if found.group("month").lower() == day.strftime("%b").lower() and int(found.group("day")) == day.day:
            return found.group("name").replace("\u2019", "'")
    return None


def told_backed(told: str, source: str) -> bool:
    """An event as the article tells it (its name and date) shares enough with the story for the
    verifier's citation check (its weights: a content word one, a short name or abbreviation such as
    'CPI' or 'Jan' NAME_WEIGHT): 'the FOMC rate decision on Jul 31, 2024' is not backed by a preview
    that has 'The Federal Reserve's next decision comes on July 31', so the article quotes the
    preview's line instead of giving the date in words the story does not use."""
    shared = len(citation_words(told) & citation_words(source))
    return shared + NAME_WEIGHT * len(citation_names(told) & citation_names(source)) >= SHARED_WORDS


def calendar_quotes(brief: Brief, entry: Numbered, key: tuple[object, ...]) -> bool:
    """The calendar story is quoted: it names no event of the snapshot, or this article has the
    quoting voice (bank.CALENDAR_VOICES)."""
    return not calendar_events(brief, entry) or _pick(bank.CALENDAR_VOICES, *key, "calendar-voice") == "quote"


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
            driver_told: bool = False) -> tuple[str, bool]:
    """The paragraph's first sentence, and whether it is a generic one (bank.OPENERS: the news
    agrees with the tape, nothing more)."""
    options: tuple[str, ...]
    yields, own = data_direction(RATES, brief.snapshot), moved(brief.snapshot.returns.change_1d_pct)
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
    return text[:1].upper() + text[1:], options is bank.OPENERS


def quoted(claim: str, text: str = "") -> str:
    """The claim in quotation marks after "that": its first word lowered when it is a common word
    (a determiner, or a word the story itself prints in lower case elsewhere)."""
    claim = claim.replace("\u201c", "\u2018").replace("\u201d", "\u2019")  # a quote within the quote
    first, _, rest = claim.partition(" ")
    common = first.lower() in _LOWER_FIRST or (
        first[1:].islower() and re.search(rf"\b{re.escape(first.lower())}\b", text))
    if common and rest:
        claim = f"{first.lower()} {rest}"
    return f"\u201c{claim}\u201d"


def _quote(key: tuple[object, ...], story: StoryDigest, item: NewsItem) -> str:
    """The story's line this article quotes (day_claim); `key` holds the brief (_pick's key)."""
    brief = key[0]
    claim = day_claim(brief, story, item) if isinstance(brief, Brief) else story.claim
    return quoted(claim, f"{item.title}\n{item.text}")


CLAIM_ROTATION = 4
"""A story's best lines one session's articles share out (phrases.vary gives each configured
instrument its own slot): with four, the four articles of a day each quote a line of their own."""
ROTATION_MARGIN = 3.0
"""How far below the key claim (stories.claim_options' score) another sentence's line may score and
still be one article's line of the story: wider than the key claim's own margin, so that a Fed
story whose lede has one strong line ('lowered its benchmark rate by a quarter point') still has a
second line (a dissent, the projections) for the next article instead of the same quote again."""
_CONTEXTLESS = re.compile(r"^(?:it|its|he|his|she|her|they|their|this|that|these|those|there|but|and|"
                          r"so|for|to|of|with|in|on|at|by|from|as|"
                          r"the\s+(?:company|firm|start-?up|group)(?:['\u2019]s)?)\b", re.IGNORECASE)
"""A line opening on a pronoun (or its possessive: 'Their median projection'), a joiner, a
preposition or a back-reference to a company the sentence before named ('The company's assistant
app climbed ...', after 'DeepSeek, a Chinese start-up') leans on the sentence before or is a fragment
('for the SPDR S&P 500 ETF (SPY)'): never another article's line of the story."""


_JOINER = re.compile(r"^(?:but|and|yet|so)\s+(?=\w)", re.IGNORECASE)
"""A conjunction opening a sentence ('But officials signaled a slower path from here'): the clause
after it stands alone and is the line; the joiner only tied it to the sentence before."""
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_WHEN = re.compile(_DAY_OF_MONTH.pattern + r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\btomorrow\b|"
                   r"\b(?:next|this|later this|coming) (?:week|month|year)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:by|until|till|since|before|after) then\b|\bthen\s*(?:[,.;:]|$)|\bthat (?:day|date|"
                   r"meeting|week)\b", re.IGNORECASE)
"""A time named by a pro-form ('Officials are not expected to move then', 'until then', 'that
meeting'): the date it stands for is in the sentence before, so the line, quoted alone, dangles."""


def looks_ahead(line: str) -> bool:
    """A calendar line: it says something is coming (_AHEAD) and names when (a date, a weekday, 'next
    week'), not by a pro-form for a time the sentence before gave ('then')."""
    return _AHEAD.search(line) is not None and _WHEN.search(line) is not None and not _THEN.search(line)


def _unjoined(line: str) -> str:
    """The line without a conjunction that opens it (_JOINER)."""
    return _JOINER.sub("", line, count=1)


def day_claim(brief: Brief, story: StoryDigest, item: NewsItem, ahead: bool = False) -> str:
    """The line of the story this article quotes: its key claim, or another sentence's best clause
    (stories.claim_options), rotated per instrument, so that the articles of one session that all
    quote the story quote different lines of it. A line that opens on a pronoun or a joiner (it
    leans on the sentence before) or repeats a figure the article prints (stories.echoes) is never
    taken for the key claim, nor one with more figures than it (a bare index level), nor, for a
    calendar story (`ahead`), one that does not look ahead (its dates, 'Jan. 29', are not counted
    as figures there: the next decision's date is what a calendar line is for)."""
    mine, lines = _claim_lines(brief, story, item, ahead)
    return mine if mine is not None else vary(lines, brief, f"claim|{item.item_id}")


def line_of_its_own(brief: Brief, story: StoryDigest, item: NewsItem, ahead: bool = False) -> bool:
    """This article's line of the story (day_claim) is one no other article of the session quotes:
    it is the line about this instrument, or the session's rotation (phrases.vary over CLAIM_ROTATION
    slots, one per configured instrument) gives this article a slot the story has a line for. A
    calendar story with two look-ahead lines has lines for two of a session's four articles; before
    ednews2 (stop 48) the other two quoted the same lines again (news day 2024-12-18: 'the Fed's
    preferred inflation gauge ... is due on Friday' in two articles)."""
    mine, lines = _claim_lines(brief, story, item, ahead)
    slots = sorted(brief.related_names)
    slot = slots.index(brief.snapshot.symbol) if brief.snapshot.symbol in slots else CLAIM_ROTATION
    if mine is not None or len(lines) >= CLAIM_ROTATION or slot >= CLAIM_ROTATION:
        return True
    turn = vary(range(_TURNS), brief, f"claim|{item.item_id}")  # vary's index, before its modulo
    taken = [(turn - slot + other) % len(lines) for other in range(slot)]  # the slots before this one
    return turn % len(lines) not in taken


_TURNS = 420
"""A multiple of every line count below CLAIM_ROTATION (1-4): vary over this many options gives the
rotation's index, which modulo a story's line count is the line vary picks."""


def _claim_lines(brief: Brief, story: StoryDigest, item: NewsItem,
                 ahead: bool = False) -> tuple[str | None, list[str]]:
    """day_claim's choice: the line about this instrument when the story has one (else None), and the
    lines the session's articles share out, the key claim first."""
    names = [brief.short_name, *brief.related_names.values()]
    known = session_figures(brief.snapshot)

    def counted(text: str) -> int:  # a calendar line's dates are what it is for, not figures to weigh
        return figures_in(_DAY_OF_MONTH.sub(" ", text) if ahead else text)

    tape = tape_pattern(brief.snapshot, names)
    options = [_unjoined(c) for c in claim_options(item, story.theme, tape, known, ROTATION_MARGIN)]
    others = [c for c in options
              if c != story.claim and c not in story.claim and story.claim not in c
              and len(c.split()) >= CLAIM_WORDS[0] and not _CONTEXTLESS.match(c) and not echoes(c, known)
              and (counted(c) <= counted(story.claim) or story.theme in (*RELEASES, FED))
              and (not ahead or looks_ahead(c))]
    own, theirs = _own(brief), _peers_own(brief)
    mine = [c for c in others if own.search(c)]
    if mine and not own.search(story.claim):
        return mine[0], []  # the line about this instrument is this article's
    others = [c for c in others if theirs is None or not theirs.search(c)]  # a peer's line is the peer's
    return None, [story.claim, *others][:CLAIM_ROTATION]


def _peers_own(brief: Brief) -> re.Pattern[str] | None:
    """The other configured instruments' names as a story prints them (stories.own_names of each):
    a story's line naming one of them is that instrument's article's line, not this one's."""
    peers = [own_names(symbol, name).pattern for symbol, name in brief.related_names.items()
             if symbol != brief.snapshot.symbol and name]
    return re.compile("|".join(peers), re.IGNORECASE) if peers else None


def _themed(entry: Numbered, key: tuple[object, ...], used: set[str]) -> str:
    """One story's sentence, in a frame not yet used in this paragraph while one is left."""
    number, item, story = entry
    topic = bank.TOPICS.get(story.theme) or ("the market" if story.theme in (TAPE, "other")
                                             else story.theme.replace("-", " "))
    frames = (*bank.THEMED, bank.THEMED_DESK) if story.theme in bank.DESKS else bank.THEMED
    frame = _pick([f for f in frames if f not in used] or frames, *key, story.theme)
    used.add(frame)
    text = frame.format(topic=topic, desk=bank.DESKS.get(story.theme, ""), pub=item.publisher,
                        verb=_pick(bank.VERBS, *key, number), q=_quote(key, story, item), n=number)
    return text[:1].upper() + text[1:]


def _disagreement(brief: Brief, story: StoryDigest) -> str | None:
    """When the data moved the other way from what the story reports, say so (no figures)."""
    if story.agrees is not False or story.direction is None:
        return None
    seen = "higher" if story.direction == "down" else "lower"
    subject = {TAPE: _mid_sentence(brief.short_name), RATES: "the 10-year yield", FED: "the 10-year yield",
               VOLATILITY: "the VIX"}.get(story.theme)
    return f"The data says otherwise: {subject} ended {seen} on the session." if subject else None


def _tape_link(brief: Brief, key: tuple[object, ...], items: Sequence[NewsItem] = ()) -> str | None:
    """This instrument against the day the stories describe, only when it went against the market or
    barely moved (stories.stands_apart); None when it went with it, ahead or behind (the lead's peer
    comparison says so in figures: a line here was filler). Against a market the day's wraps move on
    a macro report (stories.session_event: the CPI, the jobs report, the Fed), the report moved this
    one too, the other way (bank.AGAINST_EVENT): not 'drivers closer to home'."""
    apart = stands_apart(brief.snapshot)
    if apart is None:
        return _split_link(brief, items, key)
    event = session_event(items, brief.snapshot, [brief.short_name, *brief.related_names.values()]) \
        if apart == "against" else None
    cause = bank.EVENT_CAUSES.get(event.kind) if event is not None and event.kind in bank.MACRO_EVENTS \
        else None
    if cause is not None:
        up = brief.snapshot.returns.change_1d_pct > 0
        text = _pick(bank.AGAINST_EVENT, *key, "tape-link").format(
            name=brief.short_name, mid=_mid_sentence(brief.short_name), event=cause,
            own="rose" if up else "fell", peers="fell" if up else "rose",
            its="their" if is_plural(brief.short_name) else "its")
        return text[:1].upper() + text[1:]
    options = bank.STILL if apart == "still" else bank.AGAINST
    return _pick(options, *key, "tape-link").format(name=brief.short_name)


def _split_link(brief: Brief, items: Sequence[NewsItem], key: tuple[object, ...]) -> str | None:
    """On a split market (stories.off_average: the instrument went against its peers' average, not
    against each of them), the peers that went the other way by name ('the inflation report split the
    market: the Nasdaq 100 fell while small caps and the Dow rose'); a line about every peer ('went the
    other way') would be false for the ones that went its way. None on any other day."""
    s = brief.snapshot
    own = moved(s.returns.change_1d_pct)
    if own is None or not off_average(s):
        return None
    others = [_mid_sentence(brief.related_names.get(m.symbol, m.symbol)) for m in s.related
              if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)
              and moved(m.change_1d_pct) not in (None, own)]
    if not others:
        return None
    event = session_event(items, s, [brief.short_name, *brief.related_names.values()])
    cause = bank.EVENT_CAUSES.get(event.kind) if event is not None and event.kind in bank.MACRO_EVENTS \
        else None
    up, mid = own == "up", _mid_sentence(brief.short_name)
    rose, fell = ("rose", "gained ground", "finished higher", "advancing"), \
        ("fell", "lost ground", "finished lower", "retreating")
    mine, theirs = (rose, fell) if up else (fell, rose)
    text = _pick(bank.SPLIT, *key, "tape-link").format(
        event=cause or "the day", mid=mid, mid_cap=mid[:1].upper() + mid[1:], others=_listed(others),
        others_back=_listed(others[::-1]),
        **{f"own{tag}": verb for tag, verb in zip(("", "_b", "_c", "_d"), mine, strict=True)},
        **{f"peers{tag}": verb for tag, verb in zip(("", "_b", "_c", "_d"), theirs, strict=True)})
    return text[:1].upper() + text[1:]


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _event_link(brief: Brief, items: list[NewsItem]) -> str | None:
    """The day's sector story read for this instrument: how much of the sector the instrument holds
    (bank.SECTOR_EXPOSURE, by its kind) and what its own day did against its peers, when the day's
    wrap names a sector event as the market's cause (stories.session_event: the rout in chipmakers).
    A heavy holder that fell more than every peer took the worst of it; a light holder that went the
    other way, or fell least, was spared by its mix. None for another event, kind or day."""
    names = [brief.short_name, *brief.related_names.values()]
    event = session_event(items, brief.snapshot, names)
    if event is None or event.direction is None:
        return None
    kind = next((k for k in bank.SECTOR_KINDS if k in brief.tags), None)
    exposure = bank.SECTOR_EXPOSURE.get((event.kind, kind)) if kind is not None else None
    own = moved(brief.snapshot.returns.change_1d_pct)
    if exposure is None or own is None:
        return None
    heavy = kind in bank.SECTOR_HEAVY
    place = rates_place(brief)
    if own != event.direction:
        frames = bank.SECTOR_AGAINST if not heavy else ()
    elif place == "first":
        frames = bank.SECTOR_FIRST[own] if heavy else ()
    elif place == "last" or not heavy:
        frames = bank.SECTOR_SPARED[own] if not heavy and _moved_less_than_benchmark(brief) else ()
    else:
        frames = bank.SECTOR_WITH[own]
    if not frames:
        return None
    text = _pick(frames, brief, "sector").format(exposure=exposure, name=_mid_sentence(brief.short_name))
    return text[:1].upper() + text[1:]


def _moved_less_than_benchmark(brief: Brief) -> bool:
    """The instrument's day change is smaller, either way, than its benchmark's."""
    bench = [m.change_1d_pct for m in brief.snapshot.related if m.role == RelatedRole.BENCHMARK]
    return bool(bench) and abs(brief.snapshot.returns.change_1d_pct) < abs(bench[0])


def _rates_link(brief: Brief, key: tuple[object, ...], driver_told: bool = False,
                story: StoryDigest | None = None) -> str | None:
    """What the yield move means for this instrument: the data's move, or, when the data holds none,
    the move the session day's rates story reports (`story`, reported_yields); None without either.
    After a lead that already said the instrument moved least (news_told.DRIVER_LEADS_LEAST), the
    laggard reading gives only the reason it is a surprise, not the claim again."""
    own = moved(brief.snapshot.returns.change_1d_pct)
    yields = data_direction(RATES, brief.snapshot)
    reported = yields is None and story is not None
    yields = reported_yields(brief, story) if reported and story is not None else yields
    if yields is None or own is None:
        return None
    kind = next((k for k in bank.KINDS if k in brief.tags), "")
    others = _other_side(brief)
    if others and kind != "blue-chips":  # a split market: the yield move sorted its sides
        mid = _mid_sentence(brief.short_name)
        return _pick(bank.RATES_SPLIT[(yields, own)], *key, "rates").format(
            mid=mid, Mid=mid[:1].upper() + mid[1:], others=_listed(others),
            why=bank.RATES_WHY[(yields, kind)])
    if (yields, own) in bank.RATES_APART:

        return _pick(bank.RATES_APART[(yields, own)], *key, "rates").format(
            name=brief.short_name, mid=_mid_sentence(brief.short_name))
    why = bank.RATES_WHY[(yields, kind)]
    if kind in bank.RATE_SENSITIVE and rates_place(brief) == "last":
        laggard = bank.RATES_LAGGARD_TOLD if driver_told else bank.RATES_LAGGARD
        return laggard[(yields, own)].format(why=why, mid=_mid_sentence(brief.short_name))
    base = _pick(bank.RATES_BASE[(yields, own)], *key, "rates").format(name=_mid_sentence(brief.short_name))
    return f"{base}: {why}."


def reported_yields(brief: Brief, story: StoryDigest) -> Direction | None:
    """The yield move a same-day rates story's headline reports, when the data holds none to check
    it against (digest.agrees is None): read for this instrument when it went with its market
    (stories.stands_apart), so the reading explains the instrument's own day, or when the market
    split (_other_side), where the yield move explains which side it took."""
    if story.theme != RATES or not story.same_day or story.agrees is not None:
        return None
    with_market = stands_apart(brief.snapshot) is None and not off_average(brief.snapshot)
    return story.direction if with_market or _other_side(brief) else None


def _other_side(brief: Brief) -> list[str]:
    """On a split market (its peers and benchmark went both ways: one against every peer is a day of
    its own, which a yield move cannot explain), the ones that went the other way by STEADY_PCT or more
    (a 0.09% gain is not one the yield move 'helped'), by name mid-sentence; [] on any other day (all
    went one way, or it stood still)."""
    s = brief.snapshot
    own = moved(s.returns.change_1d_pct)
    peers = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    ways = {moved(m.change_1d_pct) for m in peers} - {None}
    if own is None or ways != {"up", "down"}:
        return []
    return [_mid_sentence(brief.related_names.get(m.symbol, m.symbol)) for m in peers
            if moved(m.change_1d_pct) not in (None, own) and abs(m.change_1d_pct) >= STEADY_PCT]


def _vix_link(brief: Brief, key: tuple[object, ...]) -> str | None:
    vix, own = data_direction(VOLATILITY, brief.snapshot), moved(brief.snapshot.returns.change_1d_pct)
    if vix is None or own is None:
        return None
    return _pick(bank.VIX[(vix, own)], *key, "vix")


def _mid_sentence(name: str) -> str:
    """'The Dow' -> 'the Dow', 'Small caps' -> 'small caps'; 'Nasdaq' stays."""
    words = name.split()
    if words and (words[0] == "The" or (len(words) > 1 and words[1][:1].islower())):
        return name[:1].lower() + name[1:]
    return name
