"""True figures the fifth blind holdout's clean texts drew false alarms on, in other phrasings (issue 14).

Each note is correct by construction (every market figure comes from the snapshot or its peers) and
must raise no error finding; each plant spoils one figure next to the exemption and must be caught.

- Compared, not about: a sentence that names another instrument only as what something is measured
  against ("a day spent trailing QQQ") is not about it, so the figures after it are the article's
  own again, not the peer's the sentence before opened with.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a peer named as the yardstick

COMPARED_KEY = "DIA-2025-11-17"
COMPARED_BASE = f"user-fa5-compared-{COMPARED_KEY}"


def _peer(b: Built, symbol: str):  # type: ignore[no-untyped-def]
    return next(p for p in b.peers if p.symbol == symbol)


def compared_note(b: Built) -> str:
    s, q = b.snapshot, _peer(b, "QQQ")
    assert s.returns.change_1d_pct is not None and q.returns.change_1d_pct is not None
    assert s.momentum.rsi_14 is not None and s.trend.sma_50 is not None
    return (f"DIA desk wrap. DIA closed at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%. QQQ had the "
            f"livelier tape, +{q.returns.change_1d_pct:.2f}%. A day spent trailing QQQ, then. RSI(14) stands "
            f"at {s.momentum.rsi_14:.1f} and the 50-day average is ${s.trend.sma_50:.2f}.\n")


def compared_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(COMPARED_BASE, COMPARED_KEY, "prose", "txt", compared_note(built[COMPARED_KEY]))]


def compared_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[COMPARED_KEY]
    s, q = b.snapshot, _peer(b, "QQQ")
    assert s.momentum.rsi_14 is not None and q.momentum.rsi_14 is not None
    assert q.returns.change_1d_pct is not None
    own, peers = f"{s.momentum.rsi_14:.1f}", f"{q.momentum.rsi_14:.1f}"
    move, wrong_move = f"+{q.returns.change_1d_pct:.2f}%", f"+{q.returns.change_1d_pct + 0.62:.2f}%"
    return [
        Plant(f"fa5-compared-peer-rsi-{COMPARED_KEY}", COMPARED_BASE, "subject", f"stands at {own}",
              f"stands at {peers}", "value-mismatch", peers,
              note="QQQ's RSI printed as DIA's after the sentence that measured DIA against QQQ"),
        Plant(f"fa5-compared-peer-move-{COMPARED_KEY}", COMPARED_BASE, "subject", f"tape, {move}",
              f"tape, {wrong_move}", "value-mismatch", wrong_move,
              note="the peer's own move in the sentence that opens with it, 0.62 points high"),
    ]


def fa5_texts(built: dict[str, Built]) -> list[UserText]:
    """The clean notes of the fifth holdout's false-alarm fixes."""
    return [*compared_texts(built)]


def fa5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*compared_plants(built)]
