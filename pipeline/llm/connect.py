"""Builds the OpenAI client from config and the environment (the key only from there)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx2

from ..config import LLMConfig
from ..errors import ConfigError

if TYPE_CHECKING:
    from openai import AsyncOpenAI

NO_KEY = "no-key"  # sent when api_key_env = "": local servers that check nothing


def api_key(cfg: LLMConfig, environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    if not cfg.api_key_env:
        return NO_KEY
    key = env.get(cfg.api_key_env, "").strip()
    if not key:
        raise ConfigError(f"llm.api_key_env: the environment variable {cfg.api_key_env} is not set "
                          "(set it, or api_key_env = \"\" for a server that needs no key)")
    return key


def base_host(url: str) -> str:
    """Scheme, host and port of the API base URL: never a user, password or query."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def timeout_of(cfg: LLMConfig) -> httpx2.Timeout:
    return httpx2.Timeout(cfg.timeout, connect=cfg.connect_timeout)


def open_openai(cfg: LLMConfig, key: str) -> AsyncOpenAI:
    """An AsyncOpenAI on its own HTTP client, SDK retries off (retry.py retries)."""
    from openai import AsyncOpenAI  # here, not at module import: the SDK is slow to import

    limits = httpx2.Limits(max_connections=cfg.concurrency + 2,
                           max_keepalive_connections=cfg.concurrency)
    http = httpx2.AsyncClient(timeout=timeout_of(cfg), limits=limits)
    return AsyncOpenAI(api_key=key, base_url=cfg.base_url, max_retries=0, timeout=timeout_of(cfg),
                       http_client=http)
