"""The HTTP edge the CMS targets share: one client with explicit timeouts, one error mapping.

A dropped connection, a timeout, a 429 or a 5xx becomes a *retryable*
PublishError (the runner tries again, and the next run may too); any other
4xx becomes a clear, non-retryable PublishError that quotes the service's own
error message. Request headers (where the credentials are) never appear in an
error or a log line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx2

from ..errors import PublishError
from .settings import NetworkSettings

log = logging.getLogger(__name__)

ErrorReader = Callable[[Any], str | None]
MAX_ERROR_CHARS = 300


def make_client(cfg: NetworkSettings) -> httpx2.Client:
    """A client that never follows redirects (a 30x from an API is reported, not chased)."""
    timeout = httpx2.Timeout(cfg.timeout, connect=cfg.connect_timeout)
    return httpx2.Client(timeout=timeout, follow_redirects=False,
                         headers={"User-Agent": "newsdesk-publisher"})


def send(client: httpx2.Client, method: str, url: str, what: str, **kwargs: Any) -> httpx2.Response:
    """One request; transport failures become retryable PublishErrors naming `what`."""
    try:
        response = client.request(method, url, **kwargs)
    except httpx2.TimeoutException as exc:
        raise PublishError(f"{what}: no reply in time ({type(exc).__name__})", retryable=True) from None
    except httpx2.TransportError as exc:
        raise PublishError(f"{what}: connection failed ({type(exc).__name__}: {exc})",
                           retryable=True) from None
    log.debug("%s: %s %s -> %d", what, method, _path(url), response.status_code)
    return response


def check(response: httpx2.Response, what: str, read_error: ErrorReader,
          hint: Callable[[int, str], str | None] | None = None) -> httpx2.Response:
    """`response` when 2xx; else a PublishError with the service's message and a hint."""
    status = response.status_code
    if 200 <= status < 300:
        return response
    message = _service_message(response, read_error)
    retryable = status == 429 or status >= 500
    text = f"{what}: HTTP {status}" + (f": {message}" if message else "")
    extra = hint(status, message or "") if hint else None
    if extra:
        text += f" ({extra})"
    if retryable:
        text += "; it may pass on a later try"
    raise PublishError(text, retryable=retryable, status=status)


def json_body(response: httpx2.Response, what: str) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        snippet = response.text[:80].replace("\n", " ")
        raise PublishError(f"{what}: HTTP {response.status_code} reply is not JSON: {snippet!r}",
                           retryable=response.status_code >= 500, status=response.status_code) from None


def _service_message(response: httpx2.Response, read_error: ErrorReader) -> str | None:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        text = response.text.strip().replace("\n", " ")
        return text[:MAX_ERROR_CHARS] or None
    message = read_error(body)
    return message[:MAX_ERROR_CHARS] if message else None


def _path(url: str) -> str:
    """The URL without its query (a query may carry a search term; never a secret here)."""
    return url.split("?", 1)[0]
