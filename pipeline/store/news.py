"""News items in the store: one row per story, however many URLs reached it.

Functions take a connection inside a transaction the caller (Store) opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from ..contracts import NewsItem
from .models import NewsUpsert
from .schema import as_utc, news_items, news_symbols


def upsert(conn: Connection, items: Sequence[NewsItem]) -> NewsUpsert:
    """Store new stories; for known ones update last seen, URLs and symbols.

    A story is known when its item_id, canonical URL or content hash is stored.
    Seen times are the items' `fetched_at`.
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
) -> list[NewsItem]:
    """Stories newest first, dated by published time (first seen when unknown).

    `since` is inclusive and `until` exclusive; both must be aware datetimes.
    """
    dated = func.coalesce(news_items.c.published_at, news_items.c.first_seen_at)
    query = select(news_items.c.payload).order_by(dated.desc(), news_items.c.item_id)
    if symbol is not None:
        query = query.join(news_symbols, news_symbols.c.item_id == news_items.c.item_id)
        query = query.where(news_symbols.c.symbol == symbol)
    if since is not None:
        query = query.where(dated >= as_utc(since, "since"))
    if until is not None:
        query = query.where(dated < as_utc(until, "until"))
    return [NewsItem.model_validate_json(payload) for payload in conn.scalars(query)]


def _find(conn: Connection, item: NewsItem) -> Any:
    """The stored row for this story: by item_id first, then content hash, then URL."""
    c = news_items.c
    rows = conn.execute(
        select(c.item_id, c.url, c.content_hash, c.first_seen_at, c.last_seen_at, c.payload)
        .where(or_(c.item_id == item.item_id, c.content_hash == item.content_hash,
                   c.url == item.url))
        .with_for_update()
    ).all()
    # an item_id match wins, then a content hash match, then a URL match
    return min(
        rows,
        key=lambda r: (r.item_id != item.item_id, r.content_hash != item.content_hash),
        default=None,
    )


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


def _merge(conn: Connection, row: Any, item: NewsItem) -> None:
    stored = NewsItem.model_validate_json(row.payload)
    merged = stored.model_copy(
        update={
            "urls": _unique([*stored.urls, stored.url, *item.urls, item.url]),
            "symbols": _unique([*stored.symbols, *item.symbols]),
        }
    )
    fetched = as_utc(item.fetched_at, "fetched_at")
    conn.execute(
        update(news_items)
        .where(news_items.c.item_id == row.item_id)
        .values(
            first_seen_at=min(row.first_seen_at, fetched),
            last_seen_at=max(row.last_seen_at, fetched),
            payload=merged.model_dump_json(),
        )
    )
    _link_symbols(conn, row.item_id, merged.symbols)


def _link_symbols(conn: Connection, item_id: str, symbols: list[str]) -> None:
    conn.execute(delete(news_symbols).where(news_symbols.c.item_id == item_id))
    rows = [{"item_id": item_id, "symbol": s} for s in _unique(symbols)]
    if rows:
        conn.execute(insert(news_symbols), rows)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
