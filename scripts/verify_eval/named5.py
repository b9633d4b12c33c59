"""Desk notes for the verifier's fixes of the fourth holdout's wrong figures reported with the wrong
code (issue 14): a figure flagged `number-untraced` or `figure-unverifiable` although its words name
the fact, so the finding now gives that fact's right value. Each cause is planted in other words
than the holdout's, on other subjects.

- An index's close after a closing verb and its move ("the Dow settled the session 0.58% higher at
  47,220.31", "the Russell 2000 closes up 0.30% at 2,456.17"): the close of the family member on
  the figure's scale (the index, not its ETF). Plants: each index level with two digits swapped.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _related(b: Built, symbol: str) -> tuple[float, float]:
    """The close and 1-day % of an instrument the snapshot or a peer's carries beside itself."""
    row = next(r for snap in (b.snapshot, *b.peers) for r in snap.related if r.symbol == symbol)
    assert row.change_1d_pct is not None
    return row.close, row.change_1d_pct


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('47,220.31' -> '47,220.13'); they must differ."""
    assert text[-1] != text[-2]
    return text[:-2] + text[-1] + text[-2]


# ---------------------------------------------------------------- an index's close after its move

INDEX_CLOSE_KEY = "SPY-2026-11-20"


def _index_closes(b: Built) -> tuple[str, str, str, str]:
    dow, dow_move = _related(b, "^DJI")
    rut, rut_move = _related(b, "^RUT")
    assert dow_move > 0 and rut_move > 0
    return f"{dow:,.2f}", f"{dow_move:.2f}%", f"{rut:,.2f}", f"{rut_move:.2f}%"


def index_close_note(b: Built) -> str:
    s = b.snapshot
    dow, dow_move, rut, rut_move = _index_closes(b)
    return (f"# SPY and the other benchmarks\n\n"
            f"SPY closed at ${s.close:.2f}. Across town the Dow settled the session {dow_move} higher at "
            f"{dow}, and the Russell 2000 closes up {rut_move} at {rut} after a slow afternoon.\n")


def index_close_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-index-close-{INDEX_CLOSE_KEY}", INDEX_CLOSE_KEY, "prose", "md",
                     index_close_note(built[INDEX_CLOSE_KEY]))]


def index_close_plants(built: dict[str, Built]) -> list[Plant]:
    dow, _, rut, _ = _index_closes(built[INDEX_CLOSE_KEY])
    base = f"user-named5-index-close-{INDEX_CLOSE_KEY}"
    return [Plant(f"named5-dow-close-{INDEX_CLOSE_KEY}", base, "subject",
                  f"higher at {dow}", f"higher at {_swapped(dow)}", "value-mismatch", _swapped(dow),
                  note="the Dow's close after 'settled the session 0.58% higher at', two digits swapped"),
            Plant(f"named5-rut-close-{INDEX_CLOSE_KEY}", base, "subject",
                  f"at {rut} after", f"at {_swapped(rut)} after", "value-mismatch", _swapped(rut),
                  note="the Russell 2000's close after 'closes up 0.30% at' (the index's points, not "
                       "IWM's dollars), two digits swapped")]


def named5_texts(built: dict[str, Built]) -> list[UserText]:
    return [*index_close_texts(built)]


def named5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*index_close_plants(built)]
