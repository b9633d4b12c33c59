"""A writer's Article as the verifier's Document, built from its parts instead of its Markdown.

The Document is the one `parse_document(render_markdown(article))` gives: each prose block is
the block the Markdown prints, read by the same line reader, so the checks see the same text.
What is skipped: joining the Markdown and splitting it again, the front matter (only the symbol
and session are read from it), and reading tables back from their lines. Each table row keeps
the Article's row it prints (`TableRow.origin`), so its figures can be checked from the fields.
"""

from __future__ import annotations

from datetime import date

from ..contracts import Article
from ..render.markdown import Table, article_parts, yaml_scalar
from .document import Document, LineReader, table_cells


def article_document(article: Article) -> Document:
    doc = Document(front={"symbol": _front_value(article.instrument.symbol),
                          "session": _front_value(article.session)})
    reader = LineReader(doc)
    for part in article_parts(article):
        if isinstance(part, Table):
            reader.add_table([table_cells(line) for line in part.block().splitlines()], part.origins)
        else:
            reader.read_block(part)
    return doc


def _front_value(value: str | date) -> str:
    """A front matter value as the Markdown reader takes it from its YAML line."""
    return yaml_scalar(value).strip().strip('"')
