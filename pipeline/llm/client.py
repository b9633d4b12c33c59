"""The one place that calls a model: Chat Completions with a response schema.

`ModelClient.complete(messages, schema)` sends prepared messages with the
schema as `response_format` (strict `json_schema`, `json_object` for servers
without it, or none at all), reads the first complete JSON object of the answer
(see answers.py: fences, preambles, think blocks and trailing text are common
with local models), drops keys the schema does not know with a logged warning,
and returns the validated object, or raises one ModelCallError
carrying the reason, HTTP attempts, token usage and the last raw output.
Refusals, `finish_reason=length` and content filters end the call; so does a
non-retryable HTTP status. Retries live in `retry.py` only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .answers import drop_unknown_keys, first_json_object
from .errors import ModelCallError, Reason
from .limits import RateLimiter, estimate_tokens
from .retry import ResponseDeadline, retrying
from .schema import response_format

if TYPE_CHECKING:  # the SDK is imported where a call is made: it is slow to import
    import openai
    from openai import AsyncOpenAI

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClientOptions:
    model: str
    max_tokens: int = 4000
    max_tokens_param: str = "max_tokens"
    temperature: float | None = 0.2
    structured: str = "json_schema"
    max_attempts: int = 4
    backoff_base: float = 4.0
    backoff_max: float = 20.0
    retry_after_cap: float = 30.0
    concurrency: int = 4
    deadline: float | None = None  # seconds for a whole response, however slowly its bytes come

    def params(self) -> dict[str, Any]:
        """What shapes the answer besides the messages (part of the cache key)."""
        return {"temperature": self.temperature, "max_tokens": self.max_tokens,
                "structured": self.structured}


@dataclass(frozen=True)
class ModelReply(Generic[T]):
    parsed: T
    raw: str
    prompt_tokens: int
    completion_tokens: int
    attempts: int
    latency_ms: int


@dataclass
class _Attempts:
    count: int = 0
    started: float = 0.0
    usage: tuple[int, int] | None = None  # the reply's tokens, read while its slot was held

    def ms(self) -> int:
        return int((time.perf_counter() - self.started) * 1000)


class ModelClient:
    def __init__(self, client: AsyncOpenAI, options: ClientOptions,
                 limiter: RateLimiter | None = None, gate: Callable[[], None] | None = None) -> None:
        """`gate` runs when a request has its slot, just before it is sent: it raises
        ModelCallError (reason budget or deadline) when the run may send no more."""
        self._client = client
        self.options = options
        self._limiter = limiter or RateLimiter()
        self._gate = gate
        self._in_flight = asyncio.Semaphore(options.concurrency)

    async def complete(self, messages: list[dict[str, str]], schema: type[T], name: str,
                       max_tokens: int | None = None,
                       on_raw: Callable[[str], Awaitable[None]] | None = None,
                       on_usage: Callable[[int, int], None] | None = None) -> ModelReply[T]:
        """`max_tokens`: this request's answer cap when it must be lower than the configured one.
        `on_raw` gets the response body as soon as it has arrived, before it is read. `on_usage`
        gets the reply's prompt and completion tokens before the request gives up its slot, so a
        budget is charged before the next request's gate runs."""
        import openai

        tries = _Attempts(started=time.perf_counter())
        cap = max_tokens or self.options.max_tokens
        kwargs = self._request(messages, schema, name, cap)
        prompt_chars = sum(len(m.get("content", "")) for m in messages)
        try:
            raw = await self._send(kwargs, tries, estimate_tokens(messages, cap), prompt_chars, on_usage)
        except openai.APITimeoutError:
            raise ModelCallError(Reason.TIMEOUT, "no response before the timeout",
                                 attempts=tries.count, latency_ms=tries.ms()) from None
        except ResponseDeadline:
            raise ModelCallError(Reason.TIMEOUT, f"no complete response within {self.options.deadline:g} s",
                                 attempts=tries.count, latency_ms=tries.ms()) from None
        except openai.APIStatusError as exc:
            raise ModelCallError(Reason.HTTP_STATUS, _status_detail(exc), attempts=tries.count,
                                 latency_ms=tries.ms(), status_code=exc.status_code) from None
        except openai.APIConnectionError as exc:
            raise ModelCallError(Reason.CONNECTION, f"cannot reach the server: {exc}",
                                 attempts=tries.count, latency_ms=tries.ms()) from None
        if on_raw is not None:
            await on_raw(raw.text)
        return _interpret(raw, schema, tries, prompt_chars)

    def replay(self, body: str, messages: list[dict[str, str]], schema: type[T]) -> ModelReply[T]:
        """A stored response body read as if it had just arrived (no request is sent)."""
        from openai.types.chat import ChatCompletion

        return _read_body(body, lambda: ChatCompletion.model_validate_json(body), schema, _Attempts(),
                          sum(len(m.get("content", "")) for m in messages))

    def _request(self, messages: list[dict[str, str]], schema: type[BaseModel], name: str,
                 max_tokens: int) -> dict[str, Any]:
        o = self.options
        kwargs: dict[str, Any] = {"model": o.model, "messages": messages, o.max_tokens_param: max_tokens}
        shape = response_format(schema, name, o.structured)
        if shape is not None:
            kwargs["response_format"] = shape
        if o.temperature is not None:
            kwargs["temperature"] = o.temperature
        return kwargs

    async def _send(self, kwargs: dict[str, Any], tries: _Attempts, tokens: int, prompt_chars: int,
                    on_usage: Callable[[int, int], None] | None) -> Any:
        o = self.options
        async for attempt in retrying(o.max_attempts, o.backoff_max, o.retry_after_cap, o.backoff_base):
            with attempt:
                tries.count += 1
                async with self._in_flight:
                    if self._gate is not None:
                        self._gate()
                    await self._limiter.acquire(tokens)  # counted when sent, not when queued
                    raw = await self._create(kwargs)
                    tries.usage = _arrived_usage(raw, prompt_chars)
                    if on_usage is not None and tries.usage is not None:
                        on_usage(*tries.usage)  # charged before the slot is free: no await in between
                    return raw
        raise AssertionError("unreachable: tenacity re-raises the last error")

    async def _create(self, kwargs: dict[str, Any]) -> Any:
        """One HTTP request, cut off at the response deadline (the body is read inside it)."""
        try:
            async with asyncio.timeout(self.options.deadline):
                return await self._client.chat.completions.with_raw_response.create(**kwargs)
        except TimeoutError:
            raise ResponseDeadline() from None


def _usage(usage: Any, prompt_chars: int, content: str | None) -> tuple[int, int]:
    """Tokens from the reply's `usage`, or estimated at 4 characters a token when it has none
    (some local servers omit it): a budget must never count an answer as free."""
    if usage is not None and (usage.prompt_tokens or usage.completion_tokens):
        return usage.prompt_tokens or 0, usage.completion_tokens or 0
    estimate = (max(1, prompt_chars // 4), max(1, len(content or "") // 4))
    log.warning("the reply has no token usage; estimated %d prompt + %d completion tokens", *estimate)
    return estimate


def _arrived_usage(raw: Any, prompt_chars: int) -> tuple[int, int] | None:
    """The tokens of a reply that has just arrived, or None when its body is not a completion
    (that failure is reported when the body is read)."""
    try:
        completion = raw.parse()
        choices = completion.choices
    except (ValueError, TypeError, AttributeError):
        return None
    content = choices[0].message.content if choices else None
    return _usage(completion.usage, prompt_chars, content)


def _interpret(raw: Any, schema: type[T], tries: _Attempts, prompt_chars: int = 0) -> ModelReply[T]:
    """The reply as a validated object, or the reason it is not one."""
    return _read_body(raw.text, raw.parse, schema, tries, prompt_chars)


def _read_body(body: str, parse: Callable[[], Any], schema: type[T], tries: _Attempts,
               prompt_chars: int) -> ModelReply[T]:
    try:
        completion = parse()
        _ = completion.choices  # a body that is not a completion fails here, not later
    except (ValueError, TypeError, AttributeError) as exc:
        raise ModelCallError(Reason.INVALID_JSON, f"the response is not a chat completion: {exc}",
                             attempts=tries.count, raw_output=body, latency_ms=tries.ms()) from None
    content = completion.choices[0].message.content if completion.choices else None
    p_tok, c_tok = tries.usage or _usage(completion.usage, prompt_chars, content)

    def fail(reason: Reason, detail: str) -> ModelCallError:
        return ModelCallError(reason, detail, attempts=tries.count, prompt_tokens=p_tok,
                              completion_tokens=c_tok, raw_output=body, content=content,
                              latency_ms=tries.ms())

    if not completion.choices:
        raise fail(Reason.INVALID_JSON, "the response has no choices")
    choice = completion.choices[0]
    if getattr(choice.message, "refusal", None):
        raise fail(Reason.REFUSAL, str(choice.message.refusal))
    if choice.finish_reason == "length":
        raise fail(Reason.LENGTH, "the answer was cut off at max_tokens")
    if choice.finish_reason == "content_filter":
        raise fail(Reason.CONTENT_FILTER, "the server's content filter stopped the answer")
    parsed = _validate(choice.message.content or "", schema, fail)
    return ModelReply(parsed=parsed, raw=body, prompt_tokens=p_tok, completion_tokens=c_tok,
                      attempts=tries.count, latency_ms=tries.ms())


def _validate(content: str, schema: type[T], fail: Any) -> T:
    try:
        data = first_json_object(content)
    except json.JSONDecodeError:
        raise fail(Reason.INVALID_JSON, "the answer holds no complete JSON object") from None
    dropped = drop_unknown_keys(data, schema)
    if dropped:
        log.warning("the model's answer had keys the schema does not define; dropped: %s",
                    ", ".join(dropped))
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise fail(Reason.SCHEMA_INVALID, validation_summary(exc)) from None


def validation_summary(exc: ValidationError, limit: int = 12) -> str:
    problems = [f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}"
                for e in exc.errors()[:limit]]
    return "; ".join(problems)


def _status_detail(exc: openai.APIStatusError) -> str:
    try:
        text = exc.response.text
    except Exception:  # a streamed or closed body
        text = ""
    return f"HTTP {exc.status_code}: {text[:300] or exc.message}"
