"""An article links only URLs the fetcher itself would fetch (`addresses.linkable` judges)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from cli_helpers import write_config
from store_factories import make_news

from pipeline.config import load_settings
from pipeline.ingest import rank_for
from pipeline.ingest.addresses import linkable
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)
PUBLISHED = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
REFUSED = ["http://2130706433:18001/small-caps", "http://127.0.0.1/small-caps",
           "http://169.254.169.254/latest", "http://①②⑦.0.0.1/x", "file:///etc/passwd"]


@pytest.mark.parametrize("url", REFUSED)
def test_linkable_agrees_with_the_fetcher(url):
    assert not linkable(url)


def test_linkable_accepts_public_urls_and_loopback_only_under_the_switch():
    assert linkable("https://news.example.com/a") and linkable("http://8.8.8.8/feed")
    assert linkable("http://127.0.0.1:8000/a", allow_loopback=True)


def _story(n, url, title):
    story = make_news(n, url=url, title=title, symbols=("IWM",), published_at=PUBLISHED)
    text = f"{title}. Small caps rallied as the Russell 2000 index rose on the day. " * 8
    return story.model_copy(update={"text": text})


def test_rank_for_never_offers_a_refused_url():
    settings = load_settings(cwd=None)
    stories = [_story(i, url, f"IWM jumps as small caps rally {i}") for i, url in enumerate(REFUSED)]
    fine = _story(9, "https://news.example.com/iwm", "IWM rises as small caps rally")
    ranked = rank_for([*stories, fine], settings.instrument("IWM"), 5, session=SESSION)
    assert [item.url for item in ranked] == [fine.url]


def test_a_run_does_not_link_a_source_the_fetcher_refuses(tmp_path):
    settings = load_settings(write_config(tmp_path))
    pipeline = make_pipeline(settings, ingest=False)
    refused = _story(1, REFUSED[0], "IWM jumps as small caps rally to a record")
    fine = _story(2, "https://news.example.com/iwm-record", "IWM climbs as small caps rally")
    pipeline.store.upsert_news([refused, fine])
    report = pipeline.run(SESSION, ["IWM"], do_ingest=False)
    (outcome,) = report.outcomes
    assert outcome.ok, outcome.reason
    cited = [source.url for source in pipeline.store.get_draft(outcome.draft_id).article.sources]
    assert fine.url in cited and refused.url not in cited
    for path in outcome.files:
        if path.suffix in {".md", ".html", ".json"}:
            assert "2130706433" not in path.read_text("utf-8"), path
