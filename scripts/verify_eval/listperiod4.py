"""A line opened by a period label holds figures over that period (issue 14: the fourth holdout's
false alarms, in other words): "* Month: QQQ +x%, SPY y%, IWM z%" and "Year to date: ..." give each
instrument's figure that time frame, not the day's. The plants spoil one figure in each line (held
to that instrument's move over the line's period).

Every figure comes from the snapshots, so the note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "QQQ-2026-11-20"
BASE = f"user-fp4-list-period-{KEY}"


def _line(snapshots: list[Snapshot], field: str) -> str:
    parts = []
    for s in snapshots:
        value = getattr(s.returns, field)
        assert value is not None
        parts.append(f"{s.symbol} {value:+.2f}%")
    return ", ".join(parts)


def _funds(b: Built) -> list[Snapshot]:
    peers = [p for p in b.peers
             if p.returns.change_1m_pct is not None and p.returns.change_ytd_pct is not None]
    return [b.snapshot, *peers[:2]]


def list_note(b: Built) -> str:
    s = b.snapshot
    pct = s.returns.change_1d_pct
    assert pct is not None
    funds = _funds(b)
    return (f"QQQ board, end of day: ${s.close:.2f}, {pct:+.2f}% on the session.\n\n"
            f"* Month: {_line(funds, 'change_1m_pct')}\n"
            f"* Year to date: {_line(funds, 'change_ytd_pct')}\n")


def list_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", list_note(built[KEY]))]


def list_plants(built: dict[str, Built]) -> list[Plant]:
    funds = _funds(built[KEY])
    last = funds[-1]
    month, ytd = last.returns.change_1m_pct, last.returns.change_ytd_pct
    assert month is not None and ytd is not None
    wrong_month, wrong_ytd = f"{month + 1.45:+.2f}%", f"{ytd - 2.2:+.2f}%"
    return [
        Plant(f"fp4-list-month-{KEY}", BASE, "timeframe", f"{last.symbol} {month:+.2f}%\n*",
              f"{last.symbol} {wrong_month}\n*", "value-mismatch", wrong_month,
              note=f"{last.symbol}'s month in a 'Month:' line, 1.45 points high"),
        Plant(f"fp4-list-ytd-{KEY}", BASE, "timeframe", f"{last.symbol} {ytd:+.2f}%\n",
              f"{last.symbol} {wrong_ytd}\n", "value-mismatch", wrong_ytd,
              note=f"{last.symbol}'s year to date in a 'Year to date:' line, 2.2 points low"),
    ]
