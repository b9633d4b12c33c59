"""Where the close sits, in words: inside a range ("closer to the top than the bottom", "in the lower
half", "sits below the lid"), against a Bollinger band ("just under the upper band") and against a
price named with its side ("the nearest round number below is $225", "just overhead is $226.93").

The range is the one the words point at: two prices printed just before ("between $241.00 and
$249.26", "$614.90 - $631.45"), else the session's low and high when the words name the day, else the
snapshot's range of sessions when they name a range, box, floor or lid. A position word that
contradicts the data is a `direction-mismatch` on the words; one the data cannot settle passes.
Distance words ("just under", "well above") are read in ATRs: near words need the close within
NEAR_ATR of the edge, far words at least FAR_ATR from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Finding, Snapshot
from .codes import finding
from .lookahead import leading
from .numbers import any_word, find_numbers, folded, unquoted

NEAR_ATR = 1.0
"""'just under the lid', 'a hair above the upper band': the close within this many ATRs of the edge."""
FAR_ATR = 0.5
"""'well below the ceiling', 'far above the floor': the close at least this many ATRs away."""
MIDDLE_BAND = 0.25
"""'in the middle of the range': the close's place in it (0 the bottom, 1 the top) within 0.5 +/- this."""

_NEAR = r"just|a hair|a touch|a shade|a whisker|barely|slightly|right|a little|a bit|a tad"
_FAR = r"well|far|way|comfortably|deep|safely"
_TOP = r"top|ceiling|lid|upper (?:edge|end|bound|boundary)|high end|highs?"
_BOTTOM = r"bottom|floor|lower (?:edge|end|bound|boundary)|low end|lows?"
_OF_RANGE = (r"(?:\s+(?:of|in)\s+(?:the|its|this|that|today's|the day's|the session's|Friday's|"
             r"(?:Mon|Tues|Wednes|Thurs|Fri)day's)\s+(?:\w+\s+)?(?:range|box|band|channel|corridor|(?:day|session)(?!['\u2019]s)))?")

_COMPARED = re.compile(
    r"\b(?:closer|nearer)\s+(?:to\s+)?(?:the\s+|its\s+)?"
    r"(?:(?P<top>" + _TOP + r")|(?P<bottom>" + _BOTTOM + r"))"
    + _OF_RANGE + r"\s+than\s+(?:to\s+)?(?:the\s+|its\s+)?(?:" + _TOP + "|" + _BOTTOM + r")\b", re.IGNORECASE)
"""'closer to the top than the bottom', 'nearer the floor than the ceiling'."""
_NEAR_EDGE = re.compile(
    r"\b(?:near|close to|at|hugging|pinned (?:to|against|near)|pressed (?:to|against)|by)\s+"
    r"(?:the\s+|its\s+)(?:very\s+)?(?:(?P<top>top|ceiling|lid|upper end|high end)|(?P<bottom>bottom|floor|"
    r"lower end|low end))(?!\s*(?:-|of the (?:RSI|MACD|volume))|\s+(?:half|third|part|portion)\b)\b"
    + _OF_RANGE, re.IGNORECASE)
"""'landed near the top', 'near the bottom of the day's range', 'pinned to the floor of the box'."""
_DAY_EDGE = re.compile(
    r"\b(?:at|near|close to|by|on|hugging|pinned (?:to|against|near))\s+(?:"
    r"(?:the|its)\s+(?:very\s+)?(?:(?P<top>high)|(?P<bottom>low))\s+of\s+(?:the|its|today's|this)\s+"
    r"(?:trading\s+)?(?:day|session)"
    r"|(?:the\s+)?(?:day's|session's|today's|its intraday|its daily)\s+(?:very\s+)?"
    r"(?:(?P<top2>high)|(?P<bottom2>low)))\b(?!-)", re.IGNORECASE)
"""'finished at the high of the day', 'closed near the day's low', 'closed on the high of the day': the
close's place in the session's own range (a record or 52-week high names no day and is not read here)."""
_TOLD_EDGE = re.compile(
    r"\b(?:at|near|close to|by|on|hugging|pinned (?:to|against|near))\s+(?:the|its|that)\s+(?:very\s+)?"
    r"(?:(?P<top>high)|(?P<bottom>low))\b(?!-|['\u2019]s|\s+(?:end|of|for|on|in|at|\$|\d|[a-z]+ing\b))",
    re.IGNORECASE)
"""'fell to an intraday low of $652.54 and reached a high of $659.77 before closing near the low': a bare
high or low after its sentence (or the one before) has printed the day's low and high is the session's
own."""
_PRINTED = r"(?:\s+of|\s+was|\s+at|:)?\s+\$?\d"
_DAY_LOW_HIGH = re.compile(rf"\blow{_PRINTED}[^;]*\bhigh{_PRINTED}|\bhigh{_PRINTED}[^;]*\blow{_PRINTED}",
                           re.IGNORECASE)
"""The day's low and high both printed ('an intraday low of $652.54 and ... a high of $659.77')."""
_DAY_SIDE = re.compile(
    r"(?:\b(?P<near>" + _NEAR + r")\s+)?\b(?P<side>above|over|below|under|beneath)\s+(?:"
    r"(?:the\s+)?(?:day's|session's|today's|intraday)\s+(?:(?P<top>high)|(?P<bottom>low))|"
    r"(?:the|its)\s+(?:(?P<top2>high)|(?P<bottom2>low))\s+of\s+(?:the|its|today's|this)\s+(?:day|session))\b",
    re.IGNORECASE)
"""The close beside the session's own high or low ('a whisker over the day's low', 'just under the day's
high'): above the high or below the low it cannot be; near the low (or the high) it is in that half."""
_HALF = re.compile(r"\b(?:in|into|inside|near)\s+(?:the\s+|its\s+)?"
                   r"(?:(?P<top>upper|top)|(?P<bottom>lower|bottom))\s+"
                   r"(?:half|third|part|portion)" + _OF_RANGE, re.IGNORECASE)
"""'in the upper half', 'in the lower third of the range', a sheet's 'close sits in lower half', 'it's near
the bottom half' of bands printed before."""
_MIDDLE = re.compile(r"\b(?:(?P<side>above|below|under|over)|in)\s+(?:the\s+)?(?:middle|midpoint|mid-point|"
                     r"center|centre)\b" + _OF_RANGE, re.IGNORECASE)
"""'a little above the middle of the box', 'in the middle of the range'."""
_EDGE_SIDE = re.compile(
    r"(?<![\d%]\s)(?<!ATR\s)(?<!ATRs\s)(?<!points\s)(?<!cents\s)"
    r"(?:\b(?P<near>" + _NEAR + r")\s+|\b(?P<far>" + _FAR + r")\s+)?"
    r"\b(?P<side>above|over|below|under|beneath|underneath)\s+(?:the|its)\s+"
    r"(?:(?P<top>lid|ceiling|top of the (?:range|box)|range (?:top|high|ceiling)|box(?:'s)? (?:top|lid))|"
    r"(?P<bottom>floor|bottom of the (?:range|box)|range (?:bottom|low|floor)|box(?:'s)? (?:bottom|floor))|"
    r"(?P<band>(?P<upper>upper)|(?P<lower>lower))\s+(?:Bollinger\s+)?band)\b", re.IGNORECASE)
"""'sits below the lid', 'just under the upper Bollinger band', 'well above the floor'."""
_BAND_VS_CLOSE = re.compile(
    r"\b(?P<band>(?P<upper>upper)|lower)\s+(?:Bollinger(?:\s+band)?|band)(?:\s+(?:is|sits|lies|stands))?"
    r"(?:\s+(?:at|of|near))?\s*[:(]?\s*\$?\d[\d,]*(?:\.\d+)?\)?,?\s+"
    r"(?:(?:is|sits|lies|stands|now|already|still)\s+){0,2}"
    r"(?P<words>(?:(?P<near>" + _NEAR + r")\s+|(?P<far>" + _FAR + r")\s+)?"
    r"(?P<side>above|over|below|under|beneath|underneath))\s+(?:(?:the\s+|today's\s+)?(?:close|price)|us)\b",
    re.IGNORECASE)
"""A band told with its price and then its side of the close ('Upper Bollinger band $482.40, just below
the close', 'Upper Bollinger $629.47 is already below us'): the band's own value is the snapshot's, the
side is the band's against the close."""
_CLOSE_VS_TOLD_BAND = re.compile(
    r"\b(?P<band>(?P<upper>upper)|(?P<lower>lower))\s+(?:Bollinger(?:\s+band)?|band)(?:\s+(?:is|sits|at|of))?"
    r"\s*[:(]?\s*\$?\d[\d,]*(?:\.\d+)?\)?\s*[,:;]\s+(?:and\s+)?(?:the\s+|today's\s+)?(?:close|price)\s+"
    r"(?:is|sits|was|sat|finished|closed|ended|stands|stood)\s+(?:(?:now|still|already)\s+)?"
    r"(?:(?P<near>" + _NEAR + r")\s+|(?P<far>" + _FAR + r")\s+)?"
    r"(?P<side>above|over|below|under|beneath|underneath)\s+it\b", re.IGNORECASE)
"""A band told with its price and then the close's side of it ('Upper Bollinger band $482.40: the close is
well above it'): the close against the snapshot's band, as 'the close is well above the upper band'."""
_PRICE = r"(?P<price>\$\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})"
_SIDED_PRICE = re.compile(
    r"\b(?:round[- ]number|round level|level|line|mark|handle|figure|number)s?"
    r"(?:\s+(?:to watch|to keep an eye on|(?:I|we) watch))?\s+"
    r"(?P<side>below|beneath|underneath|under|overhead|above)"
    r"(?:\s+(?:is|sits|lies|comes in|stands|would be))?\s*[:\-\u2013]?\s*(?:(?:the|a)\s+)?"
    r"(?:round\s+)?" + _PRICE + r"|"
    r"(?:^|[;,:.]\s*|\band\s+)(?:(?:" + _NEAR + r")\s+)?(?P<side2>overhead|underneath|beneath)\s+"
    r"(?:is|sits|lies|comes in|stands)\s+(?:(?:the|a)\s+)?(?:round\s+)?" + _PRICE.replace("price", "price2"),
    re.IGNORECASE)
"""'The nearest round number below is $225', 'Round number to watch underneath: 2,450', '; just overhead
is $226.93'."""
_PRICE_VS_CLOSE = re.compile(
    r"(?<![\w.$])" + _PRICE + r"\s+(?:line|level|mark|handle|area)\s+(?:sits|is|lies|stays|remains)\s+"
    r"(?:(?:" + _NEAR + "|" + _FAR + r")\s+)?(?P<side>above|over|below|under|beneath|underneath)\s+"
    r"(?:the\s+)?(?:price|close|market|spot)\b", re.IGNORECASE)
"""'The $30 line sits just under the price'."""
_PRICE_VS_PRICE = re.compile(
    r"(?<![\w.$])(?P<a>\$\s?\d[\d,]*\.\d{2}|\d{1,3}(?:,\d{3})+\.\d{2}),?\s+"
    r"(?P<words>(?:stands|stood|sits|sat|is|was|lies|remains|remained|stays|stayed|came in|printed|ended|"
    r"closed|finished)\s+"
    r"(?:(?:still|just|slightly|well|far|comfortably)\s+)?(?P<side>above|over|below|under|beneath))\s+"
    r"(?:(?:the|its|a|an|that)\s+)?(?:[\w\u2019'-]+\s+){0,5}?(?:of|at)\s+"
    r"(?P<b>\$\s?\d[\d,]*\.\d{2}|\d{1,3}(?:,\d{3})+\.\d{2})(?![\d%])", re.IGNORECASE)
"""One printed price said to be above or below another printed after it ('The corrected high of $631.45
stands below the all-time intraday high of $632.37', 'Its high, 2,486.79, was above Monday's close of
2,485.09'): the two figures themselves decide the side."""
_PRICE_ASIDE = re.compile(
    r"(?<![\w.$])(?P<a>\$\s?\d[\d,]*\.\d{2}|\d{1,3}(?:,\d{3})+\.\d{2}),\s+"
    r"(?P<words>(?:already|still|just|slightly|well|far|comfortably)\s+(?P<side>above|over|below|under|beneath))\s+"
    r"(?:(?:the|its|a|an|that)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|the day)"
    r"['\u2019]s\s+(?:close\s+(?:of\s+)?)?)"
    r"(?P<b>\$\s?\d[\d,]*\.\d{2}|\d{1,3}(?:,\d{3})+\.\d{2})(?![\d%])", re.IGNORECASE)
"""A printed price with another day's close as its aside ('It opened at $212.62, already below Friday's
$213.65'): the two figures decide the side."""

_PLACE_WORDS = ("closer", "nearer", "near the", "near its", "near that", "close to", "at the", "at its",
                "on the", "on its", "at that", "on that", "by that", "hugging",
                "pinned", "pressed", "by the", "half", "third", "part", "portion", "middle", "midpoint",
                "mid-point", "center", "centre")
_EDGE_WORDS = ("lid", "ceiling", "floor", "top", "bottom", "band", "bollinger")
_SIDE_WORDS = ("below", "beneath", "under", "overhead", "above", "over")
"""Words one of which a lowered sentence holds for each group of patterns to run."""
_PLACED, _EDGED, _SIDED = (any_word(words) for words in (_PLACE_WORDS, _EDGE_WORDS, _SIDE_WORDS))
"""The same tests as one scan each (a trie compiled once), not a substring test per word."""
_ASCII_DIGIT = re.compile(r"[0-9]")


def _holds_digit(text: str) -> bool:
    """Whether a character of `text` is a digit (str.isdigit): in ASCII text, one of 0-9."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)
_COMPARED, _NEAR_EDGE, _HALF, _MIDDLE = (leading(p) for p in (_COMPARED, _NEAR_EDGE, _HALF, _MIDDLE))
_DAY_EDGE, _BAND_VS_CLOSE = leading(_DAY_EDGE), leading(_BAND_VS_CLOSE)
_CLOSE_VS_TOLD_BAND = leading(_CLOSE_VS_TOLD_BAND)
_TOLD_EDGE, _DAY_SIDE = leading(_TOLD_EDGE), leading(_DAY_SIDE)
_EDGE_SIDE, _SIDED_PRICE, _PRICE_VS_CLOSE = (leading(p) for p in (_EDGE_SIDE, _SIDED_PRICE, _PRICE_VS_CLOSE))

_NOT_THE_CLOSE = re.compile(r"\b(?:RSI|MACD|volume|VIX|yield|\d+-day|averages?|stochastic|breadth|"
                            r"signal line)\b", re.IGNORECASE)
"""A clause about another reading than the close ('the RSI sits near the top of its range')."""
_UNSAID = re.compile(r"\b(?:not|no|never|nor|isn't|wasn't|would|could|might|may|if|unless|once|until|"
                     r"whether|should|needs? to|a (?:daily |weekly |decisive |clean )?close|a break|a move|"
                     r"a push|a drop|"
                     r"a rally|a dip|a return|back|toward|towards|approach\w*|test\w*|threat|risk)\b",
                     re.IGNORECASE)
"""Words that make a position hypothetical, denied or aimed at rather than held."""
_SENTENCE_PART = re.compile(r"[;:!?\u2014]|\.(?!\d)")
_TRIGGER_AFTER = re.compile(r"\b(?:opens?|triggers?|confirms?|needed|wanted|required|is needed)\b",
                            re.IGNORECASE)
"""Words after a position that make it a condition ('a close above the lid opens $255')."""
_STATED = leading(re.compile(
    r"\b(?:sits?|sat|is|was|are|we're|stays?|stayed|remains?|remained|trades?|traded|trading|closed|"
                     r"closes|finished|finishes|ended|ends|settled|settles|landed|lands|held|holds|lies|rests|"
                     r"hovers?|hovered|hovering|now|still|closing|finishing|settling)\b|^\W*close\b|(?<=\bit)['\u2019]s\b",
    re.IGNORECASE))
"""A verb that states where the close is, before the position words in their part of the sentence ('the
close sits below the lid', 'IWM finished near the top', 'sits in the upper half, and a touch under the
band', 'closing at the bottom of it', a note's 'Close below the upper band'); without one the words name a
trigger or a level ('or over the range top at $629.76')."""
_ANOTHER_CLOSE = re.compile(r"\b(?:last|previous|prior|earlier|former|past|yesterday's|peak|record)\b",
                            re.IGNORECASE)
"""A clause about another session's close ('its last close at the top of that band')."""
_EDGE_PRICED = re.compile(r"^\s*,\s*\$?\d")
"""The edge named with its price right after ('at the top of that band, $249.26'): the words name the
edge, the figure is checked as a figure."""
_CLAUSE = leading(re.compile(r"[;:!?\u2014]|\.(?!\d)|,\s+(?:but|while|and|so)\b|\bbut\b|\bwhile\b"))
_PAIR = re.compile(r"(?:\bbetween\s+(?:the\s+)?|(?<![\w.$,]))(?P<low>\$?\d[\d,]*(?:\.\d+)?)\s*"
                   r"(?:-|\u2013|to|and(?:\s+that)?)\s*(?P<high>\$?\d[\d,]*(?:\.\d+)?)(?![\d%])",
                   re.IGNORECASE)
_DAY_WORDS = re.compile(r"\b(?:today's|day's|session's|intraday|daily range|day range|session range|"
                        r"low and (?:the )?high|high and (?:the )?low|"
                        r"(?:top|bottom|floor|ceiling|lid|upper end|lower end|high end|low end|middle)"
                        r"\s+of\s+(?:the|its|today's|this)\s+(?:trading\s+)?(?:day|session))\b",
                        re.IGNORECASE)
"""Words that name the day's own range: the low and high, "the day's range", "the bottom of its day"."""
_RANGE_WORDS = re.compile(r"\b(?:range|box|band|channel|corridor|lid|floor|ceiling)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Range:
    low: float
    high: float
    what: str

    def place(self, close: float) -> float:
        return (close - self.low) / (self.high - self.low)


def check_positions(sentence: str, section: str, snapshot: Snapshot, previous: str = "") -> list[Finding]:
    """The close's position said in words, against the range, band or price the words point at."""
    lowered = folded(sentence) or sentence.lower()
    placed = _PLACED(lowered)
    edged = _EDGED(lowered)
    side_word = _SIDED(lowered)
    sided = side_word and _holds_digit(sentence)
    if not (placed or edged or side_word):
        return []
    text = unquoted(sentence)
    found: list[Finding] = []
    for pattern in (_COMPARED, _NEAR_EDGE, _HALF, _MIDDLE) if placed else ():
        for match in pattern.finditer(text):
            if _held(text, match):
                found += _in_range(match, text, previous, section, snapshot)
    for match in _DAY_EDGE.finditer(text) if placed else ():
        if _held(text, match):
            found += _in_range(match, text, previous, section, snapshot, _day_range(snapshot))
    for match in _TOLD_EDGE.finditer(text) if placed else ():
        if _held(text, match) and _DAY_LOW_HIGH.search(f"{previous} {text[:match.start()]}"):
            found += _in_range(match, text, previous, section, snapshot, _day_range(snapshot))
    for match in _DAY_SIDE.finditer(text) if side_word else ():
        if _held(text, match):
            found += _beside_day_edge(match, section, snapshot)
    for match in _BAND_VS_CLOSE.finditer(text) if edged and sided else ():
        if not _UNSAID.search(_clause_before(text, match.start())):
            found += _band_side(match, section, snapshot)
    for match in _CLOSE_VS_TOLD_BAND.finditer(text) if edged and sided else ():
        if not _UNSAID.search(_clause_before(text, match.start())):
            found += _beside_edge(match, text, previous, section, snapshot)
    for match in _EDGE_SIDE.finditer(text) if edged else ():
        if _held(text, match, priced=bool(match.group("band"))):
            found += _beside_edge(match, text, previous, section, snapshot)
    for pattern in (_SIDED_PRICE, _PRICE_VS_CLOSE) if sided else ():
        for match in pattern.finditer(text):
            if not _UNSAID.search(_clause_before(text, match.start())):
                found += _price_side(match, section, snapshot)
    for match in (*_PRICE_VS_PRICE.finditer(text), *_PRICE_ASIDE.finditer(text)) if sided else ():
        if not _UNSAID.search(_clause_before(text, match.start())):
            found += _two_prices(match, section)
    return found


def _clause_before(text: str, start: int) -> str:
    return _CLAUSE.split(text[:start])[-1]


def _held(text: str, match: re.Match[str], *, priced: bool = False) -> bool:
    """The words state where the close is: not of another reading, not denied, not hypothetical. `priced`:
    a band's price may follow its side ('Closed over the lower Bollinger band, 35,162.55')."""
    before = _clause_before(text, match.start())
    after = _CLAUSE.split(text[match.end():], maxsplit=1)[0]
    stated = _STATED.search(_SENTENCE_PART.split(text[:match.start()])[-1])
    return bool(stated) and not (
        _NOT_THE_CLOSE.search(before) or _UNSAID.search(before) or _UNSAID.search(after)
        or _TRIGGER_AFTER.search(after) or _ANOTHER_CLOSE.search(before)
        or (not priced and _EDGE_PRICED.match(after)))


def _range_for(text: str, previous: str, snapshot: Snapshot) -> _Range | None:
    """Two prices printed before the words (in their sentence, else the one before) that hold the close's
    scale, else the day's range when the words name the day, else the range of sessions."""
    for part in (text, previous):
        pairs = [m for m in _PAIR.finditer(part) if _scaled(m, snapshot)]
        if pairs:
            low, high = _pair_values(pairs[-1])
            return _Range(low, high, f"the range {pairs[-1].group('low')}-{pairs[-1].group('high')}")
        if _DAY_WORDS.search(part):
            return _day_range(snapshot)
    if snapshot.range is not None and (_RANGE_WORDS.search(text) or _RANGE_WORDS.search(previous)):
        r = snapshot.range
        return _Range(r.lower, r.upper, f"the {r.sessions}-session range {r.lower:,.2f}-{r.upper:,.2f}")
    return None


def _pair_values(match: re.Match[str]) -> tuple[float, float]:
    a, b = (float(match.group(g).replace("$", "").replace(",", "")) for g in ("low", "high"))
    return min(a, b), max(a, b)


def _scaled(match: re.Match[str], snapshot: Snapshot) -> bool:
    """A pair of prices around the close's scale (within 30% of it), not counts or years."""
    low, high = _pair_values(match)
    close = snapshot.close
    return high > low and 0.7 * close <= low and high <= 1.3 * close


def _day_range(snapshot: Snapshot) -> _Range:
    return _Range(snapshot.low, snapshot.high, f"the day's range {snapshot.low:,.2f}-{snapshot.high:,.2f}")


def _in_range(match: re.Match[str], text: str, previous: str, section: str,
              snapshot: Snapshot, told: _Range | None = None) -> list[Finding]:
    rng = told or _range_for(text, previous, snapshot)
    if rng is None or rng.high <= rng.low:
        return []
    place = rng.place(snapshot.close)
    groups = match.groupdict()
    if "side" in groups and match.re is _MIDDLE:
        side = (groups.get("side") or "").lower()
        if side:
            wrong = place <= 0.5 if side in ("above", "over") else place >= 0.5
            where = "above" if place > 0.5 else "below"
        else:
            wrong = abs(place - 0.5) > MIDDLE_BAND
            where = "in the upper part" if place > 0.5 else "in the lower part"
    else:
        top = bool(groups.get("top") or groups.get("top2"))
        wrong = place < 0.5 if top else place > 0.5
        where = "in the upper half" if place > 0.5 else "in the lower half"
    if not wrong:
        return []
    words = match.group(0).strip()
    return [finding("direction-mismatch", f"'{words}' does not fit the close {snapshot.close:,.2f} in "
                    f"{rng.what}: it is {where} ({place:.0%} of the way up)", section=section, span=words,
                    expected=f"{where} of {rng.what}", source="snapshot.close, snapshot.range/high/low")]


def _beside_day_edge(match: re.Match[str], section: str, snapshot: Snapshot) -> list[Finding]:
    """The close above the day's high or below its low (never), or 'just over the low' / 'a hair under the
    high' when it is in the other half of the day's range."""
    rng = _day_range(snapshot)
    close = snapshot.close
    if rng.high <= rng.low:
        return []
    top = bool(match.group("top") or match.group("top2"))
    above = match.group("side").lower() in ("above", "over")
    place = rng.place(close)
    edge = rng.high if top else rng.low
    if above == top:  # above the high, below the low
        wrong = close != edge
    else:  # under the high, over the low: near words put it in that half
        wrong = bool(match.group("near")) and (place < 0.5 if top else place > 0.5)
    if not wrong:
        return []
    words = match.group(0).strip()
    where = "in the upper half" if place > 0.5 else "in the lower half"
    return [finding("direction-mismatch", f"'{words}' does not fit the close {close:,.2f} in {rng.what}: "
                    f"it is {where} ({place:.0%} of the way up)", section=section, span=words,
                    expected=f"{where} of {rng.what}", source="snapshot.close, snapshot.high/low")]


def _beside_edge(match: re.Match[str], text: str, previous: str, section: str,
                 snapshot: Snapshot) -> list[Finding]:
    """The close above or below an edge of the range or a Bollinger band, and how far in ATRs."""
    if match.group("band"):
        vol = snapshot.volatility
        edge = vol.bb_upper if match.group("upper") else vol.bb_lower
        name = f"the {'upper' if match.group('upper') else 'lower'} Bollinger band"
    else:
        rng = _range_for(text, previous, snapshot)
        if rng is None:
            return []
        edge = rng.high if match.group("top") else rng.low
        name = f"the {'top' if match.group('top') else 'bottom'} of {rng.what}"
    if edge is None:
        return []
    close = snapshot.close
    above = match.group("side").lower() in ("above", "over")
    side = _with_verb(text, match.start("side"), match.group(0)[match.start("side") - match.start():].strip())
    if close != edge and (close > edge) != above:
        return [finding("direction-mismatch", f"'{side}': the close {close:,.2f} is "
                        f"{'above' if close > edge else 'below'} {name} {edge:,.2f}", section=section,
                        span=side, expected=f"{'above' if close > edge else 'below'} {name}",
                        source="snapshot.close, snapshot.volatility/range")]
    return _distance_words(match, close, edge, name, section, snapshot)


_VERB_BEFORE = re.compile(r"\b(?:closed|finished|ended|settled|sat|sits|is|was|stayed|stays|held|holds)\s+$",
                          re.IGNORECASE)
"""The stating verb right before a side word ('closed above the lower Bollinger band'): part of the claim."""


def _with_verb(text: str, side_start: int, side: str) -> str:
    """The side's words, with the verb that states them when it comes right before."""
    verb = _VERB_BEFORE.search(text, max(0, side_start - 12), side_start)
    return f"{verb.group(0)}{side}" if verb else side


def _distance_words(match: re.Match[str], close: float, edge: float, name: str, section: str,
                    snapshot: Snapshot) -> list[Finding]:
    """'just under' needs the close within NEAR_ATR of the edge, 'well above' at least FAR_ATR away."""
    atr = snapshot.volatility.atr_14
    said = match.group("near") or match.group("far")
    if not said or not atr:
        return []
    atrs = abs(close - edge) / atr
    near = bool(match.group("near"))
    if (near and atrs <= NEAR_ATR) or (not near and atrs >= FAR_ATR):
        return []
    words = match.group(0).strip()
    return [finding("direction-mismatch", f"'{words}': the close {close:,.2f} is {atrs:.1f} ATR from {name} "
                    f"{edge:,.2f}", section=section, span=words,
                    expected=f"{'within ' + str(NEAR_ATR) if near else 'at least ' + str(FAR_ATR)} ATR",
                    source="snapshot.close, snapshot.volatility.atr_14")]


def _band_side(match: re.Match[str], section: str, snapshot: Snapshot) -> list[Finding]:
    """A Bollinger band said to lie above or below the close, its price told before ('Upper Bollinger
    band $482.40, just below the close'); the price itself is checked as a figure."""
    vol = snapshot.volatility
    edge = vol.bb_upper if match.group("upper") else vol.bb_lower
    close = snapshot.close
    if edge is None or edge == close:
        return []
    below = match.group("side").lower() not in ("above", "over")
    name = f"the {'upper' if match.group('upper') else 'lower'} Bollinger band"
    if (edge < close) == below:
        return []
    where = "above" if edge > close else "below"
    return [finding("direction-mismatch", f"'{match.group('words')}': {name} {edge:,.2f} is {where} the "
                    f"close {close:,.2f}", section=section, span=match.group("words"),
                    expected=f"{name} {where} the close", source="snapshot.close, snapshot.volatility")]


_OWNER_AFTER = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday)['\u2019]s\b",
                          re.IGNORECASE)
"""The day whose figure the side is told against, right after the side ('below Monday's close')."""


def _two_prices(match: re.Match[str], section: str) -> list[Finding]:
    """A price said above or below another printed price: the side must be the figures' own, in the same
    unit (both in dollars or both bare)."""
    a, b = (find_numbers(match.group(n)) for n in ("a", "b"))
    if not a or not b or match.group("a").startswith("$") != match.group("b").startswith("$"):
        return []
    below = match.group("side").lower() in ("below", "under", "beneath")
    if a[0].value == b[0].value or (a[0].value < b[0].value) == below:
        return []
    owner = _OWNER_AFTER.match(match.string, match.end("words"))
    span = match.group("words") + (owner.group(0) if owner else "")
    return [finding("direction-mismatch", f"{a[0].text} is said to be {match.group('side').lower()} "
                    f"{b[0].text}", section=section, span=span,
                    expected=f"{a[0].text} {'above' if a[0].value > b[0].value else 'below'} {b[0].text}",
                    source="the printed figures")]


def _price_side(match: re.Match[str], section: str, snapshot: Snapshot) -> list[Finding]:
    """A price said to lie below or above the close ('round number below is $225')."""
    printed = match.group("price") if "price" in match.groupdict() and match.group("price") \
        else match.groupdict().get("price2")
    side = match.groupdict().get("side") or match.groupdict().get("side2") or ""
    numbers = find_numbers(printed or "")
    if not numbers:
        return []
    value, close = numbers[0].value, snapshot.close
    below = side.lower() in ("below", "beneath", "underneath", "under")
    if value == close or (value < close) == below or not 0.5 * close <= value <= 2 * close:
        return []
    return [finding("direction-mismatch", f"{numbers[0].text} is said to be {side.lower()} the price, but "
                    f"the close is {close:,.2f}", section=section, span=numbers[0].text,
                    expected=f"{'above' if value > close else 'below'} the close",
                    source="snapshot.close")]
