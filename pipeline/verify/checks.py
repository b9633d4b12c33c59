"""Checks of a draft against its snapshot, scores and ingested sources.

Each check returns Findings; errors block approval. The codes are stable:
number-untraced, date-untraced, citation-unresolved, source-not-ingested,
source-uncited, url-not-ingested, level-wrong-side, setup-geometry,
setup-reward-risk, bias-mismatch, score-mismatch, text-missing-value,
table-value-untraced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..contracts import Article, Finding, NewsItem, Scores, Severity
from ..facts import FactSheet
from ..scoring import bias_for
from .numbers import (
    PrintedNumber,
    citations_in,
    find_dates,
    find_numbers,
    sentences,
    trace_date,
    trace_number,
)

_MISSING_WORD = re.compile(r"\b(nan|NaN|None|null|undefined|inf)\b")
_URL = re.compile(r"https?://[^\s)\]>\"']+")


def _error(code: str, message: str, **extra: str | None) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message=message, **extra)


def check_missing_values(article: Article) -> list[Finding]:
    return [_error("text-missing-value", f"'{m.group(0)}' printed where a value belongs",
                   section=section, span=m.group(0))
            for section, text in article.prose() for m in _MISSING_WORD.finditer(text)]


def check_citations(article: Article, ingested: Mapping[str, NewsItem]) -> list[Finding]:
    numbers = {s.number for s in article.sources}
    cited: set[int] = set()
    findings = []
    for section, text in article.prose():
        for n in citations_in(text):
            cited.add(n)
            if n not in numbers:
                findings.append(_error("citation-unresolved", f"[{n}] has no source",
                                       section=section, span=f"[{n}]"))
    known_urls = {url for item in ingested.values() for url in (item.url, *item.urls)}
    for source in article.sources:
        if source.item_id not in ingested or source.url not in known_urls:
            findings.append(_error("source-not-ingested", f"source [{source.number}] was not ingested",
                                   section="sources", span=source.url))
        if source.number not in cited:
            findings.append(Finding(code="source-uncited", severity=Severity.WARNING,
                                    message=f"source [{source.number}] is never cited",
                                    section="sources", span=source.title))
    for section, text in article.prose():
        for url in _URL.findall(text):
            if url not in known_urls:
                findings.append(_error("url-not-ingested", "link to a page that was not ingested",
                                       section=section, span=url))
    return findings


def check_levels(article: Article, close: float) -> list[Finding]:
    findings = []
    for row in article.key_levels:
        top = row.high if row.high is not None else row.low
        kind = row.kind.lower()
        if kind in ("support", "breakdown") and top >= close:
            findings.append(_error("level-wrong-side", f"{row.kind} at {top} is not below the close",
                                   section="key_levels", span=row.note, expected=f"below {close}"))
        if kind in ("resistance", "breakout") and row.low <= close:
            findings.append(_error("level-wrong-side", f"{row.kind} at {row.low} is not above the close",
                                   section="key_levels", span=row.note, expected=f"above {close}"))
    return findings


def check_setups(article: Article) -> list[Finding]:
    findings = []
    for setup in article.setups:
        long_ok = setup.stop < setup.entry < setup.target
        short_ok = setup.target < setup.entry < setup.stop
        if (setup.direction == "long" and not long_ok) or (setup.direction == "short" and not short_ok):
            findings.append(_error("setup-geometry", f"{setup.direction} setup has stop "
                                   f"{setup.stop}, entry {setup.entry}, target {setup.target}",
                                   section="setups", span=setup.trigger))
            continue
        ratio = abs(setup.target - setup.entry) / abs(setup.entry - setup.stop)
        if abs(round(ratio, 1) - setup.reward_risk) > 0.051:
            findings.append(_error("setup-reward-risk", f"reward/risk stated {setup.reward_risk}",
                                   section="setups", expected=f"{ratio:.1f}",
                                   source="recomputed from entry, stop and target"))
    return findings


def check_scores(article: Article, scores: Scores) -> list[Finding]:
    findings = []
    for field in ("pulse", "threat_level", "risk", "bias"):
        if getattr(article, field) != getattr(scores, field):
            findings.append(_error("score-mismatch", f"{field} differs from the computed score",
                                   section="header", span=str(getattr(article, field)),
                                   expected=str(getattr(scores, field)), source=f"scores.{field}"))
    band_bias, _ = bias_for(article.pulse)
    if article.bias != band_bias:
        findings.append(_error("bias-mismatch", f"bias {article.bias} disagrees with Pulse {article.pulse}",
                               section="header", expected=band_bias.value, source="scoring.bias_for"))
    return findings


def check_prose_numbers(article: Article, sheet: FactSheet, ingested: Mapping[str, NewsItem],
                        names: Iterable[str]) -> list[Finding]:
    names = list(names)
    by_number = {s.number: ingested.get(s.item_id) for s in article.sources}
    findings = []
    for section, text in article.prose():
        for sentence in sentences(text):
            source_text = " ".join(_text_of(by_number.get(n)) for n in citations_in(sentence))
            findings += _untraced_in(sentence, section, sheet, source_text, names)
    return findings


def _text_of(item: NewsItem | None) -> str:
    return "" if item is None else f"{item.title} {item.summary} {item.text}"


def _untraced_in(sentence: str, section: str, sheet: FactSheet, source_text: str,
                 names: list[str]) -> list[Finding]:
    findings = []
    for printed in find_dates(sentence):
        if trace_date(printed, sheet) is None and printed.text not in source_text:
            findings.append(_error("date-untraced", f"date {printed.text} matches no fact",
                                   section=section, span=printed.text))
    for number in find_numbers(sentence, names):
        if trace_number(number, sheet.facts) is None and not _in_source(number, source_text):
            findings.append(_error("number-untraced", f"{number.text} matches no computed fact "
                                   "or cited source", section=section, span=number.text))
    return findings


def _in_source(number: PrintedNumber, source_text: str) -> bool:
    digits = number.text.lstrip("$").rstrip("%").replace(" pp", "").replace(" bp", "")
    return bool(source_text) and digits in source_text


def check_tables(article: Article, sheet: FactSheet) -> list[Finding]:
    prices = [f for f in sheet.facts.values() if f.unit == "price"]
    findings = []
    for row in article.key_levels:
        for value in (row.low, row.high):
            if value is None:
                continue
            if not any(abs(float(f.value) - value) < 1e-6 for f in prices):  # type: ignore[arg-type]
                findings.append(_error("table-value-untraced", f"level {value} matches no computed level",
                                       section="key_levels", span=row.note))
    return findings
