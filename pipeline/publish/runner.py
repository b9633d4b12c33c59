"""Publishing approved drafts: intent first, lookup before create, remote id kept, then `published`.

For each draft: refuse it unless it is approved; build the payload (sanitised
HTML, Markdown); commit an `intent` row; call the target, which looks the post
up by the draft's stable key before it creates one; retry a retryable failure
(5xx, 429, a dropped connection, a timeout) a bounded number of times, each
try starting with that lookup again; store the remote id and URL; move the
draft to `published`. A failure is stored with its error and whether a later
run may get past it, and the draft stays approved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import Field
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from ..contracts import Contract, Draft, DraftStatus
from ..errors import InvalidTransition, PublishError
from ..redact import installed
from ..store import Store
from ..store.publications import PublicationLog
from .base import PublishPayload, PublishResult, RemoteRef
from .payload import build_payload
from .targets import BuiltTarget

log = logging.getLogger(__name__)

ACTOR = "newsdesk publish"
BACKOFF_CAP = 30.0

OutcomeState = Literal["published", "failed", "would publish"]


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


def require_approved(draft: Draft) -> None:
    if draft.status != DraftStatus.APPROVED:
        raise InvalidTransition(
            f"draft {draft.draft_id} ({draft.key}) is {draft.status.value}: only approved drafts are "
            "published; a person approves it first (newsdesk review)")


class PublishRunner:
    def __init__(self, store: Store, built: BuiltTarget, publications: PublicationLog,
                 sleep: Callable[[float], None] = time.sleep, actor: str = ACTOR) -> None:
        self._store = store
        self._built = built
        self._log = publications
        self._sleep = sleep
        self._actor = actor

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
        payload = build_payload(draft, self._built.extra_tags)
        if dry_run:
            return self._outcome(payload, "would publish", note=f"{len(payload.html)} chars of HTML, "
                                 f"{len(payload.source_urls)} cited link(s), slug {payload.slug}")
        try:
            record = self._log.record_intent(self.target_name, draft.key, draft.draft_id, draft.version)
        except PublishError as exc:  # another process holds a fresh intent: leave its row alone
            return self._outcome(payload, "failed", error=str(exc), retryable=exc.retryable)
        known = (RemoteRef(remote_id=record.remote_id, remote_url=record.remote_url, detail=record.detail)
                 if record.remote_id else None)
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
                              result.detail)
        self._mark_published(draft, result)
        log.info("published %s to %s: %s %s", draft.key, self.target_name, result.action, result.remote_id)
        return self._outcome(payload, "published", tries, action=result.action, remote_id=result.remote_id,
                             remote_url=result.remote_url, note=result.note)

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
        self._log.record_failed(self.target_name, payload.key, error, exc.retryable)
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
