"""Provider symbol maps: newsdesk's (Yahoo-style) symbols become each source's tickers.

Polygon spells indexes `I:SPX`; a Yahoo-only symbol with no mapping (`^TNX`,
`DX-Y.NYB`) is refused before any request with the `unmapped-symbol` code, and a
macro gauge then shows up in the snapshot's `missing` with the config key to set.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from market_server import MarketServer, Reply, as_json, polygon_aggs
from tests_paths import REPO

from pipeline.config import HttpSourceConfig, MarketConfig, Settings, load_settings
from pipeline.contracts import Bar
from pipeline.errors import DataError
from pipeline.market import bars_filename, read_bars_csv
from pipeline.market.polygon import PolygonSource, polygon_ticker
from pipeline.market.sources import build_market
from pipeline.run import Pipeline, RunReport
from pipeline.skips import SkipCode
from pipeline.store import open_store
from pipeline.writers import TemplateWriter

BARS = REPO / "fixtures" / "market" / "bars"
SATURDAY = datetime(2026, 11, 21, 9, 0, tzinfo=ZoneInfo("America/New_York"))
KEY = "pk_test_symbols_7c2a"


@pytest.fixture
def server():
    with MarketServer() as stub:
        yield stub


class PolygonFeed:
    """Serves fixture bars under Polygon tickers: `tickers` maps a Polygon ticker to a newsdesk symbol."""

    def __init__(self, tickers: dict[str, str]) -> None:
        self.bars: dict[str, list[Bar]] = {
            ticker: read_bars_csv(BARS / bars_filename(symbol), symbol).bars
            for ticker, symbol in tickers.items()}
        self.asked: list[str] = []

    def __call__(self, request) -> Reply:
        parts = unquote(request.path).split("/")  # /v2/aggs/ticker/{t}/range/1/day/{from}/{to}
        ticker, first, last = parts[4], date.fromisoformat(parts[8]), date.fromisoformat(parts[9])
        self.asked.append(ticker)
        if ticker not in self.bars:
            return as_json({"status": "OK", "request_id": "stub", "resultsCount": 0, "ticker": ticker})
        return polygon_aggs(ticker, [b for b in self.bars[ticker] if first <= b.session <= last])


def serve(server: MarketServer, extra: dict[str, str] | None = None) -> PolygonFeed:
    stocks = {s: s for s in ("IWM", "SPY", "QQQ", "DIA")}
    indexes = {ticker: symbol for symbol, ticker in MarketConfig().polygon.symbols.items()}
    feed = PolygonFeed({**stocks, **indexes, **(extra or {})})
    server.respond("/v2/aggs/ticker/", feed)
    empty = as_json({"results": [], "status": "OK", "request_id": "stub"})
    server.respond("/v3/reference/splits", lambda _r: empty)
    server.respond("/v3/reference/dividends", lambda _r: empty)
    return feed


def polygon_settings(server: MarketServer, tmp_path: Path, symbols: dict[str, str] | None = None) -> Settings:
    settings = load_settings(cwd=REPO)
    polygon = settings.market.polygon.model_copy(update={
        "base_url": server.base_url, "api_key_env": "TEST_POLYGON_KEY", "timeout": 5.0,
        "symbols": {**settings.market.polygon.symbols, **(symbols or {})}})
    market = settings.market.model_copy(update={"provider": "polygon", "adjustment": "splits",
                                                "options_provider": "none", "polygon": polygon})
    return settings.model_copy(update={
        "market": market, "output": settings.output.model_copy(update={"dir": tmp_path / "out"})})


def run(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[RunReport, list]:
    monkeypatch.setenv("TEST_POLYGON_KEY", KEY)
    with open_store(f"sqlite:///{tmp_path / 'run.db'}") as store:
        market = build_market(settings.market, store, clock=lambda: SATURDAY)
        pipeline = Pipeline(settings, store, market, TemplateWriter(), clock=lambda: SATURDAY)
        report = pipeline.run(symbols=["IWM"], do_ingest=False)
        snapshot = pipeline.snapshot("IWM", report.session)
    return report, snapshot.missing


# ------------------------------------------------------------------ the mapping rule
def test_mapped_symbols_use_the_configured_ticker_and_plain_stocks_pass_through() -> None:
    mapping = {"^GSPC": "I:SPX", "BRK-B": "BRK.B"}
    assert polygon_ticker("^GSPC", mapping) == "I:SPX"
    assert polygon_ticker("BRK-B", mapping) == "BRK.B"
    assert polygon_ticker("IWM", mapping) == "IWM"


@pytest.mark.parametrize("symbol", ["^TNX", "DX-Y.NYB", "CL=F", "BRK-B"])
def test_yahoo_only_symbols_without_a_mapping_are_refused_with_their_code(symbol: str) -> None:
    with pytest.raises(DataError) as raised:
        polygon_ticker(symbol, {})
    assert raised.value.code == SkipCode.UNMAPPED_SYMBOL
    assert str(raised.value) == f"no Polygon ticker for {symbol} (set market.polygon.symbols)"


def test_an_unmapped_symbol_asks_nothing_of_the_server(server: MarketServer,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_POLYGON_KEY", KEY)
    source = PolygonSource(HttpSourceConfig(base_url=server.base_url, api_key_env="TEST_POLYGON_KEY"),
                           "splits")
    with pytest.raises(DataError, match="no Polygon ticker for \\^TNX"):
        source.fetch("^TNX", date(2026, 11, 16), date(2026, 11, 20))
    assert server.count() == 0


# ------------------------------------------------------------------ config
def test_packaged_defaults_map_the_index_instruments_and_leave_tnx_and_dxy_out() -> None:
    symbols = load_settings(cwd=REPO).market.polygon.symbols
    assert symbols == {"^VIX": "I:VIX", "^GSPC": "I:SPX", "^NDX": "I:NDX", "^DJI": "I:DJI",
                       "^RUT": "I:RUT"}
    assert symbols == MarketConfig().polygon.symbols
    index_instruments = {i.symbol for i in load_settings(cwd=REPO).instruments if i.symbol.startswith("^")}
    assert index_instruments <= set(symbols)


def test_a_user_file_adds_a_mapping_and_keeps_the_packaged_ones(tmp_path: Path) -> None:
    user = tmp_path / "newsdesk.toml"
    user.write_text('[market.polygon.symbols]\n"^TNX" = "I:TNX"\n"DX-Y.NYB" = "I:DXY"\n')
    symbols = load_settings(user, cwd=tmp_path).market.polygon.symbols
    assert symbols["^TNX"] == "I:TNX" and symbols["DX-Y.NYB"] == "I:DXY" and symbols["^RUT"] == "I:RUT"


# ------------------------------------------------------------------ a whole run over the stub
def test_unmapped_gauges_are_absent_with_the_key_to_set(server: MarketServer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    feed = serve(server)
    report, missing = run(polygon_settings(server, tmp_path), tmp_path, monkeypatch)
    assert [o.result for o in report.outcomes] == ["written"]
    assert "ten_year_yield (^TNX) left out: no Polygon ticker for ^TNX (set market.polygon.symbols)" \
        in missing
    assert "dollar_index (DX-Y.NYB) left out: no Polygon ticker for DX-Y.NYB " \
           "(set market.polygon.symbols)" in missing
    assert "I:VIX" in feed.asked and "I:RUT" in feed.asked
    assert not any(t.startswith("^") or "-" in t for t in feed.asked), feed.asked


def test_a_configured_mapping_reaches_the_indices_endpoint(server: MarketServer, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    feed = serve(server, {"I:TNX": "^TNX"})
    settings = polygon_settings(server, tmp_path, {"^TNX": "I:TNX"})
    report, missing = run(settings, tmp_path, monkeypatch)
    assert report.outcomes[0].ok and "I:TNX" in feed.asked
    assert not any(line.startswith("ten_year_yield") for line in missing), missing
    assert any(line.startswith("dollar_index (DX-Y.NYB) left out: no Polygon ticker") for line in missing)


def test_an_unmapped_index_instrument_is_skipped_with_its_code(server: MarketServer, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    serve(server)
    settings = polygon_settings(server, tmp_path)
    polygon = settings.market.polygon.model_copy(update={
        "symbols": {k: v for k, v in settings.market.polygon.symbols.items() if k != "^RUT"}})
    settings = settings.model_copy(update={"market": settings.market.model_copy(update={"polygon": polygon})})
    monkeypatch.setenv("TEST_POLYGON_KEY", KEY)
    with open_store(f"sqlite:///{tmp_path / 'run.db'}") as store:
        market = build_market(settings.market, store, clock=lambda: SATURDAY)
        pipeline = Pipeline(settings, store, market, TemplateWriter(), clock=lambda: SATURDAY)
        report = pipeline.run(symbols=["^RUT"], do_ingest=False)
        skips = store.list_skips(run_id=report.run_id)
    assert report.outcomes[0].result == "skipped"
    assert [(s.symbol, s.code) for s in skips] == [("^RUT", "unmapped-symbol")]
    assert skips[0].message == "no Polygon ticker for ^RUT (set market.polygon.symbols)"
