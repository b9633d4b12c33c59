"""Build the `Snapshot` of one instrument on one session: the indicators stage's pure core.

`build_snapshot` takes histories already loaded by the market stage, cuts them
at the session (nothing after the close of `session` is used), and returns the
contract. Anything that cannot be computed is None (or left out) and gets a
line in `Snapshot.missing`; no NaN ever leaves this module.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..config import EventConfig, InstrumentConfig
from ..contracts import (
    Momentum,
    OptionsChain,
    OptionsPositioning,
    PriceHistory,
    RelatedMove,
    RelativeStrength,
    Returns,
    Snapshot,
    Trend,
    Volatility,
)
from ..contracts.snapshot import RECENT_CLOSES
from ..errors import ConfigError, DataError
from ..skips import SkipCode
from .bars import BarArrays, insufficient
from .events import upcoming_events
from .extremes import SESSIONS_52W, VOLUME_SESSIONS, compute_extremes, compute_volume_stats, known_record
from .level_tests import with_tests
from .levels import SWING_WING
from .options import compute_options_positioning
from .ranges import MIN_RANGE_SESSIONS
from .relative import SESSIONS_1M, compute_related_move, compute_relative_strength, related_roles
from .structure import session_structure
from .tape import compute_tape
from .trend import (
    REQUIRED_SESSIONS,
    compute_momentum,
    compute_returns,
    compute_trend,
    compute_volatility,
)

logger = logging.getLogger(__name__)

RelatedHistories = Mapping[str, tuple[InstrumentConfig, PriceHistory]]


def build_snapshot(history: PriceHistory, instrument: InstrumentConfig,
                   related: RelatedHistories, session: date, *,
                   chain: OptionsChain | None = None, events: Sequence[EventConfig] = (),
                   timezone: str = "America/New_York", close_time: str = "16:00",
                   holidays: Sequence[date] = ()) -> Snapshot:
    """Every computed number about `instrument` at the close of `session`.

    Raises DataError when the instrument has no bar on `session` or fewer than
    two bars up to it. `related` maps symbols to their config and history;
    the instrument's index, benchmark, peers and gauges are looked up there.
    """
    bars = session_bars(history, instrument.symbol, session)
    missing: list[str] = []
    returns = compute_returns(bars)
    trend, momentum, volatility = compute_trend(bars), compute_momentum(bars), compute_volatility(bars)
    missing += missing_indicators(returns, trend, momentum, volatility, len(bars))
    missing += missing_history_windows(bars)
    related_bars = cut_related(instrument, related, session, missing)
    relative = relative_for(instrument, bars, related_bars, missing)
    options = positioning_for(chain, instrument.symbol, session, missing)
    extremes = compute_extremes(bars)
    record = known_record(len(bars), extremes.all_time_high)
    structure = session_structure(bars, volatility.atr_14, trend, record,
                                  options.max_pain if options else None,
                                  walls=(options.call_wall, options.put_wall) if options else (None, None))
    setups = structure.setups
    missing += missing_structure(len(bars), [setup.direction for setup in setups])
    last = bars.sessions[-1]
    logger.debug("%s %s: %d bars, %d missing", instrument.symbol, last, len(bars), len(missing))
    return Snapshot(
        symbol=instrument.symbol, name=instrument.name, kind=instrument.kind,
        index_symbol=instrument.index, session=last,
        as_of=close_of(last, timezone, close_time), provider=history.provider,
        bars_used=len(bars), open=float(bars.open[-1]), high=float(bars.high[-1]),
        low=float(bars.low[-1]), close=bars.last_close, prev_close=float(bars.close[-2]),
        returns=returns, trend=trend, momentum=momentum, volatility=volatility,
        extremes=extremes, volume=compute_volume_stats(bars),
        relative=relative, related=related_moves(instrument, related_bars, returns.change_1d_pct),
        range=structure.trading_range, levels=with_tests(structure.levels, bars), options=options,
        setups=setups, pending_setups=structure.pending_setups,
        events=upcoming_events(events, last, holidays=holidays), missing=missing,
        tape=compute_tape(bars, structure.prior_range),
        recent_closes=[float(close) for close in bars.close[-RECENT_CLOSES:]],
        recent_sessions=list(bars.sessions[-RECENT_CLOSES:]),
        recent_highs=[float(high) for high in bars.high[-RECENT_CLOSES:]],
        recent_lows=[float(low) for low in bars.low[-RECENT_CLOSES:]],
    )


def session_bars(history: PriceHistory, symbol: str, session: date) -> BarArrays:
    """The instrument's bars up to `session`, which must be its last bar; at least two."""
    if history.symbol != symbol:
        raise DataError(f"{symbol}: was handed the price history of {history.symbol}")
    cut = history.until(session)
    if cut.last_session != session:
        last = cut.last_session or "none"
        raise DataError(f"{symbol}: no bar for session {session} (last bar on or before it: {last})",
                        code=SkipCode.MISSING_SESSION)
    if len(cut.bars) < 2:
        raise DataError(f"{symbol}: needs at least 2 sessions up to {session}, has 1",
                        code=SkipCode.SHORT_HISTORY)
    return BarArrays.from_history(cut)


def close_of(session: date, timezone: str, close_time: str) -> datetime:
    """The session's close as an aware datetime in the exchange time zone."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown time zone {timezone!r}") from None
    return datetime.combine(session, time.fromisoformat(close_time), tzinfo=zone)


def missing_indicators(returns: Returns, trend: Trend, momentum: Momentum,
                       volatility: Volatility, have: int) -> list[str]:
    """A line per indicator field left None for lack of sessions."""
    fields = {**returns.model_dump(), **trend.model_dump(), **momentum.model_dump(),
              **volatility.model_dump()}
    lines = [insufficient(name, have, need) for name, need in REQUIRED_SESSIONS.items()
             if fields.get(name) is None and have < need]
    if returns.change_ytd_pct is None:
        lines.append("change_ytd_pct: insufficient data (no close from the prior year in history)")
    return lines


def missing_history_windows(bars: BarArrays) -> list[str]:
    """Lines for extremes computed on a short window and volume without an average."""
    have = len(bars)
    lines: list[str] = []
    if have < SESSIONS_52W:
        lines.append(insufficient("high_52w/low_52w", have, SESSIONS_52W)
                     + f"; reported as the {have}-session high and low, not 52-week ones")
        lines.append(f"all_time_high: only {have} sessions held; it is the highest close in them")
    if have < VOLUME_SESSIONS + 1:
        lines.append(insufficient("avg_volume_20", have, VOLUME_SESSIONS + 1))
    elif not (bars.volume[-1 - VOLUME_SESSIONS:-1] > 0).any():
        lines.append("avg_volume_20: no volume reported")
    return lines


def missing_structure(have: int, placed: Sequence[str]) -> list[str]:
    """Lines for the range, swing levels and setups the history could not support."""
    lines: list[str] = []
    if have < MIN_RANGE_SESSIONS:
        lines.append(insufficient("range", have, MIN_RANGE_SESSIONS))
    if have < 2 * SWING_WING + 1:
        lines.append(insufficient("swing levels", have, 2 * SWING_WING + 1))
    for direction in ("long", "short"):
        if direction not in placed:
            lines.append(f"setup_{direction}: no trigger, stop and target with reward/risk >= 1.5 "
                         "and a stop within 2.5 ATR")
    return lines


def cut_related(instrument: InstrumentConfig, related: RelatedHistories, session: date,
                missing: list[str]) -> dict[str, tuple[InstrumentConfig, BarArrays]]:
    """Related histories cut at `session`; those without a bar on it are noted in `missing`."""
    found: dict[str, tuple[InstrumentConfig, BarArrays]] = {}
    for symbol in instrument.related_symbols():
        if symbol not in related:
            missing.append(f"related {symbol}: no price history")
            continue
        config, history = related[symbol]
        cut = history.until(session)
        if cut.last_session != session:
            missing.append(f"related {symbol}: no bar on {session} "
                           f"(last on or before it: {cut.last_session or 'none'})")
        elif len(cut.bars) < 2:
            missing.append(insufficient(f"related {symbol}", 1, 2))
        else:
            found[symbol] = (config, BarArrays.from_history(cut))
    return found


def related_moves(instrument: InstrumentConfig,
                  related_bars: Mapping[str, tuple[InstrumentConfig, BarArrays]],
                  change_1d_pct: float) -> list[RelatedMove]:
    """Same-session moves of the index, benchmark, peers and gauges, in config order."""
    moves: list[RelatedMove] = []
    for symbol, role in related_roles(instrument).items():
        if symbol in related_bars:
            config, bars = related_bars[symbol]
            move = compute_related_move(change_1d_pct, config, bars, role)
            if move is not None:
                moves.append(move)
    return moves


def relative_for(instrument: InstrumentConfig, bars: BarArrays,
                 related_bars: Mapping[str, tuple[InstrumentConfig, BarArrays]],
                 missing: list[str]) -> RelativeStrength | None:
    """Relative strength against the configured benchmark, when it has the session's bar."""
    benchmark = instrument.benchmark
    if benchmark is None:
        return None
    if benchmark not in related_bars:
        missing.append(f"relative: benchmark {benchmark} has no usable bar on {bars.sessions[-1]}")
        return None
    strength = compute_relative_strength(bars, related_bars[benchmark][1])
    if strength is None:
        missing.append(f"relative: fewer than 2 sessions shared with {benchmark}")
    elif strength.spread_1m_pp is None:
        missing.append(f"spread_1m_pp: insufficient data (fewer than {SESSIONS_1M + 1} "
                       f"sessions shared with {benchmark})")
    return strength


def positioning_for(chain: OptionsChain | None, symbol: str, session: date,
                    missing: list[str]) -> OptionsPositioning | None:
    """Options positioning from a chain for this symbol as of the session or before."""
    if chain is None:
        return None
    if chain.symbol != symbol:
        missing.append(f"options: chain is for {chain.symbol}, not {symbol}")
        return None
    if chain.as_of > session or chain.expiry < session:
        missing.append(f"options: chain as of {chain.as_of} expiring {chain.expiry} "
                       f"does not fit session {session}")
        return None
    positioning = compute_options_positioning(chain)
    if positioning is None:
        missing.append("options: chain has no open interest")
    return positioning
