"""Patterns that reject hopeless start positions at once.

Python's regex engine tries a pattern such as `\\b(?:closed|ended|...)` at every position of
the text, walking its alternatives each time. `leading(pattern)` puts a lookahead for the
characters a match can start with in front (`(?=[ce...])`): one set test then turns away
every other position. The characters are read from the parsed pattern, so the lookahead
follows any edit to it; when they cannot be told (a pattern that may match empty, a negated
set, '.'), the pattern is returned unchanged. Matches are the same either way.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (3.11+)
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
"""Characters IGNORECASE matches as an ASCII letter though lowering does not give it."""
_WIDEST_RANGE = 256


def leading(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches can start with."""
    chars = first_characters(pattern)
    if chars is None:
        return pattern
    try:
        return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags written inside the pattern must open it: keep it as it is
        return pattern


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """A character-set body holding every character a match can start with (both cases of each
    letter), or None when that cannot be told or a match may be empty."""
    fragments = first_fragments(pattern)
    return None if fragments is None else "".join(sorted(_escaped(f) for f in fragments))


def first_fragments(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters a match can start with (both cases of each letter, and the letters IGNORECASE
    folds to them), a class as its escape ('\\d', '\\w', '\\s'); None as for first_characters."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled once already
        return None
    found = _sequence(list(parsed))
    if found is None or found[1]:
        return None
    fragments: set[str] = set()
    for fragment in found[0]:
        fragments.add(fragment)
        if len(fragment) == 1 and fragment.isalpha() and fragment.isascii():
            fragments.update({fragment.lower(), fragment.upper(), *_FOLDS.get(fragment.lower(), "")})
    return fragments


def _escaped(fragment: str) -> str:
    return fragment if fragment.startswith("\\") and len(fragment) == 2 else re.escape(fragment)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(first characters, whether the whole sequence may match empty), or None when unknown."""
    chars: set[str] = set()
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        members = _members(av)
        return None if members is None else (members, False)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: the next item starts the match
    if op is sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        found = _sequence(list(body))
        return None if found is None else (found[0], found[1] or low == 0)
    return None  # '.', a back-reference, a conditional: anything may start


def _members(av: list[tuple[Any, Any]]) -> set[str] | None:
    members: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            members.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < _WIDEST_RANGE:
            members.update(chr(c) for c in range(value[0], value[1] + 1))
        elif op is sre.CATEGORY and value in _CATEGORIES:
            members.add(_CATEGORIES[value])
        else:
            return None  # a negated set, a wide range: anything may start
    return members
