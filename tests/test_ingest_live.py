"""Live ingest end to end on local servers: the pipeline, the store's feed state, the CLI.

One failing feed never stops the others; a second run costs one 304 per
unchanged feed and loses nothing; validators are saved only with the items.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import write_config
from live_site import SESSION, feed_path, site_routes
from web_stub import WebStub, serve

from pipeline.config import FeedConfig, load_settings
from pipeline.contracts import FeedReport
from pipeline.ingest.http import LiveFetcher
from pipeline.ingest.limits import FetchPolicy
from pipeline.run import Pipeline
from pipeline.store import open_store
from pipeline.wiring import ALLOW_LOOPBACK_ENV, make_fetcher, make_market, make_writer

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 23, 0, tzinfo=UTC)


def live_settings(tmp_path: Path, feeds: list[FeedConfig]):  # noqa: ANN201
    settings = load_settings(cwd=tmp_path)
    ingest = settings.ingest.model_copy(update={"source": "live", "host_delay": 0.0,
                                                "per_host": 4, "url_deadline": 10.0})
    return settings.model_copy(update={"feeds": feeds, "ingest": ingest})


def pipeline_for(settings, store, fetcher) -> Pipeline:  # noqa: ANN001
    return Pipeline(settings, store, make_market(settings), make_writer(settings, store),
                    fetcher=fetcher, clock=lambda: NOW)


@pytest.fixture
def site():
    with WebStub() as stub:
        stub.routes.update(site_routes(stub.url(""), feeds=2, pages=3))
        stub.routes["/feeds/pdf"] = serve(b"%PDF-1.7", "application/pdf")
        yield stub


def site_feeds(stub: WebStub) -> list[FeedConfig]:
    return [
        FeedConfig(url=stub.url(feed_path(0)), publisher="Desk Zero"),
        FeedConfig(url="http://10.11.12.13/rss.xml", publisher="Intranet"),
        FeedConfig(url=stub.url(feed_path(1)), publisher="Desk One"),
        FeedConfig(url=stub.url("/feeds/pdf"), publisher="Not A Feed"),
        FeedConfig(url=stub.url("/feeds/missing.xml"), publisher="Gone"),
    ]


def test_live_ingest_stores_items_and_reports_each_feed(tmp_path, site) -> None:
    settings = live_settings(tmp_path, site_feeds(site))
    with open_store(f"sqlite:///{tmp_path / 'nd.db'}") as store, \
            LiveFetcher(FetchPolicy.from_config(settings.ingest, allow_loopback=True)) as fetcher:
        report = pipeline_for(settings, store, fetcher).ingest_only(SESSION)
        states = store.feed_states()
    result = report.ingest
    assert result is not None
    by_publisher = {f.publisher: f for f in result.feeds}
    assert [f.status for f in result.feeds] == ["ok", "failed", "ok", "failed", "failed"]
    assert by_publisher["Intranet"].reason == "blocked-address"
    assert by_publisher["Not A Feed"].reason == "bad-content-type"
    assert by_publisher["Gone"].reason == "http-status"
    assert by_publisher["Desk Zero"].etag == '"desk-0-v1"'
    assert report.news_new == 6 and len(result.items) == 6
    assert (result.pages.ok, result.pages.failed) == (6, 0)
    assert all(item.has_content and "utm_source" not in item.url for item in result.items)
    assert all(item.published_at and item.published_at.tzinfo is UTC for item in result.items)
    assert {item.publisher for item in result.items} == {"Desk Zero", "Desk One"}
    assert states[site.url(feed_path(0))].etag == '"desk-0-v1"'
    assert states["http://10.11.12.13/rss.xml"].last_reason == "blocked-address"


def test_a_second_run_costs_one_304_per_unchanged_feed_and_loses_nothing(tmp_path, site) -> None:
    settings = live_settings(tmp_path, site_feeds(site)[:1] + site_feeds(site)[2:3])
    db = f"sqlite:///{tmp_path / 'nd.db'}"
    policy = FetchPolicy.from_config(settings.ingest, allow_loopback=True)
    with open_store(db) as store, LiveFetcher(policy) as fetcher:
        first = pipeline_for(settings, store, fetcher).ingest_only(SESSION)
        requests_before = len(site.requests)
        second = pipeline_for(settings, store, fetcher).ingest_only(SESSION)
        stored = store.news_items()
    assert first.news_new == 6
    assert second.ingest is not None
    assert [f.status for f in second.ingest.feeds] == ["unchanged", "unchanged"]
    assert len(site.requests) - requests_before == 2  # one conditional GET per feed, no pages
    assert all(r.headers.get("if-none-match") for r in site.requests[requests_before:])
    assert len(stored) == 6


def test_validators_are_saved_only_after_the_items(tmp_path, site, monkeypatch) -> None:
    """A crash while storing items leaves no validators, so the next run refetches in full."""
    settings = live_settings(tmp_path, site_feeds(site)[:1])
    db = f"sqlite:///{tmp_path / 'nd.db'}"
    policy = FetchPolicy.from_config(settings.ingest, allow_loopback=True)
    with open_store(db) as store, LiveFetcher(policy) as fetcher:
        def broken(items):  # noqa: ANN001, ANN202
            raise RuntimeError("disk full")

        monkeypatch.setattr(store, "upsert_news", broken)
        with pytest.raises(RuntimeError):
            pipeline_for(settings, store, fetcher).ingest_only(SESSION)
        assert store.feed_states() == {}
        monkeypatch.undo()
        again = pipeline_for(settings, store, fetcher).ingest_only(SESSION)
    assert again.ingest is not None and again.ingest.feeds[0].status == "ok"
    assert again.news_new == 3


def test_a_failed_fetch_keeps_the_last_good_validators(tmp_path) -> None:
    url = "https://a.example/feed.xml"
    with open_store(f"sqlite:///{tmp_path / 'nd.db'}") as store:
        store.save_feed_states([FeedReport(feed_url=url, publisher="A", ok=True, etag='"e1"',
                                           last_modified="Fri, 20 Nov 2026 21:30:00 GMT")])
        store.save_feed_states([FeedReport(feed_url=url, publisher="A", ok=False, status="failed",
                                           reason="deadline", error="slow")])
        state = store.feed_states()[url]
    assert (state.etag, state.last_status, state.last_reason) == ('"e1"', "failed", "deadline")
    assert state.last_ok_at is not None


def test_make_fetcher_allows_loopback_only_under_the_test_switch(tmp_path, monkeypatch) -> None:
    settings = live_settings(tmp_path, [])
    monkeypatch.delenv(ALLOW_LOOPBACK_ENV, raising=False)
    fetcher = make_fetcher(settings)
    assert isinstance(fetcher, LiveFetcher) and not fetcher.policy.allow_loopback
    monkeypatch.setenv(ALLOW_LOOPBACK_ENV, "1")
    fetcher = make_fetcher(settings)
    assert isinstance(fetcher, LiveFetcher) and fetcher.policy.allow_loopback


def test_packaged_defaults_fetch_safely(tmp_path) -> None:
    policy = FetchPolicy.from_config(load_settings(cwd=tmp_path).ingest)
    assert (policy.connect_timeout, policy.read_timeout, policy.deadline) == (5.0, 10.0, 30.0)
    assert (policy.max_redirects, policy.max_bytes, policy.allow_loopback) == (3, 5_000_000, False)


# --- the CLI ---------------------------------------------------------------------------------

def run_cli(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": "200", ALLOW_LOOPBACK_ENV: "1"}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_ingest_live_prints_a_summary_and_exit_code(tmp_path, site) -> None:
    feeds = "".join(f'\n[[feeds]]\nurl = "{f.url}"\npublisher = "{f.publisher}"\n'
                    for f in site_feeds(site)[:3])
    write_config(tmp_path, "host_delay = 0.0\n" + feeds)
    first = run_cli(tmp_path, "ingest", "--live", "--session", str(SESSION))
    assert first.returncode == 1, first.stderr  # one of three feeds failed
    assert "2 ok, 0 unchanged, 1 failed" in first.stdout
    assert "6 new, 0 already stored" in first.stdout
    assert "[blocked-address] http://10.11.12.13/rss.xml" in first.stdout
    assert "6 with text, 0 no content, 0 failed" in first.stdout
    second = run_cli(tmp_path, "ingest", "--live", "--session", str(SESSION))
    assert "0 ok, 2 unchanged, 1 failed" in second.stdout
    assert "0 new" in second.stdout


def test_cli_ingest_live_without_the_switch_blocks_loopback(tmp_path, site) -> None:
    write_config(tmp_path, f'\n[[feeds]]\nurl = "{site.url(feed_path(0))}"\npublisher = "Z"\n')
    env = {k: v for k, v in os.environ.items() if k != ALLOW_LOOPBACK_ENV}
    env["COLUMNS"] = "200"
    done = subprocess.run([sys.executable, "-m", "pipeline", "ingest", "--live", "--session",
                           str(SESSION)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 3  # every feed failed
    assert "[blocked-address]" in done.stdout and "127.0.0.1 is loopback" in done.stdout
    assert site.requests == []
