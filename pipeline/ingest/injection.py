"""Prompt-injection containment for scraped text (pure).

Scraped stories reach a model, so text written *to the model* ("ignore previous
instructions ...") is found, removed and recorded here, never passed on. This
module works on plain text; `hidden.py` applies it to an HTML tree (hidden CSS,
comments, attributes) before extraction.

What counts as instruction-like: the documented `PATTERNS` below, each a name
and a regular expression, matched case-insensitively on text with invisible
characters removed and whitespace collapsed:

| name               | catches                                                      |
|--------------------|--------------------------------------------------------------|
| ignore-instructions| ignore/disregard/forget/override ... previous/all ... instructions/rules |
| role-change        | "you are now", "from now on you", "pretend to be", "act as the/an AI" |
| system-prompt      | "system prompt", "developer message", "system instructions"  |
| role-tag           | chat-template markers: <|im_start|>, <|system|>, [INST], <<SYS>>, "### System:" |
| as-an-ai           | "as an AI language model / assistant", "as a large language model" |
| to-the-model       | "note to the AI", "instructions for the model", "AI models must ..." |
| write-directive    | an imperative 'write/say/state that ...' ... bullish/bearish/buy/sell |
| encoded-blob       | a base64 run of 40+ characters that decodes to readable text |

Invisible characters (`INVISIBLE`: zero-width, bidi controls, soft hyphen,
Unicode tag characters U+E0000-E007F) are always removed. A match is put down
to the zero-width vector when such characters sat inside it (they split the
words so a naive filter would miss them) or when the text was smuggled in tag
characters.

Finance news rarely says any of this; a false positive costs one removed
sentence and a flag a reviewer can clear, while a miss costs at most a draft
the verifier sends to review (numbers and bias never come from scraped text).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from ..contracts import FlaggedText

SNIPPET_MAX = 240
SCAN_MAX = 200_000

_WORDS = r"(?:[\w'’-]+\W{1,3}){0,4}?"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.I | re.M)) for name, rx in (
        ("ignore-instructions",
         r"\b(?:ignore|disregard|forget|override|bypass|skip)\W+" + _WORDS
         + r"(?:previous|prior|preceding|above|earlier|all|any|your|the|these|system|original)\W+"
         + _WORDS + r"(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails)\b"),
        ("role-change",
         r"\byou\s+are\s+now\b|\bfrom\s+now\s+on,?\s+you\b|\bpretend\s+(?:to\s+be|you\s+are)\b"
         r"|\bact\s+as\s+(?:an?\s+|the\s+)?(?:AI|assistant|model|LLM|DAN)\b"),
        ("system-prompt", r"\b(?:system|developer)\s+(?:prompt|message|instructions?)\b"),
        ("role-tag",
         r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext)\s*\|>|\[/?INST\]|<</?SYS>>"
         r"|^\W{0,4}#{1,4}\s*(?:system|assistant|instructions?)\s*:"),
        ("as-an-ai",
         r"\bas\s+an?\s+(?:AI|artificial\s+intelligence)\s+(?:language\s+model|model|assistant)\b"
         r"|\bas\s+a\s+(?:large\s+)?language\s+model\b"),
        ("to-the-model",
         r"\b(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:the\s+|any\s+)?"
         r"(?:AI|model|LLM|assistant|language\s+model|chatbot|GPT|writer\s+bot)s?\b"
         r"|\b(?:AI|LLM|GPT|ChatGPT|language\s+model|assistant)s?,?\s+(?:must|should|shall|will)\s+"
         r"(?:now\s+)?(?:write|say|state|report|rate|describe|respond|answer|output)\b"),
        ("write-directive",
         r"(?:^|[.!?:;]\s+|\b(?:please|must|should|shall)\s+)(?:write|say|state|report|describe|"
         r"declare|conclude)\s+(?:that|in\s+(?:the|your)\s+(?:article|summary)|the\s+(?:outlook|bias)"
         r")\b[^.!?\n]{0,120}?\b(?:bullish|bearish|strong\s+buy|buy\s+rating|sell\s+rating|"
         r"a\s+buy|a\s+sell)\b"),
    )
)
_BLOB = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=])")

# Zero-width, joiners, bidi marks/embeddings/overrides/isolates, word joiner and
# invisible operators, BOM, soft hyphen, Mongolian vowel separator, Hangul fillers.
INVISIBLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x2070))
)
TAG_RANGE = range(0xE0000, 0xE0080)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+[\"'”’)]*|\n|$)")


@dataclass(frozen=True)
class Revealed:
    """Text with invisible characters removed, and what they hid."""

    text: str
    removed_before: tuple[int, ...]  # invisibles removed before each index of `text` (len+1)
    smuggled: str  # ASCII carried by Unicode tag characters

    @property
    def had_invisible(self) -> bool:
        return self.removed_before[-1] > 0 or bool(self.smuggled)

    def split_at(self, start: int, end: int) -> bool:
        """True when invisible characters sat inside text[start:end]."""
        return self.removed_before[end] - self.removed_before[start] > 0


def reveal(text: str) -> Revealed:
    """`text` without invisible characters; tag characters decoded into `smuggled`."""
    kept: list[str] = []
    counts = [0]
    smuggled: list[str] = []
    removed = 0
    for char in text[:SCAN_MAX]:
        code = ord(char)
        if code in TAG_RANGE:
            removed += 1
            if 0xE0020 <= code <= 0xE007E:
                smuggled.append(chr(code - 0xE0000))
        elif code in INVISIBLE:
            removed += 1
        else:
            kept.append(char)
            counts.append(removed)
    counts[-1] = removed
    return Revealed("".join(kept), tuple(counts), "".join(smuggled))


_INVISIBLE_CHAR = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(INVISIBLE)) + "\U000e0000-\U000e007f]")


def has_invisible(text: str) -> bool:
    return _INVISIBLE_CHAR.search(text) is not None


def _is_invisible(char: str) -> bool:
    code = ord(char)
    return code in INVISIBLE or code in TAG_RANGE


def instruction_matches(text: str) -> list[tuple[str, int, int]]:
    """(pattern name, start, end) of every instruction-like passage in `text`."""
    found = [(name, m.start(), m.end()) for name, rx in PATTERNS for m in rx.finditer(text)]
    found += [("encoded-blob", m.start(), m.end()) for m in _BLOB.finditer(text)
              if _decodes_to_instructions(m.group(0))]
    return sorted(found, key=lambda f: (f[1], f[2]))


def _decodes_to_instructions(blob: str) -> bool:
    """A base64 run counts only when it decodes to text that itself reads as an instruction."""
    try:
        decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    return any(rx.search(decoded) for _, rx in PATTERNS)


def is_instruction_like(text: str) -> bool:
    revealed = reveal(text)
    return bool(instruction_matches(revealed.text) or instruction_matches(revealed.smuggled))


def scan(text: str, vector: str) -> list[FlaggedText]:
    """Findings in `text` found at `vector` (nothing removed: the caller drops the text)."""
    revealed = reveal(text)
    findings = [_finding(_vector(revealed, s, e, vector), name, revealed.text[s:e])
                for name, s, e in instruction_matches(revealed.text)]
    findings += [_finding("zero-width", name, "[tag characters] " + revealed.smuggled)
                 for name, s, e in instruction_matches(revealed.smuggled)]
    return _unique(findings)


def contain(text: str, vector: str = "visible") -> tuple[str, list[FlaggedText]]:
    """`text` with invisible characters and every instruction-like sentence removed,
    and a finding per removed sentence."""
    revealed = reveal(text)
    clean = revealed.text
    findings = [_finding("zero-width", name, "[tag characters] " + revealed.smuggled)
                for name, s, e in instruction_matches(revealed.smuggled)]
    matches = instruction_matches(clean)
    if not matches:
        return clean, _unique(findings)
    kept: list[str] = []
    dropped_line = False
    for start, end in _sentence_spans(clean):
        piece = clean[start:end]
        if piece.strip() == "" and dropped_line:  # the line break of a line now empty
            dropped_line = False
            continue
        hits = [(n, s, e) for n, s, e in matches if s < end and e > start]
        if not hits:
            kept.append(piece)
            dropped_line = False
            continue
        name, s, e = hits[0]
        findings.append(_finding(_vector(revealed, s, e, vector), name, piece.strip()))
        dropped_line = not kept or kept[-1].endswith("\n")
    return _tidy("".join(kept)), _unique(findings)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()]


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _vector(revealed: Revealed, start: int, end: int, default: str) -> str:
    return "zero-width" if revealed.split_at(start, end) else default


def _finding(vector: str, pattern: str, snippet: str) -> FlaggedText:
    return FlaggedText(vector=vector, pattern=pattern, snippet=shown(snippet))


def shown(text: str) -> str:
    """`text` for a reviewer: whitespace collapsed, invisible characters as \\u escapes, capped."""
    visible = "".join(f"\\u{ord(c):04x}" if _is_invisible(c) else c for c in text)
    visible = " ".join(visible.split())
    return visible if len(visible) <= SNIPPET_MAX else visible[: SNIPPET_MAX - 1] + "…"


def _unique(findings: list[FlaggedText]) -> list[FlaggedText]:
    seen: dict[tuple[str, str, str], FlaggedText] = {}
    for f in findings:
        seen.setdefault((f.vector, f.pattern, f.snippet), f)
    return list(seen.values())


def flags_for(findings: list[FlaggedText]) -> list[str]:
    """'injection:<vector>' once per vector, sorted."""
    return sorted({f"injection:{f.vector}" for f in findings})
