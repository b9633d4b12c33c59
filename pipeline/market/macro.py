"""Market-wide gauges for the snapshot: VIX, the 10-year Treasury yield, the dollar index.

Each configured gauge is read through the same bars source as the instruments.
A gauge without a bar on the session, or whose value is implausible for its
unit, is left out and the reason goes to `missing`: a gauge is absent, never zero.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..config import MacroConfig
from ..contracts import MacroGauge, PriceHistory
from ..errors import DataError
from ..skips import SkipCode

GAUGES: dict[str, tuple[str, str]] = {
    "vix": ("Cboe Volatility Index", "points"),
    "ten_year_yield": ("US 10-year Treasury yield", "percent"),
    "dollar_index": ("US Dollar Index", "points"),
}

MAX_YIELD_PERCENT = 25.0
"""A 10-year yield above this is a quote in another scale (Cboe's TNX is the yield x 10)."""

Loader = Callable[[str], PriceHistory]


def macro_gauges(cfg: MacroConfig, load: Loader, session: date) -> tuple[list[MacroGauge], list[str]]:
    """The gauges that have a bar on `session`, and a line for each that does not."""
    gauges: list[MacroGauge] = []
    missing: list[str] = []
    for key, (name, unit) in GAUGES.items():
        symbol = getattr(cfg, key)
        if not symbol:
            continue
        try:
            gauges.append(gauge_on(key, name, unit, symbol, load(symbol), session))
        except DataError as exc:
            missing.append(f"{key} ({symbol}) left out: {exc}")
    return gauges, missing


def gauge_on(key: str, name: str, unit: str, symbol: str, history: PriceHistory,
             session: date) -> MacroGauge:
    bars = history.until(session).bars
    if not bars or bars[-1].session != session:
        last = bars[-1].session if bars else "none"
        raise DataError(f"no bar for {session} (last: {last})", code=SkipCode.MISSING_SESSION)
    value = bars[-1].close
    if unit == "percent" and value > MAX_YIELD_PERCENT:
        raise DataError(f"{value:g} is not a yield in percent (a quote x 10?)", code=SkipCode.SCALE_JUMP)
    change = value - bars[-2].close if len(bars) >= 2 else None
    return MacroGauge(key=key, symbol=symbol, name=name, unit=unit,  # type: ignore[arg-type]
                      session=session, value=value, change_1d=change)
