"""Requests- and tokens-per-minute limits over a sliding 60-second window.

`acquire(tokens)` waits until one more request with that many (estimated)
tokens fits in the last minute; 0 for a limit means no limit. The concurrency
bound (requests in flight) is a separate semaphore held by the client.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 60.0


class RateLimiter:
    def __init__(self, rpm: int = 0, tpm: int = 0, clock: Callable[[], float] = time.monotonic) -> None:
        self.rpm = rpm
        self.tpm = tpm
        self._clock = clock
        self._sent: deque[tuple[float, int]] = deque()
        self._lock = asyncio.Lock()

    async def acquire(self, tokens: int) -> None:
        if not self.rpm and not self.tpm:
            return
        async with self._lock:  # first come, first served
            while (delay := self._delay(tokens)) > 0:
                await asyncio.sleep(delay)
            self._sent.append((self._clock(), tokens))

    def _delay(self, tokens: int) -> float:
        now = self._clock()
        while self._sent and now - self._sent[0][0] >= WINDOW_S:
            self._sent.popleft()
        if not self._sent:
            return 0.0
        over_requests = bool(self.rpm) and len(self._sent) >= self.rpm
        used = sum(t for _, t in self._sent)
        over_tokens = bool(self.tpm) and used + tokens > self.tpm
        if not (over_requests or over_tokens):
            return 0.0
        return max(0.01, self._sent[0][0] + WINDOW_S - now)


def estimate_tokens(messages: list[dict[str, str]], max_tokens: int) -> int:
    """A conservative budget for one request: about 4 characters a token, plus the reply cap."""
    chars = sum(len(m.get("content", "")) for m in messages)
    return chars // 4 + max_tokens
