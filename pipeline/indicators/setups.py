"""Trade setups: one breakout long and one breakdown short, built from the key levels.

Long: the trigger is a close above the tight range's top when it is above the
close, else above the nearest level above the close; the entry is that level.
The stop is the nearest support (the highest level below the close), or
entry - 1 x ATR(14) when there is none. The target is the next level above the
entry that is at least one risk away (so reward/risk >= 1: a resistance just
above the entry would make a trade not worth describing), or entry + 2 x risk
when there is none. The short mirrors all of it.
reward_risk = |target - entry| / |entry - stop|, rounded to one decimal.
A setup whose geometry does not hold (long: stop < entry < target; short:
target < entry < stop) is not emitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..contracts import KeyLevel, TradeSetup, TradingRange

TARGET_RISK_MULTIPLE = 2.0
MIN_TARGET_RISK_MULTIPLE = 1.0
STOP_ATR_MULTIPLE = 1.0

Direction = Literal["long", "short"]
DIRECTIONS: tuple[Direction, ...] = ("long", "short")


@dataclass(frozen=True)
class Trigger:
    """The level a setup waits for, and what to call it in the trigger sentence."""

    price: float
    label: str


def find_trigger(direction: Direction, close: float, levels: Sequence[KeyLevel],
                 trading_range: TradingRange | None) -> Trigger | None:
    """Range top (long) or bottom (short) when tight and beyond the close, else the nearest level."""
    if trading_range is not None and trading_range.is_tight:
        bound = trading_range.upper if direction == "long" else trading_range.lower
        if (bound > close) if direction == "long" else (bound < close):
            return Trigger(bound, "range top" if direction == "long" else "range bottom")
    level = nearest_beyond(levels, close, above=direction == "long")
    return None if level is None else Trigger(level.price, level.label)


def nearest_beyond(levels: Sequence[KeyLevel], price: float, above: bool) -> KeyLevel | None:
    """The level nearest to `price` strictly above (or below) it."""
    side = [level for level in levels if (level.price > price if above else level.price < price)]
    if not side:
        return None
    return min(side, key=lambda level: abs(level.price - price))


def plan_setup(direction: Direction, close: float, levels: Sequence[KeyLevel],
               trading_range: TradingRange | None, atr_value: float | None) -> TradeSetup | None:
    """One setup in `direction`, or None when no trigger, stop or target can be placed."""
    trigger = find_trigger(direction, close, levels, trading_range)
    if trigger is None:
        return None
    sign = 1.0 if direction == "long" else -1.0
    entry = trigger.price
    stop = _stop(direction, close, entry, levels, atr_value)
    if stop is None:
        return None
    target = find_target(direction, entry, stop, levels)
    if not sign * stop < sign * entry < sign * target:
        return None
    word = "above" if direction == "long" else "below"
    return TradeSetup(direction=direction, trigger=f"a close {word} the {trigger.label}",
                      entry=entry, stop=stop, target=target,
                      reward_risk=round(abs(target - entry) / abs(entry - stop), 1))


def find_target(direction: Direction, entry: float, stop: float,
                levels: Sequence[KeyLevel]) -> float:
    """The nearest level beyond the entry at least one risk away, else entry + 2 x risk."""
    risk = abs(entry - stop)
    sign = 1.0 if direction == "long" else -1.0
    far_enough = [level.price for level in levels
                  if sign * (level.price - entry) >= MIN_TARGET_RISK_MULTIPLE * risk]
    if far_enough:
        return min(far_enough, key=lambda price: abs(price - entry))
    return entry + sign * TARGET_RISK_MULTIPLE * risk


def _stop(direction: Direction, close: float, entry: float, levels: Sequence[KeyLevel],
          atr_value: float | None) -> float | None:
    """The nearest level on the far side of the close, else one ATR back from the entry."""
    protective = nearest_beyond(levels, close, above=direction == "short")
    if protective is not None:
        return protective.price
    if atr_value is None:
        return None
    return entry - STOP_ATR_MULTIPLE * atr_value if direction == "long" else (
        entry + STOP_ATR_MULTIPLE * atr_value)


def compute_trade_setups(close: float, levels: Sequence[KeyLevel],
                         trading_range: TradingRange | None,
                         atr_value: float | None) -> list[TradeSetup]:
    """The long and the short setup, each left out when it cannot be placed."""
    planned = (plan_setup(direction, close, levels, trading_range, atr_value)
               for direction in DIRECTIONS)
    return [setup for setup in planned if setup is not None]
