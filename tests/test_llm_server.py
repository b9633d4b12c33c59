"""The fake model server, driven by the real openai client over real HTTP on 127.0.0.1.

These tests also pin what the installed SDK does with each kind of reply (see the docstring of
tests/llm_server.py), so an SDK upgrade that changes it fails here first.
"""

from __future__ import annotations

import json
import math
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from llm_server import (
    Content,
    ContentFiltered,
    FakeModelServer,
    Hang,
    RawBody,
    RecordedRequest,
    Refusal,
    Status,
    Truncated,
    usage_for,
)
from pydantic import BaseModel

openai = pytest.importorskip("openai")

MESSAGES = [
    {"role": "system", "content": "You write market commentary."},
    {"role": "user", "content": "Facts: price=201.37, change_1d_pct=-1.2"},
]


class Headline(BaseModel):
    headline: str
    pulse: int


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as running:
        yield running


@pytest.fixture
def client(server: FakeModelServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0, timeout=5.0)


def ask(client: openai.OpenAI, **kwargs: object) -> object:
    return client.chat.completions.create(model="gpt-test", messages=MESSAGES, **kwargs)


def parse(client: openai.OpenAI) -> object:
    return client.chat.completions.parse(model="gpt-test", messages=MESSAGES, response_format=Headline)


def http(server: FakeModelServer, path: str, data: bytes | None = None) -> tuple[int, dict]:
    """A plain stdlib request (for what the openai client cannot send): status and JSON body."""
    headers = {"Content-Type": "application/json"}
    request = urllib.request.Request(server.url + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# --------------------------------------------------------------------------- completions


def test_content_round_trip(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Content("Small caps slipped.", prompt_tokens=120, completion_tokens=7))
    completion = ask(client, response_format={"type": "json_object"}, max_completion_tokens=300)

    choice = completion.choices[0]
    assert choice.message.content == "Small caps slipped."
    assert choice.message.refusal is None
    assert choice.finish_reason == "stop"
    assert completion.id.startswith("chatcmpl-")
    assert completion.model == "gpt-test"
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (120, 7)
    assert completion.usage.total_tokens == 127

    [recorded] = server.requests
    assert recorded.path == "/v1/chat/completions"
    assert recorded.model == "gpt-test"
    assert recorded.messages == MESSAGES
    assert recorded.response_format == {"type": "json_object"}
    assert recorded.max_tokens == 300
    assert recorded.system_text == "You write market commentary."
    assert recorded.user_text == "Facts: price=201.37, change_1d_pct=-1.2"
    assert recorded.headers["authorization"] == "Bearer test"


def test_default_usage_is_the_documented_estimate(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Content("x" * 9))
    usage = ask(client).usage

    assert usage.completion_tokens == usage_for("x" * 9) == 3
    assert usage.prompt_tokens == sum(math.ceil(len(m["content"]) / 4) for m in MESSAGES)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_completion_ids_are_unique(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Content("a"), Content("a"))
    assert ask(client).id != ask(client).id


def test_structured_output_parses_into_the_model(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Content.of_json({"headline": "Small caps slip", "pulse": 42}))
    message = parse(client).choices[0].message

    assert message.parsed == Headline(headline="Small caps slip", pulse=42)
    [recorded] = server.requests
    assert recorded.response_format["type"] == "json_schema"
    assert recorded.response_schema["required"] == ["headline", "pulse"]


def test_content_that_does_not_fit_the_schema_fails_validation(
    server: FakeModelServer, client: openai.OpenAI
) -> None:
    server.script(Content('{"headline": "no pulse"}'), Content("{not json"))
    for _ in range(2):
        with pytest.raises(ValueError):  # pydantic.ValidationError
            parse(client)


def test_refusal_is_message_refusal(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Refusal("I can't write that."), Refusal())
    created = ask(client).choices[0]
    parsed = parse(client).choices[0]

    assert (created.message.content, created.message.refusal) == (None, "I can't write that.")
    assert created.finish_reason == "stop"
    assert (parsed.message.parsed, parsed.message.refusal) == (None, "I can't help with that.")


def test_truncated_is_finish_reason_length(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Truncated('{"headline": "Small ca'), Truncated('{"headline": "Small ca'))
    created = ask(client).choices[0]
    assert (created.finish_reason, created.message.content) == ("length", '{"headline": "Small ca')

    with pytest.raises(openai.LengthFinishReasonError) as raised:
        parse(client)
    assert raised.value.completion.choices[0].message.content == '{"headline": "Small ca'
    assert raised.value.completion.usage.completion_tokens == usage_for('{"headline": "Small ca')


def test_content_filtered(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(ContentFiltered(), ContentFiltered())
    created = ask(client).choices[0]
    assert (created.finish_reason, created.message.content) == ("content_filter", None)

    with pytest.raises(openai.ContentFilterFinishReasonError) as raised:
        parse(client)
    assert raised.value.completion.choices[0].finish_reason == "content_filter"


# --------------------------------------------------------------------------- HTTP errors


def test_429_carries_retry_after(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Status(429, headers={"Retry-After": "2"}))
    with pytest.raises(openai.RateLimitError) as raised:
        ask(client)

    error = raised.value
    assert error.status_code == 429
    assert error.response.headers["retry-after"] == "2"
    assert error.code == "rate_limit_exceeded"
    assert error.body["type"] == "requests"


@pytest.mark.parametrize(
    ("code", "exception"),
    [(500, "InternalServerError"), (503, "InternalServerError"), (400, "BadRequestError"),
     (401, "AuthenticationError")],
)
def test_status_maps_to_the_sdk_exception(
    server: FakeModelServer, client: openai.OpenAI, code: int, exception: str
) -> None:
    server.script(Status(code))
    with pytest.raises(getattr(openai, exception)) as raised:
        ask(client)
    assert raised.value.status_code == code
    assert raised.value.body["message"]


def test_custom_error_body(server: FakeModelServer, client: openai.OpenAI) -> None:
    body = {"error": {"message": "too long", "type": "invalid_request_error", "code": "context_length"}}
    server.script(Status(400, body=body))
    with pytest.raises(openai.BadRequestError) as raised:
        ask(client)
    assert (raised.value.message, raised.value.code) == ("Error code: 400 - too long", "context_length")


def test_sdk_retries_are_visible_as_requests(server: FakeModelServer) -> None:
    client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=2, timeout=5.0)
    server.script(Status(500, headers={"retry-after-ms": "10"}), Status(429, headers={"Retry-After": "0.01"}),
                  Content("third time"))
    assert ask(client).choices[0].message.content == "third time"
    assert len(server.requests) == 3


# --------------------------------------------------------------------------- transport failures


def test_hang_times_out_and_shutdown_is_prompt() -> None:
    server = FakeModelServer().start()
    client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0, timeout=0.5)
    server.script(Hang(seconds=30))
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        ask(client)
    assert time.monotonic() - started < 1.0

    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2.0


def test_shutdown_wakes_a_hang_still_in_progress() -> None:
    server = FakeModelServer().start()
    client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0, timeout=10.0)
    server.script(Hang(seconds=30))
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(ask, client)
        while not server.requests:
            time.sleep(0.01)
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 2.0
        with pytest.raises(openai.APIConnectionError):
            pending.result(timeout=2)


def test_short_hang_then_close_is_a_connection_error(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Hang(seconds=0.05))
    with pytest.raises(openai.APIConnectionError) as raised:
        ask(client)
    assert not isinstance(raised.value, openai.APITimeoutError)


def test_bad_json_body_raises_a_bare_json_error(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(RawBody(b"{not json"), RawBody(b"{not json"))
    with pytest.raises(json.JSONDecodeError):
        ask(client)
    with pytest.raises(json.JSONDecodeError):
        parse(client)


def test_non_json_content_type_comes_back_as_text(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(RawBody(b"upstream says hi", content_type="text/plain"))
    assert ask(client) == "upstream says hi"


def test_json_that_is_not_a_completion(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(RawBody(b"{}"), RawBody(b"{}"))
    assert ask(client).choices is None
    with pytest.raises(TypeError):
        parse(client)


# --------------------------------------------------------------------------- scripting


def test_queue_is_consumed_in_order_then_responder(server: FakeModelServer, client: openai.OpenAI) -> None:
    seen: list[RecordedRequest] = []

    def responder(request: RecordedRequest) -> Content:
        seen.append(request)
        return Content(f"echo: {request.user_text}")

    server.script(Content("one"), Status(500), Content("two"))
    server.responder = responder

    assert ask(client).choices[0].message.content == "one"
    with pytest.raises(openai.InternalServerError):
        ask(client)
    assert ask(client).choices[0].message.content == "two"
    assert server.pending == 0
    assert ask(client).choices[0].message.content == "echo: Facts: price=201.37, change_1d_pct=-1.2"
    assert seen == [server.requests[3]]
    assert len(server.requests) == 4


def test_without_script_or_responder_answer_is_500(server: FakeModelServer, client: openai.OpenAI) -> None:
    with pytest.raises(openai.InternalServerError) as raised:
        ask(client)
    assert raised.value.body["message"] == "no scripted reply"


def test_a_failing_responder_is_a_500_and_is_kept(server: FakeModelServer, client: openai.OpenAI) -> None:
    def responder(request: RecordedRequest) -> Content:
        raise KeyError("price")

    server.responder = responder
    with pytest.raises(openai.InternalServerError) as raised:
        ask(client)
    assert "KeyError" in raised.value.body["message"]
    assert [type(e) for e in server.errors] == [KeyError]


def test_requests_are_served_concurrently(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(*[Content(f"reply {n}", delay=0.3) for n in range(8)])
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda _: ask(client).choices[0].message.content, range(8)))

    assert sorted(replies) == [f"reply {n}" for n in range(8)]
    assert server.max_in_flight == 8
    assert len(server.requests) == 8


def test_recorded_request_reads_parts_developer_role_and_max_tokens() -> None:
    body = {
        "model": "m",
        "max_tokens": 50,
        "messages": [
            {"role": "developer", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
            {"role": "user", "content": "c"},
        ],
    }
    request = RecordedRequest(path="/v1/chat/completions", headers={}, body=body, raw=b"")
    assert (request.system_text, request.user_text, request.max_tokens) == ("Be brief.", "ab\nc", 50)
    assert request.response_format is None and request.response_schema is None


# --------------------------------------------------------------------------- other routes


def test_models_endpoint(server: FakeModelServer, client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["fake-model"]
    assert server.requests[0].method == "GET"


def test_bad_requests_are_refused_without_consuming_the_script(server: FakeModelServer) -> None:
    server.script(Content("kept"))
    assert http(server, "/v1/chat/completions", b"{not json")[0] == 400
    assert http(server, "/v1/chat/completions", b'{"model": "m"}')[1]["error"]["param"] == "messages"
    status, body = http(server, "/v1/nothing", b"{}")
    assert (status, body["error"]["message"]) == (404, "Invalid URL (POST /v1/nothing)")
    assert server.pending == 1
    assert len(server.requests) == 3


def test_streaming_is_refused(server: FakeModelServer, client: openai.OpenAI) -> None:
    server.script(Content("kept"))
    with pytest.raises(openai.BadRequestError) as raised:
        ask(client, stream=True)
    assert "stream" in raised.value.body["message"]
    assert server.pending == 1
