"""A dated entry: a paragraph headed by a past session's date standing alone as its first sentence.

A trading journal or a diary opens each entry on its date ("Mon Nov 9. IWM closed $246.62.", "Tue Nov
10. Closed $247.77. Nothing to do."): the closes the entry tells are that session's, though no sentence
after the heading names the day. A sentence of the entry that tells a close and names no day of its own
is read with the heading as its label ("Mon Nov 9: IWM closed $246.62"), as a day's label before a close
is read (past_bars), so the close is held to that session's bar, not to the session's own close.
"""

from __future__ import annotations

import re
from datetime import date

from .lookahead import leading
from .numbers import find_dates

_HEADING = re.compile(r"^\W{0,3}(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s+#?\d{1,3}\s*(?:,|:|-|\u2013|\u2014)\s*)?"
                      r"(?P<date>(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)\.?|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday),?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                      r"\s+\d{1,2}(?:,\s*20\d\d)?)\s*[.:]\s*$")
"""A sentence that is a weekday and a date and nothing else ("Mon Nov 9.", "Thursday, Nov 12, 2026:"), maybe
after the entry's numbered label ("Candle 1, Tuesday Nov 10.", "Day 3 - Wed Nov 11:")."""
_TOLD_CLOSE = leading(re.compile(r"\b(?:closed|closing|ended|finished|settled|(?:up|down)\s+day\s+to|"
                                 r"record\s+close|all-time\s+high)\b", re.IGNORECASE))
"""The words of a close told ("closed at", "closing at", "a wide down day to $618.47", "The record close:
$629.76, a new all-time high")."""


def entry_heading(first: str, session: date) -> str | None:
    """The date heading the entry (`first`: its first sentence) when it names a session before `session`."""
    heading = _HEADING.match(first)
    if heading is None:
        return None
    dates = find_dates(heading.group("date"), session)
    return heading.group("date") if len(dates) == 1 and dates[0].value < session else None


def dated_by_heading(sentence: str, heading: str | None, session: date) -> str:
    """The entry's `sentence` as read: with the entry's `heading` as its label when it tells a close and
    names no day relative to the session ("today"); else as written. A day it names itself ("up from
    Friday Nov 6's $243.79") still dates the figure nearest it."""
    if heading is None or not _TOLD_CLOSE.search(sentence) or _RELATIVE_DAY.search(sentence):
        return sentence
    return f"{heading}: {sentence}"


_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|this (?:morning|afternoon|session))\b",
                           re.IGNORECASE)
"""A day named from the session's side: the sentence is not the entry's day alone."""
