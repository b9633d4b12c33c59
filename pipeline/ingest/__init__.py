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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from ..config import FeedConfig, InstrumentConfig, Settings, ThemeConfig
from ..contracts import FeedReport, IngestResult, NewsItem
from ..contracts.news import PageCounts
from ..errors import IngestError
from .dedupe import dedupe
from .extract_worker import shared_extractor
from .feeds import FeedEntry, ParsedFeed, parse_feed
from .fetch import FeedFetcher, FetchedDocument, Fetcher, FixtureFetcher, make_fetcher
from .gather import Outcome, Validators, feed_fetch, fetch_all, reason_of
from .injection import contain, flags_for, scan
from .isolate import FeedParser, make_parser
from .normalize import canonical_url, content_hash, item_id
from .pages import PageExtractor, PageText, extract_page, no_content
from .tagging import rank_for, relevance, symbols_about, tag_symbols, tag_themes
from .worker import shared_worker

log = logging.getLogger(__name__)

__all__ = [
    "FeedFetcher", "FetchedDocument", "Fetcher", "FixtureFetcher", "SessionWindow", "build_item",
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
    extractor: PageExtractor | None = None,
    feed_state: Mapping[str, Validators] | None = None,
    parser: FeedParser | None = None,
) -> IngestResult:
    """Fetch, parse, extract, tag and dedupe every configured feed for `session`.

    Feeds are fetched concurrently (`[ingest] workers`), conditionally when
    `feed_state` holds validators from the last run; each is parsed under
    `[ingest] parse_timeout` in a worker process (or by `parser`); then the
    pages of the entries in the window are fetched concurrently, and extracted
    under `[ingest] page_timeout` (or by `extractor`). Feeds and pages share one
    process-wide worker (`worker.shared_worker`), started here so that its
    imports overlap the fetching.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    started = time.monotonic()
    window = session_window(settings, now, session)
    workers = settings.ingest.workers
    if extractor is None or (parser is None and settings.ingest.parse_timeout > 0):
        shared_worker().start()
    # pages: `extractor`, else trafilatura in a worker killed after `[ingest] page_timeout`
    extractor = extractor or shared_extractor(settings.ingest.page_timeout)
    run = _Run(settings.instruments, fetcher, extractor, window, settings)
    documents = fetch_all((f.url for f in settings.feeds), feed_fetch(fetcher, feed_state or {}),
                          workers)
    with _feed_parser(settings.ingest.parse_timeout, parser) as parse:
        parsed = [run.parse(feed, documents[feed.url], parse) for feed in settings.feeds]
    run.prefetch([e.link for _, feed in parsed if feed for e in feed.entries if run.wanted(e)],
                 workers)
    reports = [run.feed(report, feed) for report, feed in parsed]
    items, duplicates = dedupe(run.items)
    log.info("ingest %s: %d items (%d duplicates collapsed) from %d/%d feeds",
             window.session, len(items), duplicates, sum(r.ok for r in reports), len(reports))
    return IngestResult(
        items=items, feeds=reports, duplicates=duplicates, pages=run.pages, started_at=now,
        finished_at=now + timedelta(seconds=time.monotonic() - started),
    )


@contextmanager
def _feed_parser(timeout: float, parser: FeedParser | None) -> Iterator[FeedParser]:
    if parser is not None:
        yield parser
        return
    isolated = make_parser(timeout, shared_worker())
    yield parse_feed if isolated is None else isolated


class _Run:
    """One ingest run's state: items gathered so far and pages already fetched."""

    def __init__(self, instruments: Sequence[InstrumentConfig], fetcher: Fetcher,
                 extractor: PageExtractor, window: SessionWindow,
                 settings: Settings | None = None) -> None:
        self.themes: Sequence[ThemeConfig] = settings.themes if settings else ()
        self.weights = {f.url: f.weight for f in settings.feeds} if settings else {}
        self.instruments = instruments
        self.fetcher = fetcher
        self.extractor = extractor
        self.window = window
        self.items: list[NewsItem] = []
        self.pages = PageCounts()
        self._pages: dict[str, tuple[PageText, datetime | None, str]] = {}
        self._fetched: dict[str, Outcome] = {}

    def parse(self, feed: FeedConfig, outcome: Outcome,
              parse: FeedParser) -> tuple[FeedReport, ParsedFeed | None]:
        """The feed's report so far and its parsed entries (None when there are none to use)."""
        report = FeedReport(feed_url=feed.url, publisher=feed.publisher, ok=True)
        try:
            if isinstance(outcome, IngestError):
                raise outcome
            report = report.model_copy(update={"etag": outcome.etag,
                                               "last_modified": outcome.last_modified})
            if outcome.status == 304:
                log.info("feed %s: unchanged since the last fetch", feed.url)
                return report.model_copy(update={"status": "unchanged"}), None
            document = _checked(outcome)
            parsed = parse(document.body, feed, document.fetched_at,
                           content_type=document.content_type)
        except IngestError as exc:
            log.warning("feed %s failed: %s", feed.url, exc)
            return _failed(report, str(exc), reason_of(exc)), None
        if parsed.bozo:
            log.warning("feed %s is malformed: %s", feed.url, parsed.bozo)
        if not parsed.is_feed:
            return _failed(report, "not an RSS or Atom feed", "not-a-feed", parsed.bozo), None
        return report.model_copy(update={"entries": len(parsed.entries), "bozo": parsed.bozo}), parsed

    def feed(self, report: FeedReport, parsed: ParsedFeed | None) -> FeedReport:
        if parsed is None:
            return report
        kept = [item for entry in parsed.entries if (item := self.entry(parsed, entry))]
        self.items.extend(kept)
        log.info("feed %s: %d entries, %d kept", parsed.feed_url, len(parsed.entries), len(kept))
        return report

    def wanted(self, entry: FeedEntry) -> bool:
        """Worth fetching the page: dated inside the window, or undated (the page may date it)."""
        return entry.published_at is None or self.window.admits(entry.published_at)

    def prefetch(self, urls: Sequence[str], workers: int) -> None:
        """Fetch the pages behind `urls` concurrently, once per canonical URL."""
        by_key = {canonical_url(url): url for url in reversed(urls)}
        todo = {url: key for key, url in by_key.items() if key not in self._pages}
        for url, outcome in fetch_all(todo, self.fetcher.fetch, workers).items():
            self._fetched[todo[url]] = outcome

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
                          themes=self.themes, source_weight=self.weights.get(parsed.feed_url, 1.0),
                          fetched_at=fetched_at or parsed.fetched_at, final_url=final_url)

    def page(self, url: str) -> tuple[PageText, datetime | None, str]:
        key = canonical_url(url)
        if key not in self._pages:
            self._pages[key] = self._fetch_page(url)
        return self._pages[key]

    def _fetch_page(self, url: str) -> tuple[PageText, datetime | None, str]:
        try:
            outcome = self._fetched.pop(canonical_url(url), None) or self.fetcher.fetch(url)
            if isinstance(outcome, IngestError):
                raise outcome
            document = _checked(outcome)
        except IngestError as exc:
            log.warning("page %s not fetched: %s", url, exc)
            self._count_page("failed", reason_of(exc))
            return no_content(url, f"fetch failed: {exc}"), None, url
        page = self.extractor(document.body, document.final_url, document.content_type)
        if not page.has_content:
            log.info("page %s: no content (%s)", url, page.reason)
        self._count_page("ok" if page.has_content else "no_content")
        return page, document.fetched_at, document.final_url

    def _count_page(self, outcome: str, reason: str | None = None) -> None:
        counts = self.pages
        update: dict[str, object] = {outcome: getattr(counts, outcome) + 1}
        if reason is not None:
            update["reasons"] = {**counts.reasons, reason: counts.reasons.get(reason, 0) + 1}
        self.pages = counts.model_copy(update=update)


def _failed(report: FeedReport, error: str, reason: str, bozo: str | None = None) -> FeedReport:
    return report.model_copy(update={"ok": False, "status": "failed", "error": error,
                                     "reason": reason, "bozo": bozo})


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
    themes: Sequence[ThemeConfig] = (),
    source_weight: float = 1.0,
) -> NewsItem:
    """One NewsItem from a feed entry and its page (pure).

    Instruction-like text in the feed summary is removed as on the page
    (injection.contain); in a feed title it is flagged, and the prompt withholds
    that title. The page's own findings come along in `flags` / `flagged`.
    """
    title = entry.title or page.title or entry.canonical_url
    summary, flagged = contain(entry.summary, "feed")
    flagged = [*page.flagged, *flagged, *(scan(entry.title, "feed") if entry.title else [])]
    text = page.text if page.has_content else ""
    digest = content_hash(title, text or summary)
    urls = list(dict.fromkeys([entry.canonical_url, canonical_url(final_url)]))
    tagged = "\n".join((title, summary, text))
    return NewsItem(
        item_id=item_id(digest), title=title, url=entry.canonical_url, urls=urls,
        publisher=parsed.publisher, feed_url=parsed.feed_url, published_at=published_at,
        fetched_at=fetched_at, summary=summary, text=text, has_content=page.has_content,
        content_hash=digest, bozo=parsed.bozo, symbols=tag_symbols(tagged, instruments),
        themes=tag_themes(tagged, themes), author=page.author or entry.author,
        sitename=page.sitename, source_weight=source_weight, flags=flags_for(flagged),
        flagged=flagged,
    )
