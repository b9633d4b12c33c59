"""Desk notes for two scale layouts the readers missed (issue 14, holdouts 11 and 12's scale misses), in
other words than the holdouts', on other subjects and sessions.

- A close dated without the comma after the date ("DIA closed Friday, November 20 at $471.60"): still
  the close, so an index level printed there is off the fund's scale.
- An index named alone with "itself", then a dollar figure ("the Dow itself came in at ..."): an index
  is quoted in points, so a dollar price there is off its scale.
Plants: the other scale's figure (`scale-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant, fmt
from .universe import Built
from .user_texts import UserText

DOW_KEY = "DIA-2026-11-20"
DOW_BASE = f"user-scale17-dated-{DOW_KEY}"


def dated_note(b: Built) -> str:
    assert b.sheet.value("change_1d_pct") > 0
    return ("# Blue chips, end of week\n\n"
            f"DIA closed Friday, November 20 at {fmt(b, 'close')}, up {fmt(b, 'change_1d_pct', 'abs')}. "
            f"The Dow itself came in at {fmt(b, 'DJI_close')}, and the fund tracked it tick for tick.\n")


def scale17_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DOW_BASE, DOW_KEY, "prose", "md", dated_note(built[DOW_KEY]))]


def scale17_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[DOW_KEY]
    return [
        Plant(f"scale17-dated-{DOW_KEY}", DOW_BASE, "scale", f"November 20 at {fmt(b, 'close')}",
              f"November 20 at {fmt(b, 'DJI_close')}", "scale-mismatch", fmt(b, "DJI_close"),
              note="the Dow's level printed as the fund's dated close"),
        Plant(f"scale17-itself-{DOW_KEY}", DOW_BASE, "scale", f"itself came in at {fmt(b, 'DJI_close')}",
              f"itself came in at {fmt(b, 'close')}", "scale-mismatch", fmt(b, "close"),
              note="the Dow is quoted in points; the fund's dollar price printed as the index"),
    ]
