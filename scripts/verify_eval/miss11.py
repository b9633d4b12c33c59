"""Desk notes for the verifier's fixes of the eighth holdout's misses (issue 14, miss11), each cause
planted in other words than the holdout's, on other subjects and sessions.

- The day's move counted in ATRs in words or after a label ("roughly half an average true range",
  "nearly one and a half times a typical session" in a sentence naming the ATR, "Size of the selloff
  in ATR terms: 0.7 ATR"): checked against `move_atr` like "a move of 1.6 ATRs". A count of ATRs that
  measures a stop stays unchecked ("a trailing stop sits two ATRs beneath the close"). Plants: each
  count off.

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


def miss11_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ATR_BASE, ATR_KEY, "prose", "md", atr_note(built[ATR_KEY])),
            UserText(ATR2_BASE, ATR2_KEY, "prose", "md", atr2_note(built[ATR2_KEY])),
            UserText(ATR3_BASE, ATR3_KEY, "prose", "md", atr3_note(built[ATR3_KEY]))]


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
                  note="the selloff's size in ATRs after a label, one ATR too large")]
