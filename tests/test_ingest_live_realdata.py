"""Every saved real feed (../shared/realdata/feeds) through the live path's parser.

The live path parses each feed in a worker process under a per-feed time limit
(`IsolatedParser`); here every file goes through it, ill-formed ones included.
No exception may escape (a parse failure is an IngestError for that feed),
each feed finishes within the limit, and the counts are printed (`-s`).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from pipeline.config import FeedConfig
from pipeline.errors import IngestError
from pipeline.ingest.isolate import IsolatedParser

pytestmark = pytest.mark.realdata

PER_FEED_LIMIT = 10.0
FETCHED = datetime(2026, 11, 21, tzinfo=UTC)


def test_every_real_feed_parses_in_the_worker_within_the_limit(realdata) -> None:
    paths = sorted(p for p in (realdata / "feeds").rglob("*") if p.is_file() and p.suffix == ".xml")
    assert len(paths) >= 200
    yielded = bozo = failed = entries = 0
    slowest = (0.0, "")
    illformed = [p for p in paths if "illformed" in p.parts]
    with IsolatedParser(PER_FEED_LIMIT) as parse:
        parse(b"<rss version='2.0'><channel/></rss>", FeedConfig(url="https://w.example/",
                                                                 publisher="warm-up"), FETCHED)
        for path in paths:
            feed = FeedConfig(url=f"https://realdata.example/{path.name}", publisher="realdata")
            started = time.monotonic()
            try:
                parsed = parse(path.read_bytes(), feed, FETCHED)
            except IngestError as exc:
                failed += 1
                print(f"\n{path.name}: {exc}")
                continue
            finally:
                seconds = time.monotonic() - started
                slowest = max(slowest, (seconds, path.name))
            assert seconds < PER_FEED_LIMIT, path
            yielded += bool(parsed.entries)
            entries += len(parsed.entries)
            bozo += parsed.bozo is not None
    print(f"\nrealdata feeds in the worker: {len(paths)} files ({len(illformed)} ill-formed), "
          f"{yielded} yielded entries ({entries} in all), {bozo} bozo, {failed} failed; "
          f"slowest {slowest[1]} {slowest[0]:.3f} s")
    assert failed == 0
    assert yielded >= 20
    assert len(illformed) >= 19
