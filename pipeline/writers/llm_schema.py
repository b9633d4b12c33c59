"""What the model returns: words with fact slots, and choices by id. No numbers.

Prose fields hold `{fact_name}` / `{fact_name:signed}` slots that code fills from
the snapshot; key levels and setups are picked by number and direction from the
candidates in the prompt; citations are `[n]` into the numbered news items.
Scores, bias, threat level, tables, sources and the disclaimer are code's.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LevelPick(_Strict):
    level: int = Field(description="N of a candidate level `level_N` listed in the prompt.")
    note: str = Field(description="Why this level matters, one short phrase; slots, no typed digits.")


class FinalCallReasons(_Strict):
    short_term: str
    medium_term: str
    long_term: str


class ModelArticle(_Strict):
    headline: str = Field(description="Title case, figures only as slots: angle 1, with the angle named "
                                      "beside it.")
    dek: str = Field(description="One-sentence thesis: angle 1 and why it matters; no scores.")
    analysis: list[str] = Field(min_length=3, max_length=6, description=(
        "3-6 paragraphs: the session, peers, trend and structure, momentum, the calendar, the news "
        "with citations."))
    key_levels: list[LevelPick] = Field(max_length=8, description="The candidate levels that matter.")
    bull_case: list[str] = Field(min_length=1, max_length=4, description="Each on a level slot.")
    bear_case: list[str] = Field(min_length=1, max_length=4, description="Each on a level slot.")
    setups: list[Literal["long", "short"]] = Field(max_length=2,
                                                   description="Which offered setups to show.")
    cross_market: str = Field(description="Peers and gauges on the session.")
    final_call: FinalCallReasons = Field(description="Per horizon, the reading behind its given bias, "
                                         "in slots; short-term: the short-term reason's levels.")
    take: str = Field(description="2-4 sentences on the TAKE levels: the level that matters most, the "
                                  "view, the close that would prove it wrong, the setup's play; no scores.")

    def texts(self) -> list[tuple[str, str]]:
        """Every prose field as (section, text)."""
        parts = [("headline", self.headline), ("dek", self.dek)]
        parts += [("analysis", p) for p in self.analysis]
        parts += [("bull_case", p) for p in self.bull_case]
        parts += [("bear_case", p) for p in self.bear_case]
        parts += [("key_levels", p.note) for p in self.key_levels]
        parts += [("cross_market", self.cross_market), ("take", self.take)]
        reasons = self.final_call
        parts += [("final_call", r) for r in (reasons.short_term, reasons.medium_term, reasons.long_term)]
        return parts
