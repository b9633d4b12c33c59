"""A run's total and a climb from a dated low, read as the day's move (issue 14, vfp stop 18), in other
words than the holdouts'.

- A % told over the run's count right after it ("-3.60% across the three") or with the count and its
  own noun as the subject of its cost ("three sessions that together took 3.60%") is the run's total,
  held to the run of closes.
- A % told from a dated extreme named before it ("From its April 16 low of $371.18 the fund has
  gained 29.75%") is the distance from that extreme.
Plants: each figure moved (`value-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

RUN_KEY = "FRNT-2026-11-20"  # three lower closes
LOW_KEY = "DIA-2025-11-17"  # 52-week low on 2025-04-16

_COUNT = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _base(key: str) -> str:
    return f"user-vfp-totals-{key}"


def _run(s: Snapshot) -> tuple[int, float]:
    assert s.tape is not None and s.tape.streak_sessions >= 2
    return s.tape.streak_sessions, round(s.tape.streak_change_pct, 2)


def run_note(b: Built) -> str:
    s = b.snapshot
    count, total = _run(s)
    day = s.returns.change_1d_pct
    assert day is not None and abs(day - total) > 1
    return ("# Frontier fund: third leg down\n\n"
            f"FRNT ended at ${s.close:.2f}, off {abs(day):.2f}% on the day and down {_COUNT[count]} sessions "
            f"running ({total:.2f}% across the {_COUNT[count]}). Those were {_COUNT[count]} sessions that "
            f"together took {abs(total):.2f}% off the fund.\n")


def _low(s: Snapshot) -> tuple[date, float, float]:
    e = s.extremes
    assert e.low_52w_date is not None and e.pct_from_52w_low is not None
    return e.low_52w_date, float(e.low_52w), round(e.pct_from_52w_low, 2)


def low_note(b: Built) -> str:
    s = b.snapshot
    day, low, climb = _low(s)
    return ("# Dow fund: a long way from the spring\n\n"
            f"DIA closed at ${s.close:.2f}. From its {day:%B} {day.day} low of ${low:.2f} the fund has "
            "gained "
            f"{climb:.2f}%.\n")


def totals_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(RUN_KEY), RUN_KEY, "prose", "md", run_note(built[RUN_KEY])),
            UserText(_base(LOW_KEY), LOW_KEY, "prose", "md", low_note(built[LOW_KEY]))]


def totals_plants(built: dict[str, Built]) -> list[Plant]:
    count, total = _run(built[RUN_KEY].snapshot)
    climb = _low(built[LOW_KEY].snapshot)[2]
    return [
        Plant(f"vfp-totals-across-{RUN_KEY}", _base(RUN_KEY), "history", f"({total:.2f}% across",
              f"({total - 1.3:.2f}% across", "value-mismatch", f"{total - 1.3:.2f}%",
              note=f"the {count} sessions' total is {total:.2f}%"),
        Plant(f"vfp-totals-together-{RUN_KEY}", _base(RUN_KEY), "history", f"took {abs(total):.2f}%",
              f"took {abs(total) + 2.1:.2f}%", "value-mismatch", f"{abs(total) + 2.1:.2f}%",
              note=f"the {count} sessions' total is {total:.2f}%"),
        Plant(f"vfp-totals-low-{LOW_KEY}", _base(LOW_KEY), "history", f"gained {climb:.2f}%",
              f"gained {climb - 4:.2f}%", "value-mismatch", f"{climb - 4:.2f}%",
              note=f"DIA is {climb:.2f}% above its 52-week low"),
    ]
