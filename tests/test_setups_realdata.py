"""Setups and scenario logic on real sessions (issue 13 items 2-3).

SPY, QQQ, IWM and DIA daily bars from ../shared/realdata/ohlcv/kittycapital_etf-seasonality
on 14 sessions of 2026 (including 2026-04-08/09, 2026-06-05 and 2026-08-21): every setup's
stop within 2.5 ATR of its entry, reward/risk at least 1.5, its target at a real level;
no scenario-logic violation; no verifier error. `bench/setups_realdata.py` prints the figures.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import REALDATA
from market_factories import settings

from pipeline.contracts import PriceHistory, Severity
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import CsvBarsProvider
from pipeline.scoring import score_snapshot
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.audit import scenario_violations, setup_figures

pytestmark = pytest.mark.realdata

SYMBOLS = ("SPY", "QQQ", "IWM", "DIA")
# The headline, dek, analysis and take are another writer's part (and bench/editorial.py
# counts their findings); here the levels, scenarios, setups and final call must verify clean.
PROSE_SECTIONS = ("headline", "dek", "analysis", "take")
SESSIONS = (date(2026, 2, 3), date(2026, 2, 20), date(2026, 3, 9), date(2026, 3, 20),
            date(2026, 4, 8), date(2026, 4, 9), date(2026, 5, 1), date(2026, 5, 15),
            date(2026, 6, 5), date(2026, 6, 26), date(2026, 7, 17), date(2026, 8, 7),
            date(2026, 8, 20), date(2026, 8, 21))


@pytest.fixture(scope="module")
def histories() -> dict[str, PriceHistory]:
    folder = REALDATA / "ohlcv" / "kittycapital_etf-seasonality"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    provider = CsvBarsProvider(folder)
    return {symbol: provider.load(symbol) for symbol in SYMBOLS}


def brief_for(histories: dict[str, PriceHistory], symbol: str, session: date) -> Brief:
    cfg = settings()
    inst = cfg.instrument(symbol)
    related = {s: (cfg.instrument(s), histories[s]) for s in inst.related_symbols() if s in histories}
    snapshot = build_snapshot(histories[symbol].until(session), inst, related, session)
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot), short_name=inst.display_name,
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                 tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")


@pytest.mark.parametrize("session", SESSIONS, ids=str)
def test_setups_and_scenarios_on_real_sessions(histories: dict[str, PriceHistory], session: date) -> None:
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    for symbol in SYMBOLS:
        brief = brief_for(histories, symbol, session)
        for setup in brief.snapshot.setups:
            figures = setup_figures(brief.snapshot, setup)
            where = f"{symbol} {session} {setup.direction} {setup.style}"
            assert figures.stop_atr is not None and figures.stop_atr <= 2.5, where
            assert figures.reward_risk >= 1.5, where
            assert figures.target_at_level, where
        article = TemplateWriter().write(brief)
        assert scenario_violations(article, brief.snapshot) == [], f"{symbol} {session}"
        errors = [f"{f.section} {f.code}: {f.message}" for f in
                  verify_article(article, brief.snapshot, brief.scores, {}, names=names)
                  if f.severity == Severity.ERROR and f.section not in PROSE_SECTIONS]
        assert errors == [], f"{symbol} {session}"
        shown = {setup.direction for setup in article.setups}
        assert not (brief.scores.bias.value == "Bullish" and "short" in shown)
        assert not (brief.scores.bias.value == "Bearish" and "long" in shown)


def test_real_sessions_offer_setups_of_each_style(histories: dict[str, PriceHistory]) -> None:
    styles = [setup.style for session in SESSIONS for symbol in SYMBOLS
              for setup in brief_for(histories, symbol, session).snapshot.setups]
    # 34 when written, 33 before the broken range edge became a level; 29 since: four longs under an
    # old range bottom (a breakdown's edge, now resistance) lost their reward/risk or their target.
    # 32 before setups4, 26 since: with the fade/pullback stop at 0.75 ATR (0.5 before) five
    # pullbacks and a fade fall under reward/risk 1.5 (a fade's 2) and one pullback has no target
    # past the close; one fade appears where none was placed. A setup is left out only for poor
    # geometry.
    assert len(styles) >= 26
    assert {"fade", "pullback", "breakout"} <= set(styles)
