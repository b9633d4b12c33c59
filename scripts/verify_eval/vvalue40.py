"""Named figures in frames the verifier did not bind (issue 14, vvalue stop 40), in other words than
holdout 16's.

Range widths under any noun: a % called "wide" (or "a width of") after a span of sessions under a noun
of the writer's choosing ("the 25-session corridor ..., a corridor 3.43% wide", "the 20-day box runs from
$436.19 to $463.78 and is 6.33% wide") is the range's width (`range_width_pct`); a count that is not the
range's length names a window the writer chose, whose width no fact holds (left unchecked, info).

Band widths: a width after the Bollinger bands ("the Bollinger bands span $239.63 to $250.15, 4.30%
wide") is theirs (`bb_width_pct`), not the range's.

The clean corridor text also tells distances after the 52-week low and the 200-day ("IWM stands 19.70%
above it"): they stay clean (a wrong one is planted in holdouts 9-16 under two codes; see the branch's
WIP commit).

Opening gaps told from a named day's close: "the opening print came at $656.50, 0.18% above Tuesday's
close of $655.35" is the session's gap (`gap_pct`), not Tuesday's own move; a wrong one is its
`value-mismatch`, the wrong side its `direction-mismatch`.

A move or a close known by what is printed beside it: a dollar figure whose "(1.90%)" or ", or 1.90%" is
the day's % move is the day's move ("tacked on $11.68 (1.90%)"); a price followed by the day's own move
("the tally read $626.40, up $11.68") is the close. Each is bound only when the figure beside it is the
subject's own day's move at its printed precision.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CORRIDOR_KEY = "IWM-2026-11-20"  # a 25-session range 3.43% wide, bands 4.30% wide, 52-week low in April
BOX_KEY = "DIA-2026-06-03"  # a 20-session range 6.33% wide


def _base(name: str, key: str) -> str:
    return f"user-vvalue40-{name}-{key}"


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def _day(s: Snapshot) -> str:
    d = s.extremes.low_52w_date
    return f"{d:%B} {d.day}"


def corridor_note(b: Built) -> str:
    s = b.snapshot
    r, v, t = s.range, s.volatility, s.trend
    assert r is not None and v.bb_lower is not None and v.bb_upper is not None and v.bb_width_pct is not None
    assert t.sma_200 is not None and t.pct_vs_sma_200 is not None and t.pct_vs_sma_200 > 0
    return ("Small caps, Friday wrap\n\n"
            f"IWM closed at ${s.close:.2f}. It has spent the {r.sessions}-session corridor between "
            f"${r.lower:.2f} and ${r.upper:.2f} going nowhere, a corridor {r.width_pct:.2f}% wide. The "
            f"Bollinger bands span ${v.bb_lower:.2f} to ${v.bb_upper:.2f}, {v.bb_width_pct:.2f}% wide. The "
            f"bottom of the past year came at ${s.extremes.low_52w:.2f} on {_day(s)}; IWM stands "
            f"{_pct(s.extremes.pct_from_52w_low)} above it. The 200-day average is at ${t.sma_200:.2f}, and "
            f"the fund is {_pct(t.pct_vs_sma_200)} above that level.\n")


def _window_width(s: Snapshot, sessions: int) -> float:
    closes = s.recent_closes[-sessions:]
    return (max(closes) - min(closes)) / min(closes) * 100


def box_note(b: Built) -> str:
    s = b.snapshot
    r = s.range
    assert r is not None and r.sessions != 5
    return ("Dow fund, Wednesday\n\n"
            f"DIA ended at ${s.close:.2f}. The {r.sessions}-day box runs from ${r.lower:.2f} to "
            f"${r.upper:.2f} and is {r.width_pct:.2f}% wide; the closes have not left it. A shorter "
            f"5-session box, the last five closes, is {_window_width(s, 5):.2f}% wide.\n")


OPEN_KEY = "SPY-2026-06-03"  # opened 0.18% above Tuesday's close


def open_note(b: Built) -> str:
    s = b.snapshot
    assert s.tape is not None and s.tape.gap_pct is not None and s.tape.gap_pct > 0
    before = s.recent_sessions[-2]
    return ("S&P fund, the open\n\n"
            f"SPY's opening print came at ${s.open:.2f}, {_pct(s.tape.gap_pct)} above {before:%A}'s close of "
            f"${s.prev_close:.2f}, and the fund finished the day at ${s.close:.2f}.\n")


TALLY_KEY = "QQQ-2026-11-20"  # up $11.68 (1.90%) to $626.40


def _move(s: Snapshot) -> tuple[float, float]:
    r = s.returns
    assert r.change_1d is not None and r.change_1d_pct is not None and r.change_1d > 0
    return r.change_1d, r.change_1d_pct


def tally_note(b: Built) -> str:
    s = b.snapshot
    move, pct = _move(s)
    return ("Nasdaq fund, Friday\n\n"
            f"The Nasdaq fund tacked on ${move:.2f} ({pct:.2f}%) over the session. Bell to bell, the tally "
            f"read ${s.close:.2f}, up ${move:.2f} on the day.\n")


WRITERS = {("corridor", CORRIDOR_KEY): corridor_note, ("box", BOX_KEY): box_note,
           ("open", OPEN_KEY): open_note, ("tally", TALLY_KEY): tally_note}


def vvalue40_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _wrong(value: float) -> str:
    """A figure off by a clear margin, printed like the right one."""
    return _pct(abs(value) + 1.11)


def _corridor_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[CORRIDOR_KEY].snapshot
    r, v = s.range, s.volatility
    assert r is not None and v.bb_width_pct is not None
    base, key = _base("corridor", CORRIDOR_KEY), CORRIDOR_KEY
    return [
        Plant(f"vvalue40-corridor-width-{key}", base, "value", f"a corridor {r.width_pct:.2f}% wide",
              f"a corridor {_wrong(r.width_pct)} wide", "value-mismatch", _wrong(r.width_pct),
              note=f"the range's width is {r.width_pct:.2f}%"),
        Plant(f"vvalue40-band-width-{key}", base, "value", f", {v.bb_width_pct:.2f}% wide",
              f", {_wrong(v.bb_width_pct)} wide", "value-mismatch", _wrong(v.bb_width_pct),
              note=f"the Bollinger bands are {v.bb_width_pct:.2f}% wide"),
    ]


def _box_plants(built: dict[str, Built]) -> list[Plant]:
    r = built[BOX_KEY].snapshot.range
    assert r is not None
    return [Plant(f"vvalue40-box-width-{BOX_KEY}", _base("box", BOX_KEY), "value",
                  f"is {r.width_pct:.2f}% wide;", f"is {_wrong(r.width_pct)} wide;", "value-mismatch",
                  _wrong(r.width_pct), note=f"the range's width is {r.width_pct:.2f}%")]


def _open_plants(built: dict[str, Built]) -> list[Plant]:
    tape = built[OPEN_KEY].snapshot.tape
    assert tape is not None and tape.gap_pct is not None
    base, gap = _base("open", OPEN_KEY), _pct(tape.gap_pct)
    wrong = _wrong(tape.gap_pct)
    return [Plant(f"vvalue40-open-gap-{OPEN_KEY}", base, "value", f"{gap} above", f"{wrong} above",
                  "value-mismatch", wrong, note=f"SPY opened {gap} above the previous close"),
            Plant(f"vvalue40-open-side-{OPEN_KEY}", base, "direction", f"{gap} above", f"{gap} below",
                  "direction-mismatch", f"{gap} below", note=f"SPY opened {gap} above the previous close")]


def _tally_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[TALLY_KEY].snapshot
    move, pct = _move(s)
    base, wrong_move, wrong_close = _base("tally", TALLY_KEY), f"${move + 0.18:.2f}", f"${s.close - 1.8:.2f}"
    return [Plant(f"vvalue40-tally-move-{TALLY_KEY}", base, "value", f"on ${move:.2f} ({pct:.2f}%)",
                  f"on {wrong_move} ({pct:.2f}%)", "value-mismatch", wrong_move,
                  note=f"QQQ rose ${move:.2f} ({pct:.2f}%)"),
            Plant(f"vvalue40-tally-close-{TALLY_KEY}", base, "value", f"read ${s.close:.2f}",
                  f"read {wrong_close}", "value-mismatch", wrong_close, note=f"QQQ closed at ${s.close:.2f}")]


def vvalue40_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_corridor_plants(built), *_box_plants(built), *_open_plants(built), *_tally_plants(built)]
