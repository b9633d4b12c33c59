"""The model call log: one row per call, read back for `newsdesk calls` and the cache."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..llm.errors import CallOutcome
from ..llm.records import ModelCall
from .schema import model_calls


def _values(call: ModelCall) -> dict[str, Any]:
    values = call.model_dump(exclude={"call_id"})
    values["messages"] = json.dumps(call.messages, ensure_ascii=False)
    values["parsed"] = None if call.parsed is None else json.dumps(call.parsed, ensure_ascii=False)
    values["outcome"] = call.outcome.value
    return values


def record(conn: Connection, call: ModelCall) -> int:
    result = conn.execute(insert(model_calls).values(**_values(call)))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def rewrite(conn: Connection, call_id: int, call: ModelCall) -> None:
    """Replace row `call_id` with `call` (a received answer once it has been read)."""
    conn.execute(update(model_calls).where(model_calls.c.id == call_id).values(**_values(call)))


def received(conn: Connection, cache_key: str) -> ModelCall | None:
    """The newest answer with this key that was stored but never read (its process died)."""
    c = model_calls.c
    row = conn.execute(select(model_calls).where(c.cache_key == cache_key,
                                                 c.outcome == CallOutcome.RECEIVED.value)
                       .order_by(c.id.desc()).limit(1)).first()
    return None if row is None else _call(row)


def cached(conn: Connection, cache_key: str) -> ModelCall | None:
    """The newest successful call with this key, if any."""
    c = model_calls.c
    row = conn.execute(
        select(model_calls).where(c.cache_key == cache_key, c.outcome == CallOutcome.OK.value,
                                  c.parsed.is_not(None))
        .order_by(c.id.desc()).limit(1)
    ).first()
    return None if row is None else _call(row)


def latest(conn: Connection, limit: int, symbol: str | None = None,
           run_id: str | None = None) -> list[ModelCall]:
    """The newest calls first."""
    c = model_calls.c
    query = select(model_calls).order_by(c.id.desc()).limit(limit)
    if symbol:
        query = query.where(c.symbol == symbol)
    if run_id:
        query = query.where(c.run_id == run_id)
    return [_call(row) for row in conn.execute(query)]


def _call(row: Any) -> ModelCall:
    data = row._asdict()
    data["call_id"] = data.pop("id")
    data["messages"] = json.loads(data["messages"])
    data["parsed"] = None if data["parsed"] is None else json.loads(data["parsed"])
    return ModelCall.model_validate(data)
