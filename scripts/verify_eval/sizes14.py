"""Desk notes for the verifier's size words as nouns and adjectives (issue 14, holdout 11 cause 1),
each written in other words than the holdout's, on other subjects and sessions.

- The day's move named by a noun or an adjective ("a meltdown", "a wipeout", "an epic session",
  "a sleepy session", "barely a ripple", "The session was muted"), held to the size of the move in
  ATRs and %: an extreme word needs 1.5 ATR or 1.5%, a strong noun 1.0, a quiet word is wrong from 1.0.
  Plants: the size word swapped for one of the other end (`magnitude-mismatch`).
- What is not today's move stays clean in every note: a crash of another year or market ("the 1987
  crash", "a rout in Treasuries"), one feared or denied ("talk of a meltdown", "no collapse"), a
  question ("Was that a blowout?"), volume's surge, and a peer's big day named as the peer's.

Every word is chosen from the snapshot's move (asserted against the bounds), so each note is correct
by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

BIG_KEY = "QQQ-2026-11-20"  # +1.90%, 1.6 ATR
QUIET_KEY = "IWM-2026-11-20"  # +0.30%, 0.2 ATR
MIDDLE_KEY = "IWM-2026-11-17"  # -0.80%, 0.6 ATR
SOLID_KEY = "SPY-2026-11-20"  # +1.10%, 1.1 ATR
BIG_BASE, QUIET_BASE = f"user-sizes14-big-{BIG_KEY}", f"user-sizes14-quiet-{QUIET_KEY}"
MIDDLE_BASE, SOLID_BASE = f"user-sizes14-middle-{MIDDLE_KEY}", f"user-sizes14-solid-{SOLID_KEY}"


def _size(b: Built) -> tuple[float, float]:
    """The day's move: |% change| and |ATRs|."""
    tape = b.snapshot.tape
    assert tape is not None and tape.move_atr is not None
    return abs(b.sheet.value("change_1d_pct")), abs(tape.move_atr)


def big_note(b: Built) -> str:
    """A day of more than 1.5 ATR and 1.5%: strong words fit; the 1987 crash and a bond rout are not it."""
    pct, atr = _size(b)
    assert pct >= 1.5 and atr >= 1.5
    return ("# Tech tape, Friday\n\n"
            f"Call it what it was: a surge. QQQ closed at {b.sheet.fmt('close')}, "
            f"up {b.sheet.fmt('change_1d_pct')}, "
            f"and the whole session felt like a big day for growth. Nobody on the desk was comparing it "
            f"with the 1987 crash, and a rout in Treasuries never came.\n\n"
            "Was that a blowout? By this fund's own yardstick, it came close.\n")


def quiet_note(b: Built) -> str:
    """A day of a quarter ATR: quiet words fit; a peer's big day is the peer's; volume's surge is volume's."""
    pct, atr = _size(b)
    assert pct < 0.5 and atr < 0.5
    return ("# Small caps, end of week\n\n"
            f"IWM finished at {b.sheet.fmt('close')}, {b.sheet.fmt('change_1d_pct')} better: "
            "a sleepy session, "
            "barely a ripple against its usual range. The Nasdaq 100 fund QQQ had a big day instead.\n\n"
            "There was talk of a meltdown in speculative names before the open, and none came: no collapse, "
            "no stampede.\n")


def middle_note(b: Built) -> str:
    """A day of 0.6 ATR and 0.8%: neither quiet nor a crash; an ordinary down day said so."""
    pct, atr = _size(b)
    assert 0.5 <= pct < 1.0 and 0.5 <= atr < 1.0
    return ("# Russell fund, Tuesday\n\n"
            f"IWM gave back {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. "
            "An ordinary down day, not a wipeout; the selling was steady rather than frantic.\n")


def solid_note(b: Built) -> str:
    """A day of 1.1 ATR and 1.1%: a solid gain, neither muted nor epic."""
    pct, atr = _size(b)
    assert 1.0 <= pct < 1.5 and 1.0 <= atr < 1.5
    return ("# S&P fund, Friday\n\n"
            f"SPY rose {b.sheet.fmt('change_1d_pct', 'abs')} to {b.sheet.fmt('close')}. "
            "The session was firm, a bit more than a usual day's range, and the breadth behind it "
            "was broad.\n")


def sizes14_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BIG_BASE, BIG_KEY, "prose", "md", big_note(built[BIG_KEY])),
            UserText(QUIET_BASE, QUIET_KEY, "prose", "md", quiet_note(built[QUIET_KEY])),
            UserText(MIDDLE_BASE, MIDDLE_KEY, "prose", "md", middle_note(built[MIDDLE_KEY])),
            UserText(SOLID_BASE, SOLID_KEY, "prose", "md", solid_note(built[SOLID_KEY]))]


def sizes14_plants(built: dict[str, Built]) -> list[Plant]:
    del built
    return [
        Plant(f"sizes14-quiet-word-{BIG_KEY}", BIG_BASE, "magnitude", "Call it what it was: a surge.",
              "Call it what it was: a sleepy session.", "magnitude-mismatch", "a sleepy session",
              note="a quiet word on a 1.6-ATR, 1.90% day"),
        Plant(f"sizes14-extreme-{QUIET_KEY}", QUIET_BASE, "magnitude", "a sleepy session, barely a ripple",
              "an epic session, a real melt-up", "magnitude-mismatch", "an epic session",
              note="an extreme word on a 0.2-ATR, 0.30% day"),
        Plant(f"sizes14-peer-{QUIET_KEY}", QUIET_BASE, "magnitude", "QQQ had a big day instead",
              "QQQ had a muted session instead", "magnitude-mismatch", "a muted session",
              note="the peer QQQ's 1.90% day called muted: held to QQQ's move, not IWM's"),
        Plant(f"sizes14-wipeout-{MIDDLE_KEY}", MIDDLE_BASE, "magnitude",
              "An ordinary down day, not a wipeout",
              "A wipeout, not an ordinary down day", "magnitude-mismatch", "A wipeout",
              note="a wipeout on a 0.6-ATR, 0.80% loss"),
        Plant(f"sizes14-predicate-{SOLID_KEY}", SOLID_BASE, "magnitude", "The session was firm",
              "The session was tiny", "magnitude-mismatch", "session was tiny",
              note="the day said tiny (a predicate) on a 1.1-ATR, 1.10% gain"),
    ]
