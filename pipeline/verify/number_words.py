"""Numbers written as words, rewritten to digits so every figure check applies to them.

"fell two percent", "nine hundred eighty-seven dollars", "ten sessions in a row",
"the third straight session", "half a percent", "a quarter point", "a dozen
sessions", "volume roughly doubled": each becomes the digit form the claim
reader already knows ("2%", "$987", "10 sessions in a row", "3 straight
sessions", "0.5%", "0.25 pp", "12 sessions", "2x"), and a `Rewrite` keeps the
words it came from, so a finding quotes what the writer wrote.

Only figures are rewritten: a word number needs a unit ("percent", "dollars",
"points", "sessions in a row") or is a level-sized compound ("two hundred",
"nine hundred eighty-seven") or sits where a level is read ("RSI at
forty-eight", "near two hundred"). Counting words ("two averages", "one of
three scenarios") are left alone.

Words that are approximate by nature are checked with a tolerance, relative to
the value they name (`TOLERANCE`); whole numbers are checked like digits at
their printed precision ("two percent" is 1.5% to 2.5%).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..contracts import Finding
from .lookahead import leading
from .numbers import WordIndex, find_numbers, folded, strip_names, word_trie

if TYPE_CHECKING:
    from .claims import Claim

TOLERANCE = {"fraction": 0.1, "multiple": 0.2}
"""Relative tolerance of fraction words ("half a percent": 0.45% to 0.55%; "a quarter point": 0.225
to 0.275 pp; "a dozen": 10.8 to 13.2) and of multiples ("doubled": 1.6x to 2.4x)."""

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TEN_ORDINALS = "twentieth thirtieth fortieth fiftieth".split()
_VALUE = {**{w: n for n, w in enumerate(_UNITS)}, **{w: 20 + 10 * n for n, w in enumerate(_TENS)}}
_ORDINAL_VALUE = {**{w: n + 1 for n, w in enumerate(_ORDINALS)},
                  **{w: 20 + 10 * n for n, w in enumerate(_TEN_ORDINALS)}}


def small_count(word: str) -> int | None:
    """A count or an ordinal printed in digits or as one word ("7", "seven", "7th", "seventh"); None for
    anything else."""
    lowered = word.lower()
    digits = lowered[:-2] if lowered[-2:] in ("st", "nd", "rd", "th") and lowered[:-2].isdigit() else lowered
    if digits.isdigit():
        return int(digits)
    return _VALUE.get(lowered, _ORDINAL_VALUE.get(lowered))


def count_forms(n: int) -> list[str]:
    """How a count of sessions may be printed: digits, cardinal and ordinal words ("9", "nine",
    "ninth"; "21", "twenty-one", "twenty-first")."""
    forms = [str(n)]
    if 0 < n < 20:
        forms += [_UNITS[n], _ORDINALS[n - 1]]
    elif 20 <= n < 100:
        tens, unit = divmod(n, 10)
        if unit == 0:
            forms += [_TENS[tens - 2], *(_TEN_ORDINALS[tens - 2:tens - 1])]
        else:
            forms += [f"{_TENS[tens - 2]}-{_UNITS[unit]}", f"{_TENS[tens - 2]}-{_ORDINALS[unit - 1]}"]
    return forms


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternation(_UNITS[1:])
_TEN = _alternation(_TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT[:]}))?|{_UNIT})"
_HUNDREDS = rf"(?:(?:{_SMALL}|a|one)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)"
_THOUSANDS = rf"(?:(?:{_HUNDREDS}|{_SMALL}|a|one)\s+thousand(?:,?\s+(?:and\s+)?(?:{_HUNDREDS}|{_SMALL}))?)"
_CARDINAL = rf"(?:{_THOUSANDS}|{_HUNDREDS}|{_SMALL})"
_ORDINAL = rf"(?:(?:{_TEN})-(?:{_alternation(_ORDINALS[:9])})|{_alternation(_ORDINALS + _TEN_ORDINALS)})"
_FRACTION = (r"(?P<fraction>(?P<units>" + _CARDINAL + r") and "
             r"(?P<and_tenths>one|two|three|four|five|six|seven|eight|nine)[- ]tenths? of (?:an?|one)"
             r"|(?P<tenths>one|two|three|four|five|six|seven|eight|nine)[- ]tenths?"
             r" of (?:an?|one)|half(?: of)? an?|an? half|(?:a|one)[- ]quarter(?: of an?)?"
             r"|(?:a|one) (?:full|whole)"
             r"|three[- ]quarters(?: of an?)?|(?P<whole>" + _CARDINAL + r") and an? (?P<part>half|quarter))")
_APPROX = r"(?:(?:roughly|about|around|nearly|almost|some|approximately|close to|just over|just under)\s+)?"
_PAIR_LOW = (rf"(?:(?:{_TEN})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
             r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
             r"|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))")
"""The second half of a number spoken in pairs: "thirty", "eighty-five", "fifteen", "oh-five"."""
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_PRICE_FRAME = re.compile(r"\b(?:finish(?:ing|ed|es)?|clos(?:e|ed|es|ing)|settl(?:e|ed|es|ing)|"
                          r"end(?:ed|ing|s)?|last|low|high|open(?:ed|ing|s)?|at|to)\s+$", re.IGNORECASE)
_MOVE_FRAME = re.compile(r"(?:^|[\s,;:(])(?:up|down|plus|minus)\s+$", re.IGNORECASE)
_ATR_FRAME = re.compile(r"\b(?:ATR|average true range)(?:\s+(?:is|was|at|of))?\s+$", re.IGNORECASE)
"""What says a number spoken as a quote is read aloud is a price (`_spoken_price`): a close's, an open's,
a high's or a low's word right before it, a move's "up"/"down"/"plus"/"minus", or the ATR."""

_PERCENT = r"[- ]?(?:percent|per cent|pct)\b"
_PP = r"[- ]?percentage[- ]points?\b"
_BP = r"[- ]?basis[- ]points?\b"
_POINTS = r"[- ]points?\b"
_DOLLARS = r"\s+(?:dollars?|bucks)\b"
_CENTS = r"\s+cents?\b"
_STREAK_DAYS = (r"\s+(?:straight\s+|consecutive\s+)?(?:sessions|trading days|days)"
                r"\s+(?:in a row|running|straight)\b")
_STREAK_BEFORE = r"\s+(?:straight|consecutive)\s+(?:sessions|trading days|days)\b"
_SESSIONS = r"\s+(?:sessions|trading days)\b"
_ATRS = r"[\s-](?:ATRs?|average true ranges?)\b"
"""A count of average true ranges ("about three ATRs", "a two-ATR day"): the move's size in ATRs."""
_ATR_NOUN = (r"(?:(?:(?:normal|average|typical|usual|full)\s+)?(?:ATRs?\b|average true ranges?\b)"
             r"|(?:normal|average|typical|usual)\s+daily\s+(?:range|move|swing)\b"
             r"|(?:normal|average|typical|usual)\s+(?:day|session)(?:['\u2019]s\s+(?:move|range|swing))?\b)")
"""What a share or a multiple of the ATR names: the ATR itself ("half an ATR", "half of its average true
range") or a normal day, in a sentence that names the ATR ("about twice a normal day")."""
_RUN = (r"\s+(?P<straight>(?:straight|consecutive)\s+)?"
        r"(?:(?:(?P<way>higher|lower|up|down|gaining|losing|winning|declining|positive|negative|green|red)\s+)?"
        r"(?P<noun>session|trading day|day|close|finish)(?:es|s)?"
        r"(?:\s+of\s+(?P<of>declines?|loss(?:es)?|gains?|advances?|falls?|rises?|selling|buying))?"
        r"|(?P<move>gain|loss|advance|decline|drop|rise|retreat|slide|setback)(?:es|s)?)\b"
        r"(?P<row>\s+(?:in a row|running|straight)\b)?")
"""The rest of a run told with an ordinal: "third straight session", "5th session in a row", "fifth
lower close in a row", "its 4th straight higher close", "the fourth up day in a row", "the ninth session
running"; or a move that tells its direction ("its fifth consecutive gain", "a third straight loss"), also
after the days it fills ("nine days of gains in a row", "six sessions of selling running")."""
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|over|in|across|within|next|coming|first)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_RATE_WORDS = re.compile(r"\b(?:rate|rates|Fed|FOMC|cut|cuts|hike|hikes|easing|tightening)\b", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:at|near|around|about|to|reads|read|above|below|under|over|toward|towards|"
                           r"from|of roughly|of about)\s+$", re.IGNORECASE)
READING_ADJECTIVE = (r"(?:an?\s+(?!(?:key|critical|crucial|important|pivotal|magic|psychological|round|"
                     r"overbought|oversold|threshold|line|level|bit|touch|tad|hair|shade|little|far|long|way|"
                     r"reading|value|print|close|move|gain|loss|drop|rise|jump|fall|day|week|month|year|"
                     r"session|few|couple|lot|number|handful|period|stretch|run|streak)\b)"
                     r"[a-z]+(?:-[a-z]+)?\s+)")
"""One adjective between an indicator's verb and its reading ("RSI is a boring 65", "a hot 72"): the
reading still. Not a line ("a key 70"), a zone ("an overbought 70"), an amount ("a bit above") or a
span of time ("a week")."""

_INDICATOR_BEFORE = re.compile(r"\b(?:RSI(?:\s?\(\d+\))?|VIX|ATR|MACD)(?:\s+(?:line|reading|value))?[\s:,]*"
                               r"(?:(?:is|was|reads|read|sits|sat|stands|stood|at|now|still|prints|printed)\s+)*"
                               + READING_ADJECTIVE + "?$")
"""A word number right after an indicator or the VIX, maybe past its verb and one adjective ("RSI
sixty-five", "RSI is a boring sixty-five", "the VIX at a sleepy fourteen"): the reading."""
_BARE_AFTER = re.compile(r"^(?:\s*(?:[,.;:)\u2014]|$)|\s+(?:on|and|in|for|as|while|after|before|by|with|at|"
                         r"from|to|level|mark|area|zone|handle|line)\b)", re.IGNORECASE)

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
"""A month's name, capitalised ("May first" is a date; "it may first dip" is not)."""
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
        ("month-day", rf"\b(?P<month>(?-i:{_MONTHS}))\.?\s+(?P<number>{_ORDINAL})(?![\w-])"
                      r"(?!\s+(?:half|quarter|time|place|straight|consecutive|sessions?|days?|weeks?|"
                      r"in a row)\b)"),
        ("streak-ordinal", rf"\b(?P<number>{_ORDINAL}){_RUN}"),
        ("streak-digits", rf"\b(?P<number>\d{{1,3}})(?:st|nd|rd|th){_RUN}"),
        ("dollars-cents", rf"\b(?P<number>{_CARDINAL}){_DOLLARS}\s+and\s+(?P<cents>{_CARDINAL})\s+cents?\b"),
        ("atr-share", rf"\b{_APPROX}(?P<share>twice|double|triple|half|three quarters|a quarter|a third|"
                      rf"two thirds|a fifth|a tenth|"
                      rf"(?P<times>{_CARDINAL}(?: and an? (?:half|quarter))?) times)(?:\s+of)?\s+"
                      rf"(?:an?\s+|its\s+|the\s+|one\s+|(?:the\s+)?[A-Za-z]+['\u2019]s\s+)?{_ATR_NOUN}"),
        ("times", rf"\b{_APPROX}(?P<number>twice|double|triple|quadruple"
                  rf"|{_CARDINAL}(?: and an? (?:half|quarter))? times)"
                  rf"(?:(?=\s+(?:the\s+|its\s+|an?\s+)?\d[\d,]*(?:\.\d+)?\s?(?:M|mn|million)\s+(?:average|avg)\b)"
                  rf"|\s+(?:(?:(?:more|higher|bigger|larger|greater) than\s+"
                  rf"|as (?:much|many|heavy|high) as\s+)?"
                  rf"(?:the\s+|a\s+|an\s+)?(?:(?:its|our|my|his|her|their)\s+)?"
                  rf"(?:normal|usual|average|typical|avg|norm|(?:20|twenty)-day (?:average|avg|norm))\b"
                  rf"|as many(?P<shares>\s+shares)?(?![\w-])(?!\s+(?!as\b)[a-z]+\s+as\b)))"),
        ("share", rf"\b{_APPROX}(?P<share>half|three quarters|a quarter|a third|two thirds)(?:\s+of)?\s+"
                  rf"(?:the\s+)?(?:its\s+)?(?:normal|usual|average|typical|20-day average)\b"),
        ("ratio", rf"\b(?P<number>{_CARDINAL})(?P<half>\s+and\s+an?\s+(?:half|quarter))?"
                  rf"(?:[\s-]+to[\s-]+one|\s+for\s+(?:every|each)\s+one)(?![\w-])"
                  rf"|\brisk(?:ing|s)?\s+one\s+to\s+(?:make|earn|gain|win|collect)\s+(?P<reward>{_CARDINAL})\b"),
        ("slash", rf"(?<![\w/.,])(?P<part>[1-9])/(?P<whole>[2-9]|1[06])(?![\w/])(?:\s+of\s+(?:an?|one))?"
                  rf"(?P<unit>{_PERCENT}|{_PP}|{_POINTS}|[- ]point\b)"),
        ("fraction", rf"\b{_FRACTION}(?P<unit>{_PERCENT}|{_PP}|{_BP}|{_POINTS}|[- ]point\b|{_DOLLARS})"),
        ("dozen", r"\b(?P<fraction>half a dozen|an? dozen)(?P<unit>" + _SESSIONS + "|" + _STREAK_DAYS + ")"),
        ("spoken-price", rf"\b(?P<high>{_DIGIT_WORD}) (?P<mid>{_PAIR_LOW})(?: (?P<low>{_PAIR_LOW}))?(?![\w-])"
                         rf"(?!{_POINTS})"),
        ("spoken-points", rf"\b(?P<high>{_SMALL}) (?P<low>{_PAIR_LOW})(?P<unit>{_POINTS})"),
        ("spoken-level", rf"\b(?P<high>{_SMALL}) (?P<low>{_PAIR_LOW})(?![\w-])"),
        ("decimal", rf"\b(?P<number>{_CARDINAL}|zero|oh)\s+point\s+(?P<decimals>(?:{_UNIT}|zero|oh)"
                    rf"(?:[\s-]+(?:{_UNIT}|zero|oh))*)(?P<unit>{_PERCENT})?(?![\w-])"),
        ("millions", rf"\b(?:(?P<number>{_CARDINAL})(?P<half> and an? (?:half|quarter))?|(?P<halfa>half) an?)"
                     r" (?P<scale>million|billion)\b"),
        ("span", rf"\b(?P<number>{_CARDINAL})[- ](?P<span>day|week|session)(?![\w])"),
        ("streak-cardinal", rf"\b(?P<number>{_CARDINAL}){_RUN}"),
        ("cardinal", rf"\b(?P<number>{_CARDINAL})(?P<unit>{_PERCENT}|{_PP}|{_BP}|{_POINTS}|{_DOLLARS}"
                     rf"|{_STREAK_DAYS}|{_STREAK_BEFORE}|{_SESSIONS}|{_CENTS}|{_ATRS})?(?![\w-])"),
        ("digits", r"(?<![\w.,$])(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>[- ]?(?:percent|per cent)\b"
                   r"|\s(?:dollars?|cents?)\b(?!\s+and\b))"),
        ("multiple", rf"\b{_APPROX}(?P<multiple>doubled|tripled|quadrupled|halved)\b"),
        ("percent-first", r"(?:\b(?P<word>percent|per cent|pct)\s+|(?<![\w%.,])%)"
                          r"(?P<number>[+\-\u2212]?\d[\d,]*(?:\.\d+)?)"
                          r"(?![\w%]|[.,]\d|\s*(?:%|percent\b|per cent\b))"),
    )
)
_CARDINAL_OPENS = rf"\b(?P<number>{_CARDINAL})"


def _one_branch(pattern: str) -> bool:
    """Whether a pattern's text has no '|' outside its groups and sets (it is one sequence)."""
    depth, escaped, in_set = 0, False, False
    for n, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]" or pattern[n - 1] == "[" or pattern[n - 2:n] == "[^"
        elif ch == "[":
            in_set = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return False
    return True


_CARDINAL_FIRST = frozenset(kind for kind, pattern in _PHRASES if pattern.pattern.startswith(_CARDINAL_OPENS)
                            and _one_branch(pattern.pattern))
"""The phrases whose every match opens with a cardinal in words ("streak-cardinal", "cardinal", "span",
"dollars-cents"): their matches are looked for where _CARDINAL_AT finds a cardinal (see _matches)."""
_CARDINAL_AT = leading(re.compile(rf"\b(?:{_CARDINAL})"))
"""A cardinal in words in lowered text, case-sensitive: the case-sensitive search scans its first characters
in C (about 5 us a sentence against the IGNORECASE phrase's 45-90 us). _CARDINAL holds lowercase letters,
spaces and hyphens only, so on text folded for the pre-checks (numbers.folded: lowering changes no offset
and no match) it matches where the IGNORECASE phrase's cardinal does."""
assert not any(c.isupper() for c in _CARDINAL) and "\\" not in _CARDINAL.replace("\\s", "")
_PHRASES = tuple((kind, leading(pattern)) for kind, pattern in _PHRASES)  # see lookahead.py
_SHARES = {"half": 0.5, "three quarters": 0.75, "a quarter": 0.25, "a third": 0.33, "two thirds": 0.67}
_ATR_ONLY_SHARES = {"a fifth": 0.2, "a tenth": 0.1}
"""Shares read only of the ATR ("a fifth of one average true range")."""
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_TIMES_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0}
"""A multiple of the volume's average in one word ("about triple its 20-day average"); "N times more
than normal" is read as N times, as writers mean it."""
_VOLUME = re.compile(r"\b(?:volume|turnover|trading activity|trading (?:was|is|ran|came in)|shares traded)\b"
                     r"|\d(?:\s?(?:M|mn|million))?\s+shares\b", re.IGNORECASE)
_VOLUME_AFTER = re.compile(r"^\s+(?:daily\s+)?(?:volume|turnover|trading)\b", re.IGNORECASE)
"""Volume words after "N times its normal" ("on almost three times its normal volume")."""


@dataclass(frozen=True)
class Rewrite:
    start: int  # where the replacement starts in the rewritten text
    end: int
    source_start: int  # where the words were in the original text
    source_end: int
    words: str  # what the writer wrote
    replacement: str  # "10 sessions in a row"
    digits: str  # the figure in it as the number reader prints it: "10", "$987", "0.5%"
    tolerance: float | None = None  # relative, for approximate words


@dataclass(frozen=True)
class Rewritten:
    text: str
    rewrites: tuple[Rewrite, ...]
    original: str = ""

    def original_of(self, span: str) -> str | None:
        """What the writer wrote where `span` sits in the rewritten text (None: not found there)."""
        if not span:
            return None
        before = r"(?<![\w.,])" if span[0].isalnum() else ""
        after = r"(?![\w])" if span[-1].isalnum() else ""
        found = re.search(before + re.escape(span) + after, self.text)
        if found is None:
            return None
        start = found.start()
        return self.original[self._source(start, True):self._source(start + len(span), False)]

    def _source(self, position: int, opening: bool) -> int:
        shift = 0
        for rw in self.rewrites:
            if position < rw.start or (not opening and position == rw.start):
                break
            if position < rw.end or (not opening and position == rw.end):
                return rw.source_start if opening else rw.source_end
            shift = rw.source_end - rw.end
        return position + shift

    def at(self, position: int) -> Rewrite | None:
        """The rewrite covering `position` of the rewritten text, if any."""
        return next((r for r in self.rewrites if r.start <= position < r.end), None)


def rewrite(sentence: str) -> Rewritten:
    """`sentence` with its number words as digits, and where each came from."""
    if not _maybe(sentence):
        return Rewritten(sentence, (), sentence)
    pieces: list[str] = []
    rewrites: list[Rewrite] = []
    cursor = written = 0
    for start, end, digits, tolerance in _found(sentence):
        pieces.append(sentence[cursor:start])
        written += start - cursor
        pieces.append(digits)
        printed = find_numbers(digits)
        rewrites.append(Rewrite(written, written + len(digits), start, end, sentence[start:end], digits,
                                printed[0].text if printed else digits, tolerance))
        written += len(digits)
        cursor = end
    pieces.append(sentence[cursor:])
    return Rewritten("".join(pieces), tuple(rewrites), sentence)


_VOCABULARY = frozenset([*_UNITS, *_TENS, *_ORDINALS, *_TEN_ORDINALS, "half", "quarter", "quarters", "dozen",
                         "tenths",
                         "full", "whole", "third", "thirds", "double", "triple", "quadruple",
                         "doubled", "tripled", "quadrupled", "halved", "percent", "cent", "twice", "st", "nd",
                         "rd", "th"])
_ANY_NUMBER_WORD = leading(re.compile(rf"(?<![a-z])(?:{word_trie(sorted(_VOCABULARY))})(?![a-z])"))
"""A whole run of lowered letters that is a number word (a trie of the vocabulary, scanned in C)."""
assert all(re.fullmatch(r"[a-z]+", word) for word in _VOCABULARY)


_SLASH_FRACTION = re.compile(r"\d/\d{1,2}\s+(?:of\s+(?:an?|one)\s+)?"
                             r"(?:percent|per cent|pct|percentage|point)", re.IGNORECASE)
"""A fraction of a percent or point in digits ("3/4 of a percent", "1/2 point"): read like its words."""


_SIGN_FIRST = re.compile(r"%(?<![\w%.,]%)[+\-\u2212]?\d")
"""A percent sign before its figure ("%1.11", as Turkish prints it): read like "percent 1.11"."""


def _maybe(sentence: str) -> bool:
    """Whether a sentence holds any number word at all (most do not: one scan of its lowered text),
    a fraction of a percent or point in digits, or a figure in dollars or cents spelled out."""
    lowered = sentence.lower()
    return _ANY_NUMBER_WORD.search(lowered) is not None or "dollar" in lowered or "cents" in lowered or (
        "/" in sentence and _SLASH_FRACTION.search(sentence) is not None) or (
        "%" in sentence and _SIGN_FIRST.search(sentence) is not None) or "pct" in lowered


_PHRASE_WORDS = WordIndex([
    tuple(_ORDINALS + _TEN_ORDINALS), tuple(_ORDINALS + _TEN_ORDINALS), ("st ", "nd ", "rd ", "th "),
    ("cent",),
    ("atr", "average true", "range", "swing"),
    ("twice", "times", "double", "triple", "quadruple"),
    ("half", "quarter", "third"), ("to one", "to-one", "every one", "each one", "risk"),
    ("/",), ("half", "quarter", "full", "whole", "tenth"),
    ("dozen",),
    tuple(_UNITS[1:10]), ("point",), tuple(_TENS + _UNITS[10:] + ["oh"]), ("point",), ("million", "billion"),
    ("day", "week", "session"),
    ("close", "finish", "session", "day", "gain", "loss", "advance", "decline", "drop", "rise", "retreat",
     "slide", "setback"),
    tuple(_UNITS[1:] + _TENS + ["hundred", "thousand"]),
    ("percent", "per cent", "dollar", "cent"),
    ("doubled", "tripled", "quadrupled", "halved"),
    ("percent", "per cent", "pct", "%"),
])
"""For each _PHRASES pattern, words one of which a lowered ASCII sentence must hold for it to match."""
assert _PHRASE_WORDS.size == len(_PHRASES)


def _found(sentence: str) -> list[tuple[int, int, str, float | None]]:
    """(start, end, digits, tolerance) of each figure in words, in order, not overlapping."""
    found: list[tuple[int, int, str, float | None]] = []
    lowered = folded(sentence)
    for kind, pattern in (_PHRASES[n] for n in _PHRASE_WORDS.candidates(lowered)):
        for match in _matches(pattern, sentence, lowered) if kind in _CARDINAL_FIRST and lowered is not None \
                else pattern.finditer(sentence):
            taken = any(match.start() < end and start < match.end() for start, end, _, _ in found)
            digits = None if taken else _digits(kind, match, sentence)
            if digits is not None:
                found.append((match.start(), match.end(), *digits))
    return sorted(found)


def _matches(pattern: re.Pattern[str], sentence: str, lowered: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(sentence) for a phrase of _CARDINAL_FIRST, given `lowered`, folded(sentence): the
    same matches in the same order. Every match opens with a cardinal, so it starts where _CARDINAL_AT
    matches the lowered text; the phrase is tried there alone, from the left, and after a match from its
    end (no match is empty), as finditer walks."""
    at = 0
    while (cardinal := _CARDINAL_AT.search(lowered, at)) is not None:
        match = pattern.match(sentence, cardinal.start())
        if match is None:
            at = cardinal.start() + 1
            continue
        yield match
        at = match.end()


def _digits(kind: str, match: re.Match[str], sentence: str) -> tuple[str, float | None] | None:
    if kind == "month-day":  # "October twenty-fifth": a date, read as "October 25"
        day = ordinal_value(match.group("number"))
        return (f"{match.group('month')} {day}", None) if day is not None and day <= 31 else None
    if kind in ("streak-ordinal", "streak-digits"):
        return _run(match)
    if kind == "streak-cardinal":  # "EIGHT red closes in a row": a run told by its direction
        return _run(match) if match.group("way") or match.group("move") or match.group("of") else None
    if kind == "span":  # "its fifty-day", "the two hundred-day", "fifty-two-week high": a window
        days = _cardinal(match.group("number"))
        return (f"{_format(days)}-{match.group('span').lower()}", None) if days in _WINDOWS else None
    if kind == "dollars-cents":
        dollars, cents = _cardinal(match.group("number")), _cardinal(match.group("cents"))
        if dollars is None or cents is None or cents >= 100:
            return None
        return f"${dollars + cents / 100:.2f}", None
    if kind == "atr-share":  # "about half an ATR", "twice a normal day": the day's move in ATRs
        return _atr_share(match, sentence)
    if kind == "times":
        words = match.group("number").lower()
        whole, _, part = words.removesuffix(" times").partition(" and ")
        factor = _TIMES_WORDS.get(words) or _cardinal(whole)
        if factor is not None and part:  # "two and a half times the 20-day average"
            factor += 0.5 if part.endswith("half") else 0.25
        if factor is None or not (match.group("shares") or _VOLUME.search(sentence[:match.start()])
                                  or _VOLUME_AFTER.match(sentence[match.end():])):
            return None  # a multiple of the volume's average; of anything else, not a figure here
        if match.group("shares"):  # "Four times as many shares": the volume against its average
            return f"volume {_format(factor)}x", TOLERANCE["multiple"]
        return f"{_format(factor)}x", TOLERANCE["multiple"]
    if kind == "multiple":
        return _multiple(match, sentence)
    if kind == "percent-first":  # "a rise of percent 1.11", "%1.11": the percent word before its figure
        before = sentence[:match.start()].rstrip()
        if _NUMBER_BEFORE.search(before, max(0, len(before) - _NUMBER_BEFORE_REACH)) and not (
                before[-1:].isdigit() and _in_name(sentence, len(before) - 1)):
            return None  # "2 percent 3 days running": the percent is the figure's before it
        return f"{match.group('number')}%", None
    if kind == "share":  # "roughly half of its 20-day average": the volume's ratio to its average
        if not _VOLUME.search(sentence[:match.start()]):
            return None
        return f"{_format(_SHARES[match.group('share').lower()])}x", TOLERANCE["multiple"]
    if kind == "ratio":  # "about four to one", "a four-to-one trade", "two and a half to one", "three for
        # every one", "risking one to make three": a reward/risk
        ratio = _cardinal(match.group("number") or match.group("reward"))
        if ratio is not None and match.group("half"):
            ratio += 0.5 if match.group("half").rstrip().endswith("half") else 0.25
        return (f"{_format(ratio)} to 1", None) if ratio is not None else None
    if kind == "digits":  # "12 percent": 12%; "619.57 dollars": $619.57; "37 cents": $0.37
        unit = match.group("unit").strip(" -").lower()
        number = match.group("number")
        if _in_name(sentence, match.start("number")):
            return None  # "the Russell 2000 percent 0.30": a name's digits, the figure after the word
        if unit.startswith("cent") and ("." in number or "," in number):
            return None
        return _with_unit(number, unit, None), None
    if kind == "slash":  # "3/4 of a percent": 0.75%, "1/2 point": 0.5 pp (not a month/day date)
        part, whole = int(match.group("part")), int(match.group("whole"))
        if part >= whole:
            return None
        unit = match.group("unit").strip(" -").lower()
        return _with_unit(_format(round(part / whole, 4)), unit, "fraction"), TOLERANCE["fraction"]
    if kind == "millions":  # "seven and a half million shares": 7.5 million, as the number reader reads it
        amount = 0.5 if match.group("halfa") else _cardinal(match.group("number"))
        if amount is None:
            return None
        if match.group("half"):
            amount += 0.5 if match.group("half").endswith("half") else 0.25
        return f"{_format(amount)} {match.group('scale').lower()}", None
    if kind == "spoken-price":
        return _spoken_price(match, sentence)
    if kind.startswith("spoken"):
        return _spoken_pair(kind, match, sentence)
    if kind == "decimal":  # "seventeen point six": 17.6, read digit by digit after the point
        whole = 0.0 if match.group("number").lower() in ("zero", "oh") else _cardinal(match.group("number"))
        places = [_DIGIT_WORDS[w] for w in re.split(r"[\s-]+", match.group("decimals").lower())]
        if whole is None:
            return None
        digits = f"{_format(whole)}.{''.join(str(d) for d in places)}"
        return (f"{digits}%" if match.group("unit") else digits), None
    unit = (match.group("unit") or "").strip(" -").lower()
    if kind in ("fraction", "dozen"):
        if unit.startswith("point") and _RATE_WORDS.search(sentence):
            return None  # "a quarter-point rate cut": the Fed's, not a market figure here
        return _with_unit(_fraction(match), unit, "fraction"), TOLERANCE["fraction"]
    value = _cardinal(match.group("number"))
    if value is None or not (unit or _bare_is_figure(match, sentence, value)):
        return None
    if unit in ("sessions", "trading days") and _WINDOW_BEFORE.search(sentence[:match.start()]):
        return None  # "over the past ten sessions": the window a move is over, not a figure
    return _with_unit(_format(value), unit, None), None


def _pair_value(words: str) -> float | None:
    """The value of a spoken pair ("eighteen", "fifty-nine", "oh-five")."""
    return _cardinal(words.replace("oh", "").strip(" -"))


def _spoken_price(match: re.Match[str], sentence: str) -> tuple[str, float | None] | None:
    """A price read aloud from a quote screen, where its frame says it is one: a digit word then two
    pairs is hundreds, dollars and cents after a close's, an open's, a high's or a low's word ("SPY
    finishing six fifty-nine eighteen" is 659.18, "low six fifty-two fifty-four" 652.54); a digit word
    then one pair is dollars and cents after a move's word ("up three eighty-three": $3.83) or the ATR
    ("ATR seven seventy-five": 7.75). Anywhere else ("six fifty a head", "at six thirty") no figure."""
    high, mid = _cardinal(match.group("high")), _pair_value(match.group("mid"))
    low = _pair_value(match.group("low")) if match.group("low") else None
    if high is None or mid is None or match.group("low") and low is None:
        return None
    before = sentence[:match.start()]
    if low is not None:
        return (f"{_format(high * 100 + mid)}.{int(low):02d}", None) if _PRICE_FRAME.search(before) else None
    if _MOVE_FRAME.search(before):
        return f"${_format(high)}.{int(mid):02d}", None
    if _ATR_FRAME.search(before):
        return f"{_format(high)}.{int(mid):02d}", None
    return None


def _spoken_pair(kind: str, match: re.Match[str], sentence: str) -> tuple[str, float | None] | None:
    """A number spoken in two pairs, as a desk reads a quote aloud: a change in points is whole and
    hundredths ("slipped nineteen thirty points" is 19.30 points, "up two oh-five points" 2.05), a
    level is hundreds ("support at sixty-eight fifty" is 6,850, "back to nineteen thirty" 1,930), read
    as a level only where one is read (after "at", "near", "to", "above"...). A year ("in nineteen
    eighty-seven", "from twenty twenty-four") is no level."""
    high = _cardinal(match.group("high"))
    low = _cardinal(match.group("low").replace("oh", "").strip(" -"))
    if high is None or low is None or high < 1:
        return None
    if kind == "spoken-points":
        return f"{_format(high)}.{int(low):02d} points", None
    before = sentence[:match.start()]
    if not (_LEVEL_BEFORE.search(before) and _BARE_AFTER.match(sentence[match.end():])):
        return None
    if high in (19, 20) and re.search(r"\bfrom\s+$", before, re.IGNORECASE):
        return None  # "from nineteen ninety-nine": a year
    return _format(high * 100 + low), None


_WINDOWS = frozenset((5.0, 10.0, 14.0, 20.0, 50.0, 52.0, 100.0, 200.0))
"""The windows written as "N-day" / "N-week" that the data defines: averages, the RSI's and ATR's 14, the
52-week extremes ("three-day weekend", "a two-day meeting" stay words)."""


def _run(match: re.Match[str]) -> tuple[str, float | None] | None:
    """An ordinal counting a run: "N straight sessions", with its direction before it when the words
    give one ("fifth lower close in a row" -> "lower for 5 straight sessions"), so the run is read as
    the instrument's own closes. A close needs its direction ("the third straight close above the
    50-day" counts something else), and a run needs "straight", "consecutive" or "in a row"."""
    way = (match.group("way") or match.group("move") or match.group("of") or "").lower()
    noun = (match.group("noun") or "").lower()
    if not (match.group("straight") or match.group("row")) or (noun in ("close", "finish") and not way):
        return None
    number = match.group("number")
    if number.isdigit():
        count = number
    else:
        cardinal = _cardinal(number)
        count = _format(cardinal) if cardinal is not None else str(_ordinal(number.lower()))
    if not way:
        return f"{count} straight sessions", None
    word = "higher" if way.rstrip("s") in ("higher", "up", "gaining", "winning", "positive", "green", "gain",
                                           "advance", "rise", "buying") else "lower"
    return f"{word} for {count} straight sessions", None


_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"teen|ty|half|quarter|hundred|thousand|tenths?))\s*$", re.IGNORECASE)
_NUMBER_BEFORE_REACH = 20
"""A figure or number word right before the percent word: it is that figure's percent ("2 percent",
"two percent"), so the figure after it is no percentage (see the percent-first phrase)."""


def _in_name(sentence: str, position: int) -> bool:
    """The character at `position` belongs to a name holding digits ("Russell 2000", "S&P 500")."""
    return not sentence[position].isspace() and strip_names(sentence, ())[position].isspace()


_DIGIT_WORDS = {**{word: n for n, word in enumerate(_UNITS) if n < 10}, "zero": 0, "oh": 0}


def _bare_is_figure(match: re.Match[str], sentence: str, value: float) -> bool:
    """A word number without a unit is a figure when level-sized or where a level is read."""
    after = sentence[match.end():]
    if value >= 100:
        return bool(_BARE_AFTER.match(after)) or not re.match(r"\s+[a-z]", after)
    if not _BARE_AFTER.match(after):
        return False
    if _INDICATOR_BEFORE.search(sentence[max(0, match.start() - 60):match.start()]):
        return True
    return value >= 20 and bool(_LEVEL_BEFORE.search(sentence[:match.start()]))


def _with_unit(digits: str, unit: str, kind: str | None) -> str:
    if unit in ("percent", "per cent", "pct"):
        return f"{digits}%"
    if unit.startswith("percentage"):
        return f"{digits} pp"
    if unit.startswith("basis"):
        return f"{digits} bp"
    if unit.startswith("point"):
        return f"{digits} pp" if kind == "fraction" else f"{digits} points"
    if unit.startswith(("dollar", "buck")):
        return f"${digits}"
    if unit.startswith("cent"):
        return f"${float(digits) / 100:.2f}"
    if "row" in unit or "running" in unit or unit.endswith("straight"):
        return f"{digits} sessions in a row"
    if unit.startswith(("straight", "consecutive")):
        return f"{digits} straight sessions"
    if unit.startswith(("atr", "average true")):
        return f"{digits} ATR"
    if unit:
        return f"{digits} sessions"
    return digits


_ATR_NAMED = re.compile(r"\b(?:ATRs?|average true ranges?)\b", re.IGNORECASE)
_AVERAGE_RANGE_NAMED = re.compile(r"\b(?:range|swing)\b", re.IGNORECASE)
"""An average day's range or swing ("three times the fund's average daily range"): the ATR in plain words,
not a normal day that only a sentence naming the ATR makes one."""
_ATR_SHARES = {**_SHARES, **_ATR_ONLY_SHARES, **_TIMES_WORDS}


def _atr_share(match: re.Match[str], sentence: str) -> tuple[str, float | None] | None:
    """A share or a multiple of the ATR in words ("half an ATR", "about twice a normal day" in a
    sentence naming the ATR): N ATR, approximate like a multiple."""
    words = match.group("share").lower()
    if match.group("times"):
        whole, _, part = match.group("times").lower().partition(" and ")
        factor = _cardinal(whole)
        if factor is not None and part:
            factor += 0.5 if part.endswith("half") else 0.25
    else:
        factor = _ATR_SHARES.get(words)
    if factor is None or not (_ATR_NAMED.search(sentence) or _AVERAGE_RANGE_NAMED.search(match.group(0))):
        return None  # "twice a normal day" names the ATR only beside the ATR's own words
    return f"{_format(factor)} ATR", TOLERANCE["multiple"]


def _multiple(match: re.Match[str], sentence: str) -> tuple[str, float | None] | None:
    factor = _MULTIPLES[match.group("multiple").lower()]
    if _VOLUME.search(sentence[:match.start()]):
        return f"{_format(factor)}x", TOLERANCE["multiple"]
    change = (factor - 1) * 100
    return f"{'+' if change > 0 else '-'}{abs(change):.0f}%", TOLERANCE["multiple"]


def _fraction(match: re.Match[str]) -> str:
    words = match.group("fraction").lower()
    if match.groupdict().get("and_tenths"):  # "one and eight-tenths of a point": 1.8
        return f"{_format(_cardinal(match.group('units')) or 0)}.{_VALUE[match.group('and_tenths').lower()]}"
    if match.groupdict().get("tenths"):  # "nine-tenths of a percent": 0.9
        return f"0.{_VALUE[match.group('tenths').lower()]}"
    if "dozen" in words:
        return "6" if words.startswith("half") else "12"
    if match.groupdict().get("whole"):
        whole = _cardinal(match.group("whole")) or 0
        return _format(whole + (0.5 if match.group("part").lower() == "half" else 0.25))
    if words.startswith(("three quarters", "three-quarters")):
        return "0.75"
    if words.endswith(("full", "whole")):
        return "1"  # "a full percent"
    return "0.5" if "half" in words else "0.25"


def _cardinal(words: str) -> float | None:
    total = current = 0
    for word in re.split(r"[\s,-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "one") and current == 0:
            current = 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word in _VALUE:
            current += _VALUE[word]
        else:
            return None
    return float(total + current)


ORDINAL_WORD = re.compile(rf"\b{_ORDINAL}\b", re.IGNORECASE)
"""An ordinal in words ('eleventh', 'twenty-first'); ordinal_value() reads it."""


def ordinal_value(words: str) -> int:
    """'eleventh' -> 11, 'twenty-first' -> 21."""
    return _ordinal(words.lower())


def _ordinal(words: str) -> int:
    parts = words.split("-")
    if len(parts) == 2:
        return _VALUE[parts[0]] + _ORDINAL_VALUE[parts[1]]
    return _ORDINAL_VALUE[words]


def _format(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}" if value >= 10000 else str(int(value))
    return f"{value:g}"


# --- claims and findings --------------------------------------------------------------------------

def approximate(claims: Sequence[Claim], written: Rewritten) -> list[Claim]:
    """Claims read from rewritten words carry the words' tolerance."""
    if not written.rewrites:
        return list(claims)
    out = []
    for claim in claims:
        found = written.at(claim.number.start)
        if found is not None and found.tolerance:
            claim = replace(claim, number=replace(claim.number, tolerance=found.tolerance))
        out.append(claim)
    return out


def restore(findings: Sequence[Finding], written: Rewritten) -> list[Finding]:
    """Findings quote the writer's words, not the digits they were read as."""
    if not written.rewrites:
        return list(findings)
    return [_restored(f, written) for f in findings]


def _restored(item: Finding, written: Rewritten) -> Finding:
    span, message = item.span, item.message
    original = written.original_of(span) if span else None
    if span and original is not None and original != span:
        message = message.replace(span, original)
        span = original
    elif span:
        for rw in written.rewrites:  # a span built from parts ("fell 2%" from "fell" and "2%")
            swapped = _swap(span, rw)
            if swapped != span:  # not a figure the message gives of its own ("a rout ... (0.5 ATR)")
                span, message = swapped, _swap(message, rw)
    return item if (span, message) == (item.span, item.message) else \
        item.model_copy(update={"span": span, "message": message})


def _swap(text: str, rw: Rewrite) -> str:
    """The writer's words back in place of the figure read from them, as a whole figure only ("30" is
    no part of "-19.30" nor of "2,430")."""
    if rw.replacement in text:
        swapped = re.sub(_whole(rw.replacement), lambda _: rw.words, text, count=1)
        if swapped != text:
            return swapped
    pattern = rf"(?<![\w.,$+\-\u2212]){re.escape(rw.digits)}(?![\w.,%])"
    return re.sub(pattern, lambda _: rw.words, text, count=1)


def _whole(figure: str) -> str:
    """A pattern of `figure` standing alone: no digit, letter, decimal point or sign joined to either end."""
    head = r"(?<![\w.,$+\-\u2212])" if figure[:1].isalnum() else ""
    tail = r"(?![\w%]|[.,]\d)" if figure[-1:].isalnum() else ""
    return head + re.escape(figure) + tail
