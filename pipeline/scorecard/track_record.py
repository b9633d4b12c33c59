"""The article's track-record line, as numbers: how the desk's calls on one instrument fared
before the session being written (`writer.track_record`, off by default).

`track_record(calls, bars, session, sessions)` is pure and sees no bar after `session`: it takes
the stored calls made in the `sessions` sessions before it (one per session, the article's
when a session has both origins, as the scorecard does), grades them with the bars up to and
including `session` only, and counts the graded ones: right, wrong, flat. A call whose window
had not elapsed by the session is open and counts nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..contracts import Bar, TrackRecord
from .contracts import Horizon, SessionCalls
from .grading import grade_from_history

TRACK_RECORD_SESSIONS = 60
"""The default look-back of the line, in sessions (`writer.track_record_sessions`)."""


def first_session(bars: Sequence[Bar], session: date, sessions: int) -> date | None:
    """The oldest of the `sessions` sessions before `session` that `bars` hold."""
    before = [bar.session for bar in bars if bar.session < session]
    return before[-sessions] if len(before) >= sessions else (before[0] if before else None)


def track_record(calls: Sequence[SessionCalls], bars: Sequence[Bar], session: date,
                 sessions: int = TRACK_RECORD_SESSIONS, horizon: Horizon = "short") -> TrackRecord:
    first = first_session(bars, session, sessions)
    chosen: dict[date, SessionCalls] = {}
    for call in calls:
        if first is not None and first <= call.session < session:
            if call.session not in chosen or call.origin == "article":
                chosen[call.session] = call
    known = [bar for bar in bars if bar.session <= session]  # no look-ahead
    grades = grade_from_history([chosen[day] for day in sorted(chosen)], known)
    outcomes = [c.outcome for g in grades for c in g.calls
                if c.horizon == horizon and c.status == "graded"]
    return TrackRecord(horizon=horizon, sessions=sessions, right=outcomes.count("right"),
                       wrong=outcomes.count("wrong"), flat=outcomes.count("flat"))
