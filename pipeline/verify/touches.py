"""How many times a key level was tested, checked against that level's touches.

"Resistance is $249.26, tested three times", "the $678.45 floor, touched twice", "the ceiling at $463.64
has three touches", "a fourth test of $694.71": a count of tests or touches beside a printed price is the
touch count of the snapshot's level at that price (the level's price at its printed precision, or a
price inside its zone). The price is the one printed last before the count in its clause (a ';' ends
one), else one printed right after the words ("tested three times at $249.26", "a fourth test of
$694.71"). An ordinal counts the test in progress: "a fourth test" fits three touches or four. A count
beside no level's price, a level with no touches counted (zero: the data keeps none for it), another
instrument named before the words, or a conditional clause ("if it is tested a third time") is left
alone. The touches are the article's own instrument's: no peer's levels are at hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Finding, KeyLevel
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .number_words import small_count

_COUNT = (r"(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
_ONCE = r"(?P<once>once|twice|thrice)"
_ORDINAL = (r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"eleventh|twelfth)")
_TOUCH_VERB = (r"(?:tested|retested|touched|tagged|hit|held|rejected|defended|probed|reached|capped|"
               r"stopped|repelled|turned|visited|ran into|bumped into|ran up against)")
_TOUCHES = leading(re.compile(
    rf"\b{_TOUCH_VERB}(?:\s+(?!times\b)[\w$.,'\u2019-]+){{0,4}}?\s+(?:(?:exactly|precisely|just)\s+)?"
    rf"(?:{_ONCE}\b|(?<![\d.,]){_COUNT}\s+(?:separate\s+|different\s+)?times\b)(?!\s+(?:its|the|normal|"
    rf"average|as|more|that|what|higher|lower|bigger|larger|over)\b)"
    rf"|(?<![\d.,])\b(?:(?:exactly|precisely|just)\s+)?{_COUNT.replace('<count>', '<tally>')}\s+"
    rf"(?:separate\s+|recorded\s+|prior\s+|failed\s+)?(?:touches|tests|retests)\b"
    rf"|\b(?:a|the|its|their|this)\s+{_ORDINAL}\s+(?:test|retest|touch)\b"
    rf"|\b{_TOUCH_VERB}(?:\s+[\w$.,'\u2019-]+){{0,4}}?\s+for\s+the\s+"
    rf"{_ORDINAL.replace('<ordinal>', '<time>')}\s+time\b",
    re.IGNORECASE))
"""A count of tests of a level: 'tested three times', 'touched twice', 'held 4 times', 'five touches',
'a fourth test', 'tested it for the third time'."""
_TOUCH_HINTS = ("test", "touch", "hit", "held", "reject", "defend", "probe", "reach", "capped", "stopped",
                "repel", "turned", "visit", "ran ", "bumped")
_PRICE = re.compile(r"(?<![\w.,$])(?P<dollar>\$)?(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    r"(?![\d%]|\.\d|,\d|-(?:day|session|week|DMA)\b|d\b)")
"""A price before or after a count; not an average's days ('$601.02 50-day zone, 4 touches': the level is
$601.02, not 50)."""
_PRICE_AFTER = re.compile(r"^\s*(?:(?:this|last|so far this)\s+(?:week|month|quarter|year)\s+)?(?:of|at|near|"
                          r"around)\s+(?:the\s+)?(?:round\s+)?(?=\$?\d)", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|would|could|might|should|may|once)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)|\?|!")
_POINTER = r"(?:that|this|the same)\s+(?:level|line|mark|price|figure|number|ceiling|floor|barrier|wall|" \
           r"shelf|peak|high|close|record)\b"
_LEVEL_ANAPHOR = re.compile(rf"\s*(?:and\s+|but\s+|so\s+)?{_POINTER}", re.IGNORECASE)
"""A count's clause that opens by pointing back at a level ("that level has been tested eight times",
"That line has stopped it five times"): the level is the last price printed before the clause."""
_POINTED_OBJECT = re.compile(rf"{_TOUCH_VERB}\s+{_POINTER}", re.IGNORECASE)
"""A count whose verb's object points back at a level ("We have tested that shelf five times"): the
same."""
_REACH = 120
"""How far before the count the level's price may be printed."""
_SMALL_COUNTS = {"once": 1, "twice": 2, "thrice": 3}


@dataclass(frozen=True)
class TouchCount:
    said: int
    ordinal: bool
    span: str
    price: float
    decimals: int


def check_touch_counts(sentence: str, section: str, ctx: VerifyContext, before: str = "") -> list[Finding]:
    """A finding for each count of tests beside a level's price that is not that level's touches (`before`:
    the sentence before, whose last price a clause opening with "that level" points back at)."""
    lowered = sentence.lower()
    if not any(hint in lowered for hint in _TOUCH_HINTS):
        return []
    found = []
    for claim in touch_counts(sentence, ctx, before):
        levels = [(n, level) for n, level in enumerate(ctx.snapshot.levels)
                  if _at_level(claim.price, claim.decimals, level)]
        counted = [(n, level) for n, level in levels if level.touches > 0]
        if not counted or any(_fits(claim, level.touches) for _, level in counted):
            continue
        n, level = counted[0]
        found.append(finding(
            "value-mismatch", f"'{claim.span}' is not the count of tests of the {level.label} at "
            f"{level.price:,.2f}: it has {level.touches} touch{'es' if level.touches != 1 else ''}",
            section=section, span=claim.span, expected=f"{level.touches} touches",
            source=f"levels[{n}].touches"))
    return found


def touch_counts(sentence: str, ctx: VerifyContext, before: str = "") -> list[TouchCount]:
    """The counts of tests in a sentence, each with the price it counts the tests of."""
    counts = []
    for match in _TOUCHES.finditer(sentence):
        said, ordinal, span, at = _said(match)
        if said is None:
            continue
        start = _clause_start(sentence, match.start())
        if _IF_CLAUSE.search(sentence, start, at) or _other_subject(sentence, start, at, ctx):
            continue
        price = _price_before(sentence, start, at, ctx) or _price_after(sentence, match.end(), ctx) \
            or _pointed_back(sentence, start, before, ctx, match.start())
        if price is not None:
            counts.append(TouchCount(said, ordinal, span, *price))
    return counts


def _said(match: re.Match[str]) -> tuple[int | None, bool, str, int]:
    """The count the words give, whether it is an ordinal, its words and where they start."""
    for group in ("once", "count", "tally", "ordinal", "time"):
        word = match.group(group)
        if word is None:
            continue
        value = _SMALL_COUNTS.get(word.lower()) if group == "once" else small_count(word)
        return value, group in ("ordinal", "time"), word, match.start(group)
    return None, False, "", match.start()


def _fits(claim: TouchCount, touches: int) -> bool:
    return touches in (claim.said - 1, claim.said) if claim.ordinal else touches == claim.said


def _clause_start(sentence: str, at: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, max(0, at - _REACH), at)]
    return ends[-1] if ends else max(0, at - _REACH)


def _price_before(sentence: str, start: int, end: int, ctx: VerifyContext) -> tuple[float, int] | None:
    prices = [p for p in (_price(m, ctx) for m in _PRICE.finditer(sentence, start, end)) if p is not None]
    return prices[-1] if prices else None


def _price_after(sentence: str, at: int, ctx: VerifyContext) -> tuple[float, int] | None:
    lead = _PRICE_AFTER.match(sentence[at:])
    if lead is None:
        return None
    match = _PRICE.match(sentence, at + lead.end())
    return _price(match, ctx) if match is not None else None


def _pointed_back(sentence: str, start: int, before: str, ctx: VerifyContext,
                  verb: int) -> tuple[float, int] | None:
    """The level a clause opening with "that level" (or a count whose verb at `verb` tests "that level")
    points back at: the last price before the clause in the sentence, or else in the sentence before."""
    if not _LEVEL_ANAPHOR.match(sentence, start) and not _POINTED_OBJECT.match(sentence, verb):
        return None
    return _price_before(sentence, 0, start, ctx) or _price_before(before, 0, len(before), ctx)


def _price(match: re.Match[str], ctx: VerifyContext) -> tuple[float, int] | None:
    """A printed price: with a '$', or near the close (an index level printed bare)."""
    text = match.group("value")
    value = float(text.replace(",", ""))
    close = ctx.snapshot.close
    if not match.group("dollar") and not (close and 0.5 < value / close < 2):
        return None
    decimals = len(text.split(".")[1]) if "." in text else 0
    return value, decimals


def _at_level(price: float, decimals: int, level: KeyLevel) -> bool:
    if abs(price - level.price) <= 0.5 * 10 ** -decimals + 1e-9:
        return True
    return level.zone_low is not None and level.zone_high is not None \
        and level.zone_low <= price <= level.zone_high


def _other_subject(sentence: str, start: int, at: int, ctx: VerifyContext) -> bool:
    """Another instrument named in the count's clause before it: its levels are not at hand."""
    return any(m.start >= start and m.start < at and ctx.symbol not in m.symbols
               for m in ctx.lexicon.mentions(sentence))
