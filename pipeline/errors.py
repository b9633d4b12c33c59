"""Every error newsdesk raises on purpose, in one place.

The CLI maps these to one-line messages and exit codes; anything else is a bug
and shows a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from .ids import short_id
from .skips import QualityIssue, SkipCode, ranked


class NewsdeskError(Exception):
    """Base of newsdesk's own errors. `exit_code` is what the CLI returns.

    Every one survives pickling with its attributes (the engine records a step's error
    and raises it again when the workflow is resumed), whatever its constructor takes.
    """

    exit_code = 1

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[NewsdeskError], args: tuple[Any, ...], state: dict[str, Any]) -> NewsdeskError:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigError(NewsdeskError):
    """The configuration file is missing, unreadable or invalid."""

    exit_code = 2


class OutputError(ConfigError):
    """The output folder (`output.dir`) cannot be written: a configuration problem, exit 2."""


class DataError(NewsdeskError):
    """Market data is missing, stale or broken for one instrument.

    `code` says which `SkipCode` the refusal is (the instrument's skip is filed
    under it); None only when the raiser did not say, which the run records as
    `data` and logs.
    """

    exit_code = 3
    default_code: ClassVar[SkipCode | None] = None

    def __init__(self, message: str, *, code: SkipCode | None = None) -> None:
        super().__init__(message)
        self.code = code if code is not None else self.default_code

    @property
    def reasons(self) -> list[QualityIssue]:
        """The coded reasons this error stands for; empty when it carries no code."""
        return [QualityIssue(self.code, str(self))] if self.code is not None else []


class ProviderError(DataError):
    """A market-data provider answered with an error, nothing, a rate limit or junk.

    The message names the provider, the symbol and the HTTP status when there was one.
    """

    default_code = SkipCode.PROVIDER


class IngestError(NewsdeskError):
    """A feed or page could not be fetched or parsed."""

    exit_code = 3


class FetchError(IngestError):
    """A live fetch was refused or failed; `reason` is a short code for reports.

    Codes: bad-url, bad-scheme, blocked-address, dns, connect, timeout, deadline,
    too-many-redirects, too-large, bad-encoding, bad-content-type, tls, http-status,
    protocol.
    """

    def __init__(self, url: str, reason: str, detail: str) -> None:
        super().__init__(f"{url}: {reason}: {detail}")
        self.url = url
        self.reason = reason
        self.detail = detail

    def __reduce__(self) -> tuple[type[FetchError], tuple[str, str, str]]:
        return type(self), (self.url, self.reason, self.detail)


class WorkerError(NewsdeskError):
    """A call to a worker process (ingest.worker) got no usable answer."""


class WorkerTimeout(WorkerError):
    """The call outlived its time limit; the worker was killed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:g} s; worker killed")
        self.seconds = seconds


class WorkerDied(WorkerError):
    """The worker process exited (a crash, out of memory, killed) before it answered."""

    def __init__(self, returncode: int | None, detail: str) -> None:
        super().__init__(f"worker process died (exit code {returncode}): {detail}")
        self.returncode = returncode
        self.detail = detail


class StoreError(NewsdeskError):
    """The store could not be opened, migrated or written."""

    exit_code = 4


class NotFound(NewsdeskError):
    """A draft, item or symbol asked for by the user does not exist."""

    exit_code = 5


class InvalidTransition(NewsdeskError):
    """A draft cannot move from its status to the one asked for."""

    exit_code = 6


class StaleVersion(InvalidTransition):
    """A decision named a version of a draft that is no longer its current one."""

    def __init__(self, draft_id: str, seen: int, current: int) -> None:
        super().__init__(f"draft {short_id(draft_id)}: version {current} was stored since you opened it "
                         f"(you saw version {seen}); review version {current} and decide again")
        self.seen = seen
        self.current = current


class InputError(NewsdeskError):
    """A file handed to a command (an article, a snapshot, sources) is missing or malformed.

    The message names the file and, when it can, the field or line at fault.
    """

    exit_code = 2


class PublishError(NewsdeskError):
    """A CMS, webhook or content directory refused or failed a publication.

    `retryable` is True for failures a later `newsdesk publish` may get past
    (5xx, a dropped connection, a timeout); False for a clear refusal (4xx, bad
    credentials) that needs a person. Either way the draft stays approved.
    """

    exit_code = 7

    def __init__(self, message: str, *, retryable: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


class ChartError(NewsdeskError):
    """An article's chart cannot be drawn (too little history); the article is written without it."""

    exit_code = 3


class QualityRefusal(DataError):
    """An instrument's market data failed the data-quality gate; it is skipped, not written.

    `reasons` holds the `QualityIssue`s, the most telling first, e.g.
    ("stale-last-bar", "IWM: the last bar ..."); `code` is the first one's.
    """

    def __init__(self, issues: Iterable[QualityIssue]) -> None:
        ordered = ranked(issues)
        if not ordered:
            raise ValueError("a QualityRefusal needs at least one issue")
        super().__init__("; ".join(issue.message for issue in ordered), code=ordered[0].code)
        self._issues = ordered

    @property
    def reasons(self) -> list[QualityIssue]:
        return list(self._issues)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self._issues,)
