"""The HTTP edge shared by the market-data sources: one GET with bounded tries.

`SourceHttp.get_json` / `get_text` ask one URL and return the decoded body, or
raise `ProviderError` naming the source, the symbol and the status:

- 429 and 5xx are tried again up to `max_attempts` times in all; a 429's
  `Retry-After` (seconds or an HTTP date) is honoured up to `retry_after_cap`,
  and a longer one gives up at once instead of sleeping for an hour;
- other 4xx answers are not retried; the error quotes the start of the body;
- every request has connect and read timeouts plus an overall deadline, and the
  body is capped in size.

The API key is read from the environment variable the config names and sent in
a header, so it never appears in a URL, a log line or an error message.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx2

from ..config import HttpSourceConfig
from ..errors import ConfigError, ProviderError
from ..retry_after import parse_retry_after
from ..skips import SkipCode

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024 * 1024
"""The largest body read (CBOE's whole SPX chain is tens of megabytes)."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
BACKOFF_SECONDS = 1.0

Sleep = Callable[[float], None]


def read_api_key(source: str, cfg: HttpSourceConfig, environ: Mapping[str, str] | None = None) -> str:
    """The key from the variable named by `cfg.api_key_env`; "" when the source needs none."""
    if not cfg.api_key_env:
        return ""
    env = os.environ if environ is None else environ
    key = env.get(cfg.api_key_env, "").strip()
    if not key:
        raise ConfigError(f"market.{source}.api_key_env: the environment variable "
                          f"{cfg.api_key_env} is not set")
    return key


class SourceHttp:
    """GETs for one source (`name`), on an injected or owned httpx2 client."""

    def __init__(self, name: str, cfg: HttpSourceConfig, *, headers: Mapping[str, str] | None = None,
                 client: httpx2.Client | None = None, sleep: Sleep = time.sleep) -> None:
        self.name, self.cfg, self.sleep = name, cfg, sleep
        self.base_url = cfg.base_url.rstrip("/")
        self.headers = {"User-Agent": "newsdesk/0.1 (market data)", "Accept": "*/*",
                        **(headers or {})}
        self.client = client or httpx2.Client(
            timeout=httpx2.Timeout(cfg.timeout, connect=cfg.connect_timeout), follow_redirects=False)
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def get_json(self, path: str, params: Mapping[str, str], symbol: str) -> Any:
        text = self.get_text(path, params, symbol)
        try:
            return json.loads(text)
        except ValueError:
            raise ProviderError(f"{self.name} {symbol}: the answer is not JSON: "
                                f"{_excerpt(text)!r}") from None

    def get_text(self, path: str, params: Mapping[str, str], symbol: str) -> str:
        url = f"{self.base_url}/{path.lstrip('/')}"
        for attempt in range(1, self.cfg.max_attempts + 1):
            status, body, retry_after = self._once(url, params, symbol)
            if status == 200:
                return body
            wait = self._retry_wait(status, retry_after, attempt)
            if wait is None:
                code = SkipCode.RATE_LIMITED if status == 429 else SkipCode.PROVIDER
                raise ProviderError(self._describe(symbol, status, body, attempt, retry_after), code=code)
            log.info("%s %s: HTTP %d, trying again in %.1fs", self.name, symbol, status, wait)
            self.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, params: Mapping[str, str], symbol: str) -> tuple[int, str, str | None]:
        self.requests += 1
        deadline = time.monotonic() + self.cfg.timeout
        try:
            with self.client.stream("GET", url, params=dict(params), headers=self.headers) as response:
                body = _read_capped(response, deadline, f"{self.name} {symbol}")
                return response.status_code, body, response.headers.get("retry-after")
        except httpx2.TimeoutException:
            raise ProviderError(f"{self.name} {symbol}: no answer within {self.cfg.timeout:g}s") from None
        except httpx2.HTTPError as exc:
            raise ProviderError(f"{self.name} {symbol}: request failed: {type(exc).__name__}") from None

    def _retry_wait(self, status: int, retry_after: str | None, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None to give up now."""
        if status not in RETRY_STATUSES or attempt >= self.cfg.max_attempts:
            return None
        asked = parse_retry_after(retry_after)
        if asked is None:
            return BACKOFF_SECONDS * 2 ** (attempt - 1)
        return asked if asked <= self.cfg.retry_after_cap else None

    def _describe(self, symbol: str, status: int, body: str, attempt: int,
                  retry_after: str | None = None) -> str:
        what = "rate limited" if status == 429 else "error"
        tries = f" after {attempt} tries" if attempt > 1 else ""
        asked = f", Retry-After {retry_after.strip()}" if status == 429 and retry_after else ""
        return f"{self.name} {symbol}: HTTP {status} ({what}){tries}{asked}: {_excerpt(body)!r}"


def _read_capped(response: httpx2.Response, deadline: float, where: str) -> str:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ProviderError(f"{where}: the answer is larger than {MAX_BODY_BYTES} bytes")
        if time.monotonic() > deadline:
            raise ProviderError(f"{where}: the answer took longer than the time limit")
        chunks.append(chunk)
    return b"".join(chunks).decode(response.encoding or "utf-8", errors="replace")


def _excerpt(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."
