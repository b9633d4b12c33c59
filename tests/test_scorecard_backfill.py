"""The backfill's calls are a normal run's calls, session by session, and never see later bars."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import REALDATA
from market_factories import settings, synthetic_history

from pipeline.contracts import PriceHistory
from pipeline.indicators import build_snapshot
from pipeline.market.csv_provider import read_bars_csv
from pipeline.scorecard import calls_from_snapshot
from pipeline.scorecard.backfill import backfill_calls
from pipeline.scoring import score_snapshot

SESSIONS = 420


def histories() -> tuple[PriceHistory, dict[str, PriceHistory]]:
    cfg = settings()
    inst = cfg.instrument("IWM")
    related = {s: synthetic_history(s, sessions=SESSIONS, seed=20 + n)
               for n, s in enumerate(inst.related_symbols())}
    return synthetic_history("IWM", sessions=SESSIONS, seed=5), related


def run_calls(history: PriceHistory, related: dict[str, PriceHistory], session: date):  # type: ignore[no-untyped-def]
    cfg = settings()
    inst = cfg.instrument("IWM")
    snap = build_snapshot(history, inst, {s: (cfg.instrument(s), h) for s, h in related.items()}, session)
    return calls_from_snapshot(snap, score_snapshot(snap), origin="backfill")


def test_backfill_calls_equal_a_normal_runs_calls() -> None:
    history, related = histories()
    days = [bar.session for bar in history.bars]
    picked = sorted({*range(1, 40, 3), 49, 50, 51, 199, 200, 201, 219, 220, 251, 252, 253,
                     *range(300, SESSIONS, 7), SESSIONS - 1})
    backfilled = {c.session: c for c in backfill_calls(history, related["SPY"], days[0], days[-1])}
    assert len(backfilled) == SESSIONS - 1  # every session but the first (no previous close)
    for index in picked:
        assert backfilled[days[index]] == run_calls(history, related, days[index]), days[index]
    assert any(c.setups for c in backfilled.values()) and any(c.levels for c in backfilled.values())
    assert {c.calls[2].bias for c in backfilled.values()} >= {"Bullish", "Bearish"}


def test_later_bars_do_not_change_calls() -> None:
    history, related = histories()
    days = [bar.session for bar in history.bars]
    cut_at = days[300]
    short = history.until(cut_at)
    early = backfill_calls(short, related["SPY"].until(cut_at), days[250], cut_at)
    full = backfill_calls(history, related["SPY"], days[250], cut_at)
    assert early == full and len(early) == 51


def test_range_of_sessions() -> None:
    history, related = histories()
    days = [bar.session for bar in history.bars]
    found = backfill_calls(history, None, days[100], days[109])
    assert [c.session for c in found] == days[100:110]
    assert backfill_calls(history, None, date(1990, 1, 1), days[1])[0].session == days[1]


ETFS = REALDATA / "ohlcv" / "kittycapital_etf-seasonality"


@pytest.mark.skipif(not ETFS.is_dir(), reason="../shared/realdata is absent")
def test_backfill_equals_a_run_on_real_bars() -> None:
    cfg = settings()
    histories = {s: read_bars_csv(ETFS / f"{s}.csv", s, None) for s in ("IWM", "SPY", "QQQ", "DIA")}
    inst = cfg.instrument("IWM")
    related = {s: (cfg.instrument(s), h) for s, h in histories.items() if s != "IWM"}
    iwm = histories["IWM"]
    picked = [iwm.bars[i].session for i in (1, 30, 220, 260, 300)] + [
        date(2001, 9, 10), date(2001, 9, 17), date(2008, 10, 10), date(2020, 3, 16), date(2026, 8, 21)]
    backfilled = {c.session: c for day in picked
                  for c in backfill_calls(iwm, histories["SPY"], day, day)}
    for day in picked:
        snap = build_snapshot(iwm, inst, related, day)
        assert backfilled[day] == calls_from_snapshot(snap, score_snapshot(snap), origin="backfill"), day
