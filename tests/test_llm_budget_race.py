"""A run's budget is charged while the request that spent it still holds its slot.

The answer is logged through a thread (`asyncio.to_thread`), which lets other requests run; a
budget charged only after that log write let the next request's gate pass on an unpaid
budget, so a capped run sent one request more than it should (seen under load in CI).
The store here is slow on purpose, to make that interleaving happen every time.
"""

# ruff: noqa: F811  (the fixture `server` is imported from llm_helpers)
from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime

from llm_helpers import server  # noqa: F401
from llm_server import Content
from pydantic import BaseModel, ConfigDict

from pipeline.config import LLMConfig
from pipeline.llm.budget import RunBudget
from pipeline.llm.client import ClientOptions, ModelClient
from pipeline.llm.connect import open_openai
from pipeline.llm.errors import CallOutcome, ModelCallError, Reason
from pipeline.llm.logged import CacheInputs, LoggedModel
from pipeline.llm.records import CallContext, ModelCall


class Greeting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str


class SlowCallLog:
    """An in-memory call log whose writes take a while, as a busy SQLite or PostgreSQL can."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.calls: list[ModelCall] = []

    def record_call(self, call: ModelCall) -> int:
        time.sleep(self.seconds)
        self.calls.append(call)
        return len(self.calls)

    def rewrite_call(self, call_id: int, call: ModelCall) -> None:
        time.sleep(self.seconds)
        self.calls[call_id - 1] = call

    def received_call(self, cache_key: str) -> ModelCall | None:
        return None

    def cached_call(self, cache_key: str) -> ModelCall | None:
        return None


def _two_calls_on_one_slot(base_url: str, log: SlowCallLog, budget: RunBudget) -> list[object]:
    cfg = LLMConfig(base_url=base_url, model="fake-model", timeout=5)

    async def go() -> list[object]:
        client = open_openai(cfg, "sk-test")
        model = LoggedModel(ModelClient(client, ClientOptions(model="fake-model", concurrency=1),
                                        gate=budget.check),
                            log, base_host="127.0.0.1", prices={}, budget=budget,
                            clock=lambda: datetime(2026, 12, 4, tzinfo=UTC))

        def ask(symbol: str):
            messages = [{"role": "user", "content": f"Greet {symbol}."}]
            return model.call(messages, Greeting, "greeting", context=CallContext(symbol=symbol), round=0,
                              prompt_version="v1", inputs=CacheInputs(snapshot_hash="s", news_hashes=[]))

        try:
            return await asyncio.gather(ask("SPY"), ask("QQQ"), return_exceptions=True)
        finally:
            await client.close()

    return asyncio.run(go())


def test_the_next_request_sees_the_budget_the_last_reply_spent(server):
    server.script(Content(json.dumps({"text": "hi"})), Content(json.dumps({"text": "hi"})))
    budget = RunBudget(max_tokens=1)
    log = SlowCallLog(seconds=0.3)
    first, second = _two_calls_on_one_slot(server.base_url, log, budget)
    assert first == Greeting(text="hi")
    assert isinstance(second, ModelCallError) and second.reason == Reason.BUDGET
    assert len(server.requests) == 1
    assert sorted(c.outcome for c in log.calls) == sorted([CallOutcome.OK, CallOutcome.NOT_SENT])


def test_a_reply_is_charged_once(server):
    """Charged as it arrives, not again when its outcome is logged."""
    server.script(Content(json.dumps({"text": "hi"})), Content(json.dumps({"text": "hi"})))
    budget = RunBudget()
    log = SlowCallLog(seconds=0.0)
    replies = _two_calls_on_one_slot(server.base_url, log, budget)
    assert replies == [Greeting(text="hi")] * 2
    ok = [c for c in log.calls if c.outcome == CallOutcome.OK]
    assert len(ok) == 2 and budget.tokens == sum(c.prompt_tokens + c.completion_tokens for c in ok) > 0
