"""Setup rule variants on the real histories: chosen in-sample, reported out-of-sample on request.

    .venv/bin/python scripts/setup_variants.py                       # every variant, in-sample only
    .venv/bin/python scripts/setup_variants.py --out-of-sample desk setups2 --styles

Places the setups of every session of the eight real daily histories of
`scripts/scorecard_realdata.py` (same folders, same warm-up, same split) by each variant of
`indicators.setups.SetupRules` in VARIANTS, keeps the ones that follow the session's short-term
call (`setups_for_bias`, as an article shows them and the scorecard grades them) and grades them
with the scorecard's own `grade_setup`. The levels, ranges and calls come from the backfill
(`scorecard.backfill.session_at`), computed once per session and kept in a cache file (--cache,
default under the system's temporary folder, named after a digest of the pipeline's source so that a
change to levels or calls never reads a stale one) so that further variants take seconds.

The protocol of docs/scorecard.md: IN-SAMPLE sessions (before --split, graded with the bars before
it only) are where a variant is chosen; this script prints only them unless --out-of-sample names
the variants to report on the sessions from the split on (graded with every later bar). Report
those once, as they come out.

Per variant and group: the share of sessions with a setup shown, setups offered, the fill rate
(entry reached), filled and decided, won (R > 0), expectancy in R, the shorts' own expectancy, and
the share of bearish-call sessions whose article shows no setup; --styles adds the rows per style
and side. The short gates read the VIX closes of `../shared/realdata/ohlcv/datahub_finance-vix`
(absent: the VIX gates keep every short out) and each history's 52-week closing high.

Exit codes: 0 done; 2 a realdata file is missing or a variant name is unknown. --debug shows
tracebacks.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from statistics import fmean

import numpy as np

from pipeline.contracts import Bar, Bias, PriceHistory, TradeSetup
from pipeline.contracts.snapshot import SESSIONS_52W, SetupStyle
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.series import sma
from pipeline.indicators.setups import DIRECTIONS, RULES, Market, SetupRules, plan_setup, setups_for_bias
from pipeline.indicators.trend import average_slope
from pipeline.market.csv_provider import read_bars_csv
from pipeline.scorecard.backfill import CallSeries, session_at
from pipeline.scorecard.contracts import SETUP_HOLD_SESSIONS, SETUP_TRIGGER_SESSIONS, SetupGrade
from pipeline.scorecard.grading import baseline_r, grade_setup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorecard_realdata import (  # noqa: E402
    GROUPS,
    OHLCV,
    REPO,
    WARM_UP,
    BadInput,
    benchmark_of,
    load,
    run_or_exit,
)

WINDOW = SETUP_TRIGGER_SESSIONS + SETUP_HOLD_SESSIONS
"""Bars after a session that can decide its setup."""

VIX_FILE = OHLCV / "datahub_finance-vix" / "vix-daily.csv"
"""The VIX closes the short gates on the VIX read (bench/threat_realdata.py's file)."""

SETUPS3 = SetupRules(trend_filter="sma_200", min_reward_risk={"fade": 2.0})
"""The desk's rules before setups4: the 200-day trend filter and the fade floor of 2."""


ARTICLE6 = replace(RULES, record_first=False, record_at_close=False, pullback_across_50=False)
"""The desk's rules from article6 to editorial13b (which tries a record breakout first, breaks a
record close with nothing above it, and tries a pullback across the 50-day in the golden-cross
state)."""

SETUPS4 = replace(ARTICLE6, record_break=False)
"""The desk's rules from setups4 (setups5 compared short options on top of them and kept none) to
article6, which breaks the record close rather than a bare round number above it."""


def every_style(reach: float) -> dict[SetupStyle, float]:
    return {"pullback": reach, "fade": reach, "breakout": reach}


VARIANTS: dict[str, SetupRules] = {
    "desk": RULES,
    # editorial13b: each of its three rules alone on top of article6's
    "article6": ARTICLE6,
    "article6+record_first": replace(ARTICLE6, record_first=True),
    "article6+record_at_close": replace(ARTICLE6, record_at_close=True),
    "article6+pullback_across_50": replace(ARTICLE6, pullback_across_50=True),
    # editorial14a: a pullback never buys past the edge of the range holding the close (desk without it)
    "desk-pullback_in_range": replace(RULES, pullback_in_range=False),
    # edsetup: a stop inside another level's figures moves past its far edge (desk without it; buffers)
    "desk-stop_zone": replace(RULES, stop_zone_buffer_atr=None),
    **{f"desk+stop_zone_{buffer:g}": replace(RULES, stop_zone_buffer_atr=buffer)
       for buffer in (0.05, 0.1, 0.25, 0.5)},
    "desk+stop_zone_0.05_breakout": replace(RULES, stop_zone_buffer_atr=0.05,
                                            stop_zone_styles=frozenset({"breakout"})),
    "desk+stop_zone_0.05_support": replace(RULES, stop_zone_buffer_atr=0.05,
                                           stop_zone_styles=frozenset({"pullback", "fade"})),
    "setups2": SetupRules(),
    "pullback_in_trend": SetupRules(order="pullback_in_trend"),
    "pullback_unless_against": SetupRules(order="pullback_unless_against"),
    "fade_rr_2": SetupRules(min_reward_risk={"fade": 2.0}),
    "fade_rr_2.5": SetupRules(min_reward_risk={"fade": 2.5}),
    "breakout_rr_2": SetupRules(min_reward_risk={"breakout": 2.0}),
    "no_fade": SetupRules(dropped=frozenset({"fade"})),
    "no_breakout": SetupRules(dropped=frozenset({"breakout"})),
    "trend_sma_50": SetupRules(trend_filter="sma_50"),
    "trend_sma_200": SetupRules(trend_filter="sma_200"),
    "trend_sma_200_longs": SetupRules(trend_filter="sma_200", trend_sides=("long",)),
    "trend_sma_50_longs": SetupRules(trend_filter="sma_50", trend_sides=("long",)),
    "trend_sma_200+fade_rr_2": SetupRules(trend_filter="sma_200", min_reward_risk={"fade": 2.0}),
    "trend_sma_200+fade_rr_2.5": SetupRules(trend_filter="sma_200", min_reward_risk={"fade": 2.5}),
    "trend_sma_200+no_fade": SetupRules(trend_filter="sma_200", dropped=frozenset({"fade"})),
    "trend_sma_200+support_stop_0.75": SetupRules(trend_filter="sma_200", support_stop_atr=0.75),
    "trend_sma_200+pullback_in_trend": SetupRules(trend_filter="sma_200", order="pullback_in_trend"),
    "support_stop_0.25": SetupRules(support_stop_atr=0.25),
    "support_stop_0.75": SetupRules(support_stop_atr=0.75),
    "support_stop_1.0": SetupRules(support_stop_atr=1.0),
    "breakout_stop_structure_0.25": SetupRules(breakout_stop_atr=0.0),
    "breakout_stop_structure_0.5": SetupRules(breakout_stop_atr=0.0, breakout_buffer_atr=0.5),
    "setups3": SETUPS3,
    # setups4: entries, stops and targets, each on top of setups3's rules (the desk's before them)
    **{f"setups3+close_entry_{style}_{reach:g}": replace(SETUPS3, close_entry_atr={style: reach})
       for style in ("pullback", "fade", "breakout") for reach in (0.25, 0.5, 1.0)},
    "setups3+close_entry_breakout_1.5": replace(SETUPS3, close_entry_atr={"breakout": 1.5}),
    "setups3+close_entry_pullback_2": replace(SETUPS3, close_entry_atr={"pullback": 2.0}),
    **{f"setups3+close_entry_all_{reach:g}": replace(SETUPS3, close_entry_atr=every_style(reach))
       for reach in (0.5, 1.0)},
    "setups3+pullback_swing": replace(SETUPS3, pullback_base="swing"),
    "setups3+pullback_sma_20": replace(SETUPS3, pullback_base="sma_20"),
    **{f"setups3+breakout_entry_{buffer:g}": replace(SETUPS3, breakout_entry_atr=buffer)
       for buffer in (0.1, 0.25, 0.5)},
    **{f"setups3+target_past_close_{past:g}": replace(SETUPS3, target_past_close_atr=past)
       for past in (0.0, 0.5, 1.0)},
    **{f"setups3+support_stop_{k:g}": replace(SETUPS3, support_stop_atr=k) for k in (0.25, 0.75, 1.0, 1.25)},
    **{f"setups3+breakout_stop_{k:g}": replace(SETUPS3, breakout_stop_atr=k) for k in (0.75, 1.25, 1.5)},
    **{f"setups3+breakout_stop_structure_{k:g}": replace(SETUPS3, breakout_stop_atr=0.0,
                                                         breakout_buffer_atr=k) for k in (0.5, 0.75, 1.0)},
    **{f"setups3+target_past_close_0+close_entry_breakout_{reach:g}": replace(
        SETUPS3, target_past_close_atr=0.0, close_entry_atr={"breakout": reach})
       for reach in (0.75, 1.0, 1.5)},
    **{f"setups3+target_past_close_0+close_entry_all_{reach:g}": replace(
        SETUPS3, target_past_close_atr=0.0, close_entry_atr=every_style(reach))
       for reach in (0.75, 1.0, 1.5)},
    "setups3+target_past_close_0.5+close_entry_breakout_1": replace(
        SETUPS3, target_past_close_atr=0.5, close_entry_atr={"breakout": 1.0}),
    "setups3+target_past_close_0+close_entry_breakout_1+breakout_stop_1.25": replace(
        SETUPS3, target_past_close_atr=0.0, close_entry_atr={"breakout": 1.0}, breakout_stop_atr=1.25),
    "setups3+target_past_close_0+close_entry_breakout_1+support_stop_0.75": replace(
        SETUPS3, target_past_close_atr=0.0, close_entry_atr={"breakout": 1.0}, support_stop_atr=0.75),
    "setups3+target_past_close_0+support_stop_0.75": replace(
        SETUPS3, target_past_close_atr=0.0, support_stop_atr=0.75),
    # the grid around the kept rule: fade/pullback stop x breakouts entered at the close x target
    **{f"grid:support_stop_{k:g}+close_entry_breakout_{reach:g}+target_past_close_{past}": replace(
        SETUPS3, support_stop_atr=k, close_entry_atr={"breakout": reach} if reach else {},
        target_past_close_atr=None if past == "off" else 0.0)
       for k in (0.5, 0.75, 1.0) for reach in (0.0, 0.75, 1.0, 1.5) for past in ("off", "0")},
    # editorial10a: a fade's (or pullback's) target a distance past the close, on the desk's rules
    **{f"desk+fade_target_past_close_{past:g}": replace(RULES, style_target_past_close_atr={"fade": past})
       for past in (0.5, 1.0, 1.5)},
    "desk+support_target_past_close_1": replace(
        RULES, style_target_past_close_atr={"fade": 1.0, "pullback": 1.0}),
    # edday (stop 45): the demo's 1.8 reward/risk breakout; no setup under 2, the breakout stop
    # beyond the broken structure instead of an ATR multiple from the entry, or a wider multiple
    "desk+rr_2": replace(RULES, min_reward_risk=every_style(2.0)),
    "desk+breakout_rr_2": replace(RULES, min_reward_risk={"fade": 2.0, "breakout": 2.0}),
    "desk+breakout_stop_structure": replace(RULES, breakout_stop_atr=0.0),
    "desk+breakout_stop_1.5": replace(RULES, breakout_stop_atr=1.5),
    "desk+no_long_breakout": replace(RULES, dropped_long=frozenset({"breakout"})),
    "desk+no_long_breakout+breakout_stop_1.5": replace(RULES, dropped_long=frozenset({"breakout"}),
                                                       breakout_stop_atr=1.5),
    # setups5: the shorts, each on top of the desk's rules after setups4
    "setups4": SETUPS4,
    "setups4+longs_only": replace(SETUPS4, sides=("long",)),
    "setups4+short_below_falling_50_200": replace(SETUPS4, short_gate="sma_50_and_200"),
    "setups4+short_vix_elevated": replace(SETUPS4, short_gate="vix"),
    "setups4+short_drawdown": replace(SETUPS4, short_gate="drawdown"),
    "setups4+short_vix_or_drawdown": replace(SETUPS4, short_gate="vix_or_drawdown"),
    **{f"setups4+short_rr_{floor:g}": replace(SETUPS4, short_min_reward_risk=floor) for floor in (2.0, 2.5)},
    "setups4+no_short_pullback": replace(SETUPS4, dropped_short=frozenset({"pullback"})),
    "setups4+no_short_pullback_fade": replace(SETUPS4, dropped_short=frozenset({"pullback", "fade"})),
    "setups4+no_short_breakout": replace(SETUPS4, dropped_short=frozenset({"breakout"})),
    **{f"setups4+short_support_stop_{k:g}": replace(SETUPS4, short_support_stop_atr=k)
       for k in (1.0, 1.25, 1.5)},
    **{f"setups4+short_breakout_stop_{k:g}": replace(SETUPS4, short_breakout_stop_atr=k)
       for k in (1.25, 1.5, 2.0)},
    **{f"grid:short_support_stop_{k:g}+short_breakout_stop_{b:g}": replace(
        SETUPS4, short_support_stop_atr=k, short_breakout_stop_atr=b)
       for k in (0.75, 1.0, 1.25, 1.5) for b in (1.0, 1.25, 1.5, 2.0)},
}


@dataclass(frozen=True)
class Session:
    """What placing and grading a session's setups needs: its market, its short-term call, and
    the index of its bar in the history."""

    symbol: str
    session: date
    index: int
    bias: Bias
    market: Market | None


@dataclass(frozen=True)
class Result:
    sessions: int
    covered: int
    grades: list[SetupGrade]
    bearish: int = 0
    """Sessions with a bearish short-term call (and an ATR)."""
    bearish_bare: int = 0
    """Of those, the sessions whose article shows no setup."""


def sessions_of(history: PriceHistory, benchmark: PriceHistory | None) -> list[Session]:
    series = CallSeries.of(history)
    bench = BarArrays.from_history(benchmark) if benchmark is not None else None
    records = np.maximum.accumulate(series.bars.close)  # the highest close held, per session
    found = []
    for index in range(max(1, min(WARM_UP, len(history.bars) - 1)), len(history.bars)):
        calls, structure = session_at(series, index, bench)
        market = None
        if calls.atr is not None:
            trend = calls.close, series.sma_50[index], series.sma_200[index]
            market = Market(trend[0], calls.atr, tuple(structure.levels), structure.trading_range,
                            none_if_nan(trend[1]), none_if_nan(trend[2]), float(records[index]),
                            average_slope(series.sma_50[:index + 1]),
                            average_slope(series.sma_200[:index + 1]))
        found.append(Session(history.symbol, calls.session, index, calls.calls[0].bias, market))
    return found


def none_if_nan(value: float) -> float | None:
    return None if value != value else float(value)


def load_sessions(cache: Path, ohlcv: Path) -> dict[str, tuple[dict[str, PriceHistory], list[Session]]]:
    """Per group, its histories and every session's market and call (from the cache when there)."""
    if cache.exists():
        with cache.open("rb") as handle:
            cached: dict[str, tuple[dict[str, PriceHistory], list[Session]]] = pickle.load(handle)
            return cached
    found = {}
    for group, (folder, symbols) in GROUPS.items():
        path = ohlcv / folder
        if not path.is_dir():
            raise BadInput(f"{path}: realdata folder missing")
        histories = {symbol: load(path, symbol) for symbol in symbols}
        sessions = [s for symbol, history in histories.items()
                    for s in sessions_of(history, benchmark_of(symbol, histories))]
        found[group] = (histories, sessions)
    with cache.open("wb") as handle:
        pickle.dump(found, handle)
    return found


def averages_of(histories: dict[str, PriceHistory]) -> dict[str, np.ndarray]:
    """Each history's 20-day average of the close, per bar (NaN before it exists)."""
    return {symbol: sma(np.array([bar.close for bar in history.bars]), 20)
            for symbol, history in histories.items()}


def drawdowns_of(histories: dict[str, PriceHistory]) -> dict[str, np.ndarray]:
    """Each history's close against its 52-week closing high, in %, per bar (as `Extremes`)."""
    found = {}
    for symbol, history in histories.items():
        close = np.array([bar.close for bar in history.bars])
        high = np.array([close[max(0, i + 1 - SESSIONS_52W):i + 1].max() for i in range(len(close))])
        found[symbol] = (close / high - 1.0) * 100.0
    return found


@cache
def vix_closes(path: Path = VIX_FILE) -> dict[date, float]:
    """The VIX close per session; empty when the file is absent (the VIX gates then keep shorts out)."""
    if not path.is_file():
        return {}
    return {bar.session: bar.close for bar in read_bars_csv(path, "^VIX", None).bars}


@dataclass(frozen=True)
class Readings:
    """Per history, what a session's market adds to the cached one: the 20-day average (a cache
    built before it had none), the drawdown from the 52-week closing high and the VIX."""

    averages: dict[str, np.ndarray]
    drawdowns: dict[str, np.ndarray]
    vix: dict[date, float]

    @classmethod
    def of(cls, histories: dict[str, PriceHistory]) -> Readings:
        return cls(averages_of(histories), drawdowns_of(histories), vix_closes())


def market_of(s: Session, readings: Readings) -> Market | None:
    """The session's market with its 20-day average, drawdown and VIX close."""
    if s.market is None:
        return None
    sma_20 = s.market.sma_20
    if sma_20 is None:
        sma_20 = none_if_nan(float(readings.averages[s.symbol][s.index]))
    return replace(s.market, sma_20=sma_20, vix=readings.vix.get(s.session),
                   pct_from_52w_high=float(readings.drawdowns[s.symbol][s.index]))


Shown = tuple[Session, Market, Sequence[Bar], list[TradeSetup]]


def shown_setups(rules: SetupRules, histories: dict[str, PriceHistory], sessions: Sequence[Session],
                 split: date, inside: bool) -> Iterator[Shown]:
    """Per session of the part (`inside`: before `split`), the setups `rules` place there that an
    article shows (`setups_for_bias`) and the bars that grade them; a session without an ATR is
    skipped."""
    readings = Readings.of(histories)
    for s in sessions:
        if (s.session < split) != inside:
            continue
        market = market_of(s, readings)
        if market is None:
            continue
        bars = histories[s.symbol].bars
        later: Sequence[Bar] = bars[s.index + 1:s.index + 1 + WINDOW]
        if inside:
            later = [bar for bar in later if bar.session < split]
        planned = [plan_setup(direction, market, rules) for direction in DIRECTIONS]
        yield s, market, later, setups_for_bias([p for p in planned if p is not None], s.bias)


def grade_variant(rules: SetupRules, histories: dict[str, PriceHistory], sessions: Sequence[Session],
                  split: date, inside: bool) -> Result:
    counted = sum((s.session < split) == inside for s in sessions)
    grades, covered, bearish, bare = [], 0, 0, 0
    for s, _, later, shown in shown_setups(rules, histories, sessions, split, inside):
        covered += bool(shown)
        bearish += s.bias == Bias.BEARISH
        bare += s.bias == Bias.BEARISH and not shown
        grades += [grade_setup(setup, later) for setup in shown]
    return Result(counted, covered, grades, bearish, bare)


@dataclass(frozen=True)
class Entry:
    """One setup shown, played as placed and, with the same risk and reward in price, entered at
    the next session's open in its own direction (`at_open_r`, None while open)."""

    grade: SetupGrade
    at_open_r: float | None
    entry_atr: float
    """How far the entry lies from the session's close, in ATR (always >= 0)."""
    risk_atr: float


def entries_of(rules: SetupRules, histories: dict[str, PriceHistory], sessions: Sequence[Session],
               split: date, inside: bool) -> list[Entry]:
    """Every setup `grade_variant` grades, with its at-the-next-open twin (`Entry`)."""
    return [Entry(grade_setup(setup, later), baseline_r(setup, later, setup.direction),
                  abs(setup.entry - market.close) / market.atr, setup.risk_atr or 0.0)
            for _, market, later, shown in shown_setups(rules, histories, sessions, split, inside)
            for setup in shown]


def mean_text(values: Sequence[float]) -> str:
    return f"{fmean(values):+.3f}R ({len(values):,})" if values else "-"


def entry_row(name: str, entries: Sequence[Entry]) -> str:
    """Offered; share whose entry was reached; R when reached; the same at the next open on all of
    them, on those reached and on those never reached; median entry distance and stop in ATR."""
    done = [e for e in entries if e.grade.status != "open"]
    reached = [e for e in done if e.grade.status != "not_triggered"]
    missed = [e for e in done if e.grade.status == "not_triggered"]
    opened = [e.at_open_r for e in done if e.at_open_r is not None]
    share = f"{len(reached) / len(done):.1%}" if done else "-"
    distance = float(np.median([e.entry_atr for e in entries]))
    risk = float(np.median([e.risk_atr for e in entries]))
    played = [e.grade.r for e in reached if e.grade.r is not None]
    return (f"| {name} | {len(entries):,} | {share} | {mean_text(played)} | {mean_text(opened)} | "
            f"{mean_text([e.at_open_r for e in reached if e.at_open_r is not None])} | "
            f"{mean_text([e.at_open_r for e in missed if e.at_open_r is not None])} | "
            f"{distance:.2f} | {risk:.2f} |")


ENTRY_HEADER = ["| style, side | offered | entry reached | R when reached | at the next open: all | "
                "at the next open: reached | at the next open: never reached | entry from close (ATR, "
                "median) | stop (ATR, median) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]


def entry_report(groups: dict[str, tuple[dict[str, PriceHistory], list[Session]]], name: str,
                 split: date, inside: bool) -> list[str]:
    part = f"in-sample (before {split})" if inside else f"OUT-OF-SAMPLE (from {split} on)"
    lines = []
    for group, (histories, sessions) in groups.items():
        entries = entries_of(VARIANTS[name], histories, sessions, split, inside)
        lines += [f"### entries, {name}, {part}, {group}", "", *ENTRY_HEADER, entry_row("all", entries)]
        for style in sorted({e.grade.style for e in entries}):
            for side in DIRECTIONS:
                own = [e for e in entries if e.grade.style == style and e.grade.direction == side]
                if own:
                    lines.append(entry_row(f"{style} {side}", own))
        lines.append("")
    return lines


def expectancy_text(grades: Sequence[SetupGrade]) -> str:
    decided = [g.r for g in grades if g.r is not None and g.status != "open"]
    return f"{fmean(decided):+.3f}R ({len(decided):,})" if decided else "-"


def fill_text(grades: Sequence[SetupGrade]) -> str:
    """The share of the setups decided or never triggered whose entry was reached."""
    done = [g for g in grades if g.status != "open"]
    reached = sum(g.status != "not_triggered" for g in done)
    return f"{reached / len(done):.1%}" if done else "-"


def summary_row(name: str, result: Result) -> str:
    decided = [g.r for g in result.grades if g.r is not None and g.status != "open"]
    won = sum(r > 0 for r in decided)
    share = result.covered / max(result.sessions, 1)
    expectancy = f"{fmean(decided):+.3f}R" if decided else "-"
    won_text = f"{won / len(decided):.1%}" if decided else "-"
    per_session = len(result.grades) / max(result.sessions, 1)
    shorts = expectancy_text([g for g in result.grades if g.direction == "short"])
    bare = f"{result.bearish_bare / result.bearish:.1%} of {result.bearish:,}" if result.bearish else "-"
    return (f"| {name} | {share:.1%} | {len(result.grades):,} ({per_session:.1%}) | "
            f"{fill_text(result.grades)} | {len(decided):,} | {won_text} | {expectancy} | "
            f"{sum(decided):+.0f}R | {shorts} | {bare} |")


HEADER = ["| variant | sessions with a setup | offered (per session) | filled | filled and decided | won | "
          "expectancy | total | shorts: expectancy (decided) | bearish-call sessions without a setup |",
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]


def style_rows(name: str, result: Result) -> list[str]:
    rows = []
    for style in sorted({g.style for g in result.grades}):
        for side in ("long", "short"):
            own = [g for g in result.grades if g.style == style and g.direction == side]
            if own:
                rows.append(summary_row(f"{name}: {style} {side}",
                                        Result(result.sessions, 0, own)).replace("| 0.0% |", "| |", 1))
    return rows


def report(groups: dict[str, tuple[dict[str, PriceHistory], list[Session]]], names: Sequence[str],
           split: date, inside: bool, styles: bool) -> list[str]:
    part = f"in-sample (before {split})" if inside else f"OUT-OF-SAMPLE (from {split} on)"
    lines = []
    for group, (histories, sessions) in groups.items():
        lines += [f"### {part}, {group}", "", *HEADER]
        for name in names:
            result = grade_variant(VARIANTS[name], histories, sessions, split, inside)
            lines.append(summary_row(name, result))
            if styles:
                lines += style_rows(name, result)
        lines.append("")
    return lines


def default_cache() -> Path:
    """The cache file of the pipeline's current source (every pipeline/*.py file's bytes)."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "pipeline").rglob("*.py")):
        digest.update(path.read_bytes())
    return Path(tempfile.gettempdir()) / f"newsdesk-setup-sessions-{digest.hexdigest()[:12]}.pkl"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("variants", nargs="*", help=f"variants to grade (default all): {', '.join(VARIANTS)}")
    parser.add_argument("--ohlcv", type=Path, default=OHLCV, help="the realdata ohlcv folder")
    parser.add_argument("--split", type=date.fromisoformat, default=date(2015, 1, 1),
                        help="first out-of-sample session (default 2015-01-01)")
    parser.add_argument("--out-of-sample", action="store_true",
                        help="grade the named variants on the sessions from the split on instead")
    parser.add_argument("--styles", action="store_true", help="rows per style and side too")
    parser.add_argument("--entries", action="store_true",
                        help="per style and side: how often the entry is reached, R when reached, and "
                        "the same risk and reward entered at the next open in the setup's direction")
    parser.add_argument("--cache", type=Path, default=default_cache(),
                        help="the sessions' markets and calls, computed once (default: per "
                        "pipeline source digest, in the temporary folder)")
    parser.add_argument("--debug", action="store_true", help="tracebacks on errors")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> None:
    unknown = [name for name in args.variants if name not in VARIANTS]
    if unknown:
        raise BadInput(f"unknown variant {', '.join(unknown)}: one of {', '.join(VARIANTS)}")
    if args.out_of_sample and not args.variants:
        raise BadInput("--out-of-sample needs the variants to report named: the in-sample part chooses them")
    groups = load_sessions(args.cache, args.ohlcv)
    names = args.variants or list(VARIANTS)
    if args.entries:
        print("\n".join(line for name in names
                        for line in entry_report(groups, name, args.split, not args.out_of_sample)))
        return
    print("\n".join(report(groups, names, args.split, not args.out_of_sample, args.styles)))


def main(argv: list[str] | None = None) -> None:
    run_or_exit(run, parse_args(argv))


if __name__ == "__main__":
    main()
