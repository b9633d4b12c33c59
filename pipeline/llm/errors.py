"""What can go wrong with one model call, in one place.

A call ends `ok`, or with one `ModelCallError` whose `reason` says why and
which carries what happened: HTTP attempts, token usage, the last raw output.
"""

from __future__ import annotations

from enum import StrEnum

from ..errors import NewsdeskError


class CallOutcome(StrEnum):
    """The `outcome` column of the call log."""

    OK = "ok"
    CACHE_HIT = "cache_hit"
    REFUSAL = "refusal"  # the model declined (message.refusal)
    LENGTH = "length"  # finish_reason=length: cut off at max_tokens
    CONTENT_FILTER = "content_filter"
    INVALID = "invalid"  # not JSON, or JSON that does not fit the schema
    HTTP_ERROR = "http_error"  # a status the server kept answering, or no connection
    TIMEOUT = "timeout"
    RECEIVED = "received"  # the answer is stored, not yet read (a crash here is replayed, not paid again)
    NOT_SENT = "not_sent"  # a run budget or deadline stopped it before it was sent


class Reason(StrEnum):
    """Why a call failed; finer than the outcome."""

    REFUSAL = "refusal"
    LENGTH = "length"
    CONTENT_FILTER = "content_filter"
    INVALID_JSON = "invalid_json"
    SCHEMA_INVALID = "schema_invalid"
    HTTP_STATUS = "http_status"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    BUDGET = "budget"  # the run's token or cost cap was reached: not sent
    DEADLINE = "deadline"  # the model stage's run deadline passed: not sent
    CONTEXT = "context"  # the conversation cannot fit llm.context_window: not sent

    @property
    def outcome(self) -> CallOutcome:
        return {
            Reason.REFUSAL: CallOutcome.REFUSAL, Reason.LENGTH: CallOutcome.LENGTH,
            Reason.CONTENT_FILTER: CallOutcome.CONTENT_FILTER,
            Reason.INVALID_JSON: CallOutcome.INVALID, Reason.SCHEMA_INVALID: CallOutcome.INVALID,
            Reason.HTTP_STATUS: CallOutcome.HTTP_ERROR, Reason.CONNECTION: CallOutcome.HTTP_ERROR,
            Reason.TIMEOUT: CallOutcome.TIMEOUT,
            Reason.BUDGET: CallOutcome.NOT_SENT, Reason.DEADLINE: CallOutcome.NOT_SENT,
            Reason.CONTEXT: CallOutcome.NOT_SENT,
        }[self]

    @property
    def repairable(self) -> bool:
        """The model answered, but not in the schema: a re-ask may fix it."""
        return self in (Reason.INVALID_JSON, Reason.SCHEMA_INVALID)


class ModelCallError(NewsdeskError):
    """One model call that did not produce a valid object."""

    exit_code = 1

    def __init__(self, reason: Reason, detail: str, *, attempts: int = 0, prompt_tokens: int = 0,
                 completion_tokens: int = 0, raw_output: str | None = None, content: str | None = None,
                 latency_ms: int = 0, status_code: int | None = None) -> None:
        super().__init__(f"model call failed ({reason.value}): {detail}")
        self.reason = reason
        self.detail = detail
        self.attempts = attempts
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.raw_output = raw_output  # the whole response body, for the log
        self.content = content  # the model's message text, for a re-ask
        self.latency_ms = latency_ms
        self.status_code = status_code


class WriterFailed(NewsdeskError):
    """The model writer gave up on one instrument; nothing was saved for it."""

    exit_code = 1
