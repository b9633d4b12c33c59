"""The response schema handed to the server, built from the pydantic model.

Strict mode needs every property required and `additionalProperties: false` at
every level; `to_strict_json_schema` (from the openai SDK) makes that form.
Three modes (`llm.structured`): `json_schema` sends that schema; `json_object`
sends `{"type": "json_object"}` and `none` sends no `response_format` (for
servers that reject it). In the last two the model never sees the schema, so
`schema_outline` gives the prompt a compact description of it: every field
name, its nesting, type, allowed values, item limits and description.
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


def response_format(model: type[BaseModel], name: str, mode: str) -> dict[str, Any] | None:
    """`json_schema` (strict) where the server supports it, plain JSON mode, or nothing (`none`)."""
    if mode == "none":
        return None
    if mode == "json_object":
        return {"type": "json_object"}
    return {"type": "json_schema",
            "json_schema": {"name": name, "schema": strict_schema(model), "strict": True}}


@functools.cache
def hash_of(model: type[BaseModel]) -> str:
    return schema_hash(strict_schema(model))


def schema_outline(model: type[BaseModel]) -> str:
    """The schema as the prompt shows it: one line per field, nested fields indented."""
    schema = strict_schema(model)
    return "\n".join(_outline_object(schema, schema.get("$defs", {}), indent=""))


def _outline_object(schema: dict[str, Any], defs: dict[str, Any], indent: str) -> list[str]:
    lines = []
    for name, prop in schema.get("properties", {}).items():
        prop = _resolve(prop, defs)
        inner = _resolve(prop.get("items", {}), defs) if prop.get("type") == "array" else prop
        nests = inner.get("type") == "object"
        described = prop.get("description", "")
        note = f" - {described.rstrip('.') if nests else described}" if described else ""
        joint = ", each" if inner is not prop else "," if note else ""
        keys = f"{joint} with these keys:" if nests else ""
        lines.append(f'{indent}"{name}": {_type_of(prop, defs)}{_limits(prop)}{note}{keys}')
        if nests:
            lines += _outline_object(inner, defs, indent + "    ")
    return lines


def _resolve(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = prop.get("$ref", "")
    if not ref:
        return prop
    return {**defs[ref.rsplit("/", 1)[-1]], **{k: v for k, v in prop.items() if k != "$ref"}}


def _type_of(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    if "enum" in prop:
        return " | ".join(json.dumps(v) for v in prop["enum"])
    kind = prop.get("type", "any")
    if kind == "array":
        items = _type_of(_resolve(prop.get("items", {}), defs), defs)
        return "list of objects" if items == "object" else f"list of {items}"
    return str(kind)


def _limits(prop: dict[str, Any]) -> str:
    low, high = prop.get("minItems"), prop.get("maxItems")
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f" ({low}-{high} items)"
    return f" (at least {low} items)" if low is not None else f" (at most {high} items)"
