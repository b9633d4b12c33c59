"""A bounded memory of what a reading of a text gave, kept per document.

The checks read the same sentence, clause or tail many times over one document (folding it for a
keyword pre-check, naming the period of its figures). `TextMemo` remembers each reading until the
next document (`forget`, called by VerifyContext) and starts over past `most` texts, so a long run
never grows it without bound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_UNREAD = object()


class TextMemo(Generic[T]):
    """`read(text)` once per text per document."""

    def __init__(self, read: Callable[[str], T], most: int = 4096) -> None:
        self._read = read
        self._most = most
        self._known: dict[str, T] = {}

    def __call__(self, text: str) -> T:
        known = self._known.get(text, _UNREAD)
        if known is not _UNREAD:
            return known  # type: ignore[return-value]
        if len(self._known) >= self._most:
            self._known.clear()
        value = self._known[text] = self._read(text)
        return value

    def forget(self) -> None:
        """Drop the texts read so far (a new document's texts are its own)."""
        self._known.clear()
