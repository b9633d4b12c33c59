"""Trade-logic audit of a written article: setup geometry and scenario logic, as figures.

Pure functions over an Article and the Snapshot it was written from, used by the
realdata test and `bench/setups_realdata.py`. They read the printed scenario
bullets, so they judge any writer's output, not only the template's.

Setup figures: the stop's distance from the entry in ATR(14) units, reward/risk
recomputed from entry, stop and target, and whether the target sits at a real
level: a key level's price or zone edge, a range bound, or (for a setup that
says so) a measured move of the range.

Scenario-logic violations:
- `trigger-at-close`: a bullet asks for "a close above/below X" with X printed
  as today's close;
- `trigger-repeated`: a "next" level in a case names a price the same case
  uses as a trigger (a close above/below it) in any bullet;
- `condition-met`: a bullet waits for something that already holds (a MACD
  cross to the side it is already on; losing/reclaiming the 50-day average
  the close is already below/above).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Article, Snapshot, TradeSetup

_TRIGGER = re.compile(r"\bclose (?P<side>above|below)\b[^$\d]{0,60}?\$?(?P<price>\d[\d,]*(?:\.\d+)?)",
                      re.IGNORECASE)
_NEXT = re.compile(r"\bnext\b[^$\d]{0,60}?\$?(?P<price>\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
_MACD_WAIT = re.compile(r"\bMACD\b[^.]{0,40}?\bcross(?:es|ing)?\b[^.]{0,30}?\b(?P<side>above|below)\b",
                        re.IGNORECASE)
_LOSING_50 = re.compile(r"\b(?:losing|lose|a close below|a break below)\b[^.]{0,15}?\b50-day",
                        re.IGNORECASE)
_RECLAIM_50 = re.compile(r"\b(?:reclaiming|reclaim|regaining|a close back above)\b[^.]{0,15}?\b50-day",
                         re.IGNORECASE)
PRICE_SLACK = 0.005


@dataclass(frozen=True)
class SetupFigures:
    direction: str
    style: str
    stop_atr: float | None
    reward_risk: float
    target_at_level: bool


def _price(text: str) -> float:
    return float(text.replace(",", ""))


def real_level_prices(snapshot: Snapshot) -> list[float]:
    """Every price a target may honestly sit at: levels, their zone edges, range bounds."""
    prices = []
    for level in snapshot.levels:
        prices += [p for p in (level.price, level.zone_low, level.zone_high) if p is not None]
    if snapshot.range is not None:
        prices += [snapshot.range.lower, snapshot.range.upper]
    return prices


def measured_moves(snapshot: Snapshot) -> list[float]:
    """The range's height projected beyond each bound."""
    r = snapshot.range
    if r is None or not r.is_tight:
        return []
    height = r.upper - r.lower
    return [r.upper + height, r.lower - height]


def setup_figures(snapshot: Snapshot, setup: TradeSetup) -> SetupFigures:
    atr = snapshot.volatility.atr_14
    risk = abs(setup.entry - setup.stop)
    prices = real_level_prices(snapshot)
    if getattr(setup, "target_basis", None) == "measured_move":
        prices += measured_moves(snapshot)
    at_level = any(abs(setup.target - p) <= PRICE_SLACK for p in prices)
    return SetupFigures(direction=setup.direction, style=str(getattr(setup, "style", "breakout")),
                        stop_atr=risk / atr if atr else None,
                        reward_risk=abs(setup.target - setup.entry) / risk if risk else 0.0,
                        target_at_level=at_level)


def scenario_violations(article: Article, snapshot: Snapshot) -> list[str]:
    """Each violation as 'code: bullet'."""
    found: list[str] = []
    for case in (article.bull_case, article.bear_case):
        triggers = [_price(m.group("price")) for bullet in case for m in _TRIGGER.finditer(bullet)]
        for bullet in case:
            found += [f"trigger-at-close: {bullet}" for m in _TRIGGER.finditer(bullet)
                      if round(_price(m.group("price")), 2) == round(snapshot.close, 2)]
            nexts = [_price(m.group("price")) for m in _NEXT.finditer(bullet)]
            found += [f"trigger-repeated: {bullet}" for p in nexts
                      if any(abs(p - t) < PRICE_SLACK for t in triggers)]
            found += [f"condition-met: {bullet}" for _ in range(_met_conditions(bullet, snapshot))]
    return found


def _met_conditions(bullet: str, snapshot: Snapshot) -> int:
    m, t, close = snapshot.momentum, snapshot.trend, snapshot.close
    count = 0
    wait = _MACD_WAIT.search(bullet)
    if wait and m.macd is not None and m.macd_signal is not None:
        above = m.macd > m.macd_signal
        count += (wait.group("side").lower() == "above") == above
    if t.sma_50 is not None:
        count += bool(_LOSING_50.search(bullet)) and close < t.sma_50
        count += bool(_RECLAIM_50.search(bullet)) and close > t.sma_50
    return count
