"""A level's distance from the close, told as a % after the level in a list of levels: "Resistance:
$249.26, three contacts, 2.80% above us", "2,505.20 (two tests, 1.16% up)", "the round 7,000, 2.14%
away", "$609.62 (two tests, 1.13% below)".

The % is the distance between the level printed last before it (in the same clause) and the close,
recomputed from the two; either way of taking it (from the close, level / close - 1, or from the
level, 1 - close / level) is the writer's, and the printed rounding is allowed a unit. A side word
that puts the level on the wrong side of the close, the distance right ("The round 7,000 mark is 1.42%
underneath" of a 6,901.69 close), is the level's (`wrong_side`); a figure that some fact shows
as printed (a peer's move after its price), or a distance from a level whose distance is itself a fact
(the record, the 52-week high or low, an average: `pct_from_ath`, `pct_vs_sma_50`), is left to the
other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import Claim
from .numbers import same_at_precision

_SIDE_AFTER = re.compile(
    r"\s*(?:above|below|under|beneath|over|away|up|down|higher|lower|off)"
    r"(?:\s+(?:us|here|from\s+(?:here|us|the\s+close)|the\s+(?:last\s+)?(?:close|price|hammer|candle|print)))?"
    r"\s*(?=[,;)]|\.(?!\d)|$|\s+(?:and|then|with)\b)",
    re.IGNORECASE)
"""The side word right after the % and the clause's end ("2.80% above us,", "(1.16% up)", "2.14%
away;"): a distance with no other reference after it, so it is from the close."""
_SIDE_WORDS_AFTER = re.compile(_SIDE_AFTER.pattern.replace("|beneath|", "|beneath|underneath|overhead|"),
                               re.IGNORECASE)
"""_SIDE_AFTER with the side words only `wrong_side` reads ("1.42% underneath", "0.29% overhead"): a
distance told with them is left to the other readers when its side is right."""
_BETWEEN = re.compile(r"[^;:%$]{0,80}")
"""What may stand between the level and its distance: counts of tests, a date, brackets; no other
figure in % or $, no new clause after a semicolon."""
_NEAR = 0.25
"""A level further than this (as a share of the close) is another instrument's price, not a level."""


def listed_level(claim: Claim, prices: Sequence[Claim], close: float | None, *,
                 sides: re.Pattern[str] = _SIDE_AFTER) -> Claim | None:
    """The level a % distance in a list of levels is told from, or None when the words are no such
    distance (a sign, another reference after the side word, no level before it in the clause).
    `sides`: the side words read after the % (`_SIDE_WORDS_AFTER` for `wrong_side`)."""
    number = claim.number
    if number.unit != "pct" or number.sign or not close or not sides.match(claim.sentence, number.end):
        return None
    before = [p for p in prices if p.sentence == claim.sentence and p.number.end <= number.start]
    if not before:
        return None
    level = before[-1].number
    if level.sign or not _BETWEEN.fullmatch(claim.sentence, level.end, number.start):
        return None
    if abs(level.value / close - 1) < 5e-4 or abs(level.value / close - 1) > _NEAR:
        return None  # the close itself ("$688.00, 1.10% higher") or another instrument's price
    return before[-1]


def distance_fits(claim: Claim, level: float, close: float) -> bool:
    """The printed % is the level's distance from the close, taken either way, to its rounding."""
    return any(same_at_precision(d, claim.number, slack=1)
               for d in ((level / close - 1) * 100, (1 - close / level) * 100))


def distance_of(level: float, close: float) -> float:
    """The level's distance from the close in % (positive above it)."""
    return (level / close - 1) * 100


_UP_WORDS = frozenset({"above", "over", "overhead", "up", "higher"})
_DOWN_WORDS = frozenset({"below", "under", "beneath", "underneath", "down", "lower"})
_OTHER_SUBJECT = re.compile(r"\b(?:we|we're|us|it|it's|its|price|close|closed|closes|fund|index|ETF|"
                            r"shares?|stock|trades?|traded|sits?|stands?|ended|finished)\b", re.IGNORECASE)
"""Words between the level and its % that make the close the subject ("$225: the fund is 0.68% above"),
where the side word tells the close's side of the level, not the level's."""


_AVERAGE_BEFORE = re.compile(r"\b(?:\d+\s*-?\s*(?:d|day|DMA|dma|session)|(?:S|E)?MA\s*\d*|average|avg)\b\W*"
                             r"(?:(?:at|of|is|was|sits)\s+)?\$?$", re.IGNORECASE)
"""An average named right before the level ("200d $580.22 (7.96% over)", "200d 538.92, 15.46% over"): a
writer tells the close's side of an average as often as the average's (the pattern readers take it)."""


def side_level(claim: Claim, prices: Sequence[Claim], close: float | None) -> Claim | None:
    """The level before a % told with any side word, "underneath" and "overhead" too (for wrong_side)."""
    return listed_level(claim, prices, close, sides=_SIDE_WORDS_AFTER)


def wrong_side(claim: Claim, level: Claim, close: float) -> str | None:
    """The side word after a listed level's distance when it puts the level on the other side of the
    close ("$210 is just 0.47% above" of $210 under a $211.00 close); None when it fits, tells no side
    ("away", "off") or the words between make the close its subject."""
    side = _SIDE_WORDS_AFTER.match(claim.sentence, claim.number.end)
    if side is None or _OTHER_SUBJECT.search(claim.sentence, level.number.end, claim.number.start) \
            or _AVERAGE_BEFORE.search(claim.sentence, max(0, level.number.start - 24), level.number.start):
        return None
    word = side.group(0).split()[0].lower() if side.group(0).split() else ""
    above = level.number.value > close
    if (word in _UP_WORDS and not above) or (word in _DOWN_WORDS and above):
        return word
    return None
