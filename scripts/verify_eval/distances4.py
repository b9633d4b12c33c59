"""A % printed beside a level is the close's distance from it (issue 14: the fourth holdout's false
alarms, in other layouts).

A DIA desk card and note: each average's and 52-week extreme's price with the close's distance in
its own brackets ("50-day 467.61 (+0.85%)", "52-wk low 423.43 (+11.38%)"), a table whose column
is headed by what the distance is measured against ("vs 200d"), and a distance in words put in
digits in brackets after its pronoun ("a bit under five percent below it (-4.52%)"). None is the
day's move. The plants spoil one distance in each layout (held to that distance, not to the
day's move).

Every figure comes from the snapshot, so the note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "DIA-2026-11-20"
BASE = f"user-fp4-distances-{KEY}"


def _pct(value: float) -> str:
    return f"{value:+.2f}%"


def distances_note(b: Built) -> str:
    s = b.snapshot
    t, x = s.trend, s.extremes
    assert t.sma_50 and t.sma_200 and t.pct_vs_sma_50 is not None and t.pct_vs_sma_200 is not None
    assert x.high_52w and x.low_52w and x.pct_from_52w_high is not None and x.pct_from_52w_low is not None
    return (f"# DIA levels card\n\n"
            f"DIA closed at ${s.close:.2f}.\n\n"
            f"```\n"
            f"50-day    {t.sma_50:.2f}  ({_pct(t.pct_vs_sma_50)})\n"
            f"MA 200    {t.sma_200:.2f}  ({_pct(t.pct_vs_sma_200)})\n"
            f"52-wk low {x.low_52w:.2f}  ({_pct(x.pct_from_52w_low)})\n"
            f"```\n\n"
            f"| Fund | Close | vs 200d |\n|---|---:|---:|\n"
            f"| DIA | ${s.close:.2f} | {_pct(t.pct_vs_sma_200)} |\n\n"
            f"The 52-week high is ${x.high_52w:.2f}, and DIA sits a bit under five percent below it "
            f"({_pct(x.pct_from_52w_high)}).\n")


def distances_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", distances_note(built[KEY]))]


def distances_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[KEY].snapshot
    t, x = s.trend, s.extremes
    assert t.sma_50 and t.pct_vs_sma_50 is not None and t.pct_vs_sma_200 is not None
    assert x.pct_from_52w_high is not None
    said50, wrong50 = _pct(t.pct_vs_sma_50), _pct(t.pct_vs_sma_50 + 0.74)
    said200, wrong200 = _pct(t.pct_vs_sma_200), _pct(t.pct_vs_sma_200 - 1.3)
    said_high, wrong_high = _pct(x.pct_from_52w_high), _pct(x.pct_from_52w_high - 1.6)
    return [
        Plant(f"fp4-bracket-sma50-{KEY}", BASE, "value", f"{t.sma_50:.2f}  ({said50})",
              f"{t.sma_50:.2f}  ({wrong50})", "value-mismatch", wrong50,
              note="the close's distance from the 50-day in brackets after its price, 0.74 points high"),
        Plant(f"fp4-versus-column-{KEY}", BASE, "value", f"| {said200} |", f"| {wrong200} |",
              "value-mismatch", wrong200,
              note="the 'vs 200d' column's distance, 1.3 points low"),
        Plant(f"fp4-bracket-below-it-{KEY}", BASE, "value", f"below it ({said_high})",
              f"below it ({wrong_high})", "value-mismatch", wrong_high,
              note="the distance below the 52-week high in brackets after 'below it', 1.6 points off: the "
                   "high's own distance fact (README; derived-mismatch before stop 42)"),
    ]
