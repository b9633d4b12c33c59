"""Runs of closes told beside a run behind a benchmark (issue 14, vfp stop 18), in other words than the
holdouts'.

A count whose own words give the way the closes went ("its sixth straight lower close", "the sixth
session in a row in the red", "the fourth consecutive day of losses", "the fifth day running that it
rose", "A THIRD STRAIGHT HIGHER CLOSE") counts the fund's own closes, even when another clause of the
sentence says the fund lagged or beat a benchmark: it is held to the run of closes, not to the run
behind the benchmark. The run behind the benchmark, told in its own clause, is still held to that run.
Plants: each count moved (`value-mismatch`), and a way word turned over (`direction-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SLIDE_KEY = "IWM-2026-02-13"  # six lower closes; five sessions behind SPY
DROP_KEY = "IWM-2026-03-30"  # four lower closes
RISE_KEY = "SPY-2026-06-03"  # five higher closes
DOW_KEY = "DIA-2026-11-20"  # three higher closes; behind SPY that day

_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth"}


def _base(key: str) -> str:
    return f"user-vfp-runs-{key}"


def _closes(s: Snapshot, way: int) -> int:
    assert s.tape is not None and (s.tape.streak_change_pct > 0) == (way > 0)
    return s.tape.streak_sessions


def _behind(s: Snapshot) -> int:
    assert s.relative is not None and s.relative.streak_direction == "underperform"
    return s.relative.streak_sessions


def slide_note(b: Built) -> str:
    s = b.snapshot
    closes, behind = _closes(s, -1), _behind(s)
    assert closes != behind
    return ("# Small caps keep sliding\n\n"
            f"IWM settled at ${s.close:.2f} on Friday, its {_ORDINAL[closes]} straight lower close, and the "
            f"{_ORDINAL[behind]} session in a row it trailed SPY. Friday was the {_ORDINAL[closes]} session "
            "in a "
            "row in the red for the fund, which lagged the large caps again.\n")


def drop_note(b: Built) -> str:
    s = b.snapshot
    return ("# Another down day\n\n"
            f"IWM ended at ${s.close:.2f}, the {_ORDINAL[_closes(s, -1)]} consecutive day of losses for the "
            "small-cap fund, which trailed SPY on the day.\n")


def rise_note(b: Built) -> str:
    s = b.snapshot
    return ("# The S&P fund climbs again\n\n"
            f"SPY finished at ${s.close:.2f}, the {_ORDINAL[_closes(s, 1)]} day running that it rose, though "
            "it beat the Nasdaq fund only narrowly.\n")


def dow_note(b: Built) -> str:
    s = b.snapshot
    assert s.relative is not None and s.relative.streak_direction == "underperform"
    return ("DOW FUND WIRE\n\n"
            f"DIA CLOSES AT ${s.close:.2f}; A {_ORDINAL[_closes(s, 1)].upper()} STRAIGHT HIGHER CLOSE, "
            "BUT IT LAGGED SPY ON THE DAY.\n")


WRITERS = {SLIDE_KEY: slide_note, DROP_KEY: drop_note, RISE_KEY: rise_note, DOW_KEY: dow_note}


def runs_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()]


def runs_plants(built: dict[str, Built]) -> list[Plant]:
    slide = built[SLIDE_KEY].snapshot
    closes, behind = _closes(slide, -1), _behind(slide)
    drop, rise = _closes(built[DROP_KEY].snapshot, -1), _closes(built[RISE_KEY].snapshot, 1)
    dow = _closes(built[DOW_KEY].snapshot, 1)
    return [
        Plant(f"vfp-runs-lower-{SLIDE_KEY}", _base(SLIDE_KEY), "history",
              f"its {_ORDINAL[closes]} straight lower close",
              f"its {_ORDINAL[closes + 2]} straight lower close",
              "value-mismatch", f"{_ORDINAL[closes + 2]} straight lower close",
              note=f"IWM closed lower {closes} sessions running, not {closes + 2}"),
        Plant(f"vfp-runs-behind-{SLIDE_KEY}", _base(SLIDE_KEY), "history",
              f"the {_ORDINAL[behind]} session in a row it trailed",
              f"the {_ORDINAL[behind + 3]} session in a row "
              "it trailed", "value-mismatch", f"{_ORDINAL[behind + 3]} session in a row",
              note=f"IWM trailed SPY {behind} sessions running, not {behind + 3}"),
        Plant(f"vfp-runs-red-{SLIDE_KEY}", _base(SLIDE_KEY), "history",
              f"the {_ORDINAL[closes]} session in a row in the red",
              f"the {_ORDINAL[closes - 2]} session in a row in the red",
              "value-mismatch", f"{_ORDINAL[closes - 2]} session in a row",
              note=f"IWM closed lower {closes} sessions running, not {closes - 2}"),
        Plant(f"vfp-runs-way-{SLIDE_KEY}", _base(SLIDE_KEY), "direction",
              f"its {_ORDINAL[closes]} straight lower close", f"its {_ORDINAL[closes]} straight higher close",
              "direction-mismatch", f"{_ORDINAL[closes]} straight higher close",
              note="IWM's run is of lower closes"),
        Plant(f"vfp-runs-losses-{DROP_KEY}", _base(DROP_KEY), "history",
              f"the {_ORDINAL[drop]} consecutive day", f"the {_ORDINAL[drop + 3]} consecutive day",
              "value-mismatch", f"{_ORDINAL[drop + 3]} consecutive day",
              note=f"IWM closed lower {drop} sessions running, not {drop + 3}"),
        Plant(f"vfp-runs-rose-{RISE_KEY}", _base(RISE_KEY), "history",
              f"the {_ORDINAL[rise]} day running", f"the {_ORDINAL[rise + 2]} day running",
              "value-mismatch", f"{_ORDINAL[rise + 2]} day running",
              note=f"SPY closed higher {rise} sessions running, not {rise + 2}"),
        Plant(f"vfp-runs-wire-{DOW_KEY}", _base(DOW_KEY), "history",
              f"A {_ORDINAL[dow].upper()} STRAIGHT HIGHER", f"A {_ORDINAL[dow + 2].upper()} STRAIGHT HIGHER",
              "value-mismatch", f"{_ORDINAL[dow + 2].upper()} STRAIGHT HIGHER",
              note=f"DIA closed higher {dow} sessions running, not {dow + 2}"),
    ]
