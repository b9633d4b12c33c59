"""Desk notes with numbers spoken the way a trader reads them aloud (issue 14, holdouts 10 and 12's
word misses), in other words than the holdouts', on other subjects and sessions.

- A change in points in two pairs ("up seventy-five sixty-three points" is 75.63), with the present
  tense of a headline naming the day's change ("The S&P 500 adds ...").
- Volume in millions in words ("five and a half million shares").
Plants: the spoken figure off (`value-mismatch`).

Every figure comes from the snapshots and is turned into words here, so each note is correct by
construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

INDEX_KEY = "idx_GSPC-2026-11-20"
VOLUME_KEY = "DIA-2026-11-20"
INDEX_BASE = f"user-spoken17-points-{INDEX_KEY}"
VOLUME_BASE = f"user-spoken17-volume-{VOLUME_KEY}"

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spoken(n: int) -> str:
    """1..99 in words: 'seven', 'seventy-five'."""
    assert 1 <= n <= 99
    if n < 20:
        return _ONES[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[unit]}" if unit else "")


def pair(points: float) -> str:
    """A change in points read in two pairs: 75.63 -> 'seventy-five sixty-three' (hundredths of 10 and
    up, so no 'oh')."""
    whole, hundredths = divmod(round(points * 100), 100)
    assert 1 <= whole <= 99 and hundredths >= 10
    return f"{spoken(whole)} {spoken(hundredths)}"


def points_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d > 0
    return ("# Closing bell, read out\n\n"
            f"The S&P 500 adds {pair(s.returns.change_1d)} points, {s.returns.change_1d_pct:.2f}%, and "
            f"settles at {s.close:,.2f}. Buyers stayed in control into the last hour.\n")


def volume_note(b: Built) -> str:
    s = b.snapshot
    millions = s.volume.volume / 1e6
    halves = round(millions * 2) / 2
    assert abs(millions - halves) < 0.05 and halves >= 1
    whole = int(halves)
    words = spoken(whole) + (" and a half" if halves > whole else "")
    return ("# Blue chips, by the numbers\n\n"
            f"DIA finished at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%, "
            f"on {words} million shares.\n")


def spoken17_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(INDEX_BASE, INDEX_KEY, "prose", "md", points_note(built[INDEX_KEY])),
            UserText(VOLUME_BASE, VOLUME_KEY, "prose", "md", volume_note(built[VOLUME_KEY]))]


def spoken17_plants(built: dict[str, Built]) -> list[Plant]:
    idx = built[INDEX_KEY].snapshot
    vol = built[VOLUME_KEY].snapshot
    right_pair = pair(idx.returns.change_1d)
    wrong_pair = pair(idx.returns.change_1d + 20)
    right_millions = round(vol.volume.volume / 1e6 * 2) / 2
    right_words = spoken(int(right_millions)) + (" and a half" if right_millions % 1 else "")
    wrong_words = spoken(int(right_millions) + 3) + (" and a half" if right_millions % 1 else "")
    return [
        Plant(f"spoken17-points-{INDEX_KEY}", INDEX_BASE, "words", f"adds {right_pair} points",
              f"adds {wrong_pair} points", "value-mismatch", wrong_pair,
              note=f"the index added {idx.returns.change_1d:.2f} points, not 20 more"),
        Plant(f"spoken17-volume-{VOLUME_KEY}", VOLUME_BASE, "words", f"on {right_words} million shares",
              f"on {wrong_words} million shares", "value-mismatch", f"{wrong_words} million",
              note=f"DIA traded {vol.volume.volume / 1e6:.1f} million shares, not three million more"),
    ]
