"""Desk notes for size words holdout 13 found unread (issue 14), in other words than the holdout's,
on other subjects and sessions.

- A sentence that opens on the day and the fund's pronoun, with a manner adverb before the size verb
  ("On Monday, it only inched higher").
- Stronger-than-big adjectives ("an enormous session", "The move itself was massive") held to a strong
  noun's bound, extreme words of judgement ("a historic day", "a full-blown disaster"), quiet words
  ("a microscopic gain") and a verdict on the move just told ("That's modest for one session").
- The month May before a size noun: it frames nothing ("as in May, had a bloodbath" is the day's).
Plants: a size word the day's move does not fit (`magnitude-mismatch`); the clean notes use words the
move fits.

Every figure is computed from the snapshots and asserted against the words, so each note is correct
by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SMALLCAP_KEY = "IWM-2026-11-20"  # +0.30%, 0.24 ATR
TECH_KEY = "QQQ-2025-11-17"  # +1.73%, 1.4 ATR
DOW_KEY = "DIA-2026-06-03"  # -0.58%, 0.50 ATR
SMALLCAP_BASE = f"user-sizes18-smallcap-{SMALLCAP_KEY}"
TECH_BASE = f"user-sizes18-tech-{TECH_KEY}"
DOW_BASE = f"user-sizes18-dow-{DOW_KEY}"


def _atrs(b: Built) -> float:
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(tape.move_atr)


def smallcap_note(b: Built) -> str:
    assert 0 < b.sheet.value("change_1d_pct") < 0.5 and _atrs(b) < 0.5
    return ("# Small caps, Friday\n\n"
            f"On Friday, it only inched higher: IWM settled at {b.sheet.fmt('close')}, up "
            f"{b.sheet.fmt('change_1d_pct', 'abs')}. That's modest for one session, and the tape "
            "showed it. The small caps, as in May, had a subdued session while the big funds ran.\n")


def tech_note(b: Built) -> str:
    assert b.sheet.value("change_1d_pct") >= 1.5 and _atrs(b) >= 1.0
    return ("# Tech, Monday\n\n"
            f"QQQ finished at {b.sheet.fmt('close')}, up {b.sheet.fmt('change_1d_pct', 'abs')}. "
            "The move itself was massive; the desk called it an enormous session.\n")


def dow_note(b: Built) -> str:
    assert abs(b.sheet.value("change_1d_pct")) < 1.0 and _atrs(b) < 1.0
    return ("# Dow fund, Wednesday\n\n"
            f"DIA gave back {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}, a mild "
            "dip on a day when the other funds rose. Nobody on the desk would call it a full-blown "
            "disaster.\n")


def sizes18_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(SMALLCAP_BASE, SMALLCAP_KEY, "prose", "md", smallcap_note(built[SMALLCAP_KEY])),
            UserText(TECH_BASE, TECH_KEY, "prose", "md", tech_note(built[TECH_KEY])),
            UserText(DOW_BASE, DOW_KEY, "prose", "md", dow_note(built[DOW_KEY]))]


def sizes18_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"sizes18-soared-{SMALLCAP_KEY}", SMALLCAP_BASE, "magnitude",
              "On Friday, it only inched higher", "On Friday, it just soared higher", "magnitude-mismatch",
              "soared",
              note="a 0.30%, 0.2 ATR gain is no soaring day"),
        Plant(f"sizes18-verdict-{SMALLCAP_KEY}", SMALLCAP_BASE, "magnitude",
              "That's modest for one session", "That's huge for one session", "magnitude-mismatch",
              "That's huge for one session",
              note="a 0.30%, 0.2 ATR gain is not huge"),
        Plant(f"sizes18-may-{SMALLCAP_KEY}", SMALLCAP_BASE, "magnitude",
              "had a subdued session", "had a bloodbath", "magnitude-mismatch", "a bloodbath",
              note="'May' is the month, not a hedge: a 0.30% gain is no bloodbath"),
        Plant(f"sizes18-massive-{TECH_KEY}", TECH_BASE, "magnitude", "an enormous session",
              "a microscopic session", "magnitude-mismatch", "a microscopic session",
              note="a 1.73%, 1.4 ATR gain is not microscopic"),
        Plant(f"sizes18-disaster-{DOW_KEY}", DOW_BASE, "magnitude",
              "Nobody on the desk would call it a full-blown disaster.",
              "The desk called it a full-blown disaster.", "magnitude-mismatch", "a full-blown disaster",
              note="a 0.58%, 0.5 ATR dip is no disaster"),
        Plant(f"sizes18-enormous-{DOW_KEY}", DOW_BASE, "magnitude", "a mild dip", "an enormous dip",
              "magnitude-mismatch", "an enormous dip", note="a 0.58%, 0.5 ATR dip is not enormous"),
    ]
