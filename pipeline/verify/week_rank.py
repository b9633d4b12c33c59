"""A close named the week's highest or lowest: "Tuesday's $679.84, the low close of the week", "Thursday's
$614.72 was the week's high close".

The price printed right before the words (in their clause, a few words between) must be a close of the
session's week (the held sessions from that week's Monday to the session) and the highest, or the
lowest, of them. A price that is no close of the week is left to the other readers (a wrong figure is
theirs); so is a week of one held session, and a snapshot that carries no dates for its closes. Pure.
"""

from __future__ import annotations

import re
from datetime import date

from ..contracts import Finding, Snapshot
from .codes import finding
from .context import VerifyContext

_RANKED = re.compile(
    r"(?<![\w.,])\$?(?P<price>\d{1,3}(?:,\d{3})*\.\d{2})\b(?P<gap>[^.;:$\d]{0,30}?)"
    r"\b(?P<words>(?:the|its)\s+(?:(?P<before>week's|week\u2019s)\s+)?"
    r"(?P<rank>high|highest|best|strongest|top|low|lowest|worst|weakest)\s+close"
    r"(?P<after>\s+of\s+the\s+week)?)\b", re.IGNORECASE)
_HIGH = ("high", "highest", "best", "strongest", "top")


def check_week_rank(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """A finding for each close called the week's high (low) close that is not the highest (lowest)."""
    if "close" not in sentence.lower() or "week" not in sentence.lower():
        return []
    closes = week_closes(ctx.snapshot)
    if len(closes) < 2:
        return []
    found = []
    for match in _RANKED.finditer(sentence):
        if not (match.group("before") or match.group("after")):
            continue
        price = float(match.group("price").replace(",", ""))
        if not any(abs(price - close) < 0.005 for close in closes.values()):
            continue  # no close of the week: a wrong figure is the other readers'
        high = match.group("rank").lower() in _HIGH
        wanted, other = ("highest", "lowest") if high else ("lowest", "highest")
        best = max(closes.values()) if high else min(closes.values())
        if abs(price - best) < 0.005:
            continue
        worst = min(closes.values()) if high else max(closes.values())
        place = f"it is the week's {other}" if abs(price - worst) < 0.005 else "it is neither extreme"
        found.append(finding(
            "value-mismatch", f"'{match.group('words')}': {match.group('price')} is not the week's {wanted} "
            f"close ({place}); the {wanted} is {best:,.2f}", section=section, span=match.group("words"),
            expected=f"{best:,.2f}", source="recent_closes of the week"))
    return found


def week_closes(snapshot: Snapshot) -> dict[date, float]:
    """The held closes of the session's week (Monday to the session), by session."""
    week = snapshot.session.isocalendar()[:2]
    return {day: close for day, close in zip(snapshot.recent_sessions, snapshot.recent_closes, strict=False)
            if day.isocalendar()[:2] == week and day <= snapshot.session}
