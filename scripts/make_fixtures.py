"""Write newsdesk's offline fixtures: daily bars, options open interest, news feeds and pages.

Everything is generated from one seed; rerunning writes byte-identical files.
Nothing is copied from real data.

The story (demo session Friday 2026-11-20)
------------------------------------------
Megacap tech leads a rebound: the Nasdaq 100 (QQQ, ^NDX) rises about 1.9%, the
S&P 500 (SPY, ^GSPC) about 1.1% and the Dow (DIA, ^DJI) about 0.6%, while the
Russell 2000 (IWM, ^RUT) adds only about 0.3%. Small caps have lagged the S&P 500
six sessions in a row. IWM has been boxed between roughly $240 and $250 for five
weeks (after a September high near $256 and a slide under $240 by mid-October) and
was turned away near $250 again on 2026-11-12. The VIX falls from about 17.2 to
15.6. QQQ closes about half a percent under its record close (2026-11-11). SPY is
above its 50- and 200-day averages; IWM's 50-day crossed above its 200-day months
ago, and the price hugs the 50-day. The FOMC decides on 2026-12-09 and November
CPI lands 2026-12-10 (both configured events).

How the bars are made
---------------------
1. A market factor with GARCH(1,1) volatility, dated stress regimes (`VOL_REGIMES`)
   and fat-tailed shocks drives four ETFs (each with its own beta and noise).
2. Each ETF's log-price path is pinned to a handful of dated anchor levels
   (`ANCHORS`), which shapes 2023-2026 into bull runs, corrections and the spring
   2026 small-cap slump, while keeping the day-to-day noise and its clustering.
3. The last weeks are steered: IWM mean-reverts inside its range, QQQ's earlier
   highs are kept under the 2026-11-11 record, and the final eight sessions follow
   `STORY_TAPE` exactly.
4. Indexes are their ETF times a fixed ratio with a few basis points of
   stationary tracking noise; the VIX mean-reverts to a level set by realized
   volatility and drawdown, and jumps against the market's daily move.
5. Open, high, low and volume are drawn around each close; prices are rounded to
   cents and no session is left unchanged.

The news is built from sentence banks in this file, filled with numbers read off
the generated bars, so the articles agree with the data.

Usage: python scripts/make_fixtures.py [--out DIR]   (default: the repo's fixtures/)
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from pipeline.market.csv_provider import bars_filename

REPO = Path(__file__).resolve().parent.parent
SEED = 20261130

# --------------------------------------------------------------------------------------
# Story parameters
# --------------------------------------------------------------------------------------
FIRST_SESSION = date(2023, 1, 3)
DEMO_SESSION = date(2026, 11, 20)
FOMC_DATE = date(2026, 12, 9)
CPI_DATE = date(2026, 12, 10)

ETFS = ("SPY", "QQQ", "DIA", "IWM")
INDEX_OF = {"SPY": "^GSPC", "QQQ": "^NDX", "DIA": "^DJI", "IWM": "^RUT"}
INDEX_RATIO = {"SPY": 10.03, "QQQ": 41.12, "DIA": 100.15, "IWM": 10.05}
TRACKING_NOISE_BP = 1.2          # daily shock of the index/ETF log ratio, in basis points
TRACKING_PERSISTENCE = 0.9       # AR(1) coefficient of that ratio (stationary, so it never drifts)

# Market beta and idiosyncratic noise (as a multiple of market volatility) per ETF.
BETA = {"SPY": 1.0, "QQQ": 1.22, "DIA": 0.86, "IWM": 1.15}
IDIO = {"SPY": 0.12, "QQQ": 0.42, "DIA": 0.34, "IWM": 0.62}
MARKET_DAILY_VOL = 0.0085        # long-run daily volatility of the market factor
MAX_VOL_MULTIPLE = 2.2           # GARCH variance is capped at this multiple of the long run
# Stress regimes: market volatility is multiplied by the factor between the dates.
VOL_REGIMES = [("2023-03-08", "2023-03-24", 1.4), ("2023-08-01", "2023-10-27", 1.2),
               ("2024-07-17", "2024-08-09", 1.7), ("2025-03-03", "2025-04-25", 1.8),
               ("2025-04-28", "2025-05-16", 1.4), ("2026-02-23", "2026-04-10", 1.6)]

# Average daily share volume per ETF.
BASE_VOLUME = {"SPY": 66_000_000, "QQQ": 44_000_000, "DIA": 3_600_000, "IWM": 29_000_000}
OPEX_VOLUME = 1.35               # monthly options expiry (third Friday) trades heavier

# Dated anchor closes (the paths are pinned to these; between them they wander).
ANCHORS: dict[str, list[tuple[str, float]]] = {
    "SPY": [("2023-01-03", 380.8), ("2023-03-13", 385.4), ("2023-07-31", 457.8),
            ("2023-10-27", 410.7), ("2023-12-28", 476.7), ("2024-03-28", 523.1),
            ("2024-04-19", 495.2), ("2024-07-16", 564.9), ("2024-08-05", 517.4),
            ("2024-11-11", 598.8), ("2024-12-18", 586.3), ("2025-02-19", 612.9),
            ("2025-03-13", 551.0), ("2025-04-08", 496.5), ("2025-04-21", 513.0),
            ("2025-05-13", 586.0), ("2025-06-30", 617.8), ("2025-10-28", 668.0),
            ("2026-01-27", 676.0), ("2026-03-30", 618.0), ("2026-06-18", 652.0),
            ("2026-09-01", 661.0), ("2026-10-06", 679.0), ("2026-10-29", 690.5)],
    "QQQ": [("2023-01-03", 264.5), ("2023-07-19", 386.0), ("2023-10-26", 343.6),
            ("2023-12-28", 411.5), ("2024-04-19", 414.6), ("2024-07-10", 502.4),
            ("2024-08-05", 440.2), ("2024-12-16", 538.2), ("2025-02-19", 539.0),
            ("2025-03-13", 468.0), ("2025-04-08", 423.7), ("2025-04-21", 436.0),
            ("2025-05-13", 515.0), ("2025-07-31", 552.0), ("2025-10-29", 596.0),
            ("2026-01-27", 603.0), ("2026-03-30", 541.0), ("2026-06-18", 584.0),
            ("2026-09-01", 598.0), ("2026-10-06", 612.0), ("2026-10-29", 620.0)],
    "DIA": [("2023-01-03", 332.4), ("2023-07-31", 355.8), ("2023-10-27", 325.0),
            ("2023-12-28", 377.4), ("2024-03-28", 398.0), ("2024-04-17", 374.0),
            ("2024-07-17", 412.0), ("2024-08-05", 385.0), ("2024-12-04", 450.5),
            ("2025-02-19", 446.0), ("2025-03-13", 404.0), ("2025-04-08", 375.6),
            ("2025-04-21", 385.0), ("2025-05-13", 425.0), ("2025-07-31", 440.0),
            ("2025-11-12", 478.0), ("2026-01-27", 483.0), ("2026-03-30", 446.0),
            ("2026-06-18", 459.0), ("2026-09-01", 463.0), ("2026-10-29", 473.5)],
    "IWM": [("2023-01-03", 175.9), ("2023-03-23", 170.2), ("2023-07-31", 198.3),
            ("2023-10-27", 162.6), ("2023-12-27", 204.5), ("2024-03-28", 210.3),
            ("2024-04-19", 190.4), ("2024-07-16", 224.0), ("2024-08-07", 199.0),
            ("2024-11-25", 242.0), ("2025-01-10", 215.0), ("2025-03-13", 198.0),
            ("2025-04-08", 174.0), ("2025-04-21", 183.0), ("2025-05-13", 206.0),
            ("2025-07-31", 218.0), ("2025-10-15", 238.0), ("2025-12-10", 251.0),
            ("2026-01-27", 246.0), ("2026-03-20", 214.0), ("2026-04-07", 209.0),
            ("2026-06-18", 229.0), ("2026-08-14", 236.0), ("2026-09-01", 243.0),
            ("2026-09-17", 249.0), ("2026-10-15", 236.5), ("2026-10-16", 238.4)],
    "^VIX": [("2023-01-03", 22.9)],
}

# Closes on the demo session; the tape below is walked backwards from these.
DEMO_CLOSE = {"SPY": 688.0, "QQQ": 626.4, "DIA": 471.6, "IWM": 244.3}

# The last eight sessions, exactly: daily % change per ETF and the VIX close.
STORY_TAPE: list[tuple[str, dict[str, float], float]] = [
    # session       SPY    QQQ    DIA    IWM           VIX
    ("2026-11-11", {"SPY": 0.2, "QQQ": 0.4, "DIA": 0.1, "IWM": 0.4}, 15.9),  # QQQ record close
    ("2026-11-12", {"SPY": -0.3, "QQQ": -0.6, "DIA": -0.1, "IWM": 0.2}, 16.4),  # IWM near $250
    ("2026-11-13", {"SPY": -0.6, "QQQ": -1.2, "DIA": -0.3, "IWM": -0.9}, 17.3),  # streak day 1
    ("2026-11-16", {"SPY": 0.4, "QQQ": 0.5, "DIA": 0.3, "IWM": 0.1}, 16.6),
    ("2026-11-17", {"SPY": -0.5, "QQQ": -0.9, "DIA": -0.2, "IWM": -0.8}, 17.6),
    ("2026-11-18", {"SPY": 0.3, "QQQ": 0.4, "DIA": 0.3, "IWM": -0.2}, 17.4),
    ("2026-11-19", {"SPY": -0.2, "QQQ": -0.6, "DIA": 0.1, "IWM": -0.5}, 17.2),
    ("2026-11-20", {"SPY": 1.1, "QQQ": 1.9, "DIA": 0.6, "IWM": 0.3}, 15.6),  # demo session
]
VIX_BEFORE_TAPE = 16.2

# IWM's trading range: the last RANGE_SESSIONS closes stay inside it, intraday
# prints never leave [RANGE_LOW, RANGE_HIGH].
RANGE_LOW, RANGE_HIGH = 240.0, 250.0
RANGE_SESSIONS = 25
RANGE_PULL = 0.15                # daily mean reversion toward the middle of the range
# Tests of the range edges (closes): support near $241, resistance near $249.
RANGE_TOUCHES = [("2026-10-22", 248.4), ("2026-10-29", 241.0), ("2026-11-04", 248.9)]
QQQ_RECORD_SESSION = "2026-11-11"

# Options: one expiry per underlying, the weekly of Friday 2026-11-27 (the nearest
# expiry after the demo session: November's monthly expired at that session's close).
OPTIONS_AS_OF = DEMO_SESSION
OPTIONS_EXPIRY = date(2026, 11, 27)
# (call wall, put wall): the strikes given the most call and the most put open interest.
OPTION_WALLS = {"IWM": (250, 240), "SPY": (700, 675), "QQQ": (640, 610), "DIA": (480, 465)}

# NYSE full-day closures 2023-2026 (exchange holiday calendar; 2025-01-09 was the
# national day of mourning for President Carter). Hard-coded so the fixtures do
# not depend on a calendar package.
NYSE_HOLIDAYS = frozenset(date.fromisoformat(d) for d in (
    "2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29", "2023-06-19",
    "2023-07-04", "2023-09-04", "2023-11-23", "2023-12-25",
    "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19",
    "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25",
    "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
    "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25",
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19",
    "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25",
))
# 1 p.m. early closes: thin volume.
NYSE_EARLY_CLOSES = frozenset(date.fromisoformat(d) for d in (
    "2023-07-03", "2023-11-24", "2024-07-03", "2024-11-29", "2024-12-24",
    "2025-07-03", "2025-11-28", "2025-12-24", "2026-11-27", "2026-12-24",
))


# --------------------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------------------
def trading_sessions(first: date, last: date) -> list[date]:
    """NYSE sessions from `first` to `last` inclusive: weekdays that are not holidays."""
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if d.weekday() < 5 and d not in NYSE_HOLIDAYS]


def session_index(sessions: list[date], day: str | date) -> int:
    """Index of the last session on or before `day`."""
    target = date.fromisoformat(day) if isinstance(day, str) else day
    candidates = [i for i, s in enumerate(sessions) if s <= target]
    if not candidates:
        raise ValueError(f"no session on or before {target}")
    return candidates[-1]


# --------------------------------------------------------------------------------------
# Price paths (log space)
# --------------------------------------------------------------------------------------
def garch_volatility(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Daily volatility with GARCH(1,1) clustering, and the unit shocks that drove it."""
    alpha, beta = 0.07, 0.90
    omega = MARKET_DAILY_VOL**2 * (1 - alpha - beta)
    cap = (MAX_VOL_MULTIPLE * MARKET_DAILY_VOL) ** 2
    shocks = rng.standard_t(5, size=n) / math.sqrt(5 / 3)
    sigma = np.empty(n)
    variance = MARKET_DAILY_VOL**2
    for t in range(n):
        sigma[t] = math.sqrt(variance)
        variance = min(cap, omega + alpha * (sigma[t] * shocks[t]) ** 2 + beta * variance)
    return sigma, shocks


def regime_multiplier(sessions: list[date]) -> np.ndarray:
    """Volatility multiplier per session from VOL_REGIMES (1.0 outside them)."""
    multiplier = np.ones(len(sessions))
    for first, last, factor in VOL_REGIMES:
        lo, hi = date.fromisoformat(first), date.fromisoformat(last)
        multiplier *= np.array([factor if lo <= s <= hi else 1.0 for s in sessions])
    return multiplier


def factor_returns(rng: np.random.Generator, sigma: np.ndarray,
                   market: np.ndarray) -> dict[str, np.ndarray]:
    """Daily log returns per ETF: beta times the market plus its own noise."""
    returns = {}
    for symbol in ETFS:
        own = rng.standard_normal(len(sigma)) * sigma * IDIO[symbol]
        returns[symbol] = BETA[symbol] * market + own
    return returns


def pin_to_anchors(log_path: np.ndarray, anchors: list[tuple[int, float]]) -> np.ndarray:
    """Add a piecewise-linear correction so the path passes through each (index, price)."""
    positions = np.array([i for i, _ in anchors], dtype=float)
    errors = np.array([math.log(p) - log_path[i] for i, p in anchors])
    correction = np.interp(np.arange(len(log_path)), positions, errors)
    return log_path + correction


def reflect_inside(log_path: np.ndarray, start: int, end: int, low: float, high: float) -> None:
    """Mirror any excursion of path[start:end] beyond [low, high] back inside (in place)."""
    lo, hi = math.log(low), math.log(high)
    for t in range(start, end):
        if log_path[t] > hi:
            log_path[t] = hi - (log_path[t] - hi)
        elif log_path[t] < lo:
            log_path[t] = lo + (lo - log_path[t])


def tape_returns(symbol: str) -> list[float]:
    return [math.log1p(moves[symbol] / 100) for _, moves, _ in STORY_TAPE]


def level_before_tape(symbol: str) -> float:
    """The close before the tape that makes the tape end at DEMO_CLOSE."""
    return DEMO_CLOSE[symbol] / math.exp(sum(tape_returns(symbol)))


@dataclass
class Market:
    """Unrounded daily closes (log) and the volatility that shaped them."""

    sessions: list[date]
    log_close: dict[str, np.ndarray]
    sigma: np.ndarray
    market: np.ndarray


def build_market(rng: np.random.Generator, sessions: list[date]) -> Market:
    n = len(sessions)
    sigma, shocks = garch_volatility(rng, n)
    sigma = sigma * regime_multiplier(sessions)
    market = sigma * shocks
    returns = factor_returns(rng, sigma, market)
    tape_start = session_index(sessions, STORY_TAPE[0][0])
    log_close = {}
    for symbol in ETFS:
        raw = np.cumsum(np.concatenate([[0.0], returns[symbol][1:]]))
        anchors = [(session_index(sessions, d), p) for d, p in ANCHORS[symbol]]
        anchors.append((tape_start - 1, level_before_tape(symbol)))
        log_close[symbol] = pin_to_anchors(raw, anchors)
    steer_iwm_range(rng, log_close["IWM"], market, sigma, sessions)
    keep_qqq_below_record(log_close["QQQ"], sessions, tape_start)
    for symbol in ETFS:
        apply_tape(log_close[symbol], symbol, tape_start)
    log_close["^VIX"] = vix_path(rng, sessions, log_close["SPY"], tape_start)
    return Market(sessions=sessions, log_close=log_close, sigma=sigma, market=market)


def steer_iwm_range(rng: np.random.Generator, log_close: np.ndarray, market: np.ndarray,
                    sigma: np.ndarray, sessions: list[date]) -> None:
    """Replace IWM's path in the range window by a mean-reverting walk inside the range."""
    start = len(log_close) - RANGE_SESSIONS
    tape_start = session_index(sessions, STORY_TAPE[0][0])
    middle = math.log((RANGE_LOW + RANGE_HIGH) / 2)
    path = log_close.copy()
    for t in range(start, tape_start):
        own = rng.standard_normal() * sigma[t] * IDIO["IWM"]
        pull = RANGE_PULL * (middle - path[t - 1])
        path[t] = path[t - 1] + BETA["IWM"] * market[t] + own + pull
    anchors = [(start - 1, math.exp(path[start - 1]))]
    anchors += [(session_index(sessions, day), price) for day, price in RANGE_TOUCHES]
    anchors.append((tape_start - 1, level_before_tape("IWM")))
    local = [(index - start + 1, price) for index, price in anchors]
    path[start - 1:tape_start] = pin_to_anchors(path[start - 1:tape_start], local)
    reflect_inside(path, start, tape_start - 1, RANGE_LOW + 1.0, RANGE_HIGH - 0.8)
    log_close[start:tape_start] = path[start:tape_start]


def keep_qqq_below_record(log_close: np.ndarray, sessions: list[date], tape_start: int) -> None:
    """Mirror QQQ closes before the record session under the record close."""
    record = session_index(sessions, QQQ_RECORD_SESSION)
    record_log = log_close[tape_start - 1] + sum(tape_returns("QQQ")[: record - tape_start + 1])
    ceiling = math.exp(record_log) * 0.994
    reflect_inside(log_close, 0, tape_start - 1, 1.0, ceiling)


def apply_tape(log_close: np.ndarray, symbol: str, tape_start: int) -> None:
    steps = np.cumsum(tape_returns(symbol))
    log_close[tape_start:tape_start + len(steps)] = log_close[tape_start - 1] + steps


def vix_path(rng: np.random.Generator, sessions: list[date], spy_log: np.ndarray,
             tape_start: int) -> np.ndarray:
    """Log VIX: mean-reverts to realized volatility plus drawdown, jumps against the market."""
    n = len(sessions)
    spy_returns = np.diff(spy_log, prepend=spy_log[0])
    log_vix = np.empty(n)
    log_vix[0] = math.log(ANCHORS["^VIX"][0][1])
    for t in range(1, n):
        window = spy_returns[max(1, t - 20):t + 1]
        realized = float(np.std(window)) * math.sqrt(252) * 100 if len(window) > 2 else 15.0
        peak = float(np.max(spy_log[max(0, t - 63):t + 1]))
        drawdown = 1 - math.exp(spy_log[t] - peak)
        target = math.log(max(11.5, 4.0 + 0.9 * realized) + 40 * drawdown)
        drift = 0.18 * (target - log_vix[t - 1])
        log_vix[t] = log_vix[t - 1] + drift - 4.0 * spy_returns[t] + 0.035 * rng.standard_normal()
    anchors = [(0, ANCHORS["^VIX"][0][1]), (tape_start - 1, VIX_BEFORE_TAPE)]
    anchors += [(tape_start + k, vix) for k, (_, _, vix) in enumerate(STORY_TAPE)]
    return pin_to_anchors(log_vix, anchors)


def index_log_close(rng: np.random.Generator, etf_log: np.ndarray, ratio: float) -> np.ndarray:
    """An index as its ETF times a ratio, with stationary tracking noise of a few bp."""
    noise = np.empty(len(etf_log))
    noise[0] = 0.0
    for t in range(1, len(etf_log)):
        shock = rng.standard_normal() * TRACKING_NOISE_BP / 10_000
        noise[t] = TRACKING_PERSISTENCE * noise[t - 1] + shock
    return etf_log + math.log(ratio) + noise


# --------------------------------------------------------------------------------------
# Bars: open, high, low, volume around each close; rounding
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DailyBar:
    session: date
    open: float
    high: float
    low: float
    close: float
    volume: int


def draw_ohlc(rng: np.random.Generator, close: np.ndarray, sigma: np.ndarray,
              wick: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Open near the previous close (a gap of part of the day's move), wicks beyond the body."""
    n = len(close)
    previous = np.concatenate([[close[0] * math.exp(-0.002)], close[:-1]])
    day_move = np.log(close / previous)
    gap = 0.3 * day_move + rng.standard_normal(n) * sigma * 0.22
    open_ = previous * np.exp(gap)
    upper = np.abs(rng.standard_normal(n)) * sigma * wick
    lower = np.abs(rng.standard_normal(n)) * sigma * wick
    high = np.maximum(open_, close) * np.exp(upper)
    low = np.minimum(open_, close) * np.exp(-lower)
    return open_, high, low


def draw_volume(rng: np.random.Generator, symbol: str, sessions: list[date],
                close: np.ndarray, sigma: np.ndarray) -> np.ndarray:
    """Share volume: busier on big moves, thin on early closes."""
    move = np.abs(np.diff(np.log(close), prepend=math.log(close[0])))
    surprise = move / np.maximum(sigma, 1e-6)
    level = np.exp(0.18 * rng.standard_normal(len(close)) + 0.18 * (surprise - 0.8))
    calendar = np.array([_calendar_volume(s) for s in sessions])
    return np.round(BASE_VOLUME[symbol] * level * calendar).astype(np.int64)


def _calendar_volume(session: date) -> float:
    if session in NYSE_EARLY_CLOSES:
        return 0.45
    third_friday = session.weekday() == 4 and 15 <= session.day <= 21
    return OPEX_VOLUME if third_friday else 1.0


def round_bars(sessions: list[date], open_: np.ndarray, high: np.ndarray, low: np.ndarray,
               close: np.ndarray, volume: np.ndarray | None) -> list[DailyBar]:
    """Round to cents, keep low <= open, close <= high, and never repeat a close exactly."""
    bars: list[DailyBar] = []
    for t, session in enumerate(sessions):
        c = round(float(close[t]), 2)
        if bars and c == bars[-1].close:
            c = round(c + (0.01 if close[t] >= close[t - 1] else -0.01), 2)
        o = round(float(open_[t]), 2)
        h = max(round(float(high[t]), 2), o, c)
        lo = min(round(float(low[t]), 2), o, c)
        v = int(volume[t]) if volume is not None else 0
        bars.append(DailyBar(session, o, h, lo, c, v))
    return bars


def clamp_range_prints(bars: list[DailyBar], scales: list[float],
                       slack: np.ndarray) -> list[DailyBar]:
    """Inside IWM's range window, intraday prints stop short of the range edges.

    `scales` turns IWM prices into the symbol's (1.0 for IWM, about 10 for ^RUT);
    `slack` (dollars below the top, above the bottom) varies the stopping point.
    """
    head, window = bars[:-RANGE_SESSIONS], bars[-RANGE_SESSIONS:]
    clamped = []
    for bar, scale, (under, over) in zip(window, scales[-RANGE_SESSIONS:], slack, strict=True):
        top = round(float((RANGE_HIGH - under) * scale), 2)
        bottom = round(float((RANGE_LOW + over) * scale), 2)
        high = min(bar.high, max(bar.open, bar.close, top))
        low = max(bar.low, min(bar.open, bar.close, bottom))
        clamped.append(DailyBar(bar.session, bar.open, high, low, bar.close, bar.volume))
    return head + clamped


def build_bars(seed: int) -> dict[str, list[DailyBar]]:
    """All nine symbols' daily bars."""
    rng = np.random.default_rng(seed)
    sessions = trading_sessions(FIRST_SESSION, DEMO_SESSION)
    market = build_market(rng, sessions)
    bars: dict[str, list[DailyBar]] = {}
    for symbol in ETFS:
        close = np.exp(market.log_close[symbol])
        sigma = market.sigma * math.hypot(BETA[symbol], IDIO[symbol])
        open_, high, low = draw_ohlc(rng, close, sigma, wick=0.42)
        volume = draw_volume(rng, symbol, sessions, close, sigma)
        bars[symbol] = round_bars(sessions, open_, high, low, close, volume)
        index_log = index_log_close(rng, market.log_close[symbol], INDEX_RATIO[symbol])
        scale = np.exp(index_log - market.log_close[symbol])
        bars[INDEX_OF[symbol]] = round_bars(sessions, open_ * scale, high * scale, low * scale,
                                            np.exp(index_log), None)
    slack = rng.uniform(0.0, 0.3, size=(RANGE_SESSIONS, 2))
    rut_scale = [r.close / i.close for r, i in zip(bars["^RUT"], bars["IWM"], strict=True)]
    bars["IWM"] = clamp_range_prints(bars["IWM"], [1.0] * len(sessions), slack)
    bars["^RUT"] = clamp_range_prints(bars["^RUT"], rut_scale, slack)
    vix_close = np.exp(market.log_close["^VIX"])
    vix_sigma = np.full(len(sessions), 0.045)
    open_, high, low = draw_ohlc(rng, vix_close, vix_sigma, wick=0.9)
    bars["^VIX"] = round_bars(sessions, open_, high, low, vix_close, None)
    return bars


# --------------------------------------------------------------------------------------
# The story, as measured on the rounded bars (and checked before anything is written)
# --------------------------------------------------------------------------------------
def closes(bars: list[DailyBar]) -> list[float]:
    return [bar.close for bar in bars]


def day_change_pct(bars: list[DailyBar], index: int = -1) -> float:
    """Close-to-close % change of the bar at `index` (default: the last)."""
    position = index % len(bars)
    return (bars[position].close / bars[position - 1].close - 1) * 100


def sma(values: list[float], length: int) -> float:
    return sum(values[-length:]) / length


def lagging_streak(bars: dict[str, list[DailyBar]], end: int = -1) -> int:
    """Sessions in a row, ending at `end`, on which IWM rose less than SPY."""
    last = end % len(bars["IWM"])
    streak = 0
    while day_change_pct(bars["IWM"], last - streak) < day_change_pct(bars["SPY"], last - streak):
        streak += 1
    return streak


def story_numbers(bars: dict[str, list[DailyBar]]) -> dict[str, float | int | str]:
    """The demo-day facts the fixtures are built to show."""
    iwm = closes(bars["IWM"])
    window = bars["IWM"][-RANGE_SESSIONS:]
    qqq = closes(bars["QQQ"])
    numbers: dict[str, float | int | str] = {
        f"{symbol} 1d %": round(day_change_pct(bars[symbol]), 3) for symbol in bars
    }
    numbers.update({
        "VIX previous close": bars["^VIX"][-2].close,
        "VIX close": bars["^VIX"][-1].close,
        f"IWM {RANGE_SESSIONS}-session closing low": min(b.close for b in window),
        f"IWM {RANGE_SESSIONS}-session closing high": max(b.close for b in window),
        f"IWM {RANGE_SESSIONS}-session intraday low": min(b.low for b in window),
        f"IWM {RANGE_SESSIONS}-session intraday high": max(b.high for b in window),
        "IWM close": iwm[-1],
        "IWM 50-day SMA": round(sma(iwm, 50), 2),
        "IWM 200-day SMA": round(sma(iwm, 200), 2),
        "IWM sessions lagging SPY": lagging_streak(bars),
        "SPY close": bars["SPY"][-1].close,
        "SPY 50-day SMA": round(sma(closes(bars["SPY"]), 50), 2),
        "SPY 200-day SMA": round(sma(closes(bars["SPY"]), 200), 2),
        "QQQ close": qqq[-1],
        "QQQ record close": max(qqq),
        "QQQ record close session": bars["QQQ"][qqq.index(max(qqq))].session.isoformat(),
        "QQQ % below record close": round((1 - qqq[-1] / max(qqq)) * 100, 3),
    })
    return numbers


class StoryError(AssertionError):
    """The generated data does not tell the story (a parameter was changed badly)."""


def check_story(bars: dict[str, list[DailyBar]]) -> None:
    n = story_numbers(bars)
    qqq, spy, dia, iwm = (float(n[f"{s} 1d %"]) for s in ("QQQ", "SPY", "DIA", "IWM"))
    rules = {
        "QQQ > SPY > DIA > IWM > 0 on the day": qqq > spy > dia > iwm > 0,
        "IWM closes inside the range, no print above it": RANGE_LOW
        <= float(n[f"IWM {RANGE_SESSIONS}-session closing low"])
        and float(n[f"IWM {RANGE_SESSIONS}-session intraday high"]) <= RANGE_HIGH,
        "the range started about five weeks ago": sessions_in_range(bars["IWM"], -1)
        == RANGE_SESSIONS,
        "IWM lagging 5-8 sessions": 5 <= int(n["IWM sessions lagging SPY"]) <= 8,
        "IWM 50-day above 200-day, price near the 50-day": float(n["IWM 50-day SMA"])
        > float(n["IWM 200-day SMA"]) and abs(float(n["IWM close"]) / float(n["IWM 50-day SMA"])
                                             - 1) < 0.015,
        "SPY above its 50- and 200-day": float(n["SPY close"]) > float(n["SPY 50-day SMA"])
        > float(n["SPY 200-day SMA"]),
        "QQQ within 1% of its record close": 0 < float(n["QQQ % below record close"]) < 1,
        "VIX down to 15-16 from about 17": 15 <= float(n["VIX close"]) <= 16
        and 16.5 <= float(n["VIX previous close"]) <= 17.5,
    }
    for index, etf in INDEX_OF.items():
        gap = abs(float(n[f"{index} 1d %"]) - float(n[f"{etf} 1d %"]))
        rules[f"{etf} and {index} move together"] = gap < 0.05
    broken = [rule for rule, holds in rules.items() if not holds]
    if broken:
        raise StoryError("the fixtures break the story: " + "; ".join(broken))


# --------------------------------------------------------------------------------------
# Writing bars
# --------------------------------------------------------------------------------------
def bars_csv(bars: list[DailyBar]) -> str:
    lines = ["date,open,high,low,close,volume"]
    lines += [f"{b.session.isoformat()},{b.open:.2f},{b.high:.2f},{b.low:.2f},{b.close:.2f},"
              f"{b.volume}" for b in bars]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Options open interest
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OptionRow:
    strike: float
    right: str
    open_interest: int


def strike_grid(spot: float) -> list[float]:
    """$1 strikes within 6% of spot, $5 strikes out to 12%."""
    fine = range(math.ceil(spot * 0.94), math.floor(spot * 1.06) + 1)
    coarse = range(5 * math.ceil(spot * 0.88 / 5), 5 * math.floor(spot * 1.12 / 5) + 1, 5)
    return sorted({float(k) for k in fine} | {float(k) for k in coarse})


def open_interest(rng: random.Random, strike: float, spot: float, right: str,
                  walls: tuple[int, int], scale: float) -> int:
    """OI: a hump on the out-of-the-money side, round-number strikes, walls, noise."""
    call_wall, put_wall = walls
    centre, width = (spot * 1.012, spot * 0.03) if right == "call" else (spot * 0.985, spot * 0.04)
    hump = math.exp(-0.5 * ((strike - centre) / width) ** 2)
    roundness = 2.4 if strike % 10 == 0 else 1.6 if strike % 5 == 0 else 1.0
    wall = 4.0 if strike == (call_wall if right == "call" else put_wall) else 1.0
    noise = math.exp(rng.gauss(0.0, 0.25))
    tail = 0.06 if right == "put" and strike < spot else 0.03
    return int(round(scale * (hump + tail) * roundness * wall * noise))


def build_chain(symbol: str, spot: float) -> list[OptionRow]:
    rng = random.Random(f"{SEED}-options-{symbol}")
    scale = {"IWM": 9000, "SPY": 16000, "QQQ": 11000, "DIA": 1400}[symbol]
    rows = []
    for strike in strike_grid(spot):
        for right in ("call", "put"):
            oi = open_interest(rng, strike, spot, right, OPTION_WALLS[symbol], scale)
            rows.append(OptionRow(strike, right, oi))
    return rows


def max_pain(rows: list[OptionRow]) -> float:
    """The settlement strike that minimises the intrinsic value paid to holders."""
    def payout(settle: float) -> float:
        return sum(r.open_interest * max(0.0, settle - r.strike if r.right == "call"
                                          else r.strike - settle) for r in rows)
    strikes = sorted({r.strike for r in rows})
    return min(strikes, key=payout)


def walls(rows: list[OptionRow]) -> tuple[float, float]:
    """(call wall, put wall): the strikes with the most call and most put OI."""
    calls = max((r for r in rows if r.right == "call"), key=lambda r: r.open_interest)
    puts = max((r for r in rows if r.right == "put"), key=lambda r: r.open_interest)
    return calls.strike, puts.strike


def check_chain_story(symbol: str, rows: list[OptionRow], spot: float) -> None:
    pain, (call_wall, put_wall) = max_pain(rows), walls(rows)
    near = 0 < abs(pain - spot) <= spot * 0.015 and pain != round(spot)
    if not (near and put_wall < spot < call_wall):
        raise StoryError(f"{symbol} chain: max pain {pain}, walls {put_wall}/{call_wall}, "
                         f"spot {spot}")


def chain_csv(rows: list[OptionRow]) -> str:
    lines = ["as_of,expiry,strike,right,open_interest"]
    lines += [f"{OPTIONS_AS_OF.isoformat()},{OPTIONS_EXPIRY.isoformat()},{r.strike:g},{r.right},"
              f"{r.open_interest}" for r in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# News: feeds, stories and the facts their prose is filled with
# --------------------------------------------------------------------------------------
ET = timezone(timedelta(hours=-5), "EST")   # New York in November (after the DST change)
RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"
HTML_TYPE = "text/html; charset=utf-8"
TRACKING = "utm_source=rss&utm_medium=feed"


@dataclass(frozen=True)
class Feed:
    key: str
    url: str
    publisher: str
    kind: str            # "rss" or "atom"
    path: str            # where the feed file goes, relative to fixtures/web
    site: str            # the publisher's home page
    title: str
    tagline: str


FEEDS = [
    Feed("harbor", "https://wire.harborstreet.example/markets/rss.xml", "Harbor Street Wire",
         "rss", "feeds/harborstreet-markets.xml", "https://wire.harborstreet.example",
         "Harbor Street Wire: Markets", "Stocks, bonds and the economy from the Harbor Street desk."),
    Feed("ledger", "https://ledgerdaily.example/feeds/us-stocks.atom", "Ledger Markets Daily",
         "atom", "feeds/ledgerdaily-us-stocks.atom", "https://ledgerdaily.example",
         "Ledger Markets Daily - U.S. Stocks", "Daily coverage of U.S. equity markets."),
    Feed("tapewatch", "https://tapewatch.example/rss/indices.xml", "Tapewatch",
         "rss", "feeds/tapewatch-indices.xml", "https://tapewatch.example",
         "Tapewatch | Indices", "Index levels, breadth & volatility, read off the tape."),
    Feed("macro", "https://macrobrief.example/rss/fed-and-rates.xml", "Macro Brief",
         "atom", "feeds/macrobrief-fed-and-rates.atom", "https://macrobrief.example",
         "Macro Brief: Fed & Rates", "The Federal Reserve, Treasury yields and the dollar."),
]
FEED_BY_KEY = {feed.key: feed for feed in FEEDS}


@dataclass(frozen=True)
class Story:
    """One feed entry. `same_page_as`: the entry links to another story's page (same URL,
    other tracking parameters). `copy_of`: a syndicated copy on its own URL with the
    original's title and body."""

    key: str
    feed: str
    published: str       # "2026-11-20 16:20", New York time
    topic: str
    title: str
    author: str
    url: str
    page: str = "article"          # "article", "video" or "missing" (no page: a 404)
    same_page_as: str | None = None
    copy_of: str | None = None
    categories: tuple[str, ...] = ()

    @property
    def published_at(self) -> datetime:
        return datetime.strptime(self.published, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


H, L, T, M = (FEED_BY_KEY[k].site for k in ("harbor", "ledger", "tapewatch", "macro"))
STORIES = [
    # Harbor Street Wire (RSS 2.0, GMT dates, tracking parameters on every link)
    Story("h01", "harbor", "2026-11-13 16:35", "close_down",
          "Stocks slip as chip shares drag the Nasdaq; Russell 2000 {rut_hverb} {rut_pct}",
          "Nadia Ferreira", f"{H}/markets/2026/11/13/stocks-slip-chip-shares-drag?{TRACKING}",
          categories=("Markets", "Stocks")),
    Story("h02", "harbor", "2026-11-14 09:00", "week_ahead",
          "Week ahead: Fed minutes, retailer results and a monthly options expiry",
          "Jonah Whitaker", f"{H}/markets/2026/11/14/week-ahead-fed-minutes-opex?{TRACKING}",
          categories=("Markets", "Week Ahead")),
    Story("h03", "harbor", "2026-11-16 16:40", "close_up",
          "Stocks rebound as Treasury yields ease; S&P 500 {spx_hverb} {spx_pct}",
          "Nadia Ferreira", f"{H}/markets/2026/11/16/stocks-rebound-yields-ease?{TRACKING}",
          categories=("Markets", "Stocks")),
    Story("h04", "harbor", "2026-11-17 11:15", "gadget",
          "Orbiq's foldable e-reader arrives with a $349 price tag and a week-long battery",
          "Elise Montgomery", f"{H}/tech/2026/11/17/orbiq-foldable-e-reader-launch?{TRACKING}",
          categories=("Technology", "Gadgets")),
    Story("h05", "harbor", "2026-11-17 16:45", "close_down",
          "Wall Street slides as oil's drop hits energy; small caps lose {rut_pct}",
          "Jonah Whitaker", f"{H}/markets/2026/11/17/wall-street-slides-oil-energy?{TRACKING}",
          categories=("Markets", "Stocks")),
    Story("h06", "harbor", "2026-11-17 18:05", "oil", "", "",
          f"{L}/us-stocks/2026/11/17/oil-slides-energy-drags-dow"
          "?utm_source=harborstreet&utm_medium=syndication&utm_campaign=partner",
          same_page_as="l03", categories=("Partner content",)),
    Story("h07", "harbor", "2026-11-19 17:50", "small_caps", "", "",
          f"{H}/partners/tapewatch/2026/11/19/russell-2000-ten-dollar-box?{TRACKING}",
          copy_of="t05", categories=("Partner content", "Markets")),
    Story("h08", "harbor", "2026-11-19 16:40", "close_down",
          "Stocks edge lower before Friday's options expiry; the Dow {dji_hverb} {dji_pct}",
          "Nadia Ferreira", f"{H}/markets/2026/11/19/stocks-edge-lower-before-expiry?{TRACKING}",
          categories=("Markets", "Stocks")),
    Story("h09", "harbor", "2026-11-20 16:20", "tech_rally",
          "Nasdaq 100 {ndx_hverb} {ndx_pct} as megacap tech powers Friday's rally",
          "Jonah Whitaker", f"{H}/markets/2026/11/20/nasdaq-megacap-tech-rally?{TRACKING}",
          categories=("Markets", "Technology")),
    Story("h10", "harbor", "2026-11-20 09:30", "live",
          "Live updates: Stock futures point higher as tech leads premarket",
          "Harbor Street Wire staff", f"{H}/live/2026/11/20/stock-market-today?{TRACKING}",
          page="missing", categories=("Markets", "Live")),
    # Ledger Markets Daily (Atom 1.0, ISO dates with offsets)
    Story("l01", "ledger", "2026-11-13 17:20", "small_caps",
          "Russell 2000 turns lower again after another run at $250 in IWM",
          "Rafael Okafor", f"{L}/us-stocks/2026/11/13/russell-2000-turns-lower-again",
          categories=("Small caps", "ETFs")),
    Story("l02", "ledger", "2026-11-15 10:00", "travel",
          "Airlines brace for a record Thanksgiving week at U.S. checkpoints",
          "Hannah Lindqvist", f"{L}/business/2026/11/15/airlines-record-thanksgiving-week",
          categories=("Business", "Travel")),
    Story("l03", "ledger", "2026-11-17 16:25", "oil",
          "Oil slides as supply worries fade; energy shares weigh on the Dow",
          "Hannah Lindqvist", f"{L}/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
          categories=("Commodities", "Energy")),
    Story("l04", "ledger", "2026-11-18 14:35", "fed_minutes", "", "",
          f"{L}/partners/macro-brief/2026/11/18/fed-minutes-officials-divided",
          copy_of="m04", categories=("Partner content", "Federal Reserve")),
    Story("l05", "ledger", "2026-11-18 17:10", "vix",
          "VIX holds above 17 as investors keep paying up for protection",
          "Rafael Okafor", f"{L}/us-stocks/2026/11/18/vix-holds-above-17",
          categories=("Volatility", "Options")),
    Story("l06", "ledger", "2026-11-19 12:30", "retail",
          "Retailers' results put the holiday shopper to the test",
          "Hannah Lindqvist", f"{L}/business/2026/11/19/retailers-holiday-shopper-test",
          categories=("Retail", "Earnings")),
    Story("l07", "ledger", "2026-11-16 16:55", "dow",
          "Blue chips edge higher as industrials and health care firm",
          "Rafael Okafor", f"{L}/us-stocks/2026/11/16/blue-chips-edge-higher",
          categories=("Dow Jones", "Stocks")),
    Story("l08", "ledger", "2026-11-20 16:50", "close_up",
          "Nasdaq leads Friday's rebound, S&P 500 {spx_hverb} {spx_pct}; small caps lag again",
          "Rafael Okafor", f"{L}/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
          categories=("Stocks", "Market close")),
    Story("l09", "ledger", "2026-11-20 17:35", "small_caps",
          "Small caps sit out another rally as the Russell 2000's range reaches {range_weeks} "
          "weeks",
          "Hannah Lindqvist", f"{L}/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
          categories=("Small caps", "ETFs")),
    # Tapewatch (RSS 2.0, -0500 dates, e-mail authors, escaped HTML descriptions)
    Story("t01", "tapewatch", "2026-11-13 16:20", "vix",
          "VIX jumps above 17 as tech wobbles into the weekend",
          "Marcus Bell", f"{T}/indices/2026-11-13/vix-jumps-above-17.html",
          categories=("VIX",)),
    Story("t02", "tapewatch", "2026-11-16 17:00", "sp_technical",
          "S&P 500 holds above its 50-day average as dip buyers return",
          "Marcus Bell", f"{T}/indices/2026-11-16/sp-500-holds-50-day.html",
          categories=("S&P 500", "Technicals")),
    Story("t03", "tapewatch", "2026-11-17 16:30", "tech_slip",
          "Nasdaq 100 slips {ndx_pct}; QQQ backs away from its record",
          "Tapewatch Staff", f"{T}/indices/2026-11-17/nasdaq-100-slips.html",
          categories=("Nasdaq", "QQQ")),
    Story("t04", "tapewatch", "2026-11-18 16:40", "dow",
          "Dow edges up as defensive shares attract buyers",
          "Tapewatch Staff", f"{T}/indices/2026-11-18/dow-edges-up-defensives.html",
          categories=("Dow Jones",)),
    Story("t05", "tapewatch", "2026-11-19 17:15", "small_caps",
          "Russell 2000 stuck in a $10 box: {range_weeks} weeks between $240 and $250 for IWM",
          "Marcus Bell", f"{T}/indices/2026-11-19/russell-2000-ten-dollar-box.html",
          categories=("Russell 2000", "IWM")),
    Story("t06", "tapewatch", "2026-11-19 18:30", "video",
          "Video: Floor traders on the Russell 2000's tight range",
          "Tapewatch Video", f"{T}/video/2026-11-19/floor-traders-russell-range.html",
          page="video", categories=("Video", "Russell 2000")),
    Story("t07", "tapewatch", "2026-11-20 16:35", "options_expiry",
          "Monthly options expiry passes as QQQ rallies; next week's open interest clusters "
          "at round strikes", "Tapewatch Staff",
          f"{T}/indices/2026-11-20/monthly-options-expiry.html",
          categories=("Options", "QQQ", "SPY")),
    Story("t08", "tapewatch", "2026-11-20 16:45", "tech_rally", "", "",
          f"{H}/markets/2026/11/20/nasdaq-megacap-tech-rally"
          "?utm_source=tapewatch&utm_medium=partner&utm_campaign=indices",
          same_page_as="h09", categories=("Partner links",)),
    Story("t09", "tapewatch", "2026-11-20 17:05", "vix",
          "VIX falls to {vix_close} as the tech rebound calms nerves",
          "Marcus Bell", f"{T}/indices/2026-11-20/vix-falls-tech-rebound.html",
          categories=("VIX",)),
    # Macro Brief (Atom 1.0, UTC dates)
    Story("m01", "macro", "2026-11-13 10:40", "yields_up",
          "Treasury yields climb after a firmer producer-price report",
          "Ingrid Solberg", f"{M}/rates/2026/11/13/treasury-yields-climb-ppi",
          categories=("Treasuries",)),
    Story("m02", "macro", "2026-11-16 13:15", "fed_speakers",
          "Fed officials signal patience as the December decision nears",
          "Daniel Reyes", f"{M}/fed/2026/11/16/fed-officials-signal-patience",
          categories=("Federal Reserve",)),
    Story("m03", "macro", "2026-11-17 11:50", "dollar",
          "Dollar firms as traders pare bets on a December rate cut",
          "Ingrid Solberg", f"{M}/fx/2026/11/17/dollar-firms-rate-cut-bets",
          categories=("Currencies",)),
    Story("m04", "macro", "2026-11-18 14:20", "fed_minutes",
          "Fed minutes show officials divided over a December cut",
          "Daniel Reyes", f"{M}/fed/2026/11/18/fed-minutes-officials-divided",
          categories=("Federal Reserve", "FOMC")),
    Story("m05", "macro", "2026-11-19 09:10", "claims",
          "Jobless claims edge lower; Treasury yields hold steady",
          "Ingrid Solberg", f"{M}/economy/2026/11/19/jobless-claims-edge-lower",
          categories=("Economy", "Labor")),
    Story("m06", "macro", "2026-11-19 15:30", "rates_strategy",
          "Rates strategy: how desks are positioning into the Dec. 9 FOMC",
          "Daniel Reyes", f"{M}/rates/2026/11/19/positioning-into-december-fomc",
          page="missing", categories=("Treasuries", "FOMC")),
    Story("m07", "macro", "2026-11-20 15:45", "yields_down",
          "Yields slide as rate-cut odds firm ahead of the Dec. 9 meeting",
          "Ingrid Solberg", f"{M}/rates/2026/11/20/yields-slide-rate-cut-odds",
          categories=("Treasuries", "Federal Reserve")),
    Story("m08", "macro", "2026-11-20 18:00", "fomc_preview",
          "What to watch before the Fed's Dec. 9 decision and the Dec. 10 CPI report",
          "Daniel Reyes", f"{M}/fed/2026/11/20/what-to-watch-fomc-cpi",
          categories=("Federal Reserve", "Inflation")),
]
STORY_BY_KEY = {story.key: story for story in STORIES}

# Fictional macro levels by day: 10-year and 2-year yields (%), WTI ($/bbl), dollar index.
MACRO = {
    "2026-11-12": (4.14, 3.55, 69.40, 99.62),
    "2026-11-13": (4.18, 3.58, 68.90, 99.81),
    "2026-11-16": (4.16, 3.56, 69.20, 99.70),
    "2026-11-17": (4.15, 3.55, 67.35, 99.95),
    "2026-11-18": (4.12, 3.53, 67.60, 100.10),
    "2026-11-19": (4.13, 3.54, 67.10, 100.02),
    "2026-11-20": (4.06, 3.47, 67.80, 99.64),
}

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth")


def sessions_in_range(bars: list[DailyBar], t: int) -> int:
    """Closes in a row, ending at `t`, inside [RANGE_LOW, RANGE_HIGH]."""
    count, t = 0, t % len(bars)
    while t - count >= 0 and RANGE_LOW <= bars[t - count].close <= RANGE_HIGH:
        count += 1
    return count


def position_word(price: float, average: float) -> str:
    gap = price / average - 1
    if abs(gap) <= 0.01:
        return "just above" if gap >= 0 else "just below"
    return "above" if gap > 0 else "below"


def short_date(day: date) -> str:
    months = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
    return f"{months[day.month - 1]} {day.day}"


def verb(pct: float, rng: random.Random, headline: bool = False) -> str:
    """A verb for a daily % move, chosen among synonyms (present tense for headlines)."""
    if headline:
        choices = (("jumps", "rallies", "surges"), ("rises", "gains", "adds", "climbs"),
                   ("falls", "slips", "sheds", "dips"), ("tumbles", "slumps", "sinks"))
    else:
        choices = (("jumped", "rallied", "surged"), ("rose", "gained", "added", "climbed"),
                   ("fell", "slipped", "lost", "declined"), ("tumbled", "slumped", "sank"))
    strength = 0 if pct >= 1.5 else 1 if pct >= 0 else 3 if pct <= -1.5 else 2
    return rng.choice(choices[strength])


def move_phrase(pct: float, rng: random.Random) -> str:
    """'rose 0.4%', 'fell 1.2%' or 'was little changed'."""
    if abs(pct) < 0.05:
        return "was little changed"
    return f"{verb(pct, rng)} {abs(pct):.1f}%"


def about_session(story: Story, sessions: list[date]) -> int:
    """Index of the session a story describes: the latest close before publication."""
    published = story.published_at
    closed = [i for i, s in enumerate(sessions)
              if datetime.combine(s, datetime.min.time(), ET) + timedelta(hours=16) <= published]
    return closed[-1]


def macro_row(day: date) -> tuple[float, float, float, float]:
    known = [d for d in sorted(MACRO) if date.fromisoformat(d) <= day]
    return MACRO[known[-1]]


def market_facts(bars: dict[str, list[DailyBar]], t: int, rng: random.Random) -> dict[str, str]:
    """Numbers for prose about session index `t`, formatted the way news writes them."""
    facts: dict[str, str] = {}
    names = {"spx": "^GSPC", "ndx": "^NDX", "dji": "^DJI", "rut": "^RUT"}
    for short, symbol in names.items():
        pct = day_change_pct(bars[symbol], t)
        facts[f"{short}_pct"] = f"{abs(pct):.1f}%"
        facts[f"{short}_hverb"] = verb(pct, rng, headline=True)
        facts[f"{short}_move"] = move_phrase(pct, rng)
        facts[f"{short}_level"] = f"{bars[symbol][t].close:,.2f}"
        facts[f"{short}_dir"] = "up" if pct >= 0 else "down"
    for etf in ETFS:
        pct = day_change_pct(bars[etf], t)
        facts[f"{etf.lower()}_close"] = f"${bars[etf][t].close:,.2f}"
        facts[f"{etf.lower()}_move"] = move_phrase(pct, rng)
    vix, vix_prev = bars["^VIX"][t].close, bars["^VIX"][t - 1].close
    facts["vix_dir"] = "up" if vix >= vix_prev else "down"
    facts["vix_close"] = f"{vix:.1f}"
    facts["vix_prev"] = f"{vix_prev:.1f}"
    facts["vix_move"] = f"{'rose' if vix > vix_prev else 'fell'} {abs(vix - vix_prev):.1f} points"
    gap = day_change_pct(bars["^NDX"], t) - day_change_pct(bars["^RUT"], t)
    facts["gap_pp"] = f"{abs(gap):.1f} percentage points"
    return facts


def story_facts(bars: dict[str, list[DailyBar]], t: int, day: date,
                rng: random.Random) -> dict[str, str]:
    """Market facts plus the range, streak, record, averages, macro and calendar."""
    facts = market_facts(bars, t, rng)
    streak = lagging_streak(bars, t)
    weeks = max(1, round(sessions_in_range(bars["IWM"], t) / 5))
    iwm = closes(bars["IWM"])[: t + 1]
    spy = closes(bars["SPY"])[: t + 1]
    qqq = closes(bars["QQQ"])[: t + 1]
    record = max(qqq)
    ten, two, wti, dxy = macro_row(day)
    ten_before, _, wti_before, dxy_before = macro_row(day - timedelta(days=1))
    fomc_days = (FOMC_DATE - day).days
    facts.update({
        "weekday": bars["IWM"][t].session.strftime("%A"),
        "session_date": short_date(bars["IWM"][t].session),
        "range_low": f"${RANGE_LOW:.0f}", "range_high": f"${RANGE_HIGH:.0f}",
        "range_weeks": NUMBER_WORDS[weeks],
        "streak_word": NUMBER_WORDS[min(streak, 12)],
        "streak_ordinal": ORDINALS[min(streak, 10)],
        "streak_sentence": (f"It was the {ORDINALS[min(streak, 10)]} session in a row in which "
                            "IWM trailed the SPDR S&P 500 ETF (SPY)." if streak >= 3 else ""),
        "qqq_record": f"${record:,.2f}",
        "qqq_record_day": short_date(bars["QQQ"][qqq.index(record)].session),
        "qqq_below": f"{(1 - qqq[-1] / record) * 100:.1f}%",
        "spy_sma50": f"${sma(spy, 50):,.2f}",
        "spy_vs50": "above" if spy[-1] > sma(spy, 50) else "below",
        "iwm_sma50": f"${sma(iwm, 50):,.2f}",
        "iwm_vs50": position_word(iwm[-1], sma(iwm, 50)),
        "ten_year": f"{ten:.2f}%", "two_year": f"{two:.2f}%",
        "ten_change": f"{abs(ten - ten_before) * 100:.0f} basis points",
        "ten_dir": "rose" if ten > ten_before else "fell",
        "ten_trend": "up" if ten > ten_before else "down",
        "wti": f"${wti:.2f}",
        "wti_move": f"{'rose' if wti > wti_before else 'fell'} {abs(wti / wti_before - 1) * 100:.1f}%",
        "dxy": f"{dxy:.2f}",
        "dxy_move": f"{'rose' if dxy > dxy_before else 'fell'} {abs(dxy / dxy_before - 1) * 100:.1f}%",
        "fomc": short_date(FOMC_DATE), "cpi": short_date(CPI_DATE),
        "fomc_days": f"{fomc_days} days",
        "pub_weekday": day.strftime("%A"),
    })
    return facts


# --------------------------------------------------------------------------------------
# Sentence banks. A paragraph is a list of slots; a slot is a tuple of alternatives,
# one of which is chosen (seeded per story). `ByMood` picks a paragraph by the sign
# of a move. Placeholders come from `story_facts`; an empty sentence is dropped.
# --------------------------------------------------------------------------------------
Slot = tuple[str, ...]


@dataclass(frozen=True)
class ByMood:
    key: str                       # a fact holding "up" or "down"
    up: list[Slot]
    down: list[Slot]


CALENDAR: list[Slot] = [
    ("Investors now look to the Federal Reserve's policy decision on {fomc}, {fomc_days} away, "
     "and to the November consumer price index on {cpi}.",
     "The next big tests are the Fed's rate decision on {fomc} and the November CPI report the "
     "day after."),
    ("Futures pricing still leaves room for a quarter-point cut, though officials have stopped "
     "short of promising one.",
     "Traders remain split on whether the central bank will lower rates again before year-end."),
]
DRIVERS = ByMood(
    "spx_dir",
    up=[("Technology shares did most of the lifting, with chipmakers and software names among "
         "the best performers.",
         "Gains were concentrated in the largest technology companies, as software and "
         "semiconductor shares led the advance."),
        ("In bonds, the 10-year Treasury yield {ten_dir} to {ten_year}; U.S. crude settled at "
         "{wti} a barrel.",
         "The 10-year Treasury yield {ten_dir} to {ten_year}, and oil ended at {wti} a barrel.")],
    down=[("Chipmakers and other growth shares led the retreat, while utilities and consumer "
           "staples held up better.",
           "Selling was heaviest in semiconductor and internet names; defensive sectors such as "
           "utilities and health care lost less."),
          ("In bonds, the 10-year Treasury yield {ten_dir} to {ten_year}; U.S. crude settled at "
           "{wti} a barrel.",
           "The 10-year Treasury yield {ten_dir} to {ten_year}, and oil ended at {wti} a barrel.")],
)
VIX_LINE = ByMood(
    "vix_dir",
    up=[("The Cboe Volatility Index, Wall Street's so-called fear gauge, {vix_move} to "
         "{vix_close}.",
         "Demand for protection picked up, and the VIX {vix_move} to {vix_close}.")],
    down=[("The Cboe Volatility Index {vix_move} to {vix_close}, a sign that demand for hedges "
           "ebbed.",
           "Volatility eased: the VIX {vix_move} to {vix_close}.")],
)
QUOTE = ByMood(
    "spx_dir",
    up=[('"The leadership is still very narrow," said Maren Holloway, chief market strategist '
         'at Pell & Granger. "Megacap tech can carry the index, but I would feel better if '
         'small caps joined in."',
         '"Buyers keep showing up for the same handful of names," said Theo Vasquez, head of '
         'equity trading at Corbin Ridge Securities. "That works until it doesn\'t, and the '
         'equal-weight indexes are telling you to keep some caution."')],
    down=[('"Nothing about today looks like panic," said Priya Natarajan, a portfolio manager '
           'at Eastlake Asset Management. "This is a market that ran a long way and is catching '
           'its breath before the Fed."',
           '"We are seeing profit-taking in the winners rather than a change of view," said '
           'Gideon Marsh, senior technical analyst at Tidewater Research. "The trend is intact '
           'as long as the S&P 500 holds its 50-day line."')],
)
SMALL_CAPS_DAY = ByMood(
    "rut_dir",
    up=[("Small caps lagged: the Russell 2000 {rut_move}, trailing the Nasdaq 100 by {gap_pp}, "
         "and the iShares Russell 2000 ETF (IWM) ended at {iwm_close}.",
         "The rally thinned out further down the market-cap ladder. The Russell 2000 "
         "{rut_move}, {gap_pp} behind the Nasdaq 100, with IWM closing at {iwm_close}."),
        ("{streak_sentence}",)],
    down=[("The small-cap Russell 2000 {rut_move} to {rut_level}, and the iShares Russell 2000 "
           "ETF (IWM) finished at {iwm_close}.",
           "Small caps did not escape the selling: the Russell 2000 {rut_move} and IWM closed "
           "at {iwm_close}."),
          ("{streak_sentence}",)],
)
RATES_LINE: list[Slot] = [
    ("The 2-year Treasury yield, the most sensitive to policy expectations, stood at "
     "{two_year}, and the 10-year yield at {ten_year}.",
     "Two-year yields, which track expectations for Fed policy, were at {two_year}; the "
     "10-year yield was at {ten_year}."),
]
MARKET_REACTION: list[Slot] = [
    ("Equity investors are watching the rate outlook closely: in the latest session the "
     "S&P 500 {spx_move} and the rate-sensitive Russell 2000 {rut_move}.",
     "In the stock market's most recent session, the S&P 500 {spx_move}, while the Russell "
     "2000, home to many companies that borrow at floating rates, {rut_move}."),
]

PARAGRAPHS: dict[str, list[Slot] | ByMood] = {
    "calendar": CALENDAR, "drivers": DRIVERS, "vix_line": VIX_LINE, "quote": QUOTE,
    "small_caps_day": SMALL_CAPS_DAY, "rates_line": RATES_LINE,
    "market_reaction": MARKET_REACTION,
    "lede_close": ByMood(
        "spx_dir",
        up=[("U.S. stocks closed higher on {weekday}: the S&P 500 {spx_move} to {spx_level} "
             "and the Nasdaq 100 {ndx_move}.",
             "Wall Street ended {weekday} in the green: the S&P 500 {spx_move} to {spx_level}, "
             "and the tech-heavy Nasdaq 100 {ndx_move}."),
            ("The Dow Jones Industrial Average {dji_move} to {dji_level}.",
             "The Dow Jones Industrial Average {dji_move}, finishing at {dji_level}.")],
        down=[("U.S. stocks closed lower on {weekday} as the S&P 500 {spx_move} to {spx_level} "
               "and the Nasdaq 100 {ndx_move}.",
               "Stocks gave ground on {weekday}: the S&P 500 {spx_move} to {spx_level}, and "
               "the Nasdaq 100 {ndx_move}."),
              ("The Dow Jones Industrial Average {dji_move} to {dji_level}.",
               "The Dow Jones Industrial Average {dji_move}, settling at {dji_level}.")],
    ),
    "lede_tech_rally": [
        ("The largest technology companies led a rebound on {weekday}, and the Nasdaq 100 "
         "{ndx_move} to {ndx_level}.",
         "Megacap technology shares roared back on {weekday}, lifting the Nasdaq 100 {ndx_pct} "
         "to {ndx_level}."),
        ("The S&P 500 {spx_move} to {spx_level}, and the Dow Jones Industrial Average "
         "{dji_move}.",),
    ],
    "tech_record": [
        ("The Invesco QQQ Trust (QQQ) closed at {qqq_close}, {qqq_below} below the record close "
         "of {qqq_record} it set on {qqq_record_day}.",
         "QQQ ended at {qqq_close}, {qqq_below} short of the record close of {qqq_record} it "
         "posted on {qqq_record_day}."),
    ],
    "tech_leaders": [
        ("Chipmakers, cloud-software companies and the biggest internet platforms accounted for "
         "most of the gain.",
         "Semiconductor shares were the strongest group, followed by software and the large "
         "internet platforms."),
        ("Traders cited relief that this week's results from the sector's bellwethers had "
         "cleared a high bar.",
         "Part of the move was short covering after three down sessions for the group in the "
         "past week, traders said."),
    ],
    "breadth": [
        ("Breadth told a more cautious story.",
         "Beneath the headline gains, participation was thinner."),
        ("Advancers only narrowly outnumbered decliners on the New York Stock Exchange, and the "
         "equal-weight S&P 500 rose far less than the cap-weighted index.",
         "Nearly as many NYSE stocks fell as rose, and the equal-weight version of the S&P 500 "
         "lagged its cap-weighted parent."),
    ],
    "lede_tech_slip": [
        ("The Nasdaq 100 {ndx_move} on {weekday} as investors trimmed positions in the largest "
         "chipmakers and cloud-software companies.",
         "Tech gave back ground on {weekday}: the Nasdaq 100 {ndx_move} to {ndx_level}."),
        ("The S&P 500 {spx_move}, and the Dow {dji_move}.",),
    ],
    "tech_slip_detail": [
        ("Traders described the pullback as orderly, with volume in QQQ close to its recent "
         "average.",
         "The decline came on ordinary volume, which chart watchers read as profit-taking "
         "rather than heavy selling."),
        ("Some had expected a pause after the run to a record, and few saw a reason to chase "
         "the move lower.",),
    ],
    "lede_small_caps": [
        ("The Russell 2000 is going nowhere fast.", "Small caps remain stuck.",
         "For small-cap investors, the range is the story."),
        ("The iShares Russell 2000 ETF (IWM) closed at {iwm_close} on {weekday}, inside the "
         "{range_low}-to-{range_high} band it has held for {range_weeks} weeks.",
         "IWM finished {weekday} at {iwm_close}, still boxed between roughly {range_low} and "
         "{range_high}, where it has traded for {range_weeks} weeks."),
    ],
    "range_detail": [
        ("Each push toward {range_high} has met sellers, most recently on Nov. 12, when the fund "
         "posted its highest close of the range before turning lower.",
         "Rallies toward {range_high} have stalled repeatedly, the latest on Nov. 12, while dips "
         "toward {range_low} drew buyers in late October."),
        ("The index itself ended at {rut_level} after it {rut_move}.",),
    ],
    "small_caps_relative": [
        ("Against large caps the picture is worse.",
         "The comparison with large caps is unflattering."),
        ("The S&P 500 {spx_move} on the day and the Nasdaq 100 {ndx_move}, while the Russell "
         "2000 {rut_move}.",),
        ("{streak_sentence}",),
    ],
    "range_levels": [
        ("Chart watchers put support at {range_low}, the floor that held in late October, and "
         "resistance at {range_high}.",
         "Traders watching the chart see {range_low} as the line that has to hold and "
         "{range_high} as the lid."),
        ("IWM is trading {iwm_vs50} its 50-day moving average of {iwm_sma50}, which has "
         "flattened out as the range has dragged on.",
         "The ETF sits {iwm_vs50} its 50-day moving average, near {iwm_sma50}, a sign that the "
         "trend has gone flat."),
    ],
    "quote_small": [
        ('"Small caps need lower rates and a better read on growth, and right now they have '
         'neither locked in," said Owen Fairweather, a small-cap portfolio manager at Millbrook '
         'Capital.',
         '"Until IWM gets through {range_high} on volume, this is a range trade, not a trend," '
         'said Carmen Ibarra, derivatives strategist at Halcyon Markets.'),
        ("Many smaller companies carry floating-rate debt, which makes the group more sensitive "
         "than large caps to how far and how fast the Fed cuts.",
         "Many Russell 2000 companies do not turn a profit, analysts note, which leaves the "
         "index leaning on cheaper financing for a re-rating."),
    ],
    "lede_dow": [
        ("The Dow Jones Industrial Average {dji_move} on {weekday} to {dji_level}, helped by "
         "gains in industrial and health-care shares.",
         "Blue chips edged up on {weekday}, with the Dow Jones Industrial Average ending at "
         "{dji_level} after it {dji_move}."),
        ("The SPDR Dow Jones Industrial Average ETF (DIA) closed at {dia_close}.",),
    ],
    "dow_detail": [
        ("Defensive names such as health care and consumer staples drew steady demand, while a "
         "few industrial companies climbed after upbeat comments on orders.",
         "Health-care and consumer-staples stocks were in demand, and machinery makers firmed "
         "after a rival raised its outlook."),
        ("Because the Dow is price-weighted, a few high-priced components can account for much "
         "of a day's move.",
         "The Dow's price weighting means a handful of expensive shares often decide its "
         "direction on quiet days."),
    ],
    "lede_vix": ByMood(
        "vix_dir",
        up=[("The Cboe Volatility Index climbed to {vix_close} on {weekday} from {vix_prev} as "
             "stocks slipped and traders bought protection.",
             "The VIX rose to {vix_close} from {vix_prev} on {weekday} as the S&P 500 "
             "{spx_move}."),
            ("The move was led by demand for short-dated S&P 500 puts, options desks said.",)],
        down=[("The Cboe Volatility Index eased to {vix_close} on {weekday} from {vix_prev}, "
               "while the S&P 500 {spx_move}.",
               "The VIX slipped to {vix_close} from {vix_prev} on {weekday} as the S&P 500 "
               "{spx_move}."),
              ("Options desks reported lighter demand for short-dated index puts.",)],
    ),
    "vix_detail": [
        ("Readings in the mid to high teens are close to the gauge's long-run norm and far below "
         "the levels reached during the spring sell-off.",
         "The gauge remains well below its spring peak; readings in the mid to high teens are "
         "roughly in line with its long-term average."),
        ("With the Fed's decision on {fomc} and the {cpi} inflation report still ahead, some "
         "investors prefer to carry inexpensive protection into year-end.",),
    ],
    "lede_sp_technical": [
        ("The S&P 500 {spx_move} on {weekday} to {spx_level}, bouncing after Friday's decline "
         "and staying {spy_vs50} its 50-day moving average.",),
        ("Buyers stepped in early and held the gains into the close.",
         "The index spent most of the session in positive territory."),
    ],
    "sp_levels": [
        ("For the SPDR S&P 500 ETF (SPY), which closed at {spy_close}, the 50-day average sits "
         "near {spy_sma50}.",),
        ("Chart watchers said a close below that line would be the first sign that the autumn "
         "uptrend is tiring.",
         "Technicians treat the average as first support; the 200-day average is much lower."),
    ],
    "lede_oil": [
        ("Oil prices {wti_move} on {pub_weekday}, with West Texas Intermediate crude settling "
         "at {wti} a barrel as worries about supply faded.",
         "U.S. crude {wti_move} to {wti} a barrel on {pub_weekday} as traders bet on ample "
         "supply into the winter."),
        ("Energy shares were among the weakest groups in the S&P 500.",),
    ],
    "oil_detail": [
        ("Inventories have risen for three straight weeks, and several producers have signaled "
         "higher output next year.",
         "Traders pointed to rising stockpiles and steady output from producers outside OPEC+."),
        ("The slide weighed on the Dow, which {dji_move}, and on the energy-heavy corners of the "
         "Russell 2000, which {rut_move}.",),
    ],
    "dollar_line": [
        ("The dollar index, which measures the greenback against six major currencies, "
         "{dxy_move} to {dxy}.",),
    ],
    "lede_week_ahead": [
        ("The coming week brings a busy mix of central-bank news, earnings and derivatives "
         "activity.",
         "A crowded calendar awaits investors in the week ahead."),
        ("Minutes of the Federal Reserve's October meeting arrive on Wednesday, several large "
         "retailers report, and monthly options expire on Friday.",),
    ],
    "week_ahead_market": [
        ("Stocks head into the week after a soft Friday in which the S&P 500 {spx_move} and the "
         "Nasdaq 100 {ndx_move}.",),
        ("The Russell 2000 {rut_move}, and IWM remains stuck between {range_low} and "
         "{range_high}.",),
    ],
    "week_ahead_opex": [
        ("Friday's expiry is the monthly one, and open interest in SPY and QQQ is heavy at "
         "round-number strikes, which can pin prices into the close.",
         "Monthly options expire on Friday; traders expect heavy open interest at round strikes "
         "to keep the index ETFs close to those levels into the close."),
        ("The VIX ended the week at {vix_close}.",),
    ],
    "week_ahead_fed": [
        ("The Fed minutes should show how close officials came to pausing, and how many were "
         "ready to cut again in December.",),
        ("Policy makers next meet on {fomc}; November CPI follows on {cpi}.",),
    ],
    "lede_opex": [
        ("Friday's monthly options expiry came and went without drama for the index ETFs, as a "
         "tech-led rally lifted QQQ to {qqq_close}.",),
        ("SPY {spy_move} to {spy_close}, and IWM {iwm_move} to {iwm_close}.",),
    ],
    "opex_detail": [
        ("With November's contracts gone, attention shifts to the weekly expiry on Nov. 27, the "
         "day after Thanksgiving, when markets close early.",),
        ("Open interest for that date clusters at round strikes: $700 calls and $675 puts in "
         "SPY, $640 calls and $610 puts in QQQ, and $250 calls and $240 puts in IWM.",),
    ],
    "opex_levels": [
        ("For IWM, the $250 calls line up with the top of its {range_weeks}-week range and the "
         "$240 puts with the bottom, which some traders said could keep the fund boxed in "
         "through the holiday.",),
    ],
    "lede_retail": [
        ("Two of the country's largest discount chains reported quarterly results this week "
         "that pointed to a choosier shopper heading into the holidays.",),
        ("Sales beat forecasts at Brightmart, while HomeHaven trimmed its outlook for the "
         "season, citing weaker demand for big-ticket home goods.",),
    ],
    "retail_detail": [
        ("Both chains said shoppers were trading down to store brands and waiting for "
         "promotions before buying.",
         "Executives at both companies described customers who shop later and compare prices "
         "more carefully than a year ago."),
        ("Brightmart said traffic rose in its grocery aisles while sales of electronics and "
         "furniture fell.",),
    ],
    "retail_market": [
        ("Retail shares have lagged the S&P 500 this quarter, and the results did little to "
         "change that.",),
        ("The sector's next test comes with Black Friday sales data next week.",),
    ],
    "quote_retail": [
        ('"The consumer is still spending, but every dollar is working harder," said Dana '
         'Whitcombe, a retail analyst at Larchmont Capital.',),
    ],
    "gadget_1": [
        ("Orbiq on Tuesday unveiled the Folio, a foldable e-reader with a 7.8-inch screen that "
         "closes like a paperback, priced at $349.",),
        ("The device ships Dec. 1 in two colors and will be sold online and through a handful "
         "of bookstore chains.",),
    ],
    "gadget_2": [
        ("The company says the Folio's battery lasts about a week of daily reading, and that "
         "the hinge has been tested for 200,000 folds.",),
        ("An optional stylus adds handwritten notes in the margins.",),
    ],
    "gadget_3": [
        ("Reviewers who tried early units praised the weight, just under 300 grams, but said "
         "the crease in the screen is visible under bright light.",),
    ],
    "gadget_4": [
        ("Orbiq, founded six years ago, has sold clip-on reading lights and a basic e-reader; "
         "the Folio is its first product above $200.",),
        ("It is betting that commuters will pay extra for a device that fits in a coat pocket.",),
    ],
    "gadget_5": [
        ("Store-bought e-books will sync from the major online shops, the company said, though "
         "library lending will arrive only in a software update early next year.",),
    ],
    "travel_1": [
        ("U.S. airlines expect to fly a record number of passengers over the Thanksgiving "
         "period, an industry trade group said on Sunday.",),
        ("Carriers plan to add extra flights on the busiest days, the Tuesday and Wednesday "
         "before the holiday and the Sunday after it.",),
    ],
    "travel_2": [
        ("Airport screening checkpoints are expected to handle more than three million "
         "travelers on the peak day.",),
        ("Airlines have hired and trained more staff since last year's holiday delays.",),
    ],
    "travel_3": [
        ("Fares are slightly lower than a year ago on most domestic routes, helped by cheaper "
         "jet fuel and additional seats.",),
    ],
    "travel_4": [
        ("Travelers were advised to arrive early, to avoid checking bags where they can, and to "
         "watch for weather warnings in the Northeast.",),
    ],
    "lede_fed_speakers": [
        ("Two Federal Reserve officials said on {pub_weekday} that the central bank can afford "
         "to be patient, adding to signs that a December rate cut is far from certain.",),
        ("Policy makers meet on {fomc}, {fomc_days} from now.",),
    ],
    "fed_speakers_detail": [
        ("One regional Fed president told a business audience that inflation in services was "
         "cooling only slowly.",),
        ("A Fed governor, speaking separately, said the labor market looked balanced and that "
         "there was no rush to move.",),
    ],
    "lede_minutes": [
        ("Minutes of the Federal Reserve's Oct. 27-28 meeting, released on {pub_weekday}, "
         "showed officials divided over whether to lower rates again in December.",),
        ("Several participants said a further cut would be appropriate if inflation kept "
         "easing, while others preferred to wait for more data.",),
    ],
    "minutes_detail": [
        ("Officials noted that job growth had slowed but that layoffs remained low, and many "
         "saw the risks to inflation as broadly balanced.",),
        ("The split leaves the {fomc} decision open, with the November CPI report due the day "
         "after, on {cpi}.",),
    ],
    "quote_rates": [
        ('"The minutes give both camps something to point to," said Lena Kowalczyk, rates '
         'strategist at Brightwater Partners. "The data between now and {fomc} will decide '
         'it."',),
    ],
    "lede_yields_up": [
        ("Treasury yields rose on {pub_weekday} after producer prices for October came in "
         "firmer than economists had expected.",),
        ("The 10-year yield {ten_dir} {ten_change} to {ten_year}, and the 2-year yield climbed "
         "to {two_year}.",),
    ],
    "lede_yields_down": [
        ("Treasury yields fell on {pub_weekday} as traders added to bets on a December rate "
         "cut.",),
        ("The 10-year yield {ten_dir} {ten_change} to {ten_year}, and the 2-year yield dropped "
         "to {two_year}.",),
    ],
    "yields_detail": ByMood(
        "ten_trend",
        up=[("Higher borrowing costs tend to weigh on rate-sensitive corners of the stock "
             "market, such as small caps and homebuilders.",),
            ("The dollar index stood at {dxy}.",)],
        down=[("Lower borrowing costs tend to help rate-sensitive corners of the stock market, "
               "such as small caps and homebuilders, though the Russell 2000 has struggled to "
               "turn that into lasting gains.",),
              ("The dollar index stood at {dxy}.",)],
    ),
    "lede_dollar": [
        ("The dollar firmed on {pub_weekday}, and the dollar index {dxy_move} to {dxy} as "
         "traders pared bets on a December rate cut.",),
        ("The greenback gained most against the yen and the Swiss franc.",),
    ],
    "dollar_detail": [
        ("A stronger dollar tends to weigh on the overseas earnings of large U.S. "
         "multinationals and on commodity prices.",),
        ("U.S. crude traded at {wti} a barrel.",),
    ],
    "lede_claims": [
        ("Initial claims for unemployment benefits fell by 6,000 to 218,000 last week, the "
         "Labor Department said on {pub_weekday}.",),
        ("Continuing claims were little changed, suggesting that laid-off workers are taking "
         "about as long as before to find new jobs.",),
    ],
    "claims_detail": [
        ("The figures did little to settle the debate over a December cut.",),
        ("The 10-year Treasury yield held near {ten_year}.",),
    ],
    "lede_fomc_preview": [
        ("The Federal Reserve announces its next rate decision on {fomc}, and the November "
         "consumer price index follows a day later, on {cpi}.",),
        ("Here is what investors are watching.",),
    ],
    "fomc_preview_detail": [
        ("Markets see a quarter-point cut as slightly more likely than not after this week's "
         "decline in yields, with the 2-year note at {two_year}.",),
        ("Officials will also publish new economic projections, including the closely "
         "watched dot plot of rate expectations.",),
    ],
    "fomc_preview_stocks": [
        ("Stocks ended the week on a firm note: the S&P 500 {spx_move} on Friday and the "
         "Nasdaq 100 {ndx_move}, while the Russell 2000 {rut_move}.",),
        ("A cut would matter most for small caps, which have lagged the rally.",),
    ],
}

TOPICS: dict[str, list[str]] = {
    "close_up": ["lede_close", "small_caps_day", "drivers", "vix_line", "quote", "calendar"],
    "close_down": ["lede_close", "small_caps_day", "drivers", "vix_line", "quote", "calendar"],
    "tech_rally": ["lede_tech_rally", "tech_record", "tech_leaders", "breadth",
                   "small_caps_day", "vix_line", "quote", "calendar"],
    "tech_slip": ["lede_tech_slip", "tech_record", "tech_slip_detail", "vix_line", "quote"],
    "small_caps": ["lede_small_caps", "range_detail", "small_caps_relative", "range_levels",
                   "quote_small", "calendar"],
    "dow": ["lede_dow", "dow_detail", "drivers", "vix_line", "calendar"],
    "vix": ["lede_vix", "vix_detail", "drivers", "quote"],
    "sp_technical": ["lede_sp_technical", "sp_levels", "breadth", "quote", "calendar"],
    "oil": ["lede_oil", "oil_detail", "dollar_line", "calendar"],
    "week_ahead": ["lede_week_ahead", "week_ahead_market", "week_ahead_opex", "week_ahead_fed"],
    "options_expiry": ["lede_opex", "opex_detail", "opex_levels", "vix_line", "quote"],
    "retail": ["lede_retail", "retail_detail", "retail_market", "quote_retail"],
    "gadget": ["gadget_1", "gadget_2", "gadget_3", "gadget_4", "gadget_5"],
    "travel": ["travel_1", "travel_2", "travel_3", "travel_4"],
    "fed_speakers": ["lede_fed_speakers", "fed_speakers_detail", "rates_line",
                     "market_reaction", "calendar"],
    "fed_minutes": ["lede_minutes", "minutes_detail", "rates_line", "market_reaction",
                    "quote_rates"],
    "yields_up": ["lede_yields_up", "yields_detail", "market_reaction", "calendar"],
    "yields_down": ["lede_yields_down", "yields_detail", "market_reaction", "calendar"],
    "dollar": ["lede_dollar", "dollar_detail", "rates_line", "calendar"],
    "claims": ["lede_claims", "claims_detail", "market_reaction", "calendar"],
    "fomc_preview": ["lede_fomc_preview", "fomc_preview_detail", "fomc_preview_stocks",
                     "rates_line"],
}

# Feed summaries for entries whose page holds no article text.
DEKS = {
    "live": "Follow along as stock futures point to a higher open, led by technology shares.",
    "rates_strategy": "Desks are adding to bets on lower front-end yields before the Dec. 9 "
                      "decision; some hedge against a hawkish hold.",
    "video": "Floor traders discuss why the Russell 2000 keeps stalling near the top of its "
             "range. (2:48)",
}


def compose(topic: str, facts: dict[str, str], rng: random.Random) -> list[str]:
    """Paragraphs for `topic`: one alternative per slot, filled with `facts`."""
    paragraphs = []
    for name in TOPICS[topic]:
        bank = PARAGRAPHS[name]
        slots = bank if isinstance(bank, list) else (
            bank.up if facts[bank.key] == "up" else bank.down)
        sentences = [rng.choice(slot).format(**facts) for slot in slots]
        text = " ".join(s for s in sentences if s)
        if text:
            paragraphs.append(text)
    return paragraphs


# --------------------------------------------------------------------------------------
# Articles: a story's title, body and summary, with copies resolved
# --------------------------------------------------------------------------------------
@dataclass
class Article:
    story: Story
    title: str
    author: str
    paragraphs: list[str]
    summary: str
    page_path: str | None          # relative to fixtures/web; None when the page is a 404
    host_feed: str                 # whose site serves the page (decides the page template)
    related: list[Article] = field(default_factory=list)


def canonical(url: str) -> str:
    return url.split("?", 1)[0]


def page_path_for(story: Story) -> str:
    host = next(f.key for f in FEEDS if canonical(story.url).startswith(f.site))
    slug = canonical(story.url).rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return f"pages/{host}/{story.published[:10]}-{slug}.html"


def write_original(story: Story, bars: dict[str, list[DailyBar]]) -> Article:
    rng = random.Random(f"{SEED}-{story.key}")
    sessions = [bar.session for bar in bars["IWM"]]
    facts = story_facts(bars, about_session(story, sessions), story.published_at.date(), rng)
    paragraphs = compose(story.topic, facts, rng) if story.topic in TOPICS else []
    summary = paragraphs[0] if paragraphs else DEKS[story.topic]
    page = None if story.page == "missing" else page_path_for(story)
    host = page.split("/")[1] if page else story.feed
    return Article(story, story.title.format(**facts), story.author, paragraphs, summary,
                   page, host)


def write_articles(bars: dict[str, list[DailyBar]]) -> list[Article]:
    """Every feed entry as an Article, in STORIES order; copies share their original's text."""
    originals = {s.key: write_original(s, bars) for s in STORIES
                 if not (s.copy_of or s.same_page_as)}
    articles = []
    for story in STORIES:
        source = story.copy_of or story.same_page_as
        if source is None:
            articles.append(originals[story.key])
            continue
        original = originals[source]
        page = page_path_for(story) if story.copy_of else original.page_path
        host = page.split("/")[1] if page else story.feed
        articles.append(Article(story, original.title, original.author, original.paragraphs,
                                original.summary, page, host))
    for article in articles:
        article.related = [other for other in articles if other.host_feed == article.host_feed
                           and other.page_path not in (None, article.page_path)
                           and other.story.page == "article"][:4]
    return articles


# --------------------------------------------------------------------------------------
# HTML pages (each publisher has its own site chrome around the <article>)
# --------------------------------------------------------------------------------------
def smart(text: str) -> str:
    """HTML-escape prose the way a CMS would publish it: typographic quotes and apostrophes."""
    escaped = html.escape(text, quote=False)
    out, opening = [], True
    for char in escaped:
        if char == '"':
            out.append("&ldquo;" if opening else "&rdquo;")
            opening = not opening
        elif char == "'":
            out.append("&rsquo;")
        else:
            out.append(char)
    return "".join(out)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def head(article: Article, site_name: str, extra: str = "") -> str:
    story = article.story
    description = article.summary[:180]
    url = canonical(STORY_BY_KEY[story.copy_of].url) if story.copy_of else canonical(story.url)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": article.title, "datePublished": iso(story.published_at),
                     "author": {"@type": "Person", "name": article.author},
                     "publisher": {"@type": "Organization", "name": site_name}},
                    ensure_ascii=False)
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{attr(article.title)} | {attr(site_name)}</title>
<meta name="description" content="{attr(description)}">
<meta name="author" content="{attr(article.author)}">
<link rel="canonical" href="{attr(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{attr(site_name)}">
<meta property="og:title" content="{attr(article.title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{attr(url)}">
<meta property="article:published_time" content="{iso(story.published_at)}">
<meta property="article:section" content="{attr(story.categories[0] if story.categories else '')}">
<link rel="stylesheet" href="/static/css/site.4f2c91.css">
<script type="application/ld+json">{ld}</script>
<script async src="/static/js/analytics.js" data-site="{attr(site_name)}"></script>
{extra}</head>"""


def body_paragraphs(article: Article, ad_every: int = 0) -> str:
    lines = []
    for n, paragraph in enumerate(article.paragraphs, start=1):
        lines.append(f"<p>{smart(paragraph)}</p>")
        if ad_every and n % ad_every == 0 and n < len(article.paragraphs):
            lines.append('<div class="ad-slot ad-inline" data-ad-unit="article_mid">'
                         '<span class="ad-label">Advertisement</span></div>')
    return "\n".join(lines)


def related_list(article: Article, css: str) -> str:
    items = "\n".join(f'<li><a href="{attr(canonical(other.story.url))}">{smart(other.title)}</a>'
                      f"</li>" for other in article.related)
    return f'<ul class="{css}">\n{items}\n</ul>'


def byline_time(article: Article) -> str:
    moment = article.story.published_at
    shown = moment.strftime("%b. %d, %Y %I:%M %p ET").replace(" 0", " ")
    return f'<time datetime="{iso(moment)}">{shown}</time>'


def harbor_page(article: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
{head(article, "Harbor Street Wire")}
<body class="story-page">
<div id="cookie-banner" class="consent" hidden>We use cookies to improve your experience.
<button type="button">Accept</button></div>
<header class="masthead"><a class="logo" href="/">Harbor Street Wire</a>
<nav class="site-nav"><ul><li><a href="/markets">Markets</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/tech">Tech</a></li><li><a href="/personal-finance">Personal Finance</a></li>
<li><a href="/subscribe" class="cta">Subscribe</a></li></ul></nav></header>
<div class="ad-slot ad-leaderboard" data-ad-unit="top"><span class="ad-label">Advertisement</span></div>
<main id="content">
<article class="story">
<header class="story-header">
<p class="kicker">{smart(article.story.categories[0] if article.story.categories else "Markets")}</p>
<h1 class="headline">{smart(article.title)}</h1>
<p class="byline">By <a rel="author" href="/staff/">{smart(article.author)}</a> &middot;
{byline_time(article)}</p>
</header>
<div class="story-body article-body" itemprop="articleBody">
{body_paragraphs(article, ad_every=3)}
</div>
</article>
<aside class="related"><h2>More from Markets</h2>
{related_list(article, "related-links")}
</aside>
</main>
<footer class="site-footer"><p>&copy; 2026 Harbor Street Wire. All rights reserved.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/contact">Contact the newsroom</a></p></footer>
<script src="/static/js/ads.bundle.js" defer></script>
<script>window.hsw = window.hsw || {{}}; window.hsw.page = "story";</script>
</body>
</html>
"""


def ledger_page(article: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
{head(article, "Ledger Markets Daily", '<meta name="twitter:card" content="summary_large_image">' + chr(10))}
<body>
<div id="app">
<nav class="topbar" aria-label="Sections"><a href="/" class="brand">Ledger Markets Daily</a>
<a href="/us-stocks">U.S. Stocks</a> <a href="/business">Business</a> <a href="/etfs">ETFs</a>
<a href="/newsletters">Newsletters</a> <a href="/login">Sign in</a></nav>
<div class="ticker-strip" data-widget="quotes">Loading quotes&hellip;</div>
<main class="layout">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article__title" itemprop="headline">{smart(article.title)}</h1>
<div class="article__meta"><span class="article__author" itemprop="author">{smart(article.author)}</span>
{byline_time(article)}</div>
<section class="article__body" itemprop="articleBody">
{body_paragraphs(article)}
</section>
</article>
<div class="newsletter-signup"><h3>The Closing Bell, in your inbox</h3>
<p>Sign up for our free evening newsletter.</p><form action="/newsletters/subscribe" method="post">
<input type="email" name="email" placeholder="you@example.com"><button>Sign up</button></form></div>
<aside class="rail"><h2>Read next</h2>
{related_list(article, "rail__list")}
<div class="ad-slot ad-rail" data-ad-unit="rail"><span class="ad-label">Advertisement</span></div>
</aside>
</main>
<footer class="footer"><p>Ledger Markets Daily &copy; 2026. Market data delayed at least 15 minutes.</p>
<p><a href="/about">About</a> | <a href="/corrections">Corrections</a> |
<a href="/privacy">Privacy policy</a></p></footer>
</div>
<script src="/assets/app.7d1e.js" defer></script>
</body>
</html>
"""


def tapewatch_page(article: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
{head(article, "Tapewatch")}
<body class="post-template">
<header class="site-header"><div class="site-title"><a href="/">Tapewatch</a></div>
<nav><a href="/indices">Indices</a> &middot; <a href="/volatility">Volatility</a> &middot;
<a href="/video">Video</a> &middot; <a href="/about">About</a></nav></header>
<main>
<article class="single-post">
<h1 class="post-title">{smart(article.title)}</h1>
<div class="post-meta">{smart(article.author)} &mdash; {byline_time(article)}</div>
<div class="post-content">
{body_paragraphs(article, ad_every=4)}
</div>
<div class="share-buttons"><a href="#" class="share-x">Share</a>
<a href="#" class="share-mail">Email</a></div>
</article>
<section class="related-posts"><h3>Related posts</h3>
{related_list(article, "related")}
</section>
</main>
<footer class="site-footer">Tapewatch &mdash; not investment advice. &copy; 2026</footer>
<script src="/js/tapewatch.min.js"></script>
</body>
</html>
"""


def macro_page(article: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
{head(article, "Macro Brief")}
<body>
<header class="mb-header"><a class="mb-logo" href="/">Macro Brief</a>
<nav class="mb-nav"><a href="/fed">The Fed</a><a href="/rates">Rates</a><a href="/fx">FX</a>
<a href="/economy">Economy</a><a href="/pricing">Pricing</a></nav></header>
<div class="ad-slot" id="div-gpt-ad-top"><span class="ad-label">Advertisement</span></div>
<main>
<article class="brief">
<header><h1>{smart(article.title)}</h1>
<p class="brief-meta">By {smart(article.author)} | {byline_time(article)}</p></header>
<div class="brief-body article-body">
{body_paragraphs(article, ad_every=2)}
</div>
</article>
<aside class="brief-related"><h4>Also on Macro Brief</h4>
{related_list(article, "brief-related-list")}
</aside>
</main>
<footer><p>Macro Brief is an independent publication. &copy; 2026 Macro Brief LLC.</p></footer>
<script src="/static/mb.js" async></script>
</body>
</html>
"""


def video_page(article: Article) -> str:
    """A page whose only content is a video player and a one-line caption."""
    return f"""<!DOCTYPE html>
<html lang="en">
{head(article, "Tapewatch")}
<body class="video-template">
<header class="site-header"><div class="site-title"><a href="/">Tapewatch</a></div>
<nav><a href="/indices">Indices</a> &middot; <a href="/video">Video</a></nav></header>
<main>
<div class="video-player" data-video-id="tw-20261119-0412">
<video controls preload="none" poster="/media/posters/tw-20261119-0412.jpg">
<source src="/media/tw-20261119-0412.mp4" type="video/mp4"></video>
</div>
<h1 class="video-title">{smart(article.title)}</h1>
<div class="video-meta">2:48 &middot; {byline_time(article)}</div>
</main>
<aside class="related-posts"><h3>More video</h3>
{related_list(article, "related")}
</aside>
<footer class="site-footer">Tapewatch &mdash; not investment advice. &copy; 2026</footer>
<script src="/js/player.min.js"></script>
</body>
</html>
"""


PAGE_TEMPLATES: dict[str, Callable[[Article], str]] = {
    "harbor": harbor_page, "ledger": ledger_page, "tapewatch": tapewatch_page,
    "macro": macro_page,
}


def render_page(article: Article) -> str:
    if article.story.page == "video":
        return video_page(article)
    return PAGE_TEMPLATES[article.host_feed](article)


# --------------------------------------------------------------------------------------
# Feeds (two RSS 2.0 dialects, two Atom 1.0 dialects)
# --------------------------------------------------------------------------------------
def xml_text(text: str, numeric_quotes: bool = False) -> str:
    escaped = html.escape(text, quote=False)
    return escaped.replace("'", "&#8217;") if numeric_quotes else escaped


def rfc822(moment: datetime, utc: bool) -> str:
    if utc:
        return moment.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def entries_for(feed: Feed, articles: list[Article]) -> list[Article]:
    mine = [a for a in articles if a.story.feed == feed.key]
    return sorted(mine, key=lambda a: a.story.published_at, reverse=True)


def harbor_item(article: Article, number: int) -> str:
    story = article.story
    categories = "".join(f"\n      <category><![CDATA[{c}]]></category>" for c in story.categories)
    return f"""    <item>
      <title>{xml_text(article.title)}</title>
      <link>{xml_text(story.url)}</link>
      <guid isPermaLink="false">hsw-{number}</guid>
      <dc:creator><![CDATA[{article.author}]]></dc:creator>{categories}
      <pubDate>{rfc822(story.published_at, utc=True)}</pubDate>
      <description><![CDATA[<p>{smart(article.summary)}</p>]]></description>
    </item>"""


def tapewatch_item(article: Article, number: int) -> str:
    story = article.story
    categories = "".join(f"\n      <category>{xml_text(c)}</category>" for c in story.categories)
    enclosure = ""
    if story.page == "video":
        media = f"{FEED_BY_KEY['tapewatch'].site}/media/tw-20261119-0412.mp4"
        enclosure = f'\n      <enclosure url="{media}" length="18734211" type="video/mp4"/>'
    first_sentence = article.summary.split(". ")[0].rstrip(".") + "."
    return f"""    <item>
      <title>{xml_text(article.title, numeric_quotes=True)}</title>
      <link>{xml_text(story.url)}</link>
      <guid isPermaLink="true">{xml_text(story.url)}</guid>
      <author>desk@tapewatch.example ({xml_text(article.author)})</author>{categories}
      <pubDate>{rfc822(story.published_at, utc=False)}</pubDate>
      <description>{xml_text(f"<p>{html.escape(first_sentence, quote=False)}</p>")}</description>{enclosure}
    </item>"""


def rss_feed(feed: Feed, articles: list[Article]) -> str:
    entries = entries_for(feed, articles)
    render = harbor_item if feed.key == "harbor" else tapewatch_item
    items = "\n".join(render(a, 48_210 + STORIES.index(a.story)) for a in entries)
    built = entries[0].story.published_at + timedelta(minutes=12)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{xml_text(feed.title)}</title>
    <link>{feed.site}/</link>
    <atom:link href="{feed.url}" rel="self" type="{RSS_TYPE}"/>
    <description>{xml_text(feed.tagline, numeric_quotes=True)}</description>
    <language>en-us</language>
    <lastBuildDate>{rfc822(built, utc=feed.key == "harbor")}</lastBuildDate>
    <ttl>15</ttl>
{items}
  </channel>
</rss>
"""


def atom_entry(feed: Feed, article: Article) -> str:
    story = article.story
    utc = feed.key == "macro"
    moment = story.published_at.astimezone(UTC) if utc else story.published_at
    stamp = moment.isoformat().replace("+00:00", "Z")
    updated = (moment + timedelta(minutes=7)).isoformat().replace("+00:00", "Z")
    path = canonical(story.url).split("://", 1)[1].split("/", 1)[1]
    host = canonical(story.url).split("/")[2]
    categories = "".join(f'\n    <category term="{attr(c)}"/>' for c in story.categories)
    if utc:
        summary = f'<summary type="text">{xml_text(article.summary)}</summary>'
        body = "".join(f"<p>{smart(p)}</p>" for p in article.paragraphs[:2])
        content = f'\n    <content type="html"><![CDATA[{body}]]></content>' if body else ""
        author = (f"<author><name>{xml_text(article.author)}</name>"
                  f"<uri>{feed.site}/authors/{article.author.lower().replace(' ', '-')}</uri></author>")
    else:
        summary = f'<summary type="html">{xml_text(f"<p>{smart(article.summary)}</p>")}</summary>'
        content = ""
        author = f"<author><name>{xml_text(article.author)}</name></author>"
    title = xml_text(smart(article.title)) if not utc else xml_text(article.title)
    title_type = "html" if not utc else "text"
    return f"""  <entry>
    <title type="{title_type}">{title}</title>
    <link rel="alternate" type="text/html" href="{attr(story.url)}"/>
    <id>tag:{host},{story.published[:10]}:/{path}</id>
    <published>{stamp}</published>
    <updated>{updated}</updated>
    {author}{categories}
    {summary}{content}
  </entry>"""


def atom_feed(feed: Feed, articles: list[Article]) -> str:
    entries = entries_for(feed, articles)
    newest = entries[0].story.published_at + timedelta(minutes=7)
    updated = (newest.astimezone(UTC).isoformat().replace("+00:00", "Z")
               if feed.key == "macro" else newest.isoformat())
    body = "\n".join(atom_entry(feed, a) for a in entries)
    section = feed.url.rsplit("/", 1)[-1].split(".")[0]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <title>{xml_text(feed.title)}</title>
  <subtitle>{xml_text(feed.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="{feed.site}/"/>
  <link rel="self" type="{ATOM_TYPE}" href="{feed.url}"/>
  <id>tag:{feed.site.split("//")[1]},2026:feeds/{section}</id>
  <updated>{updated}</updated>
  <generator>newsroom-cms 4.2</generator>
{body}
</feed>
"""


# --------------------------------------------------------------------------------------
# Writing everything
# --------------------------------------------------------------------------------------
def web_files(articles: list[Article]) -> tuple[dict[str, str], list[dict[str, str]]]:
    """(relative path -> text, manifest entries) for fixtures/web."""
    files: dict[str, str] = {}
    manifest: dict[str, dict[str, str]] = {}
    for feed in FEEDS:
        render = rss_feed if feed.kind == "rss" else atom_feed
        files[feed.path] = render(feed, articles)
        manifest[feed.url] = {"url": feed.url, "path": feed.path,
                              "content_type": RSS_TYPE if feed.kind == "rss" else ATOM_TYPE}
    for article in articles:
        if article.page_path is None:
            continue
        if article.page_path not in files:
            files[article.page_path] = render_page(article)
        for url in (article.story.url, canonical(article.story.url)):
            manifest.setdefault(url, {"url": url, "path": article.page_path,
                                      "content_type": HTML_TYPE})
    entries = [manifest[url] for url in sorted(manifest)]
    files["manifest.json"] = json.dumps(entries, indent=2) + "\n"
    return files, entries


def market_files(bars: dict[str, list[DailyBar]]) -> dict[str, str]:
    files = {f"market/bars/{bars_filename(symbol)}": bars_csv(series)
             for symbol, series in bars.items()}
    for symbol in ETFS:
        spot = bars[symbol][-1].close
        rows = build_chain(symbol, spot)
        check_chain_story(symbol, rows, spot)
        files[f"market/options/{bars_filename(symbol)}"] = chain_csv(rows)
    return files


def story_markdown(bars: dict[str, list[DailyBar]], articles: list[Article]) -> str:
    numbers = story_numbers(bars)
    lines = ["# The demo story (generated by scripts/make_fixtures.py; do not edit)", "",
             f"Session {DEMO_SESSION.isoformat()}, seed {SEED}. Options expiry "
             f"{OPTIONS_EXPIRY.isoformat()} (the weekly after the session), as of "
             f"{OPTIONS_AS_OF.isoformat()}.", "", "| fact | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in numbers.items()]
    for symbol in ETFS:
        rows = build_chain(symbol, bars[symbol][-1].close)
        call_wall, put_wall = walls(rows)
        lines.append(f"| {symbol} max pain / call wall / put wall | {max_pain(rows):g} / "
                     f"{call_wall:g} / {put_wall:g} |")
    urls = {canonical(a.story.url) for a in articles}
    stories = {a.story.copy_of or a.story.same_page_as or a.story.key for a in articles}
    lines += ["", f"News: {len(articles)} feed entries in {len(FEEDS)} feeds, "
              f"{len(urls)} distinct URLs without tracking parameters, {len(stories)} distinct "
              "stories; "
              f"syndicated copies: {', '.join(a.story.key for a in articles if a.story.copy_of)}; "
              "same page in two feeds: "
              f"{', '.join(a.story.key for a in articles if a.story.same_page_as)}; "
              f"no page (404): {', '.join(a.story.key for a in articles if a.page_path is None)}; "
              f"video page without article text: "
              f"{', '.join(a.story.key for a in articles if a.story.page == 'video')}.", ""]
    return "\n".join(lines)


# Macro gauges for the snapshot (market.macro): the 10-year yield in percent (Yahoo's
# ^TNX) and the dollar index (DX-Y.NYB). Their own random stream, so the other series
# do not move; the last sessions equal the MACRO table the news stories quote.
MACRO_GAUGES = {"^TNX": (0, 3.79, 0.045), "DX-Y.NYB": (3, 104.5, 0.35)}  # column, start, daily sd


def build_macro_bars(seed: int) -> dict[str, list[DailyBar]]:
    rng = np.random.default_rng(seed + 7)
    sessions = trading_sessions(FIRST_SESSION, DEMO_SESSION)
    known = {date.fromisoformat(day): row for day, row in MACRO.items()}
    bars: dict[str, list[DailyBar]] = {}
    for symbol, (column, start, sd) in MACRO_GAUGES.items():
        log_walk = math.log(start) + np.cumsum(rng.normal(0.0, sd / start, len(sessions)))
        first_known = min(known)
        head = [i for i, day in enumerate(sessions) if day < first_known]
        # Bend the walk (in log space) so it arrives at the first quoted value without a jump.
        target = math.log(known[first_known][column]) + 0.008  # the day before: a small move away
        log_walk[head] += np.linspace(0.0, target - log_walk[head[-1]], len(head))
        close = np.array([known[day][column] if day in known else math.exp(log_walk[i])
                          for i, day in enumerate(sessions)])
        sigma = np.full(len(sessions), sd / start)
        open_, high, low = draw_ohlc(rng, close, sigma, wick=0.5)
        bars[symbol] = round_bars(sessions, open_, high, low, close, None)
    return bars


def all_files() -> dict[str, str]:
    """Every fixture file, keyed by its path relative to the fixtures directory."""
    bars = build_bars(SEED)
    check_story(bars)
    articles = write_articles(bars)
    files = market_files(bars)
    files.update({f"market/bars/{bars_filename(symbol)}": bars_csv(series)
                  for symbol, series in build_macro_bars(SEED).items()})
    web, _ = web_files(articles)
    files.update({f"web/{path}": text for path, text in web.items()})
    files["STORY.md"] = story_markdown(bars, articles)
    return files


def main(out_dir: Path | str = REPO / "fixtures") -> list[Path]:
    """Write the fixtures under `out_dir`; return the paths written."""
    out = Path(out_dir)
    written = []
    for relative, text in sorted(all_files().items()):
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=REPO / "fixtures",
                        help="output directory (default: the repo's fixtures/)")
    arguments = parser.parse_args()
    paths = main(arguments.out)
    print(f"wrote {len(paths)} files under {arguments.out}")
