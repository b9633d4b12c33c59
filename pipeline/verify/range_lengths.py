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
from ..facts import Fact
from .codes import finding
from .context import VerifyContext

_FUSED = re.compile(r"(?<![\w.,$-])(?P<count>\d{1,3})-(?:session|trading-day)\s+(?:trading\s+)?"
                    r"(?:range|box|band|channel|consolidation|rectangle|corridor)\b", re.IGNORECASE)


def prints_price(sentence: str, value: float) -> bool:
    """The sentence prints the price to the cent, with or without its thousands separator."""
    cents = f"{value:,.2f}"
    return cents in sentence or cents.replace(",", "") in sentence


def range_miscounted(sentence: str, ctx: VerifyContext, subject: str, count: float,
                     both: bool) -> tuple[str, Fact] | None:
    """The range whose length a count of sessions gives, when the count is not that length: the range
    (or the prior range, the one a breakout or breakdown ended) whose edges the sentence prints, both of
    them when `both`, else at least one. An edge at the close is no evidence (after a breakdown the
    current window's low is the close itself). None when the count is either range's length or the
    sentence prints neither's edges."""
    close = ctx.fact(subject, "close")
    lengths = {prefix: ctx.fact(subject, f"{prefix}_sessions") for prefix in _PREFIXES}
    if any(f is not None and f.value == count for f in lengths.values()):
        return None
    best: tuple[int, str] | None = None
    for prefix in _PREFIXES:
        edges = [fact.value for edge in ("lower", "upper")
                 if (fact := ctx.fact(subject, f"{prefix}_{edge}")) is not None
                 and isinstance(fact.value, float | int)]
        if lengths[prefix] is None or len(edges) < 2:
            continue
        shown = len([e for e in edges if not (close is not None and e == close.value)
                     and prints_price(sentence, float(e))])
        if shown == 2 or shown and not both:
            best = max(best or (0, prefix), (shown, prefix))
    if best is None:
        return None
    fact = lengths[best[1]]
    return (f"{best[1]}_sessions", fact) if fact is not None else None


_PREFIXES = ("range", "prior_range")


def check_fused_range_lengths(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """Each "N-session range" whose sentence prints an edge of the article's range, against its length."""
    if "-session" not in sentence and "-trading-day" not in sentence or "Bollinger" in sentence:
        return []
    found: list[Finding] = []
    for match in _FUSED.finditer(sentence):
        wrong = range_miscounted(sentence, ctx, ctx.symbol, int(match.group("count")), both=False)
        if wrong is not None:
            name, fact = wrong
            found.append(finding("value-mismatch", f"{match.group('count')} is not {ctx.symbol} "
                                 f"{name.replace('_', ' ')}", section=section, span=match.group("count"),
                                 expected=fact.printed(), source=f"{ctx.symbol} {name}"))
    return found


_WINDOW_NAMED = re.compile(r"(?<![\w.,$-])(?P<count>\d{1,3})-(?:session|trading-day|day)\s+(?:trading\s+)?"
                           r"(?:range|box|channel|consolidation|rectangle|corridor)\b", re.IGNORECASE)
"""A range named by its count of sessions, days included ("the 20-day range")."""


def other_window_width(sentence: str, end: int, ctx: VerifyContext, subject: str) -> str | None:
    """Why a width read as the range's ("The 20-session range ... is 6.50% wide") is not checked: the
    last range its sentence names before the figure has a count that is neither the range's length
    nor the prior range's, so it is a window the writer chose, whose width no fact holds. None when
    the count is the range's own or no count is printed."""
    counts = [int(m.group("count")) for m in _WINDOW_NAMED.finditer(sentence, 0, end)]
    lengths = [f.value for prefix in _PREFIXES if (f := ctx.fact(subject, f"{prefix}_sessions")) is not None]
    if not counts or counts[-1] in lengths:
        return None
    return f"it is the width of a {counts[-1]}-session window, and only the range's is computed"
