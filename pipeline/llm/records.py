"""The call log's record: one row per model call (a round of one draft)."""

from __future__ import annotations

from typing import Any

from pydantic import AwareDatetime, Field

from ..contracts import Contract
from .errors import CallOutcome


class ModelCall(Contract):
    """Everything needed to audit, price and replay one call. Never holds a secret."""

    call_id: int | None = Field(default=None, description="Assigned by the store.")
    started_at: AwareDatetime
    run_id: str | None = None
    draft_key: str | None = None
    symbol: str | None = None
    round: int = Field(ge=0, description="0 the first ask, 1.. the repairs.")
    model: str
    base_host: str = Field(description="Host of the API base URL; never a key or a query.")
    prompt_version: str
    schema_hash: str
    cache_key: str
    messages: list[dict[str, str]]
    raw_response: str | None = None
    parsed: dict[str, Any] | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    cost_usd: float | None = None
    outcome: CallOutcome
    attempts: int = 0
    error: str | None = None


class CallContext(Contract):
    """Where a call belongs: the run, the draft and the instrument."""

    run_id: str | None = None
    draft_key: str | None = None
    symbol: str | None = None
