"""The render stage: Article -> Markdown, HTML and JSON text, plus one thin writer edge.

`render_markdown`, `render_html` and `render_json` are pure functions;
`write_article_files` and `write_index` are the only parts that touch disk.
"""

from .files import IndexEntry, article_slug, write_article_files, write_index
from .html import render_html
from .json_out import render_json
from .markdown import render_markdown

__all__ = [
    "IndexEntry", "article_slug", "render_html", "render_json", "render_markdown",
    "write_article_files", "write_index",
]
