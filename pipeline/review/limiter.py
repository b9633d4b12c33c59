"""The review page's sign-in limiter: growing delays, never a lockout, in bounded memory.

Two records count failed sign-ins: one per (user name, client address) and one
per client address. The first `free` failures of a record cost nothing; after
that each further try must wait `base_delay` seconds after the last failure,
doubling per failure up to `max_delay`. A refused try is not a failure and does
not lengthen the wait, so a stranger sharing an address (every local client,
everyone behind one TLS proxy) can slow a real user down by at most `max_delay`,
never lock them out, and gets at most one guess per delay.

An attempt is reserved (counted as a failure) *before* the password is checked,
under one lock, so parallel guesses cannot all slip in while the first ones are
still hashing; a right password gives its reservation back.

Memory is bounded: each kind of record lives in an LRU map of at most
`max_entries`, records quiet for `forget` seconds are dropped, and keys are cut
to `MAX_KEY` characters (the app refuses longer user names before it gets here).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

MAX_KEY = 64


@dataclass
class _Record:
    failures: int
    last: float  # clock time of the last counted try


@dataclass(frozen=True)
class Attempt:
    """A reserved sign-in try (`wait == 0`) or a refused one (`wait` seconds to go)."""

    pair: tuple[str, str]
    address: str
    wait: float

    @property
    def allowed(self) -> bool:
        return self.wait <= 0


class _Expiring:
    """An LRU map of records, at most `max_entries`, forgetting those quiet for `forget` s."""

    def __init__(self, max_entries: int, forget: float) -> None:
        self.max_entries = max_entries
        self.forget = forget
        self._records: OrderedDict[object, _Record] = OrderedDict()

    def __len__(self) -> int:
        return len(self._records)

    def get(self, key: object, now: float) -> _Record | None:
        self._drop_quiet(now)
        return self._records.get(key)

    def count(self, key: object, now: float) -> None:
        record = self._records.pop(key, None) or _Record(0, now)
        self._records[key] = _Record(record.failures + 1, now)  # last touched = last in order
        while len(self._records) > self.max_entries:
            self._records.popitem(last=False)

    def give_back(self, key: object) -> None:
        record = self._records.get(key)
        if record is not None:
            record.failures = max(0, record.failures - 1)

    def forget_key(self, key: object) -> None:
        self._records.pop(key, None)

    def _drop_quiet(self, now: float) -> None:
        while self._records:
            key, oldest = next(iter(self._records.items()))
            if now - oldest.last <= self.forget:
                return
            del self._records[key]


class SignInLimiter:
    """Growing delays after `free` failures per (user, address) and `address_free` per address."""

    def __init__(self, *, free: int = 5, address_free: int = 50, base_delay: float = 1.0,
                 max_delay: float = 300.0, forget: float = 900.0, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free = free
        self.address_free = address_free
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._clock = clock
        self._pairs = _Expiring(max_entries, forget)
        self._addresses = _Expiring(max_entries, forget)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many records are kept (both kinds)."""
        with self._lock:
            return len(self._pairs) + len(self._addresses)

    def reserve(self, user: str, address: str) -> Attempt:
        """Count a try now, before its password is checked; refuse it while a delay runs."""
        pair = (user.lower()[:MAX_KEY], address[:MAX_KEY])
        with self._lock:
            now = self._clock()
            wait = max(self._wait(self._pairs.get(pair, now), self.free, now),
                       self._wait(self._addresses.get(pair[1], now), self.address_free, now))
            if wait <= 0:
                self._pairs.count(pair, now)
                self._addresses.count(pair[1], now)
        return Attempt(pair, pair[1], wait)

    def succeeded(self, attempt: Attempt) -> None:
        """The password was right: the pair starts afresh, the address gets its try back."""
        with self._lock:
            self._pairs.forget_key(attempt.pair)
            self._addresses.give_back(attempt.address)

    def _wait(self, record: _Record | None, free: int, now: float) -> float:
        if record is None or record.failures < free:
            return 0.0
        doublings = min(record.failures - free, 40)  # 2**40 s is past any max_delay
        delay = min(self.max_delay, self.base_delay * 2.0 ** doublings)
        return max(0.0, record.last + delay - now)
