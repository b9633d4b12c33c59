"""Collapse copies of one story into one NewsItem (pure).

Two items are the same story when they share any of:
- a canonical URL (tracking parameters, fragments, case of the host ignored);
- a content hash (normalised title + text, so a syndicated copy with the same
  headline and body under another URL);
- a body hash, when both have extracted text (MIN_TEXT_CHARS or more): the same
  article body under a reworded headline ("... - Reuters");
- near-duplicate bodies (similarity.near_duplicate_pairs: shingle overlap at
  or above NEAR_DUP_OVERLAP, found through MinHash buckets): a wire story
  syndicated with another headline and lead, or copied with small edits.
The relation is transitive (A~B and B~C put A, B and C together).

The merged item takes its title, URL, publisher, feed and summary from the
copy most likely to be the original, so that a citation names the publisher
whose page it links to:
1. copies whose URL is on their own feed's site (same last two host labels:
   wire.harborstreet.example and harborstreet.example match) are preferred over
   a feed linking to someone else's page;
2. among those, the earliest published (undated ones last);
3. ties go to the first seen, in input order (ingest's order: feeds as
   configured, then entries as listed).
Its published_at is the earliest any copy carries; `urls` lists every copy's
URLs in the order seen; `also_at` names every other copy (URL, publisher,
title, feed); `symbols`, `themes`, `flags` and `flagged` are unions (a flag
on any copy flags the story). When that copy has no text but
another does, the text is taken from the first copy seen that has it, and the
content hash and id are recomputed from the title and that text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from ..contracts import NewsItem
from ..contracts.news import SeenAt
from .normalize import body_hash, canonical_url, content_hash, item_id
from .similarity import near_duplicate_pairs


def dedupe(items: Sequence[NewsItem]) -> tuple[list[NewsItem], int]:
    """(one item per story in first-seen order, number of copies collapsed)."""
    groups = _group(items)
    merged = [_merge([items[i] for i in members]) for members in groups]
    return merged, len(items) - len(merged)


def story_keys(item: NewsItem) -> list[str]:
    """The keys under which two items count as the same story."""
    keys = [f"url:{canonical_url(u)}" for u in [item.url, *item.urls]]
    keys.append(f"hash:{item.content_hash}")
    if item.has_content and item.text:
        keys.append(f"body:{body_hash(item.text)}")
    return keys


def _group(items: Sequence[NewsItem]) -> list[list[int]]:
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(first: int, index: int) -> None:
        a, b = root(first), root(index)
        if a != b:
            parent[max(a, b)] = min(a, b)  # the earliest index stays the root

    owner: dict[str, int] = {}
    for index, item in enumerate(items):
        for key in story_keys(item):
            join(owner.setdefault(key, index), index)
    bodies = [item.text if item.has_content else "" for item in items]
    for a, b, _ in near_duplicate_pairs(bodies):
        join(a, b)
    groups: dict[int, list[int]] = {}
    for index in range(len(items)):
        groups.setdefault(root(index), []).append(index)
    return [groups[r] for r in sorted(groups)]


def _merge(copies: list[NewsItem]) -> NewsItem:
    if len(copies) == 1:
        return copies[0]
    first = original(copies)
    urls = list(dict.fromkeys(u for c in copies for u in [c.url, *c.urls]))
    symbols = list(dict.fromkeys(s for c in copies for s in c.symbols))
    dates = [c.published_at for c in copies if c.published_at is not None]
    update: dict[str, object] = {
        "urls": urls,
        "symbols": symbols,
        "published_at": min(dates) if dates else None,
        "themes": list(dict.fromkeys(t for c in copies for t in c.themes)),
        "also_at": _also_at(first, copies),
        "flags": sorted({f for c in copies for f in c.flags}),
        "flagged": list(dict.fromkeys(f for c in copies for f in c.flagged)),
    }
    if not first.has_content:
        donor = next((c for c in copies if c.has_content), None)
        if donor is not None:
            digest = content_hash(first.title, donor.text)
            update.update(text=donor.text, has_content=True, content_hash=digest,
                          item_id=item_id(digest))
    return first.model_copy(update=update)


def _also_at(first: NewsItem, copies: Sequence[NewsItem]) -> list[SeenAt]:
    seen = [*first.also_at]
    for copy in copies:
        if copy is not first:
            seen.append(SeenAt(url=copy.url, publisher=copy.publisher, title=copy.title,
                               feed_url=copy.feed_url, published_at=copy.published_at))
            seen.extend(copy.also_at)
    unique: dict[tuple[str, str], SeenAt] = {}
    for entry in seen:
        if entry.url != first.url:  # a repost of the cited URL is not another place
            unique.setdefault((entry.url, entry.publisher), entry)
    return list(unique.values())


def original(copies: Sequence[NewsItem]) -> NewsItem:
    """The copy to cite: on its own feed's site, earliest published, first seen."""
    own = [c for c in copies if site(c.url) == site(c.feed_url)] or list(copies)
    latest = datetime.max.replace(tzinfo=UTC)
    return min(own, key=lambda c: c.published_at or latest)  # min keeps the first of ties


def site(url: str) -> str:
    """The last two labels of the URL's host: an approximation of the registrable domain."""
    host = urlsplit(canonical_url(url)).hostname or ""
    return ".".join(host.split(".")[-2:])
