"""Run notifications: the message (pure), and real deliveries to servers on 127.0.0.1
(a Slack-compatible webhook, a generic webhook, an SMTP server) and through `newsdesk run`."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from cli_helpers import newsdesk, write_config

from pipeline.notify.message import build_message
from pipeline.notify.send import notify_all
from pipeline.notify.settings import EmailTarget, SlackTarget, WebhookNotify
from pipeline.run import InstrumentOutcome, RunReport
from pipeline.skips import QualityIssue

SESSION = date(2026, 11, 20)


def _report() -> RunReport:
    return RunReport(run_id="a1b2c3d4e5f6", session=SESSION, seconds=3.5, outcomes=[
        InstrumentOutcome("SPY", ok=True, draft_id="d-spy", status="draft"),
        InstrumentOutcome("QQQ", ok=True, draft_id="d-qqq", status="needs_review", errors=2),
        InstrumentOutcome("IWM", ok=False, reason="IWM: last bar is 9 days old",
                          skip_reasons=[QualityIssue("stale-last-bar", "IWM: last bar is 9 days old")]),
        InstrumentOutcome("DIA", ok=False, reason="DIA: model call failed (http): HTTP 500"),
    ])


def test_the_message_counts_and_gives_each_reason_and_review_link():
    message = build_message(_report(), "https://desk.example.com/")
    assert message.subject == "newsdesk 2026-11-20: 1 written, 1 held for review, 1 skipped, 1 failed"
    lines = message.text.splitlines()
    assert "Written: SPY" in lines
    assert "Held for review: QQQ (2 error findings) https://desk.example.com/drafts/d-qqq" in lines
    assert "Skipped: IWM [stale-last-bar] IWM: last bar is 9 days old" in lines
    assert "Failed: DIA: DIA: model call failed (http): HTTP 500" in lines
    assert message.problems and message.data["held"][0]["review"].endswith("/drafts/d-qqq")
    clean = build_message(RunReport(run_id="r", session=SESSION, outcomes=[_report().outcomes[0]]))
    assert not clean.problems and "Held" not in clean.text


class _Inbox(BaseHTTPRequestHandler):
    received: list[tuple[str, dict[str, str], dict]]
    status = 200

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append((self.path, dict(self.headers), body))  # type: ignore[attr-defined]
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def inbox() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Inbox)
    server.received, server.status = [], 200  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


class _Mailbox:
    def __init__(self) -> None:
        self.mails: list[tuple[str, list[str], str]] = []

    async def handle_DATA(self, _server, _session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content.decode()))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, _Mailbox]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = _Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, box
    controller.stop()


def test_slack_webhook_and_mail_each_get_the_run(inbox, smtp):
    port, box = smtp
    targets = [SlackTarget(kind="slack", url_env="HOOK", review_url="http://review.local"),
               WebhookNotify(kind="webhook", url=_url(inbox, "/runs"), secret_env="TOKEN"),
               EmailTarget(kind="smtp", host="127.0.0.1", port=port, sender="desk@example.com",
                           to=["editor@example.com"], starttls=False)]
    env = {"HOOK": _url(inbox, "/slack/T000/B000/secret"), "TOKEN": "tok-123"}
    assert notify_all(targets, _report(), environ=env) == []
    (slack_path, _, slack), (hook_path, headers, hook) = inbox.received
    assert slack_path == "/slack/T000/B000/secret" and list(slack) == ["text"]
    assert "Held for review: QQQ (2 error findings) http://review.local/drafts/d-qqq" in slack["text"]
    assert hook_path == "/runs" and headers["Authorization"] == "Bearer tok-123"
    assert hook["status"] == "partial" and hook["skipped"][0]["code"] == "stale-last-bar"
    assert hook["failed"] == [{"symbol": "DIA", "reason": "DIA: model call failed (http): HTTP 500"}]
    [(sender, to, mail)] = box.mails
    assert sender == "desk@example.com" and to == ["editor@example.com"]
    parsed = email.message_from_string(mail.replace("\r\n", "\n"), policy=email.policy.default)
    subject = " ".join(parsed["Subject"].split())
    assert subject == "newsdesk 2026-11-20: 1 written, 1 held for review, 1 skipped, 1 failed"
    assert "Failed: DIA: DIA: model call failed (http): HTTP 500" in parsed.get_content()


def test_a_failed_delivery_is_one_redacted_line_and_the_others_still_go(inbox):
    inbox.status = 500
    secret_url = _url(inbox, "/hooks/sekrit-token-value")
    targets = [SlackTarget(kind="slack", url_env="HOOK"), SlackTarget(kind="slack", url_env="UNSET"),
               WebhookNotify(kind="webhook", url=_url(inbox, "/ok"), only_problems=True)]
    from pipeline.redact import Redactor
    failures = notify_all(targets, _report(), environ={"HOOK": secret_url},
                          redactor=Redactor.of({"HOOK": secret_url}))
    assert failures[0] == "notify #1 (slack): HTTP 500 from 127.0.0.1"
    assert failures[1] == "notify #2 (slack): the Slack webhook URL is not set (environment variable UNSET)"
    assert len(inbox.received) == 2  # the third target was still tried
    clean = RunReport(run_id="r", session=SESSION, outcomes=[_report().outcomes[0]])
    inbox.received.clear()
    notify_all(targets[2:], clean, environ={})
    assert inbox.received == []  # only_problems: a clean run sends nothing


def test_newsdesk_run_notifies_the_configured_webhook(tmp_path, inbox):
    write_config(tmp_path, f'[[notify]]\nkind = "webhook"\nurl = "{_url(inbox, "/desk")}"\n'
                 'review_url = "http://review.local"\n')
    result = newsdesk(tmp_path, "run", "--session", str(SESSION), "--symbol", "SPY", "--no-ingest")
    assert result.code in (0, 8), result.stderr
    [(_, _, body)] = inbox.received
    assert body["session"] == "2026-11-20" and body["event"] == "run.finished"
    assert body["written"] + [h["symbol"] for h in body["held"]] == ["SPY"]
