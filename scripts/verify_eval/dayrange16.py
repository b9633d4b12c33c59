"""Desk notes for the ATR told as an average day's range, and multiples in words around it (issue 14
item 1, holdout 12's words misses), in other words than the holdout's, on other subjects and sessions.

- The ATR named "its average daily range" or "a normal day's range" with its dollar figure, a share of
  it in words with an owner between ("about half the fund's average daily range"), a share of one
  average true range ("roughly a fifth of one average true range"), a move noun the reader did not
  know ("the setback"), and the volume as "about N times the 6.3 million average". Plants: the
  multiple swapped for one the data do not give (`value-mismatch` on the ATR or the volume), and the
  ATR's dollar figure changed (`value-mismatch`).

Every figure is computed from the snapshots and asserted against the words, so each note is correct
by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

FRONTIER_KEY = "FRNT-2026-11-20"  # -0.86%, 0.55 ATR of $0.47; 7.8M shares against 6.3M (1.2x)
SMALL_KEY = "IWM-2026-11-20"  # +0.30%, 0.24 ATR of $2.83
BROAD_KEY = "SPY-2026-11-17"  # -0.50%, 0.48 ATR of $7.16
FRONTIER_BASE = f"user-dayrange16-frontier-{FRONTIER_KEY}"
SMALL_BASE = f"user-dayrange16-small-{SMALL_KEY}"
BROAD_BASE = f"user-dayrange16-broad-{BROAD_KEY}"


def _atrs(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(tape.move_atr)


def frontier_note(b: Built) -> str:
    """FRNT's setback was about half its average daily range; volume about 1.25 times its average."""
    assert abs(_atrs(b) / 0.5 - 1) <= 0.2
    assert abs(b.sheet.value("volume") / b.sheet.value("avg_volume_20") / 1.25 - 1) <= 0.2
    return ("# Frontier markets, Friday\n\n"
            f"FRNT gave up {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. The setback "
            f"measured about half the fund's average daily range of {b.sheet.fmt('atr_14')}.\n\n"
            f"Turnover reached {b.sheet.fmt('volume')} shares, about one and a quarter times the "
            f"{b.sheet.fmt('avg_volume_20')} average.\n")


def small_note(b: Built) -> str:
    """IWM's gain was roughly a fifth of one average true range (0.24 ATR, printed 0.2)."""
    assert round(_atrs(b), 1) == 0.2
    return ("# Small caps, Friday\n\n"
            f"IWM added {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}, roughly a fifth "
            f"of one average true range ({b.sheet.fmt('atr_14')}). Hardly a day to remember.\n")


def broad_note(b: Built) -> str:
    """SPY's loss was about half a normal day's range ($7.16)."""
    assert abs(_atrs(b) / 0.5 - 1) <= 0.2
    return ("# Broad market, Tuesday\n\n"
            f"SPY shed {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. For all the "
            f"headlines, the slide came to about half a normal day's range ({b.sheet.fmt('atr_14')}).\n")


def dayrange16_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(FRONTIER_BASE, FRONTIER_KEY, "prose", "md", frontier_note(built[FRONTIER_KEY])),
            UserText(SMALL_BASE, SMALL_KEY, "prose", "md", small_note(built[SMALL_KEY])),
            UserText(BROAD_BASE, BROAD_KEY, "prose", "md", broad_note(built[BROAD_KEY]))]


def dayrange16_plants(built: dict[str, Built]) -> list[Plant]:
    atr = built[FRONTIER_KEY].sheet.fmt("atr_14")
    return [
        Plant(f"dayrange16-setback-{FRONTIER_KEY}", FRONTIER_BASE, "words",
              "about half the fund's average daily range",
              "about three times the fund's average daily range",
              "value-mismatch", "three times", note="the setback is 0.55 ATR, not three"),
        Plant(f"dayrange16-atr-{FRONTIER_KEY}", FRONTIER_BASE, "words", f"range of {atr}", "range of $0.74",
              "value-mismatch", "$0.74", note="the 14-day ATR is $0.47"),
        Plant(f"dayrange16-volume-{FRONTIER_KEY}", FRONTIER_BASE, "words", "about one and a quarter times",
              "about three times", "value-mismatch", "three times", note="volume is 1.2 times its average"),
        Plant(f"dayrange16-fifth-{SMALL_KEY}", SMALL_BASE, "words",
              "roughly a fifth of one average true range", "roughly two average true ranges",
              "value-mismatch", "two average true ranges", note="the gain is 0.24 ATR, not two"),
        Plant(f"dayrange16-slide-{BROAD_KEY}", BROAD_BASE, "words", "about half a normal day's range",
              "about twice a normal day's range", "value-mismatch", "twice", note="the slide is 0.48 ATR"),
    ]
