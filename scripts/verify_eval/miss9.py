"""Desk notes for the verifier's fixes of the eighth holdout's misses (issue 14, miss9), each cause
planted in other words than the holdout's, on another subject and session.

- A gap between two named funds' moves printed in points or "pct pts", or as a % after "by" behind a
  beat/trail verb ("outpaced QQQ by 0.20 pct pts", "0.46 points behind SPY", "the spread came to 0.20
  points", "SPY outran the small caps by 0.46%"): checked against the difference of the two funds'
  own 1-day moves (`derived-mismatch`), and a true gap traced. Plants: each gap off.
- The beat/trail verb before such a gap, with its subject named ("SPY outran the small caps by ...",
  "DIA topped IWM by ..."): the subject's move must be on the side the verb says. Plants: the verb
  turned ("lagged", "underperformed").

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

GAP_KEY = "IWM-2026-03-30"
GAP_BASE = f"user-miss9-gaps-{GAP_KEY}"


def _moves(b: Built) -> dict[str, float]:
    moves = {p.symbol: p.returns.change_1d_pct for p in b.peers}
    moves["IWM"] = b.snapshot.returns.change_1d_pct
    assert moves["QQQ"] < moves["IWM"] < moves["DIA"] < moves["SPY"] < 0  # the order the note tells
    return moves


def _gaps(b: Built) -> dict[str, str]:
    m = _moves(b)
    return {peer: f"{abs(m['IWM'] - m[peer]):.2f}" for peer in ("QQQ", "SPY", "DIA")}


def gap_note(b: Built) -> str:
    m, g = _moves(b), _gaps(b)
    return (f"# Small caps against the big funds\n\n"
            f"IWM closed {abs(m['IWM']):.2f}% lower on the session. It still outpaced QQQ by {g['QQQ']} "
            f"pct pts, with QQQ down {abs(m['QQQ']):.2f}%.\n\n"
            f"The big-cap fund held up better: IWM finished {g['SPY']} points behind SPY.\n\n"
            f"Against DIA the spread came to {g['DIA']} points. DIA topped IWM by {g['DIA']} pts.\n\n"
            f"SPY outran the small caps by {g['SPY']}% on the day.\n")


def _off(printed: str, by: float) -> str:
    return f"{float(printed) + by:.2f}"


def gap_plants(built: dict[str, Built]) -> list[Plant]:
    g = _gaps(built[GAP_KEY])
    return [Plant(f"miss9-gap-pct-pts-{GAP_KEY}", GAP_BASE, "derived", f"by {g['QQQ']} pct pts",
                  f"by {_off(g['QQQ'], 0.5)} pct pts", "derived-mismatch", _off(g["QQQ"], 0.5),
                  note="a gap to QQQ in 'pct pts' half a point too wide"),
            Plant(f"miss9-gap-behind-{GAP_KEY}", GAP_BASE, "derived", f"{g['SPY']} points behind",
                  f"{_off(g['SPY'], 0.3)} points behind", "derived-mismatch", _off(g["SPY"], 0.3),
                  note="the gap to SPY written 'points behind' before the name, 0.3 too wide"),
            Plant(f"miss9-gap-spread-{GAP_KEY}", GAP_BASE, "derived", f"came to {g['DIA']} points",
                  f"came to {_off(g['DIA'], 0.6)} points", "derived-mismatch", _off(g["DIA"], 0.6),
                  note="'the spread came to' a gap to DIA 0.6 too wide"),
            Plant(f"miss9-gap-by-pct-{GAP_KEY}", GAP_BASE, "derived", f"by {g['SPY']}% on",
                  f"by {_off(g['SPY'], 0.4)}% on", "derived-mismatch", f"{_off(g['SPY'], 0.4)}%",
                  note="SPY 'outran' the fund 'by' a % that is not the gap of the two moves"),
            Plant(f"miss9-gap-verb-lag-{GAP_KEY}", GAP_BASE, "direction", "SPY outran", "SPY lagged",
                  "direction-mismatch", "lagged",
                  note="SPY fell less than IWM, but 'lagged' it by the right gap"),
            Plant(f"miss9-gap-verb-under-{GAP_KEY}", GAP_BASE, "direction", "DIA topped IWM",
                  "DIA underperformed IWM", "direction-mismatch", "underperformed",
                  note="DIA fell less than IWM, but 'underperformed' it by the right gap")]


def miss9_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(GAP_BASE, GAP_KEY, "prose", "md", gap_note(built[GAP_KEY]))]


def miss9_plants(built: dict[str, Built]) -> list[Plant]:
    return [*gap_plants(built)]
