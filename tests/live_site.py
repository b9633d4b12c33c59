"""A made-up news site for live-ingest tests and the bench: N RSS feeds of M article pages each.

`site_routes(base, feeds, pages)` returns WebStub routes; feeds answer conditional
GETs (ETag / Last-Modified) with 304, pages are HTML articles dated on SESSION.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from web_stub import Request, Route

SESSION = date(2026, 11, 20)
LAST_MODIFIED = "Fri, 20 Nov 2026 21:30:00 GMT"
SUBJECTS = ["Small caps", "The Russell 2000", "The S&P 500", "The Nasdaq 100", "The Dow"]


def feed_path(feed: int) -> str:
    return f"/feeds/{feed}.xml"


def page_path(feed: int, page: int) -> str:
    return f"/news/{feed}/story-{page}.html"


def title(feed: int, page: int) -> str:
    return f"{SUBJECTS[(feed + page) % len(SUBJECTS)]} move as desk {feed} files story {page}"


def rss(base: str, feed: int, pages: int) -> bytes:
    items = []
    for page in range(pages):
        when = datetime(2026, 11, 20, 15, 0, tzinfo=UTC) + timedelta(minutes=7 * page + feed)
        items.append(
            f"<item><title>{escape(title(feed, page))}</title>"
            f"<link>{base}{page_path(feed, page)}?utm_source=rss</link>"
            f"<guid>{base}{page_path(feed, page)}</guid>"
            f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
            f"<description>Story {page} from desk {feed}.</description></item>")
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Desk {feed}</title><link>{base}/</link><description>Desk {feed} wire"
            f"</description>{''.join(items)}</channel></rss>").encode()


WORDS = ("traders buyers sellers yields breadth volume momentum rates earnings guidance banks "
         "energy utilities retailers chipmakers lenders futures options dollar oil gold credit "
         "spreads rally slide rebound stall drift surge retreat climb").split()


def prose(seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "."
                    for _ in range(sentences))


def article(feed: int, page: int) -> bytes:
    head = escape(title(feed, page))
    paragraphs = "".join(
        f"<p>{head}: the Russell 2000 and the S&amp;P 500 in focus. "
        f"{prose(feed * 1000 + page * 10 + n, 4)}</p>" for n in range(6))
    return (f"<!doctype html><html><head><title>{head}</title>"
            f"<meta property='article:published_time' content='2026-11-20T16:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{head}</h1>{paragraphs}"
            f"</article><footer>Copyright desk {feed}</footer></body></html>").encode()


def conditional_feed(body: bytes, etag: str) -> Route:
    def route(request: Request) -> None:
        if request.headers.get("if-none-match") == etag:
            request.send(304, b"", {"ETag": etag})
            return
        request.send(200, body, {"Content-Type": "application/rss+xml; charset=utf-8",
                                 "ETag": etag, "Last-Modified": LAST_MODIFIED})
    return route


def html(body: bytes) -> Route:
    def route(request: Request) -> None:
        request.send(200, body, {"Content-Type": "text/html; charset=utf-8"})
    return route


def site_routes(base: str, feeds: int, pages: int) -> dict[str, Route]:
    routes: dict[str, Route] = {}
    for feed in range(feeds):
        routes[feed_path(feed)] = conditional_feed(rss(base, feed, pages), f'"desk-{feed}-v1"')
        for page in range(pages):
            routes[page_path(feed, page)] = html(article(feed, page))
    return routes
