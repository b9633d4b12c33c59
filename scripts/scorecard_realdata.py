"""The scorecard on real histories, split into an in-sample part and an untouched out-of-sample part.

    .venv/bin/python scripts/scorecard_realdata.py                     # tables to stdout
    .venv/bin/python scripts/scorecard_realdata.py --markdown out.md --svg docs/scorecard-pulse.svg

Backfills the calls of every session (after a year of warm-up) of eight real daily histories
under ../shared/realdata/ohlcv (read in place, never copied): the S&P 500, Dow, Nasdaq-100 and
Russell 2000 indices from xjcarter_data (2000-01 to 2022-11) and SPY, QQQ, DIA, IWM from
kittycapital_etf-seasonality (1993-2000 to 2026-08), each with its configured benchmark when
that history is in the same folder. The calls go through a temporary SQLite store, as
`newsdesk backfill` stores them, are read back and graded (`scorecard.grade_from_history`).

The split (--split, default 2015-01-01):
- IN-SAMPLE: sessions before the split, graded with the bars before the split only (a call
  whose window runs past it stays open). This is the only part any rule parameter may be
  looked at on.
- OUT-OF-SAMPLE: sessions from the split on, graded with every later bar. Reported as it
  comes out; nothing is chosen on it.

Besides the summary per group (indices, ETFs), it prints the short-term hit rate per symbol
and the hit rates on non-overlapping windows (every h-th session for a horizon of h
sessions): consecutive daily calls share most of their window, so the Wilson intervals of
the full count are too narrow; the non-overlapping ones are closer to honest.

Exit codes: 0 done; 2 a realdata file is missing. --debug shows tracebacks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import PriceHistory
from pipeline.market.csv_provider import CsvBarsProvider
from pipeline.render.scorecard_chart import calibration_svg
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scorecard.contracts import HORIZON_SESSIONS, HORIZONS, SessionGrades
from pipeline.scorecard.grading import grade_from_history
from pipeline.scorecard.summary import Rate, Scorecard, setup_summary, summarize, wilson
from pipeline.store import open_store

REPO = Path(__file__).resolve().parents[1]
OHLCV = REPO.parent / "shared" / "realdata" / "ohlcv"
GROUPS = {
    "indices": ("xjcarter_data", ("^GSPC", "^DJI", "^NDX", "^RUT")),
    "ETFs": ("kittycapital_etf-seasonality", ("SPY", "QQQ", "DIA", "IWM")),
}
WARM_UP = 252
"""Sessions of each history used only to warm the indicators up (the 200-day average, the
52-week range): no call is made on them."""
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """One line for the user, exit code 2."""


def run_or_exit(run: Callable[[argparse.Namespace], None], args: argparse.Namespace) -> None:
    """`run(args)`, a bad input said in one line with exit code 2 (raised as is with `--debug`)."""
    try:
        run(args)
    except BadInput as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)


@dataclass(frozen=True)
class Graded:
    """One group's grades, in-sample and out-of-sample."""

    group: str
    symbols: tuple[str, ...]
    inside: list[SessionGrades]
    outside: list[SessionGrades]
    seconds: float


def load(folder: Path, symbol: str) -> PriceHistory:
    try:
        return CsvBarsProvider(folder).load(symbol)
    except Exception as exc:  # the provider's DataError names the file and line
        raise BadInput(f"{folder}: {symbol}: {exc}") from exc


def benchmark_of(symbol: str, histories: dict[str, PriceHistory]) -> PriceHistory | None:
    """The configured benchmark's history, when the group holds it (indices: none configured
    among them, so the S&P 500 index stands in for the other three, as SPY does for ETFs)."""
    settings = load_settings(cwd=REPO / "scripts")
    configured = next((i.benchmark for i in settings.instruments if i.symbol == symbol), None)
    if configured is None and symbol.startswith("^") and symbol != "^GSPC":
        configured = "^GSPC"
    return histories.get(configured) if configured else None


def grade_group(group: str, folder: Path, symbols: Sequence[str], split: date,
                state: Path) -> Graded:
    began = time.perf_counter()
    histories = {symbol: load(folder, symbol) for symbol in symbols}
    store = open_store(f"sqlite:///{state / (group + '.db')}")
    for symbol, history in histories.items():
        first = history.bars[min(WARM_UP, len(history.bars) - 1)].session
        store.save_session_calls(backfill_calls(history, benchmark_of(symbol, histories), first,
                                                history.bars[-1].session))
    inside: list[SessionGrades] = []
    outside: list[SessionGrades] = []
    for symbol, history in histories.items():
        calls = store.session_calls(symbol)
        before = [bar for bar in history.bars if bar.session < split]
        inside += grade_from_history([c for c in calls if c.session < split], before)
        outside += grade_from_history([c for c in calls if c.session >= split], history.bars)
    store.close()
    return Graded(group, tuple(symbols), inside, outside, time.perf_counter() - began)


# -- figures ---------------------------------------------------------------------------------


def pct(rate: Rate) -> str:
    if rate.rate is None or rate.low is None or rate.high is None:
        return "-"
    return f"{rate.rate:.1%} ({rate.low:.1%}-{rate.high:.1%})"


def r_text(value: float | None) -> str:
    return "-" if value is None else f"{value:+.3f}R"


def span(grades: Sequence[SessionGrades]) -> str:
    days = sorted(g.session for g in grades)
    return f"{days[0]} to {days[-1]}" if days else "no sessions"


def calls_table(card: Scorecard) -> list[str]:
    lines = ["| horizon (sessions) | call | graded | flat | hit rate (95% CI) | always-long | "
             "previous session |", "|---|---|---:|---:|---|---|---|"]
    for row in card.calls:
        if row.sessions == 0:
            continue
        lines.append(f"| {row.horizon} ({HORIZON_SESSIONS[row.horizon]}) | {row.bias} | "
                     f"{row.sessions:,} | {row.flat:,} | {pct(row.hit)} | {pct(row.always_long)} | "
                     f"{pct(row.previous_direction)} |")
    return lines


def non_overlapping(grades: Sequence[SessionGrades]) -> list[str]:
    """Hit rates on every h-th session per symbol (windows that do not overlap)."""
    lines = ["| horizon | sessions used | hit rate (95% CI) | always-long | previous session |",
             "|---|---:|---|---|---|"]
    for horizon in HORIZONS:
        step = HORIZON_SESSIONS[horizon]
        picked = []
        for symbol in sorted({g.symbol for g in grades}):
            own = sorted((g for g in grades if g.symbol == symbol), key=lambda g: g.session)
            picked += [c for g in own[::step] for c in g.calls
                       if c.horizon == horizon and c.status == "graded"]
        rates = [rate_of([getattr(c, field) for c in picked])
                 for field in ("outcome", "always_long", "previous_direction")]
        lines.append(f"| {horizon} ({step}) | {len(picked):,} | {pct(rates[0])} | {pct(rates[1])} | "
                     f"{pct(rates[2])} |")
    return lines


def rate_of(outcomes: Sequence[str | None]) -> Rate:
    decided = [o for o in outcomes if o in ("right", "wrong")]
    return wilson(decided.count("right"), len(decided))


def per_symbol(grades: Sequence[SessionGrades]) -> list[str]:
    lines = ["| symbol | short-term graded | hit rate (95% CI) | always-long | previous session |",
             "|---|---:|---|---|---|"]
    for symbol in sorted({g.symbol for g in grades}):
        card = summarize([g for g in grades if g.symbol == symbol])
        row = next(r for r in card.calls if r.horizon == "short" and r.bias == "all")
        lines.append(f"| {symbol} | {row.sessions:,} | {pct(row.hit)} | {pct(row.always_long)} | "
                     f"{pct(row.previous_direction)} |")
    return lines


def setups_table(card: Scorecard) -> list[str]:
    s = card.setups
    decided = s.target + s.stop + s.expired
    lines = ["| setups | value |", "|---|---|",
             f"| offered | {s.offered:,} |",
             f"| never triggered / still open | {s.not_triggered:,} / {s.open:,} |",
             f"| target / stop / expired (of {decided:,} filled and decided) | "
             f"{s.target:,} / {s.stop:,} / {s.expired:,} |",
             f"| stop and target on one bar (counted as stops) | {s.ties:,} |",
             f"| exits at a gapped open | {s.gaps:,} |",
             f"| won, R > 0 (95% CI) | {pct(s.wins)} |",
             f"| **expectancy** | **{r_text(s.expectancy_r)}** |",
             f"| baseline: same risk and reward, long at the next open | {r_text(s.always_long_r)} |",
             f"| baseline: same, in the previous session's direction | "
             f"{r_text(s.previous_direction_r)} |"]
    buckets = list(s.distribution)
    lines += ["", "| R | " + " | ".join(buckets) + " |", "|---|" + "---:|" * len(buckets),
              "| setups | " + " | ".join(f"{s.distribution[b]:,}" for b in buckets) + " |"]
    return lines


def styles_table(grades: Sequence[SessionGrades]) -> list[str]:
    """Setups per style and side: offered, filled and decided, won, expectancy in R."""
    setups = [s for g in grades for s in g.setups]
    covered = sum(bool(g.setups) for g in grades)
    lines = [f"Sessions with a setup: {covered:,} of {len(grades):,} "
             f"({covered / max(len(grades), 1):.1%}); setups offered per session "
             f"{len(setups) / max(len(grades), 1):.1%}.", "",
             "| style | side | offered | filled and decided | won, R > 0 (95% CI) | expectancy |",
             "|---|---|---:|---:|---|---:|"]
    for style in sorted({s.style for s in setups}):
        for side in ("long", "short"):
            own = setup_summary([s for s in setups if s.style == style and s.direction == side])
            if own.offered:
                decided = own.target + own.stop + own.expired
                lines.append(f"| {style} | {side} | {own.offered:,} | {decided:,} | {pct(own.wins)} | "
                             f"{r_text(own.expectancy_r)} |")
    return lines


def levels_table(card: Scorecard) -> list[str]:
    lines = ["| level | decided | held 10 sessions (95% CI) | baseline: as far on the other side |",
             "|---|---:|---|---|"]
    for row in card.levels:
        lines.append(f"| {row.side} | {row.held.total:,} | {pct(row.held)} | {pct(row.baseline)} |")
    return lines


def pulse_table(card: Scorecard) -> list[str]:
    lines = ["| Pulse | sessions | mean 5-session return | rose (95% CI) |", "|---|---:|---:|---|"]
    for row in [*card.pulse, card.pulse_baseline]:
        mean = "-" if row.mean_return_pct is None else f"{row.mean_return_pct:+.3f}%"
        name = "all sessions (baseline)" if row.band == "all" else row.band
        lines.append(f"| {name} | {row.sessions:,} | {mean} | {pct(row.up)} |")
    return lines


def section(title: str, grades: Sequence[SessionGrades]) -> list[str]:
    card = summarize(grades)
    symbols = ", ".join(sorted({g.symbol for g in grades}))
    return [f"### {title}: {symbols}, {len(grades):,} sessions, {span(grades)}", "",
            "Final calls (hit rate = right / (right + wrong); flat = inside the neutral band):", "",
            *calls_table(card), "",
            "Non-overlapping windows (every h-th session of each symbol):", "",
            *non_overlapping(grades), "", "Short-term calls per symbol:", "", *per_symbol(grades),
            "", "Setups (result in R, 1R = entry to stop):", "", *setups_table(card), "",
            "Setups per style and side:", "", *styles_table(grades), "",
            "Key levels:", "", *levels_table(card), "", "Pulse calibration:", "",
            *pulse_table(card), ""]


def report(results: Sequence[Graded], split: date) -> str:
    lines = [f"## Out-of-sample: sessions from {split} on", ""]
    for result in results:
        lines += section(f"OUT-OF-SAMPLE {result.group}", result.outside)
    lines += [f"## In-sample: sessions before {split} (graded with bars before {split} only)", ""]
    for result in results:
        lines += section(f"in-sample {result.group}", result.inside)
    lines += ["## Timing", ""] + [
        f"- {r.group}: {len(r.inside) + len(r.outside):,} sessions backfilled, stored, read back "
        f"and graded in {r.seconds:.1f} s" for r in results]
    return "\n".join(lines) + "\n"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--ohlcv", type=Path, default=OHLCV, help="the realdata ohlcv folder")
    parser.add_argument("--split", type=date.fromisoformat, default=date(2015, 1, 1),
                        help="first out-of-sample session (default 2015-01-01)")
    parser.add_argument("--markdown", type=Path, help="write the tables here too")
    parser.add_argument("--svg", type=Path, help="write the out-of-sample Pulse calibration "
                        "chart (every symbol pooled) here")
    parser.add_argument("--debug", action="store_true", help="tracebacks on errors")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="scorecard-realdata-") as tmp:
        for group, (folder, symbols) in GROUPS.items():
            path = args.ohlcv / folder
            if not path.is_dir():
                raise BadInput(f"{path}: realdata folder missing")
            results.append(grade_group(group, path, symbols, args.split, Path(tmp)))
    text = report(results, args.split)
    sys.stdout.write(text)
    if args.markdown:
        args.markdown.write_text(text, "utf-8")
    if args.svg:
        pooled = summarize([g for r in results for g in r.outside])
        args.svg.write_text(calibration_svg(
            pooled.pulse, pooled.pulse_baseline,
            f"Pulse calibration, out-of-sample ({args.split.year} on), "
            f"{sum(len(r.symbols) for r in results)} histories pooled"), "utf-8")


def main(argv: list[str] | None = None) -> None:
    run_or_exit(run, parse_args(argv))


if __name__ == "__main__":
    main()
