"""An OpenAI-compatible chat server on 127.0.0.1 that keeps its own log of every call it answered.

Built for the crash tests: each chat request is logged by a key (a hash of its messages, so
the same conversation turn sent twice has the same key) with what became of it:

- ``answered``: the reply was written to a client that was still connected;
- ``client-gone``: the client had disconnected (its process was killed) before the reply was
  ready, so nothing was delivered; the call never completed.

``gate`` (a threading.Event, open at first) holds every reply while it is clear: a test closes
it, kills a worker, and opens it again, so no reply is on the wire at the moment of the kill.
Answers come from ``answer(request)`` (e.g. ``llm_answers.answer``) after ``delay`` seconds;
``max_in_flight`` is the most requests it held at once.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from llm_server import RecordedRequest, chat_completion


class LoggingModelServer:
    def __init__(self, answer: Callable[[RecordedRequest], dict[str, Any]], delay: float = 0.3) -> None:
        self.answer, self.delay = answer, delay
        self.gate = threading.Event()
        self.gate.set()
        self.log: list[tuple[str, str]] = []
        self.held = 0  # requests whose reply is waiting at the closed gate now
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def hold_until_held(self, timeout: float = 60.0) -> None:
        """Close the gate and wait until at least one reply is held at it (a call in flight)."""
        self.gate.clear()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self.held:
                    return
            time.sleep(0.05)
        raise AssertionError("no model call came in while replies were held")

    def answered(self) -> list[str]:
        with self._lock:
            return [key for key, what in self.log if what == "answered"]

    def gone(self) -> list[str]:
        with self._lock:
            return [key for key, what in self.log if what == "client-gone"]

    def record(self, key: str, what: str) -> None:
        with self._lock:
            self.log.append((key, what))

    def __enter__(self) -> LoggingModelServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.gate.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def call_key(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body.get("messages"), sort_keys=True).encode()).hexdigest()[:16]


def _client_gone(sock: socket.socket) -> bool:
    """The peer closed (or reset) its end: a live client sends nothing after its request."""
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.setblocking(True)


def _handler(server: LoggingModelServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.loads(raw)
            key = call_key(body)
            request = RecordedRequest(path=self.path, headers=dict(self.headers), body=body, raw=raw)
            with server._lock:
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                self._answer(key, request)
            finally:
                with server._lock:
                    server.in_flight -= 1

        def _answer(self, key: str, request: RecordedRequest) -> None:
            threading.Event().wait(server.delay)
            if not server.gate.is_set():
                with server._lock:
                    server.held += 1
                server.gate.wait()
                with server._lock:
                    server.held -= 1
            if _client_gone(self.connection):
                server.record(key, "client-gone")
                self.close_connection = True
                return
            content = json.dumps(server.answer(request))
            reply = json.dumps(chat_completion(request, content=content, finish_reason="stop")).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(reply)
            self.wfile.flush()
            self.close_connection = True
            server.record(key, "answered")

        def log_message(self, *args: object) -> None:
            pass

    return Handler
