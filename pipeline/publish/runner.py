"""Publishing approved drafts: intent first, lookup before create, remote id kept, then `published`.

For each draft: refuse it unless it is approved or already published (then the
post is updated, or the draft goes to one more target); build the payload
(sanitised HTML, Markdown); commit an `intent` row; call the target, which
looks the post up by the draft's stable key before it creates one; retry a
retryable failure (5xx, 429, a dropped connection, a timeout) a bounded number
of times, each try starting with that lookup again; store the remote id, URL
and the post's state on the target; move an approved draft to `published`. A
failure is stored with its error and whether a later run may get past it, and
the draft keeps its status.

Unpublishing takes the post on one target back to a draft (or deletes it) and
records the target's answer; when no target holds the draft any more, it
goes back to `approved`. `check` reads each post's state back from its target.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from ..contracts import Contract, Draft, DraftStatus
from ..errors import InvalidTransition, PublishError
from ..redact import installed
from ..render import view
from ..render.files import chart_file
from ..store import Store
from ..store.publications import PublicationLog, PublicationRecord
from .base import ChartImage, PublishPayload, PublishResult, RemoteRef
from .payload import build_payload, publish_slug
from .targets import BuiltTarget

log = logging.getLogger(__name__)

ACTOR = "newsdesk publish"
BACKOFF_CAP = 30.0

OutcomeState = Literal["published", "failed", "would publish"]
PUBLISHABLE = (DraftStatus.APPROVED, DraftStatus.PUBLISHED)


class PublishOutcome(Contract):
    draft_id: str
    key: str
    version: int
    target: str
    state: OutcomeState
    action: str | None = None
    remote_id: str | None = None
    remote_url: str | None = None
    note: str | None = None
    error: str | None = None
    retryable: bool | None = None
    attempts: int = Field(default=0, description="Tries in this run.")
    remote_state: str | None = None


class RemotePost(Contract):
    """One draft's post on one target, by the id the target gave it."""

    draft_id: str
    key: str
    target: str
    remote_id: str


class UnpublishOutcome(RemotePost):
    remote_state: str | None = None
    draft_status: str | None = None
    error: str | None = None


class RemoteCheck(RemotePost):
    before: str | None
    remote_state: str | None
    error: str | None = None


def require_approved(draft: Draft) -> None:
    """Refuse a draft that no person approved (an approved or published draft may go out)."""
    if draft.status not in PUBLISHABLE:
        raise InvalidTransition(
            f"draft {draft.draft_id} ({draft.key}) is {draft.status.value}: only approved drafts are "
            "published; a person approves it first (newsdesk review)")


class PublishRunner:
    def __init__(self, store: Store, built: BuiltTarget, publications: PublicationLog,
                 sleep: Callable[[float], None] = time.sleep, actor: str = ACTOR,
                 chart_dir: Path | None = None) -> None:
        self._store = store
        self._built = built
        self._log = publications
        self._sleep = sleep
        self._actor = actor
        self._chart_dir = chart_dir

    @property
    def target_name(self) -> str:
        return self._built.target.name

    def approved(self) -> list[Draft]:
        """Every approved draft, oldest session first."""
        found = self._store.list_drafts(status=DraftStatus.APPROVED)
        return [self._store.get_draft(s.draft_id) for s in sorted(found, key=lambda s: (s.session, s.key))]

    def publish_all(self, drafts: Sequence[Draft], dry_run: bool = False) -> list[PublishOutcome]:
        return [self.publish(d, dry_run) for d in drafts]

    def publish(self, draft: Draft, dry_run: bool = False) -> PublishOutcome:
        require_approved(draft)
        payload = build_payload(draft, self._built.extra_tags, self._built.body,
                                self._store.status_history(draft.draft_id), self._chart(draft))
        if dry_run:
            return self._outcome(payload, "would publish", note=f"{len(payload.html)} chars of HTML, "
                                 f"{len(payload.source_urls)} cited link(s), slug {payload.slug}")
        try:
            record = self._log.record_intent(self.target_name, draft.key, draft.draft_id, draft.version)
        except PublishError as exc:  # another process holds a fresh intent: leave its row alone
            return self._outcome(payload, "failed", error=str(exc), retryable=exc.retryable)
        known = _known(record)
        tries = 0

        def attempt() -> PublishResult:
            nonlocal tries
            tries += 1
            return self._built.target.publish(payload, known)

        try:
            result = self._retrying()(attempt)
        except PublishError as exc:
            return self._failed(payload, exc, tries)
        self._log.record_done(self.target_name, draft.key, result.remote_id, result.remote_url,
                              result.detail, result.remote_state, tries)
        if draft.status == DraftStatus.APPROVED:
            self._mark_published(draft, result)
        log.info("published %s to %s: %s %s", draft.key, self.target_name, result.action, result.remote_id)
        return self._outcome(payload, "published", tries, action=result.action, remote_id=result.remote_id,
                             remote_url=result.remote_url, note=result.note,
                             remote_state=result.remote_state)

    def unpublish(self, draft: Draft, delete: bool = False) -> UnpublishOutcome:
        """Take the draft's post on this target down (to a draft, or deleted with `delete`)."""
        record = self._log.get(self.target_name, draft.key)
        if record is None or record.remote_id is None or (record.state == "withdrawn" and not delete):
            raise InvalidTransition(f"draft {draft.draft_id} ({draft.key}) has no post on "
                                    f"{self.target_name} to unpublish")
        outcome = {"draft_id": draft.draft_id, "key": draft.key, "target": self.target_name,
                   "remote_id": record.remote_id}
        try:
            state = self._built.target.unpublish(draft.key, _remote(record), delete)
        except PublishError as exc:
            return UnpublishOutcome.model_validate({**outcome, "error": self.redact(str(exc))})
        self._log.record_withdrawn(self.target_name, draft.key, state)
        still = [r.target for r in self._log.for_draft(draft.draft_id) if r.state == "done"]
        status = draft.status
        if status == DraftStatus.PUBLISHED and not still:
            status = self._store.unpublish(draft.draft_id, self._actor,
                                           f"unpublished from {self.target_name}: {state}").status
        log.info("unpublished %s from %s: %s", draft.key, self.target_name, state)
        return UnpublishOutcome.model_validate({**outcome, "remote_state": state,
                                                "draft_status": status.value})

    def check(self, records: Sequence[PublicationRecord]) -> list[RemoteCheck]:
        """Read back the state of each of these posts on this target, and store it."""
        checks = []
        for r in records:
            if r.target != self.target_name or r.remote_id is None or r.state == "intent":
                continue
            base = {"draft_id": r.draft_id, "key": r.key, "target": r.target, "remote_id": r.remote_id,
                    "before": r.remote_state}
            try:
                state = self._built.target.remote_state(_remote(r))
            except PublishError as exc:
                checks.append(RemoteCheck.model_validate({**base, "remote_state": None,
                                                          "error": self.redact(str(exc))}))
                continue
            self._log.record_remote_state(r.target, r.key, state)
            checks.append(RemoteCheck.model_validate({**base, "remote_state": state}))
        return checks

    def _chart(self, draft: Draft) -> ChartImage | None:
        """The draft's chart PNG under `chart_dir` (output.dir), when it was drawn."""
        if self._chart_dir is None:
            return None
        path = chart_file(draft.article, self._chart_dir)
        try:
            data = path.read_bytes()
        except OSError:
            log.info("no chart for %s at %s: the post goes without one", draft.key, path)
            return None
        sha = hashlib.sha256(data).hexdigest()
        return ChartImage(path=str(path), sha256=sha, alt=view.chart_alt(draft.article),
                          filename=f"{publish_slug(draft.article, draft.writer)}-chart-{sha[:12]}.png")

    def _retrying(self) -> Retrying:
        return Retrying(
            stop=stop_after_attempt(self._built.max_attempts),
            wait=wait_exponential(multiplier=self._built.backoff, max=BACKOFF_CAP),
            retry=retry_if_exception(lambda e: isinstance(e, PublishError) and e.retryable),
            sleep=self._sleep, reraise=True,
            before_sleep=lambda state: log.info("publish try %d failed; retrying", state.attempt_number),
        )

    def _failed(self, payload: PublishPayload, exc: PublishError, tries: int) -> PublishOutcome:
        error = self.redact(str(exc))
        self._log.record_failed(self.target_name, payload.key, error, exc.retryable, tries)
        log.warning("publishing %s to %s failed: %s", payload.key, self.target_name, error)
        return self._outcome(payload, "failed", tries, error=error, retryable=exc.retryable)

    def _mark_published(self, draft: Draft, result: PublishResult) -> None:
        where = result.remote_url or result.remote_id
        self._store.set_status(draft.draft_id, DraftStatus.PUBLISHED, self._actor,
                               reason=f"{result.action} on {self.target_name}: {where}")

    def redact(self, text: str) -> str:
        """`text` with the target's secret (and any the process redacts) named, not shown."""
        return self._built.redactor.merged(installed()).text(text)

    def _outcome(self, payload: PublishPayload, state: OutcomeState, tries: int = 0,
                 **fields: object) -> PublishOutcome:
        return PublishOutcome.model_validate({
            "draft_id": payload.draft_id, "key": payload.key, "version": payload.version,
            "target": self.target_name, "state": state, "attempts": tries, **fields,
        })


def _known(record: PublicationRecord) -> RemoteRef | None:
    return _remote(record) if record.remote_id else None


def _remote(record: PublicationRecord) -> RemoteRef:
    """The post a record names; only called for records with a remote id."""
    return RemoteRef(remote_id=record.remote_id or "", remote_url=record.remote_url,
                     detail=record.detail, withdrawn=record.detail.get("withdrawn") == "1")
