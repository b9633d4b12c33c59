"""Tables of `newsdesk backfill` and `newsdesk scorecard`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich import box
from rich.console import Console
from rich.table import Table

from .scorecard.contracts import HORIZON_SESSIONS
from .scorecard.summary import Rate, Scorecard
from .store.calls_record import CallsSaved


@dataclass(frozen=True)
class BackfillRow:
    symbol: str
    sessions: int
    saved: CallsSaved
    seconds: float
    first: date | None
    last: date | None


def _table(title: str, *columns: str, labels: int = 2) -> Table:
    """A table whose first `labels` columns are left-aligned words, the rest right-aligned figures."""
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for number, column in enumerate(columns):
        table.add_column(column, no_wrap=True, justify="left" if number < labels else "right")
    return table


def print_backfill(console: Console, rows: Sequence[BackfillRow]) -> None:
    table = _table("calls backfilled", "symbol", "sessions", "first", "last", "new", "updated",
                   "unchanged", "seconds")
    for row in rows:
        table.add_row(row.symbol, str(row.sessions), str(row.first or "-"), str(row.last or "-"),
                      str(row.saved.new), str(row.saved.updated), str(row.saved.unchanged),
                      f"{row.seconds:.1f}")
    console.print(table)


def rate_text(rate: Rate) -> str:
    """'54.2 (46.8-61.4)': the rate in %, and its Wilson 95% interval."""
    if rate.rate is None or rate.low is None or rate.high is None:
        return "-"
    return f"{rate.rate:.1%} ({rate.low * 100:.1f}-{rate.high * 100:.1f})"


def percent(rate: Rate) -> str:
    return "-" if rate.rate is None else f"{rate.rate:.1%}"


def _r(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}R"


def print_scorecard(console: Console, card: Scorecard) -> None:
    console.print(f"Scorecard: {', '.join(card.symbols)}, {card.sessions} sessions "
                  f"{card.first} to {card.last}", markup=False, highlight=False)
    calls = _table("final calls: right / (right + wrong), Wilson 95% interval", "horizon", "call",
                   "graded", "flat", "open", "hit rate (95% CI)", "long", "prev")
    for row in card.calls:
        if row.sessions == 0 and row.open == 0:
            continue
        calls.add_row(f"{row.horizon} {HORIZON_SESSIONS[row.horizon]}", row.bias,
                      str(row.sessions), str(row.flat), str(row.open), rate_text(row.hit),
                      percent(row.always_long), percent(row.previous_direction))
    console.print(calls)
    print_setups(console, card)
    levels = _table("key levels: held 10 sessions (baseline: as far on the other side)", "side",
                    "decided", "open", "held (95% CI)", "baseline")
    for level in card.levels:
        levels.add_row(level.side, str(level.held.total), str(level.open), rate_text(level.held),
                       percent(level.baseline))
    console.print(levels)
    pulse = _table("Pulse calibration: return over the next 5 sessions", "Pulse", "sessions",
                   "mean return", "rose (95% CI)")
    for band in [*card.pulse, card.pulse_baseline]:
        mean = "-" if band.mean_return_pct is None else f"{band.mean_return_pct:+.2f}%"
        pulse.add_row(band.band if band.band != "all" else "all (baseline)", str(band.sessions),
                      mean, rate_text(band.up))
    console.print(pulse)


def print_setups(console: Console, card: Scorecard) -> None:
    s = card.setups
    table = _table("setups: result in R (1R = entry to stop)", "setups", "value")
    table.add_row("offered", str(s.offered))
    table.add_row("not triggered / open", f"{s.not_triggered} / {s.open}")
    table.add_row("target / stop / expired", f"{s.target} / {s.stop} / {s.expired}")
    table.add_row("stop and target on one bar", f"{s.ties} (counted as stops)")
    table.add_row("exits at a gapped open", str(s.gaps))
    table.add_row("won, R > 0 (95% CI)", f"{rate_text(s.wins)} of {s.wins.total}")
    table.add_row("expectancy", _r(s.expectancy_r))
    table.add_row("baseline: long at next open", _r(s.always_long_r))
    table.add_row("baseline: previous session", _r(s.previous_direction_r))
    console.print(table)
    spread = _table("setups by result in R", *s.distribution, labels=0)
    spread.add_row(*(str(count) for count in s.distribution.values()))
    console.print(spread)
