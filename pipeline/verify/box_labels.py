"""The measure a "by the numbers" line names after its figure.

A box of figures puts each figure first and its label after a colon or a dash: "**$686.00**: SPY's
close", "**113.8M**: shares of SPY traded", "16.70 -- the VIX, up 6.02%", "55.1 -- its 14-day RSI",
"**0.97%**: SPY's distance below its record close", "**44**: sessions since the 50-day crossed above
the 200-day". Prose names a figure before it ("closed at $686.00"); here the label comes after, so the
naming patterns that read the words before a figure see none. This module reads the label's head (up
to its first comma or bracket) and says which fact it names, and which instrument when it names one.

Only a figure that opens its line and matched no fact is asked (values._unexplained): a wrong one is
held to the fact its label names (`value-mismatch`) instead of `number-untraced`, and a right one is
never read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import Claim

_OPENS_LINE = re.compile(r"^[\s*_#>\-\u2022\u00b7]*(?:\d{1,2}[.)]\s+)?[*_]*[+\-\u2212]?(?:US)?\$?$")
"""What may stand before a box line's figure: nothing, a bullet, bold or a sign ("- **$686.00**")."""
_SEPARATOR = re.compile(r"[*_]*\s*(?::(?!\d)|\s(?:--|\u2014|\u2013|-)|--|\u2014)\s*(?P<label>[^\n]+)")
"""The colon or dash between a box line's figure and its label ("**16.50**: where", "55.1 -- its",
"2,465.79 \u2014 Russell 2000 close"); not a clock time's colon ("16:00 Closing bell")."""
_LABEL_END = re.compile(r"\s*(?:[,;(\[]|\s[\u2014\u2013-]\s|--|\.(?:\s|$)|:)")
"""Where a label's head ends: its first comma, semicolon, bracket, dash or full stop ("the VIX, up
6.02%", "its 14-day RSI, dead center", "average daily range in points (14 days)")."""
_DATED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
                    r"sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:yesterday|last|previous|prior|ago|earlier)\b",
                    re.IGNORECASE)
"""A label that dates its figure to another bar ("the index's close on Wednesday, Nov 18"): a past
bar's figure, which past_bars reads; no fact of the session."""
_PERIOD = re.compile(r"\b(?:week|weekly|month|monthly|year|ytd|since|quarter|five-day|5-day)\b",
                     re.IGNORECASE)

_COUNT, _VOLUME, _PCT, _PRICE = "count", "volume", "pct", "price"
_LABELS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, kind, re.compile(pattern, re.IGNORECASE)) for name, kind, pattern in (
        ("cross_sessions_since", _COUNT, r"^(?:trading\s+)?sessions?\s+(?:since|after)\b.*(?:\bcross|"
                                         r"\b50-day\b.*\b200-day\b)"),
        ("avg_volume_20", _VOLUME, r"\b(?:average|avg|normal|usual)\b"),
        ("volume", _VOLUME, r"\b(?:shares|volume|traded|turnover)\b"),
        ("pct_from_ath", _PCT, r"\b(?:record|all-time high|ATH)\b"),
        ("pct_from_52w_high", _PCT, r"\b52-week (?:closing |intraday )?high\b"),
        ("pct_from_52w_low", _PCT, r"\b52-week (?:closing |intraday )?low\b"),
        ("pct_vs_sma_50", _PCT, r"\b(?:50-day|50d|50-DMA)\b"),
        ("pct_vs_sma_200", _PCT, r"\b(?:200-day|200d|200-DMA)\b"),
        ("bb_width_pct", _PCT, r"\bBollinger\b"),
        ("range_width_pct", _PCT, r"\b(?:range|box|channel)\b"),
        ("change_1d_pct", _PCT, r"\b(?:gain|loss|change|move|drop|rise|fall|decline|advance|day)\b"),
        ("all_time_high", _PRICE, r"\b(?:record|all-time high)\b"),
        ("high_52w", _PRICE, r"\b52-week (?:closing )?high\b"),
        ("low_52w", _PRICE, r"\b52-week (?:closing )?low\b"),
        ("rsi_14", _PRICE, r"\bRSI\b"),
        ("atr_14", _PRICE, r"\bATR\b|\baverage (?:true|daily|day's|session's) range\b"),
        ("sma_50", _PRICE, r"^(?:the |its )?(?:50-day|50d|50-DMA)\b"),
        ("sma_200", _PRICE, r"^(?:the |its )?(?:200-day|200d|200-DMA)\b"),
        ("close", _PRICE, r"\b(?:close|closed|closing(?: level| price)?|settled?|settles|finish(?:ed)?|"
                          r"last(?: price| trade)?)\b"),
        ("open", _PRICE, r"\bopen(?:ed|ing(?: level| price)?)?\b"),
        ("high", _PRICE, r"\b(?:high|top)\b"),
        ("low", _PRICE, r"\b(?:low|bottom)\b"),
    ))
"""The fact a label's head names, the figure's kind it may name it for, first match wins: a count of
sessions, a share count, a %, or a price or bare figure."""


@dataclass(frozen=True)
class BoxLabel:
    name: str | None
    """None when the label names no measure, only maybe an instrument ("the VIX"): its close, if so."""
    label: str
    """The label's head, where an instrument it names is looked for ("where the VIX settled")."""


def boxed_label(claim: Claim) -> BoxLabel | None:
    """The fact a box line's label names for the figure opening the line, or None."""
    number, sentence = claim.number, claim.sentence
    if not _OPENS_LINE.match(sentence[:number.start]):
        return None
    separated = _SEPARATOR.match(sentence, number.end)
    if separated is None:
        return None
    label = separated.group("label")
    end = _LABEL_END.search(label)
    head = (label[:end.start()] if end else label).strip()
    if not head or _DATED.search(head) or claim.period is not None:
        return None
    kind = _kind(claim)
    if kind is None:
        return None
    if kind == _PCT and _PERIOD.search(head):
        return None  # "SPY's week", "its month": a period's move, which claims read as such
    kinds = (_COUNT, _PRICE) if kind == _COUNT else (kind,)  # "6,901": a whole index level
    name = next((n for n, k, pattern in _LABELS if k in kinds and pattern.search(head)), None)
    return BoxLabel(name, head) if name or _PRICE in kinds else None


def _kind(claim: Claim) -> str | None:
    number = claim.number
    if number.unit == "volume":
        return _VOLUME
    if number.unit == "pct":
        return _PCT
    if number.unit is None and not number.sign and not number.decimals:
        return _COUNT
    if number.unit in (None, "price") and not number.sign:
        return _PRICE
    return None
