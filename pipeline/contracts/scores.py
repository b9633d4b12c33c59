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
