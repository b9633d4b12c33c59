"""Distances in money between two prices: "closed within 13 cents of its high", "the high stayed 55
cents below your stop", "the day's range was narrow: 80 cents", "$12 above the close", "the put wall
$13 below".

Such a figure is no price of the market (a close of $0.55, a resistance at $12): it is the gap between
two prices, one or both of which the words name (the close, the day's high, low or open, the previous
close, an average, the record, a wall, max pain: `named_ends`) or the text prints beside it (a stop, a
band's floor). A distance is read as one only where its words mark it (a side word right after it,
"within" before it, or a range's or spread's noun before it in its clause) and it is far smaller than
the close (`distance_sized`). `gap_fits` is the one test of a printed gap against a worked one, at the
figure's printed precision or as its words bound it ("more than", "nearly", "about", "within").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .claims import Claim
from .context import VerifyContext

SCALE_RATIO = 2.5
"""A price this many times under the close is no price of the instrument's: a distance."""

_SIDE_AFTER = re.compile(r"\s+(?:(?:or\s+so|or\s+less|at\s+most)\s+)?(?:above|below|under|over|beneath|"
                         r"short\s+of|shy\s+of|away\s+from|off|of)\b", re.IGNORECASE)
"""A side word right after the figure: "55 cents below your stop", "$12 above the close", "within 13
cents of its high", "the put wall $13 below"."""
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:just\s+|only\s+|about\s+)?(?:US)?\$?$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:range|spread|gap|distance|width)\b[^.;!?$\d]{0,30}$", re.IGNORECASE)
"""A range's, a spread's or a gap's noun before the figure in its clause: "the day's range was narrow:
80 cents", "a gap of $1.20"."""

_NAMED_ENDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), names) for pattern, names in (
        (r"\b(?:previous|prior|yesterday's|last)\s+(?:session's\s+)?close\b|\b[A-Z][a-z]+day's\s+close\b",
         ("prev_close",)),
        (r"\bclos(?:e|ed|es|ing)\b|\bfinish(?:ed)?\b|\bsettled\b", ("close",)),
        (r"\b52-week\s+high\b", ("high_52w", "high_52w_intraday")),
        (r"\b52-week\s+low\b", ("low_52w", "low_52w_intraday")),
        (r"\b(?:record|all-time)\b", ("all_time_high",)),
        (r"(?<!52-week )(?<!record )\bhigh\b", ("high",)),
        (r"(?<!52-week )\blow\b", ("low",)),
        (r"\bopen(?:ed|ing)?\b", ("open",)),
        (r"(?<!typical )(?<!normal )(?<!ordinary )(?<!average )(?<!usual )\b(?:day's|session's|today's)\s+"
         r"range\b|\brange\s+(?:today|was)\b", ("high", "low")),
        (r"\bmax(?:imum)?\s+pain\b", ("max_pain",)),
        (r"\bput\s+wall\b", ("put_wall",)),
        (r"\bcall\s+wall\b", ("call_wall",)),
        (r"\b50-day\b", ("sma_50",)),
        (r"\b200-day\b", ("sma_200",)),
    ))
"""The held prices a distance's sentence may name as its ends."""


def distance_sized(value: float, close: float | None) -> bool:
    """A price far under the close (by `SCALE_RATIO`): no price of the instrument, a distance."""
    return close is not None and close > 0 and 0 < value < close / SCALE_RATIO


def money_distance(claim: Claim, close: float | None) -> bool:
    """Whether the words mark a price as a distance between two prices (above)."""
    number, sentence = claim.number, claim.sentence
    if number.unit != "price" or number.sign or not distance_sized(number.value, close):
        return False
    before = sentence[max(0, number.start - 40):number.start]
    return _SIDE_AFTER.match(sentence, number.end) is not None or _WITHIN_BEFORE.search(before) is not None \
        or _SPAN_BEFORE.search(before) is not None


def named_ends(sentence: str, ctx: VerifyContext, subject: str) -> list[float]:
    """The subject's held prices the sentence's words name ("its high", "today's close", "max pain")."""
    ends = []
    for pattern, names in _NAMED_ENDS:
        if pattern.search(sentence):
            ends += [float(fact.value) for name in names
                     if (fact := ctx.fact(subject, name)) is not None and isinstance(fact.value, int | float)]
    return ends


_AT_LEAST = re.compile(r"\b(?:more than|over|above|at least|upwards of)\s*$", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:less than|under|below|at most|nearly|almost|just shy of|within(?:\s+just)?)\s*$",
                      re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|around|roughly|some|approximately|close to)\s*$", re.IGNORECASE)


def gap_fits(value: float, decimals: int, words: str, gap: float) -> bool:
    """A printed gap (`value`, printed to `decimals`, after `words`) is the worked `gap`: to its printed
    precision, or as its words bound it ("more than $31", "nearly", "about", "within")."""
    step = 10 ** -decimals
    words = words.replace("$", "").rstrip()
    if _AT_LEAST.search(words):
        fits = value <= gap < value + step
    elif _AT_MOST.search(words):
        fits = value - step < gap <= value + 1e-9
    elif _ABOUT.search(words):
        fits = abs(gap - value) <= step / 2 or abs(gap - value) <= 0.02 * value
    else:
        fits = abs(gap - value) <= step / 2 + 1e-9
    return fits and gap > 0


def pair_gap_fits(claim: Claim, ends: Iterable[float]) -> bool:
    """The claim's figure is the gap between some two of `ends`, as gap_fits reads it."""
    values = sorted({round(e, 6) for e in ends})
    words = claim.sentence[max(0, claim.number.start - 20):claim.number.start]
    number = claim.number
    return any(gap_fits(number.value, number.decimals, words, abs(a - b))
               for n, a in enumerate(values) for b in values[n + 1:])


def _close(ctx: VerifyContext, subject: str) -> float | None:
    fact = ctx.fact(subject, "close")
    return float(fact.value) if fact is not None and isinstance(fact.value, int | float) else None


def named_gap(claim: Claim, ctx: VerifyContext, subject: str) -> float | None:
    """The gap a money distance (above) must be when its words name both its ends as held prices and
    nothing else ("closed within 13 cents of its high": the close and the high), or None."""
    if not money_distance(claim, _close(ctx, subject)):
        return None
    ends = sorted(set(named_ends(claim.sentence, ctx, subject)))
    return ends[1] - ends[0] if len(ends) == 2 else None


def distance_traced(claim: Claim, printed: Iterable[float], ctx: VerifyContext, subject: str) -> bool:
    """A money distance (above) that is the gap between two of the prices printed beside it (`printed`)
    and the held prices its sentence names."""
    close = _close(ctx, subject)
    if not money_distance(claim, close):
        return False
    ends = [p for p in printed if not distance_sized(p, close)]
    return pair_gap_fits(claim, [*ends, *named_ends(claim.sentence, ctx, subject)])


_RESTATED = re.compile(r"(?P<price>\$\d[\d,]*(?:\.\d+)?)\)?[^$\d%.;]{0,16}?\bby\s+"
                       r"(?:(?:just|only|about|roughly|some|nearly)\s+)?\d[\d,]*(?:\.\d+)?%\s*(?:,|\(|or\b|and\b)\s*"
                       r"(?:(?:just|only|about|roughly|some|nearly)\s+)?(?:US)?\$?$", re.IGNORECASE)
"""A % distance from a printed price restated in money right after it ("held above the 50-day ($679.19) by
just 0.09%, 65 cents", "just under its 50-day average ($467.19), by 0.06%, 27 cents"): the gap between the
close and that price."""


def restated_gap(claim: Claim, ctx: VerifyContext, subject: str) -> float | None:
    """The gap a money distance restating a % distance from a printed price (above) must be: between the
    subject's close and that price; None when the words are no such restatement."""
    number = claim.number
    close = _close(ctx, subject)
    if number.unit != "price" or number.sign or not distance_sized(number.value, close) or close is None:
        return None
    match = _RESTATED.search(claim.sentence, max(0, number.start - 70), number.start)
    if match is None:
        return None
    price = float(match.group("price").lstrip("$").replace(",", ""))
    return abs(close - price) if not distance_sized(price, close) else None


_CANDLE_PART = re.compile(r"\b(?P<part>body|(?P<side>upper|lower|top|bottom)\s+(?:wick|shadow|tail))\s*"
                          r"(?:of|was|is|at|:)?\s*(?:(?:just|only|about|roughly|some|nearly)\s+)?(?:US)?\$?$",
                          re.IGNORECASE)
"""A candle's part sized in money right before the figure ("a red body of $4.78", "an upper wick of
$3.43"): the gap between the open and the close, or from the body's top to the high (its bottom to the
low)."""


def candle_part(claim: Claim, ctx: VerifyContext, subject: str) -> float | None:
    """The size in money the candle's part named right before the figure must be (above), from the
    subject's held open, high, low and close; None when no part is named or a price is not held."""
    number = claim.number
    if number.unit != "price" or number.sign:
        return None
    match = _CANDLE_PART.search(claim.sentence, max(0, number.start - 40), number.start)
    prices = [ctx.fact(subject, name) for name in ("open", "high", "low", "close")]
    if match is None or any(f is None or not isinstance(f.value, int | float) for f in prices):
        return None
    open_, high, low, close = (float(f.value) for f in prices)  # type: ignore[union-attr,arg-type]
    side = (match.group("side") or "").lower()
    if not side:
        return abs(close - open_)
    return high - max(open_, close) if side in ("upper", "top") else min(open_, close) - low
