"""Desk notes for the verifier's fixes of the ninth holdout's misses (issue 14, miss12b), each cause
planted in other words than the holdout's, on other subjects and sessions.

- A figure the words name as a specific fact, in phrasings the naming did not read: an index's move in
  points after "gave back" or "an advance of", a close after "N points, or P%, to", after a weekday
  with its date ("settled Tuesday, November 17, at"), after a signed move in a tick line ("DIA +0.60%
  to $471.60"), the day's high and low after "the session's range ran from", and the move as a
  multiple or share of a typical day's range. Checked against that fact (`value-mismatch` with the
  expected value) rather than left `number-untraced`. Plants: each figure off.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

POINTS_KEY = "idx_RUT-2026-11-17"
ADVANCE_KEY = "idx_GSPC-2026-11-20"
TICK_KEY = "DIA-2026-11-20"
DATED_KEY = "SPY-2026-11-17"
RANGE_KEY = "QQQ-2026-11-17"
POINTS_BASE = f"user-miss12b-points-{POINTS_KEY}"
ADVANCE_BASE = f"user-miss12b-advance-{ADVANCE_KEY}"
TICK_BASE = f"user-miss12b-tick-{TICK_KEY}"
DATED_BASE = f"user-miss12b-dated-{DATED_KEY}"
RANGE_BASE = f"user-miss12b-range-{RANGE_KEY}"


def points_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d < 0
    return (f"# Small caps give ground\n\n"
            f"The Russell 2000 gave back {abs(s.returns.change_1d):.2f} points, or "
            f"{abs(s.returns.change_1d_pct):.2f}%, to finish at {s.close:,.2f}. Breadth was thin all day.\n")


def advance_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d > 0
    return (f"# A broad rebound\n\n"
            f"The S&P 500 logged an advance of {s.returns.change_1d:.2f} points and came back to "
            f"{s.close:,.2f}, a gain of {s.returns.change_1d_pct:.2f}%.\n")


def tick_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct > 0
    return (f"# Blue chips\n\n"
            f"Tape check: DIA +{s.returns.change_1d_pct:.2f}% to ${s.close:.2f}. The Dow's fund held its "
            f"gains into the bell.\n")


def dated_note(b: Built) -> str:
    s = b.snapshot
    return (f"# A soft Tuesday\n\n"
            f"SPY settled Tuesday, November 17, at ${s.close:.2f}, {abs(s.returns.change_1d_pct):.2f}% "
            f"lower on the day.\n")


def range_note(b: Built) -> str:
    s = b.snapshot
    tape = s.tape
    assert tape is not None and tape.move_atr is not None and 0.65 <= abs(tape.move_atr) < 0.75
    return (f"# Tech slips\n\n"
            f"QQQ shed {abs(s.returns.change_1d_pct):.2f}% to ${s.close:.2f}. The session's range ran from "
            f"${s.low:.2f} to ${s.high:.2f}, and the slide came to about {abs(tape.move_atr):.1f} of a "
            f"typical "
            f"session's range.\n")


def miss12b_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(POINTS_BASE, POINTS_KEY, "prose", "md", points_note(built[POINTS_KEY])),
            UserText(ADVANCE_BASE, ADVANCE_KEY, "prose", "md", advance_note(built[ADVANCE_KEY])),
            UserText(TICK_BASE, TICK_KEY, "prose", "md", tick_note(built[TICK_KEY])),
            UserText(DATED_BASE, DATED_KEY, "prose", "md", dated_note(built[DATED_KEY])),
            UserText(RANGE_BASE, RANGE_KEY, "prose", "md", range_note(built[RANGE_KEY]))]


def _named_plants(built: dict[str, Built]) -> list[Plant]:
    rut, spx = built[POINTS_KEY].snapshot, built[ADVANCE_KEY].snapshot
    dia, spy, qqq = built[TICK_KEY].snapshot, built[DATED_KEY].snapshot, built[RANGE_KEY].snapshot
    drop, gain = abs(rut.returns.change_1d), spx.returns.change_1d
    move_atr = abs(qqq.tape.move_atr) if qqq.tape is not None and qqq.tape.move_atr is not None else 0.0
    return [Plant(f"miss12b-points-{POINTS_KEY}", POINTS_BASE, "value", f"gave back {drop:.2f} points",
                  f"gave back {drop + 10:.2f} points", "value-mismatch", f"{drop + 10:.2f}",
                  note="the index's move in points after 'gave back', ten points too large"),
            Plant(f"miss12b-points-close-{POINTS_KEY}", POINTS_BASE, "value",
                  f"to finish at {rut.close:,.2f}",
                  f"to finish at {rut.close + 9:,.2f}", "value-mismatch", f"{rut.close + 9:,.2f}",
                  note="the close after 'N points, or P%, to finish at', nine points off"),
            Plant(f"miss12b-advance-{ADVANCE_KEY}", ADVANCE_BASE, "value", f"an advance of {gain:.2f} points",
                  f"an advance of {gain - 20:.2f} points", "value-mismatch", f"{gain - 20:.2f}",
                  note="the index's move in points after 'an advance of', twenty points short"),
            Plant(f"miss12b-tick-{TICK_KEY}", TICK_BASE, "value", f"to ${dia.close:.2f}",
                  f"to ${dia.close + 1:.2f}", "value-mismatch", f"${dia.close + 1:.2f}",
                  note="the close after a signed move in a tick line, a dollar off"),
            Plant(f"miss12b-dated-{DATED_KEY}", DATED_BASE, "value", f"at ${spy.close:.2f}",
                  f"at ${spy.close + 2:.2f}", "value-mismatch", f"${spy.close + 2:.2f}",
                  note="the close after 'settled Tuesday, November 17,', two dollars off"),
            Plant(f"miss12b-range-high-{RANGE_KEY}", RANGE_BASE, "value", f"to ${qqq.high:.2f}",
                  f"to ${qqq.high + 2:.2f}", "value-mismatch", f"${qqq.high + 2:.2f}",
                  note="the session's high as the top of 'the session's range', two dollars off"),
            Plant(f"miss12b-range-atr-{RANGE_KEY}", RANGE_BASE, "value", f"about {move_atr:.1f} of a typical",
                  f"about {move_atr + 1.2:.1f} times a typical", "value-mismatch",
                  f"{move_atr + 1.2:.1f} times",
                  note="the slide as a multiple of a typical session's range, 1.2 ATRs too large")]


def miss12b_plants(built: dict[str, Built]) -> list[Plant]:
    return _named_plants(built)
