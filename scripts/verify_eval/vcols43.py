"""Period columns of a returns table (issue 14, vcols, stop 43), in other words than holdout 20's.

- A Markdown table's column titled by a period's short label and nothing else ("Week", "Wk", "1M",
  "YTD") holds that period's move for each row's fund. Before, a "Week" or "Wk" cell was read as
  "QQQ Week +1.28%", where the bare label bound nothing, and the figure was held to the day's move
  (`value-mismatch`, "it is QQQ's 5-day move"). Now the cell is that period's move of the row's fund,
  so a wrong week or a month's figure in the week's column is still `value-mismatch`.
Plants: a week's move misprinted, the year's move put in the month's column, the day's move put in
the week's column.

Every figure comes from the snapshots, so each table is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CLUB_KEY = "SPY-2026-11-20"
CLUB = f"user-vcols43-club-{CLUB_KEY}"
FUNDS = ("SPY", "QQQ", "DIA", "IWM")


def _pct(value: float) -> str:
    return f"{value:+.2f}%"


def _row(s: Snapshot) -> dict[str, str]:
    r = s.returns
    return {"close": f"${s.close:.2f}", "day": _pct(r.change_1d_pct), "wk": _pct(r.change_5d_pct),
            "1m": _pct(r.change_1m_pct), "ytd": _pct(r.change_ytd_pct)}


def _rows(built: dict[str, Built]) -> dict[str, dict[str, str]]:
    return {sym: _row(built[f"{sym}-2026-11-20"].snapshot) for sym in FUNDS}


def club_note(built: dict[str, Built]) -> str:
    rows = _rows(built)
    table = "".join(f"| {sym} | {r['close']} | {r['wk']} | {r['1m']} | {r['ytd']} |\n"
                    for sym, r in rows.items())
    return ("# Investment club: where our four funds stand\n\n"
            "Friday's closes and the longer returns we track at every meeting.\n\n"
            "| Fund | Close | Wk | 1M | YTD |\n|---|---|---|---|---|\n" + table +
            "\nNo trades were voted this week.\n")


def vcols43_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CLUB, CLUB_KEY, "prose", "md", club_note(built))]


def _bumped(pct: str, by: float) -> str:
    return _pct(float(pct.rstrip("%")) + by)


def vcols43_plants(built: dict[str, Built]) -> list[Plant]:
    rows = _rows(built)
    qqq, dia, iwm = rows["QQQ"], rows["DIA"], rows["IWM"]
    assert iwm["day"] != iwm["wk"] and dia["ytd"] != dia["1m"]
    return [
        Plant(f"vcols43-wk-{CLUB_KEY}", CLUB, "value", f"| {qqq['wk']} | {qqq['1m']} |",
              f"| {_bumped(qqq['wk'], 0.6)} | {qqq['1m']} |", "value-mismatch", _bumped(qqq["wk"], 0.6),
              note="QQQ's five-day move is 0.6 points lower"),
        Plant(f"vcols43-1m-{CLUB_KEY}", CLUB, "timeframe", f"| {dia['1m']} | {dia['ytd']} |",
              f"| {dia['ytd']} | {dia['ytd']} |", "value-mismatch", dia["ytd"],
              note="the month's column holds DIA's year-to-date move"),
        Plant(f"vcols43-day-{CLUB_KEY}", CLUB, "timeframe", f"| {iwm['wk']} | {iwm['1m']} |",
              f"| {iwm['day']} | {iwm['1m']} |", "value-mismatch", iwm["day"],
              note="the week's column holds IWM's 1-day move"),
    ]
