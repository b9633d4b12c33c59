"""Delivering a run's message: Slack-compatible webhook, generic JSON webhook, or SMTP mail.

A delivery that fails is logged and reported back as one line naming the
target; it never changes the run's status or exit code. Each failure's text
passes the redactor (a webhook URL carries its token).
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
from collections.abc import Mapping, Sequence
from email.message import EmailMessage

import httpx2

from ..redact import Redactor, installed
from ..run import RunReport
from .message import RunMessage, build_message
from .settings import EmailTarget, NotifyTarget, SlackTarget, WebhookNotify

log = logging.getLogger(__name__)


class NotifyError(Exception):
    """One target could not be told."""


def notify_all(targets: Sequence[NotifyTarget], report: RunReport, *,
               environ: Mapping[str, str] | None = None, redactor: Redactor | None = None) -> list[str]:
    """Send the run's message to every target; one line per target that failed (redacted)."""
    env = os.environ if environ is None else environ
    redactor = redactor or installed()
    failures = []
    for n, target in enumerate(targets, start=1):
        message = build_message(report, target.review_url)
        if target.only_problems and not message.problems:
            continue
        try:
            deliver(target, message, env)
        except (NotifyError, OSError, smtplib.SMTPException, httpx2.HTTPError) as exc:
            line = redactor.text(f"notify #{n} ({target.kind}): {exc}")
            log.warning("%s", line)
            failures.append(line)
    return failures


def deliver(target: NotifyTarget, message: RunMessage, env: Mapping[str, str]) -> None:
    if isinstance(target, SlackTarget):
        _post(_needed(env, target.url_env, "the Slack webhook URL"), {"text": message.text}, {},
              target.timeout)
    elif isinstance(target, WebhookNotify):
        headers = {}
        if target.secret_env:
            headers["Authorization"] = "Bearer " + _needed(env, target.secret_env, "the webhook token")
        _post(target.url, {**message.data, "text": message.text}, headers, target.timeout)
    elif isinstance(target, EmailTarget):
        _mail(target, message, env)


def _needed(env: Mapping[str, str], name: str, what: str) -> str:
    value = env.get(name, "")
    if not value:
        raise NotifyError(f"{what} is not set (environment variable {name})")
    return value


def _post(url: str, body: dict[str, object], headers: dict[str, str], timeout: float) -> None:
    with httpx2.Client(timeout=timeout, follow_redirects=False,
                       headers={"User-Agent": "newsdesk-notify"}) as client:
        response = client.post(url, content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                               headers={"Content-Type": "application/json", **headers})
    if response.status_code >= 300:
        raise NotifyError(f"HTTP {response.status_code} from {httpx2.URL(url).host}")


def _mail(target: EmailTarget, message: RunMessage, env: Mapping[str, str]) -> None:
    mail = EmailMessage()
    mail["Subject"], mail["From"], mail["To"] = message.subject, target.sender, ", ".join(target.to)
    mail.set_content(message.text)
    with smtplib.SMTP(target.host, target.port, timeout=target.timeout) as smtp:
        if target.starttls:
            smtp.starttls()
        if target.user:
            smtp.login(target.user, _needed(env, target.password_env, "the SMTP password"))
        smtp.send_message(mail)
