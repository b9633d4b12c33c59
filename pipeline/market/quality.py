"""Pure checks on market data: reasons to refuse an instrument, never repairs.

`check_history` returns `QualityIssue`s: a `SkipCode` saying what is wrong and
a sentence naming the data. An empty list means the data is fit to write about.
The caller raises them as a `QualityRefusal` and skips the instrument (the run
goes on for the others); the code is stated here, never read back from the
wording. Nothing here reads files or the clock, except that
`check_history` uses today's date when a staleness limit is set and no `today`
is given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from ..contracts import ActionKind, Bar, OptionsChain, PriceHistory
from ..contracts.market import BarColumns
from ..skips import QualityIssue, SkipCode

SessionCounter = Callable[[date, date], int]

MAX_GAP_DAYS = 6
"""Longest normal distance between consecutive sessions, in calendar days.

A weekend plus a holiday makes 4 days (Thursday to Monday around Good Friday);
the 2001 and 2012 closures made 6 and 4. More than 6 means bars are missing.
"""

GAP_LOOKBACK_DAYS = 365
"""Gaps are looked for within this many days before the session (old history may
contain real closures that do not matter to today's article)."""

SCALE_JUMP = 5.0
"""A close more than this many times (or less than 1/this) the previous close is
a change of scale (an index mixed with its ETF, a split not applied), not a move."""

SPLIT_FACTORS = (2.0, 3.0, 4.0)
"""Common split ratios below the scale-jump limit; a close-to-close move this size is a split."""

SPLIT_TOLERANCE = 0.02
"""How close (relative) a move must be to a split ratio to be taken for one."""

PARTIAL_LOOKBACK = 20
"""Sessions of non-zero volume before a zero-volume session marks it as a partial bar."""


def check_history(
    history: PriceHistory,
    session: date,
    *,
    min_sessions: int,
    max_staleness_days: int | None = None,
    today: date | None = None,
    sessions_after: SessionCounter | None = None,
) -> list[QualityIssue]:
    """Reasons to refuse `history` for an article about `session` (empty: fine).

    With `sessions_after` (the exchange calendar's count of sessions after one
    day up to another), staleness is counted in trading sessions, so a Friday
    bar is not stale on Monday; without it, in calendar days.
    """
    history.columns()  # held once per history: the cut's columns are views of them
    cut = history.until(session)
    bars, columns = cut.bars, cut.columns()
    symbol = history.symbol
    reasons = _session_present(symbol, bars, session)
    reasons += _enough_sessions(symbol, bars, session, min_sessions)
    if max_staleness_days is not None:
        reasons += _fresh(symbol, bars, max_staleness_days, today or date.today(), sessions_after)
    reasons += _no_gaps(symbol, bars, session, columns)
    reasons += _no_stuck_quote(symbol, bars, session)
    reasons += _no_partial_session(symbol, bars, session)
    reasons += _no_scale_jump(symbol, bars, columns)
    reasons += _no_split_gap(cut, session, columns)
    return reasons


def _pairs(flagged: np.ndarray) -> list[int]:
    """Indices i of the (bar i, bar i + 1) pairs a vectorised test flagged."""
    return [int(i) for i in np.flatnonzero(flagged)]


def check_chain(chain: OptionsChain) -> list[str]:
    """Reasons to refuse an options chain (empty: fine)."""
    where = f"{chain.symbol} options {chain.expiry} (as of {chain.as_of})"
    if not chain.contracts:
        return [f"{where}: the chain has no contracts"]
    reasons = []
    if all(contract.open_interest == 0 for contract in chain.contracts):
        reasons.append(f"{where}: every contract has zero open interest")
    rights = {contract.right for contract in chain.contracts}
    if len(rights) < 2:
        only = next(iter(rights))
        reasons.append(f"{where}: only {only}s, no {'puts' if only == 'call' else 'calls'}")
    if chain.expiry < chain.as_of:
        reasons.append(f"{where}: the expiry is before the snapshot date")
    return reasons


def _session_present(symbol: str, bars: list[Bar], session: date) -> list[QualityIssue]:
    if not bars:
        return [QualityIssue(SkipCode.MISSING_SESSION, f"{symbol}: no bars on or before {session}")]
    if bars[-1].session != session:
        return [QualityIssue(SkipCode.MISSING_SESSION,
                             f"{symbol}: no bar for {session}; the last bar is {bars[-1].session}")]
    return []


def _enough_sessions(symbol: str, bars: list[Bar], session: date, minimum: int) -> list[QualityIssue]:
    if len(bars) >= minimum:
        return []
    return [QualityIssue(SkipCode.SHORT_HISTORY,
                         f"{symbol}: only {len(bars)} sessions up to {session}; at least {minimum} needed")]


def _fresh(symbol: str, bars: list[Bar], max_days: int, today: date,
           sessions_after: SessionCounter | None) -> list[QualityIssue]:
    if not bars:
        return []
    last = bars[-1].session
    days = (today - last).days
    if sessions_after is None:
        if days <= max_days:
            return []
        return [QualityIssue(SkipCode.STALE_LAST_BAR, f"{symbol}: the last bar ({last}) is {days} days "
                                                      f"old on {today}; the limit is {max_days}")]
    sessions = sessions_after(last, today)
    if sessions <= max_days:
        return []
    return [QualityIssue(SkipCode.STALE_LAST_BAR,
                         f"{symbol}: the last bar ({last}) is {days} days old on {today}, {sessions} "
                         f"trading sessions; the limit is {max_days} sessions")]


def _no_gaps(symbol: str, bars: list[Bar], session: date, columns: BarColumns) -> list[QualityIssue]:
    since = np.datetime64(session - timedelta(days=GAP_LOOKBACK_DAYS), "D")
    days = columns.days
    flagged = (days[1:] >= since) & ((days[1:] - days[:-1]).astype(np.int64) > MAX_GAP_DAYS)
    reasons = []
    for i in _pairs(flagged):
        before, after = bars[i], bars[i + 1]
        days_apart = (after.session - before.session).days
        reasons.append(QualityIssue(
            SkipCode.GAP,
            f"{symbol}: {days_apart} calendar days between {before.session} and "
            f"{after.session}; bars are missing"
        ))
    return reasons


def _no_stuck_quote(symbol: str, bars: list[Bar], session: date) -> list[QualityIssue]:
    if len(bars) < 2 or bars[-1].session != session:
        return []
    previous, last = bars[-2], bars[-1]
    if last.close != previous.close or last.high == last.low:
        return []
    return [QualityIssue(
        SkipCode.STUCK_QUOTE,
        f"{symbol}: the close on {session} ({last.close:g}) is exactly the previous close "
        f"while the day's range moved ({last.low:g}-{last.high:g}); a stuck quote"
    )]


def _no_partial_session(symbol: str, bars: list[Bar], session: date) -> list[QualityIssue]:
    """Zero volume on the session after a run of sessions that all had volume.

    Vendors append an intraday snapshot with volume 0 for a session still trading;
    an index that never reports volume (all zeros) does not trigger this.
    """
    recent = bars[-(PARTIAL_LOOKBACK + 1):-1]
    if not bars or bars[-1].session != session or bars[-1].volume > 0:
        return []
    if len(recent) < PARTIAL_LOOKBACK or any(bar.volume == 0 for bar in recent):
        return []
    return [QualityIssue(
        SkipCode.PARTIAL_BAR,
        f"{symbol}: zero volume on {session} after {PARTIAL_LOOKBACK} sessions with volume; "
        "the bar looks like an intraday snapshot, not a close"
    )]


def _no_scale_jump(symbol: str, bars: list[Bar], columns: BarColumns) -> list[QualityIssue]:
    ratios = columns.close[1:] / columns.close[:-1]
    reasons = []
    for i in _pairs((ratios > SCALE_JUMP) | (ratios < 1 / SCALE_JUMP)):
        before, after = bars[i], bars[i + 1]
        ratio = after.close / before.close
        reasons.append(QualityIssue(
            SkipCode.SCALE_JUMP,
            f"{symbol}: the close goes from {before.close:g} on {before.session} to "
            f"{after.close:g} on {after.session} (x{ratio:.2f}); a change of scale"
        ))
    return reasons


def _split_factor(ratio: float) -> float | None:
    """The split ratio a close-to-close ratio matches (2.0 for a halving or doubling), if any."""
    for factor in SPLIT_FACTORS:
        for target in (factor, 1 / factor):
            if abs(ratio / target - 1) <= SPLIT_TOLERANCE:
                return factor
    return None


def _near_split(ratios: np.ndarray) -> np.ndarray:
    """Where `_split_factor` can find a factor (the same arithmetic, on the whole array)."""
    near = np.zeros(len(ratios), dtype=bool)
    for factor in SPLIT_FACTORS:
        for target in (factor, 1 / factor):
            near |= np.abs(ratios / target - 1) <= SPLIT_TOLERANCE
    return near


def _no_split_gap(history: PriceHistory, session: date, columns: BarColumns) -> list[QualityIssue]:
    """A split-sized gap in the closes: unexplained, or a reported split left unadjusted.

    Either way the history is not one continuous series and every average
    across the gap would be wrong. (Split-adjusted sources show no gap.)
    """
    since = session - timedelta(days=GAP_LOOKBACK_DAYS)
    splits = {a.session: a.value for a in history.actions if a.kind == ActionKind.SPLIT}
    recent = columns.days[1:] >= np.datetime64(since, "D")
    reasons = []
    for i in _pairs(recent & _near_split(columns.close[1:] / columns.close[:-1])):
        before, after = history.bars[i], history.bars[i + 1]
        factor = _split_factor(after.close / before.close)
        if factor is None:
            continue
        move = (f"the close goes from {before.close:g} on {before.session} "
                f"to {after.close:g} on {after.session}")
        if after.session in splits:
            reasons.append(QualityIssue(
                SkipCode.SPLIT_GAP, f"{history.symbol}: {move}, a {splits[after.session]:g}-for-1 split "
                                    "the provider reported but the bars are not adjusted for"))
        else:
            reasons.append(QualityIssue(
                SkipCode.SPLIT_GAP, f"{history.symbol}: {move} (x{after.close / before.close:.2f}), a "
                                    "split-sized gap with no split reported"))
    return reasons
