"""Gaps charged to the instruments the words name, and plain-text documents read as typed (issue 14,
vsubj stop 48), in other words than holdouts 22-25's.

A gap between two indexes' days written by their index names ("the S&P 500 trailed the Nasdaq 100 by
0.07 points") is the gap between the two indexes' own moves (the snapshot's related moves), not between
the funds that track them; a gap naming a fund by its ticker ("SPY ... QQQ") stays the funds'. A wrong
gap is caught with the named indexes' difference as the expected value.

A plain-text note whose table's first column is headed with a word that holds a section's name
("Trades taken") is read as a table, and a date wrapped across two lines ("(20" / "November)",
"November 20," / "2026") stays in its sentence.

Every market figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

GAP_KEY = "idx_GSPC-2026-11-20"
WRAP_KEY = "IWM-2026-11-20"
DESK_KEY = "IWM-2026-11-20"
BENCH_KEY = "FRNT-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-vsubj-{name}-{key}"


def _related(s: Snapshot, symbol: str) -> tuple[float, float]:
    move = next(m for m in s.related if m.symbol == symbol)
    return move.close, move.change_1d_pct


def _gap(b: Built) -> float:
    return abs(b.snapshot.returns.change_1d_pct - _related(b.snapshot, "^NDX")[1])


def gap_note(b: Built) -> str:
    s = b.snapshot
    ndx_close, ndx = _related(s, "^NDX")
    own = s.returns.change_1d_pct
    verb = "trailed" if own < ndx else "beat"
    side = "up" if own > 0 else "down"
    other = "up" if ndx > 0 else "down"
    return ("Desk note, after the bell\n\n"
            f"The S&P 500 ended {side} {abs(own):.2f}% at {s.close:,.2f}, and the Nasdaq 100 finished "
            f"{other} {abs(ndx):.2f}% at {ndx_close:,.2f}. On the day the S&P 500 {verb} the Nasdaq 100 by "
            f"{_gap(b):.2f} points.\n")


def wrap_note(b: Built) -> str:
    s = b.snapshot
    pct = s.returns.change_1d_pct
    word = "up" if pct > 0 else "down"
    return ("Weekly journal\n\n"
            "Trades taken    Shares    Fees    Notes\n"
            "Monday          40        1.00    none\n"
            "Thursday        25        1.00    none\n\n"
            f"The small-cap fund IWM closed at ${s.close:.2f} on Friday (20\n"
            f"November), {word} {abs(pct):.2f}% on the day, and the journal closes for the week on "
            "November 20,\n"
            "2026 with no open position.\n")


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def desk_note(b: Built) -> str:
    dia = _peer(b, "DIA")
    dji_close, dji = _related(dia, "^DJI")
    word = "up" if dji > 0 else "down"
    s = b.snapshot
    return ("Closing desk\n\n"
            f"Our small-cap fund IWM settled at ${s.close:.2f}.\n\n"
            f"The Dow fund DIA ended at ${dia.close:.2f}, and the index closed at {dji_close:,.2f}, {word} "
            f"{abs(dji):.2f}% on the day.\n")


def bench_note(b: Built) -> str:
    s = b.snapshot
    close, pct = _related(s, "^FSMI")
    word = "fell" if pct < 0 else "rose"
    return ("Frontier letter\n\n"
            f"FRNT closed at ${s.close:.2f}. The benchmark Frontier Select index {word} {abs(pct):.2f}% to "
            f"{close:,.2f}.\n")


WRITERS = {("gap", GAP_KEY): gap_note, ("wrap", WRAP_KEY): wrap_note, ("desk", DESK_KEY): desk_note,
           ("bench", BENCH_KEY): bench_note}


def vsubj_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def vsubj_plants(built: dict[str, Built]) -> list[Plant]:
    b, w = built[GAP_KEY], built[WRAP_KEY].snapshot
    gap = f"{_gap(b):.2f}"
    wrong = f"{_gap(b) + 0.31:.2f}"
    pct = abs(w.returns.change_1d_pct)
    moved = f"{pct + 0.77:.2f}%"
    return [Plant(f"vsubj-gap-{GAP_KEY}", _base("gap", GAP_KEY), "derived", f"by {gap} points",
                  f"by {wrong} points", "derived-mismatch", wrong,
                  note=f"the S&P 500's and the Nasdaq 100's moves are {gap} points apart"),
            Plant(f"vsubj-wrap-close-{WRAP_KEY}", _base("wrap", WRAP_KEY), "value", f"${w.close:.2f} on",
                  f"${w.close + 2.22:.2f} on", "value-mismatch", f"${w.close + 2.22:.2f}",
                  note=f"IWM closed at ${w.close:.2f}"),
            *_desk_plants(built),
            Plant(f"vsubj-wrap-move-{WRAP_KEY}", _base("wrap", WRAP_KEY), "value", f"{pct:.2f}% on the day",
                  f"{moved} on the day", "value-mismatch", moved, note=f"IWM moved {pct:.2f}%")]


def _desk_plants(built: dict[str, Built]) -> list[Plant]:
    dia = _peer(built[DESK_KEY], "DIA")
    dji_close, _ = _related(dia, "^DJI")
    wrong = f"{dji_close + 123.45:,.2f}"
    _, fsmi = _related(built[BENCH_KEY].snapshot, "^FSMI")
    moved = f"{abs(fsmi) + 0.66:.2f}%"
    return [Plant(f"vsubj-desk-index-{DESK_KEY}", _base("desk", DESK_KEY), "subject",
                  f"the index closed at {dji_close:,.2f}", f"the index closed at {wrong}", "value-mismatch",
                  wrong, note=f"the Dow closed at {dji_close:,.2f}"),
            Plant(f"vsubj-bench-move-{BENCH_KEY}", _base("bench", BENCH_KEY), "subject",
                  f"index {'fell' if fsmi < 0 else 'rose'} {abs(fsmi):.2f}%",
                  f"index {'fell' if fsmi < 0 else 'rose'} {moved}", "value-mismatch", moved,
                  note=f"the Frontier Select index moved {fsmi:+.2f}%")]
