"""The news behind a draft's sources: the flags ingest put on them and their other copies.

Ingest marks a story whose page held instruction-like text (`NewsItem.flags`,
with the text itself in `flagged`: where it was, which pattern matched, a
capped snippet) and folds syndicated copies into `also_at`. A reviewer sees
both next to each cited source, and the queue counts the flagged ones.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..contracts import Draft, FlaggedText, NewsItem, SeenAt
from ..render.view import safe_url
from ..store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OtherCopy:
    publisher: str
    title: str
    url: str
    href: str | None           # the URL when it is a plain http(s) address, else None


@dataclass(frozen=True)
class SourceNotes:
    """What the store knows about one cited story beyond the draft's own citation."""

    flags: list[str] = field(default_factory=list)
    flagged: list[FlaggedText] = field(default_factory=list)
    also_at: list[OtherCopy] = field(default_factory=list)

    @property
    def suspicious(self) -> bool:
        return bool(self.flags or self.flagged)


def other_copy(seen: SeenAt) -> OtherCopy:
    return OtherCopy(seen.publisher, seen.title, seen.url, safe_url(seen.url))


def notes_for(item: NewsItem) -> SourceNotes:
    return SourceNotes(list(item.flags), list(item.flagged),
                       [other_copy(seen) for seen in item.also_at])


def source_notes(store: Store, draft: Draft) -> dict[str, SourceNotes]:
    """item_id -> notes for each of the draft's cited sources found in the store."""
    wanted = [source.item_id for source in draft.article.sources]
    found = store.news_by_id(wanted)
    missing = set(wanted) - found.keys()
    if missing:
        log.debug("draft %s: %d cited source(s) not in the store", draft.draft_id, len(missing))
    return {item_id: notes_for(item) for item_id, item in found.items()}


def flagged_count(draft: Draft, notes: Mapping[str, SourceNotes]) -> int:
    """How many of the draft's cited sources carry a flag."""
    return sum(1 for s in draft.article.sources if s.item_id in notes and notes[s.item_id].suspicious)


def flagged_counts(store: Store, cited: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """draft_id -> how many of its cited news item ids carry a flag, with one news read."""
    wanted = sorted({item_id for ids in cited.values() for item_id in ids})
    suspicious = {item_id for item_id, item in store.news_by_id(wanted).items()
                  if notes_for(item).suspicious}
    return {draft_id: sum(1 for item_id in ids if item_id in suspicious)
            for draft_id, ids in cited.items()}
