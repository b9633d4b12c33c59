"""The live fetcher: HTTP(S) GETs that are safe to point at the open web.

Built on httpx2 (already a dependency through the model writer) and its
connection layer httpcore2, whose pluggable network backend is where the
address checks live: `GuardedBackend.connect_tcp` resolves the host itself,
refuses it if any address is blocked (see `addresses`), and connects to the
checked IP. TLS is then started on that socket with the original host name, so
SNI, certificate verification and the Host header stay those of the URL.
httpx2 also drains gzip/deflate in bounded pieces, so a small compressed chunk
cannot inflate into one huge buffer before the size cap sees it.

Per URL: every redirect hop is re-checked (scheme, URL, addresses), at most
`max_redirects` of them; connect/read timeouts per socket operation, and a
wall-clock `Deadline` that also bounds every read, so a server trickling one
byte a second is cut off; a content-type allowlist and a Content-Length check
before any body byte is read; a cap on decoded bytes and on stacked encodings.
Certificates are always verified (the system store via certifi; no switch turns
it off), and a TLS failure is reported, never retried. Environment proxies are
ignored: a proxy would make the address checks meaningless.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import httpcore2
import httpx2

from ..errors import FetchError
from .addresses import Resolver, Target, check_url, resolve_checked, system_resolver
from .fetch import FetchedDocument, parse_content_type, utc_now
from .limits import Deadline, FetchPolicy, HostGate, current_deadline, deadline_scope

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
DECODABLE = frozenset({"gzip", "x-gzip", "deflate"})
ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9"
_NETWORK_ERRORS = (httpcore2.TimeoutException, httpcore2.NetworkError, httpcore2.ProtocolError,
                   httpcore2.UnsupportedProtocol, httpx2.HTTPError, OSError)


def _bounded(timeout: float | None) -> float | None:
    deadline = current_deadline()
    return timeout if deadline is None else deadline.bound(timeout)


class _BoundedStream(httpcore2.NetworkStream):
    """A socket stream whose every operation is also bounded by the thread's current Deadline."""

    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore2.NetworkStream:
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore2.NetworkBackend):
    """Resolves, checks every address, then connects to a checked IP (never the name again)."""

    def __init__(self, policy: FetchPolicy, resolver: Resolver = system_resolver) -> None:
        self.policy = policy
        self.resolver = resolver
        self._plain = httpcore2.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore2.NetworkStream:
        deadline = current_deadline()
        url = deadline.url if deadline is not None else f"//{host}:{port}"
        wait = _bounded(timeout) or self.policy.connect_timeout
        target = Target(url, "", host.strip("[]"), port)
        addresses = resolve_checked(target, self.resolver, wait,
                                    allow_loopback=self.policy.allow_loopback)
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = self._plain.connect_tcp(address, port, _bounded(timeout),
                                                 socket_options=socket_options or [])
            except (httpcore2.ConnectError, httpcore2.ConnectTimeout) as exc:
                failure = exc
                continue
            return _BoundedStream(stream)
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore2.NetworkStream:
        raise FetchError(path, "bad-url", "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._plain.sleep(seconds)


class _Body(httpx2.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class GuardedTransport(httpx2.BaseTransport):
    """An httpx2 transport over a connection pool that uses `GuardedBackend`; no proxies."""

    def __init__(self, policy: FetchPolicy, resolver: Resolver = system_resolver,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        context = ssl_context or httpx2.create_ssl_context(verify=True, trust_env=False)
        if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
            raise ValueError("the live fetcher only runs with certificate verification on")
        self._pool = httpcore2.ConnectionPool(
            ssl_context=context, max_connections=64, max_keepalive_connections=16,
            keepalive_expiry=5.0, http1=True, http2=False, retries=0,
            network_backend=GuardedBackend(policy, resolver),
        )

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        assert isinstance(request.stream, httpx2.SyncByteStream)
        core = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                              port=request.url.port, target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions,
        )
        response = self._pool.handle_request(core)
        return httpx2.Response(status_code=response.status, headers=response.headers,
                               stream=_Body(response.stream), extensions=response.extensions,
                               request=request)

    def close(self) -> None:
        self._pool.close()


class LiveFetcher:
    """Fetches pages (`fetch`) and feeds (`fetch_feed`, conditional GET) under a FetchPolicy.

    Thread-safe: ingest calls it from several threads; `HostGate` keeps each host
    to `per_host` requests at a time, `host_delay` seconds apart.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, resolver: Resolver = system_resolver,
                 ssl_context: ssl.SSLContext | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.policy = policy or FetchPolicy()
        self._transport = GuardedTransport(self.policy, resolver, ssl_context)
        self._gate = HostGate(self.policy.per_host, self.policy.host_delay)
        self._clock = clock
        if self.policy.allow_loopback:
            log.warning("live fetcher allows loopback addresses (test setting)")

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> LiveFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedDocument:
        """An article page: HTML or XHTML only."""
        return self._get(url, self.policy.page_types, ACCEPT_PAGE, {})

    def fetch_feed(self, url: str, etag: str | None = None,
                   last_modified: str | None = None) -> FetchedDocument:
        """A feed; with validators from the last fetch, an unchanged feed answers 304 (status 304)."""
        validators = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        return self._get(url, self.policy.feed_types, ACCEPT_FEED,
                         {k: v for k, v in validators.items() if v})

    def _get(self, url: str, types: frozenset[str], accept: str,
             extra: Mapping[str, str]) -> FetchedDocument:
        deadline = Deadline(url, self.policy.deadline)
        with deadline_scope(deadline):
            try:
                return self._follow(url, types, accept, extra, deadline)
            except FetchError:
                raise
            except _NETWORK_ERRORS as exc:
                raise _classified(url, exc, deadline) from None

    def _follow(self, url: str, types: frozenset[str], accept: str,
                extra: Mapping[str, str], deadline: Deadline) -> FetchedDocument:
        current = url
        for hop in range(self.policy.max_redirects + 1):
            check_url(current, allow_loopback=self.policy.allow_loopback)
            with self._gate.slot(current):
                response = self._send(current, accept, extra)
                try:
                    location = _redirect(url, response)
                    if location is None:
                        return self._read(url, current, response, types, deadline)
                finally:
                    response.close()
            current = urljoin(current, location)
            log.debug("%s: redirect %d to %s", url, hop + 1, current)
        raise FetchError(url, "too-many-redirects",
                         f"more than {self.policy.max_redirects} redirects (last to {current})")

    def _send(self, url: str, accept: str, extra: Mapping[str, str]) -> httpx2.Response:
        policy = self.policy
        headers = {"User-Agent": policy.user_agent, "Accept": accept,
                   "Accept-Encoding": "gzip, deflate", **extra}
        timeout = {"connect": policy.connect_timeout, "read": policy.read_timeout,
                   "write": policy.read_timeout, "pool": policy.deadline}
        request = httpx2.Request("GET", url, headers=headers, extensions={"timeout": timeout})
        return self._transport.handle_request(request)

    def _read(self, url: str, final: str, response: httpx2.Response, types: frozenset[str],
              deadline: Deadline) -> FetchedDocument:
        status = response.status_code
        if status != 304 and not 200 <= status < 300:
            raise FetchError(url, "http-status", f"HTTP {status}")
        content_type = response.headers.get("content-type")
        body = b""
        if status != 304:
            self._check_headers(url, response, content_type, types)
            body = self._read_body(url, response, deadline)
        return FetchedDocument(
            requested_url=url, final_url=final, status=status, content_type=content_type,
            body=body, fetched_at=self._clock(), etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    def _check_headers(self, url: str, response: httpx2.Response, content_type: str | None,
                       types: frozenset[str]) -> None:
        media = parse_content_type(content_type)[0]
        if media is not None and media not in types:
            raise FetchError(url, "bad-content-type", f"{media} is not fetched here")
        codings = [c.strip().lower() for c in
                   response.headers.get_list("content-encoding", split_commas=True)]
        codings = [c for c in codings if c and c != "identity"]
        unknown = [c for c in codings if c not in DECODABLE]
        if unknown:
            raise FetchError(url, "bad-encoding", f"unsupported Content-Encoding {', '.join(unknown)}")
        if len(codings) > self.policy.max_encodings:
            raise FetchError(url, "bad-encoding", f"{len(codings)} stacked encodings "
                             f"(at most {self.policy.max_encodings})")
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.policy.max_bytes:
            raise FetchError(url, "too-large", f"Content-Length {length} is over "
                             f"{self.policy.max_bytes} bytes")

    def _read_body(self, url: str, response: httpx2.Response, deadline: Deadline) -> bytes:
        body = bytearray()
        cap = self.policy.max_bytes
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchError(url, "too-large", f"more than {cap} bytes once decoded")
            deadline.check()
        return bytes(body)


def _redirect(url: str, response: httpx2.Response) -> str | None:
    if response.status_code not in REDIRECTS:
        return None
    location = response.headers.get("location")
    if not location:
        raise FetchError(url, "http-status", f"HTTP {response.status_code} without a Location")
    return location.strip()


def _classified(url: str, exc: BaseException, deadline: Deadline) -> FetchError:
    """A FetchError with a reason code for a network-layer exception."""
    chain = _chain(exc)
    if any(isinstance(e, ssl.SSLError) for e in chain):
        reason = "tls"
    elif deadline.expired:
        return FetchError(url, "deadline", f"no complete answer within {deadline.seconds:g} s")
    elif any(isinstance(e, (httpcore2.TimeoutException, httpx2.TimeoutException, TimeoutError))
             for e in chain):
        reason = "timeout"
    elif isinstance(exc, httpx2.DecodingError):
        reason = "bad-encoding"
    elif isinstance(exc, (httpcore2.ConnectError, httpx2.ConnectError, ConnectionError)):
        reason = "connect"
    else:
        reason = "protocol"
    detail = "; ".join(dict.fromkeys(f"{type(e).__name__}: {e}" for e in chain if str(e)))
    return FetchError(url, reason, detail or type(exc).__name__)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 8:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
