"""A story seen again, in a real SQLite file: what the new sighting adds is kept, and a
story is found by any URL it is known by (m009_news_urls)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from store_factories import CLOSE, make_news

from pipeline.contracts.news import FlaggedText, NewsItem, SeenAt
from pipeline.store import MIGRATIONS, migrate, open_store
from pipeline.store.schema import news_items, news_urls

HIDDEN = FlaggedText(vector="hidden-css", pattern="ignore-previous", snippet="Ignore previous notes")
FEED = FlaggedText(vector="feed", pattern="role-play", snippet="You are now the editor")


def copy_at(url: str, publisher: str = "Mirror Wire") -> SeenAt:
    return SeenAt(url=url, publisher=publisher, title="Fed holds",
                  feed_url="https://mirror.example/rss", published_at=CLOSE)


def with_(item: NewsItem, **update: object) -> NewsItem:
    return item.model_copy(update=update)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(f"sqlite:///{tmp_path}/newsdesk.db") as opened:
        yield opened


def rows(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def test_a_story_seen_again_keeps_the_union_of_flags_themes_and_copies(store) -> None:
    first = with_(make_news(title="Fed holds", url="https://a.example/fed"),
                  themes=["rates"], flags=["injection:hidden-css"], flagged=[HIDDEN],
                  also_at=[copy_at("https://mirror.example/fed")])
    store.upsert_news([first])
    later = CLOSE + timedelta(hours=1)
    again = with_(make_news(title="Fed holds", url="https://a.example/fed", fetched_at=later),
                  themes=["inflation", "rates"], flags=["injection:feed", "injection:hidden-css"],
                  flagged=[FEED, HIDDEN], also_at=[copy_at("https://mirror.example/fed"),
                                                   copy_at("https://syndic.example/fed", "Syndic")])
    assert store.upsert_news([again]).model_dump() == {"new": 0, "seen": 1}
    [item] = store.news_items()
    assert item.themes == ["rates", "inflation"]
    assert item.flags == ["injection:hidden-css", "injection:feed"]
    assert item.flagged == [HIDDEN, FEED]
    assert [c.url for c in item.also_at] == ["https://mirror.example/fed", "https://syndic.example/fed"]
    assert item.publishers == ["Example News", "Mirror Wire", "Syndic"]


def test_a_copy_seen_first_under_another_url_is_one_row(store) -> None:
    """Stored with a collapsed copy in `also_at`; that copy, seen alone later (other text, so
    another hash and id), is the same story: one row, its new flag kept."""
    store.upsert_news([with_(make_news(title="Fed holds", url="https://a.example/fed"),
                             also_at=[copy_at("https://mirror.example/fed")])])
    reposted = with_(make_news(title="Fed holds (reposted)", url="https://mirror.example/fed",
                               symbols=["QQQ"]), flags=["injection:comment"])
    assert store.upsert_news([reposted]).model_dump() == {"new": 0, "seen": 1}
    [item] = store.news_items()
    assert item.url == "https://a.example/fed" and item.title == "Fed holds"
    assert item.flags == ["injection:comment"] and item.symbols == ["SPY", "QQQ"]
    assert rows(store, news_items) == 1


def test_a_story_is_found_by_a_url_it_was_merged_under(store) -> None:
    """A story stored under A, then seen at B (merged), then seen at B only with other text."""
    store.upsert_news([make_news(title="Fed holds", url="https://a.example/fed")])
    store.upsert_news([make_news(title="Fed holds", url="https://b.example/fed")])
    store.upsert_news([with_(make_news(title="Fed holds, updated", url="https://b.example/fed"),
                             themes=["rates"])])
    [item] = store.news_items()
    assert item.urls == ["https://a.example/fed", "https://b.example/fed"] and item.themes == ["rates"]
    with store.engine.connect() as conn:
        owners = dict(conn.execute(select(news_urls.c.url, news_urls.c.item_id)).all())
    assert owners == {"https://a.example/fed": item.item_id, "https://b.example/fed": item.item_id}


def test_the_url_lookup_uses_the_index(store) -> None:
    with store.engine.connect() as conn:
        plan = conn.execute(text("EXPLAIN QUERY PLAN SELECT item_id FROM news_urls WHERE url IN "
                                 "('https://a.example/x', 'https://b.example/y')")).all()
    assert any("USING" in str(row[-1]) and "INDEX" in str(row[-1]) for row in plan), plan


def test_m009_fills_the_url_index_from_stored_payloads(tmp_path: Path) -> None:
    """A database stored before m009: its stories are found by their copies' URLs afterwards."""
    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    before = [m for m in MIGRATIONS if m.__name__ < "m009"]
    applied = MIGRATIONS[:]
    try:
        MIGRATIONS[:] = before
        migrate(engine)
    finally:
        MIGRATIONS[:] = applied
    story = with_(make_news(title="Fed holds", url="https://a.example/fed"),
                  urls=["https://a.example/fed", "https://a.example/fed-amp"],
                  also_at=[copy_at("https://mirror.example/fed")])
    with engine.begin() as conn:
        conn.execute(news_items.insert().values(
            item_id=story.item_id, url=story.url, content_hash=story.content_hash,
            publisher=story.publisher, published_at=story.published_at, first_seen_at=CLOSE,
            last_seen_at=CLOSE, payload=json.dumps(story.model_dump(mode="json"))))
    engine.dispose()
    with open_store(url) as store:
        with store.engine.connect() as conn:
            known = sorted(conn.scalars(select(news_urls.c.url)))
        assert known == ["https://a.example/fed", "https://a.example/fed-amp", "https://mirror.example/fed"]
        store.upsert_news([make_news(title="Fed holds, mirrored", url="https://mirror.example/fed")])
        assert rows(store, news_items) == 1
