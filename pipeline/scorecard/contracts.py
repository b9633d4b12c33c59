"""Contracts of the scorecard stage: the calls one session made, and their grades.

`SessionCalls` is what a session called for one instrument, stored once per
(symbol, session, origin) in the `session_calls` table:
- `calls`: the final call per horizon, the bias the article's "Final call"
  table prints (short-term: the Pulse's bias; medium-term: the 50-day average
  and MACD; long-term: the 200-day average and the cross state);
- `setups`: the trade setups that follow the short-term call (the ones the
  article shows), with entry, stop and target;
- `levels`: the key supports and resistances of the session (not the zone
  holding the close, not max pain);
- `pulse`, `close`, `atr` and `change_1d_pct` (for the previous-session
  baseline).
`origin` is `backfill` (computed from bars alone by `newsdesk backfill`) or
`article` (recorded by a normal run when it stores a draft).

`SessionGrades` is what the bars after the session made of those calls
(`pipeline/scorecard/grading.py` says how). A grade whose window has not
elapsed, and whose outcome is not yet decided, has status `open`.

Horizons and windows, in sessions after the session of the call:

| what | window |
|---|---|
| short-term call (and the Pulse's forward return) | 5 |
| medium-term call | 21 |
| long-term call | 63 |
| setup: trigger | 5 |
| setup: from the fill to the stop or the target | 21 (the fill's session counts) |
| level: held or broken | 10 |
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from ..contracts import Bias, Contract, TradeSetup

Horizon = Literal["short", "medium", "long"]
HORIZONS: tuple[Horizon, ...] = ("short", "medium", "long")
HORIZON_SESSIONS: dict[Horizon, int] = {"short": 5, "medium": 21, "long": 63}
"""Sessions after the call over which each horizon's call is graded."""
HORIZON_TITLES: dict[Horizon, str] = {"short": "Short-term", "medium": "Medium-term",
                                      "long": "Long-term"}
"""The article's name for each horizon (`FinalCallRow.horizon`)."""

SETUP_TRIGGER_SESSIONS = 5
SETUP_HOLD_SESSIONS = 21
LEVEL_SESSIONS = 10
PULSE_SESSIONS = HORIZON_SESSIONS["short"]
NEUTRAL_BAND_ATR = 0.5
"""The neutral band of a horizon of h sessions is +/- NEUTRAL_BAND_ATR x ATR(14) x sqrt(h),
as a % of the session's close: a move inside it is flat."""

PULSE_BANDS: tuple[tuple[int, int], ...] = ((0, 30), (31, 40), (41, 50), (51, 59), (60, 69),
                                            (70, 100))
"""Pulse bands of the calibration table (inclusive); <= 40 is the Bearish bias, >= 60 Bullish."""

LONGEST_WINDOW = max(HORIZON_SESSIONS["long"], SETUP_TRIGGER_SESSIONS + SETUP_HOLD_SESSIONS,
                     LEVEL_SESSIONS, PULSE_SESSIONS)
"""Bars after a session that decide every grade: grading never needs more."""

CallOrigin = Literal["backfill", "article"]
Outcome = Literal["right", "wrong", "flat"]
GradeStatus = Literal["open", "graded"]


class HorizonCall(Contract):
    horizon: Horizon
    bias: Bias


class LevelCall(Contract):
    """A key level as called: a support below the close or a resistance above it."""

    side: Literal["support", "resistance"]
    price: float
    low: float = Field(description="The zone's bottom (the price for a single level).")
    high: float = Field(description="The zone's top (the price for a single level).")
    label: str
    source: str


class SessionCalls(Contract):
    symbol: str
    session: date
    origin: CallOrigin
    close: float = Field(gt=0)
    change_1d_pct: float = Field(description="The session's own move: the previous-session baseline.")
    atr: float | None = Field(default=None, gt=0, description="ATR(14) at the close, price units.")
    pulse: int = Field(ge=0, le=100)
    calls: list[HorizonCall]
    setups: list[TradeSetup] = Field(default_factory=list)
    levels: list[LevelCall] = Field(default_factory=list)

    def bias(self, horizon: Horizon) -> Bias:
        return next(call.bias for call in self.calls if call.horizon == horizon)


class CallGrade(Contract):
    """One horizon's call against the close `sessions` sessions later."""

    horizon: Horizon
    bias: Bias
    status: GradeStatus
    sessions: int
    band_pct: float = Field(ge=0, description="The neutral band, +/- % of the close.")
    return_pct: float | None = None
    outcome: Outcome | None = Field(default=None, description="Bullish/Bearish: right beyond the band "
                                    "the called way, wrong beyond it the other way, flat inside it; "
                                    "Neutral: right inside the band, wrong outside it.")
    always_long: Outcome | None = Field(default=None, description="A Bullish call, graded alike.")
    previous_direction: Outcome | None = Field(
        default=None, description="The session's own direction called again, graded alike.")


SetupStatus = Literal["open", "not_triggered", "target", "stop", "expired"]


class SetupGrade(Contract):
    """A setup played on daily bars; `r` is the result in units of |entry - stop|."""

    direction: Literal["long", "short"]
    style: str
    entry: float
    stop: float
    target: float
    status: SetupStatus
    filled_on: date | None = None
    fill: float | None = None
    closed_on: date | None = None
    exit: float | None = None
    r: float | None = None
    tie: bool = Field(default=False, description="One bar touched both the stop and the target: "
                      "counted as the stop.")
    gap: bool = Field(default=False, description="The exit bar opened beyond the stop or the "
                      "target and filled at the open.")
    always_long_r: float | None = Field(
        default=None, description="Baseline: the same risk and reward in price, long from the "
        "next session's open (None while open).")
    previous_direction_r: float | None = Field(
        default=None, description="Baseline: the same, in the direction of the session's own move.")

    @property
    def graded(self) -> bool:
        return self.status != "open"


class LevelGrade(Contract):
    side: Literal["support", "resistance"]
    price: float
    label: str
    source: str
    status: Literal["open", "held", "broken"]
    broken_on: date | None = None
    baseline: Literal["open", "held", "broken"] | None = Field(
        default=None, description="Baseline: a level as far from the close on the other side.")


class PulseGrade(Contract):
    pulse: int = Field(ge=0, le=100)
    band: str
    status: GradeStatus
    return_pct: float | None = Field(default=None, description=f"Close-to-close return over the "
                                     f"{PULSE_SESSIONS} sessions after the call, %.")


class SessionGrades(Contract):
    symbol: str
    session: date
    origin: CallOrigin
    bars_after: int = Field(ge=0, description="Bars after the session that were available.")
    calls: list[CallGrade]
    setups: list[SetupGrade]
    levels: list[LevelGrade]
    pulse: PulseGrade
