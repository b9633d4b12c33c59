"""Themes and sectors from `[[themes]]`, and relevance: headline > lead > body, source weight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.config import ThemeConfig, load_settings
from pipeline.contracts import NewsItem
from pipeline.ingest.tagging import rank_for, relevance, tag_themes

SETTINGS = load_settings()
THEMES = SETTINGS.themes
IWM = SETTINGS.instrument("IWM")
NOW = datetime(2026, 11, 20, 22, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fed held rates; Powell spoke after the FOMC meeting.", ["fed"]),
    ("Treasury yields rose as traders priced fewer rate cuts.", ["rates"]),
    ("CPI cooled in October while consumer prices rose 0.2%.", ["inflation"]),
    ("Brent crude rose after OPEC extended cuts.", ["oil"]),
    ("Sanctions and tensions in the Middle East weighed on stocks.", ["geopolitics"]),
    ("Chipmakers and software shares led; banks lagged.", ["technology", "financials"]),
    ("Homebuilders rallied as housing starts beat forecasts.", ["real-estate"]),
])
def test_themes_and_sectors_from_the_packaged_aliases(text, expected):
    assert tag_themes(text, THEMES) == expected


def test_theme_aliases_match_whole_words_and_tickers_by_case():
    assert tag_themes("The spoils of warfare; an oily rag; cpi in lower case.", THEMES) == []
    assert THEMES[0].kind == "macro" and any(t.kind == "sector" for t in THEMES)
    custom = [ThemeConfig(name="ai", aliases=["AI", "artificial intelligence"])]
    assert tag_themes("AI spending rose", custom) == ["ai"]
    assert tag_themes("said the aide", custom) == []


def test_a_theme_needs_aliases():
    with pytest.raises(ValueError):
        ThemeConfig(name="empty", aliases=[])


def _item(n: int, title: str, text: str, *, weight: float = 1.0, summary: str = "") -> NewsItem:
    return NewsItem(item_id=f"{n:016x}", title=title, url=f"https://a.example/{n}", publisher="W",
                    feed_url="https://a.example/rss", published_at=NOW, fetched_at=NOW, summary=summary,
                    text=text, has_content=True, content_hash=f"{n:064x}", symbols=["IWM"],
                    source_weight=weight)


FILLER = "Stocks moved in a narrow range as traders waited for data. " * 10


def test_headline_beats_lead_beats_body():
    headline = _item(1, "Small caps rally", FILLER)
    lead = _item(2, "Stocks mixed", "Small caps led the gains. " + FILLER)
    body = _item(3, "Stocks mixed", FILLER + "Small caps also rose.")
    scores = [relevance(i, IWM, now=NOW) for i in (headline, lead, body)]
    assert scores[0] > scores[1] > scores[2] > 0


def test_source_weight_scales_relevance_and_ranking():
    trusted = _item(1, "Small caps rally", FILLER, weight=1.5)
    same = _item(2, "Small caps rally", FILLER, weight=1.0)
    minor = _item(3, "Small caps rally", FILLER, weight=0.5)
    assert rank_for([minor, same, trusted], IWM, 2, now=NOW) == [trusted, same]


def test_feed_weight_is_configurable(tmp_path):
    config = tmp_path / "newsdesk.toml"
    config.write_text('[[feeds]]\nurl = "https://a.example/rss"\npublisher = "A"\nweight = 2.5\n')
    assert load_settings(config).feeds[0].weight == 2.5
