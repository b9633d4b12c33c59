"""Where each verifier finding sits in the article text, and that text marked up.

A finding quotes the span it is about and usually names its section. A span is
marked in the fields of its own section; when it is found in none of them
(some checks name a section the structured article spreads over several
fields), it is marked wherever it occurs. Findings are numbered as the review
page lists them: errors first, then warnings, each in the verifier's order.
Text is untrusted: every piece is escaped before any markup is added.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..contracts import Article, Finding, Severity
from ..render.html import link_citations


@dataclass(frozen=True)
class Numbered:
    number: int
    finding: Finding
    located: bool
    sections: frozenset[str] | None  # None: mark it wherever the span occurs

    @property
    def severity(self) -> str:
        return self.finding.severity.value


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    item: Numbered


def number_findings(findings: Sequence[Finding], article: Article) -> list[Numbered]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1}
    ranked = sorted(findings, key=lambda f: order.get(f.severity, 2))
    texts = article.prose()
    numbered = []
    for number, finding in enumerate(ranked, start=1):
        span = finding.span or ""
        in_section = bool(span) and any(span in text for section, text in texts
                                         if section == finding.section)
        anywhere = bool(span) and any(span in text for _, text in texts)
        sections = frozenset({finding.section}) if in_section and finding.section else None
        numbered.append(Numbered(number, finding, anywhere, sections))
    return numbered


def spans_in(text: str, items: Sequence[Numbered], section: str | None = None) -> list[Span]:
    """Non-overlapping occurrences of the items' spans in `text`, left to right."""
    found = []
    for item in items:
        span = item.finding.span
        if not span or (section is not None and item.sections is not None
                        and section not in item.sections):
            continue
        at = text.find(span)
        while at >= 0:
            found.append(Span(at, at + len(span), item))
            at = text.find(span, at + len(span))
    found.sort(key=lambda s: (s.start, -(s.end - s.start), s.item.number))
    kept: list[Span] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def mark_text(text: str, items: Sequence[Numbered], section: str,
              sources: Collection[int]) -> Markup:
    """`text` escaped, its citations linked, each finding's span in a <mark>."""
    pieces: list[str] = []
    last = 0
    for span in spans_in(text, items, section):
        pieces.append(link_citations(text[last:span.start], sources))
        pieces.append(_mark(text[span.start:span.end], span.item, sources))
        last = span.end
    pieces.append(link_citations(text[last:], sources))
    return Markup("".join(pieces))


def _mark(text: str, item: Numbered, sources: Collection[int]) -> str:
    f = item.finding
    title = f"{f.code}: {f.message}" + (f" (expected {f.expected})" if f.expected else "")
    return (f'<mark class="finding sev-{escape(item.severity)}" data-code="{escape(f.code)}" '
            f'title="{escape(title)}">{link_citations(text, sources)}'
            f'<sup class="finding-no">{item.number}</sup></mark>')
