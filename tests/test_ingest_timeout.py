"""Huge or empty pages: extraction under a hard time limit, "no content" recorded, nothing to the model."""

from __future__ import annotations

import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest
from injection_fixtures import PAGE, PAGE_URL, clean_page, web_copy

from pipeline.config import load_settings
from pipeline.ingest import ingest
from pipeline.ingest.extract_worker import SharedExtractor, TimedExtractor
from pipeline.ingest.fetch import FixtureFetcher
from pipeline.ingest.pages import MAX_PAGE_BYTES
from pipeline.writers.llm_prompt import _news

URL = "https://wire.example/huge"


def huge_page() -> bytes:
    """Just under the size cap: thousands of nested blocks, seconds of extraction work."""
    block = b"<div><p>Shares of the small company moved in a narrow range today. " * 3 + b"</p></div>"
    body = b"<html><body><article>" + block * (MAX_PAGE_BYTES // len(block) - 10) + b"</article>"
    return body + b"</body></html>"


@pytest.fixture
def extractor():
    with TimedExtractor(timeout=0.05) as timed:
        yield timed


def test_a_slow_page_is_cut_off_and_the_next_page_gets_a_fresh_worker(extractor):
    page = extractor(huge_page(), URL, "text/html")
    assert not page.has_content and page.text == ""
    assert page.reason == "extraction timed out after 0.05 s" and extractor.timeouts == 1
    extractor.timeout = 30.0
    good = extractor(clean_page(), PAGE_URL, "text/html")
    assert good.has_content and "The VIX slipped to 15.6" in good.text


def test_a_worker_that_dies_costs_only_its_page(extractor):
    extractor.timeout = 30.0
    assert extractor(clean_page(), PAGE_URL, "text/html").has_content
    first = extractor.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    lost = extractor(clean_page(), PAGE_URL, "text/html")
    assert not lost.has_content and lost.reason == "extraction worker died"
    again = extractor(clean_page(), PAGE_URL, "text/html")
    assert again.has_content and extractor.pid not in (None, first)


@pytest.mark.parametrize(("body", "reason"), [
    (b"", "empty page"),
    (b"<html><body></body></html>", "no article text found"),
    (b"<html><body><article><p>Stocks rose.</p></article></body></html>",
     "article text too short (12 chars)"),
])
def test_empty_pages_through_the_worker(extractor, body, reason):
    extractor.timeout = 30.0
    page = extractor(body, URL, "text/html")
    assert not page.has_content and page.reason == reason


def test_timeout_must_be_positive():
    with pytest.raises(ValueError, match="page timeout must be positive"):
        TimedExtractor(0)
    with pytest.raises(ValueError, match="page timeout must be positive"):
        SharedExtractor(-1)


def test_ingest_records_a_huge_page_as_no_content_and_the_prompt_gets_none_of_it(tmp_path: Path):
    """The cited story's page is replaced by a huge one: ingest goes on, the page is
    "no content", and no prompt built from the items holds a word of it."""
    web = web_copy(tmp_path, None)
    (web / PAGE).write_bytes(huge_page())
    config = tmp_path / "newsdesk.toml"
    config.write_text(f'[ingest]\nfixtures_dir = "{web}"\npage_timeout = 0.05\n')
    result = ingest(load_settings(config), FixtureFetcher(web), now=datetime(2026, 11, 21, 2, tzinfo=UTC))
    assert result.pages.no_content >= 1 and len(result.items) > 10
    huge = [i for i in result.items if i.url == PAGE_URL]
    assert huge and all(not i.has_content and i.text == "" for i in huge)
    for n, item in enumerate(result.items, 1):
        assert "narrow range" not in _news(n, item, 1200)["text"]
