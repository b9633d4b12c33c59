"""A generic webhook: one signed JSON POST per draft version.

Headers: `Idempotency-Key: <marker>-v<version>` (the same on every retry of
that version, so the receiver stores it once), `X-Newsdesk-Timestamp: <unix
seconds>` and `X-Newsdesk-Signature: sha256=<hex>`, the HMAC-SHA256 with the
shared secret of `<timestamp>.` followed by the raw body bytes. A receiver
checks the signature over the bytes it read, refuses an old timestamp, and
keeps the first delivery of each Idempotency-Key. A webhook cannot be asked
whether a post exists, so the key is how a lost reply stays one post.

Unpublishing sends `article.unpublished` (or `article.deleted`) with key,
draft_id and version, under its own Idempotency-Key
(`<marker>-<event>-<timestamp>`). A webhook cannot be asked what became of a
post: its state reads `sent`.

The body: `event` (`article.published`, or `article.updated` once the target
has answered before), key, version, title, slug, excerpt, html, markdown,
tags, sources, symbol, session, as_of; `<`, `>` and `&` are written as
`\u003c`-style escapes, so the bytes hold no markup and the parsed values are
unchanged. A 2xx reply may be JSON with `id` and
`url`; otherwise the idempotency key is the remote id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx2

from . import http
from .base import PublishPayload, PublishResult, RemoteRef
from .payload import escape_markup, stable_marker
from .settings import WebhookTarget

SIGNATURE_HEADER = "X-Newsdesk-Signature"
TIMESTAMP_HEADER = "X-Newsdesk-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """'sha256=<hex>' over `<timestamp>.<body>`."""
    digest = hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


class Webhook:
    def __init__(self, name: str, cfg: WebhookTarget, secret: str,
                 client: httpx2.Client | None = None, clock: Callable[[], float] = time.time) -> None:
        self.name = name
        self._cfg = cfg
        self._secret = secret.encode("utf-8")
        self._client = client or http.make_client(cfg)
        self._clock = clock

    def describe(self) -> str:
        return f"webhook {self._cfg.url}"

    def publish(self, payload: PublishPayload, known: RemoteRef | None) -> PublishResult:
        idempotency_key = f"{payload.marker}-v{payload.version}"
        what = f"webhook target {self.name!r}: delivering {payload.key} v{payload.version}"
        reply = self._deliver(_event(payload, known), idempotency_key, what)
        remote_id = str(reply.get("id") or idempotency_key)
        url = reply.get("url")
        return PublishResult(action="updated" if known else "created", remote_id=remote_id,
                             remote_url=str(url) if url else None, slug=payload.slug,
                             detail={"idempotency_key": idempotency_key}, remote_state="sent")

    def remote_state(self, known: RemoteRef) -> str:
        return "sent"

    def unpublish(self, key: str, known: RemoteRef, delete: bool) -> str:
        event = "article.deleted" if delete else "article.unpublished"
        stamp = str(int(self._clock()))
        marker = stable_marker(key)
        what = f"webhook target {self.name!r}: sending {event} for {key}"
        self._deliver({"event": event, "key": key, "remote_id": known.remote_id},
                      f"{marker}-{event.split('.')[1]}-{stamp}", what)
        return "deleted" if delete else "unpublished"

    def _deliver(self, event: dict[str, Any], idempotency_key: str, what: str) -> dict[str, Any]:
        body = escape_markup(json.dumps(event, sort_keys=True, ensure_ascii=False)).encode("utf-8")
        timestamp = str(int(self._clock()))
        headers = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: idempotency_key,
                   TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: sign(self._secret, timestamp, body)}
        response = http.send(self._client, "POST", self._cfg.url, what, content=body, headers=headers)
        http.check(response, what, _message, _hint)
        return _optional_json(response)

    def close(self) -> None:
        self._client.close()


def _event(payload: PublishPayload, known: RemoteRef | None) -> dict[str, Any]:
    return {
        "event": "article.updated" if known else "article.published",
        "key": payload.key, "version": payload.version, "draft_id": payload.draft_id,
        "title": payload.title, "slug": payload.slug, "excerpt": payload.excerpt,
        "html": payload.html, "markdown": payload.markdown, "tags": payload.tags,
        "sources": payload.source_urls, "symbol": payload.symbol,
        "session": payload.session.isoformat(), "as_of": payload.as_of.isoformat(),
    }


def _optional_json(response: httpx2.Response) -> dict[str, Any]:
    try:
        reply = response.json()
    except ValueError:
        return {}
    return reply if isinstance(reply, dict) else {}


def _message(body: Any) -> str | None:
    if isinstance(body, dict):
        for field in ("error", "message", "detail"):
            if isinstance(body.get(field), str):
                return str(body[field])
    return None


def _hint(status: int, message: str) -> str | None:
    if status in (401, 403):
        return "the receiver refused the signature: check the shared secret on both sides"
    return None

