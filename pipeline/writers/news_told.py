"""What the news paragraph tells, read once, so the other paragraphs say each thing once.

The news paragraph (news_paragraph.py) gives every story a role (`story_roles`): the day's
driver, the market's day, the calendar, the VIX gauge, ... This module reads those roles for
the rest of the analysis: the opening carries the driver (and the news paragraph then leaves
it out), the momentum paragraph leaves the VIX to a gauge story the news paragraph reads, and
the calendar paragraph leaves the event to a calendar story that already names its date.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from ..contracts import NewsItem
from ..stories import RATES, StoryDigest, data_direction, headed_by, own_names, relative_place
from .base import Brief
from .news_paragraph import (
    CALENDAR,
    DRIVER,
    FED_WORD,
    GAUGE,
    MARKET,
    RELEASE,
    SECOND,
    calendar_events,
    calendar_quotes,
    day_claim,
    driver_cause,
    own_cause,
    quoted,
    stories_for,
    story_roles,
)
from .phrases import STEADY_PCT, mid_sentence, vary


class NewsRead(NamedTuple):
    """The session's cited stories with their roles, in citation order (numbered from 1)."""

    entries: list[tuple[int, NewsItem, StoryDigest, str]]

    def first(self, role: str) -> tuple[int, NewsItem, StoryDigest] | None:
        return next(((n, item, story) for n, item, story, r in self.entries if r == role), None)

    def has(self, role: str) -> bool:
        return self.first(role) is not None


def news_read(brief: Brief, cited: int) -> NewsRead:
    items = brief.news[:cited]
    if not items:
        return NewsRead([])
    stories = stories_for(brief, items)
    roles = story_roles(brief, stories)
    return NewsRead([(n, item, story, role) for n, (item, story, role)
                     in enumerate(zip(items, stories, roles, strict=True), start=1)])


def driver_of(read: NewsRead) -> tuple[int, NewsItem, StoryDigest] | None:
    """The day's driver (a rates story whose yield move in the data explains the instrument's)."""
    return read.first(DRIVER)


def tells_vix(read: NewsRead) -> bool:
    """The news paragraph reads the VIX: a gauge story is told by the VIX line (or quoted and read)."""
    return read.has(GAUGE)


def tells_event(brief: Brief, read: NewsRead) -> bool:
    """A calendar story quotes the date of the next scheduled event (the article's first event), or
    gives it in the article's words (news_paragraph.calendar_events, when the story is not quoted)."""
    events = brief.snapshot.events
    if not events:
        return False
    day = events[0].date
    named = re.compile(rf"\b{day.strftime('%b')}\w*\.?\s+{day.day}\b", re.IGNORECASE)
    return any(role == CALENDAR and (named.search(_calendar_line(brief, story, item))
                                     or _dates_told(brief, (n, item, story)))
               for n, item, story, role in read.entries)


def _calendar_line(brief: Brief, story: StoryDigest, item: NewsItem) -> str:
    """The calendar story's line the news paragraph quotes (news_paragraph.day_claim, looking ahead):
    not always its key claim ('Friday brings the June producer price index ...' is the key claim of a
    preview whose quoted line is 'The Federal Reserve's next decision comes on July 31')."""
    return day_claim(brief, story, item, ahead=True)


def _dates_told(brief: Brief, entry: tuple[int, NewsItem, StoryDigest]) -> bool:
    """The news paragraph gives the first event's date in its own words from the calendar story."""
    return not calendar_quotes(brief, entry, (brief,)) and 0 in calendar_events(brief, entry)


DRIVER_LEADS = {  # (yields, own move): the day's move and its cause, each frame with its own yield words
    ("down", "up"): (("Cheaper money lifted {name}", ": Treasury yields fell"),
                     ("A bond rally sent {name} higher", ", yields falling"),
                     ("Behind the gain in {name} was the bond market", ", where yields dropped"),
                     ("Treasuries set the pace for {name}", "; yields slid")),
    ("up", "down"): (("Dearer money weighed on {name}", ": Treasury yields rose"),
                     ("A bond selloff pulled {name} lower", ", yields climbing"),
                     ("Behind the drop in {name} was the bond market", ", where yields climbed"),
                     ("A slide in Treasuries set the tone for {name}", "; yields rose")),
}
"""Each frame words the yield move its own way and names the cause in its own words (cheaper
money, a bond rally, the bond market, Treasuries): one session's articles, which each take one,
share no run of words and no frame. Before edvoice (stop 42) demo QQQ and SPY opened 'Behind the
gain in the Nasdaq 100 was the bond market' and 'The bond market carried the S&P 500'."""
DRIVER_LEADS_LEAST = {  # the same, for an instrument that moved least of every peer: it is the subject
    ("down", "up"): (("{Name} fell behind as cheaper money lifted {others}", ": Treasury yields fell"),
                     ("{Name} lagged as a bond rally lifted {others}", ", yields falling"),
                     ("{Name} gained less than {others} on a bond rally", ", with yields dropping"),
                     ("{Name} kept up least as the bond market carried {others}", "; yields slid")),
    ("up", "down"): (("{Name} held up best as dearer money weighed on {others}", ": Treasury yields rose"),
                     ("{Name} fell least as a bond selloff hit {others}", ", yields climbing"),
                     ("{Name} slipped less than {others} in a bond selloff", ", with yields climbing"),
                     ("{Name} took the least damage as the bond market dragged on {others}",
                      "; yields rose")),
}
"""The instrument that moved least is the sentence's subject and its place the verb ('Small caps
lagged as a bond rally lifted the big indexes'), the way a desk words it, not the market's day with
the instrument tacked on ('A bond rally lifted every peer more than small caps'); `others` is
the_others."""
DRIVER_LEADS_AGAINST = {  # the same, for an instrument that went against every peer
    ("down", "up"): (("Cheaper money lifted {name} against a falling market", ": Treasury yields fell"),
                     ("A bond rally sent {name} the other way from its peers", ", yields falling"),
                     ("Behind the gain in {name}, against a falling market, was the bond market",
                      ", where yields dropped"),
                     ("The bond market carried {name} against the tide", "; yields slid")),
    ("up", "down"): (("Dearer money weighed on {name} against a rising market", ": Treasury yields rose"),
                     ("A bond selloff sent {name} the other way from its peers", ", yields climbing"),
                     ("Behind the drop in {name}, against a rising market, was the bond market",
                      ", where yields climbed"),
                     ("The bond market dragged {name} against the tide", "; yields rose")),
}
"""A driver lead on the instrument's relative day (stories.relative_place): demo IWM rose 0.30% while
a bond rally lifted SPY 1.10% and QQQ 1.90%, and 'A bond rally lifted small caps' told the market's
day, not this one's; a rate-sensitive instrument that rose on lower yields while every peer fell has
the day's real story, told as such."""
DRIVER_BANKS = {None: DRIVER_LEADS, "least": DRIVER_LEADS_LEAST, "against": DRIVER_LEADS_AGAINST}


def own_story_of(brief: Brief, read: NewsRead) -> tuple[int, NewsItem, StoryDigest] | None:
    """The instrument's own story of the day: a same-day tape story (the market's wrap or a second
    view) whose headline opens on the instrument (stories.headed_by: 'Nasdaq 100 surges 1.9% as
    megacap tech powers Friday's rally' for QQQ) and that the data backs, on a day whose driver is the
    shared rates story (a DRIVER) and no release or Fed story: the day every article of the session
    would otherwise open on. A news day's event keeps the lead (its release or decision is the story),
    and so does the driver of an instrument that went against every peer (DRIVER_LEADS_AGAINST: the
    rates story is then why this one went its own way). None otherwise."""
    if not read.has(DRIVER) or read.has(RELEASE) or read.has(FED_WORD) \
            or relative_place(brief.snapshot) == "against":
        return None
    own = own_names(brief.snapshot.symbol, brief.short_name)
    return next(((n, item, story) for n, item, story, role in read.entries
                 if role in (MARKET, SECOND) and story.same_day and story.agrees is True
                 and headed_by(item, own)), None)


OWN_LEADS = ("{pub} had the line on {name}: {q} [{n}].",
             "For {name}, {pub} put it in a line: {q} [{n}].",
             "{pub} on {name}: {q} [{n}].",
             "In {pub}'s words, {q} [{n}].")
"""The opening sentence on the instrument's own story (`own_lead`): the line the news paragraph
would have quoted (news_paragraph.day_claim), cited."""


def own_lead(brief: Brief, read: NewsRead) -> tuple[int, str] | None:
    """The opening sentence, with its story's number, when the instrument has its own story of the
    day (`own_story_of`); the news paragraph then leaves that story out and tells the day's driver
    lower down. Several instruments on one session share the session's driver: before edpolish
    (stop 44) all four demo articles of 2026-11-20 opened on Macro Brief's yields story ('Treasuries
    set the pace ...', 'Behind the gain ... was the bond market', 'Small caps lagged as a bond
    rally ...', 'Cheaper money lifted the Dow'); QQQ and IWM now open on their own stories
    (megacap tech's rally, the Russell 2000 'going nowhere fast'). bench/editorial.py
    `first_sentence_same_source`."""
    own = own_story_of(brief, read)
    if own is None:
        return None
    number, item, story = own
    q = quoted(day_claim(brief, story, item), f"{item.title}\n{item.text}")
    frame = vary(list(OWN_LEADS), brief, "own-lead")
    text = frame.format(pub=item.publisher, name=mid_sentence(brief.short_name), q=q, n=number)
    return number, text[:1].upper() + text[1:]


def driver_lead(brief: Brief, driver: tuple[int, NewsItem, StoryDigest]) -> str | None:
    """The opening sentence when the news gives the day's driver: what moved the instrument and
    why, cited ('Cheaper money lifted the Nasdaq 100: Treasury yields fell as "traders added to bets
    on a December rate cut" [3].'; the day sentence after it names the session). The news paragraph
    then leaves the driver out. None when the yield move and the instrument's are not one story."""
    number, item, story = driver
    s = brief.snapshot
    yields = data_direction(RATES, s)
    own = "up" if s.returns.change_1d_pct > 0 else "down"
    frames = DRIVER_BANKS[relative_place(s)].get((yields or "", own))
    if frames is None:
        return None
    name = brief.short_name
    frame = vary([head for head, _ in frames], brief, "driver-lead")
    yields_moved = dict(frames)[frame]
    head = frame.format(name=mid_sentence(name), Name=name, others=the_others(brief))
    found = driver_cause(story)
    if found is None:
        source = f"{item.title}\n{item.text}"
        return f"{head}: {quoted(story.claim, source)} [{number}]."
    link, cause = found
    in_own_words = own_cause(brief, cause, item.publisher)
    if in_own_words is not None:
        return f"{head}{yields_moved} {in_own_words} [{number}]."
    return f"{head}{yields_moved} {link} \u201c{cause}\u201d [{number}]."


def the_others(brief: Brief) -> str:
    """The instrument's peers as one group, the way a lead names the market it trailed or outlasted:
    'the big indexes' for small caps (every peer a large-cap index), else 'the rest of the market'."""
    return "the big indexes" if "small-caps" in brief.tags else "the rest of the market"


def driver_first(brief: Brief, cited: int) -> Brief:
    """The brief with the day's driver first in its news when the analysis opens with it
    (driver_lead): a model given the stories by number then reads them in their numbers' order, as
    the article lists them (writers.source_numbers)."""
    driver = driver_of(news_read(brief, cited))
    if driver is None or driver[0] == 1 or driver_lead(brief, driver) is None:
        return brief
    first = driver[1]
    return brief.model_copy(update={"news": [first, *(i for i in brief.news if i.item_id != first.item_id)]})


def driver_yields(brief: Brief, cited: int) -> Literal["up", "down"] | None:
    """The Treasury yield move of the day's driver when the analysis opens with it (driver_lead:
    a driver story, the yield move and the instrument's one story, and no story of the instrument's
    own to open on instead, `own_lead`); the headline then names
    it (angles.with_driver). None otherwise, and on a day any headline calls steady (nothing moved
    it to name a driver for)."""
    change = brief.snapshot.returns.change_1d_pct
    read = news_read(brief, cited)
    if abs(change) < STEADY_PCT or driver_of(read) is None or own_story_of(brief, read) is not None:
        return None
    yields = data_direction(RATES, brief.snapshot)
    own = "up" if change > 0 else "down"
    return yields if yields in ("up", "down") and (yields, own) in DRIVER_LEADS else None
