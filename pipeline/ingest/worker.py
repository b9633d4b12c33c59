"""One small time-limited worker process for untrusted parsing (feeds and pages).

feedparser, lxml and trafilatura run over bytes from the internet; some inputs
take minutes (a quadratic regex, a pathological tree), and C code cannot be
interrupted by a thread. `Worker.call(fn, args, kwargs, timeout)` runs `fn` in a
child process and waits at most `timeout` seconds for the answer:

- on timeout the child is killed (SIGKILL) and reaped, `WorkerTimeout` is raised
  and the next call starts a fresh child;
- a child that dies (out of memory, a crash in C, `os._exit`) fails that call
  only, with `WorkerDied` (exit code attached); the next call restarts it;
- an exception raised by `fn` comes back and is raised in the caller;
- the child's address space is capped (RLIMIT_AS, WORKER_MEMORY), so an input
  that explodes ends in MemoryError rather than swap.

The child is a plain subprocess, `python -m pipeline.ingest.worker_main` (fork+exec),
never multiprocessing: it does not re-import the caller's `__main__`, so code
run from stdin, a notebook or a script without a main guard works, and it is
safe to start from a process with threads. Frames on its stdin/stdout are an
8-byte big-endian length and a pickle; only this module is ever at the other
end. The child is started lazily (`start()` does not wait: the imports run
while the caller does other work), reused across calls, and stopped by `close()`
(EOF, then kill after a grace period, always reaped). `shared_worker()` is one
per process, used by both feed parsing and page extraction, closed at exit.
"""

from __future__ import annotations

import atexit
import importlib
import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..errors import WorkerDied, WorkerError, WorkerTimeout

log = logging.getLogger(__name__)

START_TIMEOUT = 60.0  # seconds for the child to start and import what it needs
STOP_GRACE = 5.0  # seconds a closing child gets to exit after EOF before it is killed
WORKER_MEMORY = 1 << 31  # bytes of address space for the child (2 GiB)
FEED_MODULES = ("pipeline.ingest.feeds",)
PAGE_MODULES = ("pipeline.ingest.pages", "trafilatura")  # pages imports trafilatura on first use
CHILD_MODULE = "pipeline.ingest.worker_main"  # runs `serve()`; a module nothing else imports
_HEADER = struct.Struct(">Q")
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding `pipeline/`


class _Closed(Exception):
    """The other end closed its pipe."""


# --- frames ----------------------------------------------------------------------------------

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
            raise _Closed
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _read_payload(fd: int, deadline: float | None) -> bytes:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    return _read_exact(fd, size, deadline)


# --- the child -------------------------------------------------------------------------------

def _limit_memory(cap: int) -> None:
    try:
        import resource
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = cap if hard == resource.RLIM_INFINITY else min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: the deadline still holds
        pass


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives a pickle round trip, else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _answer(payload: bytes) -> tuple[str, Any]:
    try:
        kind, body = pickle.loads(payload)
        if kind == "import":
            for name in body:
                importlib.import_module(name)
            return "ok", None
        fn, args, kwargs = body
        return "ok", fn(*args, **kwargs)
    except Exception as exc:  # the call's failure, sent back; the loop goes on
        return "error", _portable(exc)


def serve() -> None:
    """The child: a path frame, imports of argv[1:], "ready"; then calls until EOF on stdin.

    fd 1 is pointed at stderr first, so a stray print cannot corrupt a frame.
    """
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    _limit_memory(int(os.environ.get("NEWSDESK_WORKER_MEMORY", WORKER_MEMORY)))
    try:
        path = pickle.loads(_read_payload(0, None))
    except _Closed:
        return
    sys.path.extend(p for p in path if p not in sys.path)
    for name in sys.argv[1:]:
        importlib.import_module(name)
    _write_frame(out, ("ready", os.getpid()))
    while True:
        try:
            payload = _read_payload(0, None)
        except _Closed:
            return
        kind, value = _answer(payload)
        try:
            _write_frame(out, (kind, value))
        except Exception as exc:  # an answer that cannot be pickled
            _write_frame(out, ("error", RuntimeError(f"unpicklable answer: {type(exc).__name__}")))


# --- the parent ------------------------------------------------------------------------------

class Worker:
    """A reusable child process that runs one call at a time under a deadline (thread-safe)."""

    def __init__(self, preload: Sequence[str] = (), memory: int = WORKER_MEMORY) -> None:
        self.preload = tuple(preload)
        self.memory = memory
        self.starts = 0
        self._lock = threading.RLock()
        self._process: subprocess.Popen[bytes] | None = None
        self._owner = os.getpid()
        self._ready = False
        self._loaded: set[str] = set()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child if none is running; does not wait for it (the first call does)."""
        with self._lock:
            if self._owner != os.getpid():  # a forked copy of this object: the child is not ours
                self._process, self._owner = None, os.getpid()
            if self._process is None:
                self._spawn()

    def call(self, fn: Callable[..., Any], args: Iterable[Any] = (),
             kwargs: Mapping[str, Any] | None = None, *, timeout: float,
             needs: Sequence[str] = ()) -> Any:
        """`fn(*args, **kwargs)` in the child within `timeout` seconds (imports of `needs`
        and the child's start-up are not counted: they have START_TIMEOUT)."""
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout}")
        with self._lock:
            self._prepare(needs)
            return self._exchange(("call", (fn, tuple(args), dict(kwargs or {}))), timeout)

    def _prepare(self, needs: Sequence[str]) -> None:
        self.start()
        process = self._process
        assert process is not None and process.stdout is not None
        if not self._ready:
            try:
                kind, _ = pickle.loads(_read_payload(process.stdout.fileno(),
                                                     time.monotonic() + START_TIMEOUT))
            except (TimeoutError, _Closed, OSError, pickle.UnpicklingError) as exc:
                raise WorkerDied(self._stop(kill=True), "did not start") from exc
            if kind != "ready":
                raise WorkerDied(self._stop(kill=True), f"unexpected greeting {kind!r}")
            self._ready, self._loaded = True, set(self.preload)
        missing = [name for name in needs if name not in self._loaded]
        if missing:
            self._exchange(("import", missing), START_TIMEOUT)
            self._loaded.update(missing)

    def _exchange(self, request: tuple[str, Any], timeout: float) -> Any:
        process = self._process
        assert process is not None and process.stdin is not None and process.stdout is not None
        try:
            _write_frame(process.stdin, request)
            payload = _read_payload(process.stdout.fileno(), time.monotonic() + timeout)
        except TimeoutError:
            self._stop(kill=True)
            raise WorkerTimeout(timeout) from None
        except (_Closed, OSError) as exc:
            raise WorkerDied(self._stop(kill=True), str(exc) or type(exc).__name__) from None
        try:
            kind, value = pickle.loads(payload)
        except Exception as exc:  # the child is fine and in step; only this answer is lost
            raise WorkerError(f"unreadable answer: {type(exc).__name__}: {exc}") from None
        if kind == "error":
            raise value
        return value

    def _spawn(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        env["NEWSDESK_WORKER_MEMORY"] = str(self.memory)
        process = subprocess.Popen([sys.executable, "-m", CHILD_MODULE, *self.preload],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                   close_fds=True)
        self._process, self._ready, self.starts = process, False, self.starts + 1
        assert process.stdin is not None
        try:
            _write_frame(process.stdin, list(sys.path))  # small: the pipe takes it at once
        except OSError:  # died at once; the first call reports it
            pass

    def _stop(self, *, kill: bool) -> int | None:
        """Stop and reap the child; returns its exit code (None when there was none)."""
        process, self._process, self._ready = self._process, None, False
        if process is None:
            return None
        try:
            if process.stdin is not None:
                process.stdin.close()  # EOF: a healthy child exits by itself
        except OSError:
            kill = True
        if kill:
            process.kill()
        try:
            process.wait(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
        return process.returncode

    def close(self) -> None:
        with self._lock:
            if self._owner == os.getpid():
                self._stop(kill=False)
            self._process = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


_shared_lock = threading.Lock()
_shared: list[Worker] = []


def shared_worker() -> Worker:
    """The process-wide worker for feeds and pages (started on first use, closed at exit)."""
    with _shared_lock:
        if not _shared:
            _shared.append(Worker(preload=(*FEED_MODULES, *PAGE_MODULES)))
        return _shared[0]


@atexit.register
def _close_shared() -> None:
    with _shared_lock:
        for worker in _shared:
            worker.close()
