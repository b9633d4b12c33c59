"""Trade setups a trader would take: a real trigger, a stop tied to it and to ATR(14),
a target at a real level, reward/risk computed; at most one long and one short.

Situation, which decides the style each side tries first (the next one is tried
when the first cannot be placed or its geometry is poor):
- range holding: a tight range whose two edges are both key levels (neither edge
  at the close): long = fade at the range bottom, then breakout; short = fade
  at the range top, then breakdown. (Trying the breakout first when the close
  sits in the half of the range a side breaks out of was measured in-sample,
  pre-2015, and rejected: setup expectancy -0.052R / -0.050R (indices / ETFs)
  against -0.025R / -0.035R with the fade first.)
- uptrend: close above the 50-day average, and the 50-day above the 200-day when
  both are known: long = pullback to the nearest support, then breakout; short =
  breakdown.
- downtrend: the mirror (short = a bounce into the nearest resistance that fails).
- otherwise: a breakout long and a breakdown short.

Trend filter (RULES): a long only with the close above a rising 200-day average, a
short only with it below a falling one (slope: % change over 20 sessions); a side
the filter keeps out has no setup and no pending setup, and `setup_misses` names
why (`trend_side`, `trend_slope`). Without the average or its slope (a short
history) no side is filtered. Chosen on the scorecard's in-sample sessions
(pre-2015, `scripts/setup_variants.py`, docs/scorecard.md): setup expectancy
-0.025R / -0.035R (indices / ETFs) without it, +0.009R / +0.029R with it,
+0.022R / +0.037R with the fade floor below too. Tried there and not kept: a
pullback first in every trend or range, a 50-day filter, longs-only filtering,
dropping fades or breakouts, wider or tighter stops (table in docs/scorecard.md).

Entries, stops and targets (setups4, same protocol): per style, half the
entries below or above the close are never reached, and those are the sessions
a trade at the next open did best on (a pullback long's at-open twin made
+1.19R / +0.80R on the sessions whose entry was never reached, -0.73R / -0.69R
on those reached). Kept: a target beyond the last close and the fade/pullback
stop at 0.75 x ATR past the level: in-sample +0.022R / +0.037R -> +0.082R /
+0.155R (indices / ETFs), coverage 41.7% / 42.6% -> 41.4% / 43.2%. Tried and
not kept: entering at the close when the entry lies within a fraction of an
ATR, a pullback to a swing or to the 20-day average, a breakout entry past the
level, other stop distances (docs/scorecard.md).

A fade's target a distance past the close (editorial10a, same protocol; `SetupRules.
style_target_past_close_atr`): 0.5 / 1 / 1.5 ATR for fades, 1 ATR for fades and pullbacks, so a
fade aiming at about today's close falls through to the breakout (demo QQQ 2026-11-20). Every
variant lowered in-sample expectancy (+0.074R / +0.155R -> +0.059R / +0.143R at 0.5, +0.037R /
+0.103R at 1): not kept, not run out-of-sample; the take says what such a fade pays instead.

Editorial13b (same protocol, scripts/setup_variants.py article6 against each rule alone, in-sample
expectancy indices / ETFs, article6 +0.074R / +0.155R, total +192R / +473R):
- `record_at_close`: a record close with nothing above it to break (only a bare round number within
  half an ATR) breaks the record close itself, as `record_breakout` (real QQQ 2026-05-14 had no
  long): +0.073R / +0.145R, total +193R / +456R, coverage 41.4% / 43.2% -> 42.1% / 44.2%. Kept.
- `pullback_across_50`: in the golden-cross state with the close above the 200-day but under the
  50-day (the mirror for a short), the side tries a pullback after the breakout (real DIA
  2026-04-08 and SPY 2026-07-30 had none): +0.073R / +0.144R, total +204R / +476R, coverage
  -> 44.4% / 46.4%. Kept.
- `record_first`: a long fade or pullback paying only on a round trip back to about today's close,
  within an ATR under the record close, is replaced by the record breakout (`record_instead`; demo
  QQQ 2026-11-20 bought $610.35 to sell $626.99 under a take pointing at the record): +0.052R /
  +0.138R, total +138R / +434R. Kept on the editorial brief (a desk trades the break a fraction
  of a day's range under its record, not a dip back to today's close) AT A MEASURED COST of
  -0.022R / -0.017R in-sample; `replace(RULES, record_first=False)` restores the fade. Tried and
  not kept: the breakout first for every long within an ATR of the record (+0.041R / +0.129R).
The three together (desk), as measured then: +0.043R / +0.114R, total +125R / +399R, coverage
45.1% / 47.4%. The desk's rules as they stand now (`scripts/setup_variants.py desk`, same protocol,
rerun 2026-12-06; later rule changes moved the figures): +0.055R / +0.123R, total
+156R / +425R, coverage 44.9% / 47.1%, shorts +0.182R / +0.139R per decided short.

Shorts (setups5, same protocol): shorts made money in-sample (+0.180R / +0.173R
per filled short, indices / ETFs) and lost from 2015 (-0.153R / -0.097R). The
best in-sample variant, a short fade or pullback's stop 1 x ATR past the level
(in-sample +0.082R / +0.155R -> +0.106R / +0.168R, shorts -> +0.284R /
+0.229R), ran once from 2015 and did worse there (+0.094R / +0.041R ->
+0.086R / +0.037R, shorts -> -0.269R / -0.175R): the desk's rules are
unchanged. Also tried in-sample (SetupRules' short options): longs only
(+0.038R / +0.149R), shorts only below a falling 50-day and 200-day, only with
the VIX above 20 or a drawdown over 10%, a short reward/risk floor of 2 or 2.5,
short pullbacks, fades or breakdowns dropped, wider breakdown stops
(docs/scorecard.md, "Shorts: chosen in-sample, worse out-of-sample").

Placement (long; the short mirrors it):
- breakout: the trigger is a close above the nearest resistance; the entry is
  its top edge (zone_high, else its price): the level itself, so the entry is
  never an arbitrary price; the stop sits 1 x ATR below the entry, or 0.25 x
  ATR under the level's bottom edge when that is lower. A bare round number
  (no swing in its zone) within 0.5 ATR of the close is no breakout level (a
  close beyond it is a fraction of a day's range through an untested level):
  the next level is. Nor is a max-pain strike (a pin where option holders lose
  most at expiry, not a level supply or demand sits at).
- fade and pullback: the entry is the top edge of the support (the range bottom
  for a fade, the nearest support for a pullback, which must lie within 2 x ATR
  of the close; neither a max-pain strike nor a bare round number is one); the
  stop sits 0.75 x ATR under its bottom edge (RULES; 0.5 before setups4).
- record breakout: when the level a long breakout would break is a bare round number at or
  above the record close (nothing tested overhead: a record, or a close under it with only
  untested numbers beyond), the breakout level is the record close itself; the entry is
  RECORD_BREAK_BUFFER_ATR (1) ATR above it, the trigger says so ("a close an ATR above the
  record close"), the stop is the breakout's (0.25 x ATR under the record close) and so is the
  target (with no tested level above, OPEN_TARGET_ATR past the entry). Before (article6) such longs entered at
  the bare round number ($760.00 on SPY's record close of $748.17).
- target: for a breakout, the nearest level beyond the broken one, aimed at its
  near edge; when a tight range's edge is the broken level, the measured move
  (the range's height added to the edge) is a candidate too, and the nearer of
  the two is taken. For a fade or pullback, the first level above the entry
  (its near edge). `target_basis` says which kind it is. No target is a level
  within 0.5 x ATR of the entry (a fraction of a day's range: price passes it on
  the move that fills the entry), nor one below the last close for a long
  (above it for a short: a long aiming under today's close reads as a target
  already passed; RULES, setups4), nor a bare round number nothing has
  tested (no swing in its zone): the next real level, or the measured move, is.
- reward_risk = |target - entry| / |entry - stop|, rounded to one decimal;
  `risk_atr` = |entry - stop| / ATR(14).
- A setup is not offered when its geometry is poor: reward/risk under 1.5 (a fade:
  under FADE_MIN_REWARD_RISK, 2; fades lost most per trade in-sample), a
  stop more than 2.5 x ATR from the entry, a target more than 6 x ATR from it
  (beyond what a swing setup aims for), or stop/entry/target out of order.
- `beyond_record` marks a long target above the highest close held.
- the stop is never at the last close: one within STOP_CLOSE_ATR (0.1) ATR of it moves
  BREAKOUT_ZONE_BUFFER_ATR past it (edpolish); `stop_basis` says in words what the stop sits
  beyond ('an ATR under the entry', 'under the range top', 'under the last close') for the Notes.
- a breakout of a level the close broke through before ('old range bottom' above the close for a
  long) is a reclaim: 'a close back above the old range bottom', `reclaim` set.
Levels whose kind is `current` (a zone holding the close) are never a trigger,
stop or target. Without an ATR nothing is placed.

Why a side has no setup: `setup_misses` returns, per style tried, the rule that
failed (`MissReason`): no level to trade, no target beyond the entry, the
support out of a pullback's reach, reward/risk under 1.5, the stop too wide, the
target too far. `pending_setup` is the setup a condition not yet met would
create: the breakout of the level beyond the one that failed (a close above it),
or a pullback to a support out of reach today, with the same geometry floors;
an article without a setup names it ("a close above $X would set up ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from ..contracts import Bias, KeyLevel, LevelKind, Snapshot, TradeSetup, TradingRange
from ..contracts.snapshot import SetupStyle, TargetBasis

BREAKOUT_STOP_ATR = 1.0
BREAKOUT_ZONE_BUFFER_ATR = 0.25
FADE_STOP_ATR = 0.5
SUPPORT_STOP_ATR = 0.75
TARGET_PAST_CLOSE_ATR = 0.0
PULLBACK_REACH_ATR = 2.0
MIN_REWARD_RISK = 1.5
FADE_MIN_REWARD_RISK = 2.0
MAX_STOP_ATR = 2.5
MAX_TARGET_ATR = 6.0
ROUND_BREAK_ATR = 0.5
TARGET_MIN_ATR = 0.5
OPEN_TARGET_ATR = 3.0
PENDING_LEVELS = 3
STOP_ZONE_BUFFER_ATR = 0.05
"""How far (in ATR) past a key level's far edge a stop that landed inside the level's figures moves
(`stop_clear_of_levels`). Measured in-sample (scripts/setup_variants.py, desk-stop_zone against the
desk; indices / ETFs): without the rule +0.055R / +0.123R, total +156R / +425R, coverage 44.9% /
47.1%; at 0.05 +0.055R / +0.118R, total +153R / +398R, coverage 43.9% / 46.0%; 0.1 +0.052R /
+0.115R; 0.25 +0.054R / +0.103R; 0.5 +0.052R / +0.105R; breakouts only +0.055R / +0.124R, fades
and pullbacks only +0.055R / +0.118R; dropping such a setup instead +0.047R / +0.100R. Kept on the
editorial brief (a stop a normal test of the next level runs is not one a desk would print) AT A
MEASURED COST of about -0.005R on the ETFs; `replace(RULES, stop_zone_buffer_atr=None)` restores
the old stops."""

Direction = Literal["long", "short"]
MissReason = Literal["no_level", "no_target", "out_of_reach", "past_range", "order", "reward_risk",
                     "stop_wide", "target_far", "trend_side", "trend_slope", "side_off", "short_trend",
                     "short_calm"]
DIRECTIONS: tuple[Direction, ...] = ("long", "short")
StyleOrder = Literal["situation", "pullback_in_trend", "pullback_unless_against"]
TrendFilter = Literal["none", "sma_50", "sma_200"]
PullbackBase = Literal["nearest", "swing", "sma_20"]
ShortGate = Literal["none", "sma_50_and_200", "vix", "drawdown", "vix_or_drawdown"]
VIX_ELEVATED = 20.0
DRAWDOWN_PCT = -10.0


@dataclass(frozen=True)
class SetupRules:
    """The choices `scripts/setup_variants.py` compares on the in-sample sessions (docs/scorecard.md);
    `RULES` holds the desk's. The geometry floors (MIN_REWARD_RISK, MAX_STOP_ATR, MAX_TARGET_ATR)
    are not among them. The defaults are the rules before the trend filter (setups2); RULES
    adds the choices kept in-sample (two in setups3, two in setups4).

    - `order`: which style a side tries first. situation: the module docstring's order;
      pullback_in_trend: as situation, but a side the trend follows tries the pullback before a
      range fade too; pullback_unless_against: every side the trend does not oppose tries a
      pullback first.
    - `min_reward_risk`: a floor above MIN_REWARD_RISK for a style; `dropped`: styles not offered.
    - `trend_filter`: longs only above a rising average (sma_50 or sma_200), shorts only below a
      falling one (the sides in `trend_sides`).
    - `support_stop_atr`: the fade and pullback stop under the base's bottom edge, in ATR;
      `breakout_stop_atr`: a breakout's least stop distance from the entry, in ATR (0: the stop
      sits BREAKOUT_ZONE_BUFFER_ATR beyond the broken level's zone only).
    - `close_entry_atr`: per style, an entry within this many ATR of the close is moved to the
      close (the trigger is as good as met: act at the next open, at the close's price or better).
    - `breakout_entry_atr`: a breakout's entry this many ATR beyond the broken level's far edge.
    - `pullback_base`: the level a pullback buys: the nearest support (any kind), the nearest
      swing level, or the 20-day average.
    - `target_past_close_atr`: when set, a target must lie at least this many ATR beyond the
      close (a long's above it), not only beyond the entry.
    - Shorts apart (setups5): `sides`, the sides offered at all; `short_gate`, a further condition
      for a short (sma_50_and_200: the close below a falling 50-day and a falling 200-day average;
      vix: the VIX above VIX_ELEVATED; drawdown: the close more than 10% under its 52-week
      closing high; vix_or_drawdown: either); `short_min_reward_risk`, a reward/risk floor for
      every short style; `dropped_short`, styles not offered short; `short_support_stop_atr` and
      `short_breakout_stop_atr`, a short's own stop distances (None: the long's); `dropped_long`,
      styles not offered long (edday, stop 45: the long breakout measured at -0.04 to -0.09R).
    - `record_break` (article6): a long breakout whose level is a bare round number at or above
      the record close breaks the record close instead (`record_breakout`).
    - `style_target_past_close_atr` (editorial10a): per style, `target_past_close_atr` for that
      style's setups only (a fade's target at least this many ATR past the close).
    - editorial13b: `record_first`, a long fade or pullback paying only on a round trip to about
      today's close, within an ATR under the record close, gives way to the record breakout
      (`record_instead`);
      `record_at_close`, a record close with no level above to break breaks the record close
      itself (`record_breakout`); `pullback_across_50`, a side
      the long-term trend follows (the golden-cross state and the close above the 200-day for a
      long) with the close on the wrong side of the 50-day tries a pullback after the breakout.
    - editorial14a: `pullback_in_range`, a long pullback tried across the 50-day never buys under
      the bottom of the trading range the close sits in (an entry under the range bottom whose zone
      holds the close buys the breakdown, not a dip: `buys_breakdown`).
    - edsetup (stop clear of zones): `stop_zone_buffer_atr`, a stop that lands inside another key
      level's figures moves beyond that level's far edge by this many ATR (`stop_clear_of_levels`);
      None keeps it where the style's rule put it."""

    order: StyleOrder = "situation"
    min_reward_risk: dict[SetupStyle, float] = field(default_factory=dict)
    dropped: frozenset[SetupStyle] = frozenset()
    trend_filter: TrendFilter = "none"
    trend_sides: tuple[Direction, ...] = DIRECTIONS
    support_stop_atr: float = FADE_STOP_ATR
    breakout_stop_atr: float = BREAKOUT_STOP_ATR
    breakout_buffer_atr: float = BREAKOUT_ZONE_BUFFER_ATR
    close_entry_atr: dict[SetupStyle, float] = field(default_factory=dict)
    breakout_entry_atr: float = 0.0
    pullback_base: PullbackBase = "nearest"
    target_past_close_atr: float | None = None
    sides: tuple[Direction, ...] = DIRECTIONS
    short_gate: ShortGate = "none"
    short_min_reward_risk: float | None = None
    dropped_short: frozenset[SetupStyle] = frozenset()
    dropped_long: frozenset[SetupStyle] = frozenset()
    short_support_stop_atr: float | None = None
    short_breakout_stop_atr: float | None = None
    record_break: bool = False
    style_target_past_close_atr: dict[SetupStyle, float] = field(default_factory=dict)
    record_first: bool = False
    record_at_close: bool = False
    pullback_across_50: bool = False
    pullback_in_range: bool = False
    stop_zone_buffer_atr: float | None = None
    stop_zone_styles: frozenset[SetupStyle] = frozenset({"pullback", "fade", "breakout"})

    def target_past_close(self, style: SetupStyle) -> float | None:
        """How far past the close (in ATR) a `style` setup's target must lie, None: anywhere."""
        return self.style_target_past_close_atr.get(style, self.target_past_close_atr)

    def reward_risk_floor(self, style: SetupStyle, direction: Direction = "long") -> float:
        floor = max(MIN_REWARD_RISK, self.min_reward_risk.get(style, MIN_REWARD_RISK))
        if direction == "short" and self.short_min_reward_risk is not None:
            return max(floor, self.short_min_reward_risk)
        return floor

    def support_stop(self, direction: Direction) -> float:
        """The fade/pullback stop past the level, in ATR, for `direction`."""
        if direction == "short" and self.short_support_stop_atr is not None:
            return self.short_support_stop_atr
        return self.support_stop_atr

    def breakout_stop(self, direction: Direction) -> float:
        """A breakout's least stop distance from the entry, in ATR, for `direction`."""
        if direction == "short" and self.short_breakout_stop_atr is not None:
            return self.short_breakout_stop_atr
        return self.breakout_stop_atr

    def dropped_for(self, direction: Direction) -> frozenset[SetupStyle]:
        return self.dropped | (self.dropped_short if direction == "short" else self.dropped_long)


RULES = SetupRules(trend_filter="sma_200", min_reward_risk={"fade": FADE_MIN_REWARD_RISK},
                   support_stop_atr=SUPPORT_STOP_ATR, target_past_close_atr=TARGET_PAST_CLOSE_ATR,
                   record_break=True, record_first=True, record_at_close=True, pullback_across_50=True,
                   pullback_in_range=True, stop_zone_buffer_atr=STOP_ZONE_BUFFER_ATR)
"""The desk's rules: a side only with the 200-day trend, fades at reward/risk >= 2 (setups3); a
fade or pullback stop 0.75 x ATR past its level, a target beyond the close (setups4); a long
breakout above the record at the record close plus a buffer, not a bare round number (article6);
the record breakout instead of a round trip to the close near a record, a record close broken with
nothing above, a pullback across the 50-day in the golden-cross state (editorial13b).
Setups5's short rules are SetupRules options the desk does not use (docs/scorecard.md, "Shorts")."""


@dataclass(frozen=True)
class Market:
    """What placing a setup needs from the snapshot."""

    close: float
    atr: float
    levels: tuple[KeyLevel, ...]
    trading_range: TradingRange | None = None
    sma_50: float | None = None
    sma_200: float | None = None
    record_high: float | None = None
    sma_50_slope_pct: float | None = None
    sma_200_slope_pct: float | None = None
    sma_20: float | None = None
    vix: float | None = None
    pct_from_52w_high: float | None = None

    @classmethod
    def of(cls, snapshot: Snapshot) -> Market | None:
        """The market a snapshot's setups were placed on; None without an ATR."""
        atr = snapshot.volatility.atr_14
        if atr is None or atr <= 0:
            return None
        trend = snapshot.trend
        return cls(snapshot.close, atr, tuple(snapshot.levels), snapshot.range, trend.sma_50,
                   trend.sma_200, snapshot.extremes.all_time_high, trend.sma_50_slope_pct,
                   trend.sma_200_slope_pct, trend.sma_20)

    def side(self, direction: Direction) -> list[KeyLevel]:
        """Resistances (long) or supports (short) beyond the close, nearest first."""
        above = direction == "long"
        found = [lv for lv in self.levels if lv.kind != LevelKind.CURRENT
                 and (lv.price > self.close if above else lv.price < self.close)]
        return sorted(found, key=lambda lv: abs(lv.price - self.close))


@dataclass(frozen=True)
class Target:
    price: float
    basis: TargetBasis
    label: str


@dataclass(frozen=True)
class Miss:
    """One style a side tried and the rule it failed on; `level` is the trigger level's price,
    `target` and `reward_risk` are set when the setup was placed but its geometry failed."""

    direction: Direction
    style: SetupStyle
    reason: MissReason
    level: float | None = None
    target: float | None = None
    reward_risk: float | None = None


Placed = TradeSetup | Miss


def sign_of(direction: Direction) -> float:
    return 1.0 if direction == "long" else -1.0


def near_edge(level: KeyLevel, direction: Direction) -> float:
    """The edge a move in `direction` reaches first: the bottom of a zone above, the top below."""
    low = level.zone_low if level.zone_low is not None else level.price
    high = level.zone_high if level.zone_high is not None else level.price
    return low if direction == "long" else high


def far_edge(level: KeyLevel, direction: Direction) -> float:
    """The edge a move in `direction` clears last."""
    return near_edge(level, "short" if direction == "long" else "long")


def is_range_holding(market: Market) -> bool:
    """A tight range whose edges are both support/resistance levels, not at the close."""
    r = market.trading_range
    if r is None or not r.is_tight:
        return False
    edges = [lv for lv in market.levels if lv.source == "range" and lv.kind != LevelKind.CURRENT]
    return len(edges) == 2


def trend_of(market: Market) -> int:
    """+1 in an uptrend, -1 in a downtrend, 0 otherwise (see the module docstring)."""
    if market.sma_50 is None or market.close == market.sma_50:
        return 0
    up = market.close > market.sma_50
    if market.sma_200 is not None and (market.sma_50 > market.sma_200) != up:
        return 0
    return 1 if up else -1


def styles_for(direction: Direction, market: Market, rules: SetupRules = RULES) -> tuple[SetupStyle, ...]:
    """The styles to try for one side, most fitting first (`rules.order`), without the dropped ones."""
    trend = trend_of(market) * sign_of(direction)
    styles: tuple[SetupStyle, ...]
    if rules.order == "pullback_unless_against" and trend >= 0:
        styles = ("pullback", "fade", "breakout") if is_range_holding(market) else ("pullback", "breakout")
    elif is_range_holding(market):
        styles = ("pullback", "fade", "breakout") if rules.order == "pullback_in_trend" and trend > 0 \
            else ("fade", "breakout")
    elif trend > 0:
        styles = ("pullback", "breakout")
    elif rules.pullback_across_50 and long_trend_of(market) * sign_of(direction) > 0:
        styles = ("breakout", "pullback")
    else:
        styles = ("breakout",)
    dropped = rules.dropped_for(direction)
    return tuple(style for style in styles if style not in dropped)


def long_trend_of(market: Market) -> int:
    """+1 with the 50-day above the 200-day and the close above the 200-day (the golden-cross
    state), -1 in the mirror, 0 otherwise or without both averages: the trend a close on the other
    side of the 50-day has not undone (real DIA 2026-04-08, a 2.85% breakout that closed just under
    its 50-day, and SPY 2026-07-30)."""
    fast, slow = market.sma_50, market.sma_200
    if fast is None or slow is None or fast == slow:
        return 0
    up = fast > slow
    if up != (market.close > slow):
        return 0
    return 1 if up else -1


RECORD_NEAR_ATR = 1.0
"""How close under the record close (in ATR, a day's range) a long tries the record breakout first."""


def breaks_record(market: Market) -> bool:
    """A long breakout here would be a new record close, with the close within RECORD_NEAR_ATR of
    the record (a day's range away; further off, the range's own fade or the trend's pullback
    still comes first): the nearest resistance a close can break
    holds the record close, or is a bare round number above it (`record_break_level`), or the
    close is the record with nothing above to break. A trader near a record trades the break, not a
    dip back to today's close (demo QQQ 2026-11-20: 0.53% under its record with a range top at it)."""
    if market.record_high is None or market.record_high - market.close > RECORD_NEAR_ATR * market.atr:
        return False
    breakable = [lv for lv in market.side("long") if can_break(lv, market)]
    if not breakable:
        return market.close >= market.record_high - 0.005
    return holds_record(breakable[0], market) or record_break_level(breakable[0], "long", market) is not None


def trend_average(market: Market, rules: SetupRules = RULES) -> tuple[float | None, float | None]:
    """The average `rules.trend_filter` reads and its slope (% over 20 sessions)."""
    if rules.trend_filter == "sma_50":
        return market.sma_50, market.sma_50_slope_pct
    return market.sma_200, market.sma_200_slope_pct


def trend_block(direction: Direction, market: Market, rules: SetupRules = RULES) -> MissReason | None:
    """Why `rules.trend_filter` keeps `direction` out, None when it lets it in: trend_side (the
    close is not above the average for a long, not below it for a short) or trend_slope (the
    average is not rising for a long, not falling for a short). A history too short for the
    average or its slope is not filtered."""
    if direction not in rules.sides:
        return "side_off"
    if direction == "short" and rules.short_gate != "none":
        gated = short_gate_block(market, rules.short_gate)
        if gated is not None:
            return gated
    if rules.trend_filter == "none" or direction not in rules.trend_sides:
        return None
    average, slope = trend_average(market, rules)
    if average is None or slope is None:
        return None
    sign = sign_of(direction)
    if sign * (market.close - average) <= 0:
        return "trend_side"
    return "trend_slope" if sign * slope <= 0 else None


def short_gate_block(market: Market, gate: ShortGate) -> MissReason | None:
    """Why `gate` keeps a short out (short_trend, short_calm), None when it lets it in; a reading
    the market lacks (a short history, no VIX) keeps it out too."""
    if gate == "sma_50_and_200":
        pairs = ((market.sma_50, market.sma_50_slope_pct), (market.sma_200, market.sma_200_slope_pct))
        falling = all(average is not None and slope is not None and market.close < average and slope < 0
                      for average, slope in pairs)
        return None if falling else "short_trend"
    elevated = market.vix is not None and market.vix > VIX_ELEVATED
    drawdown = market.pct_from_52w_high is not None and market.pct_from_52w_high < DRAWDOWN_PCT
    fired = {"vix": elevated, "drawdown": drawdown, "vix_or_drawdown": elevated or drawdown}
    return None if fired.get(gate, True) else "short_calm"


def breakout_setup(direction: Direction, market: Market, skip: int = 0,
                   rules: SetupRules = RULES) -> Placed:
    """A close through the nearest level on the side of `direction` that a break can be made of
    (`skip` levels further out: the breakout a close beyond the nearer ones would set up)."""
    side = market.side(direction)
    breakable = [i for i, lv in enumerate(side) if can_break(lv, market)]
    if not breakable and skip == 0 and rules.record_at_close:
        at_record = record_close_level(direction, market)
        if at_record is not None:
            return record_breakout(at_record, direction, market, side, rules)
    if len(breakable) <= skip:
        return Miss(direction, "breakout", "no_level")
    at = breakable[skip]
    broken, sign = side[at], sign_of(direction)
    record_level = record_break_level(broken, direction, market) if rules.record_break else None
    if record_level is not None:
        return record_breakout(record_level, direction, market, side[at + 1:], rules)
    entry = far_edge(broken, direction) + sign * rules.breakout_entry_atr * market.atr
    entry = close_entry(entry, "breakout", market, rules)
    by_atr = rules.breakout_stop(direction) * market.atr
    by_level = sign * (entry - near_edge(broken, direction)) + rules.breakout_buffer_atr * market.atr
    stop = entry - sign * max(by_atr, by_level)
    basis = atr_words(rules.breakout_stop(direction), direction) if by_atr >= by_level else \
        beyond_words(broken, direction, market)
    stop, basis = stop_beyond_structure(stop, basis, direction, market, rules, "breakout")
    targets = [Target(near_edge(lv, direction), "next_level", lv.label) for lv in side[at + 1:]
               if is_target(lv, entry, direction, market, rules)]
    if broken.source == "range" and market.trading_range is not None:
        height = market.trading_range.upper - market.trading_range.lower
        targets.append(Target(broken.price + sign * height, "measured_move",
                              "measured move of the range"))
    if not targets and direction == "long" and market.record_high is not None \
            and entry >= market.record_high - 0.005:  # a record close: no chart level above it
        targets.append(Target(entry + OPEN_TARGET_ATR * market.atr, "atr_multiple",
                              f"{OPEN_TARGET_ATR:g} ATRs past the entry"))
    if not targets:
        return Miss(direction, "breakout", "no_target", broken.price)
    target = paying_target(targets, entry, stop, direction, rules)
    label = level_words(broken, market.close)
    reclaim = label.startswith("old ")  # a level the close broke through before, taken back
    word = ("back " if reclaim else "") + ("above" if direction == "long" else "below")
    record = record_words(broken, market) if direction == "long" else ""
    return finish(direction, "breakout", f"a close {word} the {label}{record}",
                  entry, stop, target, market, broken.price, rules, stop_basis=basis, reclaim=reclaim)


def record_break_level(broken: KeyLevel, direction: Direction, market: Market) -> KeyLevel | None:
    """The record close as a long's breakout level, when the level the breakout would break is a
    bare round number at or above it: nothing has tested that number, while a close past the
    record is a new record, the level a trader watches above the highest close on the chart. None
    otherwise (a tested level overhead, a round number below the record, a short)."""
    record = market.record_high
    if direction != "long" or record is None or not is_bare_round(broken) or broken.price < record:
        return None
    return KeyLevel(kind=LevelKind.RESISTANCE, price=record, label="record close", source="record",
                    distance_pct=(record / market.close - 1) * 100)


def record_close_level(direction: Direction, market: Market) -> KeyLevel | None:
    """The record close as a long's breakout level when the close is the record and nothing above
    can be broken (only a bare round number within half an ATR, or no level at all: real QQQ
    2026-05-14); None otherwise."""
    record = market.record_high
    if direction != "long" or record is None or market.close < record - 0.005:
        return None
    return KeyLevel(kind=LevelKind.RESISTANCE, price=record, label="record close", source="record",
                    distance_pct=(record / market.close - 1) * 100)


def record_breakout(record: KeyLevel, direction: Direction, market: Market,
                    beyond: Sequence[KeyLevel], rules: SetupRules = RULES) -> Placed:
    """A long on a new record close: the entry RECORD_BREAK_BUFFER_ATR past the record close (a
    close that clears it by a fraction of a day's range, not by a cent), the stop the breakout's
    (rules.breakout_stop ATRs under the entry, at least the buffer under the record), the target
    the first tested level beyond, else OPEN_TARGET_ATR past the entry (no chart level above)."""
    entry = record.price + RECORD_BREAK_BUFFER_ATR * market.atr
    by_atr = rules.breakout_stop(direction) * market.atr
    by_level = entry - record.price + rules.breakout_buffer_atr * market.atr
    stop = entry - max(by_atr, by_level)
    basis = atr_words(rules.breakout_stop(direction), direction) if by_atr >= by_level else \
        beyond_words(record, direction, market)
    stop, basis = stop_beyond_structure(stop, basis, direction, market, rules, "breakout")
    targets = [Target(near_edge(lv, direction), "next_level", lv.label) for lv in beyond
               if is_target(lv, entry, direction, market, rules)]
    target = targets[0] if targets else Target(entry + OPEN_TARGET_ATR * market.atr, "atr_multiple",
                                               f"{OPEN_TARGET_ATR:g} ATRs past the entry")
    return finish(direction, "breakout", RECORD_TRIGGER, entry, stop, target, market, record.price, rules,
                  stop_basis=basis)


RECORD_BREAK_BUFFER_ATR = 1.0
RECORD_TRIGGER = "a close an ATR above the record close"
"""The record breakout's trigger: the entry is the record close plus RECORD_BREAK_BUFFER_ATR (1)
ATRs, and the trigger says so in words (a figure in a trigger would be one the prose has to
trace). Chosen in-sample (scripts/setup_variants.py, desk against setups4, expectancy indices /
ETFs): the bare round number +0.080R / +0.153R; the record close plus 0 ATR +0.068R / +0.143R,
0.25 +0.067R / +0.136R, 0.5 +0.070R / +0.141R, 1 +0.074R / +0.155R. With the breakout's stop
rule the stop sits BREAKOUT_ZONE_BUFFER_ATR under the record close: a close back under the
record undoes the trade."""


def record_words(level: KeyLevel, market: Market) -> str:
    """What a long's trigger adds about the record close: ', the record close' for a level at it,
    ', which holds the record close' for a zone around it (the entry is the zone's top, above the
    record close: the trigger does not read as a close above the record itself); '' otherwise."""
    if not holds_record(level, market):
        return ""
    zone = level.zone_low is not None and level.zone_high is not None \
        and level.zone_high - level.zone_low > 0.005
    return ", which holds the record close" if zone else ", the record close"


def holds_record(level: KeyLevel, market: Market) -> bool:
    """The record close lies in the level's zone (or is its price): its break is a new record."""
    if market.record_high is None:
        return False
    low = min(level.price, level.zone_low if level.zone_low is not None else level.price)
    high = max(level.price, level.zone_high if level.zone_high is not None else level.price)
    return low - 0.005 <= market.record_high <= high + 0.005


def stop_clear_of_levels(stop: float, direction: Direction, market: Market,
                         rules: SetupRules = RULES, style: SetupStyle = "breakout") -> float:
    """`stop`, or, when it lies inside a key level's figures (its zone, or its price to the cent),
    the level's far edge from the entry plus `rules.stop_zone_buffer_atr` ATRs beyond it, again
    until it sits clear of every level: a stop inside a zone sits where that level's buyers (a
    long's) defend, so a normal test of the level runs it (real DIA 2026-04-09: a long in at $470.38
    stopped at $464.87 inside the $464.86-$467.00 swing zone). The wider risk then meets the
    geometry floors in `finish`: a setup the move no longer pays for is not offered."""
    buffer = rules.stop_zone_buffer_atr
    if buffer is None or style not in rules.stop_zone_styles:
        return stop
    sign = sign_of(direction)
    for _ in market.levels:
        holding = [lv for lv in market.levels if lv.kind != LevelKind.CURRENT and figures_hold(lv, stop)]
        if not holding:
            break
        stop = min(figures_low(lv) for lv in holding) - buffer * market.atr if sign > 0 else \
            max(figures_high(lv) for lv in holding) + buffer * market.atr
    return stop


STOP_CLOSE_ATR = 0.1
"""A stop this close (in ATR) to the last close sits at the close, not beyond a structure (demo SPY
2026-11-20: a breakout long in at $695.08 stopped at $688.02, an ATR under the entry and two cents
over the $688.00 close). It moves past the close by the breakout's buffer under a broken level
(BREAKOUT_ZONE_BUFFER_ATR; `stop_beyond_structure`: demo SPY's stop $686.24, reward/risk 2.3 -> 1.8);
the wider risk then meets the geometry floors in `finish`. Edpolish (stop 44): 1 of 37 real-data and
demo setups (the demo SPY); not measured in-sample (scripts/setup_variants.py)."""


def stop_beyond_structure(stop: float, basis: str, direction: Direction, market: Market,
                          rules: SetupRules = RULES, style: SetupStyle = "breakout") -> tuple[float, str]:
    """`stop` clear of the key levels' figures (`stop_clear_of_levels`) and of the last close (within
    STOP_CLOSE_ATR of it, it moves past it by STOP_ZONE_BUFFER_ATR), with `basis`, the words for what
    the stop sits beyond ('an ATR under the entry', 'under the range top'), renamed when it moves."""
    sign = sign_of(direction)
    for _ in range(len(market.levels) + 1):
        cleared = stop_clear_of_levels(stop, direction, market, rules, style)
        if cleared != stop:
            stop, basis = cleared, next((beyond_words(lv, direction, market) for lv in market.levels
                                         if lv.kind != LevelKind.CURRENT
                                         and abs(_past_figures(lv, direction, market, rules) - cleared)
                                         < 0.005), basis)
        if rules.stop_zone_buffer_atr is None or abs(stop - market.close) >= STOP_CLOSE_ATR * market.atr:
            return stop, basis
        stop = market.close - sign * rules.breakout_buffer_atr * market.atr
        basis = f"{'under' if direction == 'long' else 'over'} the last close"
    return stop, basis


def _past_figures(level: KeyLevel, direction: Direction, market: Market, rules: SetupRules) -> float:
    """Where `stop_clear_of_levels` puts a stop it moves past `level`."""
    buffer = (rules.stop_zone_buffer_atr or 0.0) * market.atr
    return figures_low(level) - buffer if direction == "long" else figures_high(level) + buffer


def atr_words(multiple: float, direction: Direction) -> str:
    """'an ATR under the entry' (a long), '1.5 ATRs over the entry' (a short)."""
    size = "an ATR" if multiple == 1 else f"{multiple:g} ATRs"
    return f"{size} {'under' if direction == 'long' else 'over'} the entry"


def beyond_words(level: KeyLevel, direction: Direction, market: Market) -> str:
    """'under the range top' (a long's stop), 'over the swing high' (a short's)."""
    return f"{'under' if direction == 'long' else 'over'} the {level_words(level, market.close)}"


def figures_low(level: KeyLevel) -> float:
    """The lowest figure a level prints: its zone's low edge, or its price."""
    return min(level.price, level.zone_low if level.zone_low is not None else level.price)


def figures_high(level: KeyLevel) -> float:
    return max(level.price, level.zone_high if level.zone_high is not None else level.price)


def figures_hold(level: KeyLevel, price: float) -> bool:
    """`price` lies inside the level's figures, or on an edge to the cent."""
    return figures_low(level) - 0.005 <= price <= figures_high(level) + 0.005


def paying_target(targets: Sequence[Target], entry: float, stop: float, direction: Direction,
                  rules: SetupRules = RULES, style: SetupStyle = "breakout") -> Target:
    """The nearest target, except an options wall that would not pay for the risk: a wall is a soft
    ceiling (or floor) a move can run through, so the setup aims past it at the next target rather
    than giving up the trade (demo QQQ 2026-11-20: the $640 call wall 1.2 risks from the entry,
    the measured move at $649.31 beyond it)."""
    ranked = sorted(targets, key=lambda t: abs(t.price - entry))
    risk = abs(entry - stop)
    for target in ranked[:-1]:
        if target.label not in WALL_LABELS or \
                risk and abs(target.price - entry) / risk >= rules.reward_risk_floor(style, direction):
            return target
    return ranked[-1]


WALL_LABELS = ("call wall", "put wall")


def can_break(level: KeyLevel, market: Market) -> bool:
    """A level a close through is a breakout of: not a max-pain strike, not a bare round number
    within half an ATR of the close (`is_noise`)."""
    return level.kind != LevelKind.MAX_PAIN and not is_wall(level) and not is_noise(level, market)


def is_target(level: KeyLevel, entry: float, direction: Direction, market: Market,
              rules: SetupRules = RULES, style: SetupStyle = "breakout") -> bool:
    """A level a setup entered at `entry` may aim at: beyond the entry by at least TARGET_MIN_ATR,
    (with `rules.target_past_close_atr`, beyond the close by that much too) and not a bare round
    number nothing has tested."""
    edge, sign = near_edge(level, direction), sign_of(direction)
    if sign * (edge - entry) < TARGET_MIN_ATR * market.atr:
        return False
    past = rules.target_past_close(style)
    if past is not None and sign * (edge - market.close) < past * market.atr:
        return False
    return not is_bare_round(level)


def close_entry(entry: float, style: SetupStyle, market: Market, rules: SetupRules) -> float:
    """`entry`, or the close when it lies within `rules.close_entry_atr[style]` ATR of it."""
    reach = rules.close_entry_atr.get(style)
    if reach is not None and abs(entry - market.close) <= reach * market.atr:
        return market.close
    return entry


def is_bare_round(level: KeyLevel) -> bool:
    """A round number with no swing in its zone: nothing has tested it."""
    return level.source == "round" and level.touches == 0


def is_wall(level: KeyLevel) -> bool:
    """An options wall (the strike with the most call or put open interest): where positioning sits,
    not where price turned, so a target and never a trigger or a pullback's base."""
    return level.source == "options" and level.kind != LevelKind.MAX_PAIN


def is_noise(level: KeyLevel, market: Market) -> bool:
    """A bare round number (no swing in its zone) closer than ROUND_BREAK_ATR to the close: a close
    beyond it is a move of a fraction of a day's range through a level nothing has tested, not a
    breakout of anything."""
    return is_bare_round(level) and abs(level.price - market.close) < ROUND_BREAK_ATR * market.atr


def support_setup(direction: Direction, style: SetupStyle, market: Market, *,
                  reach: bool = True, rules: SetupRules = RULES) -> Placed:
    """A fade at the range edge, or a pullback to the nearest level, against `direction`'s side
    (`reach=False`: wherever that level is, the pullback a move back to it would set up)."""
    against: Direction = "short" if direction == "long" else "long"
    levels = [lv for lv in market.side(against) if lv.kind != LevelKind.MAX_PAIN and not is_bare_round(lv)
              and not is_wall(lv)]
    if style == "fade":
        levels = [lv for lv in levels if lv.source == "range"]
    elif rules.pullback_base == "swing":
        levels = [lv for lv in levels if lv.source == "swing"]
    elif rules.pullback_base == "sma_20":
        levels = average_base(against, market)
    if not levels:
        return Miss(direction, style, "no_level")
    base = levels[0]
    entry = near_edge(base, against)
    if style == "pullback" and buys_breakdown(entry, direction, market, rules):
        return Miss(direction, style, "past_range", base.price)
    if reach and style == "pullback" and abs(market.close - entry) > PULLBACK_REACH_ATR * market.atr:
        return Miss(direction, style, "out_of_reach", base.price)
    stop = far_edge(base, against) - sign_of(direction) * rules.support_stop(direction) * market.atr
    stop, basis = stop_beyond_structure(stop, beyond_words(base, direction, market), direction, market,
                                        rules, style)
    entry = close_entry(entry, style, market, rules)
    beyond = [lv for lv in market.levels
              if lv is not base and is_target(lv, entry, direction, market, rules, style)]
    if not beyond:
        return Miss(direction, style, "no_target", base.price)
    target = paying_target([Target(near_edge(lv, direction), "next_level", lv.label) for lv in beyond],
                           entry, stop, direction, rules, style)
    return finish(direction, style, trigger_words(direction, style, level_words(base, market.close)),
                  entry, stop, target, market, base.price, rules, stop_basis=basis)


def buys_breakdown(entry: float, direction: Direction, market: Market, rules: SetupRules = RULES) -> bool:
    """`rules.pullback_in_range`: a long pullback tried across the 50-day (`pullback_across_50`: the
    close under the 50-day in the golden-cross state) whose entry lies past the range bottom
    holding the close (`past_range_edge`). Measured in-sample (scripts/setup_variants.py,
    desk-pullback_in_range against the desk; indices / ETFs): this rule +0.055R / +0.123R against
    +0.054R / +0.122R without it (total +156R / +425R against +154R / +424R, coverage 45.1% /
    47.4% -> 44.9% / 47.1%). Tried and not kept: every pullback past the edge, either side
    (+0.044R / +0.116R, total +123R / +389R), every long one (+0.048R / +0.118R, total +137R /
    +401R), and both sides across the 50-day (+0.053R / +0.124R, total +150R / +425R): in a trend
    the side follows, a dip through the floor paid (real SPY 2026-06-08 keeps its pullback long
    under the range bottom; the take then stands on the setup's stop)."""
    return rules.pullback_in_range and direction == "long" and trend_of(market) <= 0 \
        and past_range_edge(entry, direction, market)


def past_range_edge(entry: float, direction: Direction, market: Market) -> bool:
    """A `direction` pullback entered at `entry` lies past the edge of the trading range on its side
    of the close (a long's under the range bottom): the edge that holds the close (a zone the close
    sits in, not a trigger) or lies between it and the entry. The take calls that edge the sellers'
    line; a long bought under it buys the breakdown (synthetic T08: a pullback long at the swing low
    $98.89 under a range bottom zone $99.58-$100.17 holding the close $100.00)."""
    against: Direction = "short" if direction == "long" else "long"
    sign = sign_of(direction)
    return any(lv.source == "range" and sign * (far_edge(lv, against) - entry) > 0
               and sign * (far_edge(lv, against) - market.close) <= 0
               for lv in market.levels)


def average_base(against: Direction, market: Market) -> list[KeyLevel]:
    """The 20-day average as a pullback's base, when it lies on the side a pullback moves to."""
    average = market.sma_20
    if average is None or sign_of(against) * (average - market.close) <= 0:
        return []
    kind = LevelKind.SUPPORT if against == "short" else LevelKind.RESISTANCE
    return [KeyLevel(kind=kind, price=average, label="20-day MA", source="sma_20",
                     distance_pct=(average / market.close - 1) * 100)]


_LABEL_WORDS = {"20-day MA": "20-day average", "50-day MA": "50-day average", "200-day MA": "200-day average",
                "round number": "round-number mark", "max pain": "max-pain strike"}


def level_words(level: KeyLevel, close: float) -> str:
    """A level's label as a trigger names it: 'old swing high' for a swing high below the close
    (old resistance turned support), 'round-number mark', '50-day average'."""
    if level.label == "swing high" and level.price < close or \
            level.label == "swing low" and level.price > close:
        return f"old {level.label}"
    return _LABEL_WORDS.get(level.label, level.label)


def trigger_words(direction: Direction, style: SetupStyle, label: str) -> str:
    if style == "fade":
        return f"a dip to the {label} that holds" if direction == "long" else \
            f"a rally to the {label} that stalls"
    return f"a pullback to the {label} that holds" if direction == "long" else \
        f"a bounce into the {label} that fails"


def finish(direction: Direction, style: SetupStyle, trigger: str, entry: float, stop: float,
           target: Target, market: Market, level: float, rules: SetupRules = RULES, *,
           stop_basis: str = "", reclaim: bool = False) -> Placed:
    """The setup, or the rule its geometry fails (order, reward/risk, stop distance, target reach)."""
    sign, risk = sign_of(direction), abs(entry - stop)
    reward_risk = abs(target.price - entry) / risk if risk else 0.0
    reason: MissReason | None = None
    if not sign * stop < sign * entry < sign * target.price:
        reason = "order"
    elif risk > MAX_STOP_ATR * market.atr:
        reason = "stop_wide"
    elif abs(target.price - entry) > MAX_TARGET_ATR * market.atr:
        reason = "target_far"
    elif reward_risk < rules.reward_risk_floor(style, direction):
        reason = "reward_risk"
    if reason is not None:
        return Miss(direction, style, reason, level, target.price, round(reward_risk, 2))
    record = market.record_high
    return TradeSetup(direction=direction, style=style, trigger=trigger, entry=entry, stop=stop,
                      target=target.price, reward_risk=round(reward_risk, 1),
                      target_basis=target.basis, target_label=target.label,
                      risk_atr=risk / market.atr, stop_basis=stop_basis, reclaim=reclaim,
                      beyond_record=direction == "long" and record is not None
                      and target.price > record)


def place(direction: Direction, style: SetupStyle, market: Market, rules: SetupRules = RULES) -> Placed:
    return breakout_setup(direction, market, rules=rules) if style == "breakout" else \
        support_setup(direction, style, market, rules=rules)


def plan_setup(direction: Direction, market: Market, rules: SetupRules = RULES) -> TradeSetup | None:
    """The first style for `direction` that places a setup with sound geometry."""
    if trend_block(direction, market, rules) is not None:
        return None
    for style in styles_for(direction, market, rules):
        setup = place(direction, style, market, rules)
        if isinstance(setup, TradeSetup):
            return record_instead(setup, market, rules)
    return None


def record_instead(setup: TradeSetup, market: Market, rules: SetupRules = RULES) -> TradeSetup:
    """`setup`, or the record breakout in its place (`rules.record_first`): a long fade or pullback
    that pays only on a round trip back to about today's close (its target within
    ROUND_TRIP_ATR past it) while the close sits within RECORD_NEAR_ATR under the record close and
    the breakout there would be a new record (`breaks_record`). No desk buys a dip back to today's
    close a fraction of a day's range under its record; it trades the break (demo QQQ 2026-11-20)."""
    if not rules.record_first or setup.direction != "long" or setup.style == "breakout" \
            or setup.target - market.close > ROUND_TRIP_ATR * market.atr or not breaks_record(market):
        return setup
    breakout = breakout_setup("long", market, rules=rules)
    return breakout if isinstance(breakout, TradeSetup) else setup


ROUND_TRIP_ATR = 0.5
"""A long's target within this many ATR above the close pays only on a round trip back to it."""


def setup_misses(direction: Direction, market: Market, rules: SetupRules = RULES) -> list[Miss]:
    """Each style `direction` tried, with the rule it failed on ([] when a setup was placed); a side
    the trend filter keeps out has one miss, its reason (`trend_block`), at the average's price."""
    blocked = trend_block(direction, market, rules)
    if blocked is not None:
        styles = styles_for(direction, market, rules)
        return [Miss(direction, styles[0] if styles else "breakout", blocked,
                     trend_average(market, rules)[0])]
    misses: list[Miss] = []
    for style in styles_for(direction, market, rules):
        placed = place(direction, style, market, rules)
        if isinstance(placed, TradeSetup):
            return []
        misses.append(placed)
    return misses


def pending_setup(direction: Direction, market: Market, rules: SetupRules = RULES) -> TradeSetup | None:
    """The setup a condition not met yet would create, when `direction` has none today: the
    breakout of one of the next PENDING_LEVELS levels beyond the nearest (a close beyond it), or,
    in a trend that side follows, a pullback to a support beyond a pullback's reach today. None
    for a side the trend filter keeps out (a close beyond a level would not let it in)."""
    if trend_block(direction, market, rules) is not None or plan_setup(direction, market, rules) is not None:
        return None
    if trend_of(market) == sign_of(direction) and "pullback" not in rules.dropped_for(direction):
        placed = support_setup(direction, "pullback", market, reach=False, rules=rules)
        if isinstance(placed, TradeSetup):
            return placed
    for skip in range(1, PENDING_LEVELS + 1):
        placed = breakout_setup(direction, market, skip, rules)
        if isinstance(placed, TradeSetup):
            return placed
    return None


def filtered_setup(direction: Direction, market: Market, rules: SetupRules = RULES) -> TradeSetup | None:
    """The setup, placed today or pending, that `direction` would have if the trend filter let it
    in: the trade a side the filter keeps out (`trend_block`) waits for once the average allows it
    (demo DIA 2026-11-20: a breakout long on a close above the range top, kept out while the 200-day
    falls). None when the filter lets the side in, or when no setup would place without it."""
    if trend_block(direction, market, rules) is None:
        return None
    free = replace(rules, trend_filter="none")
    return plan_setup(direction, market, free) or pending_setup(direction, market, free)


def setups_for_bias(setups: Sequence[TradeSetup], bias: Bias) -> list[TradeSetup]:
    """The setups that agree with a short-term call: longs when it is bullish, shorts when it is
    bearish, both sides when it is neutral (the ones an article shows and the scorecard grades)."""
    wanted = {Bias.BULLISH: ("long",), Bias.BEARISH: ("short",)}.get(bias, DIRECTIONS)
    return [setup for setup in setups if setup.direction in wanted]


def compute_trade_setups(close: float, levels: Sequence[KeyLevel],
                         trading_range: TradingRange | None, atr_value: float | None, *,
                         sma_50: float | None = None, sma_200: float | None = None,
                         record_high: float | None = None, sma_50_slope_pct: float | None = None,
                         sma_200_slope_pct: float | None = None) -> list[TradeSetup]:
    """The long and the short setup, each left out when it cannot be placed soundly."""
    if atr_value is None or atr_value <= 0:
        return []
    market = Market(close, atr_value, tuple(levels), trading_range, sma_50, sma_200, record_high,
                    sma_50_slope_pct, sma_200_slope_pct)
    planned = (plan_setup(direction, market) for direction in DIRECTIONS)
    return [setup for setup in planned if setup is not None]


def compute_pending_setups(close: float, levels: Sequence[KeyLevel],
                           trading_range: TradingRange | None, atr_value: float | None, *,
                           sma_50: float | None = None, sma_200: float | None = None,
                           record_high: float | None = None, sma_50_slope_pct: float | None = None,
                           sma_200_slope_pct: float | None = None) -> list[TradeSetup]:
    """For each side without a setup today, the one a condition not met yet would create
    (`pending_setup`); its trigger is the condition."""
    if atr_value is None or atr_value <= 0:
        return []
    market = Market(close, atr_value, tuple(levels), trading_range, sma_50, sma_200, record_high,
                    sma_50_slope_pct, sma_200_slope_pct)
    pending = (pending_setup(direction, market) for direction in DIRECTIONS)
    return [setup for setup in pending if setup is not None]
