"""Provider chains, the keyless CSV sources and the cross-source checks, against local servers.

One stub server on 127.0.0.1 answers for every source on its own path, in each
source's wire format: Yahoo's chart JSON, Stooq's CSV download, FRED's
fredgraph.csv and Cboe's index history file.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from market_server import (
    NEW_YORK,
    MarketServer,
    Reply,
    cboe_history_csv,
    period_of,
    saved,
    stooq_csv,
    yahoo_chart,
)
from rich.console import Console

from pipeline.config import HttpSourceConfig, MarketConfig, load_settings
from pipeline.contracts import Bar
from pipeline.errors import DataError, ProviderError, QualityRefusal
from pipeline.market import read_bars_csv
from pipeline.market.cboe_history import CboeHistorySource
from pipeline.market.csv_provider import bars_filename
from pipeline.market.fred import FredSeriesSource
from pipeline.market.sources import build_market
from pipeline.market.stooq import StooqSource
from pipeline.review.terminal import print_review
from pipeline.run import Pipeline
from pipeline.skips import SkipCode
from pipeline.store import Store, open_store
from pipeline.writers import TemplateWriter

REPO = Path(__file__).resolve().parent.parent
BARS = REPO / "fixtures" / "market" / "bars"
SATURDAY = datetime(2026, 11, 21, 9, 0, tzinfo=NEW_YORK)
SESSION = date(2026, 11, 20)


@pytest.fixture
def server():
    with MarketServer() as srv:
        yield srv


@pytest.fixture
def store(tmp_path: Path):
    with open_store(f"sqlite:///{tmp_path / 'bars.db'}") as opened:
        yield opened


def demo_bars(symbol: str) -> list[Bar]:
    return read_bars_csv(BARS / bars_filename(symbol), symbol).bars


def http(server: MarketServer, **extra: object) -> HttpSourceConfig:
    return HttpSourceConfig(base_url=server.base_url, timeout=5, max_attempts=2, retry_after_cap=1,
                            **extra)  # type: ignore[arg-type]


def market_config(server: MarketServer, **update: object) -> MarketConfig:
    base = load_settings(cwd=REPO).market
    return base.model_copy(update={
        "yahoo": http(server), "stooq": http(server, symbols={"^GSPC": "^spx", "^NDX": "^ndx",
                                                              "^DJI": "^dji", "^RUT": "^rut"}),
        "fred": http(server), "cboe_history": http(server, symbols={"^VIX": "VIX"}), "official": {},
        **update})


def yahoo_demo(request, last: date = SESSION) -> Reply:
    symbol = request.path.rsplit("/", 1)[-1]
    start, end = period_of(request)
    return yahoo_chart(symbol, [b for b in demo_bars(symbol) if start <= b.session <= min(end, last)])


def stooq_demo(request) -> Reply:
    spelled = {"^spx": "^GSPC", "^ndx": "^NDX", "^dji": "^DJI", "^rut": "^RUT"}
    ticker = request.query["s"]
    symbol = spelled.get(ticker, ticker.removesuffix(".us").upper())
    return stooq_csv(demo_bars(symbol))


# -- the sources, on their recorded formats -------------------------------------------------------

def test_stooq_reads_its_csv_and_asks_for_the_range(server: MarketServer) -> None:
    server.script("/q/d/l/", saved("stooq_spy.csv"))
    fetched = StooqSource(http(server)).fetch("SPY", date(2026, 11, 17), SESSION)
    assert [b.session for b in fetched.bars] == [date(2026, 11, d) for d in (17, 18, 19, 20)]
    assert fetched.bars[-1].close == 667.63 and fetched.bars[-1].volume == 120334402
    asked = server.requests[-1].query
    assert asked == {"s": "spy.us", "i": "d", "d1": "20261117", "d2": "20261120"}


@pytest.mark.parametrize(("reply", "code", "words"), [
    ("stooq_no_data.txt", SkipCode.NO_DATA, "Stooq has no data for spy.us"),
    ("stooq_limit.txt", SkipCode.RATE_LIMITED, "daily request limit"),
    ("stooq_browser_check.html", SkipCode.PROVIDER, "HTML page, not CSV"),
])
def test_stooq_refusals_in_a_200_body_are_coded_errors(server: MarketServer, reply: str,
                                                        code: SkipCode, words: str) -> None:
    server.script("/q/d/l/", saved(reply))
    with pytest.raises(DataError, match=words) as caught:
        StooqSource(http(server)).fetch("SPY", date(2026, 11, 1), SESSION)
    assert caught.value.code == code


@pytest.mark.parametrize("symbol", ["^VIX", "DX-Y.NYB", "ES=F"])
def test_stooq_never_guesses_an_index_symbol(server: MarketServer, symbol: str) -> None:
    with pytest.raises(DataError, match=r"set market.stooq.symbols") as caught:
        StooqSource(http(server)).fetch(symbol, date(2026, 11, 1), SESSION)
    assert caught.value.code == SkipCode.UNMAPPED_SYMBOL and server.count() == 0


def test_the_packaged_stooq_map_spells_other_markets_its_way(server: MarketServer) -> None:
    mapped = load_settings(cwd=REPO).market.stooq.symbols
    server.respond("/q/d/l/", lambda request: Reply(200, b"No data", {}, "text/csv"))
    for symbol, ticker in [("^N225", "^nkx"), ("GC=F", "gc.f"), ("BTC-USD", "btcusd"), ("QQQ", "qqq.us")]:
        with pytest.raises(DataError):
            StooqSource(http(server, symbols=mapped)).fetch(symbol, date(2026, 11, 1), SESSION)
        assert server.requests[-1].query["s"] == ticker


def test_fred_series_skips_sessions_without_a_value(server: MarketServer) -> None:
    server.script("/graph/fredgraph.csv", saved("fred_dgs10.csv"))
    fetched = FredSeriesSource(http(server)).fetch("DGS10", date(2026, 11, 1), SESSION)
    assert [(b.session.day, b.close) for b in fetched.bars] == [(13, 4.14), (16, 4.13), (17, 4.11),
                                                                 (18, 4.12)]
    assert {b.open == b.high == b.low == b.close for b in fetched.bars} == {True}
    assert server.requests[-1].query == {"id": "DGS10", "cosd": "2026-11-01", "coed": "2026-11-20"}


def test_fred_reads_the_older_date_header(server: MarketServer) -> None:
    server.script("/graph/fredgraph.csv", Reply(200, b"DATE,DTWEXBGS\n2026-11-19,120.41\n", {}, "text/csv"))
    fetched = FredSeriesSource(http(server)).fetch("DTWEXBGS", date(2026, 11, 1), SESSION)
    assert [b.close for b in fetched.bars] == [120.41]


def test_cboe_history_reads_us_dates_and_maps_the_symbol(server: MarketServer) -> None:
    server.script("/VIX_History.csv", saved("cboe_vix_history.csv"))
    fetched = CboeHistorySource(http(server, symbols={"^VIX": "VIX"})).fetch("^VIX", date(2026, 11, 18),
                                                                             SESSION)
    assert [(b.session.day, b.close) for b in fetched.bars] == [(18, 18.25), (19, 20.88), (20, 19.64)]
    assert server.requests[-1].path == "/VIX_History.csv"


def test_a_broken_csv_answer_names_the_source(server: MarketServer) -> None:
    server.script("/graph/fredgraph.csv", Reply(200, b"observation_date,DGS10\n2026-11-19,abc\n", {},
                                                "text/csv"))
    with pytest.raises(ProviderError, match=r"fred DGS10: broken bar on 2026-11-19"):
        FredSeriesSource(http(server)).fetch("DGS10", date(2026, 11, 1), SESSION)


# -- the chain -------------------------------------------------------------------------------------

def chain_market(server: MarketServer, store: Store, **update: object):
    cfg = market_config(server, provider="yahoo", providers=["yahoo", "stooq"], **update)
    return build_market(cfg, store, clock=lambda: SATURDAY)


@pytest.mark.parametrize(("first", "code", "words"), [
    (Reply(503, b"upstream down", {}, "text/plain"), SkipCode.PROVIDER, "HTTP 503"),
    (Reply(429, b"Too Many Requests", {"Retry-After": "3600"}, "text/plain"), SkipCode.RATE_LIMITED,
     "HTTP 429 (rate limited), Retry-After 3600"),
    (Reply(200, b"<html>", {}, "application/json"), SkipCode.PROVIDER, "not JSON"),
])
def test_the_second_source_serves_when_the_first_fails(server: MarketServer, store: Store, first: Reply,
                                                       code: SkipCode, words: str) -> None:
    server.respond("/v8/finance/chart/", lambda request: first)
    server.respond("/q/d/l/", stooq_demo)
    market = chain_market(server, store)
    history = market.load_history("SPY")
    assert history.provider == "stooq" and history.bars[-1].session == SESSION
    [note] = market.passed_over("SPY")
    assert f"[{code}]" in note and words in note and note.startswith("SPY: passed over")
    assert len(store.cached_bars("stooq", "SPY").bars) == len(history.bars)  # filed under its source
    assert store.cached_bars("yahoo", "SPY").bars == []


def test_a_stale_first_source_gives_way_to_a_fresh_second(server: MarketServer, store: Store) -> None:
    server.respond("/v8/finance/chart/", lambda request: yahoo_demo(request, last=date(2026, 11, 19)))
    server.respond("/q/d/l/", stooq_demo)
    market = chain_market(server, store)
    history = market.load_history("SPY")
    assert history.provider == "stooq" and history.bars[-1].session == SESSION
    assert market.passed_over("SPY") == [
        "SPY: passed over [stale-last-bar] yahoo SPY: the last bar is 2026-11-19; the last closed "
        "session is 2026-11-20"]


def test_when_every_source_is_stale_the_freshest_is_judged_by_the_gate(server: MarketServer,
                                                                      store: Store) -> None:
    server.respond("/v8/finance/chart/", lambda request: yahoo_demo(request, last=date(2026, 11, 18)))
    server.respond("/q/d/l/", lambda request: stooq_csv([b for b in demo_bars("SPY")
                                                         if b.session <= date(2026, 11, 19)]))
    market = chain_market(server, store)
    history = market.load_history("SPY")
    assert history.provider == "stooq" and history.bars[-1].session == date(2026, 11, 19)
    assert market.passed_over("SPY") == [
        "SPY: passed over [stale-last-bar] yahoo SPY: the last bar is 2026-11-18; the last closed "
        "session is 2026-11-20"]


def test_sources_equally_behind_are_not_passed_over(server: MarketServer, store: Store) -> None:
    """A market closed on the US session is behind in every source alike: no reason to note."""
    server.respond("/v8/finance/chart/", lambda request: yahoo_demo(request, last=date(2026, 11, 19)))
    server.respond("/q/d/l/", lambda request: stooq_csv([b for b in demo_bars("SPY")
                                                         if b.session <= date(2026, 11, 19)]))
    market = chain_market(server, store)
    assert market.load_history("SPY").provider == "yahoo"
    assert market.passed_over("SPY") == []


def test_a_chain_where_every_source_fails_keeps_each_reason(server: MarketServer, store: Store) -> None:
    server.respond("/v8/finance/chart/", lambda request: Reply(503, b"down", {}, "text/plain"))
    server.script("/q/d/l/", saved("stooq_no_data.txt"))
    with pytest.raises(QualityRefusal) as caught:
        chain_market(server, store).load_history("SPY")
    codes = [issue.code for issue in caught.value.reasons]
    assert codes == [SkipCode.NO_DATA, SkipCode.PROVIDER]  # ranked: the most telling first
    assert "yahoo SPY: HTTP 503" in str(caught.value) and "Stooq has no data" in str(caught.value)


def test_market_provider_alone_still_works_as_a_one_source_chain(server: MarketServer, store: Store) -> None:
    server.respond("/v8/finance/chart/", yahoo_demo)
    cfg = market_config(server, provider="yahoo")
    assert cfg.chain == ["yahoo"]
    history = build_market(cfg, store, clock=lambda: SATURDAY).load_history("SPY")
    assert history.provider == "yahoo" and server.count("/q/d/l/") == 0


def test_a_chain_refuses_csv_among_http_sources() -> None:
    with pytest.raises(ValueError, match="cannot be part of a chain"):
        MarketConfig(providers=["yahoo", "csv"])
    with pytest.raises(ValueError, match="per-symbol chains need live sources"):
        MarketConfig(symbol_providers={"DGS10": ["fred"]})


# -- whole runs ------------------------------------------------------------------------------------

def run_with(tmp_path: Path, market_cfg: MarketConfig):
    settings = load_settings(cwd=REPO)
    settings = settings.model_copy(update={
        "market": market_cfg, "output": settings.output.model_copy(update={"dir": tmp_path / "out"})})
    with open_store(f"sqlite:///{tmp_path / 'run.db'}") as store:
        market = build_market(settings.market, store, clock=lambda: SATURDAY)
        pipeline = Pipeline(settings, store, market, TemplateWriter(), clock=lambda: SATURDAY)
        report = pipeline.run(do_ingest=False)
        drafts = {o.symbol: store.get_draft(o.draft_id) for o in report.outcomes if o.ok}
        return report, drafts


def test_a_run_cites_the_source_that_served_and_notes_the_one_passed_over(
        tmp_path: Path, server: MarketServer) -> None:
    server.respond("/v8/finance/chart/SPY", lambda request: Reply(429, b"slow down",
                                                                  {"Retry-After": "3600"}, "text/plain"))
    server.respond("/v8/finance/chart/", yahoo_demo)
    server.respond("/q/d/l/", stooq_demo)
    report, drafts = run_with(tmp_path, market_config(server, provider="yahoo",
                                                      providers=["yahoo", "stooq"], source_check=False))
    assert [o.symbol for o in report.outcomes if o.ok] == ["IWM", "SPY", "QQQ", "DIA"]
    spy = drafts["SPY"]
    assert [(c.provider, c.symbols[0]) for c in spy.article.data_sources] == [
        ("Stooq daily bars", "SPY"), ("Yahoo Finance", "^GSPC")]  # each bar cited by its source
    stooq_line, yahoo_line = spy.article.data_sources
    assert stooq_line.symbols == ["SPY"]  # the gauges and other markets Yahoo served are on its line
    assert {"^VIX", "^TNX", "DX-Y.NYB", "^GDAXI", "BTC-USD"} <= set(yahoo_line.symbols)
    assert [(c.provider, c.symbols) for c in drafts["QQQ"].article.data_sources] == [
        ("Yahoo Finance", ["QQQ", "^NDX", "DIA", "IWM", "^VIX", "^TNX", "DX-Y.NYB", "^GDAXI", "^N225",
                           "^HSI", "GC=F", "CL=F", "BTC-USD", "EURUSD=X", "JPY=X"]),
        ("Stooq daily bars", ["SPY"])]  # peers, gauges, macro and cross-market series all cited
    [spy_file] = (tmp_path / "out" / "2026-11-20").glob("*spy*.md")
    assert "Data: Stooq daily bars — SPY — as of Nov 20, 2026" in spy_file.read_text()
    [spy_outcome] = [o for o in report.outcomes if o.symbol == "SPY"]
    assert any("passed over [rate-limited]" in note and "Retry-After 3600" in note
               for note in spy_outcome.notes)
    assert [n for n in spy.snapshot.data_notes if "passed over" in n] == [
        n for n in spy_outcome.notes if "passed over" in n]
    assert drafts["QQQ"].snapshot.data_notes == []


def test_a_second_source_that_disagrees_on_the_close_refuses_the_instrument(
        tmp_path: Path, server: MarketServer) -> None:
    def stooq_off(request) -> Reply:
        if request.query["s"] != "dia.us":
            return stooq_demo(request)
        bars = demo_bars("DIA")
        last = bars[-1]
        return stooq_csv([*bars[:-1], last.model_copy(update={"close": round(last.close * 1.02, 2),
                                                              "high": round(last.high * 1.03, 2)})])
    server.respond("/v8/finance/chart/", yahoo_demo)
    server.respond("/q/d/l/", stooq_off)
    report, _ = run_with(tmp_path, market_config(server, provider="yahoo", providers=["yahoo", "stooq"]))
    [dia] = [o for o in report.outcomes if o.symbol == "DIA"]
    assert dia.result == "skipped" and dia.skip_code == "source-mismatch"
    assert "from yahoo but" in (dia.reason or "") and "stooq" in (dia.reason or "")
    assert [o.symbol for o in report.outcomes if o.ok] == ["IWM", "SPY", "QQQ"]


def vix_differs(request, close: float) -> Reply:
    symbol = request.path.rsplit("/", 1)[-1]
    if symbol != "^VIX":
        return yahoo_demo(request)
    bars = demo_bars("^VIX")
    last = bars[-1]
    return yahoo_chart(symbol, [*bars[:-1], last.model_copy(update={
        "close": close, "high": max(last.high, close), "low": min(last.low, close)})])


def test_a_gauge_is_checked_against_its_official_series(tmp_path: Path, server: MarketServer) -> None:
    official = demo_bars("^VIX")
    server.respond("/v8/finance/chart/", lambda request: vix_differs(request, official[-1].close * 1.15))
    server.respond("/VIX_History.csv", lambda request: cboe_history_csv(official))
    report, drafts = run_with(tmp_path, market_config(server, provider="yahoo",
                                                      official={"^VIX": "cboe_history"}))
    assert [o.symbol for o in report.outcomes if o.ok] == ["IWM", "SPY", "QQQ", "DIA"]
    snap = drafts["SPY"].snapshot
    assert "vix" not in {g.key for g in snap.macro}
    assert any("official-mismatch" in line or "official cboe_history" in line for line in snap.missing)
    spy_notes = next(o.notes for o in report.outcomes if o.symbol == "SPY")
    assert any(note.startswith("^VIX left out [official-mismatch]") for note in spy_notes)
    assert [line for line in snap.data_notes if "official-mismatch" in line] == [
        line for line in spy_notes if line.startswith("^VIX left out [")]  # stored with the draft
    console = Console(record=True, width=200)
    print_review(console, drafts["SPY"], [])
    shown = console.export_text()
    assert "Data checks (1)" in shown and "^VIX left out [official-mismatch]" in shown


def test_a_gauge_that_matches_its_official_series_is_kept(tmp_path: Path, server: MarketServer) -> None:
    official = demo_bars("^VIX")
    server.respond("/v8/finance/chart/", lambda request: vix_differs(request, official[-1].close))
    server.respond("/VIX_History.csv", lambda request: cboe_history_csv(official))
    _, drafts = run_with(tmp_path, market_config(server, provider="yahoo",
                                                 official={"^VIX": "cboe_history"}))
    assert "vix" in {g.key for g in drafts["SPY"].snapshot.macro}
    assert server.count("/VIX_History.csv") == 1  # once per run, not once per article


def test_a_gauge_chain_starts_at_the_official_file(tmp_path: Path, server: MarketServer) -> None:
    official = demo_bars("^VIX")
    server.respond("/v8/finance/chart/", yahoo_demo)
    server.respond("/VIX_History.csv", lambda request: cboe_history_csv(official))
    _, drafts = run_with(tmp_path, market_config(server, provider="yahoo",
                                                 symbol_providers={"^VIX": ["cboe_history", "yahoo"]}))
    assert server.count("/VIX_History.csv") == 1
    assert server.count("/v8/finance/chart/^VIX") == 1  # asked only for the second opinion
    assert "vix" in {g.key for g in drafts["SPY"].snapshot.macro}
