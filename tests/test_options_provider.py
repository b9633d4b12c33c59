"""Cboe delayed-quotes options chains, max pain by hand, and macro gauges in the snapshot."""

from __future__ import annotations

import json
from datetime import date

import pytest
from market_server import SAVED, MarketServer, Reply, saved
from tests_paths import REPO

from pipeline.config import HttpSourceConfig, MacroConfig
from pipeline.contracts import Bar, OptionRight, PriceHistory
from pipeline.errors import ProviderError
from pipeline.facts import build_fact_sheet
from pipeline.indicators.options import compute_options_positioning
from pipeline.market import MarketData
from pipeline.market.calendar import SessionCalendar
from pipeline.market.cboe import CboeOptionsSource, parse_chain
from pipeline.market.macro import macro_gauges
from pipeline.market.quality import check_history
from pipeline.skips import SkipCode

SESSION = date(2026, 11, 20)
CHAIN = json.loads((SAVED / "cboe_iwm.json").read_text())


@pytest.fixture
def server():
    with MarketServer() as stub:
        yield stub


def market_on(server: MarketServer) -> MarketData:
    cboe = CboeOptionsSource(HttpSourceConfig(base_url=server.base_url, timeout=5, max_attempts=1))
    return MarketData(REPO / "fixtures" / "market" / "bars", cboe=cboe, calendar=SessionCalendar())


def test_max_pain_on_the_saved_chain_equals_the_hand_computation(server: MarketServer) -> None:
    server.script("/options/IWM.json", saved("cboe_iwm.json"))
    chain = market_on(server).load_chain("IWM", SESSION)
    assert chain is not None and chain.provider == "cboe"
    # Taken 17:15 ET on the session: the contract expiring at that close is settled,
    # so the nearest expiry is the next Friday's, and the 2026-12-04 one is left out.
    assert chain.expiry == date(2026, 11, 27) and chain.as_of == SESSION
    oi = {(c.strike, c.right.value): c.open_interest for c in chain.contracts}
    assert oi == {(240.0, "call"): 100, (245.0, "call"): 500, (250.0, "call"): 800,
                  (240.0, "put"): 900, (245.0, "put"): 400, (250.0, "put"): 0}  # null OI -> 0
    # What holders are owed at expiry if IWM settles at each strike:
    #   at 240: calls 0;                          puts 400 x (245-240) + 0 x (250-240) = 2000
    #   at 245: calls 100 x (245-240) = 500;      puts 0 x (250-245) = 0             ->  500
    #   at 250: calls 100 x 10 + 500 x 5 = 3500;  puts 0                             -> 3500
    # The least is owed at 245: max pain = 245.
    positioning = compute_options_positioning(chain)
    assert positioning is not None
    assert positioning.max_pain == 245.0
    assert positioning.call_wall == 250.0 and positioning.put_wall == 240.0  # 800 calls, 900 puts
    assert positioning.total_call_oi == 1400 and positioning.total_put_oi == 1300
    assert positioning.put_call_oi_ratio == pytest.approx(1300 / 1400)
    assert positioning.expiry == date(2026, 11, 27)
    assert server.requests[0].path == "/options/IWM.json"


def test_a_chain_taken_before_the_close_keeps_the_session_expiry() -> None:
    morning = {**CHAIN, "timestamp": "2026-11-20 10:05:00"}
    chain = parse_chain(morning, "IWM", SESSION, SESSION)
    assert chain is not None and chain.expiry == SESSION
    assert [(c.strike, c.right) for c in chain.contracts] == [(240.0, OptionRight.CALL)]


def test_index_symbols_use_cboe_underscore_names(server: MarketServer) -> None:
    server.script("/options/_SPX.json", saved("cboe_iwm.json"))
    cboe = CboeOptionsSource(HttpSourceConfig(base_url=server.base_url, symbols={"^GSPC": "_SPX"}))
    assert cboe.load("^GSPC", SESSION, SESSION) is not None


def test_a_chain_from_after_the_next_session_is_refused_with_a_note(server: MarketServer) -> None:
    late = {**CHAIN, "timestamp": "2026-11-24 09:00:00"}
    server.script("/options/IWM.json", Reply(200, json.dumps(late).encode()))
    notes: list[str] = []
    assert market_on(server).load_chain("IWM", SESSION, notes) is None
    assert "options left out: cboe IWM: the chain is as of 2026-11-24, later than 2026-11-23" in notes[0]


def test_a_monday_morning_chain_describes_friday() -> None:
    monday = {**CHAIN, "timestamp": "2026-11-23 08:30:00"}
    chain = parse_chain(monday, "IWM", SESSION, date(2026, 11, 23))
    assert chain is not None and chain.expiry == date(2026, 11, 27)


@pytest.mark.parametrize("reply, expected", [
    (Reply(403, b"<Error><Code>AccessDenied</Code></Error>", content_type="text/xml"), "HTTP 403"),
    (Reply(429, b"Too Many Requests", {"Retry-After": "0"}, "text/plain"), "HTTP 429 (rate limited)"),
    (Reply(200, b"{not json"), "not JSON"),
])
def test_source_failures_are_notes_not_refusals(server: MarketServer, reply: Reply, expected: str) -> None:
    server.script("/options/IWM.json", reply)
    notes: list[str] = []
    assert market_on(server).load_chain("IWM", SESSION, notes) is None
    assert expected in notes[0] and "cboe IWM" in notes[0]


def test_an_empty_chain_is_none() -> None:
    empty = {"timestamp": "2026-11-20 17:15:04", "data": {"symbol": "IWM", "options": []}}
    assert parse_chain(empty, "IWM", SESSION, SESSION) is None


@pytest.mark.parametrize("row, problem", [
    ({"option": "IWM2611C240", "open_interest": 1}, "not an OCC symbol"),
    ({"option": "IWM261127C00240000", "open_interest": -4}, "whole number"),
    ({"option": "IWM261127C00240000", "open_interest": 2.5}, "whole number"),
])
def test_broken_contracts_are_refused(row: dict[str, object], problem: str) -> None:
    payload = {"timestamp": "2026-11-20 17:15:04", "data": {"options": [row]}}
    with pytest.raises(ProviderError, match=problem):
        parse_chain(payload, "IWM", SESSION, SESSION)


# ------------------------------------------------------------------ macro gauges
def bars(values: list[float], last: date = SESSION) -> list[Bar]:
    days = [date(2026, 11, d) for d in range(last.day - len(values) + 1, last.day + 1)]
    return [Bar(session=d, open=v, high=v + 0.1, low=v - 0.1, close=v) for d, v in zip(days, values,
                                                                                        strict=True)]


def test_missing_gauges_are_absent_never_zero() -> None:
    histories = {"^VIX": PriceHistory(symbol="^VIX", provider="t", bars=bars([16.2, 15.6])),
                 "^TNX": PriceHistory(symbol="^TNX", provider="t", bars=bars([4.13], date(2026, 11, 19)))}

    def load(symbol: str) -> PriceHistory:
        if symbol not in histories:
            raise ProviderError(f"t {symbol}: HTTP 404")
        return histories[symbol]

    gauges, missing = macro_gauges(MacroConfig(), load, SESSION)
    assert [(g.key, g.value) for g in gauges] == [("vix", 15.6)]
    assert gauges[0].change_1d == pytest.approx(-0.6)
    assert missing[0].startswith("ten_year_yield (^TNX) left out: no bar for 2026-11-20")
    assert "dollar_index (DX-Y.NYB) left out: t DX-Y.NYB: HTTP 404" in missing[1]


def test_a_yield_quoted_times_ten_is_refused() -> None:
    tnx = PriceHistory(symbol="^TNX", provider="t", bars=bars([41.3, 40.6]))
    gauges, missing = macro_gauges(MacroConfig(vix="", dollar_index=""), lambda _s: tnx, SESSION)
    assert gauges == [] and "not a yield in percent" in missing[0]


def test_demo_snapshot_carries_the_gauges_and_their_facts(tmp_path) -> None:
    from pipeline.config import load_settings
    from pipeline.run import Pipeline
    from pipeline.store import open_store
    from pipeline.writers import TemplateWriter
    settings = load_settings(cwd=REPO)
    with open_store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        pipeline = Pipeline(settings, store, MarketData.from_config(settings.market), TemplateWriter())
        snap = pipeline.snapshot("IWM", SESSION)
    values = {g.key: (g.value, g.unit) for g in snap.macro}
    assert values == {"vix": (15.6, "points"), "ten_year_yield": (4.06, "percent"),
                      "dollar_index": (99.64, "points")}
    sheet = build_fact_sheet(snap)
    assert sheet.fmt("macro_ten_year_yield") == "4.06%"
    assert sheet.fmt("macro_ten_year_yield_change_bp") == "-7 bp"
    assert sheet.fmt("macro_dollar_index") == "99.64"


# ------------------------------------------------------------------ split gaps
def history_with(closes: list[float], actions: list[dict[str, object]] | None = None) -> PriceHistory:
    days = [date(2026, 11, d) for d in (16, 17, 18, 19, 20)]
    rows = [Bar(session=d, open=c, high=c + 1, low=c - 1, close=c, volume=1000) for d, c in zip(
        days, closes, strict=True)]
    return PriceHistory.model_validate({"symbol": "XYZ", "provider": "t", "bars": rows,
                                        "actions": actions or []})


def test_a_split_sized_gap_without_a_reported_split_is_refused() -> None:
    reasons = check_history(history_with([400, 402, 401, 200.5, 201]), SESSION, min_sessions=2)
    assert [r.code for r in reasons if "split-sized gap with no split reported" in r.message] == [
        SkipCode.SPLIT_GAP]


def test_a_reported_split_left_unadjusted_is_refused() -> None:
    split = [{"session": date(2026, 11, 19), "kind": "split", "value": 2.0}]
    reasons = check_history(history_with([400, 402, 401, 200.5, 201], split), SESSION, min_sessions=2)
    assert [r.code for r in reasons
            if "2-for-1 split the provider reported but the bars are not adjusted" in r.message] == [
        SkipCode.SPLIT_GAP]


def test_an_ordinary_move_is_not_a_split() -> None:
    assert check_history(history_with([400, 402, 401, 380, 385]), SESSION, min_sessions=2) == []
