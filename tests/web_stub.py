"""A small web server on 127.0.0.1 for live-fetch tests: routes map a path to a handler.

A handler gets the request (`Request`) and writes the answer itself, so a test
can send anything a hostile server would: redirects, trickles, bombs, lies in
headers. `WebStub` runs in a thread, counts requests and connections, and is a
context manager that always shuts down. `https=(cert, key)` wraps it in TLS.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    handler: BaseHTTPRequestHandler

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        h = self.handler
        h.send_response(status)
        sent = {k.lower() for k in (headers or {})}
        for key, value in (headers or {}).items():
            h.send_header(key, value)
        if "content-length" not in sent:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def raw(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()


Route = Callable[[Request], None]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class WebStub:
    def __init__(self, routes: dict[str, Route] | None = None,
                 https: tuple[Path, Path] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self.connections = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, self)
                stub.requests.append(request)
                route = stub.routes.get(self.path.split("?")[0])
                try:
                    if route is None:
                        request.send(404, b"not here", {"Content-Type": "text/plain"})
                    else:
                        route(request)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        context: ssl.SSLContext | None = None
        if https is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(https[0]), str(https[1]))

        class Server(_Server):
            def get_request(self) -> tuple[socket.socket, object]:
                sock, address = super().get_request()
                stub.connections += 1
                if context is not None:  # handshake later, in the handler's thread
                    sock = context.wrap_socket(sock, server_side=True,
                                               do_handshake_on_connect=False)
                return sock, address

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that gives up mid-answer is what these tests do

        self.server = Server(("127.0.0.1", 0), Handler)
        self.scheme = "https" if context is not None else "http"
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True,
                                        kwargs={"poll_interval": 0.05})

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def __enter__(self) -> WebStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)


# ready-made routes ---------------------------------------------------------------------

def serve(body: bytes, content_type: str = "application/rss+xml", status: int = 200,
          **headers: str) -> Route:
    def route(request: Request) -> None:
        request.send(status, body, {"Content-Type": content_type,
                                    **{k.replace("_", "-"): v for k, v in headers.items()}})
    return route


def redirect(location: str, status: int = 302) -> Route:
    def route(request: Request) -> None:
        request.send(status, b"", {"Location": location})
    return route


def trickle(interval: float, total: int = 10_000) -> Route:
    """Headers at once, then one byte every `interval` seconds."""
    def route(request: Request) -> None:
        h = request.handler
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(total))
        h.end_headers()
        h.wfile.flush()
        for _ in range(total):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(interval)
    return route


def silent(seconds: float) -> Route:
    """Accepts the request and says nothing for `seconds`."""
    def route(request: Request) -> None:
        time.sleep(seconds)
        request.handler.close_connection = True
    return route


def gzip_layers(payload: bytes, layers: int) -> bytes:
    for _ in range(layers):
        payload = gzip.compress(payload, compresslevel=9)
    return payload


def self_signed(directory: Path) -> tuple[Path, Path] | None:
    """A self-signed certificate for 127.0.0.1 made with the openssl CLI, or None without it."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
               "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
               "-keyout", str(key), "-out", str(cert)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return cert, key
