"""Done-when for the staged workers: real PostgreSQL, three `newsdesk worker` processes, a
100-instrument session through the model writer, one worker killed with SIGKILL mid-batch.

Every draft is stored once, the model server's own log shows no completed call made twice,
and the run's summary is complete. Skipped unless NEWSDESK_TEST_PG_URL names a PostgreSQL
server this test may create (and drop) a database on.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import llm_answers
import pytest
from conftest import FIXTURES, REPO
from llm_helpers import KEY_ENV, SESSION, llm_toml
from market_factories import synthetic_history
from model_log_server import LoggingModelServer
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError

from pipeline.store import open_store
from pipeline.store.schema import metadata, model_calls

PG_URL = os.environ.get("NEWSDESK_TEST_PG_URL")
INSTRUMENTS = 100
pytestmark = pytest.mark.skipif(not PG_URL, reason="NEWSDESK_TEST_PG_URL is not set (no PostgreSQL)")


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards; without the right to create one,
    the configured database itself, wiped (store tables, the engine's schema and table)."""
    assert PG_URL
    given = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"newsdesk_engine_{uuid.uuid4().hex[:8]}"
    admin = create_engine(given, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except DBAPIError:
        _wipe(admin)
        yield given.render_as_string(hide_password=False)
        _wipe(admin)
        admin.dispose()
        return
    try:
        yield given.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except DBAPIError:  # PostgreSQL before 13 has no FORCE
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _wipe(engine: Engine) -> None:
    metadata.drop_all(engine)
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS dbos CASCADE"))
        conn.execute(text("DROP TABLE IF EXISTS newsdesk_workers"))


def _config(directory: Path, url: str, base_url: str) -> None:
    bars = directory / "bars"
    bars.mkdir()
    blocks = []
    seeds = iter(range(1, 10 * INSTRUMENTS))
    for n in range(1, INSTRUMENTS + 1):
        symbol = f"T{n:03d}"
        history = synthetic_history(symbol, sessions=120, seed=next(seeds))
        while history.bars[-1].close == history.bars[-2].close:  # the gate would skip a stuck quote
            history = synthetic_history(symbol, sessions=120, seed=next(seeds))
        lines = ["Date,Open,High,Low,Close,Volume"] + [
            f"{b.session},{b.open},{b.high},{b.low},{b.close},{int(b.volume)}" for b in history.bars]
        (bars / f"{symbol}.csv").write_text("\n".join(lines) + "\n")
        blocks.append(f'[[instruments]]\nsymbol = "{symbol}"\nname = "Test Fund {n}"\nkind = "etf"\n')
    (directory / "newsdesk.toml").write_text(
        f'[store]\nurl = "{url}"\n[output]\ndir = "out"\nformats = ["json"]\nchart = false\n'
        f'[market]\ncsv_dir = "{bars}"\noptions_dir = "{directory / "none"}"\n'
        f'[ingest]\nfixtures_dir = "{FIXTURES / "web"}"\n'
        f'[engine]\ndatabase_url = "{url}"\npoll_seconds = 0.1\ndead_after = 5\npool_size = 6\n'
        'instrument_concurrency = 6\nmodel_concurrency = 6\n'
        + llm_toml(base_url, concurrency=6, timeout=30.0) + "\n".join(blocks))


def _env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), KEY_ENV: "sk-engine-test"}


def _worker(directory: Path, name: str) -> subprocess.Popen[bytes]:
    log = (directory / f"{name}.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "pipeline", "-v", "worker", "--id", name],
                            cwd=directory, stdout=log, stderr=subprocess.STDOUT, env=_env())


def _wait(what: str, check, timeout: float, directory: Path | None = None,  # noqa: ANN001
          detail=lambda: "") -> object:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}{detail()}{_worker_logs(directory)}")


def _unfinished(engine) -> list[tuple[str, str]]:  # noqa: ANN001
    """(name, status) of each engine workflow not finished successfully."""
    try:
        with engine.connect() as conn:
            return [(row.name, row.status) for row in conn.execute(text(
                "SELECT name, status FROM dbos.workflow_status WHERE status NOT IN ('SUCCESS')"))]
    except Exception:  # the table is not there yet
        return []


def _worker_logs(directory: Path | None) -> str:
    """The end of each worker's log, so a timeout on a loaded CI machine says what the workers did."""
    if directory is None:
        return ""
    tails = [f"\n--- {log.name}:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:])
             for log in sorted(directory.glob("w*.log"))]
    return "".join(tails)


def test_a_worker_killed_mid_batch_loses_repeats_and_double_charges_nothing(tmp_path, database):
    with LoggingModelServer(llm_answers.answer, delay=0.4) as model:
        _config(tmp_path, database, model.base_url)
        workers = {name: _worker(tmp_path, name) for name in ("w1", "w2", "w3")}
        engine = create_engine(database)
        try:
            _wait("three workers", lambda: _count(engine, "SELECT count(*) FROM newsdesk_workers") == 3, 240,
                  tmp_path)
            submitted = subprocess.run([sys.executable, "-m", "pipeline", "run", "--enqueue", "--session",
                                        str(SESSION), "--no-ingest"], cwd=tmp_path, env=_env(),
                                       capture_output=True, text=True, timeout=120)
            assert submitted.returncode == 0, submitted.stderr
            store = open_store(database)
            _wait("30 drafts", lambda: len(store.list_drafts()) >= 30, 240, tmp_path)
            peak = model.max_in_flight  # three workers, one model queue: at most 6 at once
            model.hold_until_held()  # hold every reply: none is on the wire when the worker dies
            victim = _busiest(engine)
            time.sleep(1.5)
            workers[victim].send_signal(signal.SIGKILL)
            workers[victim].wait(10)
            model.gate.set()
            done = ("ok", "partial", "failed")
            [run] = _wait("the run to finish",
                          lambda: [r for r in store.list_runs() if r.status.value in done], 300)
            # the run's record is written by its session workflow's last step, before the engine
            # marks that workflow (and any sibling still returning) a success: wait for those with
            # the workers alive, and name what is left if it never comes
            _wait("every workflow to finish", lambda: not _unfinished(engine), 120, tmp_path,
                  lambda: f" (unfinished: {_unfinished(engine)})")
        finally:
            for worker in workers.values():
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            for worker in workers.values():
                worker.wait(60)
        logs = {name: (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:] for name in workers}
        assert run.status.value == "ok", (run.summary["failed"], run.summary["skipped"], logs)
        assert peak <= 6  # engine.model_concurrency holds across the workers (18 instruments at once)
        assert sorted(run.summary["written"]) == [f"T{n:03d}" for n in range(1, INSTRUMENTS + 1)]
        assert run.summary["failed"] == {} and run.summary["skipped"] == {}
        drafts = store.list_drafts()
        assert len(drafts) == INSTRUMENTS and len({d.symbol for d in drafts}) == INSTRUMENTS
        assert all(len(store.draft_versions(d.draft_id)) == 1 for d in drafts)
        answered = Counter(model.answered())
        assert [key for key, n in answered.items() if n > 1] == []  # no completed call made twice
        assert len(answered) == INSTRUMENTS  # one clean round each
        assert model.gone(), f"the killed worker ({victim}) had no model call in flight"
        with engine.connect() as conn:
            charged = Counter(row.cache_key for row in conn.execute(
                select(model_calls.c.cache_key).where(model_calls.c.outcome == "ok")))
            unfinished = _count(engine, "SELECT count(*) FROM dbos.workflow_status "
                                        "WHERE status NOT IN ('SUCCESS')")
        assert [key for key, n in charged.items() if n > 1] == []  # nothing charged twice
        assert unfinished == 0
        print(f"\nkilled {victim}; {len(model.gone())} calls cut, answered {sum(answered.values())}, "
              f"peak {peak} calls in flight, run {run.summary['seconds']} s")
        engine.dispose()


def _count(engine, sql: str) -> int:  # noqa: ANN001
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    except Exception:  # the table is not there yet
        return 0


def _busiest(engine) -> str:  # noqa: ANN001
    """The worker running the most model conversations right now."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT executor_id, count(*) AS n FROM dbos.workflow_status WHERE "
                                 "status = 'PENDING' AND name = 'newsdesk.model' GROUP BY executor_id "
                                 "ORDER BY n DESC")).all()
    assert rows, "no model conversation in flight"
    return json.loads(json.dumps(rows[0][0]))
