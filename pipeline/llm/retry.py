"""The one retry layer: which failures are retried and how long to wait.

Retried: timeouts, lost connections, and HTTP 408, 409, 429 and 5xx. Any other
4xx is final (a bad request will not get better). The wait honours the
server's Retry-After (or retry-after-ms) up to `retry_after_cap`; without one
it is a random exponential backoff capped at `backoff_max`. The SDK's own
retries are off (`max_retries=0`), so this is the only place that retries.
"""

from __future__ import annotations

from collections.abc import Mapping

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from ..retry_after import parse_retry_after

RETRY_STATUSES = frozenset({408, 409, 429})


def is_retryable(exc: BaseException) -> bool:
    import openai  # here, not at module import: the SDK is slow to import

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


class RetryAfterOrBackoff:
    """tenacity wait: the server's Retry-After (capped), else random exponential backoff."""

    def __init__(self, backoff_max: float, retry_after_cap: float, multiplier: float = 0.5) -> None:
        self.retry_after_cap = retry_after_cap
        self.backoff = wait_random_exponential(multiplier=multiplier, max=backoff_max)

    def __call__(self, state: RetryCallState) -> float:
        import openai

        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, openai.APIStatusError):
            asked = retry_after_seconds(exc.response.headers)
            if asked is not None:
                return min(asked, self.retry_after_cap)
        return float(self.backoff(state))


def retrying(max_attempts: int, backoff_max: float, retry_after_cap: float) -> AsyncRetrying:
    return AsyncRetrying(
        stop=stop_after_attempt(max_attempts),
        wait=RetryAfterOrBackoff(backoff_max, retry_after_cap),
        retry=retry_if_exception(is_retryable),
        reraise=True,
    )
