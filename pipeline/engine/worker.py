"""A worker process: the engine launched, a heartbeat, and the takeover of dead workers' work.

`serve` runs until `stop` is set (SIGTERM/SIGINT in `newsdesk worker`). A stopping worker
(`hand_over=True`) sets its heartbeat to 0 and exits at once, without waiting for the
workflows in flight: the next live worker takes them over at its next heartbeat and each
resumes at its last completed step (a model call in flight is asked again). Work this
executor id left pending (a restarted worker with the same `--id`) is resumed by
DBOS at launch; a dead worker's is handed back to its queues by the first live
worker that notices (see `liveness`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from datetime import date
from typing import Any

from sqlalchemy import Engine, create_engine

from ..config import Settings
from . import planning, runtime
from .liveness import Heartbeats

log = logging.getLogger(__name__)


def sql_engine(url: str) -> Engine:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url)


def serve(settings: Settings, executor_id: str | None, stop: threading.Event, *,
          schedule: bool = False, ready: threading.Event | None = None, hand_over: bool = False) -> None:
    executor_id = executor_id or runtime.default_executor_id()
    runtime.launch(settings, executor_id)
    engine = sql_engine(settings.engine.database_url)
    beats = Heartbeats(engine, executor_id, os.getpid())
    try:
        beats.beat()
        if schedule:
            apply_schedule()
        if ready is not None:
            ready.set()
        log.info("worker %s ready (engine %s)", executor_id, settings.engine.name)
        every = min(2.0, settings.engine.dead_after / 3)
        while not stop.wait(every):
            beats.beat()
            take_over(beats, settings.engine.dead_after)
    finally:
        beats.retire()
        if hand_over:
            _exit_now()
        runtime.shutdown()
        engine.dispose()


def _exit_now(code: int = 0) -> None:
    """The process ends here: threads still in a workflow are not waited for (one blocked on the
    model would hold the exit, and DBOS stopped under a running workflow would fail it)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def take_over(beats: Heartbeats, dead_after: float) -> list[str]:
    from dbos import DBOS

    claimed = beats.claim_dead(dead_after)
    for executor in claimed:
        handles = DBOS._recover_pending_workflows([executor])
        log.warning("worker %s is gone: %d unfinished workflows handed back to the queues",
                    executor, len(handles))
    return claimed


def apply_schedule() -> None:
    """The scheduler's tick (every few minutes); each tick runs the session due, if any, once."""
    from dbos import DBOS

    from .workflows import SCHEDULE_NAME, schedule_tick

    DBOS.apply_schedules([{"schedule_name": SCHEDULE_NAME, "workflow_fn": schedule_tick,
                           "schedule": planning.TICK_CRON}])


def enqueue_session(settings: Settings, session: date | None, symbols: list[str] | None,
                    do_ingest: bool) -> str:
    """Submit a session for the workers without waiting; the workflow id."""
    client: Any = runtime.client(settings)
    try:
        with runtime.reaching(settings):
            handle = client.enqueue({"queue_name": runtime.SESSIONS, "workflow_name": "newsdesk.session",
                                     "application_name": settings.engine.name},
                                    session, symbols, do_ingest)
        return str(handle.get_workflow_id())
    finally:
        client.destroy()


def run_here(settings: Settings, session: date | None, symbols: list[str] | None,
             do_ingest: bool) -> Any:
    """`newsdesk run --engine`: this process is a worker until its own session's run is done."""
    from dbos import DBOS

    from .workflows import session_workflow

    stop, ready, failed = threading.Event(), threading.Event(), []
    executor_id = runtime.default_executor_id()

    def work() -> None:
        try:
            serve(settings, executor_id, stop, ready=ready)
        except BaseException as exc:  # reported by the caller's thread
            failed.append(exc)
            ready.set()

    thread = threading.Thread(target=work, name="newsdesk-engine", daemon=True)
    thread.start()
    ready.wait()
    try:
        if failed:
            raise failed[0]
        return DBOS.enqueue_workflow(runtime.SESSIONS, session_workflow, session, symbols,
                                     do_ingest).get_result()
    except KeyboardInterrupt:  # hand the run over, as a stopped worker does
        Heartbeats(sql_engine(settings.engine.database_url), executor_id, os.getpid()).retire()
        print("interrupted: a `newsdesk worker` resumes the run's unfinished work", file=sys.stderr)
        _exit_now(130)
        raise
    finally:
        stop.set()
        thread.join()
