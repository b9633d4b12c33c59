"""The fourth holdout's last false alarms by cause (issue 14, fp5), in other words than its texts.

- A record close named with a record word before "close" or "closing price" ("the highest-ever
  close", "its best closing price on record"), in words or digits: the record close, never today's.

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText
from .word_texts import words


def dollars_words(value: float) -> str:
    """$493.91 -> 'four hundred ninety-three dollars and ninety-one cents'."""
    whole, cents = divmod(round(value * 100), 100)
    said = f"{words(whole)} dollars"
    return f"{said} and {words(cents)} cents" if cents else f"{said} even"


# ---------------------------------------------------------------- a record close named before "close"

RECORD_KEY = "DIA-2026-11-20"
RECORD_BASE = f"user-fp5-record-{RECORD_KEY}"


def record_note(b: Built) -> str:
    s = b.snapshot
    ath = s.extremes.all_time_high
    return (f"Dow fund, Friday. DIA settled at ${s.close:.2f}.\n\n"
            f"The fund's highest-ever close, {dollars_words(ath)}, still stands; nobody on the desk expects "
            f"it to fall before the holidays. Its best closing price on record, ${ath:.2f}, is the line the "
            f"bulls would have to clear.\n")


def record_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY]))]


def record_plants(built: dict[str, Built]) -> list[Plant]:
    ath = built[RECORD_KEY].snapshot.extremes.all_time_high
    said, wrong = dollars_words(ath), dollars_words(ath + 3.0)
    digits, wrong_digits = f"${ath:.2f}", f"${ath - 2.25:.2f}"
    return [
        Plant(f"fp5-record-words-{RECORD_KEY}", RECORD_BASE, "words", f"close, {said},", f"close, {wrong},",
              "value-mismatch", wrong, note="the record close in words after 'highest-ever close', $3 high"),
        Plant(f"fp5-record-digits-{RECORD_KEY}", RECORD_BASE, "history", f"record, {digits}",
              f"record, {wrong_digits}", "value-mismatch", wrong_digits,
              note="the record close after 'best closing price on record', $2.25 low"),
    ]


def fp5_texts(built: dict[str, Built]) -> list[UserText]:
    return [*record_texts(built)]


def fp5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*record_plants(built)]
