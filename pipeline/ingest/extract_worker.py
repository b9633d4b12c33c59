"""Page extraction under a hard time limit: `extract_page` in a worker process killed on timeout.

trafilatura and lxml run C code that a thread cannot interrupt, and some
pathological pages take minutes. `TimedExtractor` sends each page to a
long-lived worker process (`worker.Worker`) and waits at most `timeout` seconds
for the answer; when the deadline passes the worker is killed, the page is
recorded as "no content" ("extraction timed out after N s") and the next page
gets a fresh worker. A worker that dies (out of memory, a crash in C) costs only
its page, recorded as "extraction worker died".

`TimedExtractor(timeout)` has a worker of its own (use it as a context manager,
or call `close()`); `shared_extractor(timeout)` runs on the process-wide
`shared_worker()`, the one feed parsing uses too, so an ingest (or repeated
ingests in one process) pays the worker's start-up once.
"""

from __future__ import annotations

import logging
from types import TracebackType

from ..errors import WorkerDied, WorkerTimeout
from .pages import PageText, extract_page, no_content
from .worker import PAGE_MODULES, Worker, shared_worker

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0


class TimedExtractor:
    """A PageExtractor that gives each page at most `timeout` seconds in a worker process."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, worker: Worker | None = None) -> None:
        if timeout <= 0:
            raise ValueError(f"page timeout must be positive, got {timeout}")
        self.timeout = timeout
        self.timeouts = 0
        self._own = worker is None
        self.worker = worker if worker is not None else Worker(preload=PAGE_MODULES)

    def __call__(self, body: bytes, url: str, content_type: str | None = None) -> PageText:
        try:
            result = self.worker.call(extract_page, (body, url, content_type),
                                      timeout=self.timeout, needs=PAGE_MODULES)
        except WorkerTimeout:
            self.timeouts += 1
            log.warning("%s: extraction timed out after %g s; worker killed", url, self.timeout)
            return no_content(url, f"extraction timed out after {self.timeout:g} s")
        except WorkerDied as exc:
            log.warning("%s: extraction worker died: %s", url, exc)
            return no_content(url, "extraction worker died")
        except Exception as exc:  # extract_page does not raise; anything else costs the page only
            log.warning("%s: extraction failed in the worker: %s", url, exc)
            return no_content(url, f"extraction failed: {type(exc).__name__}")
        return result if isinstance(result, PageText) else no_content(url, "extraction failed")

    @property
    def pid(self) -> int | None:
        return self.worker.pid

    def close(self) -> None:
        if self._own:
            self.worker.close()

    def __enter__(self) -> TimedExtractor:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class SharedExtractor(TimedExtractor):
    """A TimedExtractor on the process-wide worker, with its own per-page timeout."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__(timeout, worker=shared_worker())


def shared_extractor(timeout: float = DEFAULT_TIMEOUT) -> SharedExtractor:
    return SharedExtractor(timeout)
