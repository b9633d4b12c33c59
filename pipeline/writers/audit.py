"""Trade-logic audit of a written article: setup geometry and scenario logic, as figures.

Pure functions over an Article and the Snapshot it was written from, used by the
realdata test and `bench/setups_realdata.py`. They read the printed scenario
bullets, so they judge any writer's output, not only the template's.

Setup figures: the stop's distance from the entry in ATR(14) units, reward/risk
recomputed from entry, stop and target, and whether the target sits at a real
level: a key level's price or zone edge, a range bound, or (for a setup that
says so) a measured move of the range.

Scenario-logic violations are the verifier's scenario checks
(pipeline/verify/scenarios.py): trigger-at-close, next-repeats-trigger,
condition-met.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contracts import Article, Snapshot, TradeSetup
from ..indicators.setups import OPEN_TARGET_ATR
from ..verify.scenarios import check_scenarios

PRICE_SLACK = 0.005


@dataclass(frozen=True)
class SetupFigures:
    direction: str
    style: str
    stop_atr: float | None
    reward_risk: float
    target_at_level: bool


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
    basis = getattr(setup, "target_basis", None)
    if basis == "measured_move":
        prices += measured_moves(snapshot)
    if basis == "atr_multiple" and atr:  # a break to a record: no level above, the ATR multiple is
        prices.append(setup.entry + OPEN_TARGET_ATR * atr)  # the target
    at_level = any(abs(setup.target - p) <= PRICE_SLACK for p in prices)
    return SetupFigures(direction=setup.direction, style=str(getattr(setup, "style", "breakout")),
                        stop_atr=risk / atr if atr else None,
                        reward_risk=abs(setup.target - setup.entry) / risk if risk else 0.0,
                        target_at_level=at_level)


def scenario_violations(article: Article, snapshot: Snapshot) -> list[str]:
    """Each violation as 'kind: bullet' (the verifier's scenario checks, pipeline/verify/scenarios.py)."""
    prose = [("bull_case", b) for b in article.bull_case] + [("bear_case", b) for b in article.bear_case]
    return [f"{f.code.removeprefix('scenario-')}: {f.span}" for f in check_scenarios(prose, snapshot)]
