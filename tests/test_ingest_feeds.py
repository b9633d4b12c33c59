"""parse_feed on saved bytes, with the real feedparser."""

from __future__ import annotations

import io
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from pipeline.config import FeedConfig
from pipeline.errors import IngestError
from pipeline.ingest import feeds
from pipeline.ingest.feeds import (
    AUTHOR_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    cap_person_fields,
    parse_feed,
)
from pipeline.ingest.markup import cap, strip_markup

DATA = Path(__file__).parent / "data" / "ingest"
WEB = DATA / "web"
FEED = FeedConfig(url="https://feeds.example/markets/rss.xml", publisher="Example Wire")
FETCHED = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)


def rss(items: str, channel: str = "<title>Example</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"{channel}{items}</channel></rss>"
    ).encode()


def test_parse_feed_hands_feedparser_a_bytes_stream_never_a_url_or_path(monkeypatch):
    seen: list[object] = []
    real_parse = feedparser.parse

    def spy(source, *args, **kwargs):
        seen.append(source)
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(feeds.feedparser, "parse", spy)
    parsed = parse_feed((WEB / "feeds" / "harbor.xml").read_bytes(), FEED, FETCHED)

    assert len(seen) == 1
    assert isinstance(seen[0], io.BytesIO)
    assert parsed.entries


def test_rss_entries_are_normalised():
    body = rss(
        "<item><title>  Stocks &amp;amp; bonds &lt;b&gt;rally&lt;/b&gt;\n\t today </title>"
        "<link>\n   /2026/11/20/rally?utm_source=rss#top  </link>"
        "<description>&lt;p&gt;Risk &lt;script&gt;alert(1)&lt;/script&gt;on &amp;amp; "
        "up&lt;/p&gt;</description>"
        "<pubDate>Fri, 20 Nov 2026 16:30:00 -0500</pubDate>"
        "<dc:creator>Jane\u200b Marlow</dc:creator><guid>g-1</guid></item>"
    )
    [entry] = parse_feed(body, FEED, FETCHED).entries

    assert entry.title == "Stocks & bonds rally today"
    assert entry.link == "https://feeds.example/2026/11/20/rally?utm_source=rss#top"
    assert entry.canonical_url == "https://feeds.example/2026/11/20/rally"
    assert entry.published_at == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
    assert entry.summary == "Risk on & up"
    assert entry.author == "Jane Marlow"
    assert entry.entry_id.endswith("g-1")  # feedparser resolves a guid like a URI


def test_atom_entries_use_updated_when_published_is_absent():
    parsed = parse_feed((WEB / "feeds" / "ledger.atom").read_bytes(), FEED, FETCHED)

    assert parsed.version == "atom10"
    dow = next(e for e in parsed.entries if e.title.startswith("Dow slips"))
    assert dow.published_at == datetime(2026, 11, 20, 18, 30, tzinfo=UTC)
    relative = parsed.entries[0]
    assert relative.link == "https://feeds.example/syndicated/2026/11/20/small-caps-rally"
    assert parsed.entries[2].summary == "Tech stocks led the Nasdaq lower."


def test_entry_without_a_date_has_none_and_without_an_http_link_is_skipped():
    body = rss(
        "<item><title>Undated</title><link>https://feeds.example/a</link></item>"
        "<item><title>No link</title></item>"
        "<item><title>Script link</title><link>javascript:alert(1)</link></item>"
        "<item><title>Bad date</title><link>https://feeds.example/b</link>"
        "<pubDate>not a date</pubDate></item>"
    )
    parsed = parse_feed(body, FEED, FETCHED)

    assert [e.title for e in parsed.entries] == ["Undated", "Bad date"]
    assert [e.published_at for e in parsed.entries] == [None, None]
    assert parsed.skipped == 2


def test_malformed_feed_records_bozo_and_keeps_parseable_entries():
    body = (WEB / "feeds" / "tapewatch-broken.xml").read_bytes()  # bad XML, latin-1 as utf-8
    parsed = parse_feed(body, FEED, FETCHED, content_type="application/rss+xml")

    assert parsed.bozo is not None and "not well-formed" in parsed.bozo
    assert [e.title for e in parsed.entries][1] == "Breadth report: advancers beat decliners"
    assert parsed.entries[0].title.startswith("Café traders")
    assert parsed.entries[0].published_at == datetime(2026, 11, 20, 21, 15, tzinfo=UTC)


def test_wrong_charset_declaration_is_recorded_and_text_survives():
    body = rss("<item><title>Caf\u00e9 \u2013 \u20ac5</title><link>https://x.example/a</link></item>")
    parsed = parse_feed(body.replace(b'encoding="utf-8"', b'encoding="ascii"'), FEED, FETCHED)

    assert parsed.bozo is not None
    assert len(parsed.entries) == 1 and parsed.entries[0].link == "https://x.example/a"


def test_not_a_feed_parses_to_nothing_without_raising():
    parsed = parse_feed(b"<html><body><p>Hello</p></body></html>", FEED, FETCHED,
                        content_type="text/html")
    assert parsed.entries == [] and not parsed.is_feed
    assert parse_feed(b"", FEED, FETCHED).entries == []


def test_entry_cap_and_field_caps():
    items = "".join(
        f"<item><title>{'Headline ' * 100}{n}</title><link>https://x.example/{n}</link>"
        f"<description>{'word ' * 2000}</description><author>{'a' * 5000}</author></item>"
        for n in range(30)
    )
    parsed = parse_feed(rss(items), FEED, FETCHED, max_entries=10)

    assert len(parsed.entries) == 10 and parsed.truncated == 20
    entry = parsed.entries[0]
    assert len(entry.title) <= TITLE_MAX and entry.title.endswith("…")
    assert len(entry.summary) <= SUMMARY_MAX
    assert len(entry.author) <= AUTHOR_MAX


def test_oversized_feed_raises_ingest_error():
    with pytest.raises(IngestError, match="over"):
        parse_feed(b" " * (feeds.MAX_FEED_BYTES + 1), FEED, FETCHED)


@pytest.mark.parametrize("author", [
    "a" * 200_000,                       # no @ at all
    "a@" + "a." * 100_000 + "!",        # dotted host that never ends in a TLD
    "<![CDATA[a@" + "a-" * 100_000 + "]]>",
])
@pytest.mark.parametrize("tag", ["author", "dc:creator", "managingEditor", "webMaster"])
def test_pathological_author_field_is_cut_before_feedparser_sees_it(author, tag):
    # Uncut, feedparser's e-mail regex takes ~20 s on 32 kB of this.
    body = rss(f"<item><title>x</title><link>https://x.example/a</link>"
               f"<{tag}>{author}</{tag}></item>")
    started = time.monotonic()
    parsed = parse_feed(body, FEED, FETCHED)
    assert time.monotonic() - started < 2.0
    assert len(parsed.entries) == 1


def test_person_field_cut_keeps_characters_and_references_whole():
    cut = cap_person_fields(b"<author>" + "é".encode() * 200 + b"</author>")
    assert cut[8:-9].decode("utf-8") == "é" * 128
    cut = cap_person_fields(b"<dc:creator>" + b"x" * 250 + b"&amp;&#233;tail" * 20 + b"</dc:creator>")
    assert cut.endswith(b"&amp;</dc:creator>")
    short = b"<author>jane@example.com (Jane)</author>"
    assert cap_person_fields(short) == short


def test_external_entities_open_no_file_and_no_socket():
    opened: list[tuple[str, str]] = []
    watching = True

    def hook(event: str, args: tuple) -> None:
        if watching and event in {"open", "socket.connect", "socket.getaddrinfo"}:
            opened.append((event, str(args[0])))

    sys.addaudithook(hook)  # cannot be removed; the flag turns it off
    body = (DATA / "feeds" / "external-entity.xml").read_bytes()
    try:
        parsed = parse_feed(body, FEED, FETCHED)
    finally:
        watching = False

    assert not [o for o in opened if "passwd" in o[1] or o[0].startswith("socket")]
    assert len(parsed.entries) == 1
    assert "root:" not in parsed.entries[0].title + parsed.title


def test_billion_laughs_is_bounded_in_time_and_size():
    body = (DATA / "feeds" / "billion-laughs.xml").read_bytes()
    started = time.monotonic()
    parsed = parse_feed(body, FEED, FETCHED)
    assert time.monotonic() - started < 5.0
    assert parsed.bozo is not None
    assert all(len(e.title) <= TITLE_MAX for e in parsed.entries)


@pytest.mark.parametrize(("raw", "plain"), [
    ("<p>Stocks <b>rally</b></p>", "Stocks rally"),
    ("AT&amp;T and S&amp;P", "AT&T and S&P"),
    ("&lt;b&gt;double&lt;/b&gt; escaped", "double escaped"),
    ("a<script>alert(1)</script>b<style>p{}</style>c", "a b c"),
    ("before<!-- hidden -->after", "before after"),
    ("zero\u200bwidth\ufeff and\x00control", "zerowidth and control"),
    ("  many \n\t spaces  ", "many spaces"),
    ("price < 5 and x > 3", "price < 5 and x > 3"),
    ("the S&P 500 <.SPX> fell", "the S&P 500 <.SPX> fell"),
    (None, ""),
])
def test_strip_markup(raw, plain):
    assert strip_markup(raw) == plain


def test_cap_cuts_at_a_word_and_marks_the_cut():
    assert cap("short", 10) == "short"
    assert cap("one two three four five", 16) == "one two three…"
    assert cap("one two three four five", 12) == "one two thr…"  # no word end near the cap
    assert len(cap("x" * 50, 10)) == 10
