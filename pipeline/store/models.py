"""What the store hands back besides the contracts it keeps (NewsItem, Draft)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import AwareDatetime, Field

from ..contracts import Contract, Draft, DraftStatus


class NewsUpsert(Contract):
    new: int = Field(ge=0, description="Stories stored for the first time.")
    seen: int = Field(ge=0, description="Stories already stored: last seen and URLs updated.")


class SaveOutcome(Contract):
    """What `save_draft` did.

    created: a new key. updated: new content, stored as the next version.
    unchanged: same content hash, nothing written. kept: the stored draft is
    approved, rejected or published, or a person edited it, and a rerun never
    replaces it.
    """

    outcome: Literal["created", "updated", "unchanged", "kept"]
    draft_id: str
    version: int
    status: DraftStatus
    draft: Draft = Field(description="The draft as it is now stored.")


class DraftSummary(Contract):
    draft_id: str
    key: str
    symbol: str
    session: date
    status: DraftStatus
    version: int
    writer: str
    errors: int
    warnings: int
    updated_at: AwareDatetime
    headline: str
    bias: str
    pulse: int
    threat_level: int
    source_ids: list[str] = Field(default_factory=list,
                                  description="The news item ids the article cites.")


class DraftVersion(Contract):
    draft_id: str
    version: int
    content_hash: str
    created_at: AwareDatetime
    draft: Draft = Field(description="The draft as saved at this version.")


class StatusEvent(Contract):
    draft_id: str
    from_status: DraftStatus | None = Field(description="None when the draft was created.")
    to_status: DraftStatus
    actor: str
    reason: str | None
    at: AwareDatetime
    version: int | None = Field(default=None, description="The draft version the move was "
                                "made on; None for moves recorded before versions were kept.")


class RunStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    ABANDONED = "abandoned"
    """Its process died without finishing it; marked by the next command that opened the store."""


class RunRecord(Contract):
    run_id: str
    session: date
    started_at: AwareDatetime
    finished_at: AwareDatetime | None
    status: RunStatus
    summary: dict[str, Any]

    @property
    def seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class RunSkip(Contract):
    """One reason the data-quality gate refused an instrument in a run."""

    run_id: str
    session: date
    symbol: str
    code: str
    message: str


class StageTiming(Contract):
    run_id: str
    stage: str
    symbol: str | None
    seconds: float
    ok: bool
    error: str | None


class User(Contract):
    """A reviewer who may sign in to the review page."""

    name: str
    created_at: AwareDatetime


class LoginSession(Contract):
    """A signed-in browser: who, the form token its POSTs must carry, until when."""

    user: str
    csrf_token: str
    expires_at: AwareDatetime
