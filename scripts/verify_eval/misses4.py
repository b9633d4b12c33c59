"""Desk notes for the verifier's fourth round of misses (issue 14: the third holdout's leftovers and
the listed gaps), each cause planted in other words than the holdout's, on other subjects.

- A gauge's level after a reading verb ("the VIX reads 16.41", "the VIX prints 16.41"): the
  gauge's close, like "the VIX at 16.41". Plant: the VIX 1.85 points off.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _related_close(s: Snapshot, symbol: str) -> float:
    row = next(r for r in s.related if r.symbol == symbol)
    assert row.close is not None
    return row.close


# ---------------------------------------------------------------- a gauge after a reading verb

READS_KEY = "DIA-2026-11-20"


def reads_note(b: Built) -> str:
    s = b.snapshot
    vix = _related_close(s, "^VIX")
    return (f"# DIA into the weekend\n\n"
            f"DIA finished the session at ${s.close:.2f}. Volatility stayed tame: the VIX reads {vix:.2f} "
            f"into the close.\n\n"
            f"Nothing on the screen looks stretched, and the VIX prints {vix:.2f} on the last tick.\n")


def reads_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-miss4-reads-{READS_KEY}", READS_KEY, "prose", "md", reads_note(built[READS_KEY]))]


def reads_plants(built: dict[str, Built]) -> list[Plant]:
    vix = _related_close(built[READS_KEY].snapshot, "^VIX")
    wrong = f"{vix + 1.85:.2f}"
    return [Plant(f"miss4-gauge-reads-{READS_KEY}", f"user-miss4-reads-{READS_KEY}", "words",
                  f"the VIX reads {vix:.2f} into", f"the VIX reads {wrong} into", "value-mismatch", wrong,
                  note="the VIX's level after 'reads', 1.85 points off")]


def miss4_texts(built: dict[str, Built]) -> list[UserText]:
    return [*reads_texts(built)]


def miss4_plants(built: dict[str, Built]) -> list[Plant]:
    return [*reads_plants(built)]
