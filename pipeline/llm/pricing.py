"""Cost of a call from the price table in config (USD per million tokens)."""

from __future__ import annotations

from collections.abc import Mapping

from ..config import ModelPrice


def cost_usd(prices: Mapping[str, ModelPrice], model: str, prompt_tokens: int,
             completion_tokens: int) -> float | None:
    """None when the model has no price in the table (unknown, not free)."""
    price = prices.get(model)
    if price is None:
        return None
    total = prompt_tokens * price.prompt + completion_tokens * price.completion
    return round(total / 1_000_000, 8)
