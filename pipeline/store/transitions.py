"""The draft status machine: which moves a reviewer (or the pipeline) may make.

Pure: no database. `Store.set_status` calls `check_transition` before writing.
"""

from __future__ import annotations

from ..contracts import Draft, DraftStatus
from ..errors import InvalidTransition
from ..ids import short_id

S = DraftStatus

TRANSITIONS: dict[DraftStatus, frozenset[DraftStatus]] = {
    S.DRAFT: frozenset({S.NEEDS_REVIEW, S.APPROVED, S.REJECTED}),
    S.NEEDS_REVIEW: frozenset({S.APPROVED, S.REJECTED, S.DRAFT}),
    S.APPROVED: frozenset({S.PUBLISHED, S.REJECTED, S.NEEDS_REVIEW}),
    S.REJECTED: frozenset({S.DRAFT, S.NEEDS_REVIEW}),
    # unpublish (back to approved, by `newsdesk unpublish` only), or an edit of the
    # live article (the update waits for review; the post stays as it was until it
    # is published again)
    S.PUBLISHED: frozenset({S.APPROVED, S.NEEDS_REVIEW}),
}

# Moves only the publisher makes: a person "approving" a published draft would
# otherwise mark it unpublished while its post stays up.
PUBLISHER_ONLY: frozenset[tuple[DraftStatus, DraftStatus]] = frozenset({(S.PUBLISHED, S.APPROVED)})

# A rerun of the pipeline may replace a draft in these statuses, never the others.
REPLACEABLE: frozenset[DraftStatus] = frozenset({S.DRAFT, S.NEEDS_REVIEW})


def parse_status(value: str) -> DraftStatus:
    try:
        return DraftStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in DraftStatus)
        raise InvalidTransition(f"unknown status {value!r} (known: {known})") from None


def check_transition(draft: Draft, to: DraftStatus, publisher: bool = False) -> None:
    """Raise InvalidTransition unless `draft` may move from its status to `to`.

    `publisher` is True for the publish/unpublish code, the only one allowed the
    PUBLISHER_ONLY moves.
    """
    current = draft.status
    if (current, to) in PUBLISHER_ONLY and not publisher:
        short = short_id(draft.draft_id)
        raise InvalidTransition(
            f"draft {short} is published: approving it again changes nothing; "
            f"`newsdesk publish {short}` updates the post, `newsdesk unpublish {short}` takes "
            "it down")
    if to not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in person_moves(current)))
        raise InvalidTransition(
            f"draft {short_id(draft.draft_id)} cannot go from {current.value} to {to.value} "
            f"(from {current.value} it may go to: {allowed})"
        )
    if to == S.APPROVED and draft.errors:
        listed = "; ".join(f"{f.code}: {f.message}" for f in draft.errors)
        raise InvalidTransition(
            f"draft {short_id(draft.draft_id)} cannot go from {current.value} to approved: "
            f"{len(draft.errors)} error finding(s) block approval ({listed})"
        )


def person_moves(status: DraftStatus) -> frozenset[DraftStatus]:
    """Where a reviewer may move a draft in `status` (what the review page offers)."""
    return frozenset(to for to in TRANSITIONS[status] if (status, to) not in PUBLISHER_ONLY)
