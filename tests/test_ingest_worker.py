"""The ingest worker process (pipeline.ingest.worker): one plain subprocess for feeds and pages,
time-limited, memory-capped, restarted after a timeout or a crash, reaped when closed; and
usable from code without a main guard (stdin scripts, notebooks)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.errors import WorkerDied, WorkerTimeout
from pipeline.ingest import FixtureFetcher, ingest
from pipeline.ingest.worker import WORKER_MEMORY, Worker, shared_worker

REPO = Path(__file__).resolve().parent.parent

NO_GUARD = """
from datetime import UTC, date, datetime
import pipeline.config, pipeline.wiring, pipeline.ingest
settings = pipeline.config.load_settings(None)
fetcher = pipeline.wiring.make_fetcher(settings)
result = pipeline.ingest.ingest(settings, fetcher, now=datetime(2026, 11, 21, tzinfo=UTC),
                                session=date(2026, 11, 13))
print(len(result.items), sum(f.ok for f in result.feeds), len(result.feeds))
for feed in result.feeds:
    print(feed.error)
"""


def test_ingest_from_a_stdin_script_without_a_main_guard_gets_entries() -> None:
    done = subprocess.run([sys.executable, "-"], input=NO_GUARD, cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    items, ok, feeds = map(int, done.stdout.split("\n", 1)[0].split())
    assert feeds == 4 and ok == feeds and items > 0, done.stdout
    assert "parse-crash" not in done.stdout + done.stderr


def gone(pid: int) -> bool:
    """True once `pid` is neither running nor a zombie left unreaped by this process."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # already reaped
        return True
    return False


@pytest.fixture
def worker():
    with Worker() as opened:
        yield opened


def test_the_worker_is_reused_across_calls(worker: Worker) -> None:
    first = worker.call(os.getpid, timeout=30)
    assert worker.call(os.getpid, timeout=30) == first == worker.pid
    assert first != os.getpid() and worker.starts == 1


def test_a_call_over_its_time_limit_kills_the_worker_and_the_next_call_gets_a_fresh_one(
        worker: Worker) -> None:
    first = worker.call(os.getpid, timeout=30)
    started = time.monotonic()
    with pytest.raises(WorkerTimeout, match="no answer within 0.2 s"):
        worker.call(time.sleep, (60,), timeout=0.2)
    assert time.monotonic() - started < 10
    assert gone(first) and worker.pid is None
    assert worker.call(os.getpid, timeout=30) not in (None, first) and worker.starts == 2


def test_a_crash_fails_that_call_only(worker: Worker) -> None:
    first = worker.call(os.getpid, timeout=30)
    with pytest.raises(WorkerDied) as died:
        worker.call(os._exit, (9,), timeout=30)
    assert died.value.returncode == 9 and gone(first)
    assert worker.call(pow, (2, 10), timeout=30) == 1024


def test_an_exception_in_the_call_comes_back_and_the_worker_stays(worker: Worker) -> None:
    first = worker.call(os.getpid, timeout=30)
    with pytest.raises(ValueError, match="invalid literal"):
        worker.call(int, ("not a number",), timeout=30)
    assert worker.call(os.getpid, timeout=30) == first


def test_the_worker_address_space_is_capped() -> None:
    with Worker(memory=1 << 30) as small:
        soft, _ = small.call(resource.getrlimit, (resource.RLIMIT_AS,), timeout=30)
    assert 0 < soft <= 1 << 30  # the cap, or a lower hard limit already in force
    with Worker() as default:
        soft, _ = default.call(resource.getrlimit, (resource.RLIMIT_AS,), timeout=30)
    assert 0 < soft <= WORKER_MEMORY


def test_close_stops_and_reaps_the_worker() -> None:
    worker = Worker()
    pid = worker.call(os.getpid, timeout=30)
    worker.close()
    assert worker.pid is None and gone(pid)
    worker.close()  # twice is fine


def test_a_print_in_the_worker_does_not_corrupt_the_answer(worker: Worker, capfd) -> None:
    assert worker.call(print, ("noise on stdout",), timeout=30) is None
    assert worker.call(pow, (3, 3), timeout=30) == 27
    assert "noise on stdout" in capfd.readouterr().err  # the worker's stdout goes to stderr


def test_ingest_parses_feeds_and_extracts_pages_in_one_shared_worker(tmp_path: Path) -> None:
    settings = load_settings(cwd=REPO)
    shared = shared_worker()
    before = shared.starts
    result = ingest(settings, FixtureFetcher(settings.ingest.fixtures_dir),
                    now=datetime(2026, 11, 21, 2, tzinfo=UTC), session=date(2026, 11, 20))
    assert result.items and result.pages.ok > 0 and all(f.ok for f in result.feeds)
    assert shared.starts - before <= 1 and shared.pid is not None
    pid = shared.pid
    ingest(settings, FixtureFetcher(settings.ingest.fixtures_dir),
           now=datetime(2026, 11, 21, 2, tzinfo=UTC), session=date(2026, 11, 19))
    assert shared.pid == pid  # a second ingest in the process reuses it
