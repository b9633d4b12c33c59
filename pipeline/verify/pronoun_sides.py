"""The close's side of a moving average named through a pronoun: "the 50-day is $245.77 and the fund sits
0.60% above it", "the 200-day average is $229.41, and the price is 1.25% above that one", "the 50-day is
$614.02 and the 200-day $580.22, so the fund is 2.02% below the first".

The pronoun's antecedent is the level named last before it in its sentence ("it", "that", "that one"),
or the first or second average the sentence names ("the first", "the second", "the former", "the
latter"). Only an average is read here: when the last level named before the pronoun is anything else
(the record, a high, a support, a price the words give no name), the words are left to the other checks.
The instrument must be the subject placed on that side: words naming it ("the fund", "the index", "the
price", the article's ticker or "it") stand between the antecedent and the side word, so "the 50-day
sits 5.8% above it" (one average against another) is not read. A side of the average the close is not on
is a `pattern-mismatch`, as "below its 50-day" is (words.py).
"""

from __future__ import annotations

import re

from ..contracts import Finding, Snapshot
from .codes import finding
from .context import VerifyContext
from .lookahead import leading

_AVERAGE = re.compile(r"\b(?P<days>20|50|100|200)(?:-day|-session|-DMA| DMA|d\b| day\b)|"
                      r"\b(?:SMA|MA)\s?(?P<days2>20|50|200)\b", re.IGNORECASE)
_OTHER_LEVEL = re.compile(r"\b(?:record|all-time|52-week|high|low|peak|trough|top|bottom|floor|ceiling|"
                          r"support|resistance|wall|max pain|band|target|stop|entry|open|opening|"
                          r"previous close|prior close|range)\b", re.IGNORECASE)
_SIDE_OF_PRONOUN = leading(re.compile(
    r"(?:(?<![\w.])\d[\d,]*(?:\.\d+)?\s?%\s+)?(?P<phrase>(?P<side>above|below|under|beneath|underneath|over)\s+"
    r"(?P<pronoun>it|that one|that|the first|the second|the former|the latter))\b"
    r"(?!\s*(?:'s|\u2019s|is|was|at|of|in|for|level|mark|line|area|zone)\b)", re.IGNORECASE))
_INSTRUMENT_WORDS = re.compile(r"\b(?:the (?:fund|index|ETF|price|close|closing price|shares|stock|tracker|"
                               r"market|benchmark)|it|we|we're|we are|it's|its? price)\b", re.IGNORECASE)
_FIRST = ("the first", "the former")
_SECOND = ("the second", "the latter")
_HINTS = ("above", "below", "under", "beneath", "over")


def check_pronoun_sides(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """A finding for each side of an average, named through a pronoun, the close is not on."""
    lowered = sentence.lower()
    if not any(hint in lowered for hint in _HINTS) or "day" not in lowered and "ma" not in lowered:
        return []
    found = []
    for match in _SIDE_OF_PRONOUN.finditer(sentence):
        if _supposed(sentence, match):
            continue
        days = _antecedent(sentence, match)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, match.start())]
        start = max([days[1] if days else 0, *breaks])
        if days is None or not _instrument_between(sentence, start, match.start(), ctx):
            continue
        average = _average(ctx.snapshot, days[0])
        if average is None or ctx.snapshot.close == average:
            continue
        denied = _DENIED.search(sentence, start, match.start("phrase"))
        above = (match.group("side").lower() in ("above", "over")) != (denied is not None)
        if (ctx.snapshot.close > average) == above:
            continue
        where = "above" if ctx.snapshot.close > average else "below"
        said = sentence[denied.start():match.end("phrase")] if denied else match.group("phrase")
        found.append(finding(
            "pattern-mismatch", f"'{said}' does not fit the data: the close "
            f"{ctx.snapshot.close:,.2f} is {where} its {days[0]}-day average {average:,.2f}",
            section=section, span=said, expected=f"{where} the {days[0]}-day average",
            source=f"snapshot.close, trend.sma_{days[0]}"))
    return found


_CLAUSE_BREAK = re.compile(r"[;:\u2014]")
_DENIED = re.compile(r"\b(?:not|no longer|never|isn't|wasn't|aren't|hasn't|haven't|didn't|failed to|"
                     r"yet to)\s+"
                     r"(?:(?:even|yet|quite|been|back|closed|close|finished|finish|ended|end|settled|settle|"
                     r"stayed|stay|held|hold|trading|trade|traded|got|get|gone|moved|slipped|fallen|risen|"
                     r"climbed|sitting|sits)\s+){0,2}$", re.IGNORECASE)
"""A plain denial right before the side word ("SPY is not above it", "no longer below it", "has yet to
get back above it"): the close is claimed on the other side (a hedge, "not far above it", is no denial)."""
_SUPPOSED = re.compile(r"\b(?:would|could|might|may|should|will|if|unless|once|until)\b|"
                       r"\ban?\s+(?:daily\s+|weekly\s+|decisive\s+|clean\s+)?(?:close|settle|finish|move|break|"
                       r"drop|dip|push|run|slide|fall)\b", re.IGNORECASE)
"""A side supposed, not stated: "a close under it would be the first crack", "if the fund slips below it"."""


def _supposed(sentence: str, match: re.Match[str]) -> bool:
    """The side word's clause supposes the move rather than stating where the close is."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, match.start())]
    end = _CLAUSE_BREAK.search(sentence, match.end())
    return _SUPPOSED.search(sentence, starts[-1] if starts else 0, end.start() if end else len(sentence)) \
        is not None


def _antecedent(sentence: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The average the pronoun stands for (its days) and where its name ends; None when it stands for
    another level or none."""
    before = sentence[:match.start()]
    averages = list(_AVERAGE.finditer(before))
    pronoun = match.group("pronoun").lower()
    if pronoun in _FIRST or pronoun in _SECOND:
        distinct = _distinct(averages)
        wanted = 0 if pronoun in _FIRST else 1
        if len(distinct) < 2:
            return None
        chosen = distinct[wanted]
        return chosen.group("days") or chosen.group("days2"), averages[-1].end()
    if not averages:
        return None
    last = averages[-1]
    if any(m.start() >= last.end() for m in _OTHER_LEVEL.finditer(before)):
        return None  # "the 50-day at $614.02 and the record at $629.76; QQQ is 0.5% below it"
    return last.group("days") or last.group("days2"), last.end()


def _distinct(averages: list[re.Match[str]]) -> list[re.Match[str]]:
    seen: dict[str, re.Match[str]] = {}
    for m in averages:
        seen.setdefault(m.group("days") or m.group("days2"), m)
    return list(seen.values())


def _instrument_between(sentence: str, start: int, end: int, ctx: VerifyContext) -> bool:
    """Words naming the article's instrument between the average's name and the side word, and no
    other instrument's."""
    mentions = [m for m in ctx.lexicon.mentions(sentence) if start <= m.start < end]
    if any(ctx.symbol not in m.symbols for m in mentions):
        return False
    return bool(mentions) or _INSTRUMENT_WORDS.search(sentence, start, end) is not None


def _average(snapshot: Snapshot, days: str) -> float | None:
    return {"20": snapshot.trend.sma_20, "50": snapshot.trend.sma_50,
            "200": snapshot.trend.sma_200}.get(days)
