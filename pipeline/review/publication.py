"""What the review page and `newsdesk review` say about a draft's publications.

Pure: it reads the draft's status and version, its `publications` rows (one per
target) and its status history, and words each target's state for a person:
what the target last said of the post (live, scheduled, draft on the CMS,
pending, private, trashed, deleted: never `live` for a post the CMS holds as
anything else), failed (with the error and whether a rerun may help), in
progress, an older version up while a newer one waits, or taken down by
`newsdesk unpublish`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..contracts import DraftStatus
from ..render.view import safe_url
from ..store import StatusEvent
from ..store.publications import PublicationRecord

S = DraftStatus


@dataclass(frozen=True)
class TargetLine:
    """One target's publication, worded."""

    target: str
    state: str                 # the stored state: intent, done or failed
    label: str                 # short: live, draft, trashed, failed, publishing, live (old version)
    remote_url: str | None
    href: str | None           # remote_url when it is a plain http(s) address, else None
    sent_version: int
    current_version: int
    versions: str              # "version 2 approved, version 1 live: publish to update"
    attempts: int
    error: str | None
    headline: str | None       # "approved, not published: <error>" for a failed publication
    rerun: str | None          # whether running `newsdesk publish` again may help


@dataclass(frozen=True)
class PublicationView:
    targets: list[TargetLine]
    unpublished: str | None    # the note shown after published -> approved

    @property
    def label(self) -> str:
        """The queue's column: every target's label, once each ("" when never published)."""
        return ", ".join(dict.fromkeys(t.label for t in self.targets))


def publication_view(status: DraftStatus, version: int, records: Iterable[PublicationRecord],
                     history: Sequence[StatusEvent] = ()) -> PublicationView:
    ordered = sorted(records, key=lambda r: r.target)
    lines = [target_line(status, version, r) for r in ordered]
    return PublicationView(lines, unpublished_note(status, history, ordered))


def target_line(status: DraftStatus, version: int, record: PublicationRecord) -> TargetLine:
    return TargetLine(
        target=record.target, state=record.state, label=_label(status, version, record),
        remote_url=record.remote_url,
        href=safe_url(record.remote_url) if record.remote_url else None,
        sent_version=record.version, current_version=version,
        versions=_versions(status, version, record), attempts=record.attempts,
        error=record.error, headline=_headline(status, record), rerun=_rerun(record),
    )


def unpublished_note(status: DraftStatus, history: Sequence[StatusEvent],
                     records: Sequence[PublicationRecord]) -> str | None:
    """After `newsdesk unpublish`: where the post went down and what it is now.

    Older stores moved a draft published -> approved without touching the post:
    for those the note says the remote post is still up.
    """
    withdrawn = [r for r in records if r.state == "withdrawn"]
    if withdrawn:
        return "; ".join(f"Unpublished from {r.target} {r.updated_at:%Y-%m-%d %H:%M} UTC: the post "
                         f"is {REMOTE_WORDS.get(r.remote_state or '', r.remote_state or 'gone')} there"
                         for r in withdrawn) + "."
    if status == S.PUBLISHED:
        return None
    moves = [e for e in history if e.from_status == S.PUBLISHED and e.to_status == S.APPROVED]
    if not moves:
        return None
    last = moves[-1]
    why = f" ({last.reason})" if last.reason else ""
    where = [r.remote_url for r in records if r.state == "done" and r.remote_url]
    still = f"; it is still at {', '.join(where)}" if where else ""
    return (f"Unpublished {last.at:%Y-%m-%d %H:%M} UTC by {last.actor}{why}: newsdesk marked "
            f"the draft approved again, the remote post was not deleted{still}.")


# What a target's own word for its post means to a reader (WordPress, Ghost, static, webhook).
REMOTE_WORDS = {
    "publish": "live", "published": "live", "future": "scheduled", "scheduled": "scheduled",
    "draft": "draft", "pending": "pending review", "private": "private", "trash": "trashed",
    "deleted": "deleted", "sent": "sent", "unpublished": "unpublished",
}


def remote_word(record: PublicationRecord) -> str:
    """The post's state on its target in a reader's words ("live" when never read back)."""
    if record.remote_state is None:
        return "live"
    return REMOTE_WORDS.get(record.remote_state, record.remote_state)


def _label(status: DraftStatus, version: int, record: PublicationRecord) -> str:
    if record.state == "failed":
        return "failed"
    if record.state == "intent":
        return "publishing"
    if record.state == "withdrawn":
        return f"unpublished ({remote_word(record)})"
    if record.remote_state is None and status != S.PUBLISHED and record.version >= version:
        return "unpublished"  # an older store's published -> approved, the post untouched
    word = remote_word(record)
    return f"{word} (old version)" if record.version < version else word


def _versions(status: DraftStatus, version: int, record: PublicationRecord) -> str:
    sent = record.version
    word = remote_word(record)
    if record.state == "withdrawn":
        return f"version {sent} taken down ({word}); publish to put it up again"
    if record.state == "done" and sent == version:
        return f"version {sent} {word}" if status == S.PUBLISHED else \
            f"version {sent} sent; draft now {_words(status)}"
    if record.state == "done":
        todo = "publish to update" if status == S.APPROVED else "approve it, then publish to update"
        return f"version {version} {_words(status)}, version {sent} {word}: {todo}"
    doing = "failed" if record.state == "failed" else "being sent"
    older = f"; draft now at version {version}" if sent != version else ""
    return f"version {sent} {doing}{older}"


def _headline(status: DraftStatus, record: PublicationRecord) -> str | None:
    if record.state != "failed":
        return None
    error = record.error or "no error was recorded"
    if status == S.APPROVED:
        return f"approved, not published: {error}"
    return f"{_words(status)}, not published: {error}"


def _rerun(record: PublicationRecord) -> str | None:
    if record.state == "intent":
        return ("a publish is under way or was interrupted; the next `newsdesk publish` looks "
                "the post up on the target before creating one")
    if record.state != "failed" or record.retryable is None:
        return None
    if record.retryable:
        return "a rerun may help (`newsdesk publish`): the target refused for now"
    return "a rerun will not help until the cause is fixed (settings, credentials or content)"


def _words(status: DraftStatus) -> str:
    return status.value.replace("_", " ")
