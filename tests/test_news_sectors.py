"""An instrument's part of the market (InstrumentConfig.sectors) and a session's shared-out lines
(ednews2, stop 48).

- own_names reads an instrument's configured aliases when given them; own_terms adds its sectors.
- A same-day story headlined on the instrument's sector is selected for it though it never names the
  index (news day 2025-01-27: 'Chip stocks sink before the open ...' for the Nasdaq 100), and its
  line quoted is a line that stands alone (not 'The company's assistant app climbed ...').
- News day 2024-12-18: the calendar story has two look-ahead lines for four articles; two quote them,
  the other two tell the story's dated event in their own words, so no line is quoted twice.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, news_day_cases, news_days, packaged_settings, realdata_present  # noqa: E402
from editorial_metrics import same_quoted_line_articles  # noqa: E402

from pipeline.config import InstrumentConfig  # noqa: E402
from pipeline.contracts import Severity  # noqa: E402
from pipeline.stories import own_names, own_terms  # noqa: E402


def test_own_names_read_the_aliases_and_own_terms_the_sectors() -> None:
    assert own_names("IWM", "Small caps").search("Russell 2000 posts its best day") is None
    assert own_names("IWM", "Small caps", ["Russell 2000"]).search("Russell 2000 posts its best day")
    terms = own_terms("QQQ", "The Nasdaq 100", ["Nasdaq"], ["chip stocks", "chipmakers"])
    assert terms.search("Chip stocks sink before the open")
    assert terms.search("Shares of chipmakers slid")
    assert not terms.search("Egg prices climb again as bird flu thins flocks")


def test_sectors_are_optional_and_packaged_for_the_four_etfs() -> None:
    bare = InstrumentConfig(symbol="XLE", name="Energy Select Sector SPDR Fund", kind="etf")
    assert bare.sectors == []
    settings = packaged_settings()
    for symbol in ("SPY", "QQQ", "IWM", "DIA"):
        assert settings.instrument(symbol).sectors, symbol
    assert "chipmakers" in settings.instrument("QQQ").sectors


@pytest.fixture(scope="module")
def days() -> dict[date, dict[str, Case]]:
    if not realdata_present():
        pytest.skip("../shared/realdata is absent")
    wanted = [d for d in news_days() if d.session in (date(2024, 12, 18), date(2025, 1, 27))]
    out: dict[date, dict[str, Case]] = {}
    for case in news_day_cases(wanted):
        out.setdefault(case.snapshot.session, {})[case.snapshot.symbol] = case
    return out


def test_a_story_headlined_on_the_sector_is_the_instruments(days: dict[date, dict[str, Case]]) -> None:
    chips = "Chip stocks sink before the open as a Chinese AI app tops download charts"
    qqq = days[date(2025, 1, 27)]["QQQ"]
    titles = [s.title for s in qqq.article.sources]
    assert chips in titles
    told = " ".join(qqq.article.analysis)
    assert "\u201cshares of chipmakers slid" in told
    assert "company\u2019s assistant app" not in told
    for symbol in ("SPY", "IWM", "DIA"):  # not their part of the market
        assert chips not in [s.title for s in days[date(2025, 1, 27)][symbol].article.sources]


def test_no_calendar_line_is_quoted_twice(days: dict[date, dict[str, Case]]) -> None:
    day = list(days[date(2024, 12, 18)].values())
    assert same_quoted_line_articles(day) == 1.0
    # the story's 'Jan. 29' in the article's own date style (story_dated_events), read alike by the verifier
    told = re.compile(r"central bank's next decision \(Jan 29\)|Jan 29, the central")
    own_words = [c for c in day if told.search(" ".join(c.article.analysis))]
    assert len(own_words) == 2
    for cases in days.values():
        for c in cases.values():
            assert all(f.severity != Severity.ERROR for f in c.findings), c.snapshot.symbol
