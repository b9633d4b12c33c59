"""Live ingest throughput on a local server: N feeds x M article pages, the whole path.

Each feed is its own host name (desk0.bench.test, ...; a bench resolver maps them
to 127.0.0.1 under the test-only loopback allowance), so per-host politeness
applies as it would on the web. The run goes through `ingest()`: concurrent
conditional feed GETs, feed parsing in the time-limited worker process, concurrent
page GETs with every safety check, extraction, tagging, dedupe. A second run shows
the cost of unchanged feeds (one 304 each). Figures only, no asserts.
Usage: python bench/ingest_bench.py [--feeds N] [--pages M] [--workers W] [--host-delay S]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the stub server and the made-up site live with the tests

from live_site import SESSION, feed_path, site_routes  # noqa: E402
from web_stub import WebStub  # noqa: E402

from pipeline.config import FeedConfig, Settings, load_settings  # noqa: E402
from pipeline.contracts import IngestResult  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.ingest.gather import fetch_all  # noqa: E402
from pipeline.ingest.http import LiveFetcher  # noqa: E402
from pipeline.ingest.limits import FetchPolicy  # noqa: E402

NOW = datetime(2026, 11, 20, 23, 0, tzinfo=UTC)


def bench_resolver(host: str, port: int) -> list[str]:
    if host == "127.0.0.1" or host.endswith(".bench.test"):
        return ["127.0.0.1"]
    raise OSError(f"{host}: not a bench host")


def settings_for(stub: WebStub, feeds: int, workers: int, host_delay: float) -> Settings:
    settings = load_settings(cwd=Path(tempfile.mkdtemp()))
    configured = [FeedConfig(url=stub.url(feed_path(i), host=f"desk{i}.bench.test"),
                             publisher=f"Desk {i}") for i in range(feeds)]
    ingest_config = settings.ingest.model_copy(
        update={"source": "live", "workers": workers, "host_delay": host_delay})
    return settings.model_copy(update={"feeds": configured, "ingest": ingest_config})


def routes_for(stub: WebStub, feeds: int, pages: int) -> None:
    for i in range(feeds):  # each feed links to pages on its own host
        for path, route in site_routes(stub.url("", host=f"desk{i}.bench.test"), i + 1,
                                       pages).items():
            if path.startswith((f"/feeds/{i}.", f"/news/{i}/")):
                stub.routes[path] = route


def timed(settings: Settings, fetcher: LiveFetcher, state: dict) -> tuple[IngestResult, float]:
    started = time.perf_counter()
    result = ingest(settings, fetcher, now=NOW, session=SESSION, feed_state=state)
    return result, time.perf_counter() - started


def report(label: str, result: IngestResult, seconds: float, requests: int) -> None:
    feeds = len(result.feeds)
    pages = result.pages.ok + result.pages.no_content + result.pages.failed
    statuses = {s: sum(f.status == s for f in result.feeds) for s in ("ok", "unchanged", "failed")}
    print(f"  {label:<14} {seconds:6.2f} s  {feeds / seconds:7.1f} feeds/s  "
          f"{pages / seconds:7.1f} pages/s  ({statuses}, {pages} pages, {len(result.items)} items, "
          f"{requests} HTTP requests)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--pages", type=int, default=10, help="pages per feed")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--host-delay", type=float, default=0.0,
                        help="seconds between requests to one host (packaged default 0.5)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with WebStub() as stub:
        routes_for(stub, args.feeds, args.pages)
        settings = settings_for(stub, args.feeds, args.workers, args.host_delay)
        policy = FetchPolicy.from_config(settings.ingest, allow_loopback=True)
        print(f"live ingest: {args.feeds} feeds x {args.pages} pages on 127.0.0.1, "
              f"{args.workers} workers, {policy.per_host} per host, host delay {policy.host_delay} s")
        with LiveFetcher(policy, resolver=bench_resolver) as fetcher:
            first, seconds = timed(settings, fetcher, {})
            report("first run", first, seconds, len(stub.requests))
            urls = [i.url for i in first.items]
            started = time.perf_counter()
            fetch_all(urls, fetcher.fetch, args.workers)
            seconds = time.perf_counter() - started
            print(f"  {'fetch only':<14} {seconds:6.2f} s  {len(urls) / seconds:7.1f} pages/s  "
                  "(the same pages, fetched and checked, not extracted)")
            state = {f.feed_url: f for f in first.feeds}
            before = len(stub.requests)
            again, seconds = timed(settings, fetcher, state)
            report("unchanged", again, seconds, len(stub.requests) - before)


if __name__ == "__main__":
    main()
