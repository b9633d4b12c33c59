"""Feed parsing under a hard time limit: `parse_feed` in a worker process killed on timeout.

feedparser is pure Python over untrusted bytes; a feed can find a slow path
(its author e-mail regex is quadratic) that no field cap anticipated. Here each
feed is parsed in a worker process (`worker.Worker`, a plain subprocess, never
multiprocessing, so callers need no `if __name__ == "__main__":` guard); a
parse that outlives `timeout` seconds kills the worker (the next feed gets a
fresh one) and that feed fails with "parse-timeout"; a worker that dies fails
its feed with "parse-crash". The worker's address space is capped as well, so
an entity expansion that slipped past expat's own limits ends in MemoryError,
not swap.
"""

from __future__ import annotations

import logging
from datetime import datetime
from types import TracebackType
from typing import Protocol

from ..config import FeedConfig
from ..errors import IngestError, WorkerDied, WorkerTimeout
from .feeds import ParsedFeed, parse_feed
from .worker import FEED_MODULES, Worker

log = logging.getLogger(__name__)


class FeedParser(Protocol):
    def __call__(self, body: bytes, feed: FeedConfig, fetched_at: datetime, *,
                 content_type: str | None = None) -> ParsedFeed: ...


class IsolatedParser:
    """Parses feeds one at a time in a worker process, each within `timeout` seconds.

    Without `worker` it has a worker of its own, started on the first feed and
    stopped by `close` (or the end of a `with` block); given one (ingest passes
    the process-wide `shared_worker()`), it uses it and leaves it running.
    """

    def __init__(self, timeout: float, target: FeedParser = parse_feed,
                 worker: Worker | None = None) -> None:
        """`target` runs in the worker: `parse_feed` unless a test swaps in another (importable)."""
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.timeout = timeout
        self.target = target
        self._own = worker is None
        self.worker = worker if worker is not None else Worker(preload=FEED_MODULES)

    def __enter__(self) -> IsolatedParser:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def __call__(self, body: bytes, feed: FeedConfig, fetched_at: datetime, *,
                 content_type: str | None = None) -> ParsedFeed:
        if not isinstance(body, bytes):
            raise TypeError("feeds are parsed from bytes only")
        try:
            parsed: ParsedFeed = self.worker.call(
                self.target, (body, feed, fetched_at), {"content_type": content_type},
                timeout=self.timeout, needs=FEED_MODULES)
        except WorkerTimeout:
            log.warning("%s: feed parse stopped after %g s", feed.url, self.timeout)
            raise IngestError(f"{feed.url}: parse-timeout: parsing took over "
                              f"{self.timeout:g} s; stopped") from None
        except WorkerDied as exc:
            raise IngestError(f"{feed.url}: parse-crash: the parser process died "
                              f"(exit code {exc.returncode})") from None
        except IngestError:
            raise
        except Exception as exc:  # raised by the parser in the worker: this feed's failure
            raise IngestError(f"{feed.url}: {type(exc).__name__}: {exc}") from exc
        return parsed

    def close(self) -> None:
        if self._own:
            self.worker.close()


def make_parser(parse_timeout: float, worker: Worker | None = None) -> IsolatedParser | None:
    """The isolated parser for `[ingest] parse_timeout`, or None (parse inline) when it is 0."""
    return IsolatedParser(parse_timeout, worker=worker) if parse_timeout > 0 else None
