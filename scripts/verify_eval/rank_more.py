"""Rank words among the peers in more of the ways commentary puts them (pipeline/verify/ranking.py;
issue 14, holdout 10 and 12 direction misses), in other words than the holdouts', on other sessions:
"led all three" after the three are listed, a second rank verb after an earlier comparison's figures
("beat SPY by 0.80 pp and DIA by about 1.3, and beat IWM"), "the best session of the four" and "worse
than us" (the writer's own holding).

Each word is chosen from the snapshot's one-day moves (the builders assert the order they rely on), so
each note is correct by construction; plants turn a rank word (`direction-mismatch`).
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TOP_KEY = "QQQ-2026-11-20"  # QQQ +1.90%, the best of the four
HELD_KEY = "SPY-2026-11-17"  # SPY -0.50%: QQQ -0.90% and IWM -0.80% did worse, DIA -0.20% better
TOP_BASE, HELD_BASE = f"user-rankmore-top-{TOP_KEY}", f"user-rankmore-held-{HELD_KEY}"


def _moves(b: Built) -> dict[str, float]:
    moves = {r.symbol: r.change_1d_pct for r in b.snapshot.related if r.change_1d_pct is not None}
    return {b.snapshot.symbol: b.snapshot.returns.change_1d_pct, **moves}  # type: ignore[dict-item]


def top_note(b: Built) -> str:
    moves = {s: v for s, v in _moves(b).items() if s in ("QQQ", "SPY", "DIA", "IWM")}
    assert max(moves, key=moves.__getitem__) == "QQQ", moves
    return ("# Friday's scoreboard\n\n"
            f"SPY added {b.sheet.fmt('SPY_change_1d_pct', 'abs')}, "
            f"DIA {b.sheet.fmt('DIA_change_1d_pct', 'abs')} "
            f"and IWM {b.sheet.fmt('IWM_change_1d_pct', 'abs')}, and QQQ, up "
            f"{b.sheet.fmt('change_1d_pct', 'abs')}, led all three. QQQ beat SPY by "
            f"{b.sheet.fmt('spread_vs_SPY_1d_pp', 'abs')} and DIA by about 1.3, and beat IWM too. "
            "For growth holders it was the best session of the four by a distance.\n")


def held_note(b: Built) -> str:
    moves = _moves(b)
    assert moves["QQQ"] < moves["SPY"] < moves["DIA"] and moves["IWM"] < moves["SPY"], moves
    return ("# Notes from the book, Tuesday\n\n"
            f"Our SPY position gave back {b.sheet.fmt('change_1d_pct', 'abs')} on the day. QQQ dropped "
            f"{b.sheet.fmt('QQQ_change_1d_pct', 'abs')}, worse than us, while DIA shed only "
            f"{b.sheet.fmt('DIA_change_1d_pct', 'abs')}, a good deal better than us.\n")


def rank_more_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TOP_BASE, TOP_KEY, "prose", "md", top_note(built[TOP_KEY])),
            UserText(HELD_BASE, HELD_KEY, "prose", "md", held_note(built[HELD_KEY]))]


def rank_more_plants(built: dict[str, Built]) -> list[Plant]:
    return [
        Plant(f"rankmore-all-{TOP_KEY}", TOP_BASE, "direction", "led all three", "trailed all three",
              "direction-mismatch", "trailed all three",
              note="QQQ's +1.90% was above all three peers' moves"),
        Plant(f"rankmore-again-{TOP_KEY}", TOP_BASE, "direction", "and beat IWM too", "and trailed IWM too",
              "direction-mismatch", "trailed IWM", note="QQQ +1.90% against IWM +0.30%"),
        Plant(f"rankmore-session-{TOP_KEY}", TOP_BASE, "direction", "the best session of the four",
              "the worst session of the four", "direction-mismatch", "the worst session of the four",
              note="QQQ's was the best move of the four"),
        Plant(f"rankmore-us-{HELD_KEY}", HELD_BASE, "direction", "worse than us, while",
              "better than us, while", "direction-mismatch", "better than us",
              note="QQQ -0.90% against SPY's -0.50%: worse"),
    ]
