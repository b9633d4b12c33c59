"""Canonical URLs, content hashes and dedupe."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.contracts import NewsItem
from pipeline.ingest.dedupe import dedupe, site
from pipeline.ingest.normalize import canonical_url, content_hash, item_id

BODY = (
    "Small-cap stocks outperformed their larger peers on Friday, with the Russell 2000 "
    "climbing 2.1% as traders bet that easing borrowing costs would help smaller, more "
    "indebted companies. Regional banks and biotechnology names led the advance."
)

# Same topic words (small caps, Russell 2000, borrowing costs), another story.
OTHER_BODY = (
    "The Russell 2000 gave back early gains on Friday as small caps lagged once borrowing "
    "costs ticked up again; utilities and energy producers held the index near flat."
)


@pytest.mark.parametrize(("raw", "canonical"), [
    ("https://Example.COM/a/b", "https://example.com/a/b"),
    ("HTTPS://example.com/a/b/", "https://example.com/a/b"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/", "https://example.com/"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com:80/a", "https://example.com:80/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x",
     "https://example.com/a"),
    ("https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&cmpid=5&ref=6&ncid=7&taid=8",
     "https://example.com/a"),
    ("https://example.com/a?UTM_Source=x&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?b=2&a=1&utm_source=x", "https://example.com/a?a=1&b=2"),
    ("https://example.com/a?q=&x=1", "https://example.com/a?q=&x=1"),
    ("https://example.com/search?q=s%26p+500", "https://example.com/search?q=s%26p+500"),
    ("https://user:secret@example.com/a", "https://example.com/a"),
    ("  https://example.com/a  ", "https://example.com/a"),
    ("https://[2001:DB8::1]:443/a/", "https://[2001:db8::1]/a"),
    ("https://example.com/A/Case", "https://example.com/A/Case"),  # paths are case-sensitive
    ("https://example.com/a?reference=1", "https://example.com/a?reference=1"),
    ("not a url", "not a url"),
    ("https://example.com:99999/a", "https://example.com:99999/a"),  # bad port: left alone
])
def test_canonical_url(raw, canonical):
    assert canonical_url(raw) == canonical
    assert canonical_url(canonical) == canonical  # idempotent


def test_content_hash_ignores_case_whitespace_and_typography():
    a = content_hash("Stocks rally", "It\u2019s a  broad\nadvance \u2014 analysts say.")
    b = content_hash("STOCKS  RALLY", "it's a broad advance - analysts say.")
    assert a == b and len(a) == 64
    assert content_hash("Stocks rally", "Another story.") != a
    assert item_id(a) == a[:16]


def make_item(url: str, title: str = "Small caps rally", text: str = BODY, *,
              publisher: str = "Harbor Street Wire", hour: int | None = 21,
              has_content: bool = True, symbols: list[str] | None = None,
              feed_url: str | None = None) -> NewsItem:
    """An item; by default its feed is on the same site as its page."""
    digest = content_hash(title, text)
    return NewsItem(
        item_id=item_id(digest), title=title, url=canonical_url(url), urls=[canonical_url(url)],
        publisher=publisher, feed_url=feed_url or f"https://{canonical_url(url).split('/')[2]}/rss",
        published_at=None if hour is None else datetime(2026, 11, 20, hour, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 20, 22, tzinfo=UTC),
        text=text if has_content else "", has_content=has_content, content_hash=digest,
        symbols=symbols or ["IWM"],
    )


def test_tracking_params_collapse_to_one_item():
    items = [
        make_item("https://wire.example/2026/11/20/rally", hour=21),
        # Another feed links to the same page, with tracking parameters.
        make_item("https://WIRE.example/2026/11/20/rally/?utm_source=x#top", "Other title",
                  "Other text entirely", publisher="Ledger Markets", hour=20,
                  feed_url="https://ledger.example/rss"),
    ]
    merged, duplicates = dedupe(items)

    assert duplicates == 1 and len(merged) == 1
    # Cited as the publisher whose page it is, with the earliest time any copy gives.
    assert merged[0].publisher == "Harbor Street Wire" and merged[0].title == "Small caps rally"
    assert merged[0].published_at == datetime(2026, 11, 20, 20, tzinfo=UTC)


def test_syndicated_copy_with_identical_body_collapses():
    items = [
        make_item("https://wire.example/rally", publisher="Harbor Street Wire", hour=21,
                  symbols=["IWM"]),
        make_item("https://ledger.example/syndicated/rally", publisher="Ledger Markets",
                  hour=22, symbols=["IWM", "^RUT"]),
    ]
    merged, duplicates = dedupe(items)

    assert duplicates == 1
    [story] = merged
    assert story.urls == ["https://wire.example/rally", "https://ledger.example/syndicated/rally"]
    assert story.symbols == ["IWM", "^RUT"]
    assert story.publisher == "Harbor Street Wire"


def test_the_original_is_cited_whatever_the_feed_order():
    copy = make_item("https://ledger.example/partners/rally", publisher="Ledger Markets", hour=22)
    original = make_item("https://tape.example/rally", publisher="Tapewatch", hour=19)
    undated = make_item("https://other.example/rally", publisher="Other", hour=None)
    [story], _ = dedupe([undated, copy, original])
    assert story.publisher == "Tapewatch" and story.url == "https://tape.example/rally"
    assert story.urls == ["https://other.example/rally", "https://ledger.example/partners/rally",
                          "https://tape.example/rally"]
    # Same time: the first seen.
    a = make_item("https://a.example/1", publisher="A")
    b = make_item("https://b.example/1", publisher="B")
    assert dedupe([b, a])[0][0].publisher == "B"


def test_sites_compare_on_the_last_two_host_labels():
    assert site("https://wire.harborstreet.example/markets/rss.xml") == "harborstreet.example"
    assert site("https://harborstreet.example/a") == "harborstreet.example"
    assert site("not a url") == ""


def test_same_body_under_a_reworded_headline_collapses():
    items = [make_item("https://a.example/1", "Small caps rally"),
             make_item("https://b.example/2", "Small caps rally - Ledger Markets")]
    merged, duplicates = dedupe(items)
    assert duplicates == 1 and merged[0].title == "Small caps rally"


def test_different_stories_stay_separate():
    items = [
        make_item("https://a.example/1", "Small caps rally"),
        make_item("https://a.example/2", "Small caps rally", OTHER_BODY),
        make_item("https://a.example/3", "Dow slips", "Blue chips eased on Friday."),
        # Same headline, no text on either: hashes of title + summary differ by summary.
        make_item("https://a.example/4", "Market close", "", has_content=False),
        make_item("https://a.example/5", "Market close", "x", has_content=False),
    ]
    merged, duplicates = dedupe(items)
    assert duplicates == 0 and [i.url for i in merged] == [i.url for i in items]


def test_transitive_groups_and_first_seen_order():
    a = make_item("https://a.example/1", "Story A", "Body A " * 40)
    b = make_item("https://b.example/x", "Story B", "Body B " * 40)
    # c shares a's body and b's URL: all three are one story.
    c = make_item("https://b.example/x?utm_source=feed", "Story C", "Body A " * 40)
    d = make_item("https://d.example/1", "Story D", "Body D " * 40)
    merged, duplicates = dedupe([d, a, b, c])
    assert duplicates == 2
    assert [m.title for m in merged] == ["Story D", "Story A"]
    assert set(merged[1].urls) == {"https://a.example/1", "https://b.example/x"}


def test_text_is_borrowed_when_the_first_copy_has_none():
    first = make_item("https://a.example/1", has_content=False)
    second = make_item("https://a.example/1?utm_medium=x", publisher="Ledger Markets")
    [story], duplicates = dedupe([first, second])

    assert duplicates == 1
    assert story.has_content and story.text == BODY
    assert story.publisher == "Harbor Street Wire"
    assert story.content_hash == content_hash(story.title, BODY)
    assert story.item_id == story.content_hash[:16]


def test_dedupe_of_nothing():
    assert dedupe([]) == ([], 0)
