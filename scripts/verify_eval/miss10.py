"""Desk notes for the verifier's fixes of the eighth holdout's misses (issue 14, miss10), each cause
planted in other words than the holdout's.

- A close denied the extreme it is at ("not its weakest close of the past twelve months" on the day of
  the 52-week closing low, "not yet a record finish" and "still shy of the record close" on the day of
  a record close): `pattern-mismatch` on the denial. Closing words only: an intraday record may stand
  above a record close. Plants: the true statement of each extreme turned into its denial.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

LOW_KEY = "FRNT-2026-11-20"
RECORD_KEY = "QQQ-2025-11-17"
RECORD2_KEY = "DIA-2025-11-17"
LOW_BASE = f"user-miss10-low-{LOW_KEY}"
RECORD_BASE = f"user-miss10-record-{RECORD_KEY}"
RECORD2_BASE = f"user-miss10-record-{RECORD2_KEY}"


def low_note(b: Built) -> str:
    s = b.snapshot
    assert s.close <= s.extremes.low_52w  # the note tells a 52-week closing low
    return (f"# Frontier fund at the bottom\n\n"
            f"The fund settled at ${s.close:.2f}, the weakest close of the past twelve months, and sellers "
            f"kept the upper hand into the bell.\n")


def record_note(b: Built) -> str:
    s = b.snapshot
    assert s.extremes.new_all_time_high  # the note tells a record close
    return (f"# Tech fund at the top\n\n"
            f"QQQ finished the session at ${s.close:.2f}, its best close ever, and buyers stayed in "
            f"charge to the bell.\n")


def record2_note(b: Built) -> str:
    s = b.snapshot
    assert s.extremes.new_all_time_high
    return (f"# Blue chips\n\n"
            f"DIA ended at ${s.close:.2f}, a fresh high-water mark for the fund's closes.\n")


def miss10_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LOW_BASE, LOW_KEY, "prose", "md", low_note(built[LOW_KEY])),
            UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY])),
            UserText(RECORD2_BASE, RECORD2_KEY, "prose", "md", record2_note(built[RECORD2_KEY]))]


def miss10_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"miss10-low-denied-{LOW_KEY}", LOW_BASE, "negation",
                  "the weakest close of the past twelve months",
                  "which was not its weakest close of the past twelve months",
                  "pattern-mismatch", "not its weakest close of the past twelve months",
                  note="the 52-week closing low denied on the day it was set"),
            Plant(f"miss10-record-denied-{RECORD_KEY}", RECORD_BASE, "negation", "its best close ever",
                  "not yet a record finish", "pattern-mismatch", "not yet a record finish",
                  note="a record close denied on the day it was set"),
            Plant(f"miss10-record-shy-{RECORD2_KEY}", RECORD2_BASE, "negation",
                  "a fresh high-water mark for the fund's closes", "still shy of the record close",
                  "pattern-mismatch", "shy of the record close",
                  note="'shy of' the record close on the day a record close was set")]
