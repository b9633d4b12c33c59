"""Feed parsing (pure): bytes in, a `ParsedFeed` of normalised entries out.

feedparser is only ever handed a `BytesIO` of bytes newsdesk fetched itself:
given a string it may open a URL or a local file. Its strict parser runs with
external entities off; a malformed or mis-encoded feed sets `bozo`, which is
recorded, and the loose parser keeps whatever entries it can.
"""

from __future__ import annotations

import calendar
import io
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..config import FeedConfig
from ..errors import IngestError
from .markup import cap, collapse_whitespace, strip_markup
from .normalize import canonical_url

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 5_000_000
MAX_ENTRIES = 200
TITLE_MAX = 300
SUMMARY_MAX = 2_000
AUTHOR_MAX = 200
LINK_MAX = 2_048
ENTRY_ID_MAX = 500
BOZO_MAX = 500
# Feedparser guesses the encoding from the XML declaration under this type.
DEFAULT_CONTENT_TYPE = "application/xml"
# feedparser searches RSS author-like fields with an e-mail regex that takes
# quadratic time (32 kB: 20 s), so their text is cut to this many bytes before
# parsing. The per-feed time limit (`isolate.IsolatedParser`) covers what else may be slow.
RAW_PERSON_MAX = 256
_PERSON_FIELD = re.compile(
    rb"(<(?:[\w.-]+:)?(?:author|creator|managingeditor|webmaster|publisher|owner|contributor)"
    rb"\b[^<>]*>\s*(?:<!\[CDATA\[)?)([^<\]]{%d,})" % (RAW_PERSON_MAX + 1),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FeedEntry:
    """One feed entry, cleaned: plain text, capped lengths, UTC time."""

    title: str
    link: str
    canonical_url: str
    published_at: datetime | None
    summary: str = ""
    author: str = ""
    entry_id: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    feed_url: str
    publisher: str
    fetched_at: datetime
    version: str
    title: str
    entries: list[FeedEntry] = field(default_factory=list)
    bozo: str | None = None
    skipped: int = 0
    truncated: int = 0

    @property
    def is_feed(self) -> bool:
        """False when feedparser recognised no RSS/Atom at all (an HTML page, a sitemap)."""
        return bool(self.version or self.entries)


def parse_feed(
    body: bytes,
    feed: FeedConfig,
    fetched_at: datetime,
    *,
    content_type: str | None = None,
    max_entries: int = MAX_ENTRIES,
) -> ParsedFeed:
    """Parse `body` (the bytes fetched from `feed.url`) into normalised entries.

    Relative links resolve against `feed.url`; `content_type` (the HTTP header)
    helps feedparser pick the charset. Entries without a usable http(s) link are
    skipped and counted; entries past `max_entries` are dropped and counted.
    Raises IngestError only when the body is too large or feedparser itself fails.
    """
    if not isinstance(body, bytes):  # a str could be a URL or a path feedparser would open
        raise TypeError(f"{feed.url}: feeds are parsed from bytes, not {type(body).__name__}")
    if len(body) > MAX_FEED_BYTES:
        raise IngestError(f"{feed.url}: feed is {len(body)} bytes, over {MAX_FEED_BYTES}")
    headers = {"content-location": feed.url, "content-type": content_type or DEFAULT_CONTENT_TYPE}
    try:
        result = feedparser.parse(io.BytesIO(cap_person_fields(body)), response_headers=headers)
    except Exception as exc:  # untrusted input: any parser crash is this feed's failure
        raise IngestError(f"{feed.url}: feed parser failed: {type(exc).__name__}: {exc}") from exc
    entries: list[FeedEntry] = []
    skipped = 0
    raw_entries = result.get("entries") or []
    for raw in raw_entries[:max_entries]:
        entry = normalise_entry(raw)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    truncated = max(0, len(raw_entries) - max_entries)
    if truncated:
        log.warning("%s: %d entries over the cap of %d dropped", feed.url, truncated, max_entries)
    return ParsedFeed(
        feed_url=feed.url, publisher=feed.publisher, fetched_at=fetched_at,
        version=str(result.get("version") or ""),
        title=cap(strip_markup(result.get("feed", {}).get("title")), TITLE_MAX),
        entries=entries, bozo=describe_bozo(result), skipped=skipped, truncated=truncated,
    )


def cap_person_fields(body: bytes) -> bytes:
    """`body` with over-long author/creator/webMaster/... text cut to RAW_PERSON_MAX bytes.

    The cut backs off to an ASCII byte outside any character reference, so the
    bytes stay as well-formed as they were. Feeds in UTF-16 are not touched.
    """
    return _PERSON_FIELD.sub(_cut_person, body)


def _cut_person(match: re.Match[bytes]) -> bytes:
    text = match.group(2)[:RAW_PERSON_MAX]
    text = text[:_utf8_boundary(text)]
    amp = text.rfind(b"&")
    if amp != -1 and b";" not in text[amp:]:  # nor a character reference
        text = text[:amp]
    return match.group(1) + text


def _utf8_boundary(text: bytes) -> int:
    """Length of `text` without a trailing, incomplete UTF-8 sequence."""
    end = len(text)
    for back in range(1, min(4, end) + 1):
        byte = text[end - back]
        if byte < 0x80:
            return end
        if byte >= 0xC0:  # the lead byte of the last sequence
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return end if back >= need else end - back
    return end


def describe_bozo(result: Any) -> str | None:
    """feedparser's bozo exception as "Type: message", capped; None for a clean parse."""
    if not result.get("bozo"):
        return None
    exc = result.get("bozo_exception")
    if exc is None:
        return "malformed feed"
    return cap(collapse_whitespace(f"{type(exc).__name__}: {exc}"), BOZO_MAX)


def normalise_entry(raw: Any) -> FeedEntry | None:
    """A FeedEntry from one feedparser entry, or None when it has no usable link."""
    link = _link(raw)
    if link is None:
        return None
    summary = raw.get("summary") or _first_content(raw)
    return FeedEntry(
        title=cap(strip_markup(raw.get("title")), TITLE_MAX),
        link=link,
        canonical_url=canonical_url(link),
        published_at=entry_time(raw),
        summary=cap(strip_markup(summary), SUMMARY_MAX),
        author=cap(strip_markup(raw.get("author")), AUTHOR_MAX),
        entry_id=cap(collapse_whitespace(str(raw.get("id") or "")), ENTRY_ID_MAX),
    )


def _link(raw: Any) -> str | None:
    link = raw.get("link")
    if not isinstance(link, str):
        return None
    link = link.strip()
    if len(link) > LINK_MAX or not link.lower().startswith(("http://", "https://")):
        return None
    return link


def _first_content(raw: Any) -> str:
    content = raw.get("content") or []
    if content and isinstance(content[0], dict):
        return str(content[0].get("value") or "")
    return ""


def entry_time(raw: Any) -> datetime | None:
    """Published (else updated) time in UTC; None when absent or impossible."""
    for key in ("published_parsed", "updated_parsed"):
        # `in` first: FeedParserDict.get("updated_parsed") falls back to
        # published_parsed with a DeprecationWarning.
        parsed = raw.get(key) if key in raw else None
        if isinstance(parsed, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None
