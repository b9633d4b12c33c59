"""Period columns of a returns table (issue 14, vcols, stop 43), in other words than holdout 20's.

- A Markdown table's column titled by a period's short label and nothing else ("Week", "Wk", "1M",
  "YTD") holds that period's move for each row's fund. Before, a "Week" or "Wk" cell was read as
  "QQQ Week +1.28%", where the bare label bound nothing, and the figure was held to the day's move
  (`value-mismatch`, "it is QQQ's 5-day move"). Now the cell is that period's move of the row's fund,
  so a wrong week or a month's figure in the week's column is still `value-mismatch`.
- A paragraph headed by a past session's date standing alone ("Thu Nov 12. ... The fund closed
  $X.") is that session's entry: a close it tells is held to that session's bar. Before, "closed $X"
  with no day in its own sentence was held to the session's close (`value-mismatch`, "is not QQQ
  close").
Plants: a week's move misprinted, the year's move put in the month's column, the day's move put in
the week's column; an entry's close moved off its bar, an entry's close swapped for the session's.

Every figure comes from the snapshots, so each table is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .pastbars39 import close_on
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


NOTEBOOK_KEY = "QQQ-2026-11-17"  # a Tuesday: the entries are the sessions before it
NOTEBOOK = f"user-vcols43-notebook-{NOTEBOOK_KEY}"
ENTRY_DAYS = (12, 13, 16)


def _entry_closes(s: Snapshot) -> dict[int, str]:
    return {d: close_on(s, date(2026, 11, d)) for d in ENTRY_DAYS}


def notebook(b: Built) -> str:
    closes = _entry_closes(b.snapshot)
    return ("QQQ swing notebook (entries written after the bell)\n\n"
            "Thu Nov 12. Watched the open and did nothing. "
            f"The fund closed ${closes[12]}, a quiet tape.\n\n"
            f"Fri Nov 13. Trimmed a third into strength. Closed ${closes[13]} by the bell.\n\n"
            f"Mon Nov 16. Settled at ${closes[16]}. Patience, no new orders.\n")


def vcols43_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CLUB, CLUB_KEY, "prose", "md", club_note(built)),
            UserText(NOTEBOOK, NOTEBOOK_KEY, "prose", "txt", notebook(built[NOTEBOOK_KEY]))]


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
        *_notebook_plants(built[NOTEBOOK_KEY].snapshot),
        Plant(f"vcols43-day-{CLUB_KEY}", CLUB, "timeframe", f"| {iwm['wk']} | {iwm['1m']} |",
              f"| {iwm['day']} | {iwm['1m']} |", "value-mismatch", iwm["day"],
              note="the week's column holds IWM's 1-day move"),
    ]


def _notebook_plants(s: Snapshot) -> list[Plant]:
    closes = _entry_closes(s)
    moved = f"{float(closes[13]) + 1.3:.2f}"
    today = f"{s.close:.2f}"
    assert today != closes[16]
    return [
        Plant(f"vcols43-fri-{NOTEBOOK_KEY}", NOTEBOOK, "history", f"Closed ${closes[13]}", f"Closed ${moved}",
              "value-mismatch", f"${moved}", note="Friday, Nov 13 closed $1.30 lower"),
        Plant(f"vcols43-mon-{NOTEBOOK_KEY}", NOTEBOOK, "history", f"Settled at ${closes[16]}",
              f"Settled at ${today}", "value-mismatch", f"${today}",
              note="the session's own close written in Monday's entry"),
    ]
