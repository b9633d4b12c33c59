"""Model calls through the call log: every call recorded, unchanged ones served from it.

`LoggedModel.call` computes the cache key (model, prompt versions, schema hash,
snapshot hash, news hashes, the conversation and sampling), returns a logged
result for it at zero tokens when there is one, and otherwise calls the model
and records the call, success or failure. Every string of the record passes
the redactor (`pipeline.redact`) before it is written.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from ..config import ModelPrice
from ..redact import Redactor
from .budget import RunBudget
from .client import ModelClient
from .errors import CallOutcome, ModelCallError
from .hashing import cache_key
from .pricing import cost_usd
from .records import CallContext, ModelCall
from .schema import hash_of

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)


class CallStore(Protocol):
    def record_call(self, call: ModelCall) -> int: ...

    def rewrite_call(self, call_id: int, call: ModelCall) -> None: ...

    def received_call(self, cache_key: str) -> ModelCall | None: ...

    def cached_call(self, cache_key: str) -> ModelCall | None: ...


class CacheInputs(BaseModel):
    """What the answer depends on besides the conversation."""

    snapshot_hash: str
    news_hashes: list[str]


class LoggedModel:
    def __init__(self, client: ModelClient, store: CallStore, *, base_host: str,
                 prices: Mapping[str, ModelPrice], redactor: Redactor | None = None, use_cache: bool = True,
                 clock: Callable[[], datetime] | None = None, budget: RunBudget | None = None) -> None:
        self.client = client
        self.store = store
        self.base_host = base_host
        self.prices = prices
        self.redactor = redactor or Redactor()
        self.use_cache = use_cache
        self._clock = clock or (lambda: datetime.now(UTC))
        self.budget = budget or RunBudget()

    async def call(self, messages: list[dict[str, str]], schema: type[T], name: str, *,
                   context: CallContext, round: int, prompt_version: str, inputs: CacheInputs,
                   max_tokens: int | None = None) -> T:
        row = self._row(messages, schema, context, round, prompt_version, inputs)
        if self.use_cache:
            hit = await asyncio.to_thread(self.store.cached_call, row["cache_key"])
            if hit is not None and hit.parsed is not None:
                await self._record(row, outcome=CallOutcome.CACHE_HIT, parsed=hit.parsed,
                                   raw_response=hit.raw_response)
                return schema.model_validate(hit.parsed)
            pending = await asyncio.to_thread(self.store.received_call, row["cache_key"])
            if pending is not None and pending.raw_response and pending.call_id is not None:
                return await self._finish(row, pending.call_id, lambda: self.client.replay(
                    pending.raw_response or "", messages, schema))
        received: list[int] = []
        paid: list[bool] = []

        async def keep(body: str) -> None:
            """The answer goes to the log before it is read: a crash after this costs no new call."""
            received.append(await self._record(row, outcome=CallOutcome.RECEIVED, raw_response=body))

        def pay(prompt_tokens: int, completion_tokens: int) -> None:
            """Charged as the reply arrives, while the request still holds its slot."""
            self._charge(row["model"], prompt_tokens, completion_tokens)
            paid.append(True)

        try:
            reply = await self.client.complete(messages, schema, name, max_tokens=max_tokens, on_raw=keep,
                                               on_usage=pay)
        except ModelCallError as exc:
            await self._record(row, outcome=exc.reason.outcome, raw_response=exc.raw_output,
                               prompt_tokens=exc.prompt_tokens, completion_tokens=exc.completion_tokens,
                               latency_ms=exc.latency_ms, attempts=exc.attempts, error=str(exc),
                               replacing=received[0] if received else None, charged=bool(paid))
            raise
        await self._record(row, outcome=CallOutcome.OK, raw_response=reply.raw,
                           parsed=reply.parsed.model_dump(mode="json"), prompt_tokens=reply.prompt_tokens,
                           completion_tokens=reply.completion_tokens, latency_ms=reply.latency_ms,
                           attempts=reply.attempts, replacing=received[0] if received else None,
                           charged=bool(paid))
        return reply.parsed

    async def _finish(self, row: dict[str, Any], call_id: int, read: Callable[[], Any]) -> Any:
        """A stored, never-read answer (its process died) read now and logged in its own row."""
        log.info("%s round %d: reading the answer stored by an earlier run (no new call)",
                 row["symbol"], row["round"])
        try:
            reply = read()
        except ModelCallError as exc:
            await self._record(row, outcome=exc.reason.outcome, raw_response=exc.raw_output,
                               prompt_tokens=exc.prompt_tokens, completion_tokens=exc.completion_tokens,
                               error=str(exc), replacing=call_id)
            raise
        await self._record(row, outcome=CallOutcome.OK, raw_response=reply.raw,
                           parsed=reply.parsed.model_dump(mode="json"), prompt_tokens=reply.prompt_tokens,
                           completion_tokens=reply.completion_tokens, replacing=call_id)
        return reply.parsed

    def _row(self, messages: list[dict[str, str]], schema: type[BaseModel], context: CallContext,
             round: int, prompt_version: str, inputs: CacheInputs) -> dict[str, Any]:
        model, s_hash = self.client.options.model, hash_of(schema)
        key = cache_key(model=model, prompt_version=prompt_version, schema=s_hash,
                        snapshot=inputs.snapshot_hash, news=inputs.news_hashes, messages=messages,
                        params=self.client.options.params())
        return {"started_at": self._clock(), "run_id": context.run_id, "draft_key": context.draft_key,
                "symbol": context.symbol, "round": round, "model": model, "base_host": self.base_host,
                "prompt_version": prompt_version, "schema_hash": s_hash, "cache_key": key,
                "messages": messages}

    def _charge(self, model: str, prompt_tokens: int, completion_tokens: int) -> None:
        self.budget.charge(prompt_tokens + completion_tokens,
                           cost_usd(self.prices, model, prompt_tokens, completion_tokens))

    async def _record(self, row: dict[str, Any], *, outcome: CallOutcome, replacing: int | None = None,
                      charged: bool = False, **values: Any) -> int:
        """Log the call (or complete row `replacing`, its received answer); returns the row id.
        The budget is charged here unless the client `charged` it when the reply arrived."""
        model = row["model"]
        p_tok, c_tok = values.get("prompt_tokens", 0), values.get("completion_tokens", 0)
        cost = 0.0 if outcome == CallOutcome.CACHE_HIT else cost_usd(self.prices, model, p_tok, c_tok)
        if outcome != CallOutcome.CACHE_HIT and not charged:
            self.budget.charge(p_tok + c_tok, cost)
        call = ModelCall(**self.redactor.value({**row, **values}), outcome=outcome, cost_usd=cost)
        if replacing is None:
            call_id = await asyncio.to_thread(self.store.record_call, call)
        else:
            call_id = replacing
            await asyncio.to_thread(self.store.rewrite_call, replacing, call)
        log.info("model call %d %s round %d: %s (%d+%d tokens)", call_id, row["symbol"], row["round"],
                 outcome.value, p_tok, c_tok)
        return call_id
