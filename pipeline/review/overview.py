"""The store reads behind the queue's extra columns and a draft's publication panel.

Shared by the web page and `newsdesk review`: per draft, how many cited sources
carry an ingest flag, and what each publish target holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..contracts import Draft
from ..store import DraftSummary, StatusEvent, Store
from ..store.publications import PublicationLog
from ..store.store import utc_now
from .publication import PublicationView, publication_view
from .sources import flagged_counts


@dataclass(frozen=True)
class QueueExtras:
    flagged: dict[str, int]        # draft_id -> cited sources carrying a flag
    published: dict[str, str]      # draft_id -> "live", "failed", ... ("" when never sent)


def publications(store: Store) -> PublicationLog:
    return PublicationLog(store.engine, utc_now)  # the clock is only used by writes


def queue_extras(store: Store, summaries: Sequence[DraftSummary]) -> QueueExtras:
    """For a page of rows: one news read and one publications read in all, no draft read."""
    records = publications(store).for_drafts(s.draft_id for s in summaries)
    published = {s.draft_id: publication_view(s.status, s.version,
                                              records.get(s.draft_id, [])).label
                 for s in summaries}
    cited = {s.draft_id: s.source_ids for s in summaries}
    return QueueExtras(flagged_counts(store, cited), published)


def draft_publication(store: Store, draft: Draft, history: Sequence[StatusEvent]) -> PublicationView:
    records = publications(store).for_draft(draft.draft_id)
    return publication_view(draft.status, draft.version, records, history)
