"""The day a "lowest close since ..." or "highest close since ..." names, checked against the bars.

"its lowest close since Nov 6" says the session's close is the lowest since that day: the day is the
last held session before this one whose close was at or below the session's (at or above, for the
highest), every close between them higher (lower). The date printed right after "since" must be that
session's; a date before the bars held, or with no such session in them, is left to the other checks.
Only the article's own instrument is read (a peer's bars are not at hand here): the instrument named
last before the words must be the article's (or none named).
"""

from __future__ import annotations

import re
from datetime import date

from ..contracts import Finding, Snapshot
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import PrintedDate
from .past_bars import held_sessions

_CLOSE_SINCE = re.compile(r"\b(?P<which>lowest|weakest|worst|highest|strongest|best)\s+"
                          r"(?:daily\s+|closing\s+)?(?:close|finish|closing\s+(?:level|price))\s+"
                          r"since\s+(?:the\s+)?(?:close\s+of\s+)?$", re.IGNORECASE)
_CLOSE_SINCE = leading(_CLOSE_SINCE)  # see lookahead.py
_LOW_WORDS = ("lowest", "weakest", "worst")


def check_close_since(when: PrintedDate, sentence: str, section: str,
                      ctx: VerifyContext) -> list[Finding] | None:
    """Findings for a date right after "lowest/highest close since" (none when it is the right
    session); None when the words are not that, the sentence names another instrument, or the bars
    cannot say."""
    said = _CLOSE_SINCE.search(sentence, max(0, when.start - 60), when.start)
    if said is None or other_subject(sentence, said.start(), ctx):
        return None
    low = said.group("which").lower() in _LOW_WORDS
    expected = last_close_beyond(ctx.snapshot, low=low)
    if expected is None or when.value < held_sessions(ctx.snapshot)[0]:
        return None
    if when.value == expected:
        return []
    side = "at or below" if low else "at or above"
    return [finding("date-untraced", f"date {when.text} is not the day of the {said.group('which').lower()} "
                    f"close since: the last close {side} {ctx.snapshot.close:,.2f} before the session was "
                    f"{expected:%a}, {expected:%b} {expected.day}", section=section, span=when.text,
                    expected=f"{expected:%b} {expected.day}", source="snapshot.recent_closes")]


def last_close_beyond(snapshot: Snapshot, *, low: bool) -> date | None:
    """The last held session before the session whose close was at or below (`low`) or at or above the
    session's close; None when none of the held bars was."""
    sessions = held_sessions(snapshot)
    if not sessions or sessions[-1] != snapshot.session:
        return None
    today = snapshot.close
    for day, close in zip(reversed(sessions[:-1]), reversed(snapshot.recent_closes[:-1]), strict=True):
        if (close <= today) if low else (close >= today):
            return day
    return None


def other_subject(sentence: str, at: int, ctx: VerifyContext) -> bool:
    """The instrument named last before the words (`at`) is another's ("SPY posted its highest close
    since November 16, while IWM ..."); with none named before them, the article's own."""
    named = [m for m in ctx.lexicon.mentions(sentence) if m.start < at]
    return bool(named) and ctx.symbol not in named[-1].symbols
