"""The verifier: every number, level, pattern, date and citation in a draft traced to data.

Pure core, no I/O::

    ctx = VerifyContext.build(snapshot, scores, peers=[...], sources=news_items,
                              instruments=[InstrumentInfo(...), ...])
    findings = check_text(markdown_or_plain_text, ctx)   # any article text
    findings = check_article(article, ctx)               # a writer's Article

`check_article` renders the article to Markdown and reads it back like any other
text, then adds the checks only structure can answer (a source's ingested id).
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
from .quality import snapshot_quality
from .subjects import InstrumentInfo, Lexicon, build_lexicon


def check_text(text: str, ctx: VerifyContext) -> list[Finding]:
    """All findings for an article given as Markdown or plain text; never raises (see guard.py)."""
    return guarded(lambda: verify_document(parse_document(text), ctx), section=None, text=text)


def check_article(article: Article, ctx: VerifyContext, *, markdown: str | None = None) -> list[Finding]:
    """All findings for a writer's Article; never raises (see guard.py).

    `markdown`: `render_markdown(article)` when the caller has rendered it already (a run reads it
    for the peers the article names first): it is read instead of rendering the article again."""
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
