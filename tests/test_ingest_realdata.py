"""parse_feed and extract_page on real saved feeds and pages (../shared/realdata).

Each document is parsed through newsdesk's own functions; no exception may
escape and each must finish within a time bound. Figures are printed (run with
`-s` to see them) and pinned floors guard extraction quality: lower a floor only
on purpose.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.config import FeedConfig
from pipeline.ingest.extract_worker import TimedExtractor
from pipeline.ingest.feeds import ParsedFeed, parse_feed
from pipeline.ingest.pages import PageText, extract_page

pytestmark = pytest.mark.realdata

FEED_SECONDS = 5.0
PAGE_SECONDS = 10.0
FETCHED = datetime(2026, 11, 21, tzinfo=UTC)
# Pinned from the first run with trafilatura 2.3.1 (14 of 16 pages at F1 >= 0.85, median 0.98);
# raised when hidden elements were removed before extraction (15 of 16 >= 0.80, median 0.99).
SCRAPINGHUB_MEDIAN_F1 = 0.95
SCRAPINGHUB_GOOD_F1 = 0.80
SCRAPINGHUB_GOOD_PAGES = 15


def timed_parse(path: Path) -> tuple[ParsedFeed, float]:
    feed = FeedConfig(url=f"https://realdata.example/{path.name}", publisher="realdata")
    started = time.monotonic()
    parsed = parse_feed(path.read_bytes(), feed, FETCHED)
    return parsed, time.monotonic() - started


def timed_extract(path: Path, url: str) -> tuple[PageText, float]:
    body = path.read_bytes()
    if path.suffix == ".gz":  # stored compressed; HTTP would have undone Content-Encoding
        body = gzip.decompress(body)
    started = time.monotonic()
    page = extract_page(body, url, "text/html")
    return page, time.monotonic() - started


def test_every_real_feed_parses_in_bounded_time(realdata):
    paths = sorted((realdata / "feeds").rglob("*.xml"))
    assert len(paths) >= 200
    with_entries = any_entries = bozo = entries = 0
    slowest = (0.0, "")
    for path in paths:
        parsed, seconds = timed_parse(path)
        assert seconds < FEED_SECONDS, f"{path}: {seconds:.1f} s"
        slowest = max(slowest, (seconds, path.name))
        with_entries += bool(parsed.entries)
        any_entries += bool(parsed.entries or parsed.skipped)
        bozo += parsed.bozo is not None
        entries += len(parsed.entries)
        for entry in parsed.entries:
            assert entry.link.startswith(("http://", "https://"))
            assert entry.published_at is None or entry.published_at.tzinfo is UTC
    print(f"\nrealdata feeds: {len(paths)} parsed, {any_entries} with entries, {with_entries} "
          f"with linked (citable) entries ({entries} entries), {bozo} bozo; "
          f"slowest {slowest[1]} {slowest[0]:.2f} s")
    assert with_entries >= 20


def test_ill_formed_and_encoding_feeds_record_bozo(realdata):
    tests = realdata / "feeds" / "feedparser_tests" / "tests"
    paths = sorted((tests / "illformed").rglob("*.xml")) + sorted(
        (tests / "encoding").glob("bozo_*.xml"))
    assert len(paths) >= 19
    flagged = sum(timed_parse(path)[0].bozo is not None for path in paths)
    print(f"\nill-formed/encoding feeds: {flagged} of {len(paths)} flagged bozo")
    assert flagged >= len(paths) // 2


def test_financial_news_feeds(realdata):
    folder = realdata / "feeds" / "financial_news"
    counts = {}
    for path in sorted(folder.glob("*.xml")):
        parsed, _ = timed_parse(path)
        counts[path.name] = len(parsed.entries)
        if parsed.entries:
            assert all(e.title and e.published_at for e in parsed.entries), path.name
    print("\nfinancial news feeds:", counts)
    assert counts["crawinsight_bloomberg.xml"] == 0  # a sitemap, not a feed
    assert counts["crawinsight_google.xml"] == 100  # links with leading whitespace
    assert counts["jetson_cnbc_finance_2019.xml"] == 30  # pubDate without seconds
    assert sum(n > 0 for n in counts.values()) == 8


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def token_f1(found: str, expected: str) -> float:
    a, b = tokens(found), tokens(expected)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def test_every_real_page_extracts_or_says_why(realdata):
    """Through the time-limited worker ingest uses: text or a recorded reason, never a hang;
    no real page is flagged for instruction-like text (false positives)."""
    paths = sorted(p for p in (realdata / "articles_html").rglob("*")
                   if p.name.endswith((".html", ".html.gz")))
    assert len(paths) >= 20
    with_content, times, flagged = 0, [], []
    with TimedExtractor(PAGE_SECONDS) as extractor:
        for path in paths:
            body = path.read_bytes()
            body = gzip.decompress(body) if path.suffix == ".gz" else body
            started = time.monotonic()
            page = extractor(body, f"https://realdata.example/{path.name}", "text/html")
            times.append(time.monotonic() - started)
            assert page.has_content or page.reason, path.name
            with_content += page.has_content
            flagged += [path.name] if page.flagged else []
    print(f"\nrealdata pages: {len(paths)}, {with_content} with content, "
          f"{len(paths) - with_content} no content, {extractor.timeouts} timed out; "
          f"mean {statistics.mean(times):.3f} s, max {max(times):.3f} s per page; flagged {flagged}")
    assert with_content == len(paths) and extractor.timeouts == 0 and flagged == []


def test_scrapinghub_pages_match_the_human_annotation(realdata):
    folder = realdata / "articles_html" / "scrapinghub_article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth-subset.json").read_text("utf-8"))
    scores = {}
    for key, expected in truth.items():
        page, _ = timed_extract(folder / "html" / f"{key}.html.gz", expected["url"])
        scores[key[:12]] = token_f1(page.text, expected["articleBody"])
    good = sum(score >= SCRAPINGHUB_GOOD_F1 for score in scores.values())
    median = statistics.median(scores.values())
    print(f"\nscrapinghub token F1: median {median:.2f}, {good}/{len(scores)} >= "
          f"{SCRAPINGHUB_GOOD_F1}; " + ", ".join(f"{k} {v:.2f}" for k, v in scores.items()))
    assert median >= SCRAPINGHUB_MEDIAN_F1
    assert good >= SCRAPINGHUB_GOOD_PAGES


def test_trafilatura_eval_pages_keep_the_article_and_drop_the_chrome(realdata):
    folder = realdata / "articles_html" / "trafilatura_tests"
    cases = json.loads((folder / "evaldata-subset.json").read_text("utf-8"))
    missing, intruding = [], []
    for url, case in cases.items():
        page, _ = timed_extract(folder / case["file"], url)
        missing += [(case["file"], s) for s in case["with"] if s not in page.text]
        intruding += [(case["file"], s) for s in case["without"] if s in page.text]
    print(f"\ntrafilatura eval pages: {len(cases)}; missing 'with' {missing}; "
          f"present 'without' {intruding}")
    assert missing == []
    assert len(intruding) <= 1  # one known miss upstream: reuters.com.parasite
