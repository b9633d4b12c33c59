"""Synthetic but realistic price histories for tests that need a real Snapshot."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np

from pipeline.config import Settings, load_settings
from pipeline.contracts import Bar, NewsItem, PriceHistory, Snapshot
from pipeline.indicators import build_snapshot

SESSION = date(2026, 11, 20)
START_PRICE = {"IWM": 245.0, "^RUT": 2450.0, "SPY": 680.0, "^GSPC": 6800.0, "QQQ": 610.0,
               "^NDX": 25000.0, "DIA": 470.0, "^DJI": 47000.0, "^VIX": 16.0}


def weekdays_until(end: date, count: int) -> list[date]:
    days, day = [], end
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def synthetic_history(symbol: str, sessions: int = 600, seed: int = 1, end: date = SESSION,
                      drift: float = 0.0004) -> PriceHistory:
    rng = np.random.default_rng(seed)
    days = weekdays_until(end, sessions)
    returns = rng.normal(drift, 0.011, sessions)
    closes = START_PRICE.get(symbol, 100.0) * np.exp(np.cumsum(returns))
    closes *= START_PRICE.get(symbol, 100.0) / closes[-1]  # end near the reference price
    bars = []
    for day, close, prev in zip(days, closes, np.r_[closes[0], closes[:-1]], strict=True):
        spread = abs(rng.normal(0, 0.006)) * close + 0.01
        open_ = prev * (1 + rng.normal(0, 0.002))
        high, low = max(open_, close) + spread / 2, min(open_, close) - spread / 2
        bars.append(Bar(session=day, open=round(open_, 2), high=round(high, 2), low=round(low, 2),
                        close=round(close, 2), volume=float(rng.integers(2e7, 4e7))))
    return PriceHistory(symbol=symbol, provider="synthetic", bars=bars)


def settings() -> Settings:
    """The packaged defaults only (tests/ holds no newsdesk.toml to pick up)."""
    return load_settings(cwd=Path(__file__).parent)


def snapshot_for(symbol: str = "IWM", seed: int = 3, cfg: Settings | None = None) -> Snapshot:
    cfg = cfg or settings()
    inst = cfg.instrument(symbol)
    related = {s: (cfg.instrument(s), synthetic_history(s, seed=seed + i + 1))
               for i, s in enumerate(inst.related_symbols())}
    return build_snapshot(synthetic_history(symbol, seed=seed), inst, related, SESSION,
                          events=cfg.events)


def news_item(title: str, text: str, symbols: list[str], n: int = 1) -> NewsItem:
    when = datetime(2026, 11, 20, 14, n, tzinfo=UTC)
    digest = f"{n:064x}"
    return NewsItem(item_id=digest[-16:], title=title, url=f"https://wire.example/story-{n}",
                    urls=[f"https://wire.example/story-{n}"], publisher="Example Wire",
                    feed_url="https://wire.example/rss", published_at=when, fetched_at=when,
                    summary=text[:100], text=text, has_content=True, content_hash=digest,
                    symbols=symbols)
