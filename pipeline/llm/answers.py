"""Reading a model's answer: the first complete JSON object, wherever the model put it.

Local models wrap their JSON. Seen from real servers: a preamble ("Here is the
article:") before a fenced block, a `<think>...</think>` block from a reasoning
model served without a reasoning parser, one more sentence after the object.
`first_json_object` drops think blocks, then decodes from each `{` in turn and
returns the first complete object. `drop_unknown_keys` removes keys the schema
does not name, at every level, and returns their paths for the log: the
contract stays strict inside the pipeline, only the model's extras are forgiven.
"""

from __future__ import annotations

import json
import re
import types
import typing
from typing import Any

from pydantic import BaseModel

_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)
_THINK_CLOSE = re.compile(r"</(?:think|thinking|reasoning)>", re.I)


def without_reasoning(text: str) -> str:
    """The answer with reasoning blocks removed (also one whose opening tag the server ate)."""
    text = _THINK.sub("", text)
    closes = list(_THINK_CLOSE.finditer(text))
    return text[closes[-1].end():] if closes else text


def first_json_object(text: str) -> dict[str, Any]:
    """The first complete JSON object in `text`; JSONDecodeError when there is none."""
    body = without_reasoning(text)
    decoder = json.JSONDecoder()
    start = body.find("{")
    while start != -1:
        try:
            value, _ = decoder.raw_decode(body, start)
        except json.JSONDecodeError:
            start = body.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = body.find("{", start + 1)
    raise json.JSONDecodeError("no JSON object found", body, 0)


def drop_unknown_keys(data: Any, model: type[BaseModel], path: str = "") -> list[str]:
    """Delete, in place, every key `model` (and its nested models) does not define; their paths."""
    if not isinstance(data, dict):
        return []
    dropped: list[str] = []
    fields = model.model_fields
    for key in list(data):
        if key not in fields:
            dropped.append(f"{path}{key}")
            del data[key]
            continue
        nested = _nested_model(fields[key].annotation)
        if nested is not None:
            dropped += _drop_in_value(data[key], nested, f"{path}{key}.")
    return dropped


def _drop_in_value(value: Any, model: type[BaseModel], path: str) -> list[str]:
    if isinstance(value, list):
        return [p for n, item in enumerate(value) for p in drop_unknown_keys(item, model, f"{path}{n}.")]
    return drop_unknown_keys(value, model, path)


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside `X`, `list[X]` or `X | None`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
    return None
