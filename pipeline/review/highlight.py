"""Where each verifier finding sits in the article text, and that text marked up.

A finding quotes the span it is about and usually names its section; it carries
no offset. So each finding is *placed* once, at one position in one field of
the article (the fields the review page prints), and marked there only:

- a span counts only as a whole token (a "5" is not found inside "15", "0.5",
  "$5" or "5%");
- it is looked for in the fields of its own section, or in every field when its
  section holds it nowhere (some checks name a section the structured article
  spreads over several fields);
- one occurrence places it; several are shared out in order among the findings
  quoting the same span in the same section when their counts agree, else the
  finding is listed as appearing N times and marked nowhere: a mark at the
  wrong place would point the reviewer at correct text.

Findings are numbered as the review page lists them: errors first, then
warnings, each in the verifier's order. Text is untrusted: every piece is
escaped before any markup is added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..contracts import Article, Finding, Severity

_BEFORE_NUMBER = set("$€£¥+-−")
_AFTER_NUMBER = set("%")


@dataclass(frozen=True)
class Place:
    section: str
    text: str  # the whole field the span sits in
    start: int


@dataclass(frozen=True)
class Numbered:
    number: int
    finding: Finding
    place: Place | None
    occurrences: int  # whole-token occurrences where it was looked for

    @property
    def severity(self) -> str:
        return self.finding.severity.value

    @property
    def located(self) -> bool:
        return self.place is not None


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    item: Numbered


def fields(article: Article) -> list[tuple[str, str]]:
    """(section, text) of every field the review page marks, in page order."""
    parts = [("headline", article.headline), ("dek", article.dek)]
    parts += [("analysis", p) for p in article.analysis]
    parts += [("key_levels", row.note) for row in article.key_levels]
    parts += [("indicators", t) for row in article.indicators for t in (row.value, row.reading)]
    parts += [("bull_case", p) for p in article.bull_case]
    parts += [("bear_case", p) for p in article.bear_case]
    parts += [("setups", s.trigger) for s in article.setups]
    parts += [("cross_market", article.cross_market)]
    parts += [("final_call", row.reasoning) for row in article.final_call]
    return [*parts, ("take", article.take)]


def occurrences(text: str, span: str) -> list[int]:
    """Where `span` starts in `text` as a whole token, left to right."""
    found, at = [], text.find(span) if span else -1
    while at >= 0:
        if _whole(text, at, at + len(span)):
            found.append(at)
        at = text.find(span, at + 1)
    return found


def _whole(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 1]
    first, last = text[start], text[end - 1]
    if first.isalnum() and (before.isalnum() or (first.isdigit() and _number_before(text, start))):
        return False
    return not (last.isalnum() and (after.isalnum() or (last.isdigit() and _number_after(text, end))))


def _number_before(text: str, start: int) -> bool:
    before = text[start - 1:start]
    return before in _BEFORE_NUMBER or (before in {".", ","} and text[start - 2:start - 1].isdigit())


def _number_after(text: str, end: int) -> bool:
    after = text[end:end + 1]
    return after in _AFTER_NUMBER or (after in {".", ","} and text[end + 1:end + 2].isdigit())


def number_findings(findings: Sequence[Finding], article: Article) -> list[Numbered]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1}
    ranked = sorted(range(len(findings)), key=lambda n: order.get(findings[n].severity, 2))
    places = _places(findings, fields(article))
    return [Numbered(number, findings[n], *places[n]) for number, n in enumerate(ranked, start=1)]


def _places(findings: Sequence[Finding],
            texts: list[tuple[str, str]]) -> list[tuple[Place | None, int]]:
    """Each finding's place (or None) and how often its span occurs, in the findings' order."""
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for n, f in enumerate(findings):
        groups[(f.span or "", f.section)].append(n)
    placed: list[tuple[Place | None, int]] = [(None, 0)] * len(findings)
    for (span, section), group in groups.items():
        candidates = _candidates(span, section, texts)
        share = len(candidates) == 1 or len(candidates) == len(group)
        for k, n in enumerate(group):
            where = candidates[min(k, len(candidates) - 1)] if share and candidates else None
            placed[n] = (where, len(candidates))
    return placed


def _candidates(span: str, section: str | None, texts: list[tuple[str, str]]) -> list[Place]:
    if not span:
        return []
    own = [Place(s, t, at) for s, t in texts if s == section for at in occurrences(t, span)]
    return own or [Place(s, t, at) for s, t in texts for at in occurrences(t, span)]


def spans_in(text: str, items: Sequence[Numbered], section: str) -> list[Span]:
    """The marks that belong in this field: items placed in it, left to right, no overlaps."""
    found = [Span(i.place.start, i.place.start + len(i.finding.span or ""), i) for i in items
             if i.place is not None and (i.place.section, i.place.text) == (section, text)]
    return _without_overlaps(found)


def _without_overlaps(found: list[Span]) -> list[Span]:
    found.sort(key=lambda s: (s.start, -(s.end - s.start), s.item.number))
    kept: list[Span] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def spans_in_document(document: str, items: Sequence[Numbered]) -> list[Span]:
    """The marks in a whole rendered document (the terminal's Markdown).

    Each placed item is found through its field, when that field's text occurs
    once in the document; a field rendered differently falls back to the span
    when it occurs once as a whole token; otherwise it is not marked.
    """
    found = []
    for item in items:
        span = item.finding.span or ""
        if item.place is None:
            continue
        if document.count(item.place.text) == 1:
            at = document.find(item.place.text) + item.place.start
        else:
            alone = occurrences(document, span)
            if len(alone) != 1:
                continue
            at = alone[0]
        found.append(Span(at, at + len(span), item))
    return _without_overlaps(found)


def mark_text(text: str, items: Sequence[Numbered], section: str,
              sources: Collection[int]) -> Markup:
    """`text` escaped, its citations linked, each finding placed in it in a <mark>."""
    from ..render.html import link_citations  # the web page's (jinja2): not loaded for the terminal

    pieces: list[str] = []
    last = 0
    for span in spans_in(text, items, section):
        pieces.append(link_citations(text[last:span.start], sources))
        pieces.append(_mark(text[span.start:span.end], span.item, sources))
        last = span.end
    pieces.append(link_citations(text[last:], sources))
    return Markup("".join(pieces))


def _mark(text: str, item: Numbered, sources: Collection[int]) -> str:
    from ..render.html import link_citations

    f = item.finding
    title = f"{f.code}: {f.message}" + (f" (expected {f.expected})" if f.expected else "")
    return (f'<mark class="finding sev-{escape(item.severity)}" data-code="{escape(f.code)}" '
            f'title="{escape(title)}">{link_citations(text, sources)}'
            f'<sup class="finding-no">{item.number}</sup></mark>')
