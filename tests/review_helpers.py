"""Helpers for the review tests: a store holding drafts with findings, the review app on a
real uvicorn server on 127.0.0.1 in a thread, and a small cookie-keeping HTTP client."""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import uvicorn
from render_factories import make_article
from store_factories import CLOSE, make_scores, make_snapshot, sha

from pipeline.config import Settings, load_settings
from pipeline.contracts import Draft, DraftStatus, Finding, Severity
from pipeline.review import auth
from pipeline.review.app import ReviewOptions, create_app
from pipeline.store import Store, draft_key, new_draft_id

PASSWORD = "correct horse battery"
FAST_HASH = {"n": 2**10, "r": 8, "p": 1}  # tests only: the real cost is in auth.SCRYPT_N

ERROR = Finding(code="value-mismatch", severity=Severity.ERROR,
                message="0.72% is not IWM's one-day change", section="analysis",
                span="0.72%", expected="0.30%", source="snapshot.returns.change_1d_pct")
WARNING = Finding(code="vague-wording", severity=Severity.WARNING,
                  message="'quiet gain' says nothing a reader can check", section="analysis",
                  span="a quiet gain")


# one-digit spans, for the highlighter: whole 5s and 6s among 15, 0.5%, $5, 56%, 6th
DIGITS = ["IWM added 5 points to $262.22 over 15 sessions, 0.5% above a $5 range, in 2025.",
          "The 20-day average sits 6 points under the 50-day; 6 of 6 signals agree.",
          "Breadth held 56% for a 6th week."]


def digit_findings() -> list[Finding]:
    return [Finding(code="number-untraced", severity=Severity.ERROR, message="5 traces to nothing",
                    section="analysis", span="5"),
            Finding(code="number-untraced", severity=Severity.WARNING, message="6 is vague",
                    section="analysis", span="6")]


def review_draft(findings: Sequence[Finding] = (ERROR, WARNING), *, headline: str | None = None,
                 symbol: str = "IWM", status: DraftStatus = DraftStatus.NEEDS_REVIEW,
                 writer: str = "template") -> Draft:
    changes = {"headline": headline} if headline else {}
    article = make_article(**changes)
    if symbol != "IWM":
        article = article.model_copy(update={
            "instrument": article.instrument.model_copy(update={"symbol": symbol})})
    return Draft(
        draft_id=new_draft_id(), key=draft_key(symbol, article.session, writer), version=1,
        status=status, writer=writer, article=article,
        snapshot=make_snapshot(symbol, article.session), scores=make_scores(),
        findings=list(findings), content_hash=sha(article.headline + str(len(findings))),
        created_at=CLOSE, updated_at=CLOSE,
    )


def settings_for(tmp_path: Path) -> Settings:
    config = tmp_path / "newsdesk.toml"
    config.write_text('[store]\nurl = "sqlite:///state/newsdesk.db"\n[output]\ndir = "out"\n')
    return load_settings(config, cwd=tmp_path)


def add_reviewer(store: Store, name: str = "alice", password: str = PASSWORD) -> None:
    store.add_user(name, auth.hash_password(password, **FAST_HASH))


@dataclass
class Server:
    base: str
    port: int
    server: uvicorn.Server
    thread: threading.Thread


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def running(app: object) -> Iterator[Server]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port until the block ends."""
    sock = free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review server did not start")
        time.sleep(0.02)
    try:
        yield Server(f"http://127.0.0.1:{port}", port, server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def review_server(store: Store, settings: Settings,
                  options: ReviewOptions | None = None) -> Iterator[Server]:
    with running(create_app(store, settings, options)) as server:
        yield server


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    cookies: list[str]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Client:
    """Just enough of a browser: keeps cookies, never follows redirects."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=sent)
            raw = conn.getresponse()
            text = raw.read().decode("utf-8", "replace")
            set_cookies = raw.headers.get_all("set-cookie") or []
            reply = Reply(raw.status, {k.lower(): v for k, v in raw.getheaders()}, text,
                          set_cookies)
        finally:
            conn.close()
        for line in set_cookies:
            name, _, rest = line.partition("=")
            value = rest.split(";", 1)[0].strip('"')
            if "max-age=0" in line.lower() or not value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return reply

    def get(self, path: str, **kw: object) -> Reply:
        return self.request("GET", path, **kw)  # type: ignore[arg-type]

    def post(self, path: str, form: dict[str, str], **kw: object) -> Reply:
        return self.request("POST", path, form, **kw)  # type: ignore[arg-type]

    def sign_in(self, user: str = "alice", password: str = PASSWORD) -> Reply:
        page = self.get("/login")
        return self.post("/login", {"csrf": form_token(page.body), "user": user,
                                    "password": password})


def decision_form(html: str, **fields: str) -> dict[str, str]:
    """What the draft page's approve/reject form sends: its token and the version shown."""
    found = re.search(r'name="version" value="([0-9]+)"', html)
    assert found, "no version field in the page"
    return {"csrf": form_token(html), "version": found[1], **fields}


def form_token(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no csrf field in the page"
    return found[1]
