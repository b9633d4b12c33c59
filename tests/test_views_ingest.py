"""The ingest line of `newsdesk run` says what `newsdesk ingest` says: feeds ok / unchanged /
failed with reasons, items new / already stored / collapsed / flagged."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rich.console import Console
from store_factories import make_news

from pipeline import cli, views  # cli first: it imports cli_ingest, which imports it back
from pipeline.cli_ingest import print_summary
from pipeline.contracts import FeedReport, IngestResult
from pipeline.run import RunReport

NOW = datetime(2026, 11, 20, 22, tzinfo=UTC)
assert cli.cli is not None


def report() -> RunReport:
    feeds = [
        FeedReport(feed_url="https://a.example/rss", publisher="A", ok=True, entries=4),
        FeedReport(feed_url="https://b.example/rss", publisher="B", ok=True, status="unchanged"),
        FeedReport(feed_url="https://c.example/rss", publisher="C", ok=True, status="unchanged"),
        FeedReport(feed_url="https://d.example/rss", publisher="D", ok=False, status="failed",
                   reason="timeout", error="https://d.example/rss: timeout: no answer in 10 s"),
        FeedReport(feed_url="http://10.0.0.1/rss", publisher="E", ok=False, status="failed",
                   reason="blocked-address", error="http://10.0.0.1/rss: blocked-address: private"),
        FeedReport(feed_url="https://f.example/rss", publisher="F", ok=False, status="failed",
                   reason="timeout", error="https://f.example/rss: timeout: no answer in 10 s"),
    ]
    items = [make_news(1), make_news(2).model_copy(update={"flags": ["injection:comment"]}),
             make_news(3)]
    result = IngestResult(items=items, feeds=feeds, duplicates=2, started_at=NOW, finished_at=NOW)
    return RunReport(run_id="r" * 32, session=date(2026, 11, 20), ingest=result, news_new=2,
                     news_seen=1)


def printed(show, *args) -> str:  # noqa: ANN001
    console = Console(record=True, width=100, force_terminal=False)
    show(console, *args)
    return console.export_text()


def test_the_run_ingest_line_has_unchanged_feeds_reasons_and_flagged_items() -> None:
    text = printed(views.print_ingest, report())
    first, *rest = text.splitlines()
    assert first == ("ingest: feeds 1 ok, 2 unchanged, 3 failed (blocked-address 1, timeout 2); "
                     "items 2 new, 1 already stored, 2 duplicates collapsed, 1 flagged")
    assert rest == ["  failed [timeout] https://d.example/rss: no answer in 10 s",
                    "  failed [blocked-address] http://10.0.0.1/rss: private",
                    "  failed [timeout] https://f.example/rss: no answer in 10 s"]


def test_newsdesk_ingest_reports_the_same_counts() -> None:
    run_line = printed(views.print_ingest, report())
    summary = printed(print_summary, report())
    for part in ("1 ok, 2 unchanged, 3 failed (blocked-address 1, timeout 2)",
                 "2 new, 1 already stored, 2 duplicates collapsed, 1 flagged",
                 "failed [blocked-address] http://10.0.0.1/rss: private"):
        assert part in run_line and part in summary
