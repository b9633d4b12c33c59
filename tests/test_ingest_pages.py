"""extract_page with the real trafilatura on saved pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.ingest import pages
from pipeline.ingest.pages import MIN_TEXT_CHARS, decode_html, extract_page

PAGES = Path(__file__).parent / "data" / "ingest" / "web" / "pages"
URL = "https://wire.harborstreet.example/2026/11/20/dow-slips"


def test_article_text_and_metadata_are_extracted():
    page = extract_page((PAGES / "harbor-dow-slips.html").read_bytes(), URL,
                        "text/html; charset=utf-8")

    assert page.has_content and page.reason is None
    assert len(page.text) >= MIN_TEXT_CHARS
    assert "slipped 0.3% on Friday" in page.text
    assert "Machinery makers fell the most" in page.text
    assert "All rights reserved" not in page.text and "Subscribe" not in page.text
    assert page.title.startswith("Dow slips as industrials lag")
    assert page.sitename == "Harbor Street Wire"
    assert page.date == date(2026, 11, 20)


def test_author_comes_from_the_page():
    page = extract_page((PAGES / "ledger-nasdaq-slides.html").read_bytes(), URL)
    assert page.author == "Omar Reyes"


def test_page_without_an_article_is_recorded_as_no_content():
    page = extract_page((PAGES / "harbor-trading-floor-photos.html").read_bytes(), URL,
                        "text/html")
    assert not page.has_content and page.text == ""
    assert page.reason is not None and "too short" in page.reason


@pytest.mark.parametrize(("body", "content_type", "reason"), [
    (b"", "text/html", "empty page"),
    (b"   \n ", None, "empty page"),
    (b"%PDF-1.7 ...", "application/pdf", "not an HTML page (application/pdf)"),
    (b"\x89PNG...", "image/png", "not an HTML page (image/png)"),
    (b"<html><body></body></html>", "text/html", "no article text found"),
])
def test_no_content_reasons(body, content_type, reason):
    page = extract_page(body, URL, content_type)
    assert not page.has_content and page.reason == reason


def test_oversized_page_is_not_parsed(monkeypatch):
    monkeypatch.setattr(pages, "MAX_PAGE_BYTES", 1000)
    page = extract_page(b"<html>" + b"x" * 2000 + b"</html>", URL)
    assert not page.has_content and "over 1000" in (page.reason or "")


def test_extractor_crash_becomes_no_content(monkeypatch):
    def boom(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("trafilatura.bare_extraction", boom)
    page = extract_page((PAGES / "harbor-dow-slips.html").read_bytes(), URL)
    assert not page.has_content
    assert page.reason == "extraction failed: RecursionError: maximum recursion depth exceeded"


def test_charset_from_meta_http_equiv():
    body = (PAGES / "tapewatch-sp500-record.html").read_bytes()
    page = extract_page(body, URL, "text/html")  # no charset in the header
    assert page.has_content
    assert "\u2013 its fifth this month \u2013" in page.text
    assert "\u201cIt\u2019s a broad advance,\u201d" in page.text
    assert page.title.startswith("Caf\u00e9 traders cheer the S&P 500 record")


@pytest.mark.parametrize(("body", "content_type", "text"), [
    ("<p>caf\u00e9</p>".encode(), None, "<p>caf\u00e9</p>"),
    ("<p>caf\u00e9</p>".encode("cp1252"), "text/html; charset=windows-1252", "<p>caf\u00e9</p>"),
    ("<p>caf\u00e9</p>".encode("cp1252"), "text/html; charset=ISO-8859-1", "<p>caf\u00e9</p>"),
    ("<meta charset='koi8-r'>\u0436".encode("koi8-r"), None, "<meta charset='koi8-r'>\u0436"),
    (b"\xef\xbb\xbf<p>x</p>", "text/html; charset=latin-1", "<p>x</p>"),  # BOM wins
    ("<p>\u00e9</p>".encode("cp1252"), None, "<p>\ufffd</p>"),  # not UTF-8: replaced
    (b"<p>x</p>", "text/html; charset=no-such-codec", "<p>x</p>"),
    (b'<meta charset="utf-16"><p>x</p>', None, '<meta charset="utf-16"><p>x</p>'),
])
def test_decode_html(body, content_type, text):
    assert decode_html(body, content_type) == text
