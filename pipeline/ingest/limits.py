"""The limits a live fetch works under: `FetchPolicy`, a per-URL `Deadline`, a per-host `HostGate`.

Every number here has a safe default (RELIABILITY.md "Defaults users expect");
`FetchPolicy.from_config` reads the `[ingest]` keys. `allow_loopback` exists for
tests that run the fetcher against servers on 127.0.0.1: it is never read from
a config file, only set in code (or by the test-only switch, `ALLOW_LOOPBACK_ENV`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import __version__
from ..config import IngestConfig
from ..errors import FetchError

FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json", "application/x-rss+xml", "text/plain",
})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Test-only: "1" lets the live fetcher reach 127.0.0.1 / ::1, so tests and the bench can
# run it against local stub servers. Never set it in production; it is not a config key.
ALLOW_LOOPBACK_ENV = "NEWSDESK_TEST_ALLOW_LOOPBACK"


def loopback_allowed() -> bool:
    """Whether the test-only switch is on (the fetcher and the source-link judge both read it)."""
    return os.environ.get(ALLOW_LOOPBACK_ENV) == "1"


@dataclass(frozen=True)
class FetchPolicy:
    """What one live fetch may do. Defaults are the safe ones."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    max_redirects: int = 3
    max_bytes: int = 5_000_000
    max_encodings: int = 2
    per_host: int = 2
    host_delay: float = 0.5
    user_agent: str = f"newsdesk/{__version__}"
    feed_types: frozenset[str] = FEED_TYPES
    page_types: frozenset[str] = PAGE_TYPES
    allow_loopback: bool = field(default=False)

    @classmethod
    def from_config(cls, config: IngestConfig, *, allow_loopback: bool = False) -> FetchPolicy:
        agent = f"newsdesk/{__version__}"
        if config.contact_url:
            agent += f" (+{config.contact_url})"
        return cls(
            connect_timeout=config.connect_timeout, read_timeout=config.read_timeout,
            deadline=config.url_deadline, max_redirects=config.max_redirects,
            max_bytes=config.max_bytes, max_encodings=config.max_encodings,
            per_host=config.per_host, host_delay=config.host_delay, user_agent=agent,
            allow_loopback=allow_loopback,
        )


class Deadline:
    """A wall-clock limit for one URL, redirects included; `remaining()` never below zero."""

    def __init__(self, url: str, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - self._clock())

    @property
    def expired(self) -> bool:
        return self._clock() >= self._end

    def check(self) -> None:
        if self.expired:
            raise FetchError(self.url, "deadline", f"no complete answer within {self.seconds:g} s")

    def bound(self, timeout: float | None) -> float:
        """`timeout` cut to the time left; raises once nothing is left."""
        self.check()
        left = self.remaining()
        return left if timeout is None else min(timeout, left)


_current = threading.local()


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    """Make `deadline` the one socket operations on this thread are bounded by."""
    previous = getattr(_current, "deadline", None)
    _current.deadline = deadline
    try:
        yield deadline
    finally:
        _current.deadline = previous


def current_deadline() -> Deadline | None:
    return getattr(_current, "deadline", None)


class HostGate:
    """At most `per_host` requests in flight per host, and `delay` seconds between their starts."""

    def __init__(self, per_host: int, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_host = max(1, per_host)
        self.delay = max(0.0, delay)
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Wait for a slot and the host's turn. Waiting is bounded: every holder has a deadline."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with semaphore:
            self._wait_turn(host)
            yield

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self.delay
        if start > now:
            self._sleep(start - now)
