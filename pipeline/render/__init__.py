"""The render stage: Article -> Markdown, HTML and JSON text, plus one thin writer edge.

`render_markdown`, `render_html` and `render_json` are pure functions;
`write_article_files` and `write_index` are the only parts that touch disk.

The names below load with their module on first use, so importing one submodule
(`render.view` for the review queue) does not load jinja2 and the HTML templates.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import IndexEntry, article_slug, write_article_files, write_index
    from .html import render_html
    from .json_out import render_json
    from .markdown import render_markdown

_HOME = {"IndexEntry": "files", "article_slug": "files", "write_article_files": "files",
         "write_index": "files", "render_html": "html", "render_json": "json_out",
         "render_markdown": "markdown"}

__all__ = [
    "IndexEntry", "article_slug", "render_html", "render_json", "render_markdown",
    "write_article_files", "write_index",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
