"""The scorecard stage: every session's calls graded against what the market did next.

- `contracts.py`: `SessionCalls` (what a session called) and `SessionGrades` (what came of
  it), with the horizons and windows in sessions;
- `calls.py`: the calls of a snapshot, by the writers' own rules;
- `grading.py`: `grade_session(calls, later_bars)`, pure, no look-ahead.
"""

from .calls import calls_from_snapshot
from .contracts import HORIZON_SESSIONS, HORIZONS, SessionCalls, SessionGrades
from .grading import grade_session

__all__ = ["HORIZONS", "HORIZON_SESSIONS", "SessionCalls", "SessionGrades", "calls_from_snapshot",
           "grade_session"]
