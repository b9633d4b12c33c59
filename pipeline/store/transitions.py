"""The draft status machine: which moves a reviewer (or the pipeline) may make.

Pure: no database. `Store.set_status` calls `check_transition` before writing.
"""

from __future__ import annotations

from ..contracts import Draft, DraftStatus
from ..errors import InvalidTransition

S = DraftStatus

TRANSITIONS: dict[DraftStatus, frozenset[DraftStatus]] = {
    S.DRAFT: frozenset({S.NEEDS_REVIEW, S.APPROVED, S.REJECTED}),
    S.NEEDS_REVIEW: frozenset({S.APPROVED, S.REJECTED, S.DRAFT}),
    S.APPROVED: frozenset({S.PUBLISHED, S.REJECTED, S.NEEDS_REVIEW}),
    S.REJECTED: frozenset({S.DRAFT, S.NEEDS_REVIEW}),
    # unpublish (back to approved), or an edit of the live article (the update
    # waits for review; the post stays as it was until it is published again)
    S.PUBLISHED: frozenset({S.APPROVED, S.NEEDS_REVIEW}),
}

# A rerun of the pipeline may replace a draft in these statuses, never the others.
REPLACEABLE: frozenset[DraftStatus] = frozenset({S.DRAFT, S.NEEDS_REVIEW})


def parse_status(value: str) -> DraftStatus:
    try:
        return DraftStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in DraftStatus)
        raise InvalidTransition(f"unknown status {value!r} (known: {known})") from None


def check_transition(draft: Draft, to: DraftStatus) -> None:
    """Raise InvalidTransition unless `draft` may move from its status to `to`."""
    current = draft.status
    if to not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current]))
        raise InvalidTransition(
            f"draft {draft.draft_id} cannot go from {current.value} to {to.value} "
            f"(from {current.value} it may go to: {allowed})"
        )
    if to == S.APPROVED and draft.errors:
        listed = "; ".join(f"{f.code}: {f.message}" for f in draft.errors)
        raise InvalidTransition(
            f"draft {draft.draft_id} cannot go from {current.value} to approved: "
            f"{len(draft.errors)} error finding(s) block approval ({listed})"
        )
