"""The review queue with many drafts: time and peak memory of the first page.

Fills a store with N drafts (default 100,000) through the store API, in batches, from
one real draft (a template-writer run over the repo's fixtures, so payloads have the
real size and the cited news is stored), then measures, each in a fresh process:
`newsdesk review` (COLUMNS=80), `newsdesk drafts`, the web queue and a draft page
(a uvicorn server on 127.0.0.1, signed in, one GET each). Printed per measurement:
the wall time of the listing itself (after the interpreter and imports), the CPU time
of that part, the whole process's wall time, and the process's peak RSS.

Usage: python bench/queue_bench.py [--drafts N] [--dir PATH] [--batch N]
(a --dir already filled with N drafts is reused: the fill is skipped).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SESSION = date(2026, 11, 20)
SYMBOLS_PER_SESSION = 500  # "a desk writing 500 articles a session"

CONFIG = f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
[market]
csv_dir = "{FIXTURES / 'market' / 'bars'}"
options_dir = "{FIXTURES / 'market' / 'options'}"
[ingest]
fixtures_dir = "{FIXTURES / 'web'}"
"""

# Run in a fresh interpreter: imports first, then the timed part, then figures as JSON.
MEASURE = textwrap.dedent("""
    import io, json, os, resource, sys, time, contextlib
    kind, directory, *args = sys.argv[1:]
    os.chdir(directory)
    import logging; logging.disable(logging.WARNING)
    from pipeline.cli import main
    from pipeline.config import load_settings
    from pipeline.store import open_store
    if kind == "cli":
        wall, cpu = time.perf_counter(), time.process_time()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink):
            try:
                main(args)
            except SystemExit as stop:
                assert not stop.code, stop.code
        lines = sink.getvalue().splitlines()
        shown = f"{len(lines)} lines, widest {max(map(len, lines))}: {lines[-1]}"
    else:
        import http.client, threading, re, socket, urllib.parse
        import uvicorn
        from pipeline.review import auth
        from pipeline.review.app import create_app
        settings = load_settings(cwd=__import__('pathlib').Path.cwd())
        store = open_store(settings.store.url)
        if store.password_hash("bench") is None:
            store.add_user("bench", auth.hash_password("bench bench bench", n=2**10))
        sock = socket.socket(); sock.bind(("127.0.0.1", 0)); port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(store, settings), log_level="warning",
                                               lifespan="off"))
        threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
        while not server.started:
            time.sleep(0.01)
        cookies = {}
        def request(method, path, form=None):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
            body = None
            if form is not None:
                body = urllib.parse.urlencode(form)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
                headers["Origin"] = f"http://127.0.0.1:{port}"
            conn.request(method, path, body=body, headers=headers)
            reply = conn.getresponse()
            text = reply.read().decode()
            for line in reply.headers.get_all("set-cookie") or []:
                name, _, rest = line.partition("=")
                cookies[name] = rest.split(";", 1)[0]
            return reply.status, text
        _, login = request("GET", "/login")
        token = re.search(r'name="csrf" value="([^"]+)"', login)[1]
        status, _ = request("POST", "/login", {"csrf": token, "user": "bench",
                                               "password": "bench bench bench"})
        assert status == 303, status
        path = args[0]
        if path == "draft":
            path = "/drafts/" + store.list_drafts(limit=1)[0].draft_id
        wall, cpu = time.perf_counter(), time.process_time()
        status, page = request("GET", path)
        assert status == 200, (status, page[:300])
        rows = page.count("<tr data-draft=")
        shown = f"HTTP {status}, {len(page)} bytes, {rows} queue rows"
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"wall": wall, "cpu": cpu, "shown": shown}))
""")


def seed(directory: Path) -> None:
    """One real draft and its cited news: a template run over the fixtures."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "newsdesk.toml").write_text(CONFIG)
    subprocess.run([sys.executable, "-m", "pipeline", "run", "--session", SESSION.isoformat(),
                    "--symbol", "IWM"], cwd=directory, check=True, capture_output=True)


def fill(directory: Path, count: int, batch: int) -> None:
    from pipeline.config import load_settings
    from pipeline.contracts import Draft, DraftStatus
    from pipeline.store import draft_key, new_draft_id, open_store

    settings = load_settings(directory / "newsdesk.toml", cwd=directory)
    with open_store(settings.store.url) as store:
        have = store.count_drafts()
        if have >= count:
            print(f"store already holds {have} drafts: fill skipped")
            return
        base = store.get_draft(store.list_drafts(limit=1)[0].draft_id)
        began, made = time.perf_counter(), have
        while made < count:
            drafts: list[Draft] = []
            for n in range(made, min(count, made + batch)):
                drafts.append(copy_of(base, n, draft_key, new_draft_id, DraftStatus))
            store.save_drafts(drafts)
            made += len(drafts)
            if made % 10_000 < batch:
                print(f"  {made} drafts stored, {time.perf_counter() - began:.0f} s", flush=True)
        took = time.perf_counter() - began
    size = (directory / "state" / "newsdesk.db").stat().st_size
    print(f"filled {count - have} drafts in {took:.1f} s ({(count - have) / took:.0f}/s), "
          f"database {size / 2**30:.2f} GiB")


def copy_of(base, n, draft_key, new_draft_id, statuses):  # noqa: ANN001, ANN201
    """Draft n: its own symbol and session (500 symbols a session), headline and id."""
    symbol = f"B{n % SYMBOLS_PER_SESSION:03d}"
    session = SESSION - timedelta(days=n // SYMBOLS_PER_SESSION)
    article = base.article.model_copy(update={
        "headline": f"{base.article.headline} ({symbol} {session})", "session": session,
        "instrument": base.article.instrument.model_copy(update={"symbol": symbol})})
    status = statuses.NEEDS_REVIEW if n % 7 == 0 else statuses.DRAFT
    return base.model_copy(update={
        "draft_id": new_draft_id(), "key": draft_key(symbol, session, base.writer),
        "article": article, "status": status, "content_hash": f"{n:064x}"})


def measure(directory: Path, kind: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "COLUMNS": "80"}
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", MEASURE, kind, str(directory), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    out, err = child.stdout.read(), child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    total = time.perf_counter() - began
    if child.returncode:
        raise SystemExit(f"{kind} {args} failed:\n{err.decode()[-2000:]}")
    figures = json.loads(out.decode().strip().splitlines()[-1])
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux
    return {**figures, "total": total, "rss_mb": usage.ru_maxrss * scale / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/newsdesk-queue-bench"))
    args = parser.parse_args()
    if not (args.dir / "state" / "newsdesk.db").exists():
        seed(args.dir)
    fill(args.dir, args.drafts, args.batch)
    cases = [("newsdesk review", "cli", "review"),
             ("newsdesk review --all", "cli", "review", "--all"),
             ("newsdesk drafts", "cli", "drafts"),
             ("newsdesk drafts --offset 90000", "cli", "drafts", "--offset", "90000"),
             ("web queue /", "web", "/"),
             ("web queue /?status=all&offset=50", "web", "/?status=all&offset=50"),
             ("web draft page", "web", "draft")]
    print(f"{'first page of':34} {'listing s':>9} {'cpu s':>6} {'process s':>9} {'peak RSS':>9}")
    for name, kind, *rest in cases:
        f = measure(args.dir, kind, *rest)
        print(f"{name:34} {f['wall']:9.3f} {f['cpu']:6.3f} {f['total']:9.2f} "
              f"{f['rss_mb']:7.0f} MB   ({f['shown']})", flush=True)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this filling process peaked at {base:.0f} MB)")


if __name__ == "__main__":
    main()
