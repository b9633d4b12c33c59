"""Sum graded sessions into the scorecard: hit rates, setup expectancy, level holds, Pulse.

`summarize(grades)` is pure. Every rate carries its count and a Wilson 95%
interval (`wilson`); every figure has its naive baselines beside it, graded
by the same rules on the same sessions:
- final calls: the hit rate is right / (right + wrong) over graded calls; flat
  outcomes (inside the neutral band, directional calls only) are counted apart.
  Baselines: always-long (a Bullish call every session) and the previous
  session's direction.
- setups: expectancy is the mean R of the setups that were filled and decided
  (target, stop, expired); the distribution counts them by R bucket. Baselines
  are the same geometry (risk and reward in price) entered at the next
  session's open: long every time, and in the previous session's direction.
- levels: the hold rate of supports and of resistances (held / decided); the
  baseline is a level at the same distance from the close on the other side.
- Pulse: per band, the sessions, their mean forward return and the share that
  rose; the baseline row is every graded session.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from statistics import fmean

from pydantic import Field

from ..contracts import Contract
from .contracts import HORIZONS, PULSE_BANDS, CallGrade, Horizon, SessionGrades, SetupGrade

Z_95 = 1.959964
R_BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("<=-2", -math.inf, -2.0), ("-2,-1]", -2.0, -1.0), ("-1,0]", -1.0, 0.0), ("0,1]", 0.0, 1.0),
    ("1,2]", 1.0, 2.0), (">2", 2.0, math.inf))
"""R buckets: (label, above, up to and including): a stop at exactly -1R is in -2,-1]."""


class Rate(Contract):
    """`hits` of `total`, with a Wilson 95% interval (None when total is 0)."""

    hits: int = Field(ge=0)
    total: int = Field(ge=0)
    rate: float | None = None
    low: float | None = None
    high: float | None = None


def wilson(hits: int, total: int, z: float = Z_95) -> Rate:
    """The Wilson score interval for a proportion: sound at small counts and near 0 or 1."""
    if total == 0:
        return Rate(hits=0, total=0)
    p = hits / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return Rate(hits=hits, total=total, rate=p, low=max(0.0, centre - half),
                high=min(1.0, centre + half))


class CallRow(Contract):
    horizon: Horizon
    bias: str = Field(description="Bullish, Neutral, Bearish, or 'all'.")
    sessions: int = Field(description="Graded calls.")
    flat: int
    open: int
    hit: Rate
    always_long: Rate
    previous_direction: Rate


class SetupSummary(Contract):
    offered: int
    open: int
    not_triggered: int
    target: int
    stop: int
    expired: int
    ties: int = Field(description="Stops where one bar also touched the target.")
    gaps: int = Field(description="Exits at an open beyond the stop or target.")
    wins: Rate = Field(description="Decided setups closed with R > 0.")
    expectancy_r: float | None = None
    always_long_r: float | None = None
    previous_direction_r: float | None = None
    distribution: dict[str, int] = Field(default_factory=dict)


class LevelRow(Contract):
    side: str
    held: Rate
    open: int
    baseline: Rate = Field(description="A level as far from the close on the other side.")


class PulseRow(Contract):
    band: str
    sessions: int
    mean_return_pct: float | None = None
    up: Rate


class Scorecard(Contract):
    symbols: list[str]
    first: date | None = None
    last: date | None = None
    sessions: int
    calls: list[CallRow]
    setups: SetupSummary
    levels: list[LevelRow]
    pulse: list[PulseRow]
    pulse_baseline: PulseRow


def summarize(grades: Sequence[SessionGrades]) -> Scorecard:
    sessions = sorted(g.session for g in grades)
    return Scorecard(
        symbols=sorted({g.symbol for g in grades}), first=sessions[0] if sessions else None,
        last=sessions[-1] if sessions else None, sessions=len(grades),
        calls=call_rows(grades), setups=setup_summary([s for g in grades for s in g.setups]),
        levels=level_rows(grades), pulse=pulse_rows(grades),
        pulse_baseline=pulse_row("all", [g.pulse.return_pct for g in grades
                                         if g.pulse.return_pct is not None]))


def rate_of(outcomes: Iterable[str | None]) -> Rate:
    decided = [o for o in outcomes if o in ("right", "wrong")]
    return wilson(decided.count("right"), len(decided))


def call_row(horizon: Horizon, bias: str, grades: Sequence[CallGrade]) -> CallRow:
    graded = [g for g in grades if g.status == "graded"]
    return CallRow(horizon=horizon, bias=bias, sessions=len(graded),
                   flat=sum(g.outcome == "flat" for g in graded),
                   open=len(grades) - len(graded), hit=rate_of(g.outcome for g in graded),
                   always_long=rate_of(g.always_long for g in graded),
                   previous_direction=rate_of(g.previous_direction for g in graded))


def call_rows(grades: Sequence[SessionGrades]) -> list[CallRow]:
    rows = []
    for horizon in HORIZONS:
        calls = [c for g in grades for c in g.calls if c.horizon == horizon]
        rows.append(call_row(horizon, "all", calls))
        for bias in ("Bullish", "Neutral", "Bearish"):
            rows.append(call_row(horizon, bias, [c for c in calls if c.bias == bias]))
    return rows


def bucket_of(r: float) -> str:
    return next(label for label, above, upto in R_BUCKETS if above < r <= upto)


def setup_summary(setups: Sequence[SetupGrade]) -> SetupSummary:
    decided = [s for s in setups if s.r is not None and s.status != "open"]
    statuses = [s.status for s in setups]
    distribution = {label: 0 for label, _, _ in R_BUCKETS}
    for setup in decided:
        assert setup.r is not None
        distribution[bucket_of(setup.r)] += 1
    return SetupSummary(
        offered=len(setups), open=statuses.count("open"),
        not_triggered=statuses.count("not_triggered"), target=statuses.count("target"),
        stop=statuses.count("stop"), expired=statuses.count("expired"),
        ties=sum(s.tie for s in setups), gaps=sum(s.gap for s in setups),
        wins=wilson(sum((s.r or 0) > 0 for s in decided), len(decided)),
        expectancy_r=mean_or_none(s.r for s in decided),
        always_long_r=mean_or_none(s.always_long_r for s in setups),
        previous_direction_r=mean_or_none(s.previous_direction_r for s in setups),
        distribution=distribution)


def mean_or_none(values: Iterable[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return fmean(found) if found else None


def level_rows(grades: Sequence[SessionGrades]) -> list[LevelRow]:
    rows = []
    for side in ("support", "resistance"):
        levels = [lv for g in grades for lv in g.levels if lv.side == side]
        decided = [lv for lv in levels if lv.status != "open"]
        mirrored = [lv.baseline for lv in decided if lv.baseline is not None]
        rows.append(LevelRow(side=side, held=wilson(sum(lv.status == "held" for lv in decided),
                                                    len(decided)),
                             open=len(levels) - len(decided),
                             baseline=wilson(mirrored.count("held"), len(mirrored))))
    return rows


def pulse_row(band: str, returns: Sequence[float]) -> PulseRow:
    return PulseRow(band=band, sessions=len(returns), mean_return_pct=mean_or_none(returns),
                    up=wilson(sum(r > 0 for r in returns), len(returns)))


def pulse_rows(grades: Sequence[SessionGrades]) -> list[PulseRow]:
    rows = []
    for low, high in PULSE_BANDS:
        band = f"{low}-{high}"
        rows.append(pulse_row(band, [g.pulse.return_pct for g in grades
                                     if g.pulse.band == band and g.pulse.return_pct is not None]))
    return rows
