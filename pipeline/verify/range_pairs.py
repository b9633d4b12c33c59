"""The edges of a range printed as a pair of prices, and the range's width after them.

A range is written as two prices joined by "to", "and" or a dash, with the words that say which range
before or after the pair: the day's ("Day range $243.65 - $244.45", "its range was $460.92 to
$463.24", "trading between 6,815.01 and 6,920.40"), a range of closes over sessions ("25-session
closing range $241.00 - $249.26", "a $678.45-$694.71 closing range for 29 sessions", "Closes have held
between $241.00 and $249.26 for 22 sessions", "the box it lives in is $241.00 to $249.26") or the
Bollinger bands ("The Bollinger bands run from 6,786.65 to 6,954.18"). The first price is the lower
edge, the second the upper; a % after the pair that says how wide ("a 2.40% band", "a width of
10.53%", "that's an 8.09% range", "(3.43% wide)") is that range's width.

Only figures that matched no fact are asked (values._unexplained), so a right edge is never read here.
"""

from __future__ import annotations

import re

from .claims import Claim

_PRICE = r"(?:US)?\$?\d[\d,]*(?:\.\d+)?"
_PAIR = re.compile(rf"(?P<lower>{_PRICE})\s*(?P<join>to|and|-|\u2013|\u2014|/)\s*(?P<upper>{_PRICE})"
                   r"(?![\d%])")
"""Two prices joined; a slash joins only the bands' pair ("bands 463.75 / 475.47"), as a sheet prints
them: "Hi / Lo 244.45 / 243.65" puts the high first."""
_CLAUSE_BEFORE = re.compile(r"[;!?]|\.\s|\b(?:while|whereas|but)\b")
_BANDS = re.compile(r"\bBollinger\b|\bbands?\b(?=[^.;]{0,20}\b(?:run|span|from|between|at)\b)|"
                    r"\bbands\s*:?\s*(?:are\s+|were\s+)?\u2016", re.IGNORECASE)
"""The bands by name, with a word that spans them or right before the pair ("The bands: $676.53 to
$696.12", "bands 463.75 / 475.47"; \u2016 marks where the pair stands)."""
_DAY = re.compile(r"\b(?:day(?:['\u2019]s)?|intraday|session['\u2019]s|today['\u2019]s|daily)\s+range\b|"
                  r"\b(?:its|the)\s+range\s+(?:was|is|ran|of)\b|\btrad(?:ed|ing)\s+(?:between|from)\s*$",
                  re.IGNORECASE)
_BOX = re.compile(r"\b(?:box|channel|corridor|consolidation|closing range)\b", re.IGNORECASE)
_CLOSES = re.compile(r"\b(?:range|band|between|span|spans|from|runs?)\b", re.IGNORECASE)
_SESSIONS = re.compile(r"\b(?:\d+|\w+)\s+sessions\b|\b\d+-(?:session|day)\b|\bclos(?:es|ing)\b",
                       re.IGNORECASE)
_WIDTH = re.compile(r"\b(?:wide|width|range|band|box|channel|corridor)\b", re.IGNORECASE)
_WIDTH_REACH = 30
"""How far a width's word may stand from its % (characters), after the pair."""

_EDGES = {"day": ("low", "high"), "bands": ("bb_lower", "bb_upper"), "closes": ("range_lower", "range_upper")}
_WIDTHS = {"bands": "bb_width_pct", "closes": "range_width_pct"}


def pair_edge(claim: Claim) -> str | None:
    """The fact a price names as one edge of a range printed as a pair, or None."""
    number, sentence = claim.number, claim.sentence
    if number.unit not in ("price", None) or number.sign:
        return None
    for pair in _PAIR.finditer(sentence, max(0, number.start - 40), min(len(sentence), number.end + 40)):
        if pair.start("lower") <= number.start < pair.end("lower"):
            edge = 0
        elif pair.start("upper") <= number.start < pair.end("upper"):
            edge = 1
        else:
            continue
        which = _which_range(sentence, pair)
        if which is None or pair.group("join") == "/" and which != "bands":
            return None
        return _EDGES[which][edge]
    return None


def pair_width(claim: Claim) -> str | None:
    """The width fact a % after a range's pair of prices names, in words that say how wide, or None."""
    number, sentence = claim.number, claim.sentence
    if number.unit != "pct" or number.sign:
        return None
    near = sentence[max(0, number.start - _WIDTH_REACH):number.end + _WIDTH_REACH]
    if not _WIDTH.search(near):
        return None
    pairs = [p for p in _PAIR.finditer(sentence, 0, number.start) if number.start - p.end() <= 40]
    if not pairs:
        return None
    which = _which_range(sentence, pairs[-1])
    if which is None or pairs[-1].group("join") == "/" and which != "bands":
        return None
    return _WIDTHS.get(which)


def _which_range(sentence: str, pair: re.Match[str]) -> str | None:
    """Which range a pair is the edges of, from the words of its clause before it and just after it."""
    before = sentence[max(0, pair.start() - 70):pair.start()]
    cuts = [m.end() for m in _CLAUSE_BEFORE.finditer(before)]
    before = before[cuts[-1]:] if cuts else before
    after = sentence[pair.end():pair.end() + 30]
    words = before.rstrip() + " \u2016 " + after
    if _BANDS.search(words):
        return "bands"
    if _DAY.search(before) and not _SESSIONS.search(words):
        return "day"
    if _BOX.search(words) or _CLOSES.search(words) and _SESSIONS.search(words):
        return "closes"
    return None
