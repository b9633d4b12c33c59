"""Levels and setups: supports below the close, resistances above, setups that add up.

Read from the key-levels and setups tables of a rendered article, from a
user's prose ("support at $240.02", "supports at $240.02 and $236.10", "long
above $249.26, stop $242.80, target $262.18, reward/risk 2.0", "the short trade
starts below $240, stop $244, objective $232, 2:1"), and from an Article's
structured rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..contracts import Finding, TradeSetup
from .codes import finding
from .document import TableRow
from .lookahead import leading
from .numbers import PrintedNumber, any_word, find_numbers, folded, same_at_precision, unquoted

_BELOW_KINDS = ("support", "breakdown", "floor")
_ABOVE_KINDS = ("resistance", "breakout", "ceiling")
_PROSE_LEVEL = re.compile(
    r"\b(?P<kind>support|resistance|floor|ceiling)(?P<plural>s)?(?: levels?| zones?| lines?| bands?)?"
    r"(?: (?:first|next)(?= (?:at|near|around|comes|sits|is)\b))?"
    r"(?: (?:below|above|beneath|underneath|overhead|to watch|"
    r"(?:I|we|they|traders|people)(?: are| am|'re)? (?:watch(?:ing)?|see(?:ing)?|eye(?:ing)?|us(?:e|ing)|"
    r"track(?:ing)?))"
    r"(?=\s*:| (?:is|was|sits|comes in|lies|stands|remains)\b)"
    r"| (?:below|above|beneath|under|over|behind|in front of|for|on) (?:[a-z']+ ){0,2}[a-z']+(?=\s*:))?"
    r"(?: (?:may|might|could|would|should|likely|probably|possibly|potentially)(?: be)?)?"
    r"(?: (?:sits|sit|waits|lies|lie|comes in|come in|stands|holds|is|was|remains|starts|begins|runs|rests))?"
    r"(?: (?:roughly|about|approximately|around|near|just under|just above|somewhere))?"
    r"(?: (?:at|near|around|of|from|between))?"
    r"(?: (?:the|a|an)(?: key| round| firm| first| next)?(?: (?:level|number|figure|mark|handle|"
    r"(?:20|50|100|200)-day(?: average| MA| SMA)?(?: (?:near|at|around))?))?)?"
    r"\s*[:\-\u2013]?\s*"
    r"(?:(?<=:)\s*(?:the|a|an)(?: key| round| firm| first| next)?(?: (?:level|number|figure|mark|handle))? "
    r"|(?<=: )the (?:20|50|100|200)-day(?: average| MA| SMA)?(?: at|,) )?(?=[$\d])",
    re.IGNORECASE)
"""A support or resistance and its price: 'support at $240.02', 'resistance near 2,500', 'support at the
50-day near $612.70, then $609.62', a place before a
colon ('Support below: $225', 'Resistance above us: $463.64', 'Support behind the lines: $623.73'), the
price's words after the colon ('Support below: the round $225', 'Support: the 50-day at $460.09, then
$453.39')."""
_LEVEL_WORDS = ("support", "resistance", "floor", "ceiling")
"""One of which a lowered sentence (see folded) holds for _PROSE_LEVEL to match."""
_FORMER = re.compile(r"\b(?:former|previous|old|prior|broken|turned|now)\s+$", re.IGNORECASE)
_RR = re.compile(r"\b(?:(?:reward|benefit|profit|gain)[/ -](?:to[- ])?risk|risk[/ -](?:to[- ])?reward|"
                 r"R/R|R:R)\b"
                 r"(?:\s+ratio)?(?:\s+(?:of|is|at))?(?:\s+(?:approximately|roughly|about|around|nearly))?"
                 r"[^\d]{0,12}"
                 r"(?P<value>\d+(?:\.\d+)?)(?:\s*:\s*1|\s*to\s*(?:1|one)\b|x)?", re.IGNORECASE)

_PROSE_LEVEL, _RR = leading(_PROSE_LEVEL), leading(_RR)  # see lookahead.py


@dataclass(frozen=True)
class LevelClaim:
    kind: str
    low: float
    high: float
    span: str
    section: str
    named: str = ""  # what the words call a level when it is no printed price ("the 50-day average")


def level_side(level: LevelClaim, close: float) -> list[Finding]:
    kind = level.kind.lower()
    if level.named:
        return _named_side(level, close)
    if kind in _BELOW_KINDS and level.low >= close:
        return [finding("level-wrong-side", f"{level.kind} at {level.span} is not below the close",
                        section=level.section, span=level.span, expected=f"below the close {close:,.2f}",
                        source="snapshot.close")]
    if kind in _ABOVE_KINDS and level.high <= close:
        return [finding("level-wrong-side", f"{level.kind} at {level.span} is not above the close",
                        section=level.section, span=level.span, expected=f"above the close {close:,.2f}",
                        source="snapshot.close")]
    return []


def said_above(level: LevelClaim) -> bool:
    """Whether the words put the level above the close (resistance, a breakout, a ceiling)."""
    return level.kind.lower() in _ABOVE_KINDS


def _named_side(level: LevelClaim, close: float) -> list[Finding]:
    """An average called a level: support must be under the close, resistance over it."""
    kind = level.kind.lower()
    below = kind in _BELOW_KINDS
    if (level.low < close) == below or level.low == close:
        return []
    side = "below" if below else "above"
    return [finding("level-wrong-side", f"{level.named} ({level.low:,.2f}) is called {kind}, but it is not "
                    f"{side} the close", section=level.section, span=level.span,
                    expected=f"{'resistance' if below else 'support'}: the close is {close:,.2f}",
                    source="snapshot.trend, snapshot.close")]


_SHORT_LEVEL = leading(re.compile(r"(?<![\w$.&])(?P<kind>[RS])[1-3]?:?\s+(?=\$\d)"))
"""Desk shorthand: 'R $469.08' (resistance), 'S2: $453.39' (support), a dollar figure right after."""
_AVERAGE_AS_LEVEL = re.compile(
    r"\b(?:the |its )?(?:20|50|100|200)(?:-day|-DMA| DMA|d)(?: (?:simple )?(?:moving )?(?:average|SMA|MA))?"
    r"\s*\((?P<price>\$?\d[\d,]*(?:\.\d+)?)\)\s*(?:is|acts as|remains|serves as|offers|provides)\s+"
    r"(?:(?:the|a|an|first|nearest|key|strong|firm|dynamic|likely|still|now)\s+)*(?P<kind>support|resistance)\b",
    re.IGNORECASE)
"""An average with its price called a level: 'the 50-day ($245.77) is support' (below the close)."""
_PRICE_AS_LEVEL = re.compile(
    r"(?<![\w.$])(?P<price>\$\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s+"
    r"(?:(?:may|might|could|would|can|should)\s+(?:(?:potentially|possibly|perhaps|well|also)\s+)?"
    r"(?:be\s+(?:regarded|seen|viewed|considered|treated|read)\s+as|act\s+as|serve\s+as|become|be)|"
    r"is|acts as|remains|serves as|becomes)\s+"
    r"(?:(?:the|a|an|first|nearest|next|key|strong|firm|immediate|near-term|likely|still|now|our)\s+)*"
    r"(?P<kind>support|resistance|floor|ceiling)\b(?!\s*\?)", re.IGNORECASE)
"""A price called a level, the figure first: '$464.29 is resistance', '6,850 acts as support', '$31 is the
nearest ceiling'."""
_PRICE = r"(?P<price>\$\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
_LEVEL_ADJECTIVES = (r"(?:(?:the|a|an|first|nearest|next|key|main|initial|major|minor|strong|firm|immediate|"
                     r"near-term|overhead|our|my)\s+)*")
_PRICE_NAMED_AS = re.compile(
    r"(?<![\w.$])" + _PRICE + r"(?:\s+(?P<side>below|above|beneath|underneath|overhead|under))?\s+as\s+"
    + _LEVEL_ADJECTIVES + r"(?P<kind>support|resistance|floor|ceiling)\b", re.IGNORECASE)
"""A price named as a level by the writer: 'We treat $464.29 as support', 'traders eye $480 as the first
support', '$617.74 below as support'."""
_NAMING_VERB = re.compile(r"\b(?:treat|eye|see|view|watch|use|mark|regard|consider|count|flag|pick|take|keep|"
                          r"have|circle|pencil|list|identify|identifie|with)(?:s|es|ed|d|ing)?\b",
                          re.IGNORECASE)
"""A verb naming what the writer holds a price to be ('treat ... as', 'eye ... as', 'watching: ... as')."""
_PRICE_LABELLED = re.compile(r"(?<![\w.$])" + _PRICE + r"\s*\(\s*" + _LEVEL_ADJECTIVES
                             + r"(?P<kind>support|resistance|floor|ceiling)\s*\)", re.IGNORECASE)
"""A price labelled a level in brackets: 'above $620 (resistance)'."""
_AVERAGE_CALLED = re.compile(
    r"\b(?P<days>20|50|100|200)(?:-day|-DMA| DMA|-session)\b"
    r"(?P<between>(?:(?![;!?\n]|\.(?!\d)|\b(?:\d+-day|support|resistance|floor|ceiling|if|unless|once|"
    r"would|could|might|may|should|will|former|previous|prior|old|broken)\b).){0,120}?)"
    r"\b(?:(?:acts|acting|serves|serving|works|working|doubles|doubling) as|is|remains|has become|becomes)\s+"
    r"(?:(?:now|still|also|clearly|effectively)\s+)?"
    + _LEVEL_ADJECTIVES.replace("overhead|", "overhead|dynamic|")
    + r"(?P<kind>support|resistance|floor|ceiling)\b", re.IGNORECASE)
"""An average called a level in its own clause or one hung on it: 'the 50-day average, $245.77, ... so it
acts as support', 'its 50-day average of $246.21, which now acts as overhead resistance'."""
_AVERAGE_LINK = re.compile(r"^[\s,]*(?:(?:simple\s+|moving\s+)*(?:average|SMA|MA|line)\b)?[\s,]*"
                           r"(?:(?:of|at|near)\s+)?(?:\(?\$?\d[\d,]*(?:\.\d+)?\)?)?[\s,]*"
                           r"(?:(?:now|still|also)\s+)?$|"
                           r"(?:,\s*(?:which|that)|\bso it|\band it|\bwhere it)\s+"
                           r"(?:(?:now|still|also|currently|effectively|clearly|essentially|usually|often)\s+)?$",
                           re.IGNORECASE)
"""What may stand between an average and the verb calling it a level: its name and price ("50-day
average, $245.77,"), or anything closed by a relative or result clause on it (", which now", "so it")."""
_CONDITION = re.compile(r"\b(?:if|whether|unless|until|once)\b[^.;:!?]*$", re.IGNORECASE)
_SIDE_HEADER = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))\s*"
                          r"(?:(?:(?:next|nearest|key)\s+)?(?:levels?|marks?)\s+(?=\w+\s*:))?"
                          r"(?P<side>(?:above|below|beneath|under)(?:\s+us)?|overhead|underneath)"
                          r"(?P<sep>\s*[:,]\s*|\s+(?:sits|sit|is|are|lies|lie|waits|comes in)\s+|[ \t]{2,}|"
                          r"\s+(?=the\s+(?:20|50|100|200)-day\b))"
                          r"(?P<average>the\s+(?:20|50|100|200)-day(?:\s+(?:average|MA|SMA))?(?:\s+(?:at|near)\s+|"
                          r"\s*,\s*(?:then\s+)?))?"
                          r"(?:(?:the\s+)?round\s+)?(?=[$\d])", re.IGNORECASE)
"""A list of prices under a side of the close ('Above us: 2,450, then 2,505.20', 'Overhead: $225,
$226.93', '; below, $623.73 and then the $620 round number', 'Overhead the 50-day at $246.21, then
$249.26', 'Overhead: the 50-day, then 2,505.20', 'Next levels overhead: $652.32', a sheet's column
'Overhead      $470, $474.50'): each is a level on that side, a resistance above, a support below."""
_PRICE_SIDE_WORD = re.compile(r"(?<![\w.$])" + _PRICE
                              + r"(?P<verb>,?\s+(?:(?:now|still)\s+)?(?:is|sits|lies|stays|remains))?\s+"
                              r"(?:(?:now|still)\s+)?(?:(?:right|just|directly|immediately|straight)\s+)?"
                              r"(?:(?P<side>overhead|underneath)\b(?!\s+(?:is|was|sits|lies|as)\b)|"
                              r"(?P<beside>above|below|beneath|under)(?:\s+(?:the\s+)?(?:price|close|us))?"
                              r"(?=\s*(?:[,;)]|\.(?!\d)|$|(?:then|was|is)\b|(?(verb)and\b|(?!)))))",
                              re.IGNORECASE)
"""A price placed overhead or underneath in a list of levels ('Levels: $652.32 right overhead, then
$665.30', 'Next levels: $463.64 above, $460.09 below', '$30 just under the price, then $31', '$246.04 below
was last tested Nov 6'), or said to be there ('$210 is right above us', 'The 20-day, $684.71, is
underneath', '$480 is now just overhead', '$685 now sits underneath'); the prices listed before it share
its side ('$31 and $32.39 overhead'), unless a verb makes it a clause of its own ('then $700, and $685 now
sits underneath'; "and" may follow only then: '$622.81 above and $620 just below' is a list of marks, its
prices checked as figures). The span is the words placing it."""
_LISTED_BEFORE = re.compile(r"(?:(?<![\w.$])" + _PRICE.replace("?P<price>", "?:")
                            + r"\s*(?:,|,?\s+and|,?\s+then)\s+)+$", re.IGNORECASE)
_NEXT_WAY = re.compile(r"\bnext\s+(?:(?:stop|level|leg|mark|line|round number)\s+)?"
                       r"(?P<way>up|higher|down|lower)\s*(?:is|:|would be)\s*(?:the\s+)?(?:round\s+)?"
                       r"(?=[$\d])", re.IGNORECASE)
"""The next level one way ('Next stop up is $473.00', 'Next up: $690 then $694.71'): a resistance up."""
_NAMED_AFTER = re.compile(r"(?<![\w.$])" + _PRICE + r",\s+(?:the|its)\s+(?:first|next|nearest)\s+"
                          r"(?:(?:marked|key|big|round)\s+)?(?:level|mark|line|number)\s+"
                          r"(?P<side>overhead|above|below|underneath|beneath)\b", re.IGNORECASE)
"""A price named a level of one side right after it ('above 35,500, the first marked level overhead')."""
_PASSED_TO = re.compile(r"\b(?:(?P<down>falls?|drops?|slips?|breaks?|dips?|sinks?)\s+(?:below|under)|"
                        r"(?:rises?|climbs?|breaks?|pushes|rallies|recovers?)\s+(?:above|over))\s+" + _PRICE
                        + r",\s+(?:its|the)\s+next\s+(?:marked\s+|key\s+)?(?:level|support|resistance)\b",
                        re.IGNORECASE)
"""A move through a price that names it the next level that way ('If IWM falls below $210, its next
marked level'): the move's condition aside, the level is on that side of the close."""
_BESIDE_IT = re.compile(r"(?:\bwith\s+(?:the\s+)?" + _PRICE + r"\s+(?:just\s+)?"
                        r"(?P<side>beneath|below|under|underneath|above|over)\s+(?:it|that)\b|"
                        r"\b(?P<side2>under|below|beneath|above|over)\s+(?:that|it),?\s+(?:the\s+)?"
                        + _PRICE.replace("price", "price2") + r")", re.IGNORECASE)
_SUPPORT_NAMED = re.compile(r"\b(?:support|floor)s?\b", re.IGNORECASE)
_RESISTANCE_NAMED = re.compile(r"\b(?:resistance|ceiling)s?\b", re.IGNORECASE)
"""A price placed beyond a level named just before ('the first support, with $476.43 beneath it', 'The
floor is $241.00, and under that the $240.02 low'): beyond a support it is a support too, beyond a
resistance a resistance."""
_PRICES_ARE = re.compile(r"(?<![\w.$])" + _PRICE + r"((?:\s*(?:,|,?\s+and|,?\s+then)\s+"
                         + _PRICE.replace("?P<price>", "?:") + r")+)\s+are\s+(?:the\s+)?(?:\w+\s+)?"
                         r"(?P<kind>floors|supports|ceilings|resistances)\b", re.IGNORECASE)
"""A list of prices called levels of one kind ('$620 then $617.74 are the floors people talk about')."""
_SIDE_WORDED = any_word((":", "overhead", "underneath", "above", "below", "beneath", "under"))
_PLACE_WORDED = any_word(("next", "overhead", "above", "below", "beneath", "under", "floors", "supports",
                          "ceilings", "resistances"))
"""Words one of which a lowered sentence holds for the side readings to run (one scan each)."""
_PRICE_LIKE = re.compile(r"^\$|,\d{3}|\.\d{2}$")
"""A figure printed as a price ('$225', '2,450', '652.32'), not a count ('3 sessions')."""


def _sided_levels(text: str, section: str, names: list[str]) -> list[LevelClaim]:
    """The prices a side header lists and the prices placed overhead or underneath, as levels of that
    side (a level on the wrong side of the close is then `level-wrong-side`)."""
    claims = []
    for match in _SIDE_HEADER.finditer(text):
        if match.group("average") and ":" not in match.group("sep") and match.group("side").lower() not in (
                "overhead", "underneath"):
            continue  # "Below the 200-day at $230.93": the close below the average, not the average below
        kind = "support" if match.group("side").lower().startswith(("below", "beneath", "under")) \
            else "resistance"
        numbers = find_numbers(text[match.end():match.end() + 80], names)
        if not numbers or numbers[0].start > 0 or numbers[0].unit not in ("price", None) \
                or not _PRICE_LIKE.search(numbers[0].text):
            continue
        claims += [LevelClaim(kind, n.value, n.value, n.text, section)
                   for n in (numbers[0], *_listed(numbers, text[match.end():])) if _PRICE_LIKE.search(n.text)]
    for match in _PRICE_SIDE_WORD.finditer(text):
        number = _first(match.group("price"), names)
        if number is None or _CONDITION.search(text[:match.start()]):
            continue
        kind = _side_kind(match.group("side") or match.group("beside"))
        before = None if match.group("verb") else _LISTED_BEFORE.search(text[:match.start()])
        listed = find_numbers(before.group(0), names) if before else []  # "$210 is above": its own clause
        claims += [LevelClaim(kind, n.value, n.value, n.text, section)
                   for n in listed if _PRICE_LIKE.search(n.text)]
        if _PRICE_LIKE.search(number.text):
            claims.append(LevelClaim(kind, number.value, number.value, match.group(0), section))
    return claims


def _side_kind(side: str) -> str:
    """A resistance above the close, a support below it."""
    return "resistance" if side.lower() in ("overhead", "above", "over", "up", "higher") else "support"


def _placed_levels(text: str, section: str, names: list[str]) -> list[LevelClaim]:
    """Prices placed on a side of the close by other words: the next level one way ('Next stop up is
    $473.00'), a price named a level of a side after it ('35,500, the first marked level overhead'), a
    move through the next level ('falls below $210, its next marked level'), a price beyond a level named
    before ('the first support, with $476.43 beneath it') and a list called levels of a kind ('$620 then
    $617.74 are the floors')."""
    claims = []
    for match in _NEXT_WAY.finditer(text):
        numbers = find_numbers(text[match.end():match.end() + 60], names)
        if numbers and numbers[0].start == 0 and _PRICE_LIKE.search(numbers[0].text):
            kind = _side_kind(match.group("way"))
            claims += [LevelClaim(kind, n.value, n.value, n.text, section)
                       for n in (numbers[0], *_listed(numbers, text[match.end():]))]
    for match in (*_NAMED_AFTER.finditer(text), *_PASSED_TO.finditer(text)):
        number = _first(match.group("price"), names)
        side = match.groupdict().get("side") or ("below" if match.groupdict().get("down") else "above")
        if number is not None:
            claims.append(LevelClaim(_side_kind(side), number.value, number.value, number.text, section))
    for match in _BESIDE_IT.finditer(text):
        side = match.group("side") or match.group("side2")
        kind = _side_kind(side)
        named = (_SUPPORT_NAMED if kind == "support" else _RESISTANCE_NAMED).search(text[:match.start()])
        number = _first(match.group("price") or match.group("price2"), names)
        if named is not None and number is not None and not _CONDITION.search(text[:match.start()]):
            claims.append(LevelClaim(kind, number.value, number.value, number.text, section))
    for match in _PRICES_ARE.finditer(text):
        kind = match.group("kind").lower().rstrip("s")
        if not _CONDITION.search(text[match.start() - 3:match.start()]):
            claims += [LevelClaim(kind, n.value, n.value, n.text, section)
                       for n in find_numbers(match.group(0), names) if _PRICE_LIKE.search(n.text)]
    return claims


def _averages_called(text: str, section: str, averages: Mapping[int, float]) -> list[LevelClaim]:
    """Each average the text calls a level, at its computed value ('the 50-day, which now acts as
    support'); the level's span is the word that names it."""
    claims = []
    for match in _AVERAGE_CALLED.finditer(text):
        value = averages.get(int(match.group("days")))
        between = re.sub(r"\([^()]*\)", " ", match.group("between"))
        if value is None or not _AVERAGE_LINK.search(between) or _CONDITION.search(text[:match.start()]) \
                or _AVERAGE_AS_LEVEL.search(match.group(0)):
            continue  # the bracketed form is read with its printed price (prose_levels)
        claims.append(LevelClaim(match.group("kind").lower(), value, value, match.group("kind"), section,
                                 f"the {match.group('days')}-day average"))
    return claims


def prose_levels(sentence: str, section: str, names: list[str],
                 averages: Mapping[int, float] | None = None) -> list[LevelClaim]:
    """'support at $240.02', 'resistance near 2,500', 'support zone 241-243', 'R $469.08', 'the 50-day
    ($245.77) is support', 'We treat $464.29 as support', '$620 (resistance)'; with the subject's
    `averages` (by their days), 'the 50-day, which now acts as support'."""
    text_only = unquoted(sentence)
    claims: list[LevelClaim] = []
    lowered = folded(text_only)  # each pattern runs only on a text holding what it needs
    worded = lowered is None or any(word in lowered for word in _LEVEL_WORDS)
    for match in _SHORT_LEVEL.finditer(text_only) if "$" in text_only else ():
        number = _first(text_only[match.end():match.end() + 20], names)
        if number is not None:
            kind = "resistance" if match.group("kind") == "R" else "support"
            claims.append(LevelClaim(kind, number.value, number.value, number.text, section))
    for match in _AVERAGE_AS_LEVEL.finditer(text_only) if worded and "(" in text_only else ():
        number = _first(match.group("price"), names)
        if number is not None and not _FORMER.search(text_only[:match.start("kind")]):
            claims.append(LevelClaim(match.group("kind"), number.value, number.value, number.text, section))
    for match in _PRICE_AS_LEVEL.finditer(text_only) if worded else ():
        number = _first(match.group("price"), names)
        if number is not None and not _CONDITION.search(text_only[:match.start()]):
            claims.append(LevelClaim(match.group("kind").lower(), number.value, number.value, number.text,
                                     section))
    for match in _PRICE_NAMED_AS.finditer(text_only) if worded and " as " in text_only else ():
        number = _first(match.group("price"), names)
        before = text_only[:match.start()]
        if number is not None and not _CONDITION.search(before) and (
                match.group("side") or _NAMING_VERB.search(before)):
            claims.append(LevelClaim(match.group("kind").lower(), number.value, number.value, number.text,
                                     section))
    for match in _PRICE_LABELLED.finditer(text_only) if worded and "(" in text_only else ():
        number = _first(match.group("price"), names)
        if number is not None:
            claims.append(LevelClaim(match.group("kind").lower(), number.value, number.value, number.text,
                                     section))
    claims += _averages_called(text_only, section, averages) if worded and averages else []
    claims += _sided_levels(text_only, section, names) if lowered is None or _SIDE_WORDED(lowered) else []
    claims += _placed_levels(text_only, section, names) if lowered is None or _PLACE_WORDED(lowered) else []
    for match in _PROSE_LEVEL.finditer(text_only) if worded else ():
        if _FORMER.search(text_only[:match.start()]):
            continue
        numbers = find_numbers(text_only[match.end():match.end() + 80], names)
        if not numbers or numbers[0].start > 2 or numbers[0].unit not in ("price", None):
            continue
        plural = bool(match.group("plural"))
        bounded = _BOUNDED.search(match.group(0)) is not None
        low, high, span = _zone(numbers, text_only[match.end():], plural=plural or not bounded)
        claims.append(LevelClaim(match.group("kind"), low, high, span, section))
        if plural or not bounded:  # "swing supports at $465.21 and $450.88", "resistance 2,473.93 and
            # 2,505.20": each one a level ("between 241 and 243" bounds one zone)
            claims += [LevelClaim(match.group("kind"), n.value, n.value, n.text, section)
                       for n in _listed(numbers, text_only[match.end():])]
    return claims


_BOUNDED = re.compile(r"\bbetween\W*$", re.IGNORECASE)
"""A level's words that open a zone its two figures bound ("support between 241 and 243"); without
them "and" lists a second level ("support 2,458.33 and 2,421.62")."""
_ZONE_JOINT = re.compile(r"\s*(?:-|\u2013|to)\s*\$?")
_LIST_JOINT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,|,? and|,? then|,? or)\s*\$?")
"""What lies between two listed levels: a comma, 'and', 'then' or 'or', after a note in brackets on the
first ('$679.19 (the 50-day, two touches), $673.92')."""
_OWN_NAME = re.compile(r"\s*(?:\([^()]{0,40}?\b(?:support|resistance|floor|ceiling|breakout|breakdown)|"
                       r"(?:is|as|acts|remains|sits|serves|becomes|marks|stands|holds|looks|"
                       r"might|may|could|would|should|can|will)\b)", re.IGNORECASE)
"""A listed figure that opens a clause of its own ("$474.50 might serve as resistance"): not one more level
of the list's kind."""


def _listed(numbers: Sequence[PrintedNumber], text: str) -> list[PrintedNumber]:
    """The prices listed after the first one ("$465.21 and $450.88", "240, 238 and 235")."""
    noted = [m.span() for m in re.finditer(r"\([^()]{1,40}\)", text)]  # a note on a level, not one
    numbers = [n for n in numbers if not any(start < n.start < end for start, end in noted)]
    listed = []
    for previous, number in zip(numbers, numbers[1:], strict=False):
        if previous is numbers[0] and _ZONE_JOINT.fullmatch(text[previous.end:number.start]):
            continue  # the first level's zone
        if not _LIST_JOINT.fullmatch(text[previous.end:number.start]) or number.unit not in ("price", None) \
                or _OWN_NAME.match(text, number.end):
            break  # "resistance at $250 and $240 is support": the second figure is named on its own
        listed.append(number)
    return listed


def _zone(numbers: Sequence[PrintedNumber], text: str, *, plural: bool = False) -> tuple[float, float, str]:
    """The first level and, when a second bounds it ("241-243", "between 241 and 243"), its zone;
    with `plural` (a plural, "supports at 241 and 238", or a level not opened by "between") "and"
    lists another level instead."""
    first = numbers[0]
    if len(numbers) > 1:
        joint = text[first.end:numbers[1].start]
        if re.fullmatch(r"\s*(?:-|\u2013|to)\s*\$?" if plural else r"\s*(?:-|\u2013|to|and)\s*\$?", joint):
            return first.value, numbers[1].value, text[first.start:numbers[1].end]
    return first.value, first.value, first.text


_KIND_FIRST = re.compile(r"^\W*(?P<kind>support|resistance|floor|ceiling|breakout|breakdown)\b"
                         r"(?!\s+(?:turned|now|flipped|became|becomes))", re.IGNORECASE)
"""A side cell that opens on the level's kind and goes on with notes ('resistance, 2 touches')."""


def table_level(row: TableRow) -> LevelClaim | None:
    kind = row.cell("type", "kind", "level")
    price = row.cell("price", "level", "value", "zone")
    side = None if kind and _KIND_FIRST.match(kind) else _KIND_FIRST.match(row.cell("side", "role") or "")
    kind = side.group("kind") if side else kind  # "| Side |": "resistance, 2 touches"
    if not kind or not price:
        return None
    numbers = find_numbers(price)
    if not numbers:
        return None
    low, high, span = _zone(numbers, price)
    return LevelClaim(kind.strip("* "), low, high, span, row.section)


# --- setups ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SetupClaim:
    direction: str
    entry: PrintedNumber
    stop: PrintedNumber
    target: PrintedNumber
    reward_risk: PrintedNumber | None
    section: str
    span: str


def check_setup(setup: SetupClaim) -> list[Finding]:
    entry, stop, target = setup.entry.value, setup.stop.value, setup.target.value
    long_ok = stop < entry < target
    short_ok = target < entry < stop
    if (setup.direction == "long" and not long_ok) or (setup.direction == "short" and not short_ok):
        order = "stop < entry < target" if setup.direction == "long" else "target < entry < stop"
        return [finding("setup-geometry", f"{setup.direction} setup with stop {setup.stop.text}, entry "
                        f"{setup.entry.text}, target {setup.target.text}", section=setup.section,
                        span=_wrong_side(setup), expected=order, source="setup geometry")]
    if setup.reward_risk is None or entry == stop:
        return []
    ratio = abs(target - entry) / abs(entry - stop)
    stated = setup.reward_risk
    if ratio_fits(ratio, stated):
        return []
    return [finding("setup-reward-risk", f"reward/risk stated {setup.reward_risk.text}",
                    section=setup.section, span=setup.reward_risk.text, expected=f"{ratio:.1f}",
                    source="recomputed from entry, stop and target")]


def ratio_fits(ratio: float, stated: PrintedNumber) -> bool:
    """A reward/risk `stated` as `ratio` would be printed: "3:1" for 2.6 (whole ratios are rounded; one unit
    of slack would let 4 stand for 2.96), "1.7" for 1.65 to 1.75 and one unit either side."""
    if stated.decimals == 0:
        return abs(ratio - stated.value) <= 0.5 + 1e-9
    return same_at_precision(ratio, stated, slack=1)


def _wrong_side(setup: SetupClaim) -> str:
    """The figure on the wrong side of the entry: the stop (a long's at or above it, a short's at or
    below it), else the target; the setup's words when the entry itself is the odd one out."""
    entry, stop, target = setup.entry.value, setup.stop.value, setup.target.value
    sign = 1 if setup.direction == "long" else -1
    if sign * (entry - stop) <= 0:
        return setup.stop.text
    if sign * (target - entry) <= 0:
        return setup.target.text
    return setup.span


def table_setup(row: TableRow) -> SetupClaim | None:
    cell = (row.cell("direction", "side", "setup") or "").strip().lower()
    direction = cell.split()[0] if cell.split() else ""  # "long on a break of the shelf"
    cells = [row.cell(name) for name in ("entry", "stop", "target")]
    if direction not in ("long", "short") or not all(cells):
        return None
    entry, stop, target = (_first(cell) for cell in cells)
    if entry is None or stop is None or target is None:
        return None
    rr_cell = row.cell("reward", "r/r", "risk")
    return SetupClaim(direction, entry, stop, target, _first(rr_cell) if rr_cell else None, row.section,
                      row.text())


@dataclass(frozen=True)
class Position:
    """A position the text says was opened ("SELL SHORT 300 IWM at $211.40", "bought 100 shares at
    $630.56"): a later stop and target with no entry of their own are this position's."""

    direction: str
    entry: PrintedNumber
    quantity: str | None = None  # "300" of "SELL SHORT 300 IWM at $211.40": a count, no market figure


_POSITION = re.compile(r"\b(?P<side>(?i:sell|sold)(?: [A-Z][A-Z0-9]{0,4})? (?i:short)|"
                       r"(?i:shorted|bought|went long|went short))\b(?![- ]stop)"
                       r"(?:\s+(?P<quantity>\d[\d,]*))?"
                       r"(?:\s+(?:(?i:shares?|units?|of|more)|[A-Z][A-Z0-9^.]{0,5})){0,3}"
                       r"\s+(?i:at|from)\s+(?=\$\d)")
"""The side, then only a quantity and a ticker before the fill: "SELL SHORT 300 IWM at $211.40",
"bought 100 shares of QQQ at $630.56"."""
_POSITION = leading(_POSITION)  # see lookahead.py
_POSITION_WORDS = ("short", "bought", "went long")


_EXIT = re.compile(r"\b(?:covered|exited|took (?:profits?|the loss))\s+at\s+(?=\$\d)", re.IGNORECASE)
"""A position closed at a price of the writer's: "and covered at $627.10"."""


def own_fills(sentence: str, names: Sequence[str] = ()) -> set[str]:
    """The figures of the writer's own trades a sentence tells (an entry and its share count, a cover
    price), which are no market data, as printed."""
    opened = position_taken(sentence, names)
    own = {opened.entry.text, *([opened.quantity] if opened.quantity else [])} if opened else set()
    if "$" not in sentence or not any(word in sentence for word in ("cover", "exit", "took")):
        return own
    covers = (_first(sentence[m.end():m.end() + 20], names) for m in _EXIT.finditer(sentence))
    return own | {n.text for n in covers if n is not None}


def position_taken(sentence: str, names: Sequence[str] = ()) -> Position | None:
    """The position a sentence opens at a price, if it opens one (and holds no stop: a setup's own
    entry is read with the setup)."""
    lowered = sentence.lower()
    if "$" not in sentence or "stop" in lowered or not any(word in lowered for word in _POSITION_WORDS):
        return None
    match = _POSITION.search(sentence)
    number = _first(sentence[match.end():match.end() + 20], names) if match else None
    if match is None or number is None:
        return None
    return Position("short" if "short" in match.group("side").lower() else "long", number,
                    match.group("quantity"))


def prose_setups(sentence: str, section: str, names: list[str],
                 held: Position | None = None) -> list[SetupClaim]:
    """Every setup of a sentence: "a long on a close above $630.00 (stop $621.65, target $655.05), or a
    short below $617.74 (stop $609.09, target $602.66)" holds two, each read from its own words.
    `held`: the position the text opened before, whose entry a stop and target alone refer to."""
    starts = [m.start() for m in _DIRECTION.finditer(sentence)]
    parts = [sentence[a:b] for a, b in zip(starts, [*starts[1:], len(sentence)], strict=False)]
    found = [s for s in (prose_setup(part, section, names) for part in parts) if s is not None]
    if len(found) > 1:
        return found
    whole = prose_setup(sentence, section, names, held)
    return [whole] if whole is not None else []


_ONE_SCALE = 2.0
"""An entry named "entry" with no side word, its stop and its target lie within this factor of each other,
or they are no one setup."""
_DIRECTION = re.compile(r"\b(long|buys?|buying|buyers?|short|shorts|shorting|sells?|selling|sellers?)\b"
                        r"(?![- ]stop)", re.IGNORECASE)
"""A side word; not a stop order's ("buy-stop at $214.40" is a short's stop)."""


def prose_setup(sentence: str, section: str, names: list[str],
                held: Position | None = None) -> SetupClaim | None:
    """'Long above $249.26, stop $242.80, target $262.18 (reward/risk 2.0)'; the entry may be the
    trigger alone ("If it breaks $630.56 I'd go long", "A bounce off $612.70 with a stop at ..."),
    which then tells the side when no long/short word does, or the position `held` when the
    sentence gives neither ("Risk: buy-stop at $214.40; cover target $207.94")."""
    direction = _DIRECTION.search(sentence)
    trigger = None
    parts = {}
    labelled = False  # the entry named "entry" with no side word
    for name, pattern in (("entry", _ENTRY_AT), ("stop", _STOP), ("target", _TARGET)):
        match = pattern.search(sentence) if name != "entry" or direction else _ENTRY_LABEL.search(sentence)
        labelled = labelled or name == "entry" and direction is None and match is not None
        if match is None and name == "entry":
            match = trigger = _TRIGGER.search(sentence)
        if match is None and name == "entry" and direction is not None:
            match = _BREAKS_AT.search(sentence)  # "if 630.56 breaks, long ...": the price before its verb
            number = _first(match.group("price"), names) if match else None
            if number is not None:
                parts["entry"] = number
                continue
        if match is None and name == "entry" and held is not None and direction is None:
            parts["entry"] = held.entry
            continue
        told_after = _TARGET_AFTER.search(sentence) if match is None and name == "target" else None
        if told_after is not None:  # "with $710.97 as the target": the price before its name
            match = told_after
        if match is None:
            return None
        number = _first(sentence[match.start():match.end()] if told_after else
                        sentence[match.end():match.end() + 20], names)
        if number is None:
            return None
        parts[name] = number
    values = [abs(n.value * n.scale) for n in parts.values()]
    if labelled and min(values) * _ONE_SCALE < max(values):  # "a breakout entry at 26,300 with a stop at
        return None  # $621.95": the index's level beside the fund's prices, no one setup (the scale check
        # names it)
    side = (held.direction if held is not None and parts["entry"] is held.entry else
            _side(direction, trigger, parts["stop"], parts["target"]))
    rr = _RR.search(sentence) or _RR_SHORT.search(sentence) or _RR_TIMES.search(sentence)
    reward_risk = _first(rr.group("value")) if rr else None
    return SetupClaim(side, parts["entry"], parts["stop"], parts["target"], reward_risk, section, sentence)


def _side(direction: re.Match[str] | None, trigger: re.Match[str] | None, stop: PrintedNumber,
          target: PrintedNumber) -> str:
    """A long/short word's side, else the trigger's ("a close above" buys, "a failure at" sells), else
    the one the target and stop agree on (a target above the stop is a long's)."""
    if direction is not None:
        return "long" if direction.group(1).lower().startswith(("long", "buy")) else "short"
    said = trigger.group("side").lower() if trigger is not None and trigger.group("side") else ""
    if said.startswith(_SHORT_TRIGGERS):
        return "short"
    if said and not said.startswith("scal"):  # scaling in is either side's
        return "long"
    return "long" if target.value > stop.value else "short"


_ENTRY = (r"\b(?:entry|enter|buys?|buyer|buying|sells?|seller|selling|long|short|shorts|shorting|scale in|"
          r"scaling in)\b"
          r"(?: (?:setup|trade|"
          r"position|idea|entry|triggers?|opens?|starts?|comes in|is|limit(?: order)?|"
          r"on a (?:daily )?close))*"
          r"(?: (?:would|will|could|should|might) be)?"
          r"(?: (?:would |will |could |should |might )?(?:wait(?:s|ing)?|look(?:s|ing)?) for)?"
          r"(?: (?:only|just))?(?: (?:on|into|in))?"
          r"(?: (?:a|an|the) (?:\w+ )?(?:stall|bounce|retest|test|pullback|dip|rally|break|breakout|"
          r"breakdown|move|close|reclaim|recapture))?(?: (?:only|just))?"
          r"(?:(?: [a-z']+){1,5}?(?=:))?(?:[:,]? (?:at|near|above|below|on|around|over|under|into|if|once|"
          r"when|to|of))?")
"""An entry's words: "long above $249.26", "the long setup triggers above $629.76", "a breakout buyer would
wait for $697.09", a label's colon before the trigger ("Her model long: above $486.07", "A swing long some
of you follow: over $630.00")."""
_ENTRY_AT = re.compile(_ENTRY + r"[\s:]*(?=[$\d])", re.IGNORECASE)
_ENTRY_LABEL = re.compile(r"\bentry(?: (?:price|level))?(?: (?:at|near|of|is))?[\s:]*(?=[$\d])",
                          re.IGNORECASE)
"""An entry named as such with no side word ("The breakout setup we show clients: entry $697.09, stop
$690.03, target $710.97"): the side is then the stop's and the target's."""
_STOP = re.compile(r"\b(?:(?:stop(?:-loss| loss)?|protection)"
                   r"(?: (?:is |sits |goes |rests )?(?:parked|placed|set|sitting|resting|kept|tucked))?|"
                   r"stop(?:ping|ped|s)? out|bail(?:ing)?(?: out)?|"
                   r"get(?:ting)? out)\b"
                   r"(?: (?:on a (?:daily )?close))?"
                   r"(?: (?:at|near|above|below|under|over|beneath|just under|just above))?[\s:]*(?=[$\d])",
                   re.IGNORECASE)
"""A stop's words: "stop $242.80", "a stop-loss parked at $606.71", "with protection at 6,921.16", "bail
below $480"."""
_TARGET = re.compile(r"\b(?:targets?|targeting|tgt|objective|take[- ]profits?|taking profits?|"
                     r"aims? (?:at|for)|aiming (?:at|for)|opens? the (?:way|door) to|"
                     r"opening the (?:way|door) to)\b"
                     r"(?: (?:is|sits|comes in))?(?: (?:at|near|of|into|around))?"
                     r"(?: the \d+-day(?: average)?,)?[\s:]*(?=[$\d])", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"(?<![\w.$])\$?\d[\d,]*(?:\.\d+)?\s+(?:as|is|being)\s+(?:the|my|our|a|its)\s+"
                           r"(?:\w+\s+)?(?:target|objective|take-profit)\b", re.IGNORECASE)
"""A target named after its price: "with $710.97 as the target", "$655 is my first target"."""
_TRIGGER = re.compile(
    r"\b(?:(?:a|an|the|on|for)\s+)?(?:(?:daily|weekly|decisive|clean|first|second)\s+)?"
    r"(?P<side>(?:close|closes|closing|break|breaks|breaking|push|pushes|move|moves|clears?|clearing|"
    r"reclaims?|recapture|dips?|dipping|pullback|pulls back|pulling back|drops?|bounces?|bouncing|holds?|"
    r"rebound|scale in|scaling in|"
    r"rall(?:y|ies)|fails?|failure|rejection|rolls over)"
    r"(?: (?:above|over|through|below|under|beneath|to|into|off|from|at|of|near|toward|towards))?)"
    r"(?: (?:the|a|an))?(?: \w+ (?:level|mark|area|zone|line) (?:at|of|near))?[\s:]*(?=\$?\d)",
    re.IGNORECASE)
"""An entry told as its trigger, no long/short word before it: "a close above $697.09", "If it breaks
$630.56", "If SPY dips to $673.92", "A bounce off $612.70", "a failure at $240"."""
_BREAKS_AT = re.compile(r"\b(?:if|once|when|after)\s+(?:\w+\s+)?(?P<price>\$?\d[\d,]*(?:\.\d+)?)\s+"
                        r"(?:breaks|gives way|gives out|is taken out|gets taken out|is cleared|gets cleared|"
                        r"is reclaimed|gets reclaimed|goes)\b", re.IGNORECASE)
"""An entry told by its price before the trigger's verb: "if 630.56 breaks, long w stop 620.12"; read
only beside a long/short word, which tells the side."""
_SHORT_TRIGGERS = ("close below", "closes below", "closing below", "close under", "closes under",
                   "closing under", "break below", "breaks below", "breaking below", "break under",
                   "breaks under", "breaking under", "move below", "moves below", "push below",
                   "pushes below", "rally to", "rally into", "rallies to", "rallies into", "fail", "failure",
                   "rejection", "rolls over", "drop below", "drops below")
_RR_TIMES = re.compile(r"(?<![\d.$])(?P<value>\d+(?:\.\d+)?)\s*(?:(?:times|x)\s+"
                       r"(?:the |its |my |your |our |his |her )?risk\b|(?:units?\s+of\s+)?reward\s+"
                       r"(?:per|for\s+(?:each|every))\s+(?:unit|dollar|point)\s+(?:of\s+)?risk(?:ed)?\b)",
                       re.IGNORECASE)
"""A reward told in multiples of the risk: "a reward of about 3.6 times the risk", "2.0 reward per unit of
risk"."""
_RR_SHORT = re.compile(r"(?<![\d.$])(?P<value>\d+(?:\.\d+)?)"
                       r"(?:\s?R\b(?![/:])|(?:\s*|-)(?:to|:)(?:\s*|-)(?:1\b(?!\.\d|,\d)|one\b(?!-)))")
"""A setup's reward/risk without its name: "2.0 R", "1.4 to 1", "3:1", "about 2.4 to one"."""
_ENTRY_AT, _STOP, _TARGET, _TRIGGER = leading(_ENTRY_AT), leading(_STOP), leading(_TARGET), leading(_TRIGGER)
_ENTRY_LABEL = leading(_ENTRY_LABEL)
_TARGET_AFTER = leading(_TARGET_AFTER)


_STAKE = r"(?:(?:about|roughly|around|some|nearly|almost|~)\s*)?\$?\d[\d,]*(?:\.\d+)?" \
         r"(?:\s+(?:points?|cents|dollars))?"
_STAKES_FORMS = (
    re.compile(r"(?:(?:that|this|it|we|i|you)\s+)?(?:(?:would|will|could)\s+)?risks?\s+"
               r"(?P<risk>" + _STAKE + r")\s+to\s+(?:make|gain|win|earn|capture|collect)\s+"
               r"(?P<reward>" + _STAKE + r")", re.IGNORECASE),
    re.compile(r"(?P<risk>" + _STAKE + r")\s+(?:of\s+)?risk(?:ed)?\s+(?:for|to\s+make|against)\s+"
               r"(?P<reward>" + _STAKE + r")\s+(?:of\s+)?(?:reward|upside|profit|gain)", re.IGNORECASE),
    re.compile(r"(?P<risk>" + _STAKE + r")\s+risked\s*[,;/]\s*(?P<reward>" + _STAKE + r")\s+"
               r"(?:to\s+(?:gain|make|win)|of\s+(?:reward|upside)|in\s+reward)", re.IGNORECASE),
)
"""A setup's risk and reward in money, in the ways a writer puts them: "Risk $2.65 to make $4.50", "We risk
$5.99 to make $9.51", "Risk about 54 points to make about 176"; "$8.05 risk for $19.31 reward", "$7.00 of
risk for $11.86 of reward"; "($7.75 risked, $15.69 to gain)"."""
_STAKES = "(?:" + "|".join(f"(?:{form.pattern.replace('?P<risk>', '').replace('?P<reward>', '')})"
                           for form in _STAKES_FORMS) + r")\s*[,:;\u2014]\s*"
"""Any of them before a reward/risk ("Risk $2.65 to make $4.50: about 1.7 to 1", "$8.05 risk for $19.31
reward, 2.4R")."""
_LONE_RATIO = re.compile(r"^\W*(?:" + _STAKES + r")?"
                         r"(?:(?:(?:this|that|it|which)\s+(?:gives?|is|means|makes?|works out to)|"
                         r"(?:that|it)['\u2019]s|call it|"
                         r"(?:(?:the|an?)\s+)?(?:reward[- /]to[- /]risk|risk[- /]to[- /]reward|"
                         r"reward[/-]risk|risk[/-]reward|R/R|R:R)(?:\s+ratio)?\s+"
                         r"(?:is|comes to|works out to|of))"
                         r"(?:\s+(?:me|us|you|it|this))?\s+)?"
                         r"(?:an?\s+)?(?:(?:about|roughly|around|~|better than|more than|just over|"
                         r"just under|nearly|almost|close to)\s*)?"
                         r"(?P<value>\d+(?:\.\d+)?)(?:\s?R|\s*(?:to|:)\s*(?:1|one)\b)"
                         r"(?:\s+(?:trade|setup|bet|play|idea|payoff|proposition|shot))?"
                         r"(?:\s*(?:\.{2,}|\u2026|[,;\u2014])\s*[a-z]+(?:\s+[a-z]+)?)?\W*$", re.IGNORECASE)
"""A sentence that is only a reward/risk, maybe with the writer's one- or two-word aside after it
("That's about 3 to 1... meh.")."""


def trailing_ratio(sentence: str) -> PrintedNumber | None:
    """A sentence that is only a reward/risk ("4.4R.", "About 3 to 1."), maybe after the setup's risk and
    reward in money ("We risk $5.99 to make $9.51, about 1.6 to 1."): the setup before it states it."""
    match = _lone_ratio(sentence)
    return _first(match.group("value")) if match else None


_STOP_INSIDE = re.compile(r"[.!]\s+(?=[a-z])")
"""A full stop before a lower-case word: a chat's sentences the splitter keeps together ("$8.05 risk for
$19.31 reward, 2.4R. i'm not touching it till it clears $630.")."""


def _lone_ratio(sentence: str) -> re.Match[str] | None:
    """_LONE_RATIO on the sentence, else on its first part before a full stop the splitter kept inside it."""
    match = _LONE_RATIO.match(sentence)
    if match is None:
        inside = _STOP_INSIDE.search(sentence)
        match = _LONE_RATIO.match(sentence[:inside.start() + 1]) if inside is not None else None
    return match


def trailing_stakes(sentence: str) -> tuple[PrintedNumber, PrintedNumber] | None:
    """The risk and the reward a reward/risk sentence states before its ratio ("Risk $2.65 to make $4.50:
    about 1.7 to 1."); None when it states none."""
    match = _lone_ratio(sentence)
    return stakes_in(sentence[:match.start("value")]) if match is not None else None


def stakes_in(text: str) -> tuple[PrintedNumber, PrintedNumber] | None:
    """The risk and the reward in money `text` states in one of _STAKES_FORMS (the first so told); None
    when it states none."""
    for form in _STAKES_FORMS:
        match = form.search(text)
        if match is not None:
            risk, reward = _first(match.group("risk")), _first(match.group("reward"))
            return (risk, reward) if risk is not None and reward is not None else None
    return None


def stakes_agree(risk: PrintedNumber, reward: PrintedNumber, ratio: PrintedNumber) -> bool:
    """The risk, the reward and the ratio a writer states agree among themselves ("Risk about 54 points to
    make about 176, better than three to one"): a setup they do not fit has a wrong figure of its own (its
    target typed wrong), which the setup's figures' own checks name, not its ratio."""
    return bool(risk.value) and ratio_fits(reward.value * reward.scale / (risk.value * risk.scale), ratio)


def check_stakes(setup: SetupClaim, risk: PrintedNumber, reward: PrintedNumber) -> list[Finding]:
    """A setup's risk (entry to stop) and reward (entry to target) as its words state them, each a
    `derived-mismatch` when it is not the way between the setup's own figures (one unit of slack at its
    printed precision, for figures worked from rounded prices)."""
    entry = setup.entry.value
    found = []
    for stated, other, what in ((risk, setup.stop.value, "risk (entry to stop)"),
                                (reward, setup.target.value, "reward (entry to target)")):
        way = abs(entry - other)
        if stated.value and not same_at_precision(way, stated, slack=1):
            found.append(finding("derived-mismatch", f"{stated.text} is not the setup's {what}",
                                 section=setup.section, span=stated.text, expected=f"{way:,.2f}",
                                 source="recomputed from entry, stop and target"))
    return found


_RATIO_QUESTION = re.compile(r"\b(?:reward[- /]to[- /]risk|risk[- /]to[- /]reward|reward[/-]risk|"
                             r"risk[/-]reward|R/R|R:R|R multiple)\b[^?]*\?\W*$", re.IGNORECASE)
_BARE_ANSWER = re.compile(r"^\W*(?:(?:about|roughly|around|approximately|~|nearly|almost|just over|"
                          r"just under)\s*)?"
                          r"(?P<value>\d+(?:\.\d+)?)(?:\s?R|\s*(?:to|:)\s*(?:1|one)\b)?\W*$", re.IGNORECASE)


def answered_ratio(question: str, after: str) -> tuple[PrintedNumber | None, bool]:
    """A question that asks a setup's reward/risk ("What is the reward-to-risk?") and the bare figure
    that answers it ("(About 3.3.)"), after the question mark or in the sentence `after` it: the setup
    before the question states that ratio. Also whether the answer was `after`."""
    asked, mark, answer = question.rpartition("?")
    if not mark or not _RATIO_QUESTION.search(asked + mark):
        return None, False
    match = _BARE_ANSWER.match(answer if answer.strip() else after)
    return (_first(match.group("value")), not answer.strip()) if match else (None, False)


def structured_setup(setup: TradeSetup, section: str = "setups") -> SetupClaim:
    def printed(value: float, decimals: int = 2) -> PrintedNumber:
        return PrintedNumber(f"{value:,.{decimals}f}", round(value, decimals), decimals, None)
    return SetupClaim(setup.direction, printed(setup.entry), printed(setup.stop), printed(setup.target),
                      printed(setup.reward_risk, 1), section, setup.trigger)


def _first(text: str | None, names: Sequence[str] = ()) -> PrintedNumber | None:
    if not text:
        return None
    numbers = find_numbers(text, names)
    return numbers[0] if numbers else None
