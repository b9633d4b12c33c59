"""The instrument snapshot: every number the article may use, computed in code.

A field is None when the data does not allow it (for example a 200-day average
on 120 sessions of history); the reason is then listed in `Snapshot.missing`.
Writers never print a missing value: they leave that fact out.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import AwareDatetime, Field, SerializerFunctionWrapHandler, model_serializer

from .base import Contract
from .market import CorporateAction, InstrumentKind


class Returns(Contract):
    change_1d: float = Field(description="Close minus previous close, in price units.")
    change_1d_pct: float
    change_5d_pct: float | None = None
    change_1m_pct: float | None = Field(default=None, description="Over 21 sessions.")
    change_ytd_pct: float | None = Field(default=None, description="From the last close of the prior year.")


class CrossKind(StrEnum):
    GOLDEN = "golden"  # 50-day average above the 200-day average
    DEATH = "death"  # 50-day average below the 200-day average


class CrossState(Contract):
    state: CrossKind
    since: date | None = Field(default=None, description="Session of the last crossing, if in history.")
    sessions_since: int | None = None


class Trend(Contract):
    sma_20: float | None = None
    sma_50: float | None = None
    sma_200: float | None = None
    ema_20: float | None = None
    pct_vs_sma_50: float | None = Field(default=None, description="Close vs the 50-day, in %.")
    pct_vs_sma_200: float | None = None
    sma_50_slope_pct: float | None = Field(
        default=None, description="The 50-day average's % change over the last 20 sessions (its slope).")
    sma_200_slope_pct: float | None = Field(
        default=None, description="The 200-day average's % change over the last 20 sessions (its slope).")
    cross: CrossState | None = None


class Momentum(Contract):
    rsi_14: float | None = Field(default=None, ge=0, le=100)
    macd: float | None = None
    macd_signal: float | None = None
    macd_hist: float | None = None


class Volatility(Contract):
    atr_14: float | None = None
    atr_pct: float | None = Field(default=None, description="ATR as % of the close.")
    bb_upper: float | None = None
    bb_middle: float | None = None
    bb_lower: float | None = None
    bb_width_pct: float | None = Field(default=None, description="(upper - lower) / middle, in %.")


SESSIONS_52W = 252
"""Sessions in the 52-week window."""


class Extremes(Contract):
    """Closing extremes. The 52-week fields cover the last 252 sessions, or the whole history held
    when it is shorter: `Snapshot.extremes_window` says how many sessions they really cover, and
    only with a full year (`Snapshot.has_full_year`) may they be called 52-week or all-time."""

    high_52w: float
    high_52w_date: date
    low_52w: float
    low_52w_date: date
    pct_from_52w_high: float = Field(description="Close vs the 52-week high, in % (<= 0).")
    pct_from_52w_low: float = Field(description="Close vs the 52-week low, in % (>= 0).")
    all_time_high: float = Field(description="Highest close in the history held.")
    all_time_high_date: date
    pct_from_ath: float
    new_52w_high: bool = False
    new_all_time_high: bool = False


class VolumeStats(Contract):
    volume: float
    avg_volume_20: float | None = None
    volume_ratio: float | None = Field(default=None, description="Volume / 20-day average.")


class RelatedRole(StrEnum):
    BENCHMARK = "benchmark"
    INDEX = "index"
    PEER = "peer"
    GAUGE = "gauge"


class RelatedMove(Contract):
    """A related instrument on the same session, and how far apart the moves were."""

    symbol: str
    name: str
    kind: InstrumentKind
    role: RelatedRole
    close: float
    change_1d_pct: float
    divergence_pp: float = Field(description="This instrument's 1d % minus the related one's.")
    underlying: str | None = Field(default=None, description="A gauge's index (InstrumentConfig.underlying).")


class RelativeStrength(Contract):
    """Performance against the benchmark, session by session."""

    benchmark: str
    spread_1d_pp: float
    spread_1m_pp: float | None = None
    streak_direction: Literal["outperform", "underperform", "even"]
    streak_sessions: int = Field(ge=0, description="Sessions in a row ending on the as-of session.")
    streak_avg_margin_bp: float = Field(description="Average daily margin over the streak, bp.")


class TradingRange(Contract):
    """The tightest recent band the closes stayed inside."""

    is_tight: bool
    lower: float
    upper: float
    sessions: int = Field(ge=2)
    width_pct: float


class LevelKind(StrEnum):
    RESISTANCE = "resistance"
    SUPPORT = "support"
    MOVING_AVERAGE = "moving_average"
    MAX_PAIN = "max_pain"
    CURRENT = "current"


class KeyLevel(Contract):
    kind: LevelKind
    price: float
    zone_low: float | None = None
    zone_high: float | None = None
    label: str = Field(description="What the level is, e.g. '50-day MA', 'swing high'.")
    source: str = Field(description="How it was found: swing, round, sma_50, range, options...")
    touches: int = Field(default=0, ge=0)
    distance_pct: float = Field(description="Level vs the close, in % (negative below).")
    last_tested: date | None = Field(
        default=None, description="A swing level's last session whose range reached its figures.")
    crossed: date | None = Field(
        default=None, description="A swing level's last session whose close went through it to the "
                                  "side today's close is on; None when the closes have held one side.")

    @model_serializer(mode="wrap")
    def _tests_only_when_known(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """`last_tested` and `crossed` are left out of the stored form when unknown, so levels
        other than swings (and snapshots stored before them) read and write as before."""
        dumped: dict[str, Any] = handler(self)
        for name in ("last_tested", "crossed"):
            if getattr(self, name) is None:
                dumped.pop(name, None)
        return dumped


class OptionsPositioning(Contract):
    provider: str
    as_of: date
    expiry: date
    max_pain: float
    put_call_oi_ratio: float | None = None
    call_wall: float | None = Field(default=None, description="Strike with the most call OI.")
    put_wall: float | None = Field(default=None, description="Strike with the most put OI.")
    total_call_oi: int
    total_put_oi: int


class MacroGauge(Contract):
    """One market-wide gauge on the session (VIX, 10-year yield, dollar index).

    A gauge the provider could not supply is absent from `Snapshot.macro`, never
    zero; `Snapshot.missing` says why.
    """

    key: Literal["vix", "ten_year_yield", "dollar_index"]
    symbol: str
    name: str
    unit: Literal["points", "percent"]
    session: date
    value: float
    change_1d: float | None = Field(default=None, description="Value minus the previous session's.")


CrossMarketKey = Literal["dax", "nikkei", "hang_seng", "gold", "wti", "bitcoin", "eur_usd", "usd_jpy"]


class CrossMarketReading(Contract):
    """One market outside the US session (a foreign index, a commodity, bitcoin, an FX pair) as
    of its own last session that was final by the article's US close (pipeline/market/crossmarket.py).

    `session` is that market's own session date, which may be before the article's (Asia and
    Europe on a holiday, bitcoin's and FX's UTC day). A market without a bar on that session is
    absent, never zero; `Snapshot.missing` says why."""

    key: CrossMarketKey
    symbol: str
    name: str = Field(description="How prose names it: 'the DAX', 'gold', 'EUR/USD'.")
    calendar: str = Field(description="exchange_calendars code of its sessions (XETR, COMEX, 24/7...).")
    cut: str = Field(description="When its daily value is taken, e.g. '17:30 Europe/Berlin close'.")
    session: date
    value: float
    change_pct: float | None = Field(default=None, description="Close vs the previous bar's, in %.")


SetupStyle = Literal["breakout", "fade", "pullback"]
TargetBasis = Literal["next_level", "measured_move", "atr_multiple"]


class TradeSetup(Contract):
    """A setup placed from the key levels (pipeline/indicators/setups.py says how).

    The defaults of the fields added later (style, target_basis, target_label,
    risk_atr, beyond_record) describe the setups stored before them: breakouts
    targeting a level."""

    direction: Literal["long", "short"]
    style: SetupStyle = Field(default="breakout", description="breakout (a close through a level), "
                              "fade (at a range edge), pullback (to support in an uptrend, or a "
                              "bounce into resistance in a downtrend).")
    trigger: str = Field(description="Plain words, e.g. 'a close above the range top'.")
    entry: float
    stop: float
    target: float
    reward_risk: float
    target_basis: TargetBasis = Field(default="next_level", description="next_level: the next "
                                      "resistance (long) or support (short) beyond the entry; "
                                      "measured_move: the range's height projected from the "
                                      "broken edge; atr_multiple: 3 x ATR(14) above the entry, "
                                      "for a long breaking to a record close (no level above).")
    target_label: str = Field(default="", description="What the target is, e.g. 'swing high'.")
    risk_atr: float | None = Field(default=None, ge=0, description="|entry - stop| / ATR(14).")
    beyond_record: bool = Field(default=False, description="A long target above the highest "
                                "close in the history held.")
    stop_basis: str = Field(default="", description="What the stop sits beyond, in words: 'an ATR "
                            "under the entry', 'under the range top', 'under the last close'.")
    reclaim: bool = Field(default=False, description="A breakout back through a level the close "
                          "broke before (an old range bottom or swing low above the close, for a long).")

    def note(self) -> str:
        """The style, what the stop sits beyond and what the target is, e.g. 'Breakout; stop an ATR
        under the entry; target: measured move of the range; above the highest close to date'. No
        figures: entry, stop and target print those."""
        if self.target_basis == "measured_move":
            target = "measured move of the range"
        elif self.target_basis == "atr_multiple":
            target = "3 ATRs past the entry (no level beyond)"
        else:
            side = "resistance" if self.direction == "long" else "support"
            target = f"next {side}" + (f" ({self.target_label})" if self.target_label else "")
        style = "Reclaim" if self.reclaim else self.style.capitalize()
        stop = f"; stop {self.stop_basis}" if self.stop_basis else ""
        note = f"{style}{stop}; target: {target}"
        return note + ("; above the highest close to date" if self.beyond_record else "")


class SessionTape(Contract):
    """Today's bar against its own history: the readings that make a session newsworthy.

    Closing extremes live in `Extremes`; the intraday ones here are the highest high and lowest
    low of the same window (252 sessions, or the history held when shorter)."""

    gap_pct: float = Field(description="Open vs the previous close, in %.")
    gap_filled: bool = Field(description="The session's range reached back to the previous close.")
    move_atr: float | None = Field(default=None, description="1-day change in ATRs of the prior session.")
    return_z: float | None = Field(default=None,
                                   description="1-day return over the stdev of the 60 returns before it.")
    streak_direction: Literal["up", "down", "flat"]
    streak_sessions: int = Field(ge=0, description="Closes in a row moving the same way, today included.")
    streak_change_pct: float = Field(description="Change over the streak, in %.")
    streak_unmatched_sessions: int = Field(
        default=0, ge=0,
        description="Sessions before the streak back to the last run the same way as long or longer; "
        "every session held before it when none is.")
    move_unmatched_sessions: int = Field(
        default=0, ge=0,
        description="Sessions before the session back to the last 1-day move the same way as large or "
        "larger (in %); every session held before it when none is.")
    move_unmatched_since: date | None = Field(
        default=None, description="The session of that last move as large or larger the same way (the "
        "'worst day since' date); None when the bars hold none, or the close is flat.")
    high_intraday: float = Field(description="Highest intraday high of the extremes window.")
    high_intraday_date: date
    low_intraday: float = Field(description="Lowest intraday low of the extremes window.")
    low_intraday_date: date
    new_low: bool = Field(default=False, description="Close below every earlier close of the window.")
    range_break: Literal["above", "below"] | None = Field(
        default=None, description="Close outside the tight range that held up to yesterday.")
    prior_range: TradingRange | None = None
    prior_high_20: float | None = Field(default=None, description="Highest close of the 20 sessions before.")
    prior_low_20: float | None = Field(default=None, description="Lowest close of the 20 sessions before.")
    sma_50_cross: Literal["above", "below"] | None = Field(
        default=None, description="The close crossed the 50-day average today.")


class EventNote(Contract):
    name: str
    kind: str
    date: date
    sessions_until: int = Field(ge=0, description="Sessions from the as-of session to the event.")


RECENT_CLOSES = 64
"""Closes a snapshot carries: returns over up to 63 sessions (three months) can be computed."""


class TrackRecord(Contract):
    """The desk's own graded calls on this instrument before the session (the article's optional
    track-record line, `writer.track_record`): calls of `horizon` made in the last `sessions`
    sessions whose window had elapsed by the session, graded with bars up to it only."""

    horizon: Literal["short", "medium", "long"] = "short"
    sessions: int = Field(ge=1, description="The look-back, in sessions before this one.")
    right: int = Field(ge=0)
    wrong: int = Field(ge=0)
    flat: int = Field(ge=0, description="Directional calls that ended inside the neutral band.")

    @property
    def decided(self) -> int:
        return self.right + self.wrong


class Snapshot(Contract):
    symbol: str
    name: str
    kind: InstrumentKind
    currency: str = "USD"
    index_symbol: str | None = None
    session: date
    as_of: AwareDatetime = Field(description="The session's close, in the exchange time zone.")
    provider: str
    bars_used: int
    open: float
    high: float
    low: float
    close: float
    prev_close: float
    returns: Returns
    trend: Trend
    momentum: Momentum
    volatility: Volatility
    extremes: Extremes
    volume: VolumeStats
    relative: RelativeStrength | None = None
    related: list[RelatedMove] = Field(default_factory=list)
    range: TradingRange | None = None
    levels: list[KeyLevel] = Field(default_factory=list)
    options: OptionsPositioning | None = None
    setups: list[TradeSetup] = Field(default_factory=list)
    pending_setups: list[TradeSetup] = Field(
        default_factory=list, description="For a side with no setup today, the one a condition not "
        "met yet would create (its trigger: a close beyond a further level, or a pullback out of "
        "reach today); never shown as a setup, named by the no-setup sentence.")
    events: list[EventNote] = Field(default_factory=list)
    macro: list[MacroGauge] = Field(default_factory=list)
    cross_markets: list[CrossMarketReading] = Field(
        default_factory=list, description="Foreign indices, commodities, bitcoin and FX, each as of "
        "its own last session final by the US close.")
    tape: SessionTape | None = Field(default=None, description="Gap, streak, move size, breaks.")
    corporate_actions: list[CorporateAction] = Field(
        default_factory=list, description="Splits and dividends near the session, as reported.")
    missing: list[str] = Field(default_factory=list, description="Facts not computed, with why.")
    other_providers: dict[str, str] = Field(
        default_factory=dict, description="Related symbols served by another source than `provider` "
                                          "(a provider chain's fallback): symbol -> source.")
    data_notes: list[str] = Field(
        default_factory=list, description="Where the bars came from and what the cross-checks said: "
                                          "sources passed over, checks not made, gauges refused.")
    recent_closes: list[float] = Field(
        default_factory=list, description="The last closes up to the session, oldest first (at most "
        "RECENT_CLOSES): the verifier computes the return over any window the words name from them.")
    recent_sessions: list[date] = Field(
        default_factory=list, description="The session of each of `recent_closes` (same order and length; "
        "empty in snapshots stored before dates were carried): a close, high, low or move the words "
        "date ('on Thursday', 'Nov 18', 'since Monday's close') is checked against that bar.")
    recent_highs: list[float] = Field(
        default_factory=list, description="The intraday high of each of `recent_sessions`.")
    recent_lows: list[float] = Field(
        default_factory=list, description="The intraday low of each of `recent_sessions`.")

    track_record: TrackRecord | None = Field(
        default=None, description="The desk's graded calls before this session (when configured).")

    @model_serializer(mode="wrap")
    def _data_notes_only_when_any(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """`other_providers`, `data_notes` and `track_record` are left out of the stored form when
        empty, so
        snapshots from one source (the CSV demo, the verifier's eval set) read and write as before."""
        dumped: dict[str, Any] = handler(self)
        for name in ("other_providers", "data_notes", "track_record"):
            if not getattr(self, name):
                dumped.pop(name, None)
        return dumped

    @property
    def extremes_window(self) -> int:
        """Sessions the 52-week high and low really cover: 252, or fewer on a short history."""
        return min(self.bars_used, SESSIONS_52W)

    @property
    def has_full_year(self) -> bool:
        """True when the history held covers the whole 52-week window."""
        return self.bars_used >= SESSIONS_52W

    def related_by_role(self, role: RelatedRole) -> list[RelatedMove]:
        return [move for move in self.related if move.role == role]
