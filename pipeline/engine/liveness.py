"""Worker heartbeats in the engine's database, and the takeover of a dead worker's work.

Each worker process writes its executor id, host, pid and a heartbeat every few
seconds. A worker whose heartbeat is older than `engine.dead_after`, or whose pid
is gone on this host, is dead: the first live worker to delete its row (one
conditional DELETE, so only one wins) hands its pending workflows back to their
queues (DBOS recovery), where any worker resumes each at its last recorded step.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Column, Engine, Float, Integer, MetaData, String, Table, delete, insert, select, update

from ..store.liveness import pid_alive

metadata = MetaData()
workers = Table(
    "newsdesk_workers", metadata,
    Column("executor_id", String(200), primary_key=True),
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("heartbeat_at", Float, nullable=False),
)


@dataclass(frozen=True)
class Worker:
    executor_id: str
    host: str
    pid: int
    heartbeat_at: float


def dead(worker: Worker, now: float, dead_after: float, host: str,
         alive: Callable[[int], bool] = pid_alive) -> bool:
    """Silent for `dead_after` seconds, or its process is gone on this very host."""
    return now - worker.heartbeat_at > dead_after or (worker.host == host and not alive(worker.pid))


class Heartbeats:
    def __init__(self, engine: Engine, executor_id: str, pid: int,
                 clock: Callable[[], float] = time.time) -> None:
        self.engine, self.executor_id, self.pid, self.clock = engine, executor_id, pid, clock
        self.host = socket.gethostname()
        metadata.create_all(engine, checkfirst=True)

    def beat(self) -> None:
        with self.engine.begin() as conn:
            row = {"host": self.host, "pid": self.pid, "heartbeat_at": self.clock()}
            done = conn.execute(update(workers).where(workers.c.executor_id == self.executor_id)
                                .values(**row))
            if not done.rowcount:
                conn.execute(insert(workers).values(executor_id=self.executor_id, **row))

    def retire(self) -> None:
        """Stopping: a heartbeat of 0 makes the next live worker take over whatever this one leaves
        unfinished at once (a restarted worker with the same id beats again and keeps its row)."""
        with self.engine.begin() as conn:
            conn.execute(update(workers).where(workers.c.executor_id == self.executor_id)
                         .values(heartbeat_at=0.0))

    def claim_dead(self, dead_after: float, alive: Callable[[int], bool] = pid_alive) -> list[str]:
        """Executor ids of dead workers this worker took over (each is claimed by one worker only)."""
        now = self.clock()
        with self.engine.connect() as conn:
            rows = [Worker(*row) for row in conn.execute(select(workers.c.executor_id, workers.c.host,
                                                                workers.c.pid, workers.c.heartbeat_at))]
        claimed = []
        for worker in rows:
            if worker.executor_id == self.executor_id or not dead(worker, now, dead_after, self.host, alive):
                continue
            with self.engine.begin() as conn:
                gone = conn.execute(delete(workers).where(workers.c.executor_id == worker.executor_id,
                                                          workers.c.heartbeat_at == worker.heartbeat_at))
            if gone.rowcount == 1:
                claimed.append(worker.executor_id)
        return claimed
