"""The scorecard's edge: stored calls and each symbol's bars in, `Scorecard` out.

`stored_calls` reads the calls a selection covers (one per symbol and session: the
article's when a session has both origins); `grade_stored` grades them against the bars
after each session; `scorecard_for` does both and sums them. The CLI, and anything that
shows a scorecard (a page, an article's track-record line), call these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..contracts import PriceHistory
from ..errors import NotFound
from ..store import Store
from .contracts import CallOrigin, SessionCalls, SessionGrades
from .grading import grade_from_history
from .summary import Scorecard, summarize

LoadHistory = Callable[[str], PriceHistory]


def stored_calls(store: Store, symbols: Sequence[str] | None = None, first: date | None = None,
                 last: date | None = None, origin: CallOrigin | None = None) -> list[SessionCalls]:
    """The selection's calls by symbol and session; NotFound (exit 5) when there are none."""
    found: dict[tuple[str, date], SessionCalls] = {}
    targets: list[str | None] = list(symbols) if symbols else [None]
    for symbol in targets:
        for call in store.session_calls(symbol, first, last, origin):
            key = (call.symbol, call.session)
            if key not in found or call.origin == "article":
                found[key] = call
    if not found:
        where = (f" for {', '.join(symbols)}" if symbols else "") + \
            (f" from {first}" if first else "") + (f" to {last}" if last else "")
        raise NotFound(f"no calls stored{where}; run `newsdesk backfill --from YYYY-MM-DD` first")
    return sorted(found.values(), key=lambda c: (c.symbol, c.session))


def grade_stored(calls: Sequence[SessionCalls], load_history: LoadHistory) -> list[SessionGrades]:
    """Each call graded with its symbol's bars (`load_history(symbol)`, read once a symbol)."""
    grades: list[SessionGrades] = []
    for symbol in sorted({call.symbol for call in calls}):
        history = load_history(symbol)
        grades += grade_from_history([c for c in calls if c.symbol == symbol], history.bars)
    return grades


def scorecard_for(store: Store, load_history: LoadHistory, symbols: Sequence[str] | None = None,
                  first: date | None = None, last: date | None = None,
                  origin: CallOrigin | None = None) -> Scorecard:
    return summarize(grade_stored(stored_calls(store, symbols, first, last, origin), load_history))
