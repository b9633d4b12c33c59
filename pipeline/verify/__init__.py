"""The verifier: every number, level, pattern, date and citation in a draft traced to data.

Pure core, no I/O::

    ctx = VerifyContext.build(snapshot, scores, peers=[...], sources=news_items,
                              instruments=[InstrumentInfo(...), ...])
    findings = check_text(markdown_or_plain_text, ctx)   # any article text
    findings = check_article(article, ctx)               # a writer's Article

`check_article` builds the document the article's Markdown prints from the article's parts
and reads its prose like any other text; its table rows are checked from their fields (a
row stating exactly what the data holds is not read as text, any other is, so a wrong
figure gets the same finding either way); then it adds the checks only structure can
answer (a source's ingested id).
Codes and severities live in `codes.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..contracts import Article, Finding, NewsItem, Scores, Snapshot
from .codes import CHECKS, Check
from .context import VerifyContext
from .document import parse_document
from .engine import verify_document, verify_structured
from .guard import guarded
from .numbers import in_english_notation
from .quality import snapshot_quality
from .subjects import InstrumentInfo, Lexicon, build_lexicon


def check_text(text: str, ctx: VerifyContext) -> list[Finding]:
    """All findings for an article given as Markdown or plain text; never raises (see guard.py).

    A document in continental notation ("35.112,40", "-0,88%") is read in English notation, and each
    finding quotes its figures as the document printed them."""
    notation = in_english_notation(text)
    found = guarded(lambda: verify_document(parse_document(notation.text), ctx), section=None, text=text)
    if not notation.printed:
        return found
    return [f.model_copy(update={"span": notation.original(f.span)}) for f in found]


def check_article(article: Article, ctx: VerifyContext, *, markdown: str | None = None) -> list[Finding]:
    """All findings for a writer's Article; never raises (see guard.py).

    `markdown`: a text to read instead of building the document from the article (the article's
    rendered Markdown, perhaps edited): it is read as text, rows and all, like `check_text` reads it."""
    return guarded(lambda: verify_structured(article, ctx, markdown), section=None, text=article.headline)


def check_snapshot(snapshot: Snapshot) -> list[Finding]:
    """Data-quality findings on a snapshot handed in from outside (a file)."""
    return snapshot_quality(snapshot)


def verify_article(article: Article, snapshot: Snapshot, scores: Scores | None,
                   ingested: Mapping[str, NewsItem], names: Iterable[str] = (), *,
                   peers: Iterable[Snapshot] = (),
                   instruments: Iterable[InstrumentInfo] = ()) -> list[Finding]:
    """Build the context and check one article (for callers without a context at hand).

    `names` are extra names that contain digits and state no figure ('Russell 2000').
    """
    ctx = VerifyContext.build(snapshot, scores, peers=peers, sources=ingested, instruments=instruments)
    ctx.extra_names.extend(n for n in names if any(ch.isdigit() for ch in n))
    return check_article(article, ctx)


__all__ = [
    "CHECKS", "Check", "InstrumentInfo", "Lexicon", "VerifyContext", "build_lexicon", "check_article",
    "check_snapshot", "check_text", "verify_article",
]
