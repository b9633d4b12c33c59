"""Article -> the body fragment a CMS shows under its own title (WordPress, Ghost, webhooks).

Pure. It uses the page's context (`html.article_context`) and its own template,
`templates/cms_article.html.j2`: the instrument as "**IWM** · name", the scores
as one compact line, the dek only when the CMS does not already print the
excerpt above the body, hashtags only when the target has no tags of its own,
numeric columns right-aligned and every table in a horizontally scrolling
wrapper (inline styles: a CMS theme knows none of newsdesk's classes). The
chart is not in the body: CMS targets upload it as the featured image.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contracts import Article
from .html import article_context, environment


@dataclass(frozen=True)
class BodyOptions:
    """What the target itself shows, so the body does not show it twice."""

    dek: bool = True        # False where the CMS prints the excerpt as the post's subtitle
    hashtags: bool = True   # False where the article's tags go to the CMS as real tags


def render_cms_body(article: Article, options: BodyOptions | None = None) -> str:
    options = options or BodyOptions()
    template = environment().get_template("cms_article.html.j2")
    return template.render(**article_context(article), show_dek=options.dek,
                           show_hashtags=options.hashtags)
