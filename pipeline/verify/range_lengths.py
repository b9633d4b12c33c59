"""A range's length fused to its noun ("the 22-session range", "the floor of the 40-session box"),
checked against the range's sessions.

The figure reader leaves "N-session" alone (most are a window's name: "the 20-session average"), so
these counts never reach the claim checks. A count fused to a range noun, in a sentence that prints
one of the range's edges to the cent ("the top of the 22-session range that starts at 2,421.62"), is
the range's length (`range_sessions`, or the prior range's when the edge printed is its own). A count
beside no edge of a range is a window the writer chose and is left alone, as is a sentence naming a
Bollinger band. A count of sessions written apart from its noun ("has spent 25 sessions between
$241.00 and $249.26") is a claim values.py reads.
"""

from __future__ import annotations

import re

from ..contracts import Finding
from .codes import finding
from .context import VerifyContext

_FUSED = re.compile(r"(?<![\w.,$-])(?P<count>\d{1,3})-(?:session|trading-day)\s+(?:trading\s+)?"
                    r"(?:range|box|band|channel|consolidation|rectangle|corridor)\b", re.IGNORECASE)


def prints_price(sentence: str, value: float) -> bool:
    """The sentence prints the price to the cent, with or without its thousands separator."""
    cents = f"{value:,.2f}"
    return cents in sentence or cents.replace(",", "") in sentence


def check_fused_range_lengths(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """Each "N-session range" whose sentence prints an edge of the article's range, against its length."""
    if "-session" not in sentence and "-trading-day" not in sentence or "Bollinger" in sentence:
        return []
    found: list[Finding] = []
    for match in _FUSED.finditer(sentence):
        for prefix in ("range", "prior_range"):
            sessions = ctx.fact(ctx.symbol, f"{prefix}_sessions")
            edges = [ctx.fact(ctx.symbol, f"{prefix}_{edge}") for edge in ("lower", "upper")]
            if sessions is None or not any(e is not None and isinstance(e.value, float | int)
                                           and prints_price(sentence, float(e.value)) for e in edges):
                continue
            if int(match.group("count")) != sessions.value:
                found.append(finding("value-mismatch", f"{match.group('count')} is not {ctx.symbol} "
                                     f"{prefix.replace('_', ' ')} sessions", section=section,
                                     span=match.group("count"), expected=sessions.printed(),
                                     source=f"{ctx.symbol} {prefix}_sessions"))
            break
    return found
