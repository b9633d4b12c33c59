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

Per variant and group: sessions, the share with a setup shown, setups offered, filled and decided,
won (R > 0), expectancy in R; --styles adds the rows per style and side.

Exit codes: 0 done; 2 a realdata file is missing or a variant name is unknown. --debug shows
tracebacks.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import fmean

import numpy as np

from pipeline.contracts import Bar, Bias, PriceHistory
from pipeline.indicators.bars import BarArrays
from pipeline.indicators.setups import DIRECTIONS, RULES, Market, SetupRules, plan_setup, setups_for_bias
from pipeline.indicators.trend import average_slope
from pipeline.scorecard.backfill import CallSeries, session_at
from pipeline.scorecard.contracts import SETUP_HOLD_SESSIONS, SETUP_TRIGGER_SESSIONS, SetupGrade
from pipeline.scorecard.grading import grade_setup

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

VARIANTS: dict[str, SetupRules] = {
    "desk": RULES,
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


def grade_variant(rules: SetupRules, histories: dict[str, PriceHistory], sessions: Sequence[Session],
                  split: date, inside: bool) -> Result:
    grades, covered, counted = [], 0, 0
    for s in sessions:
        if (s.session < split) != inside:
            continue
        counted += 1
        if s.market is None:
            continue
        bars = histories[s.symbol].bars
        later: Sequence[Bar] = bars[s.index + 1:s.index + 1 + WINDOW]
        if inside:
            later = [bar for bar in later if bar.session < split]
        planned = [plan_setup(direction, s.market, rules) for direction in DIRECTIONS]
        shown = setups_for_bias([p for p in planned if p is not None], s.bias)
        covered += bool(shown)
        grades += [grade_setup(setup, later) for setup in shown]
    return Result(counted, covered, grades)


def summary_row(name: str, result: Result) -> str:
    decided = [g.r for g in result.grades if g.r is not None and g.status != "open"]
    won = sum(r > 0 for r in decided)
    share = result.covered / max(result.sessions, 1)
    expectancy = f"{fmean(decided):+.3f}R" if decided else "-"
    won_text = f"{won / len(decided):.1%}" if decided else "-"
    per_session = len(result.grades) / max(result.sessions, 1)
    return (f"| {name} | {share:.1%} | {len(result.grades):,} ({per_session:.1%}) | {len(decided):,} | "
            f"{won_text} | {expectancy} | {sum(decided):+.0f}R |")


HEADER = ["| variant | sessions with a setup | offered (per session) | filled and decided | won | expectancy "
          "| total |",
          "|---|---:|---:|---:|---:|---:|---:|"]


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
    print("\n".join(report(groups, names, args.split, not args.out_of_sample, args.styles)))


def main(argv: list[str] | None = None) -> None:
    run_or_exit(run, parse_args(argv))


if __name__ == "__main__":
    main()
