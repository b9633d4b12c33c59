"""The one model client: retries, timeouts and failure reasons, against a real local server."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import asyncio
import json
import time

import pytest
from llm_helpers import server  # noqa: F401
from llm_server import Content, ContentFiltered, Drip, Hang, NoUsage, RawBody, Refusal, Status, Truncated
from pydantic import BaseModel, ConfigDict

from pipeline.config import LLMConfig
from pipeline.llm.client import ClientOptions, ModelClient
from pipeline.llm.connect import base_host, open_openai
from pipeline.llm.errors import ModelCallError, Reason
from pipeline.llm.limits import RateLimiter
from pipeline.llm.retry import backoff_seconds

MESSAGES = [{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "Say hi."}]


class Greeting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str


GOOD = Content(json.dumps({"text": "hi"}))


def _complete(base_url: str, *, timeout: float = 5.0, **options):
    """One call through a fresh client, as the writer makes it; returns (reply or error, seconds)."""
    cfg = LLMConfig(base_url=base_url, model="fake-model", timeout=timeout, connect_timeout=2.0)
    opts = ClientOptions(model="fake-model", **{"backoff_max": 0.05, "retry_after_cap": 2.0, **options})

    async def go():
        client = open_openai(cfg, "sk-test")
        try:
            return await ModelClient(client, opts).complete(MESSAGES, Greeting, "greeting")
        finally:
            await client.close()

    started = time.perf_counter()
    try:
        result = asyncio.run(go())
    except ModelCallError as exc:
        result = exc
    return result, time.perf_counter() - started


def test_valid_answer_is_returned_with_usage(server):
    server.script(GOOD)
    reply, _ = _complete(server.base_url)
    assert reply.parsed == Greeting(text="hi") and reply.attempts == 1
    assert reply.prompt_tokens > 0 and reply.completion_tokens == 4


def test_429_waits_for_retry_after_then_succeeds(server):
    server.script(Status(429, headers={"Retry-After": "0.4"}), GOOD)
    reply, seconds = _complete(server.base_url, max_attempts=3)
    assert reply.parsed.text == "hi" and reply.attempts == 2
    assert len(server.requests) == 2
    gap = server.requests[1].received_at - server.requests[0].received_at
    assert gap >= 0.39 and seconds >= 0.4


def test_retry_after_is_honoured_only_up_to_the_cap(server):
    server.script(Status(429, headers={"Retry-After": "30"}), GOOD)
    reply, seconds = _complete(server.base_url, retry_after_cap=0.2)
    assert reply.parsed.text == "hi" and len(server.requests) == 2 and seconds < 3


def test_retry_after_ms_is_read(server):
    server.script(Status(503, headers={"retry-after-ms": "300"}), GOOD)
    reply, _ = _complete(server.base_url)
    gap = server.requests[1].received_at - server.requests[0].received_at
    assert reply.attempts == 2 and gap >= 0.29


def test_500_twice_then_success(server):
    server.script(Status(500), Status(502), GOOD)
    reply, _ = _complete(server.base_url, max_attempts=3)
    assert reply.parsed.text == "hi" and len(server.requests) == 3


def test_attempts_are_bounded(server):
    server.script(Status(500), Status(500), Status(500), GOOD)
    error, _ = _complete(server.base_url, max_attempts=2)
    assert isinstance(error, ModelCallError) and error.reason == Reason.HTTP_STATUS
    assert error.status_code == 500 and error.attempts == 2 and len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(server, status):
    server.script(Status(status), GOOD)
    error, _ = _complete(server.base_url)
    assert isinstance(error, ModelCallError) and error.reason == Reason.HTTP_STATUS
    assert error.status_code == status and len(server.requests) == 1


@pytest.mark.parametrize("status", [408, 409])
def test_408_and_409_are_retried(server, status):
    server.script(Status(status), GOOD)
    reply, _ = _complete(server.base_url)
    assert reply.parsed.text == "hi" and len(server.requests) == 2


def test_sdk_retries_are_off(server):
    server.script(Status(429), GOOD)
    error, _ = _complete(server.base_url, max_attempts=1)
    assert isinstance(error, ModelCallError) and len(server.requests) == 1


def test_a_hang_times_out(server):
    server.script(Hang(10))
    error, seconds = _complete(server.base_url, timeout=0.5, max_attempts=1)
    assert isinstance(error, ModelCallError) and error.reason == Reason.TIMEOUT
    assert error.reason.outcome == "timeout" and 0.4 < seconds < 3 and len(server.requests) == 1


def test_a_timeout_is_retried_then_given_up(server):
    server.script(Hang(10), Hang(10))
    error, seconds = _complete(server.base_url, timeout=0.3, max_attempts=2)
    assert error.reason == Reason.TIMEOUT and error.attempts == 2 and len(server.requests) == 2
    assert seconds < 3


def test_connection_refused_is_a_connection_error():
    error, _ = _complete("http://127.0.0.1:9/v1", max_attempts=2)
    assert isinstance(error, ModelCallError) and error.reason == Reason.CONNECTION
    assert error.reason.outcome == "http_error" and error.attempts == 2


@pytest.mark.parametrize(("reply", "reason"), [
    (Refusal("I can't help with that."), Reason.REFUSAL),
    (Truncated('{"text": "h'), Reason.LENGTH),
    (ContentFiltered(), Reason.CONTENT_FILTER),
    (Content("not json at all"), Reason.INVALID_JSON),
    (Content(json.dumps({"text": 3})), Reason.SCHEMA_INVALID),
    (Content("Sorry, I cannot produce JSON for that."), Reason.INVALID_JSON),
    (Content('{"text": "hi"'), Reason.INVALID_JSON),
    (RawBody(b"{not json"), Reason.INVALID_JSON),
    (RawBody(b"{}"), Reason.INVALID_JSON),
])
def test_answers_that_are_not_a_valid_object_end_with_their_reason(server, reply, reason):
    server.script(reply)
    error, _ = _complete(server.base_url)
    assert isinstance(error, ModelCallError) and error.reason == reason
    assert len(server.requests) == 1 and error.attempts == 1


def test_fenced_json_is_accepted(server):
    server.script(Content('```json\n{"text": "hi"}\n```'))
    reply, _ = _complete(server.base_url)
    assert reply.parsed.text == "hi"


@pytest.mark.parametrize("content", [
    'Here is the article:\n\n```json\n{"text": "hi"}\n```',
    '<think>The user wants {"text": ...}. Keep it short.</think>\n{"text": "hi"}',
    'The user wants a greeting.</think>{"text": "hi"}',  # the server ate the opening tag
    '{"text": "hi"}\nI hope this helps!',
    'Sure! {"text": "hi"} Let me know if you need more.',
    '```\n{"text": "hi"}\n```\nNote: the greeting is informal.',
])
def test_common_answer_shapes_of_local_models_are_read(server, content):
    server.script(Content(content))
    reply, _ = _complete(server.base_url)
    assert not isinstance(reply, ModelCallError), reply
    assert reply.parsed.text == "hi" and len(server.requests) == 1


class Nested(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[Greeting]
    title: str


def test_unknown_keys_are_dropped_with_a_warning_at_every_level(server, caplog):
    server.script(Content(json.dumps({"title": "t", "confidence": 0.9,
                                      "items": [{"text": "a", "tone": "warm"}, {"text": "b"}]})))
    cfg = LLMConfig(base_url=server.base_url, model="fake-model", timeout=5)

    async def go():
        client = open_openai(cfg, "sk-test")
        try:
            return await ModelClient(client, ClientOptions(model="fake-model")).complete(
                MESSAGES, Nested, "nested")
        finally:
            await client.close()

    with caplog.at_level("WARNING", logger="pipeline.llm.client"):
        reply = asyncio.run(go())
    assert reply.parsed == Nested(title="t", items=[Greeting(text="a"), Greeting(text="b")])
    assert "confidence" in caplog.text and "items.0.tone" in caplog.text


def test_structured_none_sends_no_response_format(server):
    server.script(GOOD)
    reply, _ = _complete(server.base_url, structured="none")
    assert reply.parsed.text == "hi"
    assert server.requests[0].response_format is None
    assert "response_format" not in server.requests[0].body


def test_concurrency_bounds_requests_in_flight(server):
    server.responder = lambda request: Content(json.dumps({"text": "hi"}), delay=0.2)
    cfg = LLMConfig(base_url=server.base_url, model="fake-model", timeout=5)

    async def go():
        client = open_openai(cfg, "sk-test")
        model = ModelClient(client, ClientOptions(model="fake-model", concurrency=3))
        try:
            return await asyncio.gather(*(model.complete(MESSAGES, Greeting, "g") for _ in range(9)))
        finally:
            await client.close()

    replies = asyncio.run(go())
    assert len(replies) == 9 and server.max_in_flight == 3


def test_rate_limiter_waits_for_the_window(monkeypatch):
    now = [0.0]
    limiter = RateLimiter(rpm=2, tpm=0, clock=lambda: now[0])
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    async def go():
        for _ in range(3):
            await limiter.acquire(10)

    monkeypatch.setattr("pipeline.llm.limits.asyncio.sleep", fake_sleep)
    asyncio.run(go())
    assert slept == [60.0]


def test_token_limit_counts_tokens():
    now = [0.0]
    limiter = RateLimiter(rpm=0, tpm=100, clock=lambda: now[0])
    assert limiter._delay(60) == 0
    limiter._sent.append((0.0, 60))
    assert limiter._delay(50) == 60.0 and limiter._delay(40) == 0


def test_base_host_drops_credentials_and_query():
    assert base_host("https://user:secret@api.example.com:8443/v1?key=abc") == "https://api.example.com:8443"


def test_a_dripping_response_is_cut_at_its_total_deadline(server):
    """One byte every 30 ms keeps a between-bytes timeout happy forever; the deadline does not."""
    server.script(Drip(json.dumps({"text": "hi" * 200})))
    error, seconds = _complete(server.base_url, timeout=3.0, deadline=1.0, max_attempts=1)
    assert isinstance(error, ModelCallError) and error.reason == Reason.TIMEOUT
    assert "within 1 s" in error.detail and seconds < 2.5


def test_a_slow_but_complete_response_within_the_deadline_is_read(server):
    server.script(Drip(json.dumps({"text": "hi"}), every=0.005))
    reply, _ = _complete(server.base_url, deadline=5.0)
    assert reply.parsed.text == "hi"


def test_a_missed_deadline_is_retried(server):
    server.script(Drip(json.dumps({"text": "hi" * 200})), GOOD)
    reply, _ = _complete(server.base_url, deadline=0.5, max_attempts=2)
    assert reply.parsed.text == "hi" and reply.attempts == 2


def test_backoff_has_a_floor_and_doubles_up_to_the_cap():
    floors = [backoff_seconds(n, 4.0, 20.0, draw=0.5) for n in (1, 2, 3, 4)]
    ceilings = [backoff_seconds(n, 4.0, 20.0, draw=1.0) for n in (1, 2, 3, 4)]
    assert floors == [2.0, 4.0, 8.0, 10.0] and ceilings == [4.0, 8.0, 16.0, 20.0]
    assert sum(floors[:3]) >= 14.0  # four tries span tens of seconds without Retry-After


def test_rate_limit_counts_requests_when_they_are_sent(server):
    """With one request in flight, each is counted by the rpm window when it goes out, not when queued."""
    server.responder = lambda request: Content(json.dumps({"text": "hi"}), delay=0.3)
    cfg = LLMConfig(base_url=server.base_url, model="fake-model", timeout=5)
    counted: list[float] = []

    class Recording(RateLimiter):
        async def acquire(self, tokens: int) -> None:
            await super().acquire(tokens)
            counted.append(time.monotonic())

    async def go():
        client = open_openai(cfg, "sk-test")
        model = ModelClient(client, ClientOptions(model="fake-model", concurrency=1), Recording(rpm=100))
        try:
            await asyncio.gather(*(model.complete(MESSAGES, Greeting, "g") for _ in range(3)))
        finally:
            await client.close()

    asyncio.run(go())
    received = [r.received_at for r in server.requests]
    assert len(counted) == len(received) == 3
    # Ordered, not timed (a loaded machine only stretches the gaps): each request is counted before the
    # server gets it, and only after the one before has been answered (the server holds each 0.3 s);
    # counted when queued, all three would be counted at once, before the second was even sent.
    assert all(c <= r for c, r in zip(counted, received, strict=True)), (counted, received)
    assert all(c >= r + 0.25 for c, r in zip(counted[1:], received[:-1], strict=True)), (counted, received)


def test_a_reply_without_usage_is_charged_by_estimate(server, caplog):
    server.script(NoUsage(json.dumps({"text": "hi there, this is long enough"})))
    with caplog.at_level("WARNING", logger="pipeline.llm.client"):
        reply, _ = _complete(server.base_url)
    chars = sum(len(m["content"]) for m in MESSAGES)
    assert reply.prompt_tokens == chars // 4 and reply.completion_tokens > 0
    assert "no token usage" in caplog.text
