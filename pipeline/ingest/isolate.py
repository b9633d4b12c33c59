"""Feed parsing under a hard time limit: `parse_feed` in a worker process killed on timeout.

feedparser is pure Python over untrusted bytes; a feed can find a slow path
(its author e-mail regex is quadratic) that no field cap anticipated. Here each
feed is parsed in a worker process; a parse that outlives `timeout` seconds
kills the worker (the next feed gets a fresh one) and that feed fails with
"parse-timeout". The worker's address space is capped as well, so an entity
expansion that slipped past expat's own limits ends in MemoryError, not swap.

Workers come from a "forkserver" context: forked from a clean single-threaded
server, never from the fetching process with its threads and locks.
"""

from __future__ import annotations

import logging
import multiprocessing
from datetime import datetime
from typing import Any, Protocol

from ..config import FeedConfig
from ..errors import IngestError
from .feeds import ParsedFeed, parse_feed

log = logging.getLogger(__name__)

WORKER_MEMORY = 1 << 31  # bytes of address space for one parse worker (2 GiB)


class FeedParser(Protocol):
    def __call__(self, body: bytes, feed: FeedConfig, fetched_at: datetime, *,
                 content_type: str | None = None) -> ParsedFeed: ...


def _limit_memory() -> None:
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = WORKER_MEMORY if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: time limit only
        pass


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["pipeline.ingest.feeds"])
    return context


def _serve(conn: Any) -> None:
    """The worker: parse whatever arrives until the pipe closes."""
    _limit_memory()
    while True:
        try:
            target, body, feed, fetched_at, content_type = conn.recv()
        except EOFError:
            return
        try:
            conn.send((True, target(body, feed, fetched_at, content_type=content_type)))
        except Exception as exc:  # sent back and raised in the parent, with its message
            conn.send((False, IngestError(f"{feed.url}: {type(exc).__name__}: {exc}")
                       if not isinstance(exc, IngestError) else exc))


class IsolatedParser:
    """Parses feeds one at a time in a worker process, each within `timeout` seconds.

    Use as a context manager (or call `close`): the worker is started on the
    first feed and stopped at the end. Not for concurrent use from threads.
    """

    def __init__(self, timeout: float, target: FeedParser = parse_feed) -> None:
        """`target` runs in the worker: `parse_feed` unless a test swaps in another (importable)."""
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.timeout = timeout
        self.target = target
        self._worker: tuple[Any, Any] | None = None  # (process, connection)

    def __enter__(self) -> IsolatedParser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __call__(self, body: bytes, feed: FeedConfig, fetched_at: datetime, *,
                 content_type: str | None = None) -> ParsedFeed:
        if not isinstance(body, bytes):
            raise TypeError("feeds are parsed from bytes only")
        process, conn = self._started()
        try:
            conn.send((self.target, body, feed, fetched_at, content_type))
            ready = conn.poll(self.timeout)
            answer = conn.recv() if ready else None
        except (EOFError, OSError):
            self.close(kill=True)
            raise IngestError(f"{feed.url}: parse-crash: the parser process died "
                              f"(exit code {process.exitcode})") from None
        if answer is None:
            self.close(kill=True)
            log.warning("%s: feed parse stopped after %g s", feed.url, self.timeout)
            raise IngestError(f"{feed.url}: parse-timeout: parsing took over "
                              f"{self.timeout:g} s; stopped")
        ok, value = answer
        if not ok:
            raise value
        result: ParsedFeed = value
        return result

    def _started(self) -> tuple[Any, Any]:
        if self._worker is None:
            parent, child = _context().Pipe()
            process = _context().Process(target=_serve, args=(child,), daemon=True,
                                         name="newsdesk-feed-parser")
            process.start()
            child.close()
            self._worker = (process, parent)
        return self._worker

    def close(self, kill: bool = False) -> None:
        if self._worker is None:
            return
        process, conn = self._worker
        self._worker = None
        conn.close()
        if kill:
            process.kill()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()


def make_parser(parse_timeout: float) -> IsolatedParser | None:
    """The isolated parser for `[ingest] parse_timeout`, or None (parse inline) when it is 0."""
    return IsolatedParser(parse_timeout) if parse_timeout > 0 else None
