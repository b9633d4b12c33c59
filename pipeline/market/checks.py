"""Cross-source checks before writing: pure comparisons that say when two series disagree.

Three questions, each answered with `QualityIssue`s (empty: they agree):

- `close_disagreement`: does the session's close from the serving source match
  a second source's, or the official series' (a stale VIX row, 20.37 where
  Cboe's close was 17.76)?
- `tracking_disagreement`: does an ETF's day move match its index's, within
  what their recent tracking allows (SPY -0.77% beside ^GSPC -0.48% is not
  tracking error)? On an ex-dividend day the dividend is added back to the
  ETF's move, since the index is a price index.

Nothing here reads files, the network or the clock.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from datetime import date

from ..contracts import ActionKind, Bar, PriceHistory
from ..skips import QualityIssue, SkipCode

CROSS_CHECK_CODES = frozenset({SkipCode.SOURCE_MISMATCH, SkipCode.OFFICIAL_MISMATCH,
                               SkipCode.ETF_INDEX_MISMATCH})
"""The codes of the refusals made here (as opposed to a single series' own quality checks)."""



def cross_check_lines(symbol: str, issues: Iterable[QualityIssue]) -> list[str]:
    """'^VIX left out [official-mismatch]: ...' for each cross-check refusal among `issues`."""
    return [f"{symbol} left out [{code}]: {message}" for code, message in issues
            if code in CROSS_CHECK_CODES]


TRACKING_WINDOW = 60
"""Sessions of ETF-minus-index daily moves the tolerance is measured on."""

TRACKING_LOOKBACK = 2 * TRACKING_WINDOW
"""Common sessions read before the one judged: the window, and a window before it so that an
earlier disagreement is already kept out of the tolerance when the window starts."""

TRACKING_MIN_SESSIONS = 20
"""Fewer common sessions than this: the pair is not checked (no tracking to measure)."""

TRACKING_SPREAD_MULTIPLE = 5.0
"""The tolerance is this many robust standard deviations (1.4826 x MAD) of recent tracking..."""

TRACKING_FLOOR_PP = 0.12
"""...but never under this many percentage points..."""

TRACKING_MOVE_SHARE = 0.05
"""...plus this share of the index's own move (big days track less tightly)."""


def bar_on(history: PriceHistory, session: date) -> Bar | None:
    cut = history.until(session).bars
    return cut[-1] if cut and cut[-1].session == session else None


def close_disagreement(history: PriceHistory, reference: PriceHistory, session: date, *,
                       tolerance_pct: float, code: SkipCode, label: str) -> list[QualityIssue]:
    """The session's close against `reference`'s (`label`: "the official", "a second source's").

    Nothing to compare (either has no bar on the session) is no issue: the
    caller notes that the check could not be made.
    """
    mine, theirs = bar_on(history, session), bar_on(reference, session)
    if mine is None or theirs is None:
        return []
    apart = abs(mine.close / theirs.close - 1) * 100
    if apart <= tolerance_pct:
        return []
    return [QualityIssue(code, f"{history.symbol}: the close on {session} is {mine.close:g} from "
                               f"{history.provider} but {theirs.close:g} in {label} {reference.provider} "
                               f"series ({apart:.2f}% apart; the tolerance is {tolerance_pct:g}%)")]


def tracking_disagreement(etf: PriceHistory, index: PriceHistory, session: date) -> list[QualityIssue]:
    """The ETF's move on `session` against its index's, beyond their recent tracking."""
    moves = _paired_moves(etf, index, session)
    if len(moves) < TRACKING_MIN_SESSIONS + 1 or moves[-1][0] != session:
        return []
    recent: list[float] = []
    for day, etf_move, index_move in moves:
        gap, allowed = _judge(etf_move, index_move, recent)
        if allowed is not None and abs(gap) > allowed:
            if day == session:
                return [_tracking_issue(etf, index, session, etf_move, index_move, allowed)]
            continue  # an earlier disagreement does not widen the tolerance
        recent.append(etf_move - index_move)
    return []


def tracking_tolerance(recent: list[float], index_move: float) -> tuple[float, float]:
    """(centre, allowed distance from it) in percentage points, from the recent differences."""
    window = recent[-TRACKING_WINDOW:]
    centre = statistics.median(window)
    spread = statistics.median(abs(x - centre) for x in window) * 1.4826
    return centre, max(TRACKING_FLOOR_PP, TRACKING_SPREAD_MULTIPLE * spread) + \
        TRACKING_MOVE_SHARE * abs(index_move)


def _judge(etf_move: float, index_move: float, recent: list[float]) -> tuple[float, float | None]:
    if len(recent) < TRACKING_MIN_SESSIONS:
        return 0.0, None
    centre, allowed = tracking_tolerance(recent, index_move)
    return etf_move - index_move - centre, allowed


def _paired_moves(etf: PriceHistory, index: PriceHistory,
                  session: date) -> list[tuple[date, float, float]]:
    """(session, ETF total move %, index move %) over the last `TRACKING_LOOKBACK` common sessions."""
    dividends = {a.session: a.value for a in etf.actions if a.kind == ActionKind.DIVIDEND}
    index_close = {bar.session: bar.close for bar in index.until(session).bars[-2 * TRACKING_LOOKBACK:]}
    pairs = [(bar.session, bar.close, index_close[bar.session])
             for bar in etf.until(session).bars[-2 * TRACKING_LOOKBACK:] if bar.session in index_close]
    pairs = pairs[-(TRACKING_LOOKBACK + 1):]
    return [(day, ((close + dividends.get(day, 0.0)) / prev_close - 1) * 100,
             (level / prev_level - 1) * 100)
            for (_, prev_close, prev_level), (day, close, level) in zip(pairs, pairs[1:], strict=False)]


def _tracking_issue(etf: PriceHistory, index: PriceHistory, session: date, etf_move: float,
                    index_move: float, allowed: float) -> QualityIssue:
    return QualityIssue(SkipCode.ETF_INDEX_MISMATCH, (
        f"{etf.symbol}: moved {etf_move:+.2f}% on {session} ({etf.provider}) while {index.symbol} moved "
        f"{index_move:+.2f}% ({index.provider}); {abs(etf_move - index_move):.2f} pp apart, beyond the "
        f"{allowed:.2f} pp their last {TRACKING_WINDOW} sessions of tracking allow: one of the two "
        "series is wrong"))


class CheckPolicy:
    """Which cross-checks a run makes, and their tolerances (from `MarketConfig`)."""

    def __init__(self, *, source_check: bool = True, source_tolerance_pct: float = 0.5,
                 official: dict[str, str] | None = None, official_tolerance_pct: float = 1.0,
                 tracking_check: bool = True) -> None:
        self.source_check, self.source_tolerance_pct = source_check, source_tolerance_pct
        self.official = dict(official or {})
        self.official_tolerance_pct, self.tracking_check = official_tolerance_pct, tracking_check
