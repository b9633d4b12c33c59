"""Each HTTP bars source's real code path against a stub server speaking its wire format.

Saved answers live in tests/data/market: an ok answer, an error body, an empty
answer and a rate-limit answer per source.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest
from market_server import MarketServer, Reply, saved

from pipeline.config import HttpSourceConfig
from pipeline.contracts import ActionKind
from pipeline.errors import ConfigError, ProviderError
from pipeline.market.http import SourceHttp, parse_retry_after
from pipeline.market.polygon import PolygonSource
from pipeline.market.sources import make_source
from pipeline.market.yahoo import YahooChartSource

START, END = date(2026, 11, 16), date(2026, 11, 20)
KEY = "pk_test_canary_5f1e"


@pytest.fixture
def server():
    with MarketServer() as stub:
        yield stub


def cfg(server: MarketServer, **changes: object) -> HttpSourceConfig:
    return HttpSourceConfig(base_url=server.base_url, timeout=5, connect_timeout=2, **changes)


def yahoo(server: MarketServer, sleeps: list[float] | None = None, **changes: object) -> YahooChartSource:
    config = cfg(server, **changes)
    sleep = sleeps.append if sleeps is not None else (lambda _s: None)
    return YahooChartSource(config, "splits", http=SourceHttp("yahoo", config, sleep=sleep))


def polygon(server: MarketServer, monkeypatch: pytest.MonkeyPatch, adjustment: str = "none",
            **changes: object) -> PolygonSource:
    monkeypatch.setenv("TEST_POLYGON_KEY", KEY)
    config = cfg(server, api_key_env="TEST_POLYGON_KEY", **changes)
    return PolygonSource(config, adjustment)


# ------------------------------------------------------------------ yahoo chart JSON
def test_yahoo_reads_raw_closes_and_reports_the_dividend(server: MarketServer) -> None:
    server.script("/v8/finance/chart/IWM", saved("yahoo_chart_iwm.json"))
    fetched = yahoo(server).fetch("IWM", START, END)
    assert [bar.session for bar in fetched.bars] == [date(2026, 11, d) for d in (17, 18, 19, 20)]
    assert fetched.bars[0].close == 243.65  # `close`, never `adjclose` (243.03)
    assert fetched.bars[-1].volume == 35500100
    assert [(a.session, a.kind, a.value) for a in fetched.actions] == [
        (date(2026, 11, 18), ActionKind.DIVIDEND, 0.62)]
    query = server.requests[0].query
    assert query["interval"] == "1d" and query["events"] == "div|split"
    assert int(query["period1"]) <= 1794925800 < int(query["period2"])


def test_yahoo_maps_symbols(server: MarketServer) -> None:
    server.script("/v8/finance/chart/", saved("yahoo_chart_empty.json"))
    yahoo(server, symbols={"DXY": "DX-Y.NYB"}).fetch("DXY", START, END)
    assert server.requests[0].path == "/v8/finance/chart/DX-Y.NYB"


def test_yahoo_error_body_names_source_symbol_status(server: MarketServer) -> None:
    server.script("/v8/finance/chart/ZZZZ", saved("yahoo_not_found.json", status=404))
    with pytest.raises(ProviderError) as caught:
        yahoo(server).fetch("ZZZZ", START, END)
    message = str(caught.value)
    assert "yahoo ZZZZ" in message and "HTTP 404" in message and "No data found" in message
    assert server.count() == 1  # a 4xx is not retried


def test_yahoo_error_object_in_a_200(server: MarketServer) -> None:
    server.script("/v8/finance/chart/ZZZZ", saved("yahoo_not_found.json"))
    with pytest.raises(ProviderError, match="yahoo ZZZZ: the source reports an error: No data found"):
        yahoo(server).fetch("ZZZZ", START, END)


def test_yahoo_empty_answer_is_no_bars(server: MarketServer) -> None:
    server.script("/v8/finance/chart/IWM", saved("yahoo_chart_empty.json"))
    fetched = yahoo(server).fetch("IWM", START, END)
    assert fetched.bars == [] and fetched.actions == []


def test_yahoo_rate_limit_honours_retry_after(server: MarketServer) -> None:
    server.script("/v8/finance/chart/IWM", saved("yahoo_rate_limited.txt", 429, {"Retry-After": "2"}),
                  saved("yahoo_chart_iwm.json"))
    sleeps: list[float] = []
    fetched = yahoo(server, sleeps).fetch("IWM", START, END)
    assert len(fetched.bars) == 4
    assert sleeps == [2.0] and server.count() == 2


def test_yahoo_rate_limit_gives_up_after_bounded_tries(server: MarketServer) -> None:
    limited = saved("yahoo_rate_limited.txt", 429, {"Retry-After": "1"})
    server.script("/v8/finance/chart/IWM", limited, limited, limited, limited)
    sleeps: list[float] = []
    with pytest.raises(ProviderError, match=r"yahoo IWM: HTTP 429 \(rate limited\) after 3 tries"):
        yahoo(server, sleeps, max_attempts=3).fetch("IWM", START, END)
    assert server.count() == 3 and sleeps == [1.0, 1.0]


def test_yahoo_long_retry_after_is_not_slept(server: MarketServer) -> None:
    server.script("/v8/finance/chart/IWM", saved("yahoo_rate_limited.txt", 429, {"Retry-After": "3600"}))
    sleeps: list[float] = []
    with pytest.raises(ProviderError, match="HTTP 429"):
        yahoo(server, sleeps, retry_after_cap=10).fetch("IWM", START, END)
    assert server.count() == 1 and sleeps == []


def test_yahoo_server_error_then_ok_backs_off(server: MarketServer) -> None:
    server.script("/v8/finance/chart/IWM", Reply(503, b"upstream down", content_type="text/plain"),
                  saved("yahoo_chart_iwm.json"))
    sleeps: list[float] = []
    assert len(yahoo(server, sleeps).fetch("IWM", START, END).bars) == 4
    assert sleeps == [1.0]


@pytest.mark.parametrize("body, problem", [
    (b"<html>maintenance</html>", "not JSON"),
    (b'{"chart": {"result": [{"meta": {}, "timestamp": [1795185000], '
     b'"indicators": {"quote": [{"open": [1], "high": [2], "low": [0.5]}]}}]}}', "price columns"),
    (b'{"chart": {"result": [{"meta": {}, "timestamp": [1795185000], "indicators": {"quote": '
     b'[{"open": [1], "high": [2], "low": [0.5], "close": [-3], "volume": [1]}]}}]}}', "broken bar"),
    (b'{"nothing": 1}', "no 'chart' object"),
])
def test_yahoo_malformed_bodies(server: MarketServer, body: bytes, problem: str) -> None:
    server.script("/v8/finance/chart/IWM", Reply(200, body))
    with pytest.raises(ProviderError, match=problem):
        yahoo(server).fetch("IWM", START, END)


def test_yahoo_refuses_a_raw_adjustment_policy(server: MarketServer) -> None:
    with pytest.raises(ConfigError, match="split-adjusted"):
        YahooChartSource(cfg(server), "none")


# ------------------------------------------------------------------ polygon aggregates
def test_polygon_reads_aggregates_with_the_key_in_a_header(
        server: MarketServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/ticker/IWM/range/1/day/2026-11-16/2026-11-20", saved("polygon_aggs_iwm.json"))
    server.script("/v3/reference/splits", saved("polygon_splits_none.json"))
    server.script("/v3/reference/dividends", saved("polygon_dividends_iwm.json"))
    fetched = polygon(server, monkeypatch).fetch("IWM", START, END)
    assert [bar.close for bar in fetched.bars] == [243.65, 243.14, 243.01, 244.3]
    assert fetched.bars[-1].session == date(2026, 11, 20)
    assert [(a.session, a.kind, a.value) for a in fetched.actions] == [
        (date(2026, 11, 18), ActionKind.DIVIDEND, 0.62)]
    first = server.requests[0]
    assert first.query == {"adjusted": "false", "sort": "asc", "limit": "50000"}
    assert first.headers["Authorization"] == f"Bearer {KEY}"
    assert all(KEY not in str(r.query) and KEY not in r.path for r in server.requests)
    assert server.requests[1].query["execution_date.gte"] == "2026-11-16"


def test_polygon_split_adjusted_policy_asks_adjusted(server: MarketServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/", saved("polygon_aggs_empty.json"))
    polygon(server, monkeypatch, adjustment="splits").fetch("IWM", START, END)
    assert server.requests[0].query["adjusted"] == "true"


def test_polygon_unknown_key_is_not_retried_and_the_key_is_not_leaked(
        server: MarketServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.script("/v2/aggs/", saved("polygon_unauthorized.json", status=401))
    with pytest.raises(ProviderError) as caught:
        polygon(server, monkeypatch).fetch("IWM", START, END)
    assert "polygon IWM: HTTP 401" in str(caught.value) and "Unknown API Key" in str(caught.value)
    assert KEY not in str(caught.value) and KEY not in caplog.text
    assert server.count() == 1


def test_polygon_empty_answer_asks_for_no_actions(server: MarketServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/", saved("polygon_aggs_empty.json"))
    assert polygon(server, monkeypatch).fetch("IWM", START, END).bars == []
    assert server.count() == 1


def test_polygon_rate_limit_then_ok(server: MarketServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/", saved("polygon_rate_limited.json", 429, {"Retry-After": "0"}),
                  saved("polygon_aggs_iwm.json"))
    server.script("/v3/reference/splits", saved("polygon_splits_none.json"))
    server.script("/v3/reference/dividends", saved("polygon_splits_none.json"))
    assert len(polygon(server, monkeypatch).fetch("IWM", START, END).bars) == 4
    assert server.count("/v2/aggs/") == 2


def test_polygon_rate_limit_forever_names_the_answer(server: MarketServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    limited = saved("polygon_rate_limited.json", 429, {"Retry-After": "0"})
    server.script("/v2/aggs/", limited, limited)
    with pytest.raises(ProviderError, match="429.*maximum requests per minute"):
        polygon(server, monkeypatch, max_attempts=2).fetch("IWM", START, END)
    assert server.count() == 2


def test_polygon_index_tickers_are_mapped_and_have_no_actions(
        server: MarketServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/ticker/I:VIX/", saved("polygon_aggs_iwm.json"))
    fetched = polygon(server, monkeypatch, symbols={"^VIX": "I:VIX"}).fetch("^VIX", START, END)
    assert len(fetched.bars) == 4 and fetched.actions == [] and server.count() == 1


def test_polygon_error_status_in_a_200(server: MarketServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script("/v2/aggs/", Reply(200, b'{"status": "ERROR", "error": "bad ticker"}'))
    with pytest.raises(ProviderError, match="reports ERROR: bad ticker"):
        polygon(server, monkeypatch).fetch("IWM", START, END)


def test_polygon_without_its_key_variable(server: MarketServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSDESK_ABSENT_KEY", raising=False)
    with pytest.raises(ConfigError, match="NEWSDESK_ABSENT_KEY is not set"):
        PolygonSource(cfg(server, api_key_env="NEWSDESK_ABSENT_KEY"), "none")


# ------------------------------------------------------------------ shared pieces
def test_unreachable_server_is_a_provider_error() -> None:
    config = HttpSourceConfig(base_url="http://127.0.0.1:9", timeout=2, connect_timeout=1)
    with pytest.raises(ProviderError, match="yahoo IWM: request failed"):
        YahooChartSource(config, "splits").fetch("IWM", START, END)


def test_retry_after_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past


def test_make_source_picks_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.config import MarketConfig
    assert make_source(MarketConfig(provider="yahoo")).name == "yahoo"
    monkeypatch.setenv("POLYGON_API_KEY", KEY)
    assert make_source(MarketConfig(provider="polygon")).name == "polygon"
    with pytest.raises(ConfigError):
        make_source(MarketConfig(provider="csv"))
