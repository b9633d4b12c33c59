"""Gaps between peers and levels' distances in a club's notes (issue 14, stop 40's vderived), in other
words than the holdouts.

- Gaps to peers with their unit left out: a rowing club's race log for its small-cap fund says it
  "trailed SPY by N of a point, QQQ by N and DIA by N" (one verb, the unit said once), that SPY, QQQ
  and DIA moved first and "we trailed all three, by N, N and N points" (a list in the peers' order),
  that the crew "finished N behind QQQ and N behind DIA" (the other side after the figure) and that
  "DIA beat us by N" (the fund as the object in the first person). Each gap is held to the difference of
  the two sides' own moves; a plant puts a wrong gap (`derived-mismatch`) or turns a side
  (`direction-mismatch`).

- A level's distance from the close in a list of levels: the harbour master's moorings list gives the
  nearest resistances and supports, a "N% above", "N% away" or "N% below" after each.
  Each % is the level's distance from the close; a plant puts a wrong one (`derived-mismatch`).

Every figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import LevelKind, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

GAP_KEY = "IWM-2026-11-20"
GAPS = f"user-gaps40-race-{GAP_KEY}"
LEVEL_KEY = "DIA-2026-06-03"
LEVELS = f"user-gaps40-moorings-{LEVEL_KEY}"
PEERS = ("SPY", "QQQ", "DIA")


def _moves(s: Snapshot) -> dict[str, float]:
    moves = {m.symbol: m.change_1d_pct for m in s.related if m.symbol in PEERS}
    assert s.returns.change_1d_pct is not None and set(moves) == set(PEERS)
    own = s.returns.change_1d_pct
    assert all(move - own >= 0.2 for move in moves.values()), "the race log has the fund behind every peer"
    return {"own": own, **moves}


def _gaps(s: Snapshot) -> dict[str, str]:
    moves = _moves(s)
    return {symbol: f"{moves[symbol] - moves['own']:.2f}" for symbol in PEERS}


def race_log(b: Built) -> str:
    s, m, g = b.snapshot, _moves(b.snapshot), _gaps(b.snapshot)
    return (f"Riverside Rowing Club, race log (the club's reserve is in IWM)\n\n"
            f"Heat one. IWM closed at ${s.close:.2f}, up {m['own']:.2f}%. It trailed SPY by {g['SPY']} of a "
            f"point, QQQ by {g['QQQ']} and DIA by {g['DIA']}.\n\n"
            f"Heat two. SPY gained {m['SPY']:.2f}%, QQQ {m['QQQ']:.2f}% and DIA {m['DIA']:.2f}%; we "
            f"trailed all three, by {g['SPY']}, {g['QQQ']} and {g['DIA']} points.\n\n"
            f"Heat three. The crew finished {g['QQQ']} behind QQQ and {g['DIA']} behind DIA.\n\n"
            f"Coach's note: DIA beat us by {g['DIA']}.\n")


def _distance(level: float, close: float) -> str:
    return f"{abs(level / close - 1) * 100:.2f}%"


def _levels(s: Snapshot) -> tuple[float, float, float]:
    """The two nearest resistances and the nearest support, each as its price (a zone by its price)."""
    kinds = (LevelKind.RESISTANCE, LevelKind.SUPPORT)
    prices = [round(lv.price, 2) for lv in s.levels
              if lv.kind in kinds and abs(lv.price / s.close - 1) > 0.001]
    above = sorted(p for p in prices if p > s.close)
    below = sorted((p for p in prices if p < s.close), reverse=True)
    assert len(above) >= 2 and below, "the moorings list needs two levels above and one below"
    return above[0], above[1], below[0]


def moorings(b: Built) -> str:
    s = b.snapshot
    first, second, under = _levels(s)
    return (f"Harbour master's moorings list\n\n"
            f"DIA, our reserve, closed at ${s.close:.2f}.\n\n"
            f"Moorings overhead: ${first:.2f} (the nearest, {_distance(first, s.close)} above), then "
            f"${second:.2f}, {_distance(second, s.close)} away. Moorings underneath: ${under:.2f} "
            f"(the nearest, {_distance(under, s.close)} below).\n")


def gaps40_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(GAPS, GAP_KEY, "prose", "txt", race_log(built[GAP_KEY])),
            UserText(LEVELS, LEVEL_KEY, "prose", "txt", moorings(built[LEVEL_KEY]))]


def _off(printed: str, by: float = 0.25) -> str:
    return f"{float(printed.rstrip('%')) + by:.2f}" + ("%" if printed.endswith("%") else "")


def gaps40_plants(built: dict[str, Built]) -> list[Plant]:
    g = _gaps(built[GAP_KEY].snapshot)
    s = built[LEVEL_KEY].snapshot
    first, second, under = _levels(s)
    wrong_second, wrong_under = _off(_distance(second, s.close), 0.35), _off(_distance(under, s.close), 0.3)
    return [
        Plant(f"gaps40-race-elliptical-{GAP_KEY}", GAPS, "derived", f"QQQ by {g['QQQ']} and",
              f"QQQ by {_off(g['QQQ'])} and", "derived-mismatch", _off(g["QQQ"]),
              note="the second gap of 'trailed SPY by N of a point, QQQ by N' wrong: held to the two moves"),
        Plant(f"gaps40-race-list-{GAP_KEY}", GAPS, "derived", f"and {g['DIA']} points",
              f"and {_off(g['DIA'], 0.3)} points", "derived-mismatch", _off(g["DIA"], 0.3),
              note="the third of 'trailed all three, by N, N and N points' wrong: DIA's gap, in the list's "
                   "order"),
        Plant(f"gaps40-race-side-{GAP_KEY}", GAPS, "direction", f"{g['DIA']} behind DIA",
              f"{g['DIA']} ahead of DIA", "direction-mismatch", "ahead of DIA",
              note="'N ahead of DIA' while the fund trailed DIA: the side after the figure is checked"),
        Plant(f"gaps40-race-object-{GAP_KEY}", GAPS, "direction", "DIA beat us by", "we beat DIA by",
              "direction-mismatch", "beat",
              note="'we beat DIA' (the first person as the subject) while the fund trailed DIA"),
        Plant(f"gaps40-moorings-away-{LEVEL_KEY}", LEVELS, "derived", f"{_distance(second, s.close)} away",
              f"{wrong_second} away", "derived-mismatch", wrong_second,
              note="the second resistance's distance from the close wrong in a list of levels"),
        Plant(f"gaps40-moorings-below-{LEVEL_KEY}", LEVELS, "derived", f"{_distance(under, s.close)} below",
              f"{wrong_under} below", "derived-mismatch", wrong_under,
              note="the support's distance from the close wrong after a word in its brackets"),
    ]
