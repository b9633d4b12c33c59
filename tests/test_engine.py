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


def _finished_runs(directory: Path, timeout: float) -> list:
    store = open_store(f"sqlite:///{directory / 'state' / 'newsdesk.db'}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = [r for r in store.list_runs() if r.status.value not in ("running", "abandoned")]
        if runs:
            return runs
        time.sleep(0.3)
    raise AssertionError("no run finished in time")


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
    from pipeline.engine.runtime import schedule_registered
    from pipeline.engine.worker import apply_schedule
    from pipeline.engine.workflows import SCHEDULE_NAME, schedule_tick, snapshot_workflow_id
    from pipeline.views_engine import next_run_line

    settings = load_settings(write_config(tmp_path, ENGINE + "[schedule]\ningest = false\n"))
    runtime.launch(settings, "scheduler-test")
    try:
        assert not schedule_registered(settings, SCHEDULE_NAME)
        apply_schedule()
        assert [s["schedule_name"] for s in DBOS.list_schedules()] == [SCHEDULE_NAME]
        assert schedule_registered(settings, SCHEDULE_NAME)  # what `newsdesk runs` reads
        assert next_run_line(settings, _utc(2026, 11, 25, 22, 0)) == (
            "next planned run (newsdesk schedule): session 2026-11-27 at 2026-11-27 13:30 EST, "
            "30 min after the close (early close)")
        before = DBOS.start_workflow(schedule_tick, _utc(2026, 11, 20, 21, 20), None)  # 16:20 ET
        before.get_result()
        assert not [w for w in DBOS.list_workflows() if w.name == "newsdesk.session"]
        for minute in (35, 40):  # two ticks after 16:30 ET: one run
            DBOS.start_workflow(schedule_tick, _utc(2026, 11, 20, 21, minute), None).get_result()
        [session_run] = [w for w in DBOS.list_workflows() if w.name == "newsdesk.session"]
        assert session_run.workflow_id == "newsdesk-scheduled-2026-11-20"
        report = DBOS.retrieve_workflow(session_run.workflow_id).get_result()
        assert report.session == SESSION and report.status == "ok" and len(report.outcomes) == 4
        snapshot = snapshot_workflow_id(report.run_id, "SPY")  # every snapshot before any article
        assert [s["function_name"] for s in DBOS.list_workflow_steps(snapshot)] == ["snapshot"]
        spy = [w for w in DBOS.list_workflows() if w.name == "newsdesk.instrument" and "SPY" in str(w.input)]
        steps = [s["function_name"] for s in DBOS.list_workflow_steps(spy[0].workflow_id)]
        stages = [s for s in steps if s in ("snapshot", "prepare", "write", "verify", "store")]
        assert stages == ["prepare", "write", "verify", "store"]  # one step per stage
        assert any("render" in s for s in steps), steps  # the render child on its own queue
        assert (tmp_path / "out" / str(SESSION) / "spy-2026-11-20.md").exists()
    finally:
        runtime.shutdown()


def test_an_engine_database_out_of_reach_is_one_line_and_exit_4(tmp_path):
    write_config(tmp_path, '[engine]\ndatabase_url = "postgresql+psycopg://desk:pw@127.0.0.1:1/engine"\n')
    result = newsdesk(tmp_path, "run", "--enqueue", "--session", str(SESSION))
    assert result.code == 4, result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("newsdesk:")]
    assert line.startswith("newsdesk: engine.database_url (127.0.0.1:1/engine): ")
    assert "Traceback" not in result.stderr and "pw@" not in result.stderr
    listing = newsdesk(tmp_path, "runs")  # the engine out of reach: not scheduled, the plan shown
    assert "sessions are not scheduled (start `newsdesk schedule`); the next would be session" in \
        " ".join(listing.stdout.split())


def test_a_worker_killed_mid_batch_and_restarted_resumes_without_repeating_a_model_call(tmp_path):
    """One machine (SQLite): the restarted worker (same --id) resumes each workflow at its last step."""
    import llm_answers
    from llm_helpers import KEY_ENV, llm_toml
    from market_factories import synthetic_history
    from model_log_server import LoggingModelServer

    bars, blocks = tmp_path / "bars", []
    bars.mkdir()
    for n in range(1, 9):
        history = synthetic_history(f"R{n}", sessions=80, seed=n + 200)
        lines = ["Date,Open,High,Low,Close,Volume"] + [
            f"{b.session},{b.open},{b.high},{b.low},{b.close},{int(b.volume)}" for b in history.bars]
        (bars / f"R{n}.csv").write_text("\n".join(lines) + "\n")
        blocks.append(f'[[instruments]]\nsymbol = "R{n}"\nname = "Resume Fund {n}"\nkind = "etf"\n')
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), KEY_ENV: "sk-engine-test"}
    with LoggingModelServer(llm_answers.answer, delay=0.5) as model:
        (tmp_path / "newsdesk.toml").write_text(
            f'[store]\nurl = "sqlite:///state/newsdesk.db"\n[output]\ndir = "out"\nformats = ["json"]\n'
            f'chart = false\n[market]\ncsv_dir = "{bars}"\noptions_dir = "{tmp_path / "none"}"\n'
            + ENGINE + "instrument_concurrency = 4\n" + llm_toml(model.base_url, concurrency=2)
            + "\n".join(blocks))
        submitted = subprocess.run([sys.executable, "-m", "pipeline", "run", "--enqueue", "--session",
                                    str(SESSION), "--no-ingest"], cwd=tmp_path, env=env, text=True,
                                   capture_output=True, timeout=120)
        assert submitted.returncode == 0, submitted.stderr
        first = subprocess.Popen([sys.executable, "-m", "pipeline", "worker", "--id", "solo"], cwd=tmp_path,
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        store = open_store(f"sqlite:///{tmp_path / 'state' / 'newsdesk.db'}")
        deadline = time.monotonic() + 120
        while len(store.list_drafts()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        model.hold_until_held()  # replies held, one call in flight: none is on the wire at the kill
        time.sleep(1.0)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        model.gate.set()
        stored_before = len(store.list_drafts())
        second = subprocess.Popen([sys.executable, "-m", "pipeline", "worker", "--id", "solo"], cwd=tmp_path,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            [run] = _finished_runs(tmp_path, timeout=180)
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(60)
    assert 2 <= stored_before < 8 and model.gone()  # killed mid-batch, with calls in flight
    assert run.status.value == "ok" and len(run.summary["written"]) == 8
    drafts = store.list_drafts()
    assert len(drafts) == 8 and all(len(store.draft_versions(d.draft_id)) == 1 for d in drafts)
    answered = model.answered()
    assert len(answered) == len(set(answered)) == 8  # no completed call repeated
