"""News items: what ingest hands to the writer, with provenance."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, Field

from .base import Contract

INJECTION_FLAG = "injection:"


class FlaggedText(Contract):
    """Instruction-like text found in a scraped story, kept for reviewers, never for the model."""

    vector: str = Field(description="Where it was: visible, hidden-css, comment, attribute, "
                                    "zero-width, feed.")
    pattern: str = Field(description="Name of the injection pattern that matched.")
    snippet: str = Field(description="The text, capped; invisible characters shown as escapes.")
    removed: bool = Field(default=True, description="Stripped from the item's text.")


class SeenAt(Contract):
    """Another copy of the same story: a syndicated repost, another feed's link."""

    url: str
    publisher: str
    title: str
    feed_url: str
    published_at: AwareDatetime | None = None


class NewsItem(Contract):
    """One story, possibly reached through several URLs (syndication, several feeds)."""

    item_id: str = Field(description="Stable id: first 16 hex chars of the content hash.")
    title: str
    url: str = Field(description="Canonical URL (tracking parameters removed).")
    urls: list[str] = Field(default_factory=list, description="Every URL this story was seen at.")
    publisher: str
    feed_url: str
    published_at: AwareDatetime | None = None
    fetched_at: AwareDatetime
    summary: str = ""
    text: str = Field(default="", description="Article text extracted from the page.")
    has_content: bool = Field(default=False, description="False when extraction found no body.")
    content_hash: str = Field(description="sha256 of the normalised title and text.")
    symbols: list[str] = Field(default_factory=list, description="Instruments the story is about.")
    themes: list[str] = Field(default_factory=list,
                              description="Configured macro themes and sectors the story is about.")
    bozo: str | None = Field(default=None, description="Feed parser problem, if any.")
    author: str = ""
    sitename: str = ""
    source_weight: float = Field(default=1.0, ge=0, description="The feed's configured weight.")
    also_at: list[SeenAt] = Field(default_factory=list,
                                  description="Other copies collapsed into this story by dedupe.")
    flags: list[str] = Field(default_factory=list,
                             description="Review flags, e.g. 'injection:hidden-css'.")
    flagged: list[FlaggedText] = Field(default_factory=list,
                                       description="The flagged text itself, for reviewers.")

    def mentions(self, symbol: str) -> bool:
        return symbol in self.symbols

    @property
    def injection_flags(self) -> list[str]:
        return [f for f in self.flags if f.startswith(INJECTION_FLAG)]

    @property
    def publishers(self) -> list[str]:
        """This copy's publisher and every collapsed copy's, in order, once each."""
        return list(dict.fromkeys([self.publisher, *(c.publisher for c in self.also_at)]))


class FeedReport(Contract):
    """What happened to one feed during an ingest."""

    feed_url: str
    publisher: str
    ok: bool
    entries: int = 0
    error: str | None = None
    bozo: str | None = None
    # live fetching: "unchanged" is a 304 (ok, nothing new); reason is FetchError's code
    status: Literal["ok", "unchanged", "failed"] = "ok"
    reason: str | None = Field(default=None, description="Failure code, e.g. blocked-address.")
    etag: str | None = Field(default=None, description="Validator for the next conditional GET.")
    last_modified: str | None = None


class PageCounts(Contract):
    """Article pages one ingest asked for: with text, without (extraction found none), failed."""

    ok: int = 0
    no_content: int = 0
    failed: int = 0
    reasons: dict[str, int] = Field(default_factory=dict, description="Failures by reason code.")


class IngestResult(Contract):
    items: list[NewsItem]
    feeds: list[FeedReport]
    duplicates: int = 0
    pages: PageCounts = Field(default_factory=PageCounts)
    started_at: datetime
    finished_at: datetime
