"""Small verifier forms (issue 14, vfp stop 18), in other words than the holdouts'.

- A MACD beside its signal with an article before the signal ("MACD 0.31 under a 0.51 signal"): held to
  the side of the signal line like "its signal". Plant: the side turned over (`indicator-mismatch`).
- A weekday with the day of the month alone ("Thursday the 12th") is that day in the session's month or
  a month beside it; one that is that weekday in none of them is a `weekday-mismatch`.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
BASE = f"user-vfp-forms-{KEY}"


def _lines(b: Built) -> tuple[float, float]:
    m = b.snapshot.momentum
    assert m.macd is not None and m.macd_signal is not None and m.macd < m.macd_signal
    return round(m.macd, 2), round(m.macd_signal, 2)


def forms_note(b: Built) -> str:
    macd, signal = _lines(b)
    thursday = date(2026, 11, 12)
    assert thursday.weekday() == 3 and b.snapshot.session == date(2026, 11, 20)
    return ("# Small caps: Friday notes\n\n"
            f"IWM finished at ${b.snapshot.close:.2f}. MACD {macd:.2f} under a {signal:.2f} signal, so "
            "momentum has not turned yet. The high of the month came on Thursday the 12th.\n")


def forms_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", forms_note(built[KEY]))]


def forms_plants(built: dict[str, Built]) -> list[Plant]:
    macd, signal = _lines(built[KEY])
    return [
        Plant(f"vfp-forms-macd-{KEY}", BASE, "indicator", f"under a {signal:.2f} signal",
              f"over a {signal:.2f} signal", "indicator-mismatch", f"over a {signal:.2f} signal",
              note=f"the MACD ({macd:.2f}) is under its signal line ({signal:.2f})"),
        Plant(f"vfp-forms-weekday-{KEY}", BASE, "date", "on Thursday the 12th", "on Tuesday the 12th",
              "weekday-mismatch", "Tuesday the 12th",
              note="Nov 12, 2026 is a Thursday; no month beside November has a Tuesday the 12th"),
    ]
