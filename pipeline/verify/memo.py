"""A bounded memory of what a reading of a text gave, kept per document.

The checks read the same sentence, clause or tail many times over one document (folding it for a
keyword pre-check, naming the period of its figures). `TextMemo` remembers each reading until the
next document (`forget`, called by VerifyContext) and starts over past `most` texts, so a long run
never grows it without bound.

It is a dict whose call is the dict's own lookup: a text read before is answered in C, without a
Python frame (about six asks in ten on the demo articles: some 580 of the 970 a demo article makes);
only a new text runs `__missing__`, which reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

T = TypeVar("T")


class TextMemo(dict[str, T]):
    """`read(text)` once per text per document."""

    def __init__(self, read: Callable[[str], T], most: int = 4096) -> None:
        super().__init__()
        self._read = read
        self._most = most

    def __missing__(self, text: str) -> T:
        if len(self) >= self._most:
            self.clear()
        value = self[text] = self._read(text)
        return value

    if TYPE_CHECKING:
        def __call__(self, text: str) -> T: ...
    else:
        __call__ = dict.__getitem__  # a known text: the lookup alone; a new one: __missing__

    def forget(self) -> None:
        """Drop the texts read so far (a new document's texts are its own)."""
        self.clear()
