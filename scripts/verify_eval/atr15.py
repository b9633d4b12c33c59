"""The ATR in plain words (issue 14, holdout 12 cause 2), in other words than the holdout's: "a typical
day's range of $X", "its average daily swing ($X)", and the move as a multiple or a share of it ("about
one and a half times the fund's average daily range"). The dollar figure is the ATR, never the session's
low; the multiple is the move in ATRs.

The clean note must give no error finding; the plants spoil the ATR's dollars (`value-mismatch` against
`atr_14`) or the multiple (`value-mismatch` against `move_atr`). Every figure is the snapshot's own, so the
note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "SPY-2026-11-20"  # +1.10%, 1.1 ATR
BASE = f"user-atr15-{KEY}"


def atr_note(b: Built) -> str:
    move = b.sheet.value("move_atr")
    assert 0.95 <= move < 1.25  # "about as large as" the average range
    return ("# SPY after the bell\n\n"
            f"SPY closed at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct', 'abs')} higher. "
            f"The gain was about as large as a typical day's range of {b.sheet.fmt('atr_14')}, "
            "a full day's work and no more.\n\n"
            f"For sizing, the desk keeps its stops wider than the fund's average daily swing "
            f"({b.sheet.fmt('atr_14')}).\n")


def atr15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", atr_note(built[KEY]))]


def atr15_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    atr = b.sheet.value("atr_14")
    wrong = f"${atr + 2.35:.2f}"
    return [
        Plant(f"atr15-range-dollars-{KEY}", BASE, "value",
              f"a typical day's range of {b.sheet.fmt('atr_14')}", f"a typical day's range of {wrong}",
              "value-mismatch", wrong,
              note=f"the ATR is {b.sheet.fmt('atr_14')}; {wrong} is no typical day's range"),
        Plant(f"atr15-swing-dollars-{KEY}", BASE, "value", f"average daily swing ({b.sheet.fmt('atr_14')})",
              f"average daily swing ({wrong})", "value-mismatch", wrong,
              note=f"the ATR in brackets after 'average daily swing' is {b.sheet.fmt('atr_14')}"),
        Plant(f"atr15-multiple-{KEY}", BASE, "words", "The gain was about as large as a typical day's range",
              "The gain was about three times a typical day's range", "value-mismatch",
              "about three times a typical day's range",
              note=f"the move was {b.sheet.value('move_atr'):.1f} ATR, not three"),
    ]
