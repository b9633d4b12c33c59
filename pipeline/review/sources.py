"""The news behind a draft's sources, and the flags ingest put on them.

Isolated on purpose: `NewsItem.flags` (prompt-injection suspicions found at
ingest) arrives from another branch. Until it does, every source has no flags;
once it does, they show on the review page with no change here.
"""

from __future__ import annotations

import logging

from ..contracts import Draft, NewsItem
from ..run import news_window
from ..store import Store

log = logging.getLogger(__name__)


def item_flags(item: NewsItem) -> list[str]:
    flags = getattr(item, "flags", None)
    return [str(flag) for flag in flags] if flags else []


def source_flags(store: Store, draft: Draft, lookback_days: int) -> dict[str, list[str]]:
    """item_id -> flags for each of the draft's cited sources found in the store."""
    wanted = {source.item_id for source in draft.article.sources}
    if not wanted:
        return {}
    since, until = news_window(draft.article.session, lookback_days)
    found = store.news_items(since=since, until=until)
    flags = {item.item_id: item_flags(item) for item in found if item.item_id in wanted}
    missing = wanted - flags.keys()
    if missing:
        log.debug("draft %s: %d cited source(s) not in the store's window", draft.draft_id,
                  len(missing))
    return flags
