"""Scores stated in text ("Pulse 56/100", "Threat level 3/5", "Bias: Neutral") against code's.

The Pulse, bias, threat level and risk are computed, never chosen; a text that
states them must state the computed ones, and its bias must sit in its Pulse's
band.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Finding, Scores
from ..scoring import bias_for
from .codes import finding
from .lookahead import leading
from .numbers import WordIndex, folded

_STATED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pulse", re.compile(r"\bPulse(?: score)?:?\s*(?P<value>\d{1,3})\s*(?:/\s*100|out of 100)", re.I)),
    ("threat_level", re.compile(r"\bthreat(?: level)?:?\s*(?P<value>\d)\s*(?:/\s*5|out of 5)", re.I)),
    ("bias", re.compile(r"\bbias(?: is| stays| remains)?:?\s*(?P<value>bullish|neutral|bearish)\b", re.I)),
    # "Risk Medium" in a header line is a label too; "keeps risk low" is not
    ("risk", re.compile(r"\b(?i:risk(?: label| level)?)(?:(?::| (?i:is))\s*(?P<value>(?i:low|medium|high))|"
                        r"\s+(?P<label>Low|Medium|High))\b")),
    ("sentiment_score", re.compile(r"\bsentiment(?: score)?:?\s*(?P<value>\d{1,3})\b(?!\s*%)", re.I)),
)

_STATED = tuple((name, leading(pattern)) for name, pattern in _STATED)  # see lookahead.py


@dataclass(frozen=True)
class StatedScore:
    field: str
    value: str
    span: str
    section: str


_STATED_WORDS = WordIndex([("pulse",), ("threat",), ("bias",), ("risk",), ("sentiment",)])
"""For each _STATED pattern, the word a lowered ASCII text must hold for it to match."""


def stated_scores(text: str, section: str) -> list[StatedScore]:
    found = []
    for field, pattern in (_STATED[n] for n in _STATED_WORDS.candidates(folded(text))):
        for match in pattern.finditer(text):
            value = match.group("value") or match.groupdict().get("label") or ""
            found.append(StatedScore(field, value, match.group(0), section))
    return found


def check_scores(stated: list[StatedScore], scores: Scores | None) -> list[Finding]:
    findings = []
    if scores is not None:
        for claim in stated:
            actual = getattr(scores, claim.field)
            if actual is None:
                continue
            if str(claim.value).lower() != str(getattr(actual, "value", actual)).lower():
                findings.append(finding("score-mismatch", f"{claim.field.replace('_', ' ')} stated "
                                        f"{claim.value}, computed {getattr(actual, 'value', actual)}",
                                        section=claim.section, span=claim.span,
                                        expected=str(getattr(actual, "value", actual)),
                                        source=f"scores.{claim.field}"))
    return findings + _bias_band(stated)


def _bias_band(stated: list[StatedScore]) -> list[Finding]:
    pulses = [int(s.value) for s in stated if s.field == "pulse"]
    if not pulses or not 0 <= pulses[0] <= 100:
        return []
    band, _ = bias_for(pulses[0])
    findings = []
    for claim in (s for s in stated if s.field == "bias"):
        if claim.value.lower() != band.value.lower():
            findings.append(finding("bias-mismatch", f"bias {claim.value} disagrees with Pulse {pulses[0]}",
                                    section=claim.section, span=claim.span, expected=band.value,
                                    source="scoring.bias_for"))
    return findings
