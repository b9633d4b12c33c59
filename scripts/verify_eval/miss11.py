"""Desk notes for the verifier's fixes of the eighth holdout's misses (issue 14, miss11), each cause
planted in other words than the holdout's, on other subjects and sessions.

- The day's move counted in ATRs in words or after a label ("roughly half an average true range",
  "nearly one and a half times a typical session" in a sentence naming the ATR, "Size of the selloff
  in ATR terms: 0.7 ATR"): checked against `move_atr` like "a move of 1.6 ATRs". A count of ATRs that
  measures a stop stays unchecked ("a trailing stop sits two ATRs beneath the close"). Plants: each
  count off.
- Size words as nouns, adjectives and "barely moved" phrases on the day's move ("a veritable spike",
  "a surging one" on a 0.2-ATR day; "scarcely budged" on a 1.6-ATR day), held to the instrument named
  before them or the article's own; a denied one ("rather than a spike") stays unchecked. Plants: the
  fitting words turned into the unfitting size.
- The day's change in dollars after a move verb outside the known ones or after "the day's change
  is" ("SPY advanced $7.49, or 1.10%", "Today's loss came to $3.06"): checked against `change_1d`
  (`value-mismatch` with the expected change) rather than left `number-untraced`. Plants: each change
  a dollar off.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

ATR_KEY = "SPY-2026-11-17"
ATR2_KEY = "QQQ-2025-11-17"
ATR3_KEY = "IWM-2026-03-30"
ATR_BASE = f"user-miss11-atr-{ATR_KEY}"
ATR2_BASE = f"user-miss11-atr-{ATR2_KEY}"
ATR3_BASE = f"user-miss11-atr-{ATR3_KEY}"


def _move_atr(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(tape.move_atr)


def atr_note(b: Built) -> str:
    assert 0.4 <= _move_atr(b) <= 0.6  # "roughly half"
    s = b.snapshot
    return (f"# A routine slide\n\n"
            f"SPY gave back {abs(s.returns.change_1d_pct):.2f}% to ${s.close:.2f}. Tuesday's slide measured "
            f"roughly half an average true range (ATR ${s.volatility.atr_14:.2f}). For those who hold it, a "
            f"trailing stop sits two ATRs beneath the close.\n")


def atr2_note(b: Built) -> str:
    assert 1.2 <= _move_atr(b) <= 1.8  # "nearly one and a half times"
    s = b.snapshot
    return (f"# Tech leads\n\n"
            f"QQQ added {s.returns.change_1d_pct:.2f}% to ${s.close:.2f}. The advance equaled nearly one and "
            f"a half times a typical session, with the ATR at ${s.volatility.atr_14:.2f}.\n")


def atr3_note(b: Built) -> str:
    s = b.snapshot
    return (f"# Small caps sold\n\n"
            f"IWM lost {abs(s.returns.change_1d_pct):.2f}% to ${s.close:.2f}.\n\n"
            f"Size of the selloff in ATR terms: {_move_atr(b):.1f} ATR.\n")


QUIET_KEY = "IWM-2026-11-20"
BIG_KEY = "QQQ-2026-11-20"
QUIET_BASE = f"user-miss11-size-{QUIET_KEY}"
BIG_BASE = f"user-miss11-size-{BIG_KEY}"


def quiet_note(b: Built) -> str:
    s = b.snapshot
    assert 0 < s.returns.change_1d_pct < 0.5 and _move_atr(b) < 0.5  # a small up day
    return (f"# Small caps, small steps\n\n"
            f"IWM closed at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%. Call it a modest gain rather "
            f"than a spike.\n\nThe session was a quiet one for the small caps.\n")


def big_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct >= 1.0 and _move_atr(b) >= 1.5  # a big up day
    return (f"# Tech runs\n\n"
            f"QQQ finished at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%. Buyers pushed it hard all "
            f"day.\n")


def size_plants() -> list[Plant]:
    return [Plant(f"miss11-size-noun-{QUIET_KEY}", QUIET_BASE, "magnitude",
                  "a modest gain rather than a spike", "a veritable spike", "magnitude-mismatch", "spike",
                  note="'a veritable spike' on a 0.30% move of 0.2 ATR"),
            Plant(f"miss11-size-adjective-{QUIET_KEY}", QUIET_BASE, "magnitude", "a quiet one",
                  "a surging one", "magnitude-mismatch", "surging",
                  note="'a surging one' on a 0.30% move of 0.2 ATR"),
            Plant(f"miss11-size-budged-{BIG_KEY}", BIG_BASE, "magnitude", "Buyers pushed it hard all day",
                  "The fund scarcely budged all day", "magnitude-mismatch", "scarcely budged",
                  note="'scarcely budged' on a 1.90% move of 1.6 ATR")]


UP_KEY = "SPY-2026-11-20"
DOWN_KEY = "DIA-2026-06-03"
UP_BASE = f"user-miss11-change-{UP_KEY}"
DOWN_BASE = f"user-miss11-change-{DOWN_KEY}"


def up_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d > 0
    return (f"# Broad gains\n\n"
            f"SPY advanced ${s.returns.change_1d:.2f}, or {s.returns.change_1d_pct:.2f}%, and settled at "
            f"${s.close:.2f}.\n")


def down_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d < 0
    return (f"# Blue chips give ground\n\n"
            f"DIA ended at ${s.close:.2f}. Today's loss came to ${abs(s.returns.change_1d):.2f}, a "
            f"{abs(s.returns.change_1d_pct):.2f}% step back.\n")


def change_plants(built: dict[str, Built]) -> list[Plant]:
    up, down = built[UP_KEY].snapshot.returns.change_1d, abs(built[DOWN_KEY].snapshot.returns.change_1d)
    return [Plant(f"miss11-change-verb-{UP_KEY}", UP_BASE, "value", f"advanced ${up:.2f}",
                  f"advanced ${up + 1:.2f}", "value-mismatch", f"${up + 1:.2f}",
                  note="the day's dollar change after 'advanced', a dollar too large"),
            Plant(f"miss11-change-noun-{DOWN_KEY}", DOWN_BASE, "value", f"came to ${down:.2f}",
                  f"came to ${down + 1:.2f}", "value-mismatch", f"${down + 1:.2f}",
                  note="'Today's loss came to' a dollar more than the day's change")]


def miss11_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ATR_BASE, ATR_KEY, "prose", "md", atr_note(built[ATR_KEY])),
            UserText(ATR2_BASE, ATR2_KEY, "prose", "md", atr2_note(built[ATR2_KEY])),
            UserText(ATR3_BASE, ATR3_KEY, "prose", "md", atr3_note(built[ATR3_KEY])),
            UserText(QUIET_BASE, QUIET_KEY, "prose", "md", quiet_note(built[QUIET_KEY])),
            UserText(BIG_BASE, BIG_KEY, "prose", "md", big_note(built[BIG_KEY])),
            UserText(UP_BASE, UP_KEY, "prose", "md", up_note(built[UP_KEY])),
            UserText(DOWN_BASE, DOWN_KEY, "prose", "md", down_note(built[DOWN_KEY]))]


def miss11_plants(built: dict[str, Built]) -> list[Plant]:
    wrong3 = f"{_move_atr(built[ATR3_KEY]) + 1:.1f} ATR"
    return [Plant(f"miss11-atr-words-{ATR_KEY}", ATR_BASE, "words", "roughly half an average true range",
                  "roughly two average true ranges", "value-mismatch", "two average true ranges",
                  note="a 0.5-ATR slide told as two ATRs in words"),
            Plant(f"miss11-atr-times-{ATR2_KEY}", ATR2_BASE, "words",
                  "nearly one and a half times a typical session", "nearly three times a typical session",
                  "value-mismatch", "nearly three times a typical session",
                  note="a 1.4-ATR advance told as three times a typical session, the ATR named beside it"),
            Plant(f"miss11-atr-label-{ATR3_KEY}", ATR3_BASE, "value", f"{_move_atr(built[ATR3_KEY]):.1f} ATR",
                  wrong3, "value-mismatch", wrong3.removesuffix(" ATR"),
                  note="the selloff's size in ATRs after a label, one ATR too large"),
            *size_plants(), *change_plants(built)]
