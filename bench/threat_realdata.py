"""Threat level on real history, graded in-sample (before 2015) and, only when asked, out-of-sample.

For each session it scores, the bench keeps the warning signs raised, the readings the level and
range signs are judged on, and what the next five sessions did: whether the worst close in them
fell 3% or more (and 2 ATRs or more) below the session's close, and the mean absolute daily move
(in % and in ATRs). The bars after a session are read only to grade it, never to score it.

The split is the scorecard's (docs/scorecard.md): sessions before --split (2015-01-01) are
in-sample and graded with bars before the split only (a session whose five sessions run into
2015 is left out); sessions from the split on are out-of-sample. The bench prints the in-sample
part: how often each sign fires, each sign fired vs not, each threat level, and the threat rule
variants in VARIANTS, each level's share of 3% drops and mean move (a rule orders risk when both
rise from threat 1 to 5). The out-of-sample part is printed only with --out-of-sample, for the
rule and the variants named there; docs/threat.md reports the one run that chose the rule.

Builds the snapshot of SPY, QQQ, IWM and DIA (../shared/realdata/ohlcv/kittycapital_etf-seasonality)
on each session from the 253rd bar on that the official VIX file (datahub_finance-vix) covers.
A snapshot costs 40-120 ms (machine load), so the sessions are cached in the temporary folder
under a digest of the pipeline's source; --stride N scores every Nth session.

Usage: python bench/threat_realdata.py [--symbols SPY,QQQ] [--stride 2]
           [--out-of-sample current,before] [--cache FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import PriceHistory, Snapshot
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import CsvBarsProvider, read_bars_csv
from pipeline.scoring import score_snapshot

ROOT = Path(__file__).resolve().parents[1]
REALDATA = ROOT.parent / "shared" / "realdata" / "ohlcv"
ETF_DIR = REALDATA / "kittycapital_etf-seasonality"
VIX_FILE = REALDATA / "datahub_finance-vix" / "vix-daily.csv"
FIRST_SESSION = 253  # a full 52-week window behind the session
FORWARD = 5
"""Sessions after the scored one that grade it."""
DRAWDOWN_ATR = 2.0
"""A worst forward close this many ATRs below the session's close counts as a drawdown."""
DROP_PCT = 3.0
"""A worst forward close this many percent below the session's close counts as a drop."""
LEVEL_SIGNS = frozenset({"level_near", "tight_range"})
"""Signs kept as readings (the variants judge them); every other raised sign is kept by name."""
DECISION_LEVEL_ATR = 0.5
"""The rule before docs/threat.md: the close within this many ATRs of a decision level raised
level_near."""


def nearest_decision_level(s: Snapshot) -> float:
    """The level nearest the close among those a break of which decides the tape: the edges of
    the range the closes are holding and the 52-week closing high and low (level_near's levels)."""
    edges = [s.extremes.high_52w, s.extremes.low_52w]
    if s.range is not None:
        edges += [s.range.upper, s.range.lower]
    return min(edges, key=lambda edge: abs(edge - s.close))


@dataclass
class Session:
    """One scored session: the signs raised by the rule at cache time (but the level and range
    signs), the readings those two are judged on, and the next FORWARD sessions' outcome."""

    symbol: str
    session: str
    signs: list[str]
    level_atr: float | None  # distance to the nearest decision level, in ATRs
    toward: bool  # the close nearer that level than the previous close was
    tight: bool
    threat: int  # the threat level scored by pipeline/scoring.py
    drop: bool
    drawdown: bool
    move_pct: float
    move_atr: float


def forward_of(closes: list[float], index: int, atr: float, last: int) -> dict | None:
    """The FORWARD sessions after `index`, if they all lie at or before `last`."""
    if index + FORWARD > last:
        return None
    ahead = closes[index: index + FORWARD + 1]
    worst = min(ahead[1:]) - ahead[0]
    moves = [abs(b - a) for a, b in zip(ahead, ahead[1:], strict=False)]
    return {"drop": worst / ahead[0] * 100 <= -DROP_PCT, "drawdown": worst <= -DRAWDOWN_ATR * atr,
            "move_pct": sum(m / a for m, a in zip(moves, ahead, strict=False)) / FORWARD * 100,
            "move_atr": sum(moves) / FORWARD / atr}


def score_sessions(symbol: str, history: PriceHistory, related: dict, inst, picked: list[date],
                   split: date) -> list[Session]:
    closes = [bar.close for bar in history.bars]
    index_of = {bar.session: i for i, bar in enumerate(history.bars)}
    last_in_sample = max(i for i, bar in enumerate(history.bars) if bar.session < split)
    out = []
    started = time.perf_counter()
    for day in picked:
        snapshot = build_snapshot(history.until(day), inst, related, day)
        atr = snapshot.volatility.atr_14
        i = index_of[day]
        last = last_in_sample if day < split else len(closes) - 1
        forward = forward_of(closes, i, atr, last) if atr else None
        if forward is None:
            continue
        scores = score_snapshot(snapshot)
        parts = scores.threat_components
        level = nearest_decision_level(snapshot)
        out.append(Session(
            symbol, day.isoformat(), [c.name for c in parts if c.points and c.name not in LEVEL_SIGNS],
            abs(level - snapshot.close) / atr, abs(level - snapshot.close) < abs(level - snapshot.prev_close),
            bool(snapshot.range and snapshot.range.is_tight), scores.threat_level, **forward))
    print(f"{symbol}: scored {len(picked)} sessions in {time.perf_counter() - started:.0f} s", flush=True)
    return out


# --- threat rules: a session -> its raised signs -> a level 1-5 ----------------------------------

def level_signs(level_within: float | None, toward: bool = False, tight: bool = True
                ) -> Callable[[Session], list[str]]:
    """The raised signs with level_near judged within `level_within` ATRs (None: never), only when
    the close moved toward the level if `toward`, and tight_range counted if `tight`."""
    def signs(s: Session) -> list[str]:
        raised = list(s.signs)
        if (level_within is not None and s.level_atr is not None and s.level_atr <= level_within
                and (s.toward or not toward)):
            raised.append("level_near")
        if tight and s.tight:
            raised.append("tight_range")
        return raised
    return signs


def weighted(signs: Callable[[Session], list[str]], weights: dict[str, float]
             ) -> Callable[[Session], int]:
    def level(s: Session) -> int:
        return 1 + min(4, round(sum(weights.get(name, 1.0) for name in signs(s))))
    return level


BEFORE = level_signs(DECISION_LEVEL_ATR)
VARIANTS: dict[str, Callable[[Session], int]] = {
    "before (level_near 0.5 ATR, tight_range)": weighted(BEFORE, {}),
    "no level_near": weighted(level_signs(None), {}),
    "level_near 0.25 ATR and moving toward it": weighted(level_signs(0.25, toward=True), {}),
    "no tight_range": weighted(level_signs(DECISION_LEVEL_ATR, tight=False), {}),
    "no level_near, no tight_range": weighted(level_signs(None, tight=False), {}),
    "level_near 0.25 ATR toward, no tight_range": weighted(level_signs(0.25, True, False), {}),
    "no level/range signs, drawdown 2": weighted(level_signs(None, tight=False), {"drawdown": 2}),
    "no level/range signs, rsi_extreme 0": weighted(level_signs(None, tight=False), {"rsi_extreme": 0}),
    "no level/range signs, event_near 0": weighted(level_signs(None, tight=False), {"event_near": 0}),
    "no level/range, drawdown 2, event_near 0": weighted(level_signs(None, tight=False),
                                                         {"drawdown": 2, "event_near": 0}),
    "no level_near, rsi_extreme 0": weighted(level_signs(None), {"rsi_extreme": 0}),
    "no level_near, gap_outsized 0": weighted(level_signs(None), {"gap_outsized": 0}),
    "no level_near, drawdown 2": weighted(level_signs(None), {"drawdown": 2}),
    "no level_near, vix_stressed 2": weighted(level_signs(None), {"vix_stressed": 2}),
}


def current(s: Session) -> int:
    """The rule in pipeline/scoring.py when the sessions were cached (the cache is named after
    the pipeline's source)."""
    return s.threat


# --- grading ---------------------------------------------------------------------------------------

@dataclass
class Tally:
    n: int = 0
    drops: int = 0
    drawdowns: int = 0
    move_pct: float = 0.0
    move_atr: float = 0.0

    def add(self, s: Session) -> None:
        self.n += 1
        self.drops += s.drop
        self.drawdowns += s.drawdown
        self.move_pct += s.move_pct
        self.move_atr += s.move_atr

    def cells(self, total: int) -> str:
        if not self.n:
            return "0 | - | - | - | -"
        return (f"{self.n:,} ({self.n / total:.1%}) | {self.drops / self.n:.1%} | "
                f"{self.move_pct / self.n:.2f}% | {self.drawdowns / self.n:.1%} | "
                f"{self.move_atr / self.n:.2f}")


def tally(sessions: Iterable[Session]) -> Tally:
    t = Tally()
    for s in sessions:
        t.add(s)
    return t


def by_level(sessions: list[Session], rule: Callable[[Session], int]) -> dict[int, Tally]:
    levels = {level: Tally() for level in range(1, 6)}
    for s in sessions:
        levels[rule(s)].add(s)
    return levels


MIN_SHARE = 0.01
"""A threat level holding fewer than this share of the sessions counts as unpopulated."""


def resolution(levels: dict[int, Tally], total: int) -> float:
    """How far the levels' 3% drop shares spread around the overall share, weighted by the
    sessions at each level (the resolution term of the Brier score decomposition): higher is a
    scale that separates risky sessions from calm ones better."""
    overall = sum(t.drops for t in levels.values()) / total
    return sum(t.n / total * (t.drops / t.n - overall) ** 2 for t in levels.values() if t.n)


def order_score(levels: dict[int, Tally], total: int) -> tuple[int, int, float]:
    """(empty levels, steps from one level to the next where the 3% drop share or the mean move
    does not rise, drop share at 5 minus at 1): fewer is better on the first two."""
    empty = sum(levels[k].n < MIN_SHARE * total for k in range(1, 6))
    full = [levels[k] for k in range(1, 6) if levels[k].n >= MIN_SHARE * total]
    drops = [t.drops / t.n for t in full]
    moves = [t.move_pct / t.n for t in full]
    falls = sum(b <= a for a, b in zip(drops, drops[1:], strict=False)) + \
        sum(b <= a for a, b in zip(moves, moves[1:], strict=False))
    return empty, falls, (drops[-1] - drops[0]) if drops else 0.0


HEAD = ("| {} | sessions | 3% drop | mean move | 2-ATR drawdown | mean move, ATRs |\n"
        "|---|---:|---:|---:|---:|---:|")


def print_part(title: str, sessions: list[Session], rules: dict[str, Callable[[Session], int]],
               per_sign: bool) -> None:
    total = len(sessions)
    symbols = sorted({s.symbol for s in sessions})
    print(f"\n## {title}: {', '.join(symbols)}, {total:,} sessions {min(s.session for s in sessions)} "
          f"to {max(s.session for s in sessions)}\n")
    print(HEAD.format("group"))
    print(f"| all | {tally(sessions).cells(total)} |")
    if per_sign:
        signs = sorted({name for s in sessions for name in level_signs(DECISION_LEVEL_ATR)(s)})
        print("\nPer sign, fired vs not (the rule before: level_near within 0.5 ATR):\n")
        print(HEAD.format("sign"))
        for name in signs:
            fired = [s for s in sessions if name in BEFORE(s)]
            print(f"| {name} fired | {tally(fired).cells(total)} |")
            print(f"| {name} not | {tally(s for s in sessions if name not in BEFORE(s)).cells(total)} |")
        near = [s for s in sessions if s.level_atr is not None and s.level_atr <= 0.25]
        toward, away = tally(s for s in near if s.toward), tally(s for s in near if not s.toward)
        print(f"| level within 0.25 ATR, moving toward it | {toward.cells(total)} |")
        print(f"| level within 0.25 ATR, moving away | {away.cells(total)} |")
        for name in symbols:
            mine = [s for s in sessions if s.symbol == name]
            t, n = tally(s for s in mine if s.tight), tally(s for s in mine if not s.tight)
            print(f"| {name} tight_range fired / not: 3% drop {t.drops / max(t.n, 1):.1%} / "
                  f"{n.drops / max(n.n, 1):.1%}, mean move {t.move_pct / max(t.n, 1):.2f}% / "
                  f"{n.move_pct / max(n.n, 1):.2f}% | | | | |")
    print("\nThreat levels per rule (empty = levels under 1% of sessions; falls = steps from one "
          "level to the next where the 3% drop share or the mean move does not rise, of 8):\n")
    print("| rule | empty | falls | resolution | 3% drop at 1 / 2 / 3 / 4 / 5 | mean move at 1-5 "
          "| sessions at 1-5 |")
    print("|---|---:|---:|---:|---|---|---|")
    for name, rule in rules.items():
        levels = by_level(sessions, rule)
        empty, falls, _ = order_score(levels, total)
        drops = " / ".join(f"{t.drops / t.n:.1%}" if t.n else "-" for t in levels.values())
        moves = " / ".join(f"{t.move_pct / t.n:.2f}%" if t.n else "-" for t in levels.values())
        shares = " / ".join(f"{t.n / total:.1%}" for t in levels.values())
        print(f"| {name} | {empty} | {falls} | {resolution(levels, total) * 1000:.2f} | {drops} | {moves} "
              f"| {shares} |")


# --- sessions, cached -----------------------------------------------------------------------------

def default_cache(symbols: str, stride: int) -> Path:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    name = f"newsdesk-threat-{symbols.replace(',', '-')}-{stride}-{digest.hexdigest()[:12]}.json"
    return Path(tempfile.gettempdir()) / name


def load_sessions(symbols: list[str], stride: int, split: date, caches: list[Path]) -> list[Session]:
    """The sessions of every cache file if they all exist, else scored and written to the first."""
    if all(cache.exists() for cache in caches):
        return [Session(**row) for cache in caches for row in json.loads(cache.read_text())]
    cache = caches[0]
    cfg = load_settings(cwd=Path(__file__).parent)
    vix = read_bars_csv(VIX_FILE, "^VIX")
    related = {"^VIX": (cfg.instrument("^VIX"), vix)}
    vix_sessions = {bar.session for bar in vix.bars}
    sessions: list[Session] = []
    for symbol in symbols:
        history = CsvBarsProvider(ETF_DIR).load(symbol)
        days = [bar.session for bar in history.bars[FIRST_SESSION:] if bar.session in vix_sessions]
        sessions += score_sessions(symbol, history, related, cfg.instrument(symbol), days[::stride], split)
    cache.write_text(json.dumps([asdict(s) for s in sessions]))
    return sessions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbols", default="SPY,QQQ,IWM,DIA")
    parser.add_argument("--stride", type=int, default=2, help="score every Nth session (default 2)")
    parser.add_argument("--split", type=date.fromisoformat, default=date(2015, 1, 1),
                        help="first out-of-sample session (default 2015-01-01)")
    parser.add_argument("--out-of-sample", default="",
                        help="comma-separated rules to grade on the sessions from --split on: "
                             "'current', 'before' or a VARIANTS name")
    parser.add_argument("--cache", type=Path, nargs="+",
                        help="sessions cache file(s) (default: one in the temporary folder)")
    args = parser.parse_args()
    caches = args.cache or [default_cache(args.symbols, args.stride)]
    sessions = load_sessions(args.symbols.split(","), args.stride, args.split, caches)
    split = args.split.isoformat()
    inside = [s for s in sessions if s.session < split]
    rules = {**VARIANTS, "current (pipeline/scoring.py)": current}
    print_part(f"In-sample (before {split})", inside, rules, per_sign=True)
    for symbol in sorted({s.symbol for s in inside}):
        mine = [s for s in inside if s.symbol == symbol]
        print_part(f"In-sample {symbol}", mine, rules, per_sign=False)
    wanted = [w for w in args.out_of_sample.split(",") if w]
    if wanted:
        chosen = {name: rule for name, rule in rules.items()
                  if name in wanted or name.split(" (")[0] in wanted}
        outside = [s for s in sessions if s.session >= split]
        print_part(f"Out-of-sample (from {split})", outside, chosen, per_sign=True)
        for symbol in sorted({s.symbol for s in outside}):
            print_part(f"Out-of-sample {symbol}", [s for s in outside if s.symbol == symbol],
                       chosen, per_sign=False)


if __name__ == "__main__":
    main()
