"""Scores computed from a snapshot, each keeping the components that made it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Contract


class Bias(StrEnum):
    BULLISH = "Bullish"
    NEUTRAL = "Neutral"
    BEARISH = "Bearish"


class RiskLabel(StrEnum):
    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"


class ScoreComponent(Contract):
    name: str
    value: float | None = Field(description="The input reading, e.g. RSI 58.3.")
    points: float = Field(description="What it added to the score.")
    max_points: float
    note: str


class SentimentPart(Contract):
    """Words of one story that the sentiment score counted, and what they count for stocks."""

    words: str = Field(description="The words read, lower-cased: 'yields jump'.")
    points: int = Field(description="+ good for stocks, - bad (2 for an intense word).")
    why: str = Field(description="The reading: 'a rise of yields: bad for stocks'.")
    story: str = Field(description="The headline of the story the words are from.")
    story_id: str = Field(default="", description="The story's item_id.")


class Scores(Contract):
    pulse: int = Field(ge=0, le=100)
    pulse_components: list[ScoreComponent]
    bias: Bias
    bias_reason: str
    threat_level: int = Field(ge=1, le=5)
    threat_components: list[ScoreComponent]
    risk: RiskLabel
    risk_reason: str
    sentiment_score: int | None = Field(default=None, ge=0, le=100)
    sentiment_label: str | None = None
    sentiment_parts: list[SentimentPart] = Field(
        default_factory=list, description="What the sentiment score counted (pipeline/sentiment.py).")
