"""The day a "worst day since ..." or "biggest gain since ..." names, checked against the bars.

"the worst day for QQQ since Apr 10" says no session between Apr 10 and this one fell as far as this
one did, and Apr 10 did: the day is the last held session before this one whose 1-day move went the
same way and was at least as large (in %). The held closes (Snapshot.recent_closes) give it when
one of them is that session; further back, the tape's move_unmatched_since, computed from every bar
held (indicators.tape.move_unmatched). A date that is not that session is `date-untraced`, as a wrong
"lowest close since" date is (close_since). Words of the wrong way for the day (a "best day" on a
drop) and another instrument's words are left to the other checks.
"""

from __future__ import annotations

import re
from datetime import date

from ..contracts import Finding, Snapshot
from .close_since import other_subject
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import PrintedDate
from .past_bars import held_sessions

_MOVE_SINCE = leading(re.compile(
    r"\b(?:(?P<which>worst|best)\s+(?:one-day\s+|single-day\s+|1-day\s+|daily\s+)?(?:day|session|showing)|"
    r"(?:biggest|largest|steepest|sharpest|heaviest)\s+(?:one-day\s+|single-day\s+|1-day\s+|daily\s+)?"
    r"(?P<move>drop|fall|loss|decline|slide|selloff|sell-off|gain|rise|advance|rally|jump|climb|pop))"
    r"(?:\s+(?:for|of)\s+[^,.;:!?]{1,40}?)?\s+(?:in\s+a\s+single\s+session\s+)?since\s+(?:the\s+)?(?:close\s+of\s+)?$",
    re.IGNORECASE))
_DOWN_WORDS = frozenset("worst drop fall loss decline slide selloff sell-off".split())
_REACH = 100
"""How far before the date the words may start ("the biggest one-day drop for the Nasdaq 100 since")."""


def names_move_since(text: str, start: int) -> bool:
    """Whether the words right before `start` are "worst/best day since", "biggest drop/gain since"."""
    return _MOVE_SINCE.search(text, max(0, start - _REACH), start) is not None


def check_move_since(when: PrintedDate, sentence: str, section: str,
                     ctx: VerifyContext) -> list[Finding] | None:
    """Findings for a date right after "worst/best day since", "biggest drop/gain since" (none when it
    is the right session); None when the words are not that, name another instrument, go the other
    way from the day's move, or the bars cannot say."""
    said = _MOVE_SINCE.search(sentence, max(0, when.start - _REACH), when.start)
    if said is None or other_subject(sentence, said.start(), ctx):
        return None
    word = (said.group("which") or said.group("move")).lower()
    down = word in _DOWN_WORDS
    expected = last_move_as_large(ctx.snapshot, down=down)
    if expected is None:
        return None
    printed = when.value if when.has_year else _latest_on_or_before(when.value, ctx.snapshot.session)
    if printed == expected:
        return []
    side = "drop" if down else "gain"
    return [finding("date-untraced", f"date {when.text} is not the day of the last 1-day {side} as large as "
                    f"the session's: that was {expected:%a}, {expected:%b} {expected.day}, {expected.year}",
                    section=section, span=when.text,
                    expected=f"{expected:%b} {expected.day}, {expected.year}",
                    source="snapshot.recent_closes")]


def last_move_as_large(snapshot: Snapshot, *, down: bool) -> date | None:
    """The last session before the session whose 1-day move went the same way (`down`) and was at least
    as large in %: among the held closes, else the tape's (every bar held); None when the session's
    move goes the other way or is flat, or no bar says."""
    sessions, closes = held_sessions(snapshot), snapshot.recent_closes
    if len(closes) < 2 or not sessions or sessions[-1] != snapshot.session:
        return None
    today = closes[-1] / closes[-2] - 1
    if today == 0 or (today < 0) != down:
        return None
    for at in range(len(closes) - 2, 0, -1):
        change = closes[at] / closes[at - 1] - 1
        if change != 0 and (change < 0) == down and abs(change) >= abs(today):
            return sessions[at]
    return snapshot.tape.move_unmatched_since if snapshot.tape is not None else None


def _latest_on_or_before(day: date, session: date) -> date:
    """A yearless date ("since Apr 10") as the latest such day on or before the session."""
    try:
        this_year = day.replace(year=session.year)
    except ValueError:  # Feb 29
        return day
    return this_year if this_year <= session else day.replace(year=session.year - 1)
