"""The render stage: Article -> Markdown, HTML and JSON text, plus one thin writer edge.

`render_markdown`, `render_html` and `render_json` are pure functions;
`write_article_files` and `write_index` are the only parts that touch disk.
Each name loads its module on first use, so `render.view` alone (the review queue)
loads no jinja2.
"""

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .files import IndexEntry, article_slug, write_article_files, write_index
    from .html import render_html
    from .json_out import render_json
    from .markdown import render_markdown

__all__ = [
    "IndexEntry", "article_slug", "render_html", "render_json", "render_markdown",
    "write_article_files", "write_index",
]
__getattr__ = lazy_exports(__name__, {
    "IndexEntry": "files", "article_slug": "files", "write_article_files": "files",
    "write_index": "files", "render_html": "html", "render_json": "json_out",
    "render_markdown": "markdown"})
