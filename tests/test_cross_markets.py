# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
"""Markets outside the US session: each read as of its own last session final at the US close,
written with its own date by the template, offered to the model as slots, and traced figure by
figure (and date by date) by the verifier."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from brief_factories import error_findings as errors
from brief_factories import iwm_brief
from llm_helpers import llm_key, server  # noqa: F401
from market_factories import SESSION, settings, snapshot_for
from tests_paths import REPO

from pipeline.config import MacroConfig
from pipeline.contracts import Bar, CrossMarketReading, PriceHistory, RelatedRole
from pipeline.errors import DataError
from pipeline.facts import build_fact_sheet
from pipeline.llm.prompts import PromptSet
from pipeline.market import MarketData
from pipeline.market.crossmarket import MARKETS, cross_market_readings, last_final_session, reading_on
from pipeline.render import render_markdown
from pipeline.skips import SkipCode
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.llm_prompt import article_values, cross_market_slots

NEW_YORK = ZoneInfo("America/New_York")


def us_close(day: date, at: time = time(16, 0)) -> datetime:
    return datetime.combine(day, at, NEW_YORK)


# ------------------------------------------------------------------ sessions
@pytest.mark.parametrize(("key", "expected"), [
    ("dax", date(2026, 11, 20)),  # Xetra closed 17:30 Berlin = 11:30 New York
    ("nikkei", date(2026, 11, 20)),  # Tokyo closed before New York opened
    ("hang_seng", date(2026, 11, 20)),
    ("gold", date(2026, 11, 20)),  # settled 13:30 New York
    ("wti", date(2026, 11, 20)),
    ("bitcoin", date(2026, 11, 19)),  # Friday's UTC day ends at 19:00 New York: not final at 16:00
    ("eur_usd", date(2026, 11, 19)),
    ("usd_jpy", date(2026, 11, 19)),
])
def test_each_market_is_read_as_of_its_last_session_final_at_the_us_close(key: str, expected: date) -> None:
    assert last_final_session(MARKETS[key], us_close(SESSION)) == expected  # type: ignore[index]


def test_holidays_and_weekends_move_each_market_to_its_own_last_session() -> None:
    christmas_eve = us_close(date(2026, 12, 24), time(13, 0))  # NYSE closes early; Xetra is shut
    assert last_final_session(MARKETS["dax"], christmas_eve) == date(2026, 12, 23)
    assert last_final_session(MARKETS["hang_seng"], christmas_eve) == date(2026, 12, 24)  # a half day
    assert last_final_session(MARKETS["bitcoin"], christmas_eve) == date(2026, 12, 23)
    monday = us_close(date(2026, 11, 23))  # Labour Thanksgiving Day in Tokyo
    assert last_final_session(MARKETS["nikkei"], monday) == date(2026, 11, 20)
    assert last_final_session(MARKETS["dax"], monday) == date(2026, 11, 23)
    assert last_final_session(MARKETS["bitcoin"], monday) == date(2026, 11, 22)  # bitcoin trades Sunday
    assert last_final_session(MARKETS["eur_usd"], monday) == date(2026, 11, 20)  # FX has no Sunday bar


def history(symbol: str, closes: dict[date, float]) -> PriceHistory:
    return PriceHistory(symbol=symbol, provider="t", bars=[
        Bar(session=day, open=c, high=c * 1.01, low=c * 0.99, close=c, volume=0)
        for day, c in closes.items()])


def test_a_reading_is_its_sessions_close_and_change_and_a_stale_source_is_left_out() -> None:
    dax = history("^GDAXI", {date(2026, 11, 19): 24000.0, date(2026, 11, 20): 24240.0})
    reading = reading_on(MARKETS["dax"], "^GDAXI", dax, date(2026, 11, 20))
    assert (reading.value, round(reading.change_pct or 0, 6), reading.cut) == (
        24240.0, 1.0, "17:30 Europe/Berlin close")
    with pytest.raises(DataError, match="no bar for its session 2026-11-23") as caught:
        reading_on(MARKETS["dax"], "^GDAXI", dax, date(2026, 11, 23))
    assert caught.value.code == SkipCode.MISSING_SESSION


def test_unconfigured_and_failing_markets_are_noted_not_zero() -> None:
    def load(symbol: str) -> PriceHistory:
        if symbol == "^HSI":
            raise DataError("no bars file for ^HSI", code=SkipCode.NO_DATA)
        return history(symbol, {date(2026, 11, 18): 100.0, date(2026, 11, 19): 101.0,
                                date(2026, 11, 20): 102.0})

    readings, missing = cross_market_readings({"dax": "^GDAXI", "hang_seng": "^HSI", "gold": ""}, load,
                                              us_close(SESSION))
    assert [r.key for r in readings] == ["dax"]
    assert missing == ["hang_seng (^HSI) left out: no bars file for ^HSI"]


def test_the_demo_fixtures_give_every_market_its_own_session(tmp_path) -> None:
    from pipeline.config import load_settings
    from pipeline.run import Pipeline
    from pipeline.store import open_store
    settings_ = load_settings(cwd=REPO)
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        pipeline = Pipeline(settings_, store, MarketData.from_config(settings_.market), TemplateWriter())
        snap = pipeline.snapshot("SPY", SESSION)
    sessions = {m.key: m.session.isoformat() for m in snap.cross_markets}
    assert sessions == {"dax": "2026-11-20", "nikkei": "2026-11-20", "hang_seng": "2026-11-20",
                        "gold": "2026-11-20", "wti": "2026-11-20", "bitcoin": "2026-11-19",
                        "eur_usd": "2026-11-19", "usd_jpy": "2026-11-19"}
    wti = next(m for m in snap.cross_markets if m.key == "wti")
    assert wti.value == 67.80  # the level the demo news quotes for WTI on the session
    assert not [line for line in snap.missing if "left out" in line]


# ------------------------------------------------------------------ the article
def readings(hang_seng_session: date = SESSION) -> list[CrossMarketReading]:
    def one(key: str, symbol: str, value: float, change: float | None, session: date) -> CrossMarketReading:
        market = MARKETS[key]  # type: ignore[index]
        return CrossMarketReading(key=market.key, symbol=symbol, name=market.name, calendar=market.calendar,
                                  cut=market.cut_label, session=session, value=value, change_pct=change)
    return [one("dax", "^GDAXI", 24106.94, 0.62, SESSION),
            one("hang_seng", "^HSI", 25873.84, -1.21, hang_seng_session),
            one("gold", "GC=F", 4050.95, 0.48, SESSION),
            one("bitcoin", "BTC-USD", 91228.93, 2.27, date(2026, 11, 19)),
            one("eur_usd", "EURUSD=X", 1.15531, -0.16, date(2026, 11, 19))]


def brief_with(markets: list[CrossMarketReading]) -> Brief:
    snapshot = snapshot_for("IWM", seed=3, cfg=settings()).model_copy(update={"cross_markets": markets})
    return iwm_brief(snapshot)


@pytest.fixture(scope="module")
def written() -> tuple[Brief, str]:
    brief = brief_with(readings())
    return brief, render_markdown(TemplateWriter().write(brief))


def test_the_template_reads_each_market_with_its_own_session_date(written) -> None:
    brief, text = written
    read = TemplateWriter().write(brief).cross_market
    indices = next(s for s in read.split(". ") if "DAX" in s)
    assert "Friday, Nov 20" in indices and "DAX rose 0.62% and the Hang Seng fell 1.21%" in indices
    assert "settled at $4,050.95 an ounce, up 0.48%" in read
    utc_day = next(s for s in read.split(". ") if "itcoin" in s)
    assert "Thursday, Nov 19 (UTC)" in utc_day or "UTC close of Thursday, Nov 19" in utc_day
    assert "UTC day of" not in read  # dated the way crypto desks date it, not "On the UTC day of ..."
    # listed in the order they matter to the instrument's kind (cross_market_text.UTC_EXPOSURE)
    assert "itcoin rose 2.27% to $91,229" in utc_day and "EUR/USD fell 0.16% to 1.1553" in utc_day
    assert errors(text, brief) == []


def test_each_sentence_is_worded_differently_across_the_sessions_articles() -> None:
    """vary() rotates the wording by instrument, so the day's articles do not share the sentences."""
    cfg = settings()
    seen = set()
    for symbol in ("IWM", "SPY", "QQQ", "DIA"):
        brief = brief_with(readings())
        inst = cfg.instrument(symbol)
        snapshot = snapshot_for(symbol, seed=3, cfg=cfg).model_copy(update={"cross_markets": readings()})
        brief = brief.model_copy(update={"snapshot": snapshot, "short_name": inst.display_name})
        seen.add(TemplateWriter().write(brief).cross_market.split("99.64")[-1])
    assert len(seen) == 4


def test_every_cross_market_figure_and_date_in_the_article_is_traced(written) -> None:
    """Each figure the template printed for a market, changed by one unit in its last place, and each
    market's date moved a day, is caught: nothing in the cross-market sentences goes unchecked."""
    brief, text = written
    sheet = build_fact_sheet(brief.snapshot)
    paragraph = next(line for line in text.splitlines() if "DAX" in line)
    printed = [sheet.fmt(name, "abs") for name in sheet.facts if name.startswith("xmkt_")
               and not name.endswith("_session") and name not in ("xmkt_dax", "xmkt_hang_seng")]
    assert len(printed) == 8 and all(figure in paragraph for figure in printed)  # index levels: not printed
    for figure in printed:
        digits = re.sub(r"\d(?=\D*$)", lambda m: str((int(m.group(0)) + 1) % 10), figure)
        found = errors(text.replace(figure, digits, 1), brief)
        assert [(f.code, (f.span or "").lstrip("$")) for f in found] == [("value-mismatch", digits)], figure
    for right, wrong in (("Friday, Nov 20", "Thursday, Nov 19"), ("Thursday, Nov 19", "Friday, Nov 20")):
        found = errors(text.replace(paragraph, paragraph.replace(right, wrong)), brief)
        assert [(f.code, f.span) for f in found] == [("value-mismatch", wrong)], right


@pytest.mark.parametrize(("old", "new", "code"), [
    ("Hang Seng fell 1.21%", "Hang Seng rose 1.21%", "direction-mismatch"),
    ("$4,050.95 an ounce, up 0.48%", "$4,050.95 an ounce, down 0.48%", "direction-mismatch"),
    ("DAX rose 0.62%", "DAX rose 0.62% to $24,106.94", "scale-mismatch"),
    ("DAX rose 0.62%", "DAX rose 0.62% to 24,160.94", "value-mismatch"),
    ("On Thursday, Nov 19 (UTC),", "On Friday,", "weekday-mismatch"),
])
def test_planted_cross_market_errors_are_caught(written, old: str, new: str, code: str) -> None:
    brief, text = written
    assert old in text
    assert [f.code for f in errors(text.replace(old, new, 1), brief)] == [code]


def test_a_market_closed_on_the_us_session_is_written_as_of_its_last_close() -> None:
    brief = brief_with(readings(hang_seng_session=date(2026, 11, 19)))
    article = TemplateWriter().write(brief)
    assert "DAX rose 0.62%" in article.cross_market
    assert ("Earlier on Thursday, Nov 19, their last session, the Hang Seng fell 1.21%."
            in article.cross_market)
    text = render_markdown(article)
    assert errors(text, brief) == []
    wrong = text.replace("Earlier on Thursday, Nov 19", "Earlier on Friday, Nov 20")
    assert [f.code for f in errors(wrong, brief)] == ["value-mismatch"]


def test_a_market_the_data_lacks_traces_to_nothing() -> None:
    brief = brief_with([])
    assert [f.code for f in errors("The Nikkei 225 rose 0.41% to 48,912.62.", brief)] == [
        "number-untraced", "number-untraced"]
    assert "Overseas" not in TemplateWriter().write(brief).cross_market


def test_the_model_gets_each_market_as_slots_with_its_session() -> None:
    brief = brief_with(readings())
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    slots = cross_market_slots(brief, sheet)
    assert [(s["level"], s["direction"], s["day"], s["dollar"]) for s in slots] == [
        ("xmkt_dax", "up", "Friday, Nov 20", False), ("xmkt_hang_seng", "down", "Friday, Nov 20", False),
        ("xmkt_gold", "up", "Friday, Nov 20", True), ("xmkt_bitcoin", "up", "Thursday, Nov 19", True),
        ("xmkt_eur_usd", "down", "Thursday, Nov 19", False)]
    prompt = PromptSet().render("article", **article_values(brief, sheet, 1, 400))
    assert ("- abroad ({xmkt_K}, {xmkt_K_change_pct:abs}, day {xmkt_K_session:dated}; $ for gold, bitcoin): "
            "Nov 20 dax+ hang_seng- gold+; Nov 19 bitcoin+ eur_usd-") in prompt
    assert "xmkt_bitcoin=" not in prompt  # not listed twice among the facts
    none = brief_with([])
    bare = PromptSet().render("article", **article_values(none, build_fact_sheet(none.snapshot, none.scores),
                                                          1, 400))
    assert "none abroad: no figures for foreign indices" in bare


def test_the_markets_can_be_configured_off() -> None:
    assert MacroConfig(cross_markets={}).cross_markets == {}
    with pytest.raises(ValueError):
        MacroConfig(cross_markets={"ftse": "^FTSE"})  # type: ignore[dict-item]


def test_a_user_file_leaves_one_market_out_and_keeps_the_others(tmp_path) -> None:
    from pipeline.config import load_settings
    (tmp_path / "newsdesk.toml").write_text('[market.macro.cross_markets]\nbitcoin = ""\n', encoding="utf-8")
    markets = load_settings(cwd=tmp_path).market.macro.cross_markets
    assert markets["bitcoin"] == "" and markets["dax"] == "^GDAXI" and len(markets) == 8


def test_a_move_word_without_a_figure_and_a_new_subject_after_while() -> None:
    brief = brief_with(readings())
    found = errors("Bitcoin fell on Thursday, Nov 19, and the Hang Seng slid.", brief)
    assert [(f.code, f.span) for f in found] == [("direction-mismatch", "fell")]
    assert errors("Bitcoin rose on Thursday, Nov 19, and the Hang Seng slid.", brief) == []
    close = build_fact_sheet(brief.snapshot).fmt("change_1d_pct", "abs")
    assert errors(f"Gold rose 0.48% while IWM gained {close}.", brief) == []  # IWM's figure, not gold's


def test_an_index_level_the_model_writes_is_checked() -> None:
    brief = brief_with(readings())
    assert errors("The DAX closed at 24,106.94 on Friday, Nov 20.", brief) == []
    assert [f.code for f in errors("The Hang Seng closed at 25,837.84.", brief)] == ["value-mismatch"]


def test_the_model_writer_fills_the_markets_slots_and_passes(tmp_path, server, llm_key) -> None:
    """The real openai client against a local server whose "model" writes the markets from the
    prompt's abroad line: the slots fill with each market's own date and the draft has no error."""
    import llm_answers
    from llm_helpers import drafts_of, llm_pipeline, run_one

    server.responder = llm_answers.responder
    pipeline = llm_pipeline(tmp_path, server.base_url)
    assert run_one(pipeline, "SPY").status == "ok"
    [draft] = drafts_of(pipeline.store)
    assert draft.errors == []
    read = draft.article.cross_market
    assert "On Friday, Nov 20, the DAX rose 0.62%, the Nikkei 225 rose 0.41%, the Hang Seng fell " \
        "1.21%" in read
    assert "On Thursday, Nov 19, bitcoin rose 2.27%, EUR/USD fell 0.16%, USD/JPY rose 0.24%." in read


# ------------------------------------------------------------------ live bars
def every_day(first: date, last: date, start: float) -> list[Bar]:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [Bar(session=day, open=start + n, high=start + n + 5, low=start + n - 5, close=start + n + 1,
                volume=0) for n, day in enumerate(days)]


def test_a_live_bitcoin_bar_is_final_only_once_its_utc_day_has_ended(tmp_path) -> None:
    """Through the real Yahoo source and the store's bar cache: at Monday's US close the source
    already serves Monday's (still trading) UTC bar; it is not read, cached or taken as final, and
    Tuesday's run fetches it whole. Judged by the NYSE close instead, it would be cached as final."""
    from market_server import MarketServer, period_of, yahoo_chart

    from pipeline.config import HttpSourceConfig
    from pipeline.market.cache import CachedBars
    from pipeline.market.calendar import SessionCalendar
    from pipeline.market.crossmarket import own_calendars
    from pipeline.market.yahoo import YahooChartSource
    from pipeline.store import open_store

    bars = every_day(date(2026, 9, 1), date(2026, 11, 24), 90000.0)
    asked: list[tuple[date, date]] = []

    def feed(request):  # type: ignore[no-untyped-def]
        first, last = period_of(request)
        asked.append((first, last))
        return yahoo_chart("BTC-USD", [b for b in bars if first <= b.session <= last])

    calendars = own_calendars({"bitcoin": "BTC-USD"})
    with MarketServer() as server, open_store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        server.respond("/v8/finance/chart/", feed)

        def cached(now: datetime) -> CachedBars:
            source = YahooChartSource(HttpSourceConfig(base_url=server.base_url, timeout=5), "splits")
            return CachedBars(source, SessionCalendar("XNYS"), store, history_days=60, clock=lambda: now,
                              calendars=calendars)

        monday = cached(us_close(date(2026, 11, 23), time(16, 30))).load("BTC-USD")
        assert monday.bars[-1].session == date(2026, 11, 22)  # Sunday's UTC day, not Monday's
        assert store.cached_bars("yahoo", "BTC-USD").last_final == date(2026, 11, 22)
        tuesday = cached(us_close(date(2026, 11, 24), time(16, 30))).load("BTC-USD")
        assert asked[-1] == (date(2026, 11, 23), date(2026, 11, 23))  # Monday asked for again, whole
        assert tuesday.bars[-1] == next(b for b in bars if b.session == date(2026, 11, 23))
        reading = reading_on(MARKETS["bitcoin"], "BTC-USD", tuesday,
                             last_final_session(MARKETS["bitcoin"], us_close(date(2026, 11, 24))))
        assert reading.session == date(2026, 11, 23)
    assert set(calendars) == {"BTC-USD"} and calendars["BTC-USD"].code == "24/7"


def test_the_cross_market_read_follows_what_matters_to_each_instrument() -> None:
    """The outside markets come in the order they matter to the instrument (yields first for tech,
    oil and Europe first for the Dow, Asia first for tech), and the peer sentence starts from the
    instrument's own place in the group: first, last or between."""
    cfg = settings()

    def read(symbol: str, own: float | None = None) -> str:
        inst = cfg.instrument(symbol)
        snapshot = snapshot_for(symbol, seed=3, cfg=cfg).model_copy(update={"cross_markets": readings()})
        if own is not None:
            snapshot = snapshot.model_copy(update={"returns": snapshot.returns.model_copy(
                update={"change_1d_pct": own})})
        brief = brief_with(readings()).model_copy(update={"snapshot": snapshot, "tags": inst.tags,
                                                          "short_name": inst.display_name})
        return TemplateWriter().write(brief).cross_market

    tech, dow = read("QQQ"), read("DIA")
    assert tech.index("Hang Seng") < tech.index("DAX") < tech.index("itcoin") < tech.index("Gold")
    assert dow.index("Gold") < dow.index("DAX") < dow.index("Hang Seng") < dow.index("itcoin")
    peers = sorted(m.change_1d_pct for m in snapshot_for("QQQ", seed=3, cfg=cfg).related
                   if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK))
    top, last = read("QQQ", max(peers) + 1.0), read("QQQ", min(peers) - 1.0)
    first = ("No peer kept pace with the Nasdaq 100", "No peer held up as well as the Nasdaq 100",
             "Every peer finished behind the Nasdaq 100")
    assert top.startswith(first)
    assert last.startswith(("Every peer did better than the Nasdaq 100", "The Nasdaq 100 finished last"))
    between = read("QQQ", (peers[0] + peers[1]) / 2)
    assert "Nasdaq 100" in between.split(".")[0] and between.split(".")[0] not in (top, last)
