"""A run always ends recorded: failed with its reason, or abandoned when its process died."""

# ruff: noqa: F811  (the fixture `server` is imported from llm_helpers)
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cli_helpers import newsdesk, write_config
from conftest import REPO
from llm_helpers import KEY_ENV, SESSION, llm_toml, server  # noqa: F401
from llm_server import Hang
from sqlalchemy import insert, update

from pipeline.store import RunStatus, open_store
from pipeline.store.liveness import pid_alive
from pipeline.store.schema import run_processes, runs

DAY = date(2026, 11, 20)


def _run_rows(directory: Path) -> list[tuple[str, str, dict]]:
    store = open_store(f"sqlite:///{directory / 'state' / 'newsdesk.db'}")
    try:
        return [(r.run_id, r.status.value, r.summary) for r in store.list_runs()]
    finally:
        store.close()


def test_an_output_folder_that_cannot_be_written_fails_the_run_with_exit_2(tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.write_text("a file, not a folder")
    write_config(tmp_path)
    config = tmp_path / "newsdesk.toml"
    config.write_text(config.read_text().replace('dir = "out"', f'dir = "{occupied}"'))
    result = newsdesk(tmp_path, "run", "--session", str(DAY))
    assert result.code == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsdesk: output.dir {occupied}: cannot write"), lines
    (run_id, status, summary), = _run_rows(tmp_path)
    assert status == "failed" and summary["error"].startswith(f"output.dir {occupied}")
    listing = newsdesk(tmp_path, "runs")
    assert f"{run_id[:8]} failed: output.dir {occupied}" in listing.stdout


def test_a_killed_run_is_abandoned_on_the_next_command(tmp_path: Path, server) -> None:
    server.responder = lambda _request: Hang(60)  # the run waits on the model until it is killed
    write_config(tmp_path, llm_toml(server.base_url, timeout=60.0))
    command = [sys.executable, "-m", "pipeline", "run", "--no-ingest", "--session", str(SESSION)]
    child = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), KEY_ENV: "sk-test"})
    try:
        deadline = time.monotonic() + 60
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.requests, "the run reached the model"
        assert [status for _, status, _ in _run_rows(tmp_path)] == ["running"]  # alive: left alone
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    listing = newsdesk(tmp_path, "runs")
    assert listing.code == 0, listing.stderr
    (run_id, status, summary), = _run_rows(tmp_path)
    assert status == "abandoned"
    assert summary["error"] == f"process {child.pid} on {os.uname().nodename} ended " \
                               "without finishing the run"
    assert f"{run_id[:8]} abandoned: process {child.pid}" in listing.stdout
    assert " abandoned " in listing.stdout  # the status column
    as_json = json.loads(newsdesk(tmp_path, "runs", "--json").stdout)  # one array
    assert [r["status"] for r in as_json] == ["abandoned"]


def _clock(at: list[datetime]):
    return lambda: at[0]


def test_a_silent_run_on_another_host_is_abandoned_and_a_live_one_is_not(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 20, 22, 0, tzinfo=UTC)]
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = open_store(url, clock=_clock(now))
    mine = store.start_run(DAY)
    elsewhere, silent = store.start_run(DAY), store.start_run(DAY)
    with store.engine.begin() as conn:
        for run_id, beat in ((elsewhere, now[0]), (silent, now[0] - timedelta(hours=2))):
            conn.execute(update(run_processes).where(run_processes.c.run_id == run_id)
                         .values(host="other-host", pid=4242, heartbeat_at=beat))
    store.close()
    now[0] += timedelta(minutes=30)  # `elsewhere` beat 30 minutes ago, `silent` 150
    reopened = open_store(url, clock=_clock(now))
    status = {r.run_id: r.status for r in reopened.list_runs()}
    assert status == {mine: RunStatus.RUNNING, elsewhere: RunStatus.RUNNING, silent: RunStatus.ABANDONED}
    assert "no sign of life from process 4242 on other-host since 2026-11-20 20:00:00 UTC" in \
        reopened.get_run(silent).summary["error"]
    # a run taken for dead that finishes after all keeps its real outcome
    assert reopened.finish_run(silent, "ok", {"written": ["IWM"]}).status == RunStatus.OK
    reopened.close()


def test_a_run_from_before_processes_were_recorded_is_judged_by_its_start(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 20, 22, 0, tzinfo=UTC)]
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = open_store(url, clock=_clock(now))
    with store.engine.begin() as conn:
        conn.execute(insert(runs).values(run_id="a" * 32, session=DAY, status="running", summary="{}",
                                         started_at=now[0] - timedelta(days=1)))
    store.close()
    reopened = open_store(url, clock=_clock(now))
    assert reopened.get_run("a" * 32).status == RunStatus.ABANDONED
    reopened.close()


def test_pid_liveness() -> None:
    assert pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)  # exited and reaped
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while pid_alive(zombie.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pid_alive(zombie.pid)  # exited, not yet reaped: a zombie is not alive
    zombie.wait()
