"""Figures charged to the instrument the words name (issue 14, holdout 12 and 13's subject misses), in
other words than the holdouts', on other sessions.

- A name set in commas after a short opening phrase ("The growth fund, QQQ, which rose 1.90%") or after
  another name of the same instrument ("The index itself, the Dow Jones Industrial Average, closed"):
  the closing comma is no clause break, and a relative clause tells the name's own move.
- A level and its move after a comma ("came up to $244.30, +0.30%"), a name whose figure follows a
  comma with a second name after the figure ("finished first, up 1.90%, so SPY trailed it"), and a
  peer's named figure under "its" ("DIA ... and its RSI is 55.5").
- A sign said as a word ("with plus 0.58 percent") and a dollar move restated after a bare comma
  ("Up $3.41, 0.50%").
Plants: another instrument's figure in the same place (`value-mismatch`).

Every figure is computed from the snapshots and asserted against the words, so each note is correct
by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

WRAP_KEY = "SPY-2026-11-20"  # SPY +1.10%; QQQ +1.90%, DIA +0.60%, IWM +0.30%
CLUB_KEY = "DIA-2026-11-20"  # DIA +0.60%; the Dow +0.58%, SPY +1.10%
WRAP_BASE = f"user-subjects18-wrap-{WRAP_KEY}"
CLUB_BASE = f"user-subjects18-club-{CLUB_KEY}"
VALUE = "value-mismatch"


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def _pct(value: float | None, signed: bool = False) -> str:
    assert value is not None
    return f"{value:+.2f}%" if signed else f"{abs(value):.2f}%"


def wrap_note(b: Built) -> str:
    qqq, iwm, dia = _peer(b, "QQQ"), _peer(b, "IWM"), _peer(b, "DIA")
    own = b.snapshot.returns.change_1d_pct
    assert own is not None and qqq.returns.change_1d_pct is not None and dia.momentum is not None
    assert qqq.returns.change_1d_pct > own > 0 < iwm.returns.change_1d_pct  # type: ignore[operator]
    gap = f"{qqq.returns.change_1d_pct - own:.2f}"
    return ("# Friday, the big funds\n\n"
            f"SPY closed at {b.sheet.fmt('close')}, up {_pct(own)}. The growth fund, QQQ, which rose "
            f"{_pct(qqq.returns.change_1d_pct)}, set the pace. The small-cap tracker, IWM, came up to "
            f"${iwm.close:.2f}, {_pct(iwm.returns.change_1d_pct, signed=True)}.\n\n"
            f"The Nasdaq 100 fund finished first, up {_pct(qqq.returns.change_1d_pct)}, so SPY trailed it "
            f"by {gap} points. DIA settled at ${dia.close:.2f}, up {_pct(dia.returns.change_1d_pct)}, and "
            f"its RSI is {dia.momentum.rsi_14:.1f}.\n")


def club_note(b: Built) -> str:
    dji_move, dji_close = b.sheet.fmt("DJI_change_1d_pct", "abs"), b.sheet.fmt("DJI_close")
    assert b.sheet.value("DJI_change_1d_pct") > 0 and b.sheet.value("change_1d") > 0
    return ("# Club note, Friday\n\n"
            f"Our fund DIA ended at {b.sheet.fmt('close')}. Up {b.sheet.fmt('change_1d', 'abs')}, "
            f"{b.sheet.fmt('change_1d_pct', 'abs')}. The index itself, the Dow Jones Industrial Average, "
            f"closed at {dji_close} with plus {dji_move.removesuffix('%')} percent.\n")


def subjects18_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(WRAP_BASE, WRAP_KEY, "prose", "md", wrap_note(built[WRAP_KEY])),
            UserText(CLUB_BASE, CLUB_KEY, "prose", "md", club_note(built[CLUB_KEY]))]


def subjects18_plants(built: dict[str, Built]) -> list[Plant]:
    wrap, club = built[WRAP_KEY], built[CLUB_KEY]
    qqq, dia, iwm = (_pct(_peer(wrap, s).returns.change_1d_pct) for s in ("QQQ", "DIA", "IWM"))
    spy = _pct(_peer(club, "SPY").returns.change_1d_pct)
    dji = club.sheet.fmt("DJI_change_1d_pct", "abs").removesuffix("%")
    return [
        Plant(f"subjects18-relative-{WRAP_KEY}", WRAP_BASE, "subject", f"QQQ, which rose {qqq}",
              f"QQQ, which rose {dia}", VALUE, dia, note="QQQ rose 1.90%; 0.60% is DIA's move"),
        Plant(f"subjects18-level-{WRAP_KEY}", WRAP_BASE, "subject", f", +{iwm}.", f", +{dia}.", VALUE,
              f"+{dia}", note="IWM rose 0.30%; 0.60% is DIA's move"),
        Plant(f"subjects18-first-{WRAP_KEY}", WRAP_BASE, "subject", f"finished first, up {qqq}",
              f"finished first, up {dia}", VALUE, dia, note="the Nasdaq 100 fund rose 1.90%; 0.60% is DIA's"),
        Plant(f"subjects18-its-{WRAP_KEY}", WRAP_BASE, "subject",
              f"its RSI is {_peer(wrap, 'DIA').momentum.rsi_14:.1f}",  # type: ignore[union-attr]
              f"its RSI is {_peer(wrap, 'QQQ').momentum.rsi_14:.1f}", VALUE,  # type: ignore[union-attr]
              f"{_peer(wrap, 'QQQ').momentum.rsi_14:.1f}",  # type: ignore[union-attr]
              note="DIA's RSI is 55.5; 56.4 is QQQ's"),
        Plant(f"subjects18-plus-{CLUB_KEY}", CLUB_BASE, "subject", f"with plus {dji} percent",
              f"with plus {spy.removesuffix('%')} percent", VALUE, spy.removesuffix("%"),
              note="the Dow rose 0.58%; 1.10% is SPY's move"),
        Plant(f"subjects18-restated-{CLUB_KEY}", CLUB_BASE, "subject",
              f", {club.sheet.fmt('change_1d_pct', 'abs')}. The index", f", {spy}. The index", VALUE, spy,
              note="DIA rose 0.60%; 1.10% is SPY's move"),
    ]
