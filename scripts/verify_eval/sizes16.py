"""Desk notes for more size words (issue 14 item 1, holdout 12's magnitude misses), in other words than
the holdout's, on other subjects and sessions.

- Quiet nouns and adjectives ("a nudge", "faint", "barely-there"), two adjectives before the noun, the
  move's own figure after it ("a faint, barely-there gain of 1.73%"), and extreme nouns ("a washout").
  Plants: a size word the day's move does not fit (`magnitude-mismatch`).
- Size words under an expectation, a supposition or a denial ("braced for what looked like a sleepy
  session", "the risk that DIA would suffer a washout"): not the day's size, so the clean notes pass;
  the plants state the same words as the day's.

Every figure is computed from the snapshots and asserted against the words, so each note is correct
by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TECH_KEY = "QQQ-2025-11-17"  # +1.73%, 1.4 ATR
DOW_KEY = "DIA-2026-06-03"  # -0.58%, 0.50 ATR
BROAD_KEY = "SPY-2026-11-20"  # +1.10%, 1.10 ATR
TECH_BASE = f"user-sizes16-tech-{TECH_KEY}"
DOW_BASE = f"user-sizes16-dow-{DOW_KEY}"
BROAD_BASE = f"user-sizes16-broad-{BROAD_KEY}"
BRACED_BASE = f"user-sizes16-braced-{TECH_KEY}"
RISK_BASE = f"user-sizes16-risk-{DOW_KEY}"


def _atrs(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(tape.move_atr)


def tech_note(b: Built) -> str:
    assert b.sheet.value("change_1d_pct") >= 1.5 and _atrs(b) >= 1.0
    move = b.sheet.fmt("change_1d_pct", "abs")
    return ("# Tech, Monday\n\n"
            f"QQQ climbed {move} to {b.sheet.fmt('close')}, a bold, broad gain of {move} for the fund.\n")


def dow_note(b: Built) -> str:
    assert abs(b.sheet.value("change_1d_pct")) < 1.0 and _atrs(b) < 1.0
    return ("# Dow fund, Wednesday\n\n"
            f"DIA slipped {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. Call it a "
            "stumble, not a washout.\n")


def broad_note(b: Built) -> str:
    assert b.sheet.value("change_1d_pct") >= 1.0 and _atrs(b) >= 1.0
    return ("# Broad market, Friday\n\n"
            f"SPY rose {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}; the session was "
            "anything but a nudge.\n")


def braced_note(b: Built) -> str:
    assert b.sheet.value("change_1d_pct") >= 1.0 and _atrs(b) >= 1.0
    return ("# Tech, after the bell\n\n"
            "Going in, the desk was braced for what looked like a sleepy session. "
            f"QQQ climbed {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')} instead.\n")


def risk_note(b: Built) -> str:
    assert abs(b.sheet.value("change_1d_pct")) < 1.5 and _atrs(b) < 1.5
    return ("# Dow fund, midweek\n\n"
            "Traders had talked all week about the risk that DIA would suffer a washout; it never came. "
            f"DIA slipped {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}.\n")


def sizes16_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TECH_BASE, TECH_KEY, "prose", "md", tech_note(built[TECH_KEY])),
            UserText(DOW_BASE, DOW_KEY, "prose", "md", dow_note(built[DOW_KEY])),
            UserText(BROAD_BASE, BROAD_KEY, "prose", "md", broad_note(built[BROAD_KEY])),
            UserText(BRACED_BASE, TECH_KEY, "prose", "md", braced_note(built[TECH_KEY])),
            UserText(RISK_BASE, DOW_KEY, "prose", "md", risk_note(built[DOW_KEY]))]


def sizes16_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"sizes16-faint-{TECH_KEY}", TECH_BASE, "magnitude", "a bold, broad gain",
              "a faint, barely-there gain", "magnitude-mismatch", "faint, barely-there",
              note="a 1.73%, 1.4 ATR gain is not faint"),
        Plant(f"sizes16-washout-{DOW_KEY}", DOW_BASE, "magnitude", "Call it a stumble, not a washout.",
              "Call it a washout, not a stumble.", "magnitude-mismatch", "a washout",
              note="a 0.58%, 0.5 ATR dip is no washout"),
        Plant(f"sizes16-nudge-{BROAD_KEY}", BROAD_BASE, "magnitude", "anything but a nudge", "just a nudge",
              "magnitude-mismatch", "a nudge", note="a 1.10%, 1.1 ATR gain is not a nudge"),
        Plant(f"sizes16-braced-{TECH_KEY}", BRACED_BASE, "magnitude",
              "Going in, the desk was braced for what looked like a sleepy session.",
              "In the end, QQQ had what looked like a sleepy session.", "magnitude-mismatch",
              "a sleepy session", note="the quiet words are now the day's: a 1.73%, 1.4 ATR gain"),
        Plant(f"sizes16-risk-{DOW_KEY}", RISK_BASE, "magnitude",
              "about the risk that DIA would suffer a washout; it never came.",
              "about the risk to DIA, and on the day it suffered a washout.", "magnitude-mismatch",
              "a washout", note="the washout is now the day's: a 0.58%, 0.5 ATR dip"),
    ]
