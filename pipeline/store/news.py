"""News items in the store: one row per story, however many URLs reached it.

Every URL a story is known by (canonical, seen-at, collapsed copies in
`also_at`) is in `news_urls`, so a copy seen first under another URL finds its
story. Seeing a story again merges what the new sighting adds: URLs, symbols,
themes, collapsed copies, review flags and the flagged text.

Functions take a connection inside a transaction the caller (Store) opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, or_, select, update

from ..contracts import NewsItem
from ..contracts.news import FlaggedText, SeenAt
from .models import NewsUpsert
from .schema import as_utc, news_items, news_symbols, news_urls


def upsert(conn: Connection, items: Sequence[NewsItem]) -> NewsUpsert:
    """Store new stories; for known ones update last seen and merge what is new.

    A story is known when its item_id or content hash is stored, or any of its
    URLs (canonical, `urls`, `also_at`) is. Seen times are the items' `fetched_at`.
    """
    new = seen = 0
    for item in items:
        stored = _find(conn, item)
        if stored is None:
            _insert(conn, item)
            new += 1
        else:
            _merge(conn, stored, item)
            seen += 1
    return NewsUpsert(new=new, seen=seen)


def select_items(
    conn: Connection,
    symbol: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[NewsItem]:
    """Stories newest first, dated by published time (first seen when unknown).

    `since` is inclusive and `until` exclusive; both must be aware datetimes.
    `limit`/`offset` page through them (only the page's payloads are read).
    """
    dated = func.coalesce(news_items.c.published_at, news_items.c.first_seen_at)
    query = _window(select(news_items.c.payload), symbol, since, until).order_by(
        dated.desc(), news_items.c.item_id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [NewsItem.model_validate_json(payload) for payload in conn.scalars(query)]


def count_items(conn: Connection, symbol: str | None = None, since: datetime | None = None,
                until: datetime | None = None) -> int:
    query = _window(select(func.count()).select_from(news_items), symbol, since, until)
    return int(conn.scalar(query) or 0)


def _window(query: Select[Any], symbol: str | None, since: datetime | None,
            until: datetime | None) -> Select[Any]:
    dated = func.coalesce(news_items.c.published_at, news_items.c.first_seen_at)
    if symbol is not None:
        query = query.join(news_symbols, news_symbols.c.item_id == news_items.c.item_id)
        query = query.where(news_symbols.c.symbol == symbol)
    if since is not None:
        query = query.where(dated >= as_utc(since, "since"))
    if until is not None:
        query = query.where(dated < as_utc(until, "until"))
    return query


def items_by_id(conn: Connection, item_ids: Sequence[str]) -> dict[str, NewsItem]:
    """The stored stories with these ids (unknown ids are left out)."""
    if not item_ids:
        return {}
    query = select(news_items.c.item_id, news_items.c.payload).where(
        news_items.c.item_id.in_(sorted(set(item_ids))))
    return {row.item_id: NewsItem.model_validate_json(row.payload) for row in conn.execute(query)}


def _find(conn: Connection, item: NewsItem) -> Any:
    """The stored row for this story: by item_id first, then content hash, then any URL."""
    c = news_items.c
    by_url = select(news_urls.c.item_id).where(news_urls.c.url.in_(known_urls(item)))
    rows = conn.execute(
        select(c.item_id, c.url, c.content_hash, c.first_seen_at, c.last_seen_at, c.payload)
        .where(or_(c.item_id == item.item_id, c.content_hash == item.content_hash,
                   c.url == item.url, c.item_id.in_(by_url)))
        .with_for_update()
    ).all()
    # an item_id match wins, then a content hash match, then the canonical URL, then another URL
    return min(
        rows,
        key=lambda r: (r.item_id != item.item_id, r.content_hash != item.content_hash,
                       r.url != item.url, r.item_id),
        default=None,
    )


def known_urls(item: NewsItem) -> list[str]:
    """Every URL `item` is known by: canonical, the others it was seen at, its collapsed copies."""
    return _unique([item.url, *item.urls, *(copy.url for copy in item.also_at)])


def _insert(conn: Connection, item: NewsItem) -> None:
    fetched = as_utc(item.fetched_at, "fetched_at")
    conn.execute(
        insert(news_items).values(
            item_id=item.item_id,
            url=item.url,
            content_hash=item.content_hash,
            publisher=item.publisher,
            published_at=item.published_at,
            first_seen_at=fetched,
            last_seen_at=fetched,
            payload=item.model_dump_json(),
        )
    )
    _link_symbols(conn, item.item_id, item.symbols)
    _link_urls(conn, item.item_id, known_urls(item))


def merged(stored: NewsItem, item: NewsItem) -> NewsItem:
    """The stored story updated with a new sighting `item` (pure): unions, stored order first.

    The stored copy's title, text and main URL stay; URLs, symbols, themes, collapsed
    copies, flags and flagged text gain whatever `item` adds.
    """
    return stored.model_copy(update={
        "urls": _unique([*stored.urls, stored.url, *item.urls, item.url]),
        "symbols": _unique([*stored.symbols, *item.symbols]),
        "themes": _unique([*stored.themes, *item.themes]),
        "also_at": _first_of_each(stored.also_at, item.also_at, skip=stored.url),
        "flags": _unique([*stored.flags, *item.flags]),
        "flagged": _unique_flagged([*stored.flagged, *item.flagged]),
    })


def _merge(conn: Connection, row: Any, item: NewsItem) -> None:
    merged_item = merged(NewsItem.model_validate_json(row.payload), item)
    fetched = as_utc(item.fetched_at, "fetched_at")
    conn.execute(
        update(news_items)
        .where(news_items.c.item_id == row.item_id)
        .values(
            first_seen_at=min(row.first_seen_at, fetched),
            last_seen_at=max(row.last_seen_at, fetched),
            payload=merged_item.model_dump_json(),
        )
    )
    _link_symbols(conn, row.item_id, merged_item.symbols)
    _link_urls(conn, row.item_id, known_urls(merged_item))


def _link_urls(conn: Connection, item_id: str, urls: list[str]) -> None:
    """Record the URLs not yet known; a URL another story already holds stays with it."""
    taken = set(conn.scalars(select(news_urls.c.url).where(news_urls.c.url.in_(urls))))
    rows = [{"url": url, "item_id": item_id} for url in urls if url not in taken]
    if rows:
        conn.execute(insert(news_urls), rows)


def _link_symbols(conn: Connection, item_id: str, symbols: list[str]) -> None:
    conn.execute(delete(news_symbols).where(news_symbols.c.item_id == item_id))
    rows = [{"item_id": item_id, "symbol": s} for s in _unique(symbols)]
    if rows:
        conn.execute(insert(news_symbols), rows)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _first_of_each(*groups: list[SeenAt], skip: str) -> list[SeenAt]:
    """The copies of all `groups` once per URL, first sighting kept, none at URL `skip`."""
    found: dict[str, SeenAt] = {}
    for copy in (c for group in groups for c in group):
        if copy.url != skip:
            found.setdefault(copy.url, copy)
    return list(found.values())


def _unique_flagged(values: list[FlaggedText]) -> list[FlaggedText]:
    seen: dict[tuple[str, str, str, bool], FlaggedText] = {}
    for flagged in values:
        seen.setdefault((flagged.vector, flagged.pattern, flagged.snippet, flagged.removed), flagged)
    return list(seen.values())
