"""The close's side of a moving average named through a pronoun or from the average's side
(pipeline/verify/pronoun_sides.py and the average-vs-price rule in verify/words.py; issue 14, holdout
10-12 pattern misses), in other words than the holdouts', on other sessions.

"The 50-day is $X, and the fund finished N% above it", "the 200-day is $Y; the price closed below that
one", "the 50-day at $X and the 200-day at $Y: IWM is N% above the first", "the 200-day runs below the
price". Each side is read off the snapshot, so each note is correct by construction; plants turn a side
word (`pattern-mismatch` on the side and its pronoun; a figure beside it may also be a
direction-mismatch).
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

IT_KEY = "DIA-2026-11-20"
PAIR_KEY = "QQQ-2025-11-17"
IT_BASE, PAIR_BASE = f"user-pronounside-it-{IT_KEY}", f"user-pronounside-pair-{PAIR_KEY}"


def _side(b: Built, days: int) -> str:
    return "above" if b.sheet.facts[f"pct_vs_sma_{days}"].value > 0 else "below"  # type: ignore[operator]


def _other(side: str) -> str:
    return "below" if side == "above" else "above"


def _under(side: str) -> str:
    return "over" if side == "above" else "under"


def it_note(b: Built) -> str:
    return ("# Blue chips, end of week\n\n"
            f"DIA finished the week at {b.sheet.fmt('close')}. Its 50-day average stands at "
            f"{b.sheet.fmt('sma_50')}, and the fund closed {b.sheet.fmt('pct_vs_sma_50', 'abs')} "
            f"{_side(b, 50)} it. The 200-day, at {b.sheet.fmt('sma_200')}, is further off; the price "
            f"settled {_under(_side(b, 200))} that one by {b.sheet.fmt('pct_vs_sma_200', 'abs')}.\n")


def pair_note(b: Built) -> str:
    avg50, avg200 = _side(b, 50), _side(b, 200)
    return ("# Growth, Monday\n\n"
            f"QQQ ended at {b.sheet.fmt('close')}. With the 50-day at {b.sheet.fmt('sma_50')} and the "
            f"200-day at {b.sheet.fmt('sma_200')}, the fund is {b.sheet.fmt('pct_vs_sma_50', 'abs')} "
            f"{avg50} the first and {b.sheet.fmt('pct_vs_sma_200', 'abs')} {avg200} the second. The "
            f"200-day still runs {_other(avg200)} the price, as it has all autumn.\n")


def pronoun_side_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(IT_BASE, IT_KEY, "prose", "md", it_note(built[IT_KEY])),
            UserText(PAIR_BASE, PAIR_KEY, "prose", "md", pair_note(built[PAIR_KEY]))]


def pronoun_side_plants(built: dict[str, Built]) -> list[Plant]:
    it, pair = built[IT_KEY], built[PAIR_KEY]
    it50, it200 = _side(it, 50), _side(it, 200)
    pair50, pair200 = _side(pair, 50), _side(pair, 200)
    return [
        Plant(f"pronounside-it-{IT_KEY}", IT_BASE, "pattern", f"{it50} it.", f"{_other(it50)} it.",
              "pattern-mismatch", f"{_other(it50)} it", allowed=["direction-mismatch"],
              note=f"DIA closed {it50} its 50-day average, the 'it' of the sentence"),
        Plant(f"pronounside-one-{IT_KEY}", IT_BASE, "pattern", f"{_under(it200)} that one",
              f"{_under(_other(it200))} that one", "pattern-mismatch", f"{_under(_other(it200))} that one",
              allowed=["direction-mismatch"], note=f"DIA closed {it200} its 200-day average ('that one')"),
        Plant(f"pronounside-first-{PAIR_KEY}", PAIR_BASE, "pattern", f"{pair50} the first",
              f"{_other(pair50)} the first", "pattern-mismatch", f"{_other(pair50)} the first",
              allowed=["direction-mismatch"],
              note=f"QQQ closed {pair50} the 50-day, the first average named"),
        Plant(f"pronounside-runs-{PAIR_KEY}", PAIR_BASE, "pattern", f"runs {_other(pair200)} the price",
              f"runs {pair200} the price", "pattern-mismatch", f"{pair200} the price",
              note=f"the 200-day is {_other(pair200)} QQQ's close, not {pair200} it"),
    ]
