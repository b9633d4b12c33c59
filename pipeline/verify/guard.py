"""No text makes the verifier raise: a check that fails inside becomes a `check-failed` finding.

The finding names the check (the verifier function where it failed) and what
it was reading, so the reviewer knows which figures went unchecked and a
developer knows where to look; the other checks still run.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from ..contracts import Finding
from .codes import finding

_SPAN_CHARS = 80


def guarded(work: Callable[[], list[Finding]], *, section: str | None, text: str = "") -> list[Finding]:
    """`work()`'s findings, or one `check-failed` finding when it raises."""
    try:
        return work()
    except Exception as exc:  # the verifier's own fault must not lose the reviewer's text
        return [failed(exc, section=section, text=text)]


def failed(exc: BaseException, *, section: str | None, text: str) -> Finding:
    where = failing_check(exc)
    span = text.strip()[:_SPAN_CHARS] or None
    return finding("check-failed", f"the verifier's check {where} failed on this text "
                   f"({type(exc).__name__}: {exc}); what it checks here is unverified",
                   section=section, span=span, source=where)


def failing_check(exc: BaseException) -> str:
    """The innermost verifier function on the traceback ('values._distance_from')."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if "/verify/" in f.filename.replace("\\", "/")]
    if not frames:
        return "unknown"
    frame = frames[-1]
    module = frame.filename.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".py")
    return f"{module}.{frame.name}"
