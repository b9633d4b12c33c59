"""Drafts and what the verifier says of them."""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime, Field

from .article import Article
from .base import Contract
from .scores import Scores
from .snapshot import Snapshot


class Severity(StrEnum):
    ERROR = "error"  # blocks approval
    WARNING = "warning"
    INFO = "info"  # shown to the reviewer, never blocks: a figure the loaded data cannot check


class Finding(Contract):
    code: str = Field(description="Stable id of the check, e.g. 'level-wrong-side'.")
    severity: Severity
    message: str
    section: str | None = None
    span: str | None = Field(default=None, description="The quoted text the finding is about.")
    expected: str | None = None
    source: str | None = Field(default=None, description="Where the expected value came from.")


class DraftStatus(StrEnum):
    DRAFT = "draft"
    NEEDS_REVIEW = "needs_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    PUBLISHED = "published"


class Draft(Contract):
    draft_id: str
    key: str = Field(description="symbol:session:writer, unique in the store.")
    version: int = Field(ge=1)
    status: DraftStatus
    writer: str
    prompt_version: str | None = None
    article: Article
    snapshot: Snapshot
    scores: Scores
    findings: list[Finding] = Field(default_factory=list)
    content_hash: str
    edited_by: str | None = Field(
        default=None, description="The person whose edit made this version; None for the pipeline's.")
    created_at: AwareDatetime
    updated_at: AwareDatetime

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == Severity.ERROR]
