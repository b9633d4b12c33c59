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
            reader.add_table(_table_lines(part), part.origins)
        else:
            reader.read_block(part)
    return doc


def _table_lines(table: Table) -> list[list[str]]:
    """The table's lines as cells, as `table_cells` reads them from its Markdown block, without
    printing it when every cell prints on its line as itself (no pipe, no line break): then each
    cell reads back stripped, and the rule line, which `add_table` drops, is one rule cell."""
    rows = [table.header, *table.rows]
    if all(row and all(_prints_whole(cell) for cell in row) for row in rows):
        return [[cell.strip() for cell in row] for row in rows[:1]] + [["---"]] + [
            [cell.strip() for cell in row] for row in rows[1:]]
    return [table_cells(line) for line in table.block().splitlines()]


def _prints_whole(cell: str) -> bool:
    """A cell the table line reader gives back as printed (stripped): it holds no border and no line break."""
    return "|" not in cell and cell.splitlines() == ([cell] if cell else [])


def _front_value(value: str | date) -> str:
    """A front matter value as the Markdown reader takes it from its YAML line."""
    return yaml_scalar(value).strip().strip('"')
