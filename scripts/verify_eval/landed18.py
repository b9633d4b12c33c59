"""A bare level where an instrument landed is its close (issue 14, holdout 12 and 13's value misses:
"VIX up to 16.70", "the Russell 2000 only 0.30% to 2,465.17", "Index (Russell 2000) at 2,465.79",
"descended today to 2,456.79"), in other words than the holdouts', on another session.

A small-cap desk's note on IWM's Friday: the index "went 0.30% to" its close, QQQ "ran up to" its
close, and an index check "(Russell 2000) at" the close. Plants: a wrong level in each place
(`value-mismatch` against that instrument's close: of a family, the member on whose scale it is).

Every figure is computed from the snapshots, so the note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"  # IWM +0.30% to $244.30; the Russell 2000 2,456.17; QQQ $626.40
BASE = f"user-landed18-desk-{KEY}"
VALUE = "value-mismatch"


def _figures(b: Built) -> dict[str, str]:
    qqq = next(p for p in b.peers if p.symbol == "QQQ")
    return {"rut": b.sheet.fmt("RUT_close"), "rut_move": b.sheet.fmt("RUT_change_1d_pct", "abs"),
            "qqq": f"${qqq.close:.2f}"}


def desk_note(b: Built) -> str:
    f = _figures(b)
    return ("# Small caps, Friday\n\n"
            f"IWM added {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. The Russell 2000 "
            f"went {f['rut_move']} to {f['rut']}, and QQQ ran up to {f['qqq']} by the bell.\n\n"
            f"Index check (Russell 2000) at {f['rut']}; nothing else to report.\n")


def landed18_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", desk_note(built[KEY]))]


def landed18_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    assert f["rut"] == "2,456.17" and f["qqq"] == "$626.40", f
    return [
        Plant(f"landed18-went-{KEY}", BASE, "value", f"to {f['rut']}, and", "to 2,465.71, and", VALUE,
              "2,465.71", note="the Russell 2000 closed at 2,456.17"),
        Plant(f"landed18-ranup-{KEY}", BASE, "value", f"ran up to {f['qqq']}", "ran up to $636.40", VALUE,
              "$636.40", note="QQQ closed at $626.40"),
        Plant(f"landed18-check-{KEY}", BASE, "value", f"(Russell 2000) at {f['rut']}",
              "(Russell 2000) at 2,546.17", VALUE, "2,546.17", note="the Russell 2000 closed at 2,456.17"),
    ]
