"""Draft -> PublishPayload: the article body as sanitised HTML and as Markdown.

Pure: no I/O. The HTML is the CMS body (`render.cms`: no title, which the CMS
prints itself; the dek and hashtags only where the target shows no excerpt or
tags of its own), rebuilt by the nh3 allowlist in `sanitize`. The chart is not
in either body: CMS targets upload it and make it the featured image, the
static target copies it beside the post. An approved draft's AI label names
its reviewer and the day (from the status history).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from ..contracts import Article, Draft, DraftStatus
from ..render import view
from ..render.cms import BodyOptions, render_cms_body
from ..render.markdown import render_markdown
from ..store import StatusEvent
from .base import ChartImage, PublishPayload
from .sanitize import CitedLinks, sanitize_html

MARKER_PREFIX = "ndk"
DEFAULT_BODY = BodyOptions()


# Characters that start markup, written as \uXXXX escapes. JSON strings, YAML double-quoted
# scalars and TOML basic strings all read `\u003c` back as `<`, so the value is unchanged
# while the serialised text holds no `<script>` for a page that embeds it to run.
_MARKUP_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                   "\u2029": "\\u2029"}


def escape_markup(quoted: str) -> str:
    """`quoted` (a JSON text, or a double-quoted YAML/TOML string) with <, >, & as \\u escapes.

    Only valid where those characters can occur inside quoted strings alone,
    which is true of JSON and of one quoted YAML or TOML scalar.
    """
    return "".join(_MARKUP_ESCAPES.get(ch, ch) for ch in quoted)


def stable_marker(key: str) -> str:
    """'ndk' + 20 hex digits of the key's SHA-256: one word, no punctuation (searchable)."""
    return MARKER_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def build_payload(draft: Draft, extra_tags: Sequence[str] = (), body: BodyOptions = DEFAULT_BODY,
                  history: Sequence[StatusEvent] = (), chart: ChartImage | None = None) -> PublishPayload:
    article = draft.article
    label = reviewed_label(draft, history)
    if label:
        article = article.model_copy(update={"ai_label": label})
    marker = stable_marker(draft.key)
    return PublishPayload(
        key=draft.key, marker=marker, draft_id=draft.draft_id, version=draft.version,
        title=article.headline, excerpt=article.dek, slug=publish_slug(article, draft.writer),
        html=article_html(article, body), markdown=article_markdown(article),
        tags=list(dict.fromkeys([*article.tags, *extra_tags])),
        source_urls=sorted(CitedLinks.of(article).urls),
        symbol=article.instrument.symbol, session=article.session, as_of=article.as_of,
        chart=chart,
    )


def reviewed_label(draft: Draft, history: Sequence[StatusEvent]) -> str | None:
    """'Written by newsdesk from computed market data; reviewed by alice on November 20, 2026.'

    The approval of the draft's current version, from its status history; None
    when the draft is not approved or published, or no approval of it is recorded.
    """
    if draft.status not in (DraftStatus.APPROVED, DraftStatus.PUBLISHED):
        return None
    approvals = [e for e in history if e.to_status == DraftStatus.APPROVED
                 and e.from_status != DraftStatus.PUBLISHED
                 and (e.version is None or e.version == draft.version)]
    if not approvals:
        return None
    last = approvals[-1]
    return (f"Written by newsdesk from computed market data; reviewed by {last.actor} on "
            f"{_day(last.at)}.")


def _day(at: datetime) -> str:
    return f"{at:%B} {at.day}, {at.year}"


def publish_slug(article: Article, writer: str) -> str:
    """'iwm-2026-11-20', plus the writer when it is not the default template writer."""
    base = view.slug(article)
    return base if writer == "template" else f"{base}-{_slug_word(writer)}"


def _slug_word(text: str) -> str:
    word = "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")
    return "-".join(part for part in word.split("-") if part) or "draft"


def article_html(article: Article, body: BodyOptions = DEFAULT_BODY) -> str:
    """The article body as an HTML fragment that only links to cited sources."""
    return sanitize_html(render_cms_body(article, body), CitedLinks.of(article))


def article_markdown(article: Article) -> str:
    """The Markdown article without its front matter (targets write their own)."""
    text = render_markdown(_without_chart(article))
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            text = text[end + len("\n---\n"):]
    text = text.lstrip("\n")
    if text.startswith("# "):  # the title: the site prints it from the front matter
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text.lstrip("\n")


def _without_chart(article: Article) -> Article:
    return article.model_copy(update={"chart": None})
