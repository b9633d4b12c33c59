"""Symbol tagging from aliases, relevance and ranking, on the packaged instruments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.contracts import NewsItem
from pipeline.ingest.normalize import content_hash
from pipeline.ingest.tagging import (
    is_ticker_term,
    rank_for,
    relevance,
    symbols_about,
    tag_symbols,
)

SETTINGS = load_settings(cwd=Path(__file__).parent / "data" / "ingest")  # packaged defaults
INSTRUMENTS = SETTINGS.instruments
NOW = datetime(2026, 11, 20, 22, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("IWM jumped 2% as small caps rallied", ["IWM"]),
    ("Small-cap stocks beat large caps", ["IWM", "SPY"]),
    ("The Russell 2000 index hit a record", ["IWM", "^RUT"]),
    ("Russell 2000 futures rose", ["IWM"]),
    ("RTY futures rose", ["IWM"]),
    ("$SPY and (QQQ) both fell; NYSEARCA:DIA flat", ["SPY", "QQQ", "DIA"]),
    ("The S&P 500 index closed higher", ["SPY", "^GSPC"]),
    ("The Nasdaq-100 index slid", ["QQQ", "^NDX"]),
    ("The Nasdaq 100 slid as megacap tech sold off", ["QQQ"]),
    ("The Dow Jones Industrial Average eased", ["DIA", "^DJI"]),
    ("the dow fell 200 points", ["DIA"]),
    ("The VIX spiked; the fear gauge rose", ["^VIX"]),
    ("Wall Street's volatility index fell", ["^VIX"]),
])
def test_true_positives(text, expected):
    assert tag_symbols(text, INSTRUMENTS) == expected


@pytest.mark.parametrize("text", [
    "Media companies held steady",             # "dia" inside "media"
    "Funds focused on India were flat",       # "dia" inside "India"
    "Analysts at Dowling & Partners said",    # "Dow" inside "Dowling"
    "A spy thriller topped the box office",   # lowercase "spy" is not the ticker
    "Spy agencies warned of cyber risk",
    "dia de los muertos",
    "The Qqq conference; iwm; vix; rty",     # tickers match only in capitals
    "Russellville council met; Nasdaqs plural; Dowager",
    "SPYDER, DIAL and IWMX are other names",  # tickers are whole words
    "Mediaset, Indiana, Claudia",
])
def test_false_positive_traps(text):
    assert tag_symbols(text, INSTRUMENTS) == []


def test_index_symbols_match_only_their_aliases():
    assert tag_symbols("^RUT and RUT and GSPC were quoted", INSTRUMENTS) == []


def test_ticker_terms():
    assert is_ticker_term("IWM") and is_ticker_term("S&P")
    assert not is_ticker_term("Dow") and not is_ticker_term("small caps")
    assert not is_ticker_term("NASDAQ100")  # too long for a ticker: case-insensitive


def item(title: str, text: str = "", *, hours_ago: float = 1.0, has_content: bool = True,
         summary: str = "") -> NewsItem:
    digest = content_hash(title, text)
    return NewsItem(
        item_id=digest[:16], title=title, url=f"https://x.example/{digest[:8]}",
        publisher="P", feed_url="https://x.example/rss",
        published_at=NOW - timedelta(hours=hours_ago), fetched_at=NOW, summary=summary,
        text=text, has_content=has_content, content_hash=digest,
        symbols=tag_symbols("\n".join((title, summary, text)), INSTRUMENTS),
    )


def test_symbols_about_direct_or_via_index():
    iwm = SETTINGS.instrument("IWM")
    direct = item("IWM rallies")
    via_both = item("Russell 2000 index at a record")
    unrelated = item("Dow slips")
    assert symbols_about(direct, iwm) == ["IWM"]
    assert symbols_about(via_both, iwm) == ["IWM", "^RUT"]
    assert symbols_about(unrelated, iwm) == []

    index_only = via_both.model_copy(update={"symbols": ["^RUT"]})
    assert symbols_about(index_only, iwm) == ["^RUT"]
    assert relevance(index_only, iwm, now=NOW) > 0


def test_relevance_title_beats_body_and_recent_beats_old():
    iwm = SETTINGS.instrument("IWM")
    in_title = item("Small caps rally", "Stocks rose. " * 30)
    in_body = item("Stocks rise on Friday", "Small caps rallied. " * 3 + "Stocks rose. " * 30)
    old = item("Small caps rally", "Stocks rose. " * 30, hours_ago=24 * 6)
    unrelated = item("Dow slips", "Blue chips eased. " * 30)

    assert relevance(in_title, iwm, now=NOW) > relevance(in_body, iwm, now=NOW) > 0
    assert relevance(in_title, iwm, now=NOW) > relevance(old, iwm, now=NOW)
    assert relevance(unrelated, iwm, now=NOW) == 0.0


def test_rank_for_picks_the_best_few_and_never_unrelated():
    iwm = SETTINGS.instrument("IWM")
    items = [
        item("Dow slips", "Blue chips eased. " * 30),
        item("Stocks mixed", "Small caps edged up. " * 2, hours_ago=3),
        item("IWM jumps as small caps rally", "Small caps rallied. " * 5),
        item("Russell 2000 index hits a record", "The Russell 2000 rose. " * 3, hours_ago=2),
        item("Small caps rally, old", "Small caps. " * 5, hours_ago=24 * 6),
    ]
    ranked = rank_for(items, iwm, 3)

    assert [i.title for i in ranked] == [
        "IWM jumps as small caps rally", "Russell 2000 index hits a record",
        "Small caps rally, old",
    ]
    assert rank_for(items, iwm, 0) == []
    assert len(rank_for(items, iwm, 10)) == 4
    assert rank_for(items, iwm, 3) == ranked  # deterministic without `now`


def test_rank_for_measures_recency_from_the_session():
    iwm = SETTINGS.instrument("IWM")
    fresh = item("Small caps rally", "Small caps. " * 5, hours_ago=2)
    older = item("Small caps slip", "Small caps. " * 5, hours_ago=30)
    session = NOW.date()
    assert rank_for([older, fresh], iwm, 2, session=session) == [fresh, older]
    at_end = datetime(2026, 11, 21, tzinfo=UTC)
    assert relevance(fresh, iwm, now=at_end) > relevance(older, iwm, now=at_end)


def test_many_instruments_tag_as_each_one_alone():
    """Past 256 instruments (the old pattern cache) and with the first-word filter, a text is
    tagged with exactly the instruments whose own matcher finds it."""
    from pipeline.config import InstrumentConfig
    from pipeline.ingest.tagging import mentions

    extra = [InstrumentConfig(symbol=f"Z{n:03d}", name=f"Fund {n}", kind="etf",
                              aliases=[f"Alpha {n} fund", f"beta-{n}", f"G&{n}"]) for n in range(600)]
    everyone = [*INSTRUMENTS, *extra]
    texts = ["Alpha 12 fund rose while BETA-480 fell; G&599 flat and Z007 up",
             "The S&P 500 index closed higher; alpha 99 Fund too", "Z0071 and alpha 12 funds", ""]
    for text in texts * 2:
        assert tag_symbols(text, everyone) == [i.symbol for i in everyone if mentions(text, i)]
    assert tag_symbols(texts[0], everyone) == ["Z007", "Z012", "Z480", "Z599"]
