"""Figures about a named company or thing outside the instrument list.

"Nvidia rose 4%", "Shares of Micron jumped 6.25%" and "Apple's stock fell 2.3%" are
about instruments no snapshot covers: the figure is unverifiable (info), never the
article instrument's move. The name is the capitalised word (or words) right before
a move verb in the figure's clause; market words that start a sentence ("Stocks
fell", "Small caps rose", "Tech rallied") and every instrument alias are not names.
"""

from __future__ import annotations

import re

from .claims import Claim
from .measures import other_thing_counted
from .numbers import any_word, folded
from .subjects import Lexicon

_VERB = (r"(?:rose|rises|rallied|gained|gains|jumped|jumps|climbed|climbs|added|adds|surged|soared|advanced|"
         r"fell|falls|dropped|drops|slid|slides|sank|sinks|slipped|lost|loses|shed|sheds|tumbled|plunged|"
         r"declined|retreated|eased|popped|spiked|slumped|skidded)")
_NAMED_MOVE = re.compile(
    r"(?:\b[Ss]hares of\s+)?(?P<name>\b[A-Z][A-Za-z&.\-]*[a-z][A-Za-z&.\-]*(?:\s+[A-Z][A-Za-z&.\-]+){0,2})"
    r"(?:['\u2019]s)?(?:\s+(?:shares|stock|Inc\.?|Corp\.?|Co\.))?\s+(?:(?:also|just|only)\s+)?"
    rf"{_VERB}\s+(?:(?:by|about|roughly|nearly|some|another|a further)\s+)*[+\-\u2212]?$")
_MARKET_WORDS = frozenset("""
stocks shares equities futures bonds yields treasuries treasury oil crude gold silver copper bitcoin ether
banks energy utilities financials industrials materials healthcare retail retailers semis chips chipmakers
small large mega big growth value cyclicals defensives everything breadth volume volatility markets market
it this that the its price prices sentiment tech technology the index indexes averages benchmarks
rates dollar euro yen pound sterling europe asia japan china emerging frontier transports homebuilders
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today overall meanwhile elsewhere
""".split())


def outside_subject(claim: Claim, lexicon: Lexicon) -> str | None:
    """The name of the company or thing a move figure is about, when it is none of the instruments."""
    if claim.strong or claim.number.unit not in ("pct", None):
        return None
    before = claim.sentence[max(0, claim.number.start - 80):claim.number.start]
    match = _NAMED_MOVE.search(before)
    if match is None:
        return None
    name = match.group("name")
    if name.split()[0].lower() in _MARKET_WORDS or lexicon.mentions(name):
        return None
    return name


_GOODS = re.compile(r"\b(?:corn|soybeans?|soymeal|wheat|oats|canola|cattle|hogs|cotton|coffee|cocoa|sugar|"
                    r"lumber|milk|eggs|rice|hay)\b", re.IGNORECASE)
_MAY_NAME_GOODS = any_word(("corn", "soy", "wheat", "oats", "canola", "cattle", "hogs", "cotton", "coffee",
                            "cocoa", "sugar", "lumber", "milk", "eggs", "rice", "hay"))
"""A lowered text holding none of these holds no _GOODS match: a cheap test before its search."""
_SENTENCE_GAP = re.compile(r"[.!?]\s")
_GOODS_REACH = 50
"""How far before a figure the farm good its clause prices may be named (characters, within the sentence
and its clause: no full stop between)."""


def outside_goods(claim: Claim, lexicon: Lexicon) -> str | None:
    """The farm good a figure prices or moves when its clause names one and no instrument after it
    ("December corn closed yesterday at $4.31 a bushel, up 3 cents; January soybeans at $11.02"): no
    loaded data covers grain, livestock or softs, so the figure is not the instrument's."""
    before = claim.sentence[max(0, claim.number.start - _GOODS_REACH):claim.number.start]
    lowered = folded(before)
    if lowered is not None and not _MAY_NAME_GOODS(lowered):
        return None  # most figures: no farm good named before them
    last = None
    for found in _GOODS.finditer(before):
        last = found
    if last is None:
        return None
    between = before[last.end():]
    if _SENTENCE_GAP.search(between) or lexicon.mentions(between) or other_thing_counted(claim):
        return None  # "wheat ..., and 4.1 million US taxpayers": its own noun names what it counts
    return last.group(0).lower()
