"""Desk notes for the verifier's fixes of the fifth holdout's misses (issue 14, miss6), each cause
planted in other words than the holdout's, on other subjects.

- A volume's multiple of its average told without the word "volume" before it: after a share count
  ("About 5.5 million shares changed hands, 1.6 times the usual day"), in a desk's capitals ("5.5M
  SHARES, 1.6X AVG"), or with the volume words after it ("on one and a half times its normal
  volume"). Plants: a multiple one higher in digits, 1.2 higher in capitals, three times in words.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a volume multiple after shares

VOLUME_KEY = "DIA-2026-11-20"
VOLUME_BASE = f"user-miss6-volume-{VOLUME_KEY}"


def _volume(s: Snapshot) -> tuple[float, float]:
    """The day's volume in millions and its ratio to the 20-day average (near 1.5: 'one and a half')."""
    ratio = s.volume.volume_ratio
    assert ratio is not None and 1.3 <= ratio <= 1.7, ratio
    return s.volume.volume / 1e6, ratio


def volume_note(b: Built) -> str:
    s = b.snapshot
    shares, ratio = _volume(s)
    return (f"# Blue chips on busy tape\n\n"
            f"DIA finished at ${s.close:.2f}. About {shares:.1f} million shares changed hands, {ratio:.1f} "
            f"times the usual day, and buyers stayed to the bell.\n\n"
            f"DESK WIRE: DIA {shares:.1f}M SHARES, {ratio:.1f}X AVG.\n\n"
            f"For the radio read: the fund closed on one and a half times its normal volume.\n")


def volume_plants(built: dict[str, Built]) -> list[Plant]:
    shares, ratio = _volume(built[VOLUME_KEY].snapshot)
    higher, capitals = f"{ratio + 1:.1f} times", f"{ratio + 1.2:.1f}X"
    return [Plant(f"miss6-volume-times-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"{ratio:.1f} times the usual", f"{higher} the usual", "value-mismatch", higher,
                  note="a multiple after a share count ('shares changed hands, N times the usual day'), "
                       "one higher"),
            Plant(f"miss6-volume-caps-{VOLUME_KEY}", VOLUME_BASE, "value",
                  f"{ratio:.1f}X AVG", f"{capitals} AVG", "value-mismatch", capitals,
                  note="a multiple in capitals after a share count ('5.5M SHARES, 1.6X AVG'), 1.2 higher"),
            Plant(f"miss6-volume-words-{VOLUME_KEY}", VOLUME_BASE, "words",
                  "one and a half times its normal", "three times its normal", "value-mismatch",
                  "three times",
                  note="a multiple in words with the volume word after it ('three times its normal volume')")]


def miss6_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(VOLUME_BASE, VOLUME_KEY, "prose", "md", volume_note(built[VOLUME_KEY]))]


def miss6_plants(built: dict[str, Built]) -> list[Plant]:
    return [*volume_plants(built)]
