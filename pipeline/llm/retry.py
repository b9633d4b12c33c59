"""The one retry layer: which failures are retried and how long to wait.

Retried: timeouts, lost connections, and HTTP 408, 409, 429 and 5xx. Any other
4xx is final (a bad request will not get better). The wait honours the
server's Retry-After (or retry-after-ms) up to `retry_after_cap`; without one
it is an exponential backoff with a floor: try n waits between 50% and 100% of
`backoff_base` x 2^(n-1), capped at `backoff_max` (defaults 4 s and 20 s: four
tries span 14-28 s, long enough for a restarting server). A response that
misses its total deadline (`ResponseDeadline`) is retried like a timeout. The SDK's own
retries are off (`max_retries=0`), so this is the only place that retries.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from ..retry_after import parse_retry_after

RETRY_STATUSES = frozenset({408, 409, 429})


class ResponseDeadline(Exception):
    """The whole response did not arrive within its deadline (bytes dripping do not extend it)."""


def is_retryable(exc: BaseException) -> bool:
    import openai  # here, not at module import: the SDK is slow to import

    if isinstance(exc, ResponseDeadline):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRY_STATUSES or exc.status_code >= 500
    return isinstance(exc, openai.APIConnectionError)  # includes APITimeoutError


def retry_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """Seconds the server asked us to wait, from retry-after-ms or retry-after."""
    if not headers:
        return None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    return parse_retry_after(headers.get("retry-after"))


def backoff_seconds(attempt: int, base: float, cap: float, draw: float | None = None) -> float:
    """The wait after try `attempt` (1, 2, ...): 50-100% of base x 2^(attempt-1), at most `cap`."""
    share = random.uniform(0.5, 1.0) if draw is None else draw
    return min(cap, base * 2 ** (attempt - 1)) * share


class RetryAfterOrBackoff:
    """tenacity wait: the server's Retry-After (capped), else exponential backoff with a floor."""

    def __init__(self, backoff_max: float, retry_after_cap: float, backoff_base: float = 4.0) -> None:
        self.retry_after_cap = retry_after_cap
        self.backoff_max = backoff_max
        self.backoff_base = backoff_base

    def __call__(self, state: RetryCallState) -> float:
        import openai

        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, openai.APIStatusError):
            asked = retry_after_seconds(exc.response.headers)
            if asked is not None:
                return min(asked, self.retry_after_cap)
        return backoff_seconds(state.attempt_number, self.backoff_base, self.backoff_max)


def retrying(max_attempts: int, backoff_max: float, retry_after_cap: float,
             backoff_base: float = 4.0) -> AsyncRetrying:
    return AsyncRetrying(
        stop=stop_after_attempt(max_attempts),
        wait=RetryAfterOrBackoff(backoff_max, retry_after_cap, backoff_base),
        retry=retry_if_exception(is_retryable),
        reraise=True,
    )
