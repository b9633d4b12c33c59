"""The response schema handed to the server, built from the pydantic model.

Strict mode needs every property required and `additionalProperties: false` at
every level; `to_strict_json_schema` (from the openai SDK) makes that form.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic import BaseModel

from .hashing import schema_hash


@functools.cache
def _strict_schema_json(model: type[BaseModel]) -> str:
    from openai.lib._pydantic import to_strict_json_schema  # the SDK is slow to import

    return json.dumps(to_strict_json_schema(model))


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A fresh copy each time (callers may not share one mutable dict); built once per model."""
    schema: dict[str, Any] = json.loads(_strict_schema_json(model))
    return schema


def response_format(model: type[BaseModel], name: str, mode: str) -> dict[str, Any]:
    """`json_schema` (strict) where the server supports it, else plain JSON mode."""
    if mode == "json_object":
        return {"type": "json_object"}
    return {"type": "json_schema",
            "json_schema": {"name": name, "schema": strict_schema(model), "strict": True}}


@functools.cache
def hash_of(model: type[BaseModel]) -> str:
    return schema_hash(strict_schema(model))
