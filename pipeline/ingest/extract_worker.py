"""Page extraction under a hard time limit: a worker process killed on timeout.

trafilatura and lxml run C code that a thread cannot interrupt, and some
pathological pages take minutes. `TimedExtractor` sends each page to one
long-lived worker process (a fresh Python running `serve()`) over its
stdin/stdout and waits at most `timeout` seconds for the answer; when the
deadline passes it kills the worker (SIGKILL), records the page as "no content"
("extraction timed out after N s") and starts a fresh worker for the next page.
A worker that dies (out of memory, a crash in C) costs only its page, recorded
as "extraction worker died".

The worker is a plain subprocess (fork + exec), not multiprocessing: it never
re-imports the caller's main module and is safe to start from a threaded
process. Frames are an 8-byte big-endian length and a pickle; only this
package's own worker is ever on the other end. Use `TimedExtractor` as a
context manager, or call `close()`; `shared_extractor(timeout)` uses one
process-wide worker (started on first use, stopped at exit), so repeated
ingests in one process pay the worker's start-up (~0.5 s) once.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from types import TracebackType
from typing import IO, Any

from .pages import PageText, extract_page, no_content

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
START_TIMEOUT = 60.0
WORKER_MEMORY = 1 << 31  # bytes of address space for the worker (2 GiB)
_HEADER = struct.Struct(">Q")


class WorkerGone(Exception):
    """The worker closed its pipe or missed the deadline."""


def _write_frame(stream: IO[bytes], value: Any) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes:
    chunks, missing = [], size
    while missing:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(missing, 1 << 20))
        if not chunk:
            raise WorkerGone("worker closed its output")
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _read_frame(fd: int, deadline: float | None) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    return pickle.loads(_read_exact(fd, size, deadline))


def _limit_memory() -> None:
    """Cap the worker's address space so a page that explodes in lxml ends in MemoryError."""
    try:
        import resource
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = WORKER_MEMORY if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: the deadline still holds
        pass


def serve() -> None:
    """Worker loop: (body, url, content_type) frames in, PageText frames out; EOF stops it.

    fd 1 is pointed at stderr first so that a stray print cannot corrupt a frame.
    """
    _limit_memory()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    _write_frame(out, "ready")
    while True:
        try:
            body, url, content_type = _read_frame(0, None)
        except WorkerGone:
            return
        try:
            page = extract_page(body, url, content_type)
        except Exception as exc:  # extract_page should not raise; never let the loop die
            page = no_content(url, f"extraction failed: {type(exc).__name__}")
        _write_frame(out, page)


class TimedExtractor:
    """A PageExtractor that gives each page at most `timeout` seconds."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        if timeout <= 0:
            raise ValueError(f"page timeout must be positive, got {timeout}")
        self.timeout = timeout
        self.timeouts = 0
        self._process: subprocess.Popen[bytes] | None = None

    def __call__(self, body: bytes, url: str, content_type: str | None = None) -> PageText:
        try:
            process = self._worker()
            assert process.stdin is not None and process.stdout is not None
            _write_frame(process.stdin, (body, url, content_type))
            result = _read_frame(process.stdout.fileno(), time.monotonic() + self.timeout)
        except TimeoutError:
            self.timeouts += 1
            log.warning("%s: extraction timed out after %g s; worker killed", url, self.timeout)
            self._stop(kill=True)
            return no_content(url, f"extraction timed out after {self.timeout:g} s")
        except (WorkerGone, OSError, EOFError, pickle.UnpicklingError) as exc:
            log.warning("%s: extraction worker died: %s", url, exc)
            self._stop(kill=True)
            return no_content(url, "extraction worker died")
        return result if isinstance(result, PageText) else no_content(url, "extraction failed")

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _worker(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._stop(kill=True)
        process = subprocess.Popen(
            [sys.executable, "-c", "from pipeline.ingest.extract_worker import serve; serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
        self._process = process
        assert process.stdout is not None
        if _read_frame(process.stdout.fileno(), time.monotonic() + START_TIMEOUT) != "ready":
            raise WorkerGone("worker did not start")
        return process

    def _stop(self, *, kill: bool) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            try:
                process.stdin.close()  # EOF: a healthy worker exits by itself
            except OSError:
                kill = True
        if kill:
            process.kill()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()

    def close(self) -> None:
        self._stop(kill=False)

    def __enter__(self) -> TimedExtractor:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


_shared_lock = threading.Lock()
_shared: list[TimedExtractor] = []


class SharedExtractor:
    """A PageExtractor on the process-wide worker, with its own per-page timeout."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        if timeout <= 0:
            raise ValueError(f"page timeout must be positive, got {timeout}")
        self.timeout = timeout

    def __call__(self, body: bytes, url: str, content_type: str | None = None) -> PageText:
        with _shared_lock:
            if not _shared:
                _shared.append(TimedExtractor(self.timeout))
            worker = _shared[0]
            worker.timeout = self.timeout
            return worker(body, url, content_type)


def shared_extractor(timeout: float = DEFAULT_TIMEOUT) -> SharedExtractor:
    return SharedExtractor(timeout)


@atexit.register
def _close_shared() -> None:
    with _shared_lock:
        for worker in _shared:
            worker.close()
        _shared.clear()
