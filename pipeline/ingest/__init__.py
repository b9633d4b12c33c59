"""Ingest: configured feeds and their article pages in, an `IngestResult` out.

A pure core (`feeds`, `pages`, `normalize`, `dedupe`, `tagging`) behind a thin
edge: every byte comes through the injected `Fetcher`. One failing feed or page
is recorded and the run goes on; `ingest` itself does not raise for either.

Time window for a session S (dates in the market's timezone):
- kept: published from local midnight starting S - lookback_days up to local
  midnight ending S (and never after `now`): wrap-up stories written after the
  close of S still count; anything dated later would cite the future;
- an entry the feed leaves undated takes the date on its page, if any (as that
  day's local noon); still undated, it is kept only when S is the current
  session (`now` falls within S), since then it cannot postdate S; for a past
  session it is dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from ..config import FeedConfig, InstrumentConfig, Settings
from ..contracts import FeedReport, IngestResult, NewsItem
from ..errors import IngestError
from .dedupe import dedupe
from .feeds import FeedEntry, ParsedFeed, parse_feed
from .fetch import FetchedDocument, Fetcher, FixtureFetcher, make_fetcher
from .normalize import canonical_url, content_hash, item_id
from .pages import PageExtractor, PageText, extract_page, no_content
from .tagging import rank_for, relevance, symbols_about, tag_symbols

log = logging.getLogger(__name__)

__all__ = [
    "FetchedDocument", "Fetcher", "FixtureFetcher", "SessionWindow", "build_item",
    "canonical_url", "dedupe", "extract_page", "ingest", "make_fetcher", "parse_feed",
    "rank_for", "relevance", "session_window", "symbols_about", "tag_symbols",
]


@dataclass(frozen=True)
class SessionWindow:
    """Publication times a session's article may cite: [start, end), in UTC."""

    session: date
    start: datetime
    end: datetime
    current: bool
    timezone: ZoneInfo

    def admits(self, published_at: datetime | None) -> bool:
        if published_at is None:
            return self.current
        return self.start <= published_at < self.end

    def page_time(self, day: date) -> datetime:
        """A page that gives only a date is taken as published at that day's local noon."""
        return datetime.combine(day, clock_time(12), self.timezone).astimezone(UTC)


def session_window(settings: Settings, now: datetime, session: date | None = None) -> SessionWindow:
    """The window for `session` (default: today in the market's timezone at `now`)."""
    zone = ZoneInfo(settings.market.timezone)
    session = session or now.astimezone(zone).date()
    day_start = datetime.combine(session, clock_time(0), zone)
    day_end = datetime.combine(session + timedelta(days=1), clock_time(0), zone)
    start = day_start - timedelta(days=settings.ingest.lookback_days)
    end = min(day_end.astimezone(UTC), now.astimezone(UTC))
    current = day_start <= now < day_end
    return SessionWindow(session, start.astimezone(UTC), end, current, zone)


def ingest(
    settings: Settings,
    fetcher: Fetcher,
    *,
    now: datetime,
    session: date | None = None,
    extractor: PageExtractor = extract_page,
) -> IngestResult:
    """Fetch, parse, extract, tag and dedupe every configured feed for `session`."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    started = time.monotonic()
    window = session_window(settings, now, session)
    run = _Run(settings.instruments, fetcher, extractor, window)
    reports = [run.feed(feed) for feed in settings.feeds]
    items, duplicates = dedupe(run.items)
    log.info("ingest %s: %d items (%d duplicates collapsed) from %d/%d feeds",
             window.session, len(items), duplicates, sum(r.ok for r in reports), len(reports))
    return IngestResult(
        items=items, feeds=reports, duplicates=duplicates, started_at=now,
        finished_at=now + timedelta(seconds=time.monotonic() - started),
    )


class _Run:
    """One ingest run's state: items gathered so far and pages already fetched."""

    def __init__(self, instruments: Sequence[InstrumentConfig], fetcher: Fetcher,
                 extractor: PageExtractor, window: SessionWindow) -> None:
        self.instruments = instruments
        self.fetcher = fetcher
        self.extractor = extractor
        self.window = window
        self.items: list[NewsItem] = []
        self._pages: dict[str, tuple[PageText, datetime | None, str]] = {}

    def feed(self, feed: FeedConfig) -> FeedReport:
        try:
            document = _checked(self.fetcher.fetch(feed.url))
            parsed = parse_feed(document.body, feed, document.fetched_at,
                                content_type=document.content_type)
        except IngestError as exc:
            log.warning("feed %s failed: %s", feed.url, exc)
            return FeedReport(feed_url=feed.url, publisher=feed.publisher, ok=False,
                              error=str(exc))
        if parsed.bozo:
            log.warning("feed %s is malformed: %s", feed.url, parsed.bozo)
        if not parsed.is_feed:
            return FeedReport(feed_url=feed.url, publisher=feed.publisher, ok=False,
                              error="not an RSS or Atom feed", bozo=parsed.bozo)
        kept = [item for entry in parsed.entries if (item := self.entry(parsed, entry))]
        self.items.extend(kept)
        log.info("feed %s: %d entries, %d kept", feed.url, len(parsed.entries), len(kept))
        return FeedReport(feed_url=feed.url, publisher=feed.publisher, ok=True,
                          entries=len(parsed.entries), bozo=parsed.bozo)

    def entry(self, parsed: ParsedFeed, entry: FeedEntry) -> NewsItem | None:
        if entry.published_at is not None and not self.window.admits(entry.published_at):
            log.debug("%s: published %s, outside the session window", entry.link,
                      entry.published_at)
            return None
        page, fetched_at, final_url = self.page(entry.link)
        published_at = entry.published_at
        if published_at is None and page.date is not None:
            published_at = self.window.page_time(page.date)
        if not self.window.admits(published_at):
            log.debug("%s: undated or outside the session window; dropped", entry.link)
            return None
        return build_item(parsed, entry, page, self.instruments, published_at=published_at,
                          fetched_at=fetched_at or parsed.fetched_at, final_url=final_url)

    def page(self, url: str) -> tuple[PageText, datetime | None, str]:
        key = canonical_url(url)
        if key not in self._pages:
            self._pages[key] = self._fetch_page(url)
        return self._pages[key]

    def _fetch_page(self, url: str) -> tuple[PageText, datetime | None, str]:
        try:
            document = _checked(self.fetcher.fetch(url))
        except IngestError as exc:
            log.warning("page %s not fetched: %s", url, exc)
            return no_content(url, f"fetch failed: {exc}"), None, url
        page = self.extractor(document.body, document.final_url, document.content_type)
        if not page.has_content:
            log.info("page %s: no content (%s)", url, page.reason)
        return page, document.fetched_at, document.final_url


def _checked(document: FetchedDocument) -> FetchedDocument:
    if not 200 <= document.status < 300:
        raise IngestError(f"{document.requested_url}: HTTP {document.status}")
    return document


def build_item(
    parsed: ParsedFeed,
    entry: FeedEntry,
    page: PageText,
    instruments: Sequence[InstrumentConfig],
    *,
    published_at: datetime | None,
    fetched_at: datetime,
    final_url: str,
) -> NewsItem:
    """One NewsItem from a feed entry and its page (pure)."""
    title = entry.title or page.title or entry.canonical_url
    text = page.text if page.has_content else ""
    digest = content_hash(title, text or entry.summary)
    urls = list(dict.fromkeys([entry.canonical_url, canonical_url(final_url)]))
    return NewsItem(
        item_id=item_id(digest), title=title, url=entry.canonical_url, urls=urls,
        publisher=parsed.publisher, feed_url=parsed.feed_url, published_at=published_at,
        fetched_at=fetched_at, summary=entry.summary, text=text, has_content=page.has_content,
        content_hash=digest, bozo=parsed.bozo,
        symbols=tag_symbols("\n".join((title, entry.summary, text)), instruments),
    )
