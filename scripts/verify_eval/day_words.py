"""The day's move of a snapshot in words, shared by the eval modules whose notes carry the fund's day
beside figures of their own (vfa7_47, vfa8_48)."""

from __future__ import annotations

from pipeline.contracts import Snapshot


def day_move(s: Snapshot) -> tuple[float, float]:
    """The 1-day change in money and in %."""
    r = s.returns
    assert r.change_1d is not None and r.change_1d_pct is not None
    return r.change_1d, r.change_1d_pct


def moved_words(s: Snapshot) -> str:
    """'up $0.73 (0.30%)': the day's move as a note prints it."""
    move, pct = day_move(s)
    word = "up" if move > 0 else "down"
    return f"{word} ${abs(move):.2f} ({abs(pct):.2f}%)"
