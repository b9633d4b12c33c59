"""Desk notes for the verifier's direction, pattern, negation, trend, quotation and subject fixes after
the twelfth holdout (issue 14, vdir), each class in other words than the holdout's, on other subjects
and sessions where the data allows.

- The close called the extreme of a year or of its history ("its highest close ever", "the lowest close
  in twelve months"), and the record denied in other words ("still short of its highest close ever",
  "still below its closing high"); an extreme the close is measured from ("still well above its lowest
  close of the past year") is no claim about the close. Plants: a record denied on a record close, a
  year's high claimed on the year's low, a year's low claimed well above it (`pattern-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

RECORD_KEY = "DIA-2025-11-17"  # a record close
LOW_KEY = "FRNT-2026-11-20"  # the 52-week closing low
MID_KEY = "IWM-2026-03-30"  # neither
RECORD_BASE = f"user-vdir-record-{RECORD_KEY}"
LOW_BASE = f"user-vdir-low-{LOW_KEY}"
MID_BASE = f"user-vdir-mid-{MID_KEY}"


def _money(value: float) -> str:
    return f"${value:,.2f}"


def record_note(b: Built) -> str:
    s = b.snapshot
    assert s.extremes.new_all_time_high
    return (f"# Dow fund, Monday\n\n"
            f"DIA settled at {_money(s.close)}, its highest close ever, up {s.returns.change_1d_pct:.2f}% "
            f"on the day.\n")


def low_note(b: Built) -> str:
    s = b.snapshot
    assert s.close <= s.extremes.low_52w
    return (f"# Frontier fund\n\n"
            f"FRNT ended the week at {_money(s.close)}. That {_money(s.close)} print was the lowest close in "
            f"twelve months.\n")


def mid_note(b: Built) -> str:
    s = b.snapshot
    e = s.extremes
    assert e.low_52w < s.close < e.high_52w
    return (f"# Small caps, end of March\n\n"
            f"IWM closed at {_money(s.close)}, still well above its lowest close of the past year, and still "
            f"below its closing high of {_money(e.high_52w)}.\n")


def vdir12_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY])),
            UserText(LOW_BASE, LOW_KEY, "prose", "md", low_note(built[LOW_KEY])),
            UserText(MID_BASE, MID_KEY, "prose", "md", mid_note(built[MID_KEY]))]


def _extreme_plants() -> list[Plant]:
    return [
        Plant(f"vdir-record-denied-{RECORD_KEY}", RECORD_BASE, "negation", "its highest close ever",
              "still short of its highest close ever", "pattern-mismatch",
              "still short of its highest close ever", note="the close is a record: it is not short of one"),
        Plant(f"vdir-record-below-{RECORD_KEY}", RECORD_BASE, "pattern", "its highest close ever",
              "still below its closing high", "pattern-mismatch", "still below its closing high",
              note="a record close is no longer below any closing high"),
        Plant(f"vdir-low-high-{LOW_KEY}", LOW_BASE, "pattern", "the lowest close in", "the highest close in",
              "pattern-mismatch", "highest close in",
              note="the close is the 52-week low, not the high"),
        Plant(f"vdir-mid-low-{MID_KEY}", MID_BASE, "pattern",
              "still well above its lowest close of the past year",
              "its lowest close of the past year", "pattern-mismatch", "lowest close of the past year",
              note="IWM closed far above its 52-week closing low"),
    ]


def vdir12_plants(built: dict[str, Built]) -> list[Plant]:
    return _extreme_plants()
