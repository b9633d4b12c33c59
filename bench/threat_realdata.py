"""Threat level on real history: how often each warning sign fires, and the share of sessions
at each threat level before and after the day-stress signs (vix_jump, outsized_move,
gap_outsized), and whether the level means anything: for each level and each sign, what the
next five sessions did (the share of sessions whose worst close in the next five fell 2 ATRs
or more below the session's close, and the mean absolute daily move in ATRs). The bars after a
session are read only to grade it, never to score it.

Builds the snapshot of SPY, QQQ, IWM and DIA (../shared/realdata/ohlcv/kittycapital_etf-seasonality)
on each session from the 253rd bar on that the official VIX file (datahub_finance-vix) covers,
and scores it. "Before" is the same score without the three day-stress signs. A snapshot costs
~40 ms, so the full SPY history takes about six minutes; --stride N scores every Nth session.

Usage: python bench/threat_realdata.py [--symbols SPY,QQQ] [--stride 5] [--from 2004-01-01]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.contracts import PriceHistory, RiskLabel
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import CsvBarsProvider, read_bars_csv
from pipeline.scoring import risk_for, score_snapshot, threat_level_of

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "ohlcv"
ETF_DIR = REALDATA / "kittycapital_etf-seasonality"
VIX_FILE = REALDATA / "datahub_finance-vix" / "vix-daily.csv"
DAY_STRESS = frozenset({"vix_jump", "outsized_move", "gap_outsized"})
STRESS_DAYS = (date(2008, 10, 10), date(2020, 3, 16), date(2024, 8, 5), date(2026, 6, 5))
FIRST_SESSION = 253  # a full 52-week window behind the session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbols", default="SPY,QQQ,IWM,DIA")
    parser.add_argument("--stride", type=int, default=1, help="score every Nth session")
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=date(1990, 1, 1))
    args = parser.parse_args()
    cfg = load_settings(cwd=Path(__file__).parent)
    vix = read_bars_csv(VIX_FILE, "^VIX")
    related = {"^VIX": (cfg.instrument("^VIX"), vix)}
    vix_sessions = {bar.session for bar in vix.bars}
    for symbol in args.symbols.split(","):
        history = CsvBarsProvider(ETF_DIR).load(symbol)
        sessions = [bar.session for bar in history.bars[FIRST_SESSION:]
                    if bar.session in vix_sessions and bar.session >= args.start]
        picked = sorted(set(sessions[::args.stride]) | {d for d in STRESS_DAYS if d in sessions})
        report(symbol, history, related, cfg.instrument(symbol), picked)


FORWARD = 5
"""Sessions after the scored one that grade it."""
DRAWDOWN_ATR = 2.0
"""A worst forward close this many ATRs below the session's close counts as a drawdown."""
DROP_PCT = 3.0
"""A worst forward close this many percent below the session's close counts as a drop."""


@dataclass
class Forward:
    """What the FORWARD sessions after one did, in ATR(14)s of the scored session."""

    drawdown: bool
    swing_atr: float
    drop_pct: bool
    swing_pct: float


def forward_of(history: PriceHistory, session: date, atr: float | None) -> Forward | None:
    closes = [bar.close for bar in history.bars]
    index = next((i for i, bar in enumerate(history.bars) if bar.session == session), None)
    if not atr or index is None or index + FORWARD >= len(closes):
        return None
    ahead = closes[index: index + FORWARD + 1]
    worst = min(ahead[1:]) - ahead[0]
    swing = sum(abs(b - a) for a, b in zip(ahead, ahead[1:], strict=False)) / FORWARD / atr
    swing_pct = sum(abs(b / a - 1) for a, b in zip(ahead, ahead[1:], strict=False)) / FORWARD * 100
    return Forward(worst <= -DRAWDOWN_ATR * atr, swing, worst / ahead[0] * 100 <= -DROP_PCT, swing_pct)


@dataclass
class Tally:
    """Forward outcomes of a group of sessions."""

    n: int = 0
    drawdowns: int = 0
    swing: float = 0.0
    drops: int = 0
    swing_pct: float = 0.0

    def add(self, forward: Forward) -> None:
        self.n += 1
        self.drawdowns += forward.drawdown
        self.swing += forward.swing_atr
        self.drops += forward.drop_pct
        self.swing_pct += forward.swing_pct

    def line(self) -> str:
        if not self.n:
            return "n=0"
        return (f"n={self.n:5d}  {self.drawdowns / self.n:5.1%} {self.swing / self.n:.2f} ATR  "
                f"{self.drops / self.n:5.1%} {self.swing_pct / self.n:.2f}%")


def report(symbol: str, history: PriceHistory, related: dict, inst, sessions: list[date]) -> None:
    before, after, risk_before, risk_after, fired = Counter(), Counter(), Counter(), Counter(), Counter()
    by_level: dict[int, Tally] = defaultdict(Tally)
    by_sign: dict[tuple[str, bool], Tally] = defaultdict(Tally)
    everyone = Tally()
    stress_lines = []
    started = time.perf_counter()
    for session in sessions:
        snapshot = build_snapshot(history.until(session), inst, related, session)
        scores = score_snapshot(snapshot)
        old = threat_level_of([c for c in scores.threat_components if c.name not in DAY_STRESS])
        before[old] += 1
        after[scores.threat_level] += 1
        risk_before[risk_for(old, snapshot.volatility.atr_pct)[0]] += 1
        risk_after[scores.risk] += 1
        fired.update(c.name for c in scores.threat_components if c.points)
        forward = forward_of(history, session, snapshot.volatility.atr_14)
        if forward is not None:
            everyone.add(forward)
            by_level[scores.threat_level].add(forward)
            for part in scores.threat_components:
                by_sign[(part.name, bool(part.points))].add(forward)
        if session in STRESS_DAYS:
            raised = ", ".join(f"{c.name} {c.value:g}" for c in scores.threat_components
                               if c.points and c.value is not None)
            stress_lines.append(f"  {session}: threat {old} -> {scores.threat_level}, risk "
                                f"{risk_for(old, snapshot.volatility.atr_pct)[0].value} -> "
                                f"{scores.risk.value} ({raised})")
    n = len(sessions)
    print(f"{symbol}: {n} sessions {sessions[0]}..{sessions[-1]} "
          f"({(time.perf_counter() - started) / n * 1000:.0f} ms a snapshot)")
    print("  sign fires: " + ", ".join(f"{name} {count / n:.1%}" for name, count in fired.most_common()))
    print("  threat   " + "  ".join(f"{level}: {before[level] / n:5.1%} -> {after[level] / n:5.1%}"
                                    for level in range(1, 6)))
    print(f"  threat 4-5: {(before[4] + before[5]) / n:.1%} -> {(after[4] + after[5]) / n:.1%}")
    print("  risk     " + "  ".join(f"{label.value}: {risk_before[label] / n:5.1%} -> "
                                    f"{risk_after[label] / n:5.1%}" for label in RiskLabel))
    print("\n".join(stress_lines))
    print(f"  next {FORWARD} sessions: share with a close {DRAWDOWN_ATR:g} ATRs or more below, mean "
          f"absolute daily move in ATRs; share with a close {DROP_PCT:g}% or more below, mean "
          "absolute daily move in %:")
    print(f"    all        {everyone.line()}")
    for level in range(1, 6):
        print(f"    threat {level}   {by_level[level].line()}")
    for name in sorted({name for name, _ in by_sign}):
        print(f"    {name:14s} fired {by_sign[(name, True)].line()}   not {by_sign[(name, False)].line()}")


if __name__ == "__main__":
    main()
