"""The live fetcher against hostile local servers: deadlines, caps, types, redirects, TLS, politeness.

Every server is a `WebStub` on 127.0.0.1; the fetcher runs with the test-only
loopback allowance (and short limits, so the tests stay quick). Private
addresses other than loopback stay blocked under that allowance.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib

import pytest
from web_stub import Request, WebStub, gzip_layers, redirect, self_signed, serve, silent, trickle

from pipeline.errors import FetchError
from pipeline.ingest.http import LiveFetcher
from pipeline.ingest.limits import FetchPolicy, HostGate

RSS = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
       b"<item><title>a</title><link>https://a.example/1</link></item></channel></rss>")
HTML = b"<html><body><p>story</p></body></html>"


def policy(**changes: object) -> FetchPolicy:
    base: dict[str, object] = {"allow_loopback": True, "host_delay": 0.0, "connect_timeout": 2.0,
                               "read_timeout": 2.0, "deadline": 5.0}
    return FetchPolicy(**{**base, **changes})  # type: ignore[arg-type]


def failure(fetch, url: str) -> FetchError:  # noqa: ANN001
    with pytest.raises(FetchError) as caught:
        fetch(url)
    return caught.value


@pytest.fixture
def fetcher():
    with LiveFetcher(policy()) as live:
        yield live


def test_fetches_a_feed_with_a_newsdesk_user_agent(fetcher: LiveFetcher) -> None:
    with WebStub({"/feed": serve(RSS)}) as stub:
        document = fetcher.fetch_feed(stub.url("/feed"))
    assert document.status == 200 and document.body == RSS
    agent = stub.requests[0].headers["user-agent"]
    assert agent.startswith("newsdesk/")


def test_user_agent_names_the_contact_url() -> None:
    from pipeline.config import IngestConfig
    made = FetchPolicy.from_config(IngestConfig(contact_url="https://desk.example/bot"))
    assert made.user_agent.endswith("(+https://desk.example/bot)")
    assert made.allow_loopback is False


# --- deadlines ------------------------------------------------------------------------

def test_a_trickle_is_cut_by_the_overall_deadline() -> None:
    """One byte every 0.2 s never trips the 2 s read timeout; the 1.5 s deadline cuts it."""
    with WebStub({"/slow": trickle(0.2, total=30)}) as stub, LiveFetcher(policy(deadline=1.5)) as live:
        started = time.monotonic()
        error = failure(live.fetch, stub.url("/slow"))
        elapsed = time.monotonic() - started
    assert error.reason == "deadline"
    assert elapsed < 3.0


def test_a_server_that_never_answers_times_out() -> None:
    with WebStub({"/mute": silent(5)}) as stub, LiveFetcher(policy(read_timeout=0.5)) as live:
        started = time.monotonic()
        error = failure(live.fetch, stub.url("/mute"))
    assert error.reason in {"timeout", "deadline"}
    assert time.monotonic() - started < 2.5


def test_a_silent_server_hits_the_deadline_before_a_long_read_timeout() -> None:
    with WebStub({"/mute": silent(5)}) as stub, \
            LiveFetcher(policy(read_timeout=30.0, deadline=1.0)) as live:
        started = time.monotonic()
        error = failure(live.fetch, stub.url("/mute"))
    assert error.reason == "deadline"
    assert time.monotonic() - started < 2.5


def test_headers_trickled_byte_by_byte_hit_the_deadline() -> None:
    def slow_headers(request: Request) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 40:
            request.raw(bytes([byte]))
            time.sleep(0.05)

    with WebStub({"/h": slow_headers}) as stub, LiveFetcher(policy(deadline=1.0)) as live:
        started = time.monotonic()
        error = failure(live.fetch, stub.url("/h"))
    assert error.reason == "deadline"
    assert time.monotonic() - started < 2.5


# --- sizes and encodings -----------------------------------------------------------------

def endless(request: Request) -> None:
    h = request.handler
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"x" * 65536
    for _ in range(10_000):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def test_an_endless_body_stops_at_the_cap() -> None:
    with WebStub({"/endless": endless}) as stub, LiveFetcher(policy(max_bytes=1_000_000)) as live:
        error = failure(live.fetch, stub.url("/endless"))
    assert error.reason == "too-large"


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    with WebStub({"/big": serve(b"x" * 10, "text/html", Content_Length="999999999")}) as stub, \
            LiveFetcher(policy(max_bytes=1_000_000)) as live:
        error = failure(live.fetch, stub.url("/big"))
    assert error.reason == "too-large" and "Content-Length" in str(error)


def test_a_gzip_bomb_stops_at_the_decoded_cap() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 kB on the wire
    assert len(bomb) < 100_000
    route = serve(bomb, "text/html", Content_Encoding="gzip")
    with WebStub({"/bomb": route}) as stub, LiveFetcher(policy(max_bytes=5_000_000)) as live:
        error = failure(live.fetch, stub.url("/bomb"))
    assert error.reason == "too-large" and "decoded" in str(error)


def test_a_deflate_bomb_stops_at_the_decoded_cap() -> None:
    bomb = zlib.compress(b"\0" * 20_000_000, 9)
    with WebStub({"/bomb": serve(bomb, "text/html", Content_Encoding="deflate")}) as stub, \
            LiveFetcher(policy(max_bytes=2_000_000)) as live:
        error = failure(live.fetch, stub.url("/bomb"))
    assert error.reason == "too-large"


def test_two_stacked_gzip_layers_decode() -> None:
    body = gzip_layers(HTML, 2)
    with WebStub({"/gz2": serve(body, "text/html", Content_Encoding="gzip, gzip")}) as stub, \
            LiveFetcher(policy()) as live:
        assert live.fetch(stub.url("/gz2")).body == HTML


def test_three_stacked_encodings_are_refused() -> None:
    body = gzip_layers(HTML, 3)
    with WebStub({"/gz3": serve(body, "text/html", Content_Encoding="gzip, gzip, gzip")}) as stub, \
            LiveFetcher(policy()) as live:
        error = failure(live.fetch, stub.url("/gz3"))
    assert error.reason == "bad-encoding" and "stacked" in str(error)


def test_a_stacked_bomb_stops_at_the_cap() -> None:
    body = gzip_layers(b"\0" * 200_000_000, 2)  # a few hundred bytes, 200 MB inside
    with WebStub({"/b2": serve(body, "text/html", Content_Encoding="gzip, gzip")}) as stub, \
            LiveFetcher(policy(max_bytes=1_000_000)) as live:
        error = failure(live.fetch, stub.url("/b2"))
    assert error.reason == "too-large"


def test_an_unknown_encoding_is_refused_not_passed_through() -> None:
    with WebStub({"/br": serve(b"\x1b\x00", "text/html", Content_Encoding="br")}) as stub, \
            LiveFetcher(policy()) as live:
        error = failure(live.fetch, stub.url("/br"))
    assert error.reason == "bad-encoding"


def test_a_broken_gzip_body_is_a_clear_error() -> None:
    with WebStub({"/bad": serve(b"not gzip at all", "text/html", Content_Encoding="gzip")}) as stub, \
            LiveFetcher(policy()) as live:
        error = failure(live.fetch, stub.url("/bad"))
    assert error.reason == "bad-encoding"


# --- content types ---------------------------------------------------------------------------

def counting_body(kind: str, sent: list[int]) -> object:
    def route(request: Request) -> None:
        h = request.handler
        h.send_response(200)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(2_000_000))
        h.end_headers()
        try:
            for _ in range(200):
                h.wfile.write(b"%PDF" * 2500)
                sent.append(10_000)
        except OSError:
            pass
    return route


@pytest.mark.parametrize("kind", ["application/pdf", "image/png", "application/octet-stream",
                                  "video/mp4", "application/zip"])
def test_binary_types_are_skipped_before_the_body_is_read(kind: str) -> None:
    sent: list[int] = []
    with WebStub({"/doc": counting_body(kind, sent)}) as stub, LiveFetcher(policy()) as live:
        error = failure(live.fetch, stub.url("/doc"))
        feed_error = failure(live.fetch_feed, stub.url("/doc"))
    assert error.reason == feed_error.reason == "bad-content-type"
    assert kind in str(error)


def test_pages_and_feeds_have_their_own_allowlists(fetcher: LiveFetcher) -> None:
    with WebStub({"/page": serve(HTML, "text/html; charset=utf-8"), "/feed": serve(RSS)}) as stub:
        assert fetcher.fetch(stub.url("/page")).body == HTML
        assert failure(fetcher.fetch_feed, stub.url("/page")).reason == "bad-content-type"
        assert failure(fetcher.fetch, stub.url("/feed")).reason == "bad-content-type"


def test_http_errors_carry_the_status(fetcher: LiveFetcher) -> None:
    with WebStub({"/gone": serve(b"gone", "text/html", status=410)}) as stub:
        error = failure(fetcher.fetch, stub.url("/gone"))
        missing = failure(fetcher.fetch, stub.url("/nothing-here"))
    assert (error.reason, missing.reason) == ("http-status", "http-status")
    assert "410" in str(error) and "404" in str(missing)


# --- redirects -------------------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "http://10.0.0.5/feed", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:10.0.0.1]/",
    "http://2130706433/", "http://192.168.0.1:8080/admin",
])
def test_a_redirect_to_a_private_address_is_blocked(fetcher: LiveFetcher, target: str) -> None:
    with WebStub({"/r": redirect(target)}) as stub:
        error = failure(fetcher.fetch_feed, stub.url("/r"))
    assert error.reason == "blocked-address"
    assert len(stub.requests) == 1


@pytest.mark.parametrize(("target", "reason"), [
    ("file:///etc/passwd", "bad-scheme"), ("gopher://127.0.0.1:25/", "bad-scheme"),
    ("data:text/xml,<rss/>", "bad-scheme"), ("http://user:pw@127.0.0.1/", "bad-url"),
])
def test_a_redirect_to_another_scheme_is_refused(fetcher: LiveFetcher, target: str,
                                                 reason: str) -> None:
    with WebStub({"/r": redirect(target)}) as stub:
        assert failure(fetcher.fetch_feed, stub.url("/r")).reason == reason


def test_a_redirect_to_a_name_resolving_privately_is_blocked() -> None:
    """Two stubs: the first redirects to a host name whose (patched) DNS answer is private."""
    def resolve(host: str, port: int) -> list[str]:
        return {"127.0.0.1": ["127.0.0.1"], "intranet.example": ["10.20.30.40"]}[host]

    with WebStub({"/feed": serve(RSS)}) as inner, \
            WebStub({"/r": redirect(inner.url("/feed", host="intranet.example"))}) as outer, \
            LiveFetcher(policy(), resolver=resolve) as live:
        error = failure(live.fetch_feed, outer.url("/r"))
    assert error.reason == "blocked-address" and "10.20.30.40" in str(error)
    assert inner.requests == []


def test_redirects_across_two_servers_are_followed_and_rechecked() -> None:
    with WebStub({"/feed": serve(RSS)}) as second, \
            WebStub({"/a": redirect("/b", 301), "/b": redirect(second.url("/feed"), 308)}) as first, \
            LiveFetcher(policy()) as live:
        document = live.fetch_feed(first.url("/a"))
    assert document.body == RSS and document.final_url == second.url("/feed")
    assert document.requested_url == first.url("/a")


def test_at_most_three_redirects() -> None:
    routes = {f"/{i}": redirect(f"/{i + 1}") for i in range(4)}
    routes["/4"] = serve(RSS)
    with WebStub(routes) as stub, LiveFetcher(policy()) as live:
        error = failure(live.fetch_feed, stub.url("/0"))
        assert live.fetch_feed(stub.url("/1")).body == RSS  # three hops is fine
    assert error.reason == "too-many-redirects"


def test_a_redirect_loop_ends(fetcher: LiveFetcher) -> None:
    with WebStub({"/loop": redirect("/loop")}) as stub:
        assert failure(fetcher.fetch_feed, stub.url("/loop")).reason == "too-many-redirects"
    assert len(stub.requests) == 4


# --- TLS ---------------------------------------------------------------------------------------

def test_a_self_signed_certificate_fails_and_is_never_retried(tmp_path) -> None:
    pair = self_signed(tmp_path)
    if pair is None:
        pytest.skip("the openssl command is not available")
    with WebStub({"/feed": serve(RSS)}, https=pair) as stub, LiveFetcher(policy()) as live:
        error = failure(live.fetch_feed, stub.url("/feed"))
        time.sleep(0.2)
    assert error.reason == "tls"
    assert "CERTIFICATE_VERIFY_FAILED" in str(error) or "certificate" in str(error).lower()
    assert stub.connections == 1  # one attempt, no second try without verification
    assert stub.requests == []  # no request was ever sent over the unverified connection


def test_the_fetcher_refuses_an_unverifying_tls_context() -> None:
    import ssl
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="verification"):
        LiveFetcher(policy(), ssl_context=context)


# --- conditional GET and politeness ------------------------------------------------------------

def conditional(body: bytes, etag: str) -> object:
    def route(request: Request) -> None:
        if request.headers.get("if-none-match") == etag:
            request.send(304, b"", {"ETag": etag})
        else:
            request.send(200, body, {"Content-Type": "application/rss+xml", "ETag": etag,
                                     "Last-Modified": "Fri, 20 Nov 2026 21:00:00 GMT"})
    return route


def test_an_unchanged_feed_costs_one_304(fetcher: LiveFetcher) -> None:
    with WebStub({"/feed": conditional(RSS, '"v1"')}) as stub:
        first = fetcher.fetch_feed(stub.url("/feed"))
        again = fetcher.fetch_feed(stub.url("/feed"), first.etag, first.last_modified)
    assert (first.status, first.etag) == (200, '"v1"')
    assert first.last_modified == "Fri, 20 Nov 2026 21:00:00 GMT"
    assert (again.status, again.body) == (304, b"")
    assert len(stub.requests) == 2
    assert stub.requests[1].headers["if-modified-since"] == first.last_modified


def test_per_host_concurrency_is_bounded() -> None:
    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def slow(request: Request) -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        request.send(200, HTML, {"Content-Type": "text/html"})

    with WebStub({"/p": slow}) as stub, LiveFetcher(policy(per_host=2)) as live:
        threads = [threading.Thread(target=live.fetch, args=(stub.url(f"/p?{i}"),)) for i in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
    assert len(stub.requests) == 6
    assert state["most"] == 2


def test_host_gate_spaces_request_starts() -> None:
    clock = {"t": 0.0}
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock["t"] += seconds

    gate = HostGate(per_host=2, delay=0.5, clock=lambda: clock["t"], sleep=sleep)
    for _ in range(3):
        with gate.slot("https://a.example/x"):
            pass
    with gate.slot("https://b.example/x"):  # another host does not wait
        pass
    assert slept == [0.5, 0.5]
