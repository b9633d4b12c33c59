"""A bare possessive weekday standing for its noun (issue 14: the fourth holdout's false alarms, in
other words): "Wednesday's high was $X, Thursday's $Y" and "Tuesday's close stood at $X; Monday's
was $Y" give the second day's bar the first day's noun (a close when none is named). The plants put
a wrong figure under the bare possessive (held to that day's bar, not untraced).

Every figure comes from the snapshot's dated bars, so the note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
BASE = f"user-fp4-possessive-{KEY}"


def _bar(s: Snapshot, day: date) -> tuple[float, float]:
    n = list(s.recent_sessions).index(day)
    return s.recent_closes[n], s.recent_highs[n]


def _days(s: Snapshot) -> dict[str, date]:
    """The weekdays of the session's week before it (the session is a Friday)."""
    assert s.session.weekday() == 4
    return {name: date.fromordinal(s.session.toordinal() - 4 + n)
            for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday"))}


def possessive_note(b: Built) -> str:
    s = b.snapshot
    d = _days(s)
    (mon, _), (tue, _) = _bar(s, d["Monday"]), _bar(s, d["Tuesday"])
    (_, wed_high), (_, thu_high) = _bar(s, d["Wednesday"]), _bar(s, d["Thursday"])
    return (f"IWM week so far. The fund ended today at ${s.close:.2f}.\n\n"
            f"Wednesday's high was ${wed_high:.2f}, Thursday's ${thu_high:.2f}.\n\n"
            f"Tuesday's close stood at ${tue:.2f}; Monday's was ${mon:.2f}.\n")


def possessive_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", possessive_note(built[KEY]))]


def possessive_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[KEY].snapshot
    d = _days(s)
    mon, _ = _bar(s, d["Monday"])
    _, thu_high = _bar(s, d["Thursday"])
    wrong_high, wrong_mon = f"${thu_high + 1.37:.2f}", f"${mon - 2.14:.2f}"
    return [
        Plant(f"fp4-possessive-high-{KEY}", BASE, "history", f"Thursday's ${thu_high:.2f}",
              f"Thursday's {wrong_high}", "value-mismatch", wrong_high,
              note="Thursday's high under a bare possessive after Wednesday's high, $1.37 high"),
        Plant(f"fp4-possessive-close-{KEY}", BASE, "history", f"Monday's was ${mon:.2f}",
              f"Monday's was {wrong_mon}", "value-mismatch", wrong_mon,
              note="Monday's close under a bare possessive after Tuesday's close, $2.14 low"),
    ]
