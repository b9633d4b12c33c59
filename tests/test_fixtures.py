"""The committed fixtures: reproducible from the generator, clean, and telling the demo story."""

from __future__ import annotations

import importlib.util
import json
import re
import statistics
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import feedparser
import pytest
import trafilatura

from pipeline.config import Settings, load_settings
from pipeline.contracts import OptionsChain, PriceHistory
from pipeline.market import MarketData, bars_filename, check_chain, check_history

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
WEB = FIXTURES / "web"
SESSION = date(2026, 11, 20)


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    path = REPO / "scripts" / "make_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_fixtures"] = module      # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(cwd=tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="module")
def market() -> MarketData:
    return MarketData(FIXTURES / "market" / "bars", FIXTURES / "market" / "options")


@pytest.fixture(scope="module")
def histories(settings: Settings, market: MarketData) -> dict[str, PriceHistory]:
    return {i.symbol: market.load_history(i.symbol) for i in settings.instruments}


@pytest.fixture(scope="module")
def manifest() -> list[dict[str, str]]:
    return json.loads((WEB / "manifest.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def feeds(settings: Settings, manifest: list[dict[str, str]]) -> dict[str, Any]:
    by_url = {entry["url"]: entry for entry in manifest}
    return {feed.url: feedparser.parse((WEB / by_url[feed.url]["path"]).read_bytes())
            for feed in settings.feeds}


def closes(history: PriceHistory) -> list[float]:
    return [bar.close for bar in history.bars]


def day_pct(history: PriceHistory, index: int = -1) -> float:
    values = closes(history)
    return (values[index] / values[index - 1] - 1) * 100


def sma(values: list[float], length: int) -> float:
    return sum(values[-length:]) / length


# --------------------------------------------------------------------------- reproducible
def test_generator_reproduces_committed_fixtures(generator: ModuleType, tmp_path: Path) -> None:
    written = generator.main(tmp_path)
    assert len(written) > 40
    for path in written:
        relative = path.relative_to(tmp_path)
        committed = FIXTURES / relative
        assert committed.is_file(), f"{relative} is generated but not committed"
        assert committed.read_bytes() == path.read_bytes(), f"{relative} differs; rerun the script"


def test_fixtures_stay_small() -> None:
    total = sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file())
    assert total < 3_000_000


# --------------------------------------------------------------------------- bars
def test_every_configured_symbol_has_clean_bars(settings: Settings,
                                                histories: dict[str, PriceHistory]) -> None:
    for symbol, history in histories.items():
        assert (FIXTURES / "market" / "bars" / bars_filename(symbol)).is_file()
        assert history.bars[0].session == date(2023, 1, 3)
        assert check_history(history, SESSION, min_sessions=max(200, settings.market.min_sessions),
                             max_staleness_days=4, today=date(2026, 11, 23)) == [], symbol


def test_bars_are_valid_and_never_unchanged(histories: dict[str, PriceHistory]) -> None:
    sessions = [bar.session for bar in histories["IWM"].bars]
    assert date(2025, 1, 9) not in sessions and date(2026, 11, 26) not in sessions
    assert all(day.weekday() < 5 for day in sessions)
    for symbol, history in histories.items():
        assert [bar.session for bar in history.bars] == sessions, symbol
        for before, bar in zip(history.bars, history.bars[1:], strict=False):
            assert bar.low <= min(bar.open, bar.close) <= max(bar.open, bar.close) <= bar.high
            assert bar.close != before.close, f"{symbol} unchanged on {bar.session}"


def test_etf_volumes_are_realistic(histories: dict[str, PriceHistory]) -> None:
    iwm = [bar.volume for bar in histories["IWM"].bars[-250:]]
    assert 20e6 <= statistics.median(iwm) <= 40e6
    assert all(bar.volume == 0 for bar in histories["^VIX"].bars)


def test_demo_day_story(histories: dict[str, PriceHistory]) -> None:
    moves = {s: day_pct(histories[s]) for s in ("QQQ", "SPY", "DIA", "IWM")}
    assert moves["QQQ"] > moves["SPY"] > moves["DIA"] > moves["IWM"] > 0
    assert moves["QQQ"] == pytest.approx(1.9, abs=0.05)
    assert moves["SPY"] == pytest.approx(1.1, abs=0.05)
    vix = closes(histories["^VIX"])
    assert 15 <= vix[-1] <= 16 < 16.5 <= vix[-2] <= 17.5


def test_iwm_is_range_bound_and_lagging(histories: dict[str, PriceHistory]) -> None:
    iwm, spy = histories["IWM"], histories["SPY"]
    last20 = closes(iwm)[-20:]
    assert max(last20) / min(last20) - 1 < 0.05
    assert 240 <= min(last20) and max(last20) <= 250
    streak = 0
    while day_pct(iwm, -1 - streak) < day_pct(spy, -1 - streak):
        streak += 1
    assert 5 <= streak <= 8
    values = closes(iwm)
    assert sma(values, 50) > sma(values, 200)
    assert abs(values[-1] / sma(values, 50) - 1) < 0.015


def test_trend_states(histories: dict[str, PriceHistory]) -> None:
    spy = closes(histories["SPY"])
    assert spy[-1] > sma(spy, 50) > sma(spy, 200)
    qqq = closes(histories["QQQ"])
    assert 0 < 1 - qqq[-1] / max(qqq) < 0.01


@pytest.mark.parametrize(("etf", "index", "ratio"), [
    ("IWM", "^RUT", 10.0), ("SPY", "^GSPC", 10.0), ("QQQ", "^NDX", 41.0), ("DIA", "^DJI", 100.0),
])
def test_indexes_track_their_etfs(histories: dict[str, PriceHistory], etf: str, index: str,
                                  ratio: float) -> None:
    ratios = [i / e for i, e in zip(closes(histories[index]), closes(histories[etf]), strict=True)]
    assert all(abs(r / ratio - 1) < 0.02 for r in ratios)
    assert statistics.pstdev(ratios) / statistics.mean(ratios) < 0.001
    for n in range(-60, 0):
        assert abs(day_pct(histories[index], n) - day_pct(histories[etf], n)) < 0.05


# --------------------------------------------------------------------------- options
@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
def test_options_chain_has_a_clear_shape(market: MarketData, histories: dict[str, PriceHistory],
                                         symbol: str) -> None:
    chain = market.load_chain(symbol, SESSION)
    assert isinstance(chain, OptionsChain)
    assert (chain.as_of, chain.expiry) == (SESSION, date(2026, 11, 27))
    assert check_chain(chain) == []
    spot = closes(histories[symbol])[-1]
    calls = [c for c in chain.contracts if c.right == "call"]
    puts = [c for c in chain.contracts if c.right == "put"]
    call_wall = max(calls, key=lambda c: c.open_interest).strike
    put_wall = max(puts, key=lambda c: c.open_interest).strike
    assert put_wall < spot < call_wall

    def payout(settle: float) -> float:
        return (sum(c.open_interest * max(0.0, settle - c.strike) for c in calls)
                + sum(p.open_interest * max(0.0, p.strike - settle) for p in puts))

    pain = min({c.strike for c in chain.contracts}, key=payout)
    assert 0 < abs(pain - spot) <= spot * 0.015


# --------------------------------------------------------------------------- news
def test_every_manifest_path_exists(manifest: list[dict[str, str]]) -> None:
    kinds = {"application/rss+xml", "application/atom+xml", "text/html; charset=utf-8"}
    for entry in manifest:
        assert (WEB / entry["path"]).is_file(), entry
        assert entry["content_type"] in kinds
    assert len({entry["url"] for entry in manifest}) == len(manifest)


def test_feeds_parse_with_30_items_in_the_window(feeds: dict[str, Any]) -> None:
    versions = set()
    total = 0
    for url, parsed in feeds.items():
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        versions.add(parsed.version[:3])
        for entry in parsed.entries:
            published = datetime(*entry.published_parsed[:6]).replace(tzinfo=UTC)
            assert date(2026, 11, 13) <= published.date() <= SESSION, entry.link
            assert entry.title and entry.link
        total += len(parsed.entries)
    assert versions == {"rss", "ato"}
    assert total >= 30


def test_feed_publishers_match_config(settings: Settings, feeds: dict[str, Any]) -> None:
    for feed in settings.feeds:
        parsed = feeds[feed.url]
        assert parsed.feed.title.startswith(feed.publisher.split()[0])


def test_news_mentions_the_instruments(settings: Settings, feeds: dict[str, Any]) -> None:
    words = [a for i in settings.instruments for a in (i.aliases + [i.symbol.lstrip("^")])]
    words += ["Fed", "Federal Reserve", "FOMC", "rates", "yields?", "oil", "dollar"]
    pattern = re.compile(r"(?<![\w&])(?:" + "|".join(w if w == "yields?" else re.escape(w)
                                                      for w in words) + r")(?!\w)",
                         re.IGNORECASE)
    texts = [f"{e.title} {e.get('summary', '')}" for parsed in feeds.values()
             for e in parsed.entries]
    mentioning = [t for t in texts if pattern.search(t)]
    assert len(mentioning) >= 0.75 * len(texts)
    assert len(mentioning) < len(texts)        # some stories are about something else


def test_planted_duplicates(feeds: dict[str, Any], manifest: list[dict[str, str]]) -> None:
    links = [e.link for parsed in feeds.values() for e in parsed.entries]
    canonical = [link.split("?")[0] for link in links]
    assert len(set(canonical)) <= len(canonical) - 2      # same URL, other tracking params
    assert any("utm_source=" in link for link in links)
    by_url = {entry["url"]: entry["path"] for entry in manifest}
    bodies: dict[str, set[str]] = {}
    for link in set(canonical):
        if link in by_url:
            text = trafilatura.extract((WEB / by_url[link]).read_text("utf-8")) or ""
            bodies.setdefault(text, set()).add(by_url[link])
    syndicated = [paths for text, paths in bodies.items() if len(text) > 200 and len(paths) > 1]
    assert len(syndicated) >= 2                           # same body under another URL


def test_some_links_have_no_page(feeds: dict[str, Any],
                                 manifest: list[dict[str, str]]) -> None:
    known = {entry["url"] for entry in manifest}
    missing = [e.link for parsed in feeds.values() for e in parsed.entries
               if e.link not in known and e.link.split("?")[0] not in known]
    assert len(missing) == 2


def test_pages_hold_extractable_articles(manifest: list[dict[str, str]]) -> None:
    pages = sorted({entry["path"] for entry in manifest if entry["path"].startswith("pages/")})
    empty = []
    for page in pages:
        html = (WEB / page).read_text("utf-8")
        assert 'property="article:published_time"' in html and 'property="og:title"' in html
        text = trafilatura.extract(html) or ""
        if "<article" not in html:
            empty.append(page)
            assert len(text) < 200
            continue
        paragraphs = [p for p in text.split("\n") if p]
        assert 4 <= len(paragraphs) <= 8, page
        for chrome in ("Advertisement", "All rights reserved", "Sign up", "Subscribe", "©"):
            assert chrome not in text, (page, chrome)
    assert len(empty) == 1
