"""Desk notes for the verifier's multiples and fractions in words (issue 14, holdout 11 cause 5), each
written in other words than the holdout's, on other subjects and sessions.

- A multiple or a share of the ATR with "daily range" ("about two-thirds of a normal day's range",
  "roughly half the average daily range"), a gap after "by" in tenths and wholes of a point ("by
  three-tenths of a point", "by one and two-tenths of a point", "by about a full point"), a whole
  number of points as a gap ("by two points"), and volume as "N times as many shares". Plants: the
  multiple or the gap swapped for one the data do not give (`value-mismatch` on the ATR or volume,
  `derived-mismatch` on the gap).

Every figure is computed from the snapshots and asserted against the words, so each note is correct
by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TECH_KEY = "SPY-2026-11-20"  # +1.10%; IWM +0.30%, QQQ +1.90%; volume 1.8x
SMALL_KEY = "IWM-2026-11-17"  # -0.80%, 0.61 ATR; SPY -0.50%
DOW_KEY = "DIA-2026-06-03"  # -0.58%, 0.50 ATR; SPY +0.58%
TECH_BASE = f"user-multiples14-tech-{TECH_KEY}"
SMALL_BASE = f"user-multiples14-small-{SMALL_KEY}"
DOW_BASE = f"user-multiples14-dow-{DOW_KEY}"


def _peer_move(b: Built, symbol: str) -> float:
    peer = next(p for p in b.peers if p.symbol == symbol)
    return peer.returns.change_1d_pct


def _atrs(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(tape.move_atr)


def tech_note(b: Built) -> str:
    """SPY beat IWM by eight-tenths of a point; roughly twice as many shares as usual."""
    own, iwm = b.sheet.value("change_1d_pct"), _peer_move(b, "IWM")
    assert abs(round(own - iwm, 2) - 0.8) < 0.06
    assert 1.6 <= b.sheet.value("volume_ratio") <= 2.4
    return ("# Broad market, Friday\n\n"
            f"SPY added {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')} and beat the "
            "small-cap IWM by eight-tenths of a point.\n\n"
            "Roughly twice as many shares changed hands as on an average day.\n")


def small_note(b: Built) -> str:
    """IWM trailed SPY by three-tenths of a point; the drop was about two-thirds of a normal day's range."""
    own, spy = b.sheet.value("change_1d_pct"), _peer_move(b, "SPY")
    assert abs(abs(own - spy) - 0.3) < 0.03 and own < spy
    assert abs(_atrs(b) / 0.67 - 1) <= 0.2
    return ("# Small caps, Tuesday\n\n"
            f"IWM lost {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}, and the S&P 500 fund "
            "SPY fell less, so IWM trailed SPY by three-tenths of a point.\n\n"
            f"The drop was about two thirds of a normal day's range (ATR {b.sheet.fmt('atr_14')}).\n")


def dow_note(b: Built) -> str:
    """DIA trailed SPY by one and two-tenths of a point; the loss was half an ATR."""
    own, spy = b.sheet.value("change_1d_pct"), _peer_move(b, "SPY")
    assert abs(abs(own - spy) / 1.2 - 1) <= 0.1 and own < spy
    assert abs(_atrs(b) / 0.5 - 1) <= 0.2
    return ("# Dow fund, Wednesday\n\n"
            f"DIA slipped {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')} while SPY rose, "
            "so DIA trailed SPY by one and two-tenths of a point.\n\n"
            f"The loss came to about half an ATR ({b.sheet.fmt('atr_14')}).\n")


def multiples14_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TECH_BASE, TECH_KEY, "prose", "md", tech_note(built[TECH_KEY])),
            UserText(SMALL_BASE, SMALL_KEY, "prose", "md", small_note(built[SMALL_KEY])),
            UserText(DOW_BASE, DOW_KEY, "prose", "md", dow_note(built[DOW_KEY]))]


def multiples14_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"multiples14-tenths-{TECH_KEY}", TECH_BASE, "words", "by eight-tenths of a point",
              "by one and eight-tenths of a point", "derived-mismatch", "one and eight-tenths of a point",
              note="SPY +1.10% against IWM +0.30% is 0.80 points, not 1.8"),
        Plant(f"multiples14-shares-{TECH_KEY}", TECH_BASE, "words", "Roughly twice as many shares",
              "Roughly four times as many shares", "value-mismatch", "four times as many shares",
              note="volume is 1.8 times its 20-day average, not four"),
        Plant(f"multiples14-full-{SMALL_KEY}", SMALL_BASE, "words", "by three-tenths of a point",
              "by about a full point", "derived-mismatch", "a full point",
              note="IWM -0.80% against SPY -0.50% is 0.30 points, not a full point"),
        Plant(f"multiples14-range-{SMALL_KEY}", SMALL_BASE, "words",
              "about two thirds of a normal day's range",
              "about three times a normal day's range", "value-mismatch", "three times",
              note="the drop is 0.61 ATR, not three"),
        Plant(f"multiples14-points-{DOW_KEY}", DOW_BASE, "words", "by one and two-tenths of a point",
              "by two points", "derived-mismatch", "two points",
              note="DIA -0.58% against SPY +0.58% is 1.16 points: 'two points' rounds from 1.5 up"),
        Plant(f"multiples14-atrs-{DOW_KEY}", DOW_BASE, "words", "about half an ATR", "about two ATRs",
              "value-mismatch", "two ATRs", note="the loss is 0.50 ATR, not two"),
    ]
