"""Threat level on real history: how often each warning sign fires, and the share of sessions
at each threat level before and after the day-stress signs (vix_jump, outsized_move,
gap_outsized).

Builds the snapshot of SPY, QQQ, IWM and DIA (../shared/realdata/ohlcv/kittycapital_etf-seasonality)
on each session from the 253rd bar on that the official VIX file (datahub_finance-vix) covers,
and scores it. "Before" is the same score without the three day-stress signs. A snapshot costs
~40 ms, so the full SPY history takes about six minutes; --stride N scores every Nth session.

Usage: python bench/threat_realdata.py [--symbols SPY,QQQ] [--stride 5] [--from 2004-01-01]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
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


def report(symbol: str, history: PriceHistory, related: dict, inst, sessions: list[date]) -> None:
    before, after, risk_before, risk_after, fired = Counter(), Counter(), Counter(), Counter(), Counter()
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


if __name__ == "__main__":
    main()
