"""The first-character lookahead (pipeline/verify/lookahead.py): same matches, fewer start positions."""

from __future__ import annotations

import re

import pytest

from pipeline.verify.lookahead import first_characters, leading

TEXTS = [
    "IWM closed at $244.30, up 0.30% on the session; RSI(14) reads 48.2 while MACD sits at 0.31.",
    "The Russell 2000 ENDED at 2,456.17 -- it Closed higher; +1.2% and \u22120.4% and -3 pp.",
    "Odd letters: \u212aelvin, \u017fince, \u0130nflation, \u0131ntraday, caf\u00e9 ROSE 2%.",
    "",
    "((()))[1] [22] #tag /5 \u201cquoted 5%\u201d 10:30 AM",
]

PATTERNS = [
    re.compile(r"\b(?:closed|ended|finished)\b(?: at)?", re.IGNORECASE),
    re.compile(r"(?:(?<![\w$.,])(?P<sign>[+\-\u2212])(?=\$?\d))?(?P<dollar>\$)?\d[\d,]*(?:\.\d+)?%?"),
    re.compile(r"\b(?:since|intraday|kelvin|inflation)\b", re.IGNORECASE),
    re.compile(r"(?i:rose|fell)\s+\d|\bRSI\s?\(\d+\)"),
    re.compile(r"[;:,()\u2014]|\bwhile\b|\band\b"),
    re.compile(r"\[(\d+)\]|#[\w-]+|/(?:100|5)\b"),
    re.compile(r"\d{1,2}:\d{2}(?:\s?[AP]M)?"),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_the_pattern(pattern: re.Pattern[str]) -> None:
    fast = leading(pattern)
    assert fast.pattern.startswith("(?=[")
    assert fast.groupindex == pattern.groupindex
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert fast.split(text) == pattern.split(text)


def test_first_characters_of_words_cover_both_cases_and_the_folded_letters() -> None:
    chars = first_characters(re.compile(r"\b(?:since|kelvin|ended)"))
    assert chars is not None
    assert set("sSkKeE\u017f\u212a") <= set(chars)
    assert not set("aAbBcC") & set(chars)


def test_an_optional_start_adds_what_follows() -> None:
    chars = first_characters(re.compile(r"(?:\+)?\$?\d"))
    assert chars is not None and {"+", "$"} <= set(chars.replace("\\", "")) and r"\d" in chars


@pytest.mark.parametrize("source", [r"", r"a*", r"(?:x)?", r"[^a]bc", r".x", r"(?:a|)b?", r"[\W]", r"\Sx"])
def test_unknown_or_empty_starts_keep_the_pattern(source: str) -> None:
    pattern = re.compile(source)
    assert first_characters(pattern) is None
    assert leading(pattern) is pattern
