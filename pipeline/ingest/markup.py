"""Plain text out of untrusted markup-ish strings: tags and entities gone, length capped."""

from __future__ import annotations

import html
import re

# Applied before any regex so that work stays linear in a bounded input.
RAW_LIMIT = 100_000

_BLOCK = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![A-Za-z\[][^<>]*>")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


def strip_markup(value: str | None) -> str:
    """Tags, comments, script/style blocks and HTML entities removed; whitespace collapsed.

    Runs twice around unescaping so that double-escaped markup (`&lt;b&gt;`) from
    careless feeds is removed too. Zero-width and control characters are dropped.
    """
    if not value:
        return ""
    text = value[:RAW_LIMIT]
    for _ in range(2):
        text = _BLOCK.sub(" ", text)
        text = _COMMENT.sub(" ", text)
        text = _TAG.sub(" ", text)
        text = html.unescape(text)
    return collapse_whitespace(text)


def collapse_whitespace(text: str) -> str:
    text = _CONTROL.sub(" ", text.translate(_INVISIBLE))
    return _WHITESPACE.sub(" ", text).strip()


def cap(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"
