"""Stable hashes for the cache key and the call log."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def model_hash(model: BaseModel) -> str:
    return sha256_text(canonical_json(model.model_dump(mode="json")))


def schema_hash(schema: Mapping[str, Any]) -> str:
    return sha256_text(canonical_json(schema))[:16]


def cache_key(*, model: str, prompt_version: str, schema: str, snapshot: str,
              news: Iterable[str], messages: list[dict[str, str]], params: Mapping[str, Any]) -> str:
    """Same model, prompts, schema, inputs, conversation and sampling: same answer."""
    return sha256_text(canonical_json({
        "model": model, "prompt_version": prompt_version, "schema": schema,
        "snapshot": snapshot, "news": sorted(news), "messages": messages, "params": dict(params),
    }))
