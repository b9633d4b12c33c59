"""A list of the last few closes, in order: "Its last five closes: $30.95, $31.13, $30.55, $30.27, $30.01".

The list names how many closes it gives and gives them in a row, oldest first (the last one the
session's own close) or newest first (the first one the session's): each figure is the close of the
session that many places back in the snapshot's dated bars. Read before the figure is held to the
session's close, which only its newest one is. A list with another count of figures than it names, or
whose newest end is not the session's close, is left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..contracts import Finding, Snapshot
from .claims import Claim
from .codes import finding
from .numbers import PrintedNumber, find_numbers, same_at_precision
from .past_bars import held_sessions

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LIST_OPENING = re.compile(r"\b(?:last|past|latest|previous|prior|recent)\s+(?P<n>\d{1,2}|"
                           + "|".join(_COUNTS) + r")\s+(?:daily\s+|session\s+)?(?:closes|closing\s+prices)\b"
                           r"(?:,?\s+\(?(?:newest|latest|most\s+recent|oldest|earliest)\s+first\)?)?"
                           r"(?:\s+(?:were|are|read|ran))?\s*[:,]?\s*", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|;|->|\u2192|/|\band\b|\bthen\b)?\s*(?:and\s+|then\s+)?")


def listed_closes(claim: Claim, snapshot: Snapshot | None) -> list[Finding] | None:
    """The finding on a figure of such a list (none when it is that session's close), or None when the
    figure is in no such list the bars can place."""
    opening = _opening_before(claim) if snapshot is not None else None
    if snapshot is None or opening is None:
        return None
    count = int(opening.group("n")) if opening.group("n").isdigit() else _COUNTS[opening.group("n").lower()]
    figures = _figures(claim.sentence, opening.end(), count)
    closes = _closes(snapshot, count)
    if figures is None or closes is None or claim.number.start not in [n.start for n in figures]:
        return None
    if same_at_precision(snapshot.close, figures[0]) and not same_at_precision(snapshot.close, figures[-1]):
        closes = closes[::-1]  # newest first
    elif not same_at_precision(snapshot.close, figures[-1]):
        return None
    at = [n.start for n in figures].index(claim.number.start)
    day, close = closes[at]
    if same_at_precision(close, claim.number):
        return []
    return [finding("value-mismatch", f"{claim.span} is not {snapshot.symbol} close on "
                    f"{day:%a}, {day:%b} {day.day}, "
                    f"number {at + 1} of the {count} closes listed", section=claim.section, span=claim.span,
                    expected=f"{close:,.2f}", source=f"{snapshot.symbol}: recent_closes")]


def _opening_before(claim: Claim) -> re.Match[str] | None:
    found = [m for m in _LIST_OPENING.finditer(claim.sentence, 0, claim.number.start)]
    return found[-1] if found else None


def _figures(sentence: str, start: int, count: int) -> list[PrintedNumber] | None:
    """The `count` figures right after the list's opening, each after the one before with only a
    separator between; None when the list holds another count."""
    figures: list[PrintedNumber] = []
    at = start
    for number in find_numbers(sentence[start:]):
        begin, end = start + number.start, start + number.end
        gap = _LIST_GAP.fullmatch(sentence, at, begin)
        if gap is None or number.unit not in ("price", None) or number.sign:
            break
        figures.append(replace(number, start=begin, end=end))
        at = end
    return figures if len(figures) == count else None


def _closes(snapshot: Snapshot, count: int) -> list[tuple[date, float]] | None:
    """The last `count` held closes with their sessions, oldest first, ending on the session."""
    sessions, closes = held_sessions(snapshot), list(snapshot.recent_closes)
    if len(closes) < count or not sessions or sessions[-1] != snapshot.session:
        return None
    return list(zip(sessions[-count:], closes[-count:], strict=True))
