"""Two worker processes writing to one store at once (RELIABILITY.md, "two workers on
one SQLite file"): every row arrives once, and no "database is locked" escapes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_factories import BACKENDS, backend_url

from pipeline.store import open_store
from pipeline.store.schema import draft_versions, drafts, news_items, status_events

TESTS = Path(__file__).resolve().parent
WORKERS = 2
OWN_DRAFTS = 50
SHARED_KEYS = 10
STORIES = 30

WORKER = textwrap.dedent(f"""
    import sys, time
    from pathlib import Path
    from pipeline.store import open_store
    from store_factories import make_draft, make_news

    url, worker, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    deadline = time.monotonic() + 60
    while not go.exists():
        if time.monotonic() > deadline:
            sys.exit("no start signal")
        time.sleep(0.002)
    stories = [make_news(n) for n in range({STORIES})]
    with open_store(url) as store:  # both migrate a new database at once, too
        for i in range({OWN_DRAFTS}):
            store.save_draft(make_draft(symbol=f"W{{worker}}N{{i}}"))
            k = i % {SHARED_KEYS}
            # the same keys from both workers, content differing by worker and round
            store.save_draft(make_draft(symbol=f"SHARED{{k}}", headline=f"{{k}} {{worker}} {{i}}"))
            store.upsert_news(stories[i % {STORIES}:i % {STORIES} + 5])
    print("done")
""")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    yield from backend_url(request.param, tmp_path)


def test_two_processes_write_one_store(store_url: str, tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    go = tmp_path / "go"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(TESTS.parent), str(TESTS), env.get("PYTHONPATH", "")] if p)
    workers = [
        subprocess.Popen([sys.executable, str(script), store_url, str(n), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for n in range(WORKERS)
    ]
    time.sleep(0.3)  # let both start and wait at the line
    go.touch()
    results = [w.communicate(timeout=180) for w in workers]

    for worker, (out, err) in zip(workers, results, strict=True):
        assert "locked" not in err.lower()
        assert worker.returncode == 0, err
        assert out.strip() == "done"
    with open_store(store_url) as store, store.engine.connect() as conn:
        def count(table, column=None):
            what = func.count(func.distinct(column)) if column is not None else func.count()
            return conn.scalar(select(what).select_from(table))

        assert count(drafts) == count(drafts, drafts.c.key) == WORKERS * OWN_DRAFTS + SHARED_KEYS
        assert count(news_items) == count(news_items, news_items.c.url) == STORIES
        assert count(status_events) == count(drafts)  # one "created" each, status never moved
        versions = conn.execute(
            select(draft_versions.c.draft_id, func.count(), func.max(draft_versions.c.version))
            .group_by(draft_versions.c.draft_id)
        ).all()
        stored = dict(conn.execute(select(drafts.c.draft_id, drafts.c.version)).all())
    assert len(versions) == len(stored)
    for draft_id, n, highest in versions:
        assert n == highest == stored[draft_id]  # versions 1..n, none lost or doubled
    assert sum(n for _, n, _ in versions) > len(stored)  # the shared keys did get new versions
