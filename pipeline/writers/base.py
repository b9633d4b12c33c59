"""What every writer receives and returns."""

from __future__ import annotations

from typing import Protocol

from pydantic import Field

from ..contracts import Article, Contract, NewsItem, Scores, Snapshot
from ..facts import FactSheet, build_fact_sheet
from ..stories import StoryDigest


class Brief(Contract):
    """Everything a writer may use. Numbers live only in the snapshot and scores."""

    snapshot: Snapshot
    scores: Scores
    news: list[NewsItem] = Field(default_factory=list, description="The selected stories, in citation order.")
    stories: list[StoryDigest] = Field(
        default_factory=list, description="What each news item reports (stories.digest), by item_id.")
    short_name: str
    aliases: list[str] = Field(default_factory=list, description="The instrument's configured aliases.")
    sectors: list[str] = Field(default_factory=list,
                               description="Its sector and theme words (InstrumentConfig.sectors).")
    index_name: str | None = None
    related_names: dict[str, str] = Field(default_factory=dict, description="symbol -> short name")
    tags: list[str] = Field(default_factory=list)
    desk: str
    byline: str
    ai_label: str
    include_setups: bool = True
    csv_source: str = Field(default="", description="writer.csv_source: who supplied the CSV bars.")


def article_sheet(brief: Brief) -> FactSheet:
    """The fact sheet a writer fills its slots from: plain date slots print in the article's one date
    style (facts.article_date_style), the levels table's ('last tested Nov 12')."""
    return build_fact_sheet(brief.snapshot, brief.scores, article_dates=True)


class Writer(Protocol):
    name: str
    prompt_version: str | None

    def write(self, brief: Brief) -> Article: ...
