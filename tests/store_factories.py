"""Helpers for the store tests: small valid contracts built by hand (no pipeline
stage runs), a ticking clock, and the databases the tests run on.

The tests run on a SQLite file always, and on PostgreSQL when NEWSDESK_TEST_PG_URL
names a database they may wipe (every store table in it is dropped before and
after each test).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from pipeline.contracts import (
    Article,
    Bias,
    DataCitation,
    Draft,
    DraftStatus,
    Extremes,
    FinalCallRow,
    Finding,
    InstrumentKind,
    InstrumentRef,
    Momentum,
    NewsItem,
    Returns,
    RiskLabel,
    Scores,
    Severity,
    Snapshot,
    Trend,
    Volatility,
    VolumeStats,
)
from pipeline.store import draft_key, new_draft_id
from pipeline.store.schema import metadata

PG_ENV = "NEWSDESK_TEST_PG_URL"
PG_URL = os.environ.get(PG_ENV)
# PostgreSQL joins the parametrisation only when configured, so an unconfigured
# run reports one skip (test_postgresql_suite_is_configured), not one per test.
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]

SESSION = date(2026, 11, 20)
CLOSE = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)  # 16:00 in New York


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def make_snapshot(symbol: str = "SPY", session: date = SESSION) -> Snapshot:
    return Snapshot(
        symbol=symbol, name=f"{symbol} Trust", kind=InstrumentKind.ETF, session=session,
        as_of=CLOSE, provider="csv", bars_used=250,
        open=600.0, high=606.0, low=598.0, close=605.0, prev_close=601.0,
        returns=Returns(change_1d=4.0, change_1d_pct=0.67),
        trend=Trend(), momentum=Momentum(), volatility=Volatility(),
        extremes=Extremes(
            high_52w=610.0, high_52w_date=date(2026, 10, 1), low_52w=480.0,
            low_52w_date=date(2026, 4, 8), pct_from_52w_high=-0.82, pct_from_52w_low=26.04,
            all_time_high=610.0, all_time_high_date=date(2026, 10, 1), pct_from_ath=-0.82,
        ),
        volume=VolumeStats(volume=50_000_000.0),
    )


def make_scores() -> Scores:
    return Scores(
        pulse=62, pulse_components=[], bias=Bias.BULLISH, bias_reason="above its averages",
        threat_level=2, threat_components=[], risk=RiskLabel.LOW, risk_reason="calm",
    )


def make_article(symbol: str, session: date, headline: str) -> Article:
    return Article(
        headline=headline, dek="A short dek.",
        instrument=InstrumentRef(symbol=symbol, name=f"{symbol} Trust", kind=InstrumentKind.ETF),
        session=session, as_of=CLOSE, bias=Bias.BULLISH, pulse=62, risk=RiskLabel.LOW,
        threat_level=2, tags=["etf"], byline="test writer", desk="test desk",
        ai_label="Machine-written.",
        analysis=["One.", "Two.", "Three."], key_levels=[], indicators=[],
        bull_case=["Up."], bear_case=["Down."], cross_market="Calm elsewhere.",
        final_call=[
            FinalCallRow(horizon=h, bias=Bias.NEUTRAL, reasoning="Wait.")
            for h in ("Short-term", "Medium-term", "Long-term")
        ],
        take="Steady.",
        data_sources=[DataCitation(provider="csv", symbols=[symbol], as_of=CLOSE)],
        disclaimer="Not advice.",
    )


def error_finding(code: str = "number-wrong") -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message="605 is printed as 650")


def warning_finding(code: str = "style") -> Finding:
    return Finding(code=code, severity=Severity.WARNING, message="long sentence")


def make_draft(
    symbol: str = "SPY",
    session: date = SESSION,
    writer: str = "template",
    headline: str = "SPY edges higher",
    status: DraftStatus = DraftStatus.DRAFT,
    findings: Sequence[Finding] = (),
    draft_id: str | None = None,
    at: datetime = CLOSE,
) -> Draft:
    """A draft whose content hash follows its headline (change the headline, new content)."""
    return Draft(
        draft_id=draft_id or new_draft_id(), key=draft_key(symbol, session, writer), version=1,
        status=status, writer=writer, article=make_article(symbol, session, headline),
        snapshot=make_snapshot(symbol, session), scores=make_scores(),
        findings=list(findings), content_hash=sha(headline), created_at=at, updated_at=at,
    )


def make_news(
    n: int = 0,
    url: str | None = None,
    title: str | None = None,
    symbols: Sequence[str] = ("SPY",),
    fetched_at: datetime = CLOSE,
    published_at: datetime | None = None,
    urls: Sequence[str] = (),
) -> NewsItem:
    """Story number `n`: its content (and so its hash and id) follows the title."""
    title = title or f"Story {n}"
    content_hash = sha(title)
    url = url or f"https://news.example.com/story-{n}"
    return NewsItem(
        item_id=content_hash[:16], title=title, url=url, urls=list(urls) or [url],
        publisher="Example News", feed_url="https://news.example.com/feed.xml",
        published_at=published_at or CLOSE - timedelta(hours=n),
        fetched_at=fetched_at, summary="", text=f"Body of {title}.", has_content=True,
        content_hash=content_hash, symbols=list(symbols),
    )


def backend_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL on `backend`; skips when PostgreSQL is not configured."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path}/state/newsdesk.db"
        return
    if not PG_URL:
        pytest.skip(f"{PG_ENV} is not set (PostgreSQL tests need a database to wipe)")
    wipe(PG_URL)
    yield PG_URL
    wipe(PG_URL)


def wipe(url: str) -> None:
    engine = create_engine(url)
    try:
        metadata.drop_all(engine)
    finally:
        engine.dispose()


class TickingClock:
    """A clock for the store that moves one second each time it is read."""

    def __init__(self, start: datetime = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
