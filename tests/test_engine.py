"""The durable engine on SQLite (one machine): a session submitted with `run --enqueue` and run
by a `newsdesk worker` process, each stage a recorded step; and when scheduled sessions are due."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from cli_helpers import newsdesk, write_config
from conftest import REPO

from pipeline.engine.planning import due_session, next_planned
from pipeline.market.calendar import SessionCalendar
from pipeline.store import open_store

SESSION = date(2026, 11, 20)
ENGINE = '[engine]\ndatabase_url = "sqlite:///state/engine.db"\npoll_seconds = 0.1\n'


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_sessions_are_due_after_the_close_on_the_exchange_calendar():
    calendar = SessionCalendar("XNYS")
    # Thanksgiving (Thu 2026-11-26) has no session; Friday closes early at 13:00 ET (18:00 UTC).
    session, at = next_planned(calendar, _utc(2026, 11, 25, 22, 0), after_close=30)
    assert (session, at.astimezone(UTC)) == (date(2026, 11, 27), _utc(2026, 11, 27, 18, 30))
    assert due_session(calendar, _utc(2026, 11, 27, 18, 25), 30) is None  # Wednesday's is too old
    assert due_session(calendar, _utc(2026, 11, 27, 18, 30), 30) == date(2026, 11, 27)
    # a regular day: 16:00 ET close (21:00 UTC in winter) plus 30 minutes
    assert due_session(calendar, _utc(2026, 12, 1, 21, 29), 30) is None
    assert due_session(calendar, _utc(2026, 12, 1, 21, 35), 30) == date(2026, 12, 1)
    assert due_session(calendar, _utc(2026, 12, 2, 3, 0), 30) == date(2026, 12, 1)  # same evening
    session, at = next_planned(calendar, _utc(2026, 12, 4, 22, 0), after_close=30)  # Friday evening
    assert session == date(2026, 12, 7) and at.astimezone(UTC) == _utc(2026, 12, 7, 21, 30)


def _worker(directory: Path, executor_id: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "worker", "--id", executor_id],
                            cwd=directory, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def _finished_runs(directory: Path, timeout: float) -> list:
    store = open_store(f"sqlite:///{directory / 'state' / 'newsdesk.db'}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = [r for r in store.list_runs() if r.status.value not in ("running", "abandoned")]
        if runs:
            return runs
        time.sleep(0.3)
    raise AssertionError("no run finished in time")


def test_an_enqueued_session_is_run_by_a_worker_with_one_step_per_stage(tmp_path):
    write_config(tmp_path, ENGINE)
    submitted = newsdesk(tmp_path, "run", "--enqueue", "--session", str(SESSION), "--no-ingest",
                         "--symbol", "spy", "--symbol", "IWM")
    assert submitted.code == 0, submitted.stderr
    assert "enqueued session 2026-11-20 as workflow" in submitted.stdout
    worker = _worker(tmp_path, "one")
    try:
        [run] = _finished_runs(tmp_path, timeout=120)
    finally:
        worker.send_signal(signal.SIGTERM)
        output = worker.communicate(timeout=60)[0]
    assert worker.returncode == 0, output
    assert run.status.value == "ok" and run.session == SESSION
    assert sorted(run.summary["written"]) == ["IWM", "SPY"] and run.summary["failed"] == {}
    store = open_store(f"sqlite:///{tmp_path / 'state' / 'newsdesk.db'}")
    assert sorted(d.symbol for d in store.list_drafts()) == ["IWM", "SPY"]
    assert (tmp_path / "out" / str(SESSION) / "spy-2026-11-20.md").exists()
    from dbos import DBOSClient
    client = DBOSClient(system_database_url=f"sqlite:///{tmp_path / 'state' / 'engine.db'}")
    try:
        flows = {w.workflow_id: w for w in client.list_workflows()}
        spy = [w for w in flows.values() if w.name == "newsdesk.instrument" and "SPY" in str(w.input)]
        assert len(spy) == 1 and spy[0].status == "SUCCESS"
        steps = [s["function_name"] for s in client.list_workflow_steps(spy[0].workflow_id)]
    finally:
        client.destroy()
    stages = [s for s in steps if s in ("snapshot", "prepare", "write", "verify", "store")]
    assert stages == ["snapshot", "prepare", "write", "verify", "store"]
    assert any("render" in s for s in steps), steps  # the render child on its own queue
    listing = newsdesk(tmp_path, "runs")
    assert "next planned run (newsdesk schedule): session" in " ".join(listing.stdout.split())


def test_a_dead_workers_work_is_claimed_once(tmp_path):
    from sqlalchemy import create_engine

    from pipeline.engine.liveness import Heartbeats

    engine = create_engine(f"sqlite:///{tmp_path / 'engine.db'}")
    now = [1000.0]
    alive = Heartbeats(engine, "alive", pid=os.getpid(), clock=lambda: now[0])
    silent = Heartbeats(engine, "silent", pid=os.getpid(), clock=lambda: now[0])
    crashed = Heartbeats(engine, "crashed", pid=2**22 + 12345, clock=lambda: now[0])  # no such pid
    for worker in (alive, silent, crashed):
        worker.beat()
    assert alive.claim_dead(dead_after=30) == ["crashed"]  # same host, its pid is gone: at once
    now[0] += 31
    alive.beat()
    assert alive.claim_dead(dead_after=30) == ["silent"]  # no heartbeat for 31 s
    assert silent.claim_dead(dead_after=30) == [] and alive.claim_dead(dead_after=30) == []


def test_the_schedule_tick_starts_the_due_session_once(tmp_path):
    from dbos import DBOS

    from pipeline.config import load_settings
    from pipeline.engine import runtime
    from pipeline.engine.worker import apply_schedule
    from pipeline.engine.workflows import SCHEDULE_NAME, schedule_tick

    settings = load_settings(write_config(tmp_path, ENGINE + "[schedule]\ningest = false\n"))
    runtime.launch(settings, "scheduler-test")
    try:
        apply_schedule()
        assert [s["schedule_name"] for s in DBOS.list_schedules()] == [SCHEDULE_NAME]
        before = DBOS.start_workflow(schedule_tick, _utc(2026, 11, 20, 21, 20), None)  # 16:20 ET
        before.get_result()
        assert not [w for w in DBOS.list_workflows() if w.name == "newsdesk.session"]
        for minute in (35, 40):  # two ticks after 16:30 ET: one run
            DBOS.start_workflow(schedule_tick, _utc(2026, 11, 20, 21, minute), None).get_result()
        [session_run] = [w for w in DBOS.list_workflows() if w.name == "newsdesk.session"]
        assert session_run.workflow_id == "newsdesk-scheduled-2026-11-20"
        report = DBOS.retrieve_workflow(session_run.workflow_id).get_result()
        assert report.session == SESSION and report.status == "ok" and len(report.outcomes) == 4
    finally:
        runtime.shutdown()


def test_an_engine_database_out_of_reach_is_one_line_and_exit_4(tmp_path):
    write_config(tmp_path, '[engine]\ndatabase_url = "postgresql+psycopg://desk:pw@127.0.0.1:1/engine"\n')
    for args in (("run", "--enqueue", "--session", str(SESSION)), ("worker",)):
        result = newsdesk(tmp_path, *args)
        assert result.code == 4, result.stderr
        [line] = [x for x in result.stderr.splitlines() if x.startswith("newsdesk:")]
        assert line.startswith("newsdesk: engine.database_url (127.0.0.1:1/engine): ")
        assert "Traceback" not in result.stderr and "pw@" not in result.stderr
