"""Why an instrument was skipped: the one list of reason codes, and the coded reasons.

The market stage says what it means. Each data-quality check returns
`QualityIssue(code, message)`; the CSV readers and the providers raise a
`DataError` whose `code` is one of `SkipCode`. The run turns any of them into
the (code, message) pairs it stores in `run_skips` (`newsdesk skips --code gap`).
`CODES` (code -> meaning) is what the CLI and the README table show; a test
keeps the README in step with it.

`data` is the fallback for a `DataError` raised without a code: it is still
recorded (never dropped) and logged as a warning, so a raiser that forgot its
code shows up in the log instead of silently filing everything under `data`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # errors.py imports this module; the annotation needs no import at run time
    from .errors import DataError

log = logging.getLogger(__name__)


class SkipCode(StrEnum):
    """A stable name for one reason to refuse market data (stored, filtered on, documented)."""

    STALE_LAST_BAR = "stale-last-bar"
    MISSING_SESSION = "missing-session"
    SHORT_HISTORY = "short-history"
    GAP = "gap"
    STUCK_QUOTE = "stuck-quote"
    PARTIAL_BAR = "partial-bar"
    SCALE_JUMP = "scale-jump"
    SPLIT_GAP = "split-gap"
    SOURCE_MISMATCH = "source-mismatch"
    OFFICIAL_MISMATCH = "official-mismatch"
    ETF_INDEX_MISMATCH = "etf-index-mismatch"
    NAN = "nan"
    BAD_ROW = "bad-row"
    BAD_FILE = "bad-file"
    NO_DATA = "no-data"
    UNMAPPED_SYMBOL = "unmapped-symbol"
    RATE_LIMITED = "rate-limited"
    PROVIDER = "provider"
    DATA = "data"


MEANINGS: dict[SkipCode, str] = {
    SkipCode.STALE_LAST_BAR: "the newest bar is older than market.max_staleness_days",
    SkipCode.MISSING_SESSION: "no bar for the session asked for",
    SkipCode.SHORT_HISTORY: "fewer sessions than market.min_sessions",
    SkipCode.GAP: "bars missing in the last year (more than 6 calendar days between sessions)",
    SkipCode.STUCK_QUOTE: "the close equals the previous close while the day's range moved",
    SkipCode.PARTIAL_BAR: "zero volume after 20 sessions with volume: an intraday snapshot",
    SkipCode.SCALE_JUMP: "a close more than 5x (or under 1/5) the previous one",
    SkipCode.SPLIT_GAP: "a split-sized jump: unreported, or a reported split left unadjusted",
    SkipCode.SOURCE_MISMATCH: "the session's close disagrees with a second configured source beyond "
                              "market.source_tolerance_pct",
    SkipCode.OFFICIAL_MISMATCH: "the session's close disagrees with the official series "
                                "(market.official) beyond market.official_tolerance_pct",
    SkipCode.ETF_INDEX_MISMATCH: "an ETF's day move and its index's differ beyond their recent "
                                 "tracking (dividends added back on ex-dividend days)",
    SkipCode.NAN: "a price or volume that is empty, NaN or not a number (the file is refused)",
    SkipCode.BAD_ROW: "a non-positive price, high below low, a date not understood, or a repeated row",
    SkipCode.BAD_FILE: "a bars or options file that cannot be read, lacks a needed column, or is "
                       "larger than market.max_file_mb (default 20)",
    SkipCode.NO_DATA: "no bars (or options chain) for the symbol: no file, an empty one, or none "
                      "for the session",
    SkipCode.UNMAPPED_SYMBOL: "the provider has no ticker for the symbol "
                              "(set market.<provider>.symbols)",
    SkipCode.RATE_LIMITED: "the provider rate-limited the request (HTTP 429) longer than "
                           "market.<provider>.retry_after_cap",
    SkipCode.PROVIDER: "the market-data provider answered with an error",
    SkipCode.DATA: "a market-data refusal raised without a code (logged; the message says what)",
}
"""What each code means, in `SkipCode` order: the most telling reason first (a stale
last bar explains a missing session, not the reverse)."""

CODES: dict[str, str] = {code.value: MEANINGS[code] for code in SkipCode}
"""code -> meaning, for the CLI's `--code` choices and help."""


class QualityIssue(NamedTuple):
    """One reason to refuse an instrument's data: a `SkipCode` and a sentence naming the data."""

    code: SkipCode
    message: str


def ranked(issues: Iterable[QualityIssue]) -> list[QualityIssue]:
    """The issues, the most telling code first (stable within a code)."""
    order = {code: n for n, code in enumerate(SkipCode)}
    return sorted(issues, key=lambda issue: order[issue.code])


def skip_reasons(error: DataError) -> list[QualityIssue]:
    """The coded reasons a market-data error stands for; `data` (and a warning) when it has no code."""
    if error.reasons:
        return list(error.reasons)
    log.warning("market-data refusal raised without a code, recorded as %r: %s", SkipCode.DATA.value,
                error)
    return [QualityIssue(SkipCode.DATA, str(error))]
