"""Attacks on the review page's sign-in, over real HTTP (uvicorn on 127.0.0.1 in a thread):
parallel guesses, memory from unauthenticated requests, lockout by a stranger, long names."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from review_helpers import PASSWORD, Client, Server, add_reviewer, form_token, review_server
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pipeline.config import Settings
from pipeline.review import auth
from pipeline.review.app import CSP, ReviewOptions, SecurityHeaders
from pipeline.review.limiter import SignInLimiter
from pipeline.store import Store

BURST = 50
WRONG = "guess guess guess"


@pytest.fixture
def store(store: Store, settings: Settings) -> Store:
    """The store of the project folder `settings` describes, with alice signed up at the real
    scrypt cost (about 0.1 s a check): the window parallel guesses aim at."""
    store.add_user("alice", auth.hash_password(PASSWORD))
    return store


@pytest.fixture
def limiter() -> SignInLimiter:
    return SignInLimiter(base_delay=60)  # the 6th try waits a minute: no clock races here


@pytest.fixture
def server(store: Store, settings: Settings, limiter: SignInLimiter) -> Iterator[Server]:
    with review_server(store, settings, ReviewOptions(limiter=limiter)) as running:
        yield running


class CountedChecks:
    """Wraps the real password check to count how many ran (and signal after `signal_at`)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, signal_at: int = 0) -> None:
        self.count = 0
        self.reached = threading.Event()
        self._lock = threading.Lock()
        self._signal_at = signal_at
        self._real = auth.verify_password
        monkeypatch.setattr(auth, "verify_password", self)

    def __call__(self, password: str, stored: str | None) -> bool:
        with self._lock:
            self.count += 1
            if self.count == self._signal_at:
                self.reached.set()
        return self._real(password, stored)


def ready_browsers(port: int, count: int) -> list[tuple[Client, str]]:
    browsers = [Client(port) for _ in range(count)]
    return [(b, form_token(b.get("/login").body)) for b in browsers]


def sign_in(browser: tuple[Client, str], password: str, start: threading.Barrier) -> int:
    client, token = browser
    start.wait()
    return client.post("/login", {"csrf": token, "user": "alice", "password": password}).status


def test_parallel_wrong_guesses_check_at_most_the_limit(server: Server, limiter: SignInLimiter,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    checks = CountedChecks(monkeypatch)
    browsers = ready_browsers(server.port, BURST)
    start = threading.Barrier(BURST)
    with ThreadPoolExecutor(BURST) as pool:
        statuses = list(pool.map(lambda b: sign_in(b, WRONG, start), browsers))
    assert checks.count <= limiter.free
    assert statuses.count(401) == checks.count
    assert statuses.count(429) == BURST - checks.count


def test_the_right_password_inside_a_burst_gets_no_session_once_the_limit_is_used(
        server: Server, limiter: SignInLimiter, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = CountedChecks(monkeypatch, signal_at=limiter.free)
    browsers = ready_browsers(server.port, BURST)
    start = threading.Barrier(BURST)

    def guess(n: int) -> int:
        if n != BURST // 2:
            return sign_in(browsers[n], WRONG, start)
        start.wait()
        assert checks.reached.wait(30)  # the limit's worth of wrong guesses are being checked
        client, token = browsers[n]
        return client.post("/login", {"csrf": token, "user": "alice",
                                      "password": PASSWORD}).status

    with ThreadPoolExecutor(BURST) as pool:
        statuses = list(pool.map(guess, range(BURST)))
    assert statuses[BURST // 2] == 429
    assert 303 not in statuses
    assert checks.count == limiter.free
    assert not any("newsdesk_session" in client.cookies for client, _ in browsers)


def test_names_over_the_column_limit_are_refused_with_401_before_anything_is_kept(
        store: Store, server: Server, limiter: SignInLimiter,
        monkeypatch: pytest.MonkeyPatch) -> None:
    longest = "a" * 64
    add_reviewer(store, longest)
    checks = CountedChecks(monkeypatch)
    browser = Client(server.port)
    reply = browser.sign_in(user=longest + "a")  # its first 64 characters name a real user
    assert reply.status == 401 and "Wrong user name or password" in reply.body
    assert reply.header("content-security-policy") == CSP
    assert reply.header("x-frame-options") == "DENY"
    assert "newsdesk_session" not in browser.cookies
    for n in range(20):  # distinct 200 KB names: nothing is counted, checked or kept
        assert browser.sign_in(user=f"{n}" + "x" * 200_000).status == 401
    assert (checks.count, len(limiter)) == (0, 0)
    assert browser.sign_in(user=longest).status == 303  # the real 64-character name still works


def test_a_strangers_guesses_delay_but_never_lock_out() -> None:
    now = [1000.0]
    limiter = SignInLimiter(free=5, base_delay=1, max_delay=300, clock=lambda: now[0])
    for _ in range(5):
        assert limiter.reserve("alice", "10.0.0.9").allowed  # the stranger's five free guesses
    waits = []
    for _ in range(12):
        refused = limiter.reserve("alice", "10.0.0.9")
        assert not refused.allowed
        waits.append(refused.wait)
        assert limiter.reserve("Alice", "10.0.0.9").wait == refused.wait  # retrying adds nothing
        now[0] += refused.wait
        assert limiter.reserve("alice", "10.0.0.9").allowed  # one guess per delay, no more
    assert waits[:5] == [1, 2, 4, 8, 16]
    assert max(waits) == 300  # the delay grows to its cap and stops there
    real_user = limiter.reserve("alice", "192.0.2.7")  # another address is not slowed at all
    assert real_user.allowed
    limiter.succeeded(real_user)
    now[0] += 300
    assert limiter.reserve("alice", "10.0.0.9").allowed  # after the longest wait: never locked


def test_one_address_guessing_many_names_is_slowed_too() -> None:
    now = [0.0]
    limiter = SignInLimiter(free=5, address_free=8, base_delay=10, clock=lambda: now[0])
    for n in range(8):
        assert limiter.reserve(f"user{n}", "10.0.0.9").allowed
    assert limiter.reserve("user99", "10.0.0.9").wait == 10
    assert limiter.reserve("user99", "10.0.0.10").allowed


def test_a_right_password_gives_its_reservation_back() -> None:
    limiter = SignInLimiter(free=2, clock=lambda: 0.0)
    for _ in range(10):
        attempt = limiter.reserve("alice", "127.0.0.1")
        assert attempt.allowed
        limiter.succeeded(attempt)
    assert limiter.reserve("bob", "127.0.0.1").allowed


def test_limiter_memory_is_bounded_under_many_distinct_names() -> None:
    limiter = SignInLimiter(max_entries=500, clock=lambda: 0.0)
    tracemalloc.start()
    try:
        for n in range(20_000):
            limiter.reserve(f"{n:06d}" + "n" * 10_000, f"10.{n // 65536}.{n // 256 % 256}.{n % 256}")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(limiter) <= 2 * 500
    assert peak < 5_000_000  # 20 000 names of 10 KB would be 200 MB if they were kept


def test_limiter_forgets_quiet_records() -> None:
    now = [0.0]
    limiter = SignInLimiter(forget=900, clock=lambda: now[0])
    for n in range(100):
        limiter.reserve(f"user{n}", f"10.0.0.{n}")
    now[0] = 901
    limiter.reserve("alice", "127.0.0.1")
    assert len(limiter) == 2


def _crash(request: Request) -> Response:
    raise RuntimeError("boom")


def test_an_unexpected_error_is_a_500_with_the_security_headers() -> None:
    from review_helpers import running

    app = Starlette(routes=[Route("/", _crash)], middleware=[Middleware(SecurityHeaders)])
    with running(app) as server:
        reply = Client(server.port).get("/")
    assert reply.status == 500 and "boom" not in reply.body
    assert reply.header("content-security-policy") == CSP
