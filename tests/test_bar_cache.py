"""The bar cache: a rerun asks the source only for sessions it lacks.

The stub server speaks Yahoo's chart JSON and serves, for the range each request
asks for, the bundled demo bars (or a synthetic series), counting every request.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from market_server import NEW_YORK, MarketServer, Reply, cboe_history_csv, period_of, yahoo_chart

from pipeline.config import HttpSourceConfig, load_settings
from pipeline.contracts import ActionKind, Bar
from pipeline.market import read_bars_csv
from pipeline.market.cache import CachedBars
from pipeline.market.calendar import SessionCalendar
from pipeline.market.csv_provider import bars_filename
from pipeline.market.sources import build_market
from pipeline.market.yahoo import YahooChartSource
from pipeline.run import Pipeline
from pipeline.store import Store, open_store
from pipeline.writers import TemplateWriter

REPO = Path(__file__).resolve().parent.parent
BARS = REPO / "fixtures" / "market" / "bars"
CALENDAR = SessionCalendar("XNYS")


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.strptime(clock, "%H:%M").time(),
                            tzinfo=NEW_YORK)


def series(last: date, count: int = 80, start: float = 240.0) -> list[Bar]:
    """`count` sessions of made-up bars ending on `last` (calendar sessions only)."""
    days = [last]
    while len(days) < count:
        days.append(CALENDAR.previous_session(days[-1]))
    days.reverse()
    bars = []
    for n, day in enumerate(days):
        close = round(start + (n % 7) - 3 + n * 0.05, 2)
        bars.append(Bar(session=day, open=close - 0.5, high=close + 1, low=close - 1.5, close=close,
                        volume=1_000_000 + n))
    return bars


class Feed:
    """Serves `bars` per symbol for whatever range a request asks for."""

    def __init__(self, bars: dict[str, list[Bar]]) -> None:
        self.bars = bars
        self.splits: dict[str, dict[date, tuple[int, int]]] = {}
        self.asked: list[tuple[str, date, date]] = []

    def __call__(self, request) -> Reply:
        symbol = request.path.rsplit("/", 1)[-1]
        first, last = period_of(request)
        self.asked.append((symbol, first, last))
        if symbol not in self.bars:
            return Reply(404, b'{"chart":{"result":null,"error":{"code":"Not Found",'
                              b'"description":"No data found, symbol may be delisted"}}}')
        chosen = [bar for bar in self.bars[symbol] if first <= bar.session <= last]
        splits = {d: r for d, r in self.splits.get(symbol, {}).items() if first <= d <= last}
        return yahoo_chart(symbol, chosen, splits=splits)


@pytest.fixture
def server():
    with MarketServer() as stub:
        yield stub


@pytest.fixture
def store(tmp_path: Path):
    with open_store(f"sqlite:///{tmp_path / 'cache.db'}") as opened:
        yield opened


def cached(server: MarketServer, store: Store | None, now: datetime, **options: object) -> CachedBars:
    source = YahooChartSource(HttpSourceConfig(base_url=server.base_url, timeout=5), "splits")
    return CachedBars(source, CALENDAR, store, clock=lambda: now, **options)  # type: ignore[arg-type]


def test_second_load_asks_for_nothing(server: MarketServer, store: Store) -> None:
    feed = Feed({"IWM": series(date(2026, 11, 20))})
    server.respond("/v8/finance/chart/", feed)
    saturday = at("2026-11-21", "10:00")
    first = cached(server, store, saturday, history_days=60).load("IWM")
    assert server.count() == 1 and first.last_session == date(2026, 11, 20)
    again = cached(server, store, saturday, history_days=60).load("IWM")
    assert server.count() == 1  # nothing asked: every session up to Friday is cached and final
    assert again.bars == first.bars and again.provider == "yahoo"


def test_a_later_run_asks_only_for_the_new_sessions(server: MarketServer, store: Store) -> None:
    feed = Feed({"IWM": series(date(2026, 11, 24))})
    server.respond("/v8/finance/chart/", feed)
    cached(server, store, at("2026-11-21", "10:00"), history_days=60).load("IWM")
    history = cached(server, store, at("2026-11-24", "18:00"), history_days=60).load("IWM")
    assert feed.asked[-1] == ("IWM", date(2026, 11, 21), date(2026, 11, 24))
    assert [bar.session for bar in history.bars[-3:]] == [
        date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24)]
    assert server.count() == 2


def test_a_bar_fetched_right_after_the_close_is_fetched_again(server: MarketServer, store: Store) -> None:
    feed = Feed({"IWM": series(date(2026, 11, 20))})
    server.respond("/v8/finance/chart/", feed)
    cached(server, store, at("2026-11-20", "16:10"), settle_minutes=30, history_days=60).load("IWM")
    cached(server, store, at("2026-11-20", "16:20"), settle_minutes=30, history_days=60).load("IWM")
    assert feed.asked[-1][1:] == (date(2026, 11, 20), date(2026, 11, 20))  # only the unsettled bar
    cached(server, store, at("2026-11-20", "17:00"), settle_minutes=30, history_days=60).load("IWM")
    cached(server, store, at("2026-11-20", "17:05"), settle_minutes=30, history_days=60).load("IWM")
    assert server.count() == 3  # 16:10, 16:20 (not settled yet), 17:00 (settles it); 17:05 asks nothing


def test_a_live_bar_during_the_session_is_never_a_close(server: MarketServer, store: Store) -> None:
    feed = Feed({"IWM": series(date(2026, 11, 20))})  # the source already has a bar for today
    server.respond("/v8/finance/chart/", feed)
    history = cached(server, store, at("2026-11-20", "12:00"), history_days=60).load("IWM")
    assert history.last_session == date(2026, 11, 19)
    assert store.cached_bars("yahoo", "IWM").bars[-1].session == date(2026, 11, 19)


def test_a_split_after_the_cached_bars_refetches_the_history(server: MarketServer, store: Store) -> None:
    bars = series(date(2026, 11, 24))
    feed = Feed({"IWM": bars})
    server.respond("/v8/finance/chart/", feed)
    cached(server, store, at("2026-11-21", "10:00"), history_days=60).load("IWM")
    feed.bars["IWM"] = [bar.model_copy(update={"open": bar.open / 2, "high": bar.high / 2,
                                              "low": bar.low / 2, "close": bar.close / 2})
                        for bar in bars]  # the source re-based its history on the split
    feed.splits["IWM"] = {date(2026, 11, 23): (2, 1)}
    history = cached(server, store, at("2026-11-24", "18:00"), history_days=60).load("IWM")
    assert server.count() == 3  # first run, the new sessions, then the whole history again
    halved = {bar.session: bar.close / 2 for bar in bars}
    assert all(bar.close == halved[bar.session] for bar in history.bars)  # no unadjusted bar left
    assert [(a.session, a.kind, a.value) for a in history.actions] == [
        (date(2026, 11, 23), ActionKind.SPLIT, 2.0)]


def test_no_store_means_no_cache(server: MarketServer) -> None:
    server.respond("/v8/finance/chart/", Feed({"IWM": series(date(2026, 11, 20))}))
    for _ in range(2):
        cached(server, None, at("2026-11-21", "10:00"), history_days=60).load("IWM")
    assert server.count() == 2


def test_unknown_symbol_error_is_not_cached(server: MarketServer, store: Store) -> None:
    server.respond("/v8/finance/chart/", Feed({}))
    with pytest.raises(Exception, match="HTTP 404"):
        cached(server, store, at("2026-11-21", "10:00")).load("NOPE")
    assert store.cached_bars("yahoo", "NOPE").bars == []


def demo_feed() -> Feed:
    """Every bundled bars file, by symbol (`idx_GSPC.csv` is ^GSPC): instruments, gauges, markets."""
    symbols = [f"^{path.stem[4:]}" if path.stem.startswith("idx_") else path.stem
               for path in sorted(BARS.glob("*.csv"))]
    return Feed({s: read_bars_csv(BARS / bars_filename(s), s).bars for s in symbols})


def run_once(tmp_path: Path, server: MarketServer, now: datetime):
    settings = load_settings(cwd=REPO)
    market_cfg = settings.market.model_copy(update={
        "provider": "yahoo", "yahoo": HttpSourceConfig(base_url=server.base_url, timeout=5),
        "cboe_history": HttpSourceConfig(base_url=server.base_url, timeout=5, symbols={"^VIX": "VIX"})})
    settings = settings.model_copy(update={
        "market": market_cfg, "output": settings.output.model_copy(update={"dir": tmp_path / "out"})})
    with open_store(f"sqlite:///{tmp_path / 'run.db'}") as store:
        market = build_market(settings.market, store, clock=lambda: now)
        pipeline = Pipeline(settings, store, market, TemplateWriter(), clock=lambda: now)
        return pipeline.run(do_ingest=False)


def test_a_whole_run_twice_asks_the_source_once_per_symbol_then_never(
        tmp_path: Path, server: MarketServer) -> None:
    feed = demo_feed()
    server.respond("/v8/finance/chart/", feed)
    server.respond("/VIX_History.csv", lambda request: cboe_history_csv(feed.bars["^VIX"]))
    saturday = at("2026-11-21", "09:00")
    first = run_once(tmp_path, server, saturday)
    first_requests, bars_requests = server.count(), server.count("/v8/finance/chart/")
    second = run_once(tmp_path, server, saturday)
    assert bars_requests == len(feed.bars) == 19  # 4 ETFs, 4 indexes, 3 gauges, 8 other markets
    assert first_requests == 20  # and Cboe's VIX file once, the packaged official series of ^VIX
    assert server.count() == first_requests  # the second run asked for nothing
    assert first.session == second.session == date(2026, 11, 20)
    assert first.session_note is not None and "Saturday 2026-11-21" in first.session_note
    assert [o.symbol for o in second.outcomes if o.ok] == ["IWM", "SPY", "QQQ", "DIA"]
