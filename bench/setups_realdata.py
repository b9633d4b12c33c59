"""Setups and scenario logic on real sessions: figures for issue 13 items 2-3.

Builds the snapshot and the template article of SPY, QQQ, IWM and DIA on real
sessions from ../shared/realdata/ohlcv/kittycapital_etf-seasonality and prints:
setups offered, stop distance in ATR, reward/risk distribution, targets at a
real level, and scenario-logic violations (pipeline/writers/audit.py).

Usage: python bench/setups_realdata.py [--list]   (--list prints every setup and violation)
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from datetime import date
from pathlib import Path

from pipeline.config import Settings, load_settings
from pipeline.contracts import PriceHistory, Severity
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import CsvBarsProvider
from pipeline.scoring import score_snapshot
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.audit import scenario_violations, setup_figures

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
ETF_DIR = REALDATA / "ohlcv" / "kittycapital_etf-seasonality"
SYMBOLS = ("SPY", "QQQ", "IWM", "DIA")
SESSIONS = (date(2026, 2, 3), date(2026, 2, 20), date(2026, 3, 9), date(2026, 3, 20),
            date(2026, 4, 8), date(2026, 4, 9), date(2026, 5, 1), date(2026, 5, 15),
            date(2026, 6, 5), date(2026, 6, 26), date(2026, 7, 17), date(2026, 8, 7),
            date(2026, 8, 20), date(2026, 8, 21))


def load_histories(folder: Path) -> dict[str, PriceHistory]:
    provider = CsvBarsProvider(folder)
    return {symbol: provider.load(symbol) for symbol in SYMBOLS}


def build_brief(cfg: Settings, histories: dict[str, PriceHistory], symbol: str, session: date) -> Brief:
    inst = cfg.instrument(symbol)
    related = {s: (cfg.instrument(s), histories[s]) for s in inst.related_symbols() if s in histories}
    snapshot = build_snapshot(histories[symbol].until(session), inst, related, session)
    scores = score_snapshot(snapshot, [])
    return Brief(snapshot=snapshot, scores=scores, news=[], short_name=inst.display_name,
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every setup and violation")
    args = parser.parse_args()
    cfg, histories = load_settings(cwd=Path(__file__).parent), load_histories(ETF_DIR)
    figures, violations, articles, styles, errors = [], [], 0, Counter(), []
    target_pct: list[float] = []
    names = [n for inst in cfg.instruments for n in (inst.name, *inst.aliases)]
    for session in SESSIONS:
        for symbol in SYMBOLS:
            brief = build_brief(cfg, histories, symbol, session)
            article = TemplateWriter().write(brief)
            articles += 1
            errors += [f"{session} {symbol} {f.code}: {f.message}" for f in
                       verify_article(article, brief.snapshot, brief.scores, {}, names=names)
                       if f.severity == Severity.ERROR]
            for setup in brief.snapshot.setups:
                f = setup_figures(brief.snapshot, setup)
                target_pct.append(abs(setup.target / setup.entry - 1) * 100)
                figures.append(f)
                styles[f.style] += 1
                if args.list:
                    print(f"{session} {symbol} {setup.direction:5} {f.style:8} {setup.trigger!r} "
                          f"close {brief.snapshot.close:.2f} entry {setup.entry:.2f} stop {setup.stop:.2f} "
                          f"target {setup.target:.2f} stop {f.stop_atr:.2f} ATR rr {f.reward_risk:.2f} "
                          f"level {f.target_at_level}")
            found = scenario_violations(article, brief.snapshot)
            violations += found
            if args.list:
                print("\n".join(f"{session} {symbol} {v}" for v in found))
    stops = [f.stop_atr for f in figures if f.stop_atr is not None]
    rrs = sorted(f.reward_risk for f in figures)
    kinds = Counter(v.split(":")[0] for v in violations)
    print(f"{articles} articles ({len(SESSIONS)} sessions x {len(SYMBOLS)} ETFs), {len(figures)} setups "
          f"({dict(styles)})")
    print(f"stop distance (ATR): median {statistics.median(stops):.2f}, max {max(stops):.2f}, "
          f"> 2.5 ATR: {sum(s > 2.5 for s in stops)}")
    print(f"reward/risk: min {rrs[0]:.2f}, median {statistics.median(rrs):.2f}, max {rrs[-1]:.2f}, "
          f"distinct (1 dp) {len({round(r, 1) for r in rrs})}, < 1.5: {sum(r < 1.5 for r in rrs)}")
    print(f"target distance from entry: median {statistics.median(target_pct):.2f}%, "
          f"max {max(target_pct):.2f}%")
    print(f"target at a real level: {sum(f.target_at_level for f in figures)}/{len(figures)}")
    print(f"scenario-logic violations: {len(violations)} {dict(kinds)}")
    print(f"verifier error findings: {len(errors)}", *errors[:10], sep="\n  ")


if __name__ == "__main__":
    main()
