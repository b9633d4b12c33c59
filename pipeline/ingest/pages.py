"""Article pages (pure): HTML bytes in, a `PageText` out, via trafilatura.

Pages are untrusted. Decoding never fails (a wrong charset becomes replacement
characters), and any exception inside trafilatura becomes "no content" with
the reason recorded. Bytes are decoded here and trafilatura receives a str, so
it never runs its own decompression on the body.

Before trafilatura reads the page, `hidden.sanitize_tree` removes comments and
hidden elements and scans them, with the readable attributes, for text aimed at
a model; after extraction `injection.contain` removes instruction-like
sentences from the visible text. What was found is `PageText.flagged`.

Time limit: extraction is CPU-bound and can be slow on pathological HTML. A
page over MAX_PAGE_BYTES is refused before parsing; `ingest()` runs
`extract_page` in a worker process that is killed when a page takes longer
than `ingest.page_timeout` (`extract_worker.TimedExtractor`).

No content, with the reason in `PageText.reason`: not an HTML content type,
an empty body, an oversized body, an extractor crash, no article found, text
under MIN_TEXT_CHARS, a timeout (set by the worker).
"""

from __future__ import annotations

import codecs
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..contracts import FlaggedText
from .fetch import parse_content_type
from .hidden import sanitize_tree, scan_comments
from .injection import contain
from .markup import cap, collapse_whitespace, strip_markup

if TYPE_CHECKING:  # trafilatura is imported by `extract_page`: it is slow to import
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 5_000_000
MIN_TEXT_CHARS = 200
TEXT_MAX = 50_000
TITLE_MAX = 300
AUTHOR_MAX = 200
SITENAME_MAX = 200
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# htmldate drops dates after max_date, which defaults to the wall-clock today;
# a fixed bound keeps extraction pure. Ingest itself filters future stories.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
SLOW_EXTRACTION_SECONDS = 2.0

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class PageText:
    """What extraction found on one page. `reason` says why when has_content is False."""

    url: str
    text: str = ""
    title: str = ""
    author: str = ""
    date: date | None = None
    sitename: str = ""
    has_content: bool = False
    reason: str | None = None
    flagged: tuple[FlaggedText, ...] = ()


PageExtractor = Callable[[bytes, str, str | None], PageText]


def no_content(url: str, reason: str, flagged: Sequence[FlaggedText] = ()) -> PageText:
    return PageText(url=url, has_content=False, reason=reason, flagged=tuple(flagged))


def extract_page(body: bytes, url: str, content_type: str | None = None) -> PageText:
    """Main text and metadata of the page `body` fetched from `url`.

    has_content is False (with a reason) for a non-HTML content type, an empty or
    oversized body, an extraction failure, or text under MIN_TEXT_CHARS.
    """
    media = parse_content_type(content_type)[0]
    if media is not None and media not in HTML_TYPES:
        return no_content(url, f"not an HTML page ({media})")
    if not body.strip():
        return no_content(url, "empty page")
    if len(body) > MAX_PAGE_BYTES:
        return no_content(url, f"page is {len(body)} bytes, over {MAX_PAGE_BYTES}")
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    html = decode_html(body, content_type)
    started = time.monotonic()
    flagged: list[FlaggedText] = []
    try:
        tree = load_html(html)
        if tree is None:
            return no_content(url, "not parseable as HTML")
        flagged = [*scan_comments(html), *sanitize_tree(tree)]
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False,
            include_tables=True, date_extraction_params=dict(DATE_PARAMS),
        )
    except Exception as exc:  # untrusted page: any extractor crash is "no content"
        log.warning("%s: extraction failed: %s: %s", url, type(exc).__name__, exc)
        return no_content(url, f"extraction failed: {type(exc).__name__}: {cap(str(exc), 200)}",
                          flagged)
    finally:
        elapsed = time.monotonic() - started
        if elapsed > SLOW_EXTRACTION_SECONDS:
            log.warning("%s: extraction took %.1f s", url, elapsed)
    if not isinstance(document, Document):  # None: trafilatura found nothing
        return no_content(url, "no article text found", flagged)
    return _page_text(url, document, flagged)


def _page_text(url: str, document: Document, flagged: list[FlaggedText]) -> PageText:
    text, found = contain((document.text or "").strip())
    title, title_found = contain(strip_markup(document.title), "title")
    flagged = [*flagged, *found, *title_found]
    has_content = len(text) >= MIN_TEXT_CHARS
    reason = None if has_content else f"article text too short ({len(text)} chars)"
    return PageText(
        url=url,
        text=cap(text, TEXT_MAX) if has_content else "",
        title=cap(title, TITLE_MAX),
        author=cap(strip_markup(document.author), AUTHOR_MAX),
        date=_iso_date(document.date),
        sitename=cap(collapse_whitespace(document.sitename or ""), SITENAME_MAX),
        has_content=has_content,
        reason=reason,
        flagged=tuple(flagged),
    )


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Text of an HTML body: BOM, then the header charset, then a <meta> charset,
    then UTF-8; undecodable bytes become U+FFFD rather than an error."""
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_encoding, errors="replace")
    encoding = _known_encoding(parse_content_type(content_type)[1])
    if encoding is None:
        encoding = _known_encoding(_meta_charset(body))
        # A <meta> that could be read as ASCII means the bytes are not UTF-16.
        if encoding is not None and encoding.startswith("utf-16"):
            encoding = "utf-8"
    return body.decode(encoding or "utf-8", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # A page labelled latin-1 is in practice windows-1252 (the WHATWG rule).
    if encoding in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return encoding
