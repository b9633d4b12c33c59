"""What the review pages print: the article with its findings marked, the facts, the sources.

Pure except for the chart check (does the PNG exist?). The article part is
rendered from the draft's fields with autoescaping, then passed through nh3 with
a short allow-list, so even a mistake in a template cannot let a draft's text
add a script, a style or an event handler to the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import nh3
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..contracts import Draft, DraftStatus
from ..facts import build_fact_sheet
from ..render.html import article_context
from ..render.view import safe_url, slug
from ..store import StatusEvent, short_id
from ..store.transitions import person_moves
from .highlight import Numbered, mark_text, number_findings
from .publication import PublicationView
from .sources import SourceNotes

ALLOWED_TAGS = {
    "article", "header", "section", "h1", "h2", "h3", "p", "ul", "li", "table", "thead",
    "tbody", "tr", "th", "td", "div", "span", "mark", "sup", "a", "strong", "em", "q", "code",
    "figure", "figcaption", "img", "br",
}
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "data-code"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.review", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["short"] = short_id  # `{{ draft.draft_id|short }}`: the id as every view prints it
    return env


def chart_path(draft: Draft, output_dir: Path) -> Path:
    """`<output.dir>/<session>/<slug>.png`: where the render stage draws the chart."""
    article = draft.article
    return Path(output_dir) / article.session.isoformat() / f"{slug(article)}.png"


def sanitize(html: str) -> Markup:
    return Markup(nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                            url_schemes={"http", "https"}))


def article_html(draft: Draft, items: list[Numbered], chart_url: str | None) -> Markup:
    context = article_context(draft.article, ())
    sources = context["source_numbers"]

    def mark(text: str, section: str) -> Markup:
        return mark_text(text, items, section, sources)

    template = environment().get_template("_article.html.j2")
    html = template.render(**context, mark=mark, chart_url=chart_url)
    return sanitize(html)


def draft_page(draft: Draft, *, chart_url: str | None, history: list[StatusEvent],
               notes: Mapping[str, SourceNotes], publication: PublicationView) -> dict[str, Any]:
    """The context of `draft.html.j2`."""
    items = number_findings(draft.findings, draft.article)
    sheet = build_fact_sheet(draft.snapshot, draft.scores)
    return {
        "draft": draft,
        "article": draft.article,
        "findings": items,
        "errors": sum(1 for i in items if i.severity == "error"),
        "warnings": sum(1 for i in items if i.severity == "warning"),
        "body": article_html(draft, items, chart_url),
        "facts": [{"name": f.name, "value": f.printed(), "source": f.source}
                  for f in sheet.facts.values()],
        "sources": [{"number": s.number, "title": s.title, "publisher": s.publisher,
                     "url": s.url, "href": safe_url(s.url), "item_id": s.item_id,
                     "notes": notes.get(s.item_id, SourceNotes())}
                    for s in sorted(draft.article.sources, key=lambda s: s.number)],
        "flagged_sources": sum(1 for s in draft.article.sources
                               if notes.get(s.item_id, SourceNotes()).suspicious),
        "publication": publication,
        "history": history,
        "moves": review_moves(draft.status, publication),
    }


def review_moves(status: DraftStatus, publication: PublicationView) -> list[str]:
    """The buttons the page offers: only moves allowed from `status` (no Approve on a
    published draft; Unpublish while a target holds its post)."""
    allowed = person_moves(status)
    moves = [name for name, to in (("approve", DraftStatus.APPROVED), ("reject", DraftStatus.REJECTED))
             if to in allowed and status != to]
    if status == DraftStatus.PUBLISHED or any(t.state == "done" for t in publication.targets):
        moves.append("unpublish")
    return moves
