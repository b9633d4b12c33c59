"""Pipeline runs and how long each stage took, for `newsdesk runs` and tuning.

A run starts `running` with its process (host, pid) and a heartbeat that each
recorded stage or skip renews; it finishes `ok`, `partial` or `failed`. A
`running` run whose process is gone (its pid is dead on this host) or that has
shown no sign of life for `STALE_AFTER` (any host) is marked `abandoned` by
`abandon_dead`, which the store runs whenever it is opened. A run marked
abandoned that turns out alive may still finish with its real status.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..errors import NotFound, StoreError
from .models import RunRecord, RunSkip, RunStatus, StageTiming
from .schema import run_processes, run_skips, runs, stage_timings

STALE_AFTER = timedelta(hours=1)
"""A running run with no heartbeat for this long is abandoned, whatever host it runs on."""
FINISHABLE = (RunStatus.RUNNING, RunStatus.ABANDONED)


@dataclass(frozen=True)
class Process:
    """Where a run runs: the host name and process id."""

    host: str
    pid: int


def start(conn: Connection, session: date, now: datetime, process: Process) -> str:
    run_id = uuid.uuid4().hex
    conn.execute(insert(runs).values(
        run_id=run_id, session=session, started_at=now, status=RunStatus.RUNNING.value,
        summary="{}",
    ))
    conn.execute(insert(run_processes).values(run_id=run_id, host=process.host, pid=process.pid,
                                              heartbeat_at=now))
    return run_id


def beat(conn: Connection, run_id: str, now: datetime) -> None:
    """The run's process is alive now."""
    conn.execute(update(run_processes).where(run_processes.c.run_id == run_id).values(heartbeat_at=now))


def any_running(conn: Connection) -> bool:
    return conn.scalar(select(runs.c.run_id).where(runs.c.status == RunStatus.RUNNING.value)
                       .limit(1)) is not None


def abandon_dead(conn: Connection, here: Process, now: datetime,
                 alive: Callable[[int], bool]) -> dict[str, str]:
    """Mark `abandoned` every running run whose process died or went silent: run id -> why."""
    p = run_processes.c
    rows = conn.execute(
        select(runs.c.run_id, runs.c.started_at, runs.c.summary, p.host, p.pid, p.heartbeat_at)
        .outerjoin(run_processes, p.run_id == runs.c.run_id)
        .where(runs.c.status == RunStatus.RUNNING.value)
    ).all()
    abandoned = {}
    for row in rows:
        reason = _death(row, here, now, alive)
        if reason is not None:
            summary = {**json.loads(row.summary), "error": reason}
            conn.execute(update(runs).where(runs.c.run_id == row.run_id,
                                            runs.c.status == RunStatus.RUNNING.value)
                         .values(status=RunStatus.ABANDONED.value, finished_at=now,
                                 summary=_to_json(summary)))
            abandoned[row.run_id] = reason
    return abandoned


def _death(row: Any, here: Process, now: datetime, alive: Callable[[int], bool]) -> str | None:
    """Why the run's process is taken for dead, or None while it may be alive."""
    who = f"process {row.pid} on {row.host}" if row.pid is not None else "its process"
    if row.host == here.host and row.pid is not None and not alive(row.pid):
        return f"{who} ended without finishing the run"
    last = row.heartbeat_at or row.started_at
    if now - last > STALE_AFTER:
        return f"no sign of life from {who} since {last:%Y-%m-%d %H:%M:%S} UTC"
    return None


def record_stage(conn: Connection, run_id: str, stage: str, seconds: float, ok: bool,
                 symbol: str | None, error: str | None, now: datetime) -> None:
    _status(conn, run_id)
    beat(conn, run_id, now)
    conn.execute(insert(stage_timings).values(
        run_id=run_id, stage=stage, symbol=symbol, seconds=float(seconds), ok=ok, error=error,
    ))


def finish(conn: Connection, run_id: str, status: RunStatus, summary: dict[str, Any],
           now: datetime) -> RunRecord:
    if status == RunStatus.RUNNING:
        raise ValueError("finish_run takes ok, partial or failed, not running")
    if status == RunStatus.ABANDONED:
        raise ValueError("a run is marked abandoned by abandon_dead, not finished as abandoned")
    current = _status(conn, run_id)
    if current not in FINISHABLE:
        raise StoreError(f"run {run_id} already finished as {current.value}")
    conn.execute(update(runs).where(runs.c.run_id == run_id).values(
        status=status.value, finished_at=now, summary=_to_json(summary),
    ))
    return get(conn, run_id)


def get(conn: Connection, run_id: str) -> RunRecord:
    row = conn.execute(select(runs).where(runs.c.run_id == run_id)).first()
    if row is None:
        raise NotFound(f"no run with id {run_id!r}")
    return _record(row)


def latest(conn: Connection, limit: int) -> list[RunRecord]:
    query = select(runs).order_by(runs.c.started_at.desc(), runs.c.run_id).limit(limit)
    return [_record(row) for row in conn.execute(query)]


def timings(conn: Connection, run_id: str) -> list[StageTiming]:
    _status(conn, run_id)
    c = stage_timings.c
    rows = conn.execute(
        select(c.run_id, c.stage, c.symbol, c.seconds, c.ok, c.error)
        .where(c.run_id == run_id).order_by(c.id)
    )
    return [StageTiming.model_validate(row._asdict()) for row in rows]


def record_skips(conn: Connection, run_id: str, session: date, symbol: str,
                 reasons: list[tuple[str, str]], now: datetime) -> None:
    _status(conn, run_id)
    beat(conn, run_id, now)
    if not reasons:
        raise ValueError(f"{symbol}: a skip needs at least one (code, message) reason")
    conn.execute(insert(run_skips), [
        {"run_id": run_id, "session": session, "symbol": symbol, "code": str(code), "message": message}
        for code, message in reasons
    ])


def skips(conn: Connection, *, run_id: str | None, symbol: str | None, code: str | None,
          session: date | None, limit: int) -> list[RunSkip]:
    s = run_skips.c
    query = (select(s.run_id, s.session, s.symbol, s.code, s.message)
             .join(runs, runs.c.run_id == s.run_id)
             .order_by(runs.c.started_at.desc(), s.id).limit(limit))
    if run_id is not None:  # a full id or the 8-character prefix `newsdesk runs` prints
        query = query.where(s.run_id.startswith(run_id, autoescape=True))
    for column, value in ((s.symbol, symbol), (s.code, code), (s.session, session)):
        if value is not None:
            query = query.where(column == value)
    return [RunSkip.model_validate(row._asdict()) for row in conn.execute(query)]


def _status(conn: Connection, run_id: str) -> RunStatus:
    status = conn.scalar(select(runs.c.status).where(runs.c.run_id == run_id))
    if status is None:
        raise NotFound(f"no run with id {run_id!r}")
    return RunStatus(status)


def _record(row: Any) -> RunRecord:
    return RunRecord(
        run_id=row.run_id, session=row.session, started_at=row.started_at,
        finished_at=row.finished_at, status=RunStatus(row.status),
        summary=json.loads(row.summary),
    )


def _to_json(summary: dict[str, Any]) -> str:
    """Dates and paths become strings; NaN is refused (it is not JSON)."""
    return json.dumps(summary, default=str, allow_nan=False)
