"""The scorecard stage: every session's calls graded against what the market did next.

- `contracts.py`: `SessionCalls` (what a session called) and `SessionGrades` (what came of
  it), with the horizons and windows in sessions;
- `calls.py`: the calls of a snapshot, by the writers' own rules;
- `grading.py`: `grade_session(calls, later_bars)`, pure, no look-ahead;
  `grade_from_history(calls, bars)` hands each call only the bars after its session;
- `backfill.py`: `backfill_calls(history, benchmark, first, last)`, the calls of past
  sessions from bars alone (equal to a run's, computed from series made once);
- `summary.py`: `summarize(grades) -> Scorecard`, rates with Wilson intervals beside
  naive baselines;
- `report.py` (the edge): `scorecard_for(store, load_history, ...)`, and `stored_calls`
  / `grade_stored` for whoever shows a part of it.
The store keeps calls in `session_calls` (`Store.save_session_calls`, `Store.session_calls`).
Each name below loads its module on first use: the store reads `scorecard.contracts`
without loading the indicators (numpy) that `calls.py` needs.
"""

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .calls import calls_from_snapshot
    from .contracts import HORIZON_SESSIONS, HORIZONS, SessionCalls, SessionGrades
    from .grading import grade_session

__all__ = ["HORIZONS", "HORIZON_SESSIONS", "SessionCalls", "SessionGrades", "calls_from_snapshot",
           "grade_session"]
__getattr__ = lazy_exports(__name__, {
    "calls_from_snapshot": "calls", "HORIZON_SESSIONS": "contracts", "HORIZONS": "contracts",
    "SessionCalls": "contracts", "SessionGrades": "contracts", "grade_session": "grading"})
