"""`newsdesk ingest [--live]`: fetch the configured feeds and their pages, store new items.

Progress goes to stderr (feeds and pages fetched so far); the summary to stdout:
feeds ok / unchanged (HTTP 304) / failed with the reason code of each failure,
items new / already stored / duplicates collapsed / flagged, pages with text /
without / failed. Exit codes: 0 every feed ok or unchanged; 1 some feeds failed;
3 every feed failed (nothing could be fetched).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click
from rich.console import Console

from .cli_context import Context, err, out
from .cli_context import parse_session as _session
from .config import Settings
from .contracts import IngestResult

if TYPE_CHECKING:  # the ingest stage, the pipeline and rich's progress and tables load with the command
    from rich.progress import Progress

    from .ingest import FetchedDocument, Fetcher
    from .run import RunReport


class _Tally:
    """Counts fetches as they finish and shows them on a rich progress display."""

    def __init__(self, bar: Progress, feeds: int) -> None:
        self._bar = bar
        self._lock = threading.Lock()
        self._feeds = bar.add_task("feeds", total=feeds or None)
        self._pages = bar.add_task("pages", total=None)
        self.failed = 0

    def done(self, kind: str, ok: bool) -> None:
        with self._lock:
            self.failed += not ok
            self._bar.advance(self._feeds if kind == "feed" else self._pages)


class ObservedFetcher:
    """Wraps a fetcher and reports each finished fetch to a `_Tally`."""

    def __init__(self, inner: Fetcher, tally: _Tally) -> None:
        self.inner = inner
        self.tally = tally

    def fetch(self, url: str) -> FetchedDocument:
        return self._observed("page", lambda: self.inner.fetch(url))

    def fetch_feed(self, url: str, etag: str | None = None,
                   last_modified: str | None = None) -> FetchedDocument:
        from .ingest import FeedFetcher

        if isinstance(self.inner, FeedFetcher):
            inner = self.inner
            return self._observed("feed", lambda: inner.fetch_feed(url, etag, last_modified))
        return self._observed("feed", lambda: self.inner.fetch(url))

    def _observed(self, kind: str, call: Callable[[], FetchedDocument]) -> FetchedDocument:
        try:
            document = call()
        except Exception:
            self.tally.done(kind, ok=False)
            raise
        self.tally.done(kind, ok=True)
        return document


@contextmanager
def _progress(feeds: int) -> Iterator[_Tally]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description:>6}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)
    with bar:
        yield _Tally(bar, feeds)


def _live(settings: Settings) -> Settings:
    return settings.model_copy(
        update={"ingest": settings.ingest.model_copy(update={"source": "live"})})


@click.command()
@click.option("--session", help="Session the news is for (default: newest session in the data).")
@click.option("--live", is_flag=True,
              help="Fetch the configured [[feeds]] from the web (source = live for this run).")
@click.pass_obj
def ingest(obj: Context, session: str | None, live: bool) -> None:
    """Fetch the configured feeds and their pages; store new items.

    Exit code 0: every feed ok or unchanged; 1: some failed; 3: all failed.
    """
    from .wiring import make_pipeline

    settings = _live(obj.settings) if live else obj.settings
    pipeline = make_pipeline(settings)
    try:
        with _progress(len(settings.feeds)) as tally:
            assert pipeline.fetcher is not None
            pipeline.fetcher = ObservedFetcher(pipeline.fetcher, tally)
            report = pipeline.ingest_only(_session(session))
    finally:
        pipeline.store.close()
    print_summary(out, report)
    sys.exit(exit_code(report.ingest))


def exit_code(result: IngestResult | None) -> int:
    if result is None or not result.feeds:
        return 0
    failed = sum(f.status == "failed" for f in result.feeds)
    return 0 if failed == 0 else 3 if failed == len(result.feeds) else 1


def print_summary(console: Console, report: RunReport) -> None:
    from rich.table import Table

    from .views import feed_counts, item_counts, print_failed_feeds

    result = report.ingest
    if result is None:
        console.print("no ingest ran (no fetcher configured)")
        return
    pages = result.pages
    table = Table(title=f"Ingest for session {report.session}", show_header=False)
    table.add_column("what")
    table.add_column("counts")
    table.add_row("feeds", feed_counts(result))
    table.add_row("items", item_counts(report, result))
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(pages.reasons.items()))
    table.add_row("pages", f"{pages.ok} with text, {pages.no_content} no content, "
                           f"{pages.failed} failed" + (f" ({reasons})" if reasons else ""))
    console.print(table)
    print_failed_feeds(console, result)
