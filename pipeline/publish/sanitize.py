"""The last gate before HTML leaves newsdesk: an nh3 (ammonia) allowlist and a link filter.

The article renderer already escapes every prose field, so nothing a writer,
a model or a scraped story says should arrive here as markup. This module does
not trust that: whatever HTML is about to go to a CMS is parsed and rebuilt by
nh3 from an allowlist of plain text-structure elements. Scripts, styles,
frames, forms, SVG/MathML, event handlers, `srcdoc` and every URL scheme but
http(s) are dropped; a `style` attribute survives only as one of two exact
declarations (`text-align: right` on a table cell, `overflow: auto` on the
div around a table: both on WordPress's kses list too). Links survive only
when they point to one of the article's cited sources, or to `#source-N` for a
cited N; any other `href` is removed and the link's text kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3

from ..contracts import Article
from ..render import view

ALLOWED_TAGS = frozenset({
    "article", "section", "header", "footer", "div", "span", "p", "br", "hr",
    "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "q", "em", "strong", "b", "i",
    "code", "sub", "sup", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td", "a",
})

# Removed with everything inside them, not just unwrapped.
REMOVED_WITH_CONTENT = frozenset({
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
    "textarea", "title", "xmp", "noembed", "noframes", "frameset", "applet", "select",
})

ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "li": {"id", "value"},
    "section": {"id"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "style"},
    "td": {"colspan", "rowspan", "style"},
    "div": {"style"},
}

# The only style values kept, per tag: exact strings, never parsed CSS.
ALLOWED_STYLES = {
    "th": frozenset({"text-align: right"}),
    "td": frozenset({"text-align: right"}),
    "div": frozenset({"overflow: auto"}),
}

LINK_REL = "nofollow noopener noreferrer"
_SOURCE_ANCHOR = re.compile(r"#source-(\d{1,4})")
_PLAIN_ID = re.compile(r"[a-z][a-z0-9-]{0,40}")
_NUMBER = re.compile(r"\d{1,4}")


@dataclass(frozen=True)
class CitedLinks:
    """Where a published article may link: its sources' URLs and their numbers."""

    urls: frozenset[str]
    numbers: frozenset[int]

    @classmethod
    def of(cls, article: Article) -> CitedLinks:
        urls = {view.safe_url(s.url) for s in article.sources}
        return cls(urls=frozenset(u for u in urls if u), numbers=frozenset(s.number for s in article.sources))

    def allows(self, href: str) -> bool:
        anchor = _SOURCE_ANCHOR.fullmatch(href)
        if anchor:
            return int(anchor[1]) in self.numbers
        return href.strip() in self.urls and view.safe_url(href) is not None


def sanitize_html(html: str, links: CitedLinks) -> str:
    """`html` rebuilt from the allowlist, with links only to cited sources."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in ALLOWED_ATTRIBUTES.get(tag, ()) and not (tag == "a" and attribute == "rel"):
            return None  # ammonia's generic `title` and `lang` too: only what is listed here
        if attribute == "href":
            return value if links.allows(value) else None
        if attribute == "style":
            return value if value in ALLOWED_STYLES.get(tag, ()) else None
        if attribute == "id":
            return value if _PLAIN_ID.fullmatch(value) else None
        if attribute in ("value", "start", "colspan", "rowspan"):
            return value if _NUMBER.fullmatch(value) else None
        return value

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=keep,
        strip_comments=True,
        link_rel=LINK_REL,
        url_schemes={"http", "https"},
    )
