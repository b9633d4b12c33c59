"""The indicators stage: price histories in, a `Snapshot` of computed numbers out.

A pure core: numpy and the contracts, no I/O. `build_snapshot` is the entry
point; the series functions are exported for tests and other stages that need
a single indicator.
"""

from .series import atr, bollinger, ema, macd, rsi, sma, true_range
from .snapshot import build_snapshot

__all__ = ["atr", "bollinger", "build_snapshot", "ema", "macd", "rsi", "sma", "true_range"]
