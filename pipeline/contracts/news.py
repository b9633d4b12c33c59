"""News items: what ingest hands to the writer, with provenance."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, Field

from .base import Contract


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
    bozo: str | None = Field(default=None, description="Feed parser problem, if any.")

    def mentions(self, symbol: str) -> bool:
        return symbol in self.symbols


class FeedReport(Contract):
    """What happened to one feed during an ingest."""

    feed_url: str
    publisher: str
    ok: bool
    entries: int = 0
    error: str | None = None
    bozo: str | None = None


class IngestResult(Contract):
    items: list[NewsItem]
    feeds: list[FeedReport]
    duplicates: int = 0
    started_at: datetime
    finished_at: datetime
