"""One page of the review queue: which statuses it holds, where it starts, how many there are.

Shared by `newsdesk review`, `newsdesk drafts` and the web queue. Rows come from the
summary columns the store keeps beside each draft, so a page costs the same with
100 drafts or 100,000.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..contracts import DraftStatus

if TYPE_CHECKING:  # the CLI reads the limits below without loading the store
    from ..store import DraftSummary, Store

WAITING: tuple[DraftStatus, ...] = (DraftStatus.DRAFT, DraftStatus.NEEDS_REVIEW)
"""What the queue shows by default: drafts a person still has to decide on."""
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000


@dataclass(frozen=True)
class QueuePage:
    rows: list[DraftSummary]
    total: int
    offset: int
    limit: int
    statuses: tuple[DraftStatus, ...] | None  # None: every status

    @property
    def first(self) -> int:
        """1-based position of the first row shown (0 when the page is empty)."""
        return self.offset + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.rows)

    @property
    def next_offset(self) -> int | None:
        return self.last if self.last < self.total else None

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    def describe(self) -> str:
        """'drafts 1-50 of 1234 (draft, needs_review)'."""
        which = ", ".join(s.value for s in self.statuses) if self.statuses else "every status"
        if not self.rows:
            return (f"no drafts at offset {self.offset} of {self.total} ({which})" if self.total
                    else f"no drafts ({which})")
        return f"drafts {self.first}-{self.last} of {self.total} ({which})"

    def as_json(self) -> dict[str, object]:
        return {"total": self.total, "offset": self.offset, "limit": self.limit,
                "statuses": [s.value for s in self.statuses] if self.statuses else None,
                "next_offset": self.next_offset}


def queue_page(store: Store, statuses: Collection[DraftStatus] | None, *,
               session: date | None = None, symbol: str | None = None,
               limit: int = DEFAULT_LIMIT, offset: int = 0) -> QueuePage:
    ordered = tuple(s for s in DraftStatus if statuses is None or s in statuses) or None
    rows = store.list_drafts(session=session, status=ordered, symbol=symbol, limit=limit,
                             offset=offset)
    total = store.count_drafts(session=session, status=ordered, symbol=symbol)
    return QueuePage(rows, total, offset, limit, ordered if statuses is not None else None)
