"""Writers that verify their own drafts and may ask again (the model writer).

The orchestrator hands such a writer a `Check` (the verifier bound to the
instrument's news and names); the writer returns the article with the findings
of its last check and how many rounds it took.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ..contracts import Article, Finding
from ..llm.records import CallContext
from .base import Brief

Check = Callable[[Article], list[Finding]]


@dataclass(frozen=True)
class Written:
    article: Article
    findings: list[Finding] = field(default_factory=list)
    rounds: int = 1


@runtime_checkable
class CheckedWriter(Protocol):
    name: str
    prompt_version: str | None

    def check_ready(self) -> None:
        """Raise ConfigError when the writer cannot work (e.g. its key is not set)."""

    def session(self) -> AbstractAsyncContextManager[None]:
        """Open the writer's clients for one batch, inside the running event loop."""

    async def write_checked(self, brief: Brief, check: Check, context: CallContext,
                            asking: Callable[[], None] | None = None) -> Written:
        """`asking` is called once, when the prompt is built and the first request is about to go."""
