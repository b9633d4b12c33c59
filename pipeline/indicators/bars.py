"""Daily bars as numpy columns, and the shared vocabulary for "not enough history"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from ..contracts import PriceHistory
from .series import FloatArray


@dataclass(frozen=True)
class BarArrays:
    """One symbol's daily bars, oldest first, as parallel arrays."""

    symbol: str
    sessions: tuple[date, ...]
    open: FloatArray
    high: FloatArray
    low: FloatArray
    close: FloatArray
    volume: FloatArray
    days: np.ndarray
    """`sessions` as numpy dates (datetime64[D])."""

    @classmethod
    def from_history(cls, history: PriceHistory) -> BarArrays:
        """The history's columns (`PriceHistory.columns`: made once per history, read-only, so
        the cuts of one history for many instruments share them)."""
        c = history.columns()
        return cls(symbol=history.symbol, sessions=c.sessions, open=c.open, high=c.high, low=c.low,
                   close=c.close, volume=c.volume, days=c.days)

    def __len__(self) -> int:
        return len(self.sessions)

    @property
    def last_close(self) -> float:
        return float(self.close[-1])


def pct_change(new: float, old: float) -> float:
    """Percent change from `old` to `new` (1.5 means +1.5%)."""
    return (new / old - 1.0) * 100.0


def insufficient(fact: str, have: int, need: int) -> str:
    """The `Snapshot.missing` line for a fact that needs more sessions than are held."""
    return f"{fact}: insufficient data ({have} of {need} sessions)"
