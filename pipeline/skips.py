"""Why an instrument was skipped: a short, stable code for each data-quality refusal.

The market stage refuses data with sentences (`market.quality.check_history`,
the CSV reader's line-level errors). The run keeps those sentences and adds a
code a user can filter on (`newsdesk skips --code gap`), matched here from the
sentence's wording. Every code is listed in `CODES` with what it means; a
refusal this module does not recognise is `data` (never dropped).
"""

from __future__ import annotations

import re

from .errors import DataError, ProviderError, QualityRefusal

CODES: dict[str, str] = {
    "stale-last-bar": "the newest bar is older than market.max_staleness_days",
    "missing-session": "no bar for the session asked for",
    "short-history": "fewer sessions than market.min_sessions",
    "gap": "sessions missing inside the last year (more than 6 calendar days between bars)",
    "stuck-quote": "the close equals the previous close while the day's range moved",
    "partial-bar": "zero volume on the session after sessions with volume (an intraday snapshot)",
    "scale-jump": "a close more than 5x (or under 1/5) the previous one",
    "split-gap": "a split-sized jump in the closes (unreported, or a reported split left unadjusted)",
    "nan": "a price or volume that is empty, NaN or not a number",
    "bad-row": "a non-positive price, high below low, or a repeated date",
    "no-data": "no bars file or no answer for the symbol",
    "provider": "the market-data provider answered with an error",
    "data": "another market-data refusal (see the message)",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern)) for code, pattern in (
        ("stale-last-bar", r"the last bar \(.*\) is \d+ days old"),
        ("missing-session", r"no bars? (?:on or before|for) \d{4}-\d\d-\d\d"),
        ("short-history", r"only \d+ sessions up to"),
        ("gap", r"calendar days between .* bars are missing"),
        ("stuck-quote", r"a stuck quote"),
        ("partial-bar", r"looks like an intraday snapshot"),
        ("scale-jump", r"a change of scale"),
        ("split-gap", r"split-sized gap|split the provider reported"),
        ("nan", r"is not a (?:non-negative )?number"),
        ("bad-row", r"is not a positive price|below low|two rows for"),
        ("no-data", r"no bars file|is empty|has a header but no rows"),
    ))


def classify(message: str) -> str:
    """The code for one refusal sentence; `data` when none matches."""
    for code, pattern in _PATTERNS:
        if pattern.search(message):
            return code
    return "data"


def refusal(messages: list[str]) -> QualityRefusal:
    """A QualityRefusal carrying each message with its code, the most telling first
    (in `CODES` order: a stale last bar explains a missing session, not the reverse)."""
    rank = {code: n for n, code in enumerate(CODES)}
    coded = [(classify(message), message) for message in messages]
    return QualityRefusal(sorted(coded, key=lambda pair: rank[pair[0]]))


def as_refusal(exc: DataError) -> QualityRefusal:
    """Any market-data error as a QualityRefusal (a provider error keeps the `provider` code)."""
    if isinstance(exc, QualityRefusal):
        return exc
    if isinstance(exc, ProviderError):
        return QualityRefusal([("provider", str(exc))])
    return refusal([str(exc)])
