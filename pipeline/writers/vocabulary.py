"""The fixed tag vocabulary the writers choose situation tags from."""

SITUATION_TAGS = frozenset({
    "range-trading", "breakout-watch", "trend-following", "momentum", "overbought", "oversold",
    "fed-watch", "volatility", "relative-weakness", "relative-strength", "new-highs",
    "options-positioning", "market-bullish", "market-neutral", "market-bearish",
})


def situation_tag(tag: str) -> str:
    if tag not in SITUATION_TAGS:
        raise ValueError(f"tag {tag!r} is not in the vocabulary")
    return tag
