"""The eighth holdout's next false alarms by cause (issue 14, fp10), in other words than its texts.

- Put/call words: an options desk's line writes the put/call open-interest ratio as "p/c" ("the p/c
  ratio printed 1.05 on open interest"). The figure is the ratio's, so a wrong one is held to it
  (value-mismatch), not let go as a figure its words tie to no market measure.

- Dates tied to no market fact: the note's own circulation date and a reply-by date, both after the
  session, in sentences that name no close, session, move, dated fact or period start, are the
  writer's own dates (info), not market claims.

Every figure comes from the snapshots, so the note is correct by construction; the plant spoils one
figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
NOTE = f"user-fp10-options-desk-{KEY}"


def options_desk(b: Built) -> str:
    s = b.snapshot
    return (f"Options desk, end of day \u00b7 circulated Tuesday, November 24, 2026 \u00b7 copy 2 of 5\n\n"
            f"{s.symbol} finished at ${s.close:.2f}. Across the nearest expiry the p/c ratio printed "
            f"{b.sheet.fmt('put_call_oi_ratio')}, with most of the open interest parked in the puts.\n\n"
            f"Comments to the desk head by Wednesday December 2, please.\n")


def fp10_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NOTE, KEY, "prose", "txt", options_desk(built[KEY]))]


def fp10_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    right = b.sheet.fmt("put_call_oi_ratio")
    wrong = f"{float(right) + 0.21:.2f}"
    return [
        Plant(f"fp10-pc-ratio-{KEY}", NOTE, "value", f"printed {right},", f"printed {wrong},",
              "value-mismatch", wrong, note="the put/call ratio written 'p/c', 0.21 high"),
    ]
