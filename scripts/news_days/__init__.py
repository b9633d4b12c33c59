"""News days on real sessions: the feeds and pages of a few real trading days, for the editorial bench.

Each day module (`day_YYYYMMDD.py`) holds a `DAY`: the session, the day's biggest event as a desk
would name it (the kind: cpi, jobs, fed, earnings, sector), the scheduled events a config would list
that day, and its stories. The stories are ours, written in the voice of wire wraps, rates notes,
sector stories and calendars; every market figure in them is one the realdata bars show (the ETFs'
and the S&P 500's and Nasdaq 100's closes and day changes, the VIX's close), and the economic
figures are the releases' public numbers. The bars themselves stay in ../shared/realdata.

`files(day)` renders a day in the formats the ingest reads, with the structure of fixtures/web (its
four publishers and feed URLs, so the packaged `[[feeds]]` list reads them): RSS 2.0 for Harbor
Street Wire and Tapewatch, Atom 1.0 for Ledger Markets Daily and Macro Brief, an HTML page per
story inside its site's chrome, a syndicated copy on its own URL whose canonical link names the
original, and a manifest.json mapping URLs to files.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from fixtures.feed_xml import rfc822, xml_text
from fixtures.feeds import ATOM_TYPE, FEED_BY_KEY, HTML_TYPE, RSS_TYPE
from fixtures.pages import attr, smart

SITE_NAMES = {key: feed.publisher for key, feed in FEED_BY_KEY.items()}


@dataclass(frozen=True)
class Story:
    """One feed entry and its page. `copy_of`: a syndicated copy (its own URL in this feed, the
    original's title and body, a canonical link to the original); `page`: "article" or "missing"
    (the feed links a page that is gone: a 404)."""

    key: str
    feed: str             # harbor, ledger, tapewatch or macro
    published: str        # "2024-07-11 16:25", New York time
    title: str
    author: str
    path: str             # the URL's path on the publisher's site
    summary: str
    paragraphs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    copy_of: str | None = None
    page: str = "article"


@dataclass(frozen=True)
class Event:
    name: str
    kind: str
    date: str


@dataclass(frozen=True)
class Day:
    session: date
    utc_offset: int               # New York's offset from UTC that day, hours
    event: str                    # the day's biggest event, in a line
    kind: str                     # cpi, jobs, fed, earnings, sector
    driver: str                   # a regex of the words that name the driver in a headline or sentence
    stories: tuple[Story, ...]
    events: tuple[Event, ...] = ()  # scheduled events a config would list that day
    notes: tuple[str, ...] = field(default=())
    content: str = ""             # a regex of the words that say what the news said ('' for a sector day)
    held_out: bool = False        # added after the writer was tuned on the others: its own floors

    @property
    def zone(self) -> timezone:
        return timezone(timedelta(hours=self.utc_offset))

    def moment(self, story: Story) -> datetime:
        return datetime.strptime(story.published, "%Y-%m-%d %H:%M").replace(tzinfo=self.zone)

    def story(self, key: str) -> Story:
        return next(s for s in self.stories if s.key == key)

    def body(self, story: Story) -> Story:
        """The story with its original's title, summary and paragraphs when it is a copy."""
        if story.copy_of is None:
            return story
        original = self.story(story.copy_of)
        return Story(key=story.key, feed=story.feed, published=story.published, title=original.title,
                     author=original.author, path=story.path, summary=original.summary,
                     paragraphs=original.paragraphs, categories=story.categories or original.categories,
                     copy_of=story.copy_of)


TRACKING = "utm_source=rss&utm_medium=feed"


def url(story: Story, tracked: bool = False) -> str:
    site = FEED_BY_KEY[story.feed].site
    plain = f"{site}{story.path}"
    return f"{plain}?{TRACKING}" if tracked and story.feed == "harbor" else plain


def page_file(day: Day, story: Story) -> str:
    slug = story.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return f"pages/{story.feed}/{story.published[:10]}-{slug}.html"


# -- pages ------------------------------------------------------------------------------------
def page(day: Day, story: Story) -> str:
    s = day.body(story)
    site = SITE_NAMES[story.feed]
    moment = day.moment(story)
    canonical = url(day.story(story.copy_of)) if story.copy_of else url(story)
    stamp = moment.isoformat(timespec="seconds")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
                     "datePublished": stamp, "author": {"@type": "Person", "name": s.author},
                     "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    shown = moment.strftime("%b. %d, %Y %I:%M %p ET").replace(" 0", " ")
    body = "\n".join(f"<p>{smart(p)}</p>" for p in s.paragraphs)
    section = s.categories[0] if s.categories else "Markets"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{attr(s.title)} | {attr(site)}</title>
<meta name="description" content="{attr(s.summary[:180])}">
<meta name="author" content="{attr(s.author)}">
<link rel="canonical" href="{attr(canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{attr(site)}">
<meta property="og:title" content="{attr(s.title)}">
<meta property="og:url" content="{attr(canonical)}">
<meta property="article:published_time" content="{stamp}">
<meta property="article:section" content="{attr(section)}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="masthead"><a class="logo" href="/">{smart(site)}</a>
<nav class="site-nav"><a href="/markets">Markets</a> <a href="/economy">Economy</a>
<a href="/subscribe">Subscribe</a></nav></header>
<div class="ad-slot" data-ad-unit="top"><span class="ad-label">Advertisement</span></div>
<main>
<article class="story">
<header><p class="kicker">{smart(section)}</p>
<h1>{smart(s.title)}</h1>
<p class="byline">By {smart(s.author)} &middot; <time datetime="{stamp}">{shown}</time></p></header>
<div class="story-body article-body">
{body}
</div>
</article>
</main>
<footer><p>&copy; {day.session.year} {smart(site)}. All rights reserved.</p></footer>
</body>
</html>
"""


# -- feeds ------------------------------------------------------------------------------------
def _rss_item(day: Day, story: Story, number: int) -> str:
    s = day.body(story)
    moment = day.moment(story)
    categories = "".join(f"\n      <category><![CDATA[{c}]]></category>" for c in s.categories)
    link = xml_text(url(story, tracked=True))
    guid = (f'<guid isPermaLink="false">hsw-{number}</guid>' if story.feed == "harbor"
            else f'<guid isPermaLink="true">{link}</guid>')
    return f"""    <item>
      <title>{xml_text(s.title)}</title>
      <link>{link}</link>
      {guid}
      <dc:creator><![CDATA[{s.author}]]></dc:creator>{categories}
      <pubDate>{rfc822(moment, utc=story.feed == "harbor")}</pubDate>
      <description><![CDATA[<p>{smart(s.summary)}</p>]]></description>
    </item>"""


def rss(day: Day, feed_key: str) -> str:
    feed = FEED_BY_KEY[feed_key]
    entries = _entries(day, feed_key)
    items = "\n".join(_rss_item(day, s, 60_000 + day.stories.index(s)) for s in entries)
    built = day.moment(entries[0]) + timedelta(minutes=12)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{xml_text(feed.title)}</title>
    <link>{feed.site}/</link>
    <atom:link href="{feed.url}" rel="self" type="{RSS_TYPE}"/>
    <description>{xml_text(feed.tagline)}</description>
    <language>en-us</language>
    <lastBuildDate>{rfc822(built, utc=feed_key == "harbor")}</lastBuildDate>
    <ttl>15</ttl>
{items}
  </channel>
</rss>
"""


def _atom_entry(day: Day, story: Story) -> str:
    s = day.body(story)
    moment = day.moment(story).astimezone(UTC) if story.feed == "macro" else day.moment(story)
    stamp = moment.isoformat().replace("+00:00", "Z")
    categories = "".join(f'\n    <category term="{attr(c)}"/>' for c in s.categories)
    content = ""
    if story.feed == "macro" and s.paragraphs:
        body = "".join(f"<p>{smart(p)}</p>" for p in s.paragraphs[:2])
        content = f'\n    <content type="html"><![CDATA[{body}]]></content>'
    summary = xml_text(f"<p>{smart(s.summary)}</p>")
    host = FEED_BY_KEY[story.feed].site.split("//")[1]
    return f"""  <entry>
    <title type="html">{xml_text(smart(s.title))}</title>
    <link rel="alternate" type="text/html" href="{attr(url(story))}"/>
    <id>tag:{host},{story.published[:10]}:{story.path}</id>
    <published>{stamp}</published>
    <updated>{stamp}</updated>
    <author><name>{xml_text(s.author)}</name></author>{categories}
    <summary type="html">{summary}</summary>{content}
  </entry>"""


def atom(day: Day, feed_key: str) -> str:
    feed = FEED_BY_KEY[feed_key]
    entries = _entries(day, feed_key)
    updated = day.moment(entries[0]).isoformat()
    body = "\n".join(_atom_entry(day, s) for s in entries)
    section = feed.url.rsplit("/", 1)[-1].split(".")[0]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <title>{xml_text(feed.title)}</title>
  <subtitle>{xml_text(feed.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="{feed.site}/"/>
  <link rel="self" type="{ATOM_TYPE}" href="{feed.url}"/>
  <id>tag:{feed.site.split("//")[1]},{day.session.year}:feeds/{section}</id>
  <updated>{updated}</updated>
{body}
</feed>
"""


def _entries(day: Day, feed_key: str) -> list[Story]:
    return sorted((s for s in day.stories if s.feed == feed_key), key=day.moment, reverse=True)


# -- the day's files --------------------------------------------------------------------------
def files(day: Day) -> dict[str, str]:
    """Relative path -> text: the feeds, the pages, manifest.json, DAY.md and day.json (the
    session, the event and the scheduled events, for the bench)."""
    out: dict[str, str] = {}
    manifest = []
    for key, feed in FEED_BY_KEY.items():
        if not any(s.feed == key for s in day.stories):
            continue
        out[feed.path] = rss(day, key) if feed.kind == "rss" else atom(day, key)
        manifest.append({"url": feed.url, "path": feed.path,
                         "content_type": RSS_TYPE if feed.kind == "rss" else ATOM_TYPE})
    for story in day.stories:
        if story.page != "article":
            continue
        path = page_file(day, story)
        out[path] = page(day, story)
        manifest.append({"url": url(story), "path": path, "content_type": HTML_TYPE})
    out["manifest.json"] = json.dumps(sorted(manifest, key=lambda e: e["url"]), indent=2) + "\n"
    out["DAY.md"] = summary(day)
    out["day.json"] = json.dumps({"session": day.session.isoformat(), "kind": day.kind, "event": day.event,
                                  "driver": day.driver, "content": day.content, "held_out": day.held_out,
                                  "events": [e.__dict__ for e in day.events]}, indent=2) + "\n"
    return out


def summary(day: Day) -> str:
    lines = [f"# News day {day.session.isoformat()} (generated by scripts/make_news_days.py; do not edit)",
             "", f"The day's biggest event ({day.kind}): {day.event}", ""]
    lines += [f"- {note}" for note in day.notes]
    if day.events:
        lines += ["", "Scheduled events a config lists that day: "
                  + "; ".join(f"{e.name} ({e.kind}) {e.date}" for e in day.events)]
    lines += ["", "| key | feed | published (ET) | title |", "|---|---|---|---|"]
    for s in sorted(day.stories, key=day.moment):
        b = day.body(s)
        extra = f" (copy of {s.copy_of})" if s.copy_of else " (no page: 404)" if s.page != "article" else ""
        lines.append(f"| {s.key} | {s.feed} | {s.published} | {html.unescape(b.title)}{extra} |")
    return "\n".join(lines) + "\n"
