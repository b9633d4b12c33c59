"""A scriptable, OpenAI-compatible HTTP server for tests: real HTTP on 127.0.0.1, in a thread.

The real ``openai`` client talks to it exactly as it talks to the paid API::

    with FakeModelServer() as server:
        server.script(Content('{"headline": "Small caps slip"}'), Status(429, headers={"Retry-After": "1"}))
        client = openai.OpenAI(base_url=server.base_url, api_key="test", max_retries=0, timeout=5)
        ...
        assert len(server.requests) == 2

Routes (everything else is answered ``404`` with an OpenAI error body ``Invalid URL (METHOD /path)``):

``POST /v1/chat/completions``
    The request must be a JSON object with a string ``model`` and a non-empty list ``messages``;
    otherwise ``400 invalid_request_error``.  ``"stream": true`` is refused with ``400`` (no SSE here).
    A valid request gets the next scripted reply (``server.script(...)``, consumed in arrival order),
    else ``server.responder(request)``, else ``Status(500)`` with message ``"no scripted reply"``.
``GET /v1/models``
    ``{"object": "list", "data": [{"id": "fake-model", "object": "model", ...}]}``.

Every request, valid or not and on any path, is appended to ``server.requests`` as a
:class:`RecordedRequest` before it is answered; ``server.max_in_flight`` is the highest number of
requests being handled at the same moment (a reply's ``delay`` counts as being handled; a request
stops counting just before its reply's last bytes are written).  Each
connection serves one request (``Connection: close``), so shutdown never waits on idle keep-alive
sockets; handlers run in daemon threads; ``delay`` and :class:`Hang` sleep on the server's stop
event, so leaving the ``with`` block returns promptly even while a client is being kept waiting.

Replies (frozen dataclasses; every one has ``delay``, seconds slept before answering):

======================  =====================================================================
``Content(text)``       ``200`` ``chat.completion``; ``message.content = text``, ``finish_reason`` "stop"
``Refusal(text)``       ``200``; ``message.content = None``, ``message.refusal = text``, "stop"
``Truncated(text)``     ``200``; ``message.content = text`` (e.g. cut-off JSON), ``finish_reason`` "length"
``ContentFiltered()``   ``200``; ``message.content = None``, ``finish_reason`` "content_filter"
``Status(code)``        that status with ``{"error": {"message", "type", "param", "code"}}``
``Hang(seconds)``       read the request, send nothing for ``seconds``, then close the connection
``RawBody(data)``       exactly these bytes, e.g. ``b"{not json"``
======================  =====================================================================

Usage numbers: when a completion reply leaves ``prompt_tokens`` / ``completion_tokens`` as ``None``,
``prompt_tokens = sum(usage_for(text of m) for m in request messages)`` and
``completion_tokens = usage_for(content or refusal)``, where ``usage_for(t) = ceil(len(t) / 4)``.

What the installed ``openai`` SDK (3.54, built on ``httpx2``) does with each reply; the tests in
``tests/test_llm_server.py`` pin every line of this:

- ``Content``: ``create`` and ``parse`` both succeed; ``parse(response_format=Model)`` fills
  ``message.parsed`` with a ``Model`` instance (invalid JSON or a schema mismatch in the content
  raises ``pydantic.ValidationError`` from ``parse``).
- ``Refusal``: no exception.  ``message.refusal`` holds the text, ``message.content`` is None and, with
  ``parse``, ``message.parsed`` is None.
- ``Truncated``: ``create`` returns normally with ``finish_reason == "length"``; ``parse`` raises
  ``openai.LengthFinishReasonError`` (not an ``APIError``), whose ``.completion`` is the full
  ``ChatCompletion`` (content and usage readable).
- ``ContentFiltered``: ``create`` returns ``finish_reason == "content_filter"``; ``parse`` raises
  ``openai.ContentFilterFinishReasonError`` with ``.completion``.
- ``Status(429)``: ``openai.RateLimitError`` (an ``APIStatusError``); ``.status_code == 429``,
  ``.response.headers["retry-after"]`` (case-insensitive ``httpx2.Headers``), ``.code`` is the
  body's ``error.code`` (``"rate_limit_exceeded"``), ``.body`` the ``error`` object.  ``Status(500)``
  and other 5xx: ``openai.InternalServerError``; ``Status(400)``: ``openai.BadRequestError``.
  With ``max_retries > 0`` the SDK itself retries 408/409/429/5xx and timeouts, sleeping for
  ``retry-after-ms`` / ``Retry-After`` when given (0 < s <= 120; above that it does not retry),
  else 0.5 s * 2^n (max 8 s) with jitter;
  a pipeline that retries on its own should build the client with ``max_retries=0``.
- ``Hang``: with a client timeout, ``openai.APITimeoutError`` (a subclass of
  ``APIConnectionError``) after that timeout.  When the hang ends before the client gives up,
  the server closes without a reply and the SDK raises ``openai.APIConnectionError``.
- ``RawBody(b"{not json")`` with ``application/json``: the SDK raises no ``openai`` error at all but
  a bare ``json.JSONDecodeError`` (a ``ValueError``) from ``response.json()``.  With a non-JSON
  content type the SDK returns the body as a ``str`` instead of a ``ChatCompletion``, and
  ``parse`` then fails with ``AttributeError``.  Valid JSON that is not a completion (``b"{}"``):
  ``create`` returns a ``ChatCompletion`` whose fields are all None (the SDK does not validate),
  ``parse`` raises ``TypeError``.  So a caller must treat ``ValueError``/``TypeError``/
  ``AttributeError`` from the call, not only ``openai.APIError``, as a bad response.
"""

from __future__ import annotations

import json
import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

MODEL_ID = "fake-model"
CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"

JsonObject = dict[str, Any]


# --------------------------------------------------------------------------- token estimate


def usage_for(text: str | None) -> int:
    """The deterministic token estimate used for usage numbers: ``ceil(len(text) / 4)``, 0 for None or ""."""
    return math.ceil(len(text) / 4) if text else 0


def text_of(content: Any) -> str:
    """The text of one message's ``content``: a string, or the ``text`` parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def prompt_tokens_for(messages: list[JsonObject]) -> int:
    """Prompt-side usage: the sum of :func:`usage_for` over the text of every request message."""
    return sum(usage_for(text_of(m.get("content"))) for m in messages if isinstance(m, dict))


# --------------------------------------------------------------------------- recorded request


@dataclass
class RecordedRequest:
    """One HTTP request as the server received it; ``body`` is the parsed JSON object or None."""

    path: str
    headers: dict[str, str]
    body: JsonObject | None
    raw: bytes
    received_at: float = field(default_factory=time.monotonic)
    method: str = "POST"

    @property
    def messages(self) -> list[JsonObject]:
        messages = (self.body or {}).get("messages")
        return messages if isinstance(messages, list) else []

    @property
    def model(self) -> str | None:
        return (self.body or {}).get("model")

    @property
    def response_format(self) -> JsonObject | None:
        return (self.body or {}).get("response_format")

    @property
    def response_schema(self) -> JsonObject | None:
        """``response_format.json_schema.schema`` when structured output was requested, else None."""
        fmt = self.response_format or {}
        return (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None

    @property
    def max_tokens(self) -> int | None:
        """``max_completion_tokens`` (what the SDK sends today), else the older ``max_tokens``."""
        body = self.body or {}
        return body.get("max_completion_tokens", body.get("max_tokens"))

    @property
    def user_text(self) -> str:
        """The text of all ``user`` messages, joined by newlines."""
        return self._text_of_roles({"user"})

    @property
    def system_text(self) -> str:
        """The text of all ``system`` and ``developer`` messages, joined by newlines."""
        return self._text_of_roles({"system", "developer"})

    def _text_of_roles(self, roles: set[str]) -> str:
        return "\n".join(text_of(m.get("content")) for m in self.messages if m.get("role") in roles)


# --------------------------------------------------------------------------- replies


@dataclass(frozen=True)
class WireResponse:
    """What goes back on the socket: status, body bytes, content type and extra headers."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)
    drip_seconds: float = 0.0  # > 0: the body goes out one byte at a time, this far apart

    @classmethod
    def of_json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> WireResponse:
        return cls(status, json.dumps(payload).encode(), headers=dict(headers or {}))


class Reply(Protocol):
    """Anything the server can answer with: waits ``delay`` seconds, then ``respond`` (None: close)."""

    @property
    def delay(self) -> float: ...

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse | None: ...


def openai_error(message: str, type: str, code: str | None = None, param: str | None = None) -> JsonObject:
    """The OpenAI error envelope: ``{"error": {"message", "type", "param", "code"}}``."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


_DEFAULT_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again later."),
    500: ("server_error", None, "The server had an error while processing your request."),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}


def default_error_body(status: int) -> JsonObject:
    """The error body a bare ``Status(code)`` sends, shaped like the real API's for that code."""
    if status in _DEFAULT_ERRORS:
        kind, code, message = _DEFAULT_ERRORS[status]
        return openai_error(message, kind, code)
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return openai_error(f"{status} {_phrase(status)}", kind)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def chat_completion(
    request: RecordedRequest,
    *,
    content: str | None,
    finish_reason: str,
    refusal: str | None = None,
    prompt_tokens: int | None = None,
    completion_tokens: int | None = None,
) -> JsonObject:
    """A ``chat.completion`` object as the API returns it (one choice, usage included)."""
    prompt = prompt_tokens if prompt_tokens is not None else prompt_tokens_for(request.messages)
    completion = completion_tokens if completion_tokens is not None else usage_for(content or refusal)
    message: JsonObject = {"role": "assistant", "content": content, "refusal": refusal, "annotations": []}
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.model or MODEL_ID,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0},
        },
        "system_fingerprint": "fp_fake",
    }


@dataclass(frozen=True)
class Content:
    """A ``200`` completion with ``message.content = text``; usage from :func:`usage_for` unless given."""

    text: str
    finish_reason: str = "stop"
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    delay: float = 0.0

    @classmethod
    def of_json(cls, payload: Any, **kwargs: Any) -> Content:
        """Content whose text is ``json.dumps(payload)``."""
        return cls(json.dumps(payload), **kwargs)

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        body = chat_completion(
            request, content=self.text, finish_reason=self.finish_reason,
            prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens,
        )
        return WireResponse.of_json(200, body)


@dataclass(frozen=True)
class Truncated(Content):
    """A ``200`` completion cut off by the token limit: ``content = text``, ``finish_reason = "length"``."""

    finish_reason: str = "length"


@dataclass(frozen=True)
class Refusal:
    """A structured-output refusal: ``content`` None, ``refusal`` text, ``finish_reason`` "stop"."""

    text: str = "I can't help with that."
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        body = chat_completion(request, content=None, refusal=self.text, finish_reason="stop")
        return WireResponse.of_json(200, body)


@dataclass(frozen=True)
class ContentFiltered:
    """A completion stopped by the content filter: ``content = text`` (None by default), "content_filter"."""

    text: str | None = None
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        body = chat_completion(request, content=self.text, finish_reason="content_filter")
        return WireResponse.of_json(200, body)


@dataclass(frozen=True)
class Status:
    """An HTTP error: ``code`` with ``body`` (default: the OpenAI error envelope) and extra ``headers``."""

    code: int
    body: Any = None
    headers: Mapping[str, str] | None = None
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        body = self.body if self.body is not None else default_error_body(self.code)
        return WireResponse.of_json(self.code, body, self.headers)


@dataclass(frozen=True)
class Hang:
    """Send nothing for ``seconds`` (woken early by server shutdown), then close the connection."""

    seconds: float = 30.0
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> None:
        stop.wait(self.seconds)
        return None


@dataclass(frozen=True)
class RawBody:
    """Exactly ``data`` with ``status`` and ``content_type``: broken JSON at the transport level."""

    data: bytes
    status: int = 200
    content_type: str = "application/json"
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        return WireResponse(self.status, self.data, self.content_type)


@dataclass(frozen=True)
class Drip:
    """A valid completion whose body trickles out one byte every ``every`` seconds."""

    content: str
    every: float = 0.03
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        whole = Content(self.content).respond(request, stop)
        return WireResponse(whole.status, whole.body, drip_seconds=self.every)


@dataclass(frozen=True)
class NoUsage:
    """A valid completion without the ``usage`` object, as some local servers send it."""

    content: str
    delay: float = 0.0

    def respond(self, request: RecordedRequest, stop: threading.Event) -> WireResponse:
        body = chat_completion(request, content=self.content, finish_reason="stop")
        del body["usage"]
        return WireResponse.of_json(200, body)


Responder = Callable[[RecordedRequest], Reply]


# --------------------------------------------------------------------------- routing


def models_list() -> JsonObject:
    """``GET /v1/models``: one model, ``fake-model``."""
    model = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "newsdesk-tests"}
    return {"object": "list", "data": [model]}


def invalid_chat_request(request: RecordedRequest) -> Status | None:
    """A ``400`` for a chat request the real API would refuse before calling a model, else None."""
    body = request.body
    if body is None:
        return _bad_request("We could not parse the JSON body of your request. Expected a JSON object.")
    if body.get("stream"):
        return _bad_request("stream=true is not supported by FakeModelServer", param="stream")
    if not isinstance(body.get("model"), str):
        return _bad_request("you must provide a model parameter", param="model")
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return _bad_request("'messages' must be a non-empty array", param="messages")
    return None


def _bad_request(message: str, param: str | None = None) -> Status:
    return Status(400, openai_error(message, "invalid_request_error", param=param))


def _not_found(method: str, path: str) -> Status:
    return Status(404, openai_error(f"Invalid URL ({method} {path})", "invalid_request_error"))


def _no_scripted_reply(request: RecordedRequest) -> Reply:
    return Status(500, openai_error("no scripted reply", "server_error"))


def _responder_failed(error: BaseException) -> Reply:
    return Status(500, openai_error(f"responder raised {error!r}", "server_error"))


# --------------------------------------------------------------------------- server


class FakeModelServer:
    """The scriptable server. ``with FakeModelServer() as server:`` binds 127.0.0.1:0 and serves."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.responder: Responder | None = None
        self.errors: list[BaseException] = []  # exceptions raised by the responder, in order
        self._address = (host, port)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._queue: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self._in_flight = 0
        self._max_in_flight = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle

    def start(self) -> FakeModelServer:
        self._httpd = _HTTPServer(self._address, self)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01},
                                        name="fake-model-server", daemon=True)
        self._thread.start()
        return self

    def stop(self, grace: float = 2.0) -> None:
        """Wake any delay or hang, stop accepting, and wait up to ``grace`` s for handlers to finish."""
        if self._httpd is None:
            return
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(grace)
        with self._idle:
            self._idle.wait_for(lambda: self._in_flight == 0, timeout=grace)
        self._httpd = None

    def __enter__(self) -> FakeModelServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- what tests use

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` (no path)."""
        if self._httpd is None:
            raise RuntimeError("FakeModelServer is not running; use it as a context manager")
        return f"http://{self._address[0]}:{self._httpd.server_port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``: what ``openai.OpenAI(base_url=...)`` takes."""
        return f"{self.url}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue replies for chat completions, consumed one per request in arrival order."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """How many scripted replies are still queued."""
        with self._lock:
            return len(self._queue)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def max_in_flight(self) -> int:
        """The highest number of requests handled at the same moment so far."""
        with self._lock:
            return self._max_in_flight

    # -- called from handler threads

    def _route(self, method: str, request: RecordedRequest) -> Reply:
        """Record the request and choose its reply; the queue is popped under the recording lock."""
        path = request.path.split("?", 1)[0].rstrip("/")
        with self._lock:
            self._requests.append(request)
            if (method, path) == ("GET", MODELS_PATH):
                return RawBody(json.dumps(models_list()).encode())
            if (method, path) != ("POST", CHAT_PATH):
                return _not_found(method, request.path)
            invalid = invalid_chat_request(request)
            if invalid is not None:
                return invalid
            if self._queue:
                return self._queue.popleft()
        return self._ask_responder(request)

    def _ask_responder(self, request: RecordedRequest) -> Reply:
        responder = self.responder or _no_scripted_reply
        try:
            return responder(request)
        except Exception as error:  # surfaced to the test through server.errors and the 500 body
            with self._lock:
                self.errors.append(error)
            return _responder_failed(error)

    @contextmanager
    def _handling(self) -> Iterator[tuple[threading.Event, Callable[[], None]]]:
        """Counts one request in flight until ``answered()`` (called just before the reply's last bytes
        go out) or the handler's end, whichever comes first: a client that has its whole reply may
        send its next request before this thread returns, and that must not count as one more."""
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
        counted = [True]

        def answered() -> None:
            with self._idle:
                if counted[0]:
                    counted[0] = False
                    self._in_flight -= 1
                    self._idle.notify_all()

        try:
            yield self._stop, answered
        finally:
            answered()


class _HTTPServer(ThreadingHTTPServer):
    """Threaded server: one daemon thread per connection, a deep listen backlog, silent on errors."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], owner: FakeModelServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client went away (timeout, reset): nothing to report, the client side sees its own error."""


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, asks the owner for a reply, writes it (or closes, for a hang)."""

    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    timeout = 10  # seconds a client may take to send its request

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    do_PUT = do_DELETE = do_PATCH = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log."""

    def _serve(self) -> None:
        owner = self.server.owner
        self.close_connection = True
        with owner._handling() as (stop, answered):
            request = self._record()
            reply = owner._route(self.command, request)
            if reply.delay > 0:
                stop.wait(reply.delay)
            response = reply.respond(request, stop)
            if response is not None:
                self._write(response, stop, answered)

    def _record(self) -> RecordedRequest:
        received_at = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        return RecordedRequest(self.path, headers, _json_object(raw), raw, received_at, self.command)

    def _write(self, response: WireResponse, stop: threading.Event, answered: Callable[[], None]) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Connection", "close")
            self.send_header("x-request-id", f"req_{uuid.uuid4().hex[:16]}")
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if response.drip_seconds <= 0:
                answered()
                self.wfile.write(response.body)
                return
            for index, byte in enumerate(response.body):
                if stop.wait(response.drip_seconds):
                    return
                if index == len(response.body) - 1:
                    answered()
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its timeout fired during a delay)


def _json_object(raw: bytes) -> JsonObject | None:
    """The request body as a JSON object, or None when it is empty, not JSON, or not an object."""
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
