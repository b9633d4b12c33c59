"""The verifier's document built from an Article is the one its rendered Markdown reads back as.

`article_document` skips rendering the whole article and reading it back; the checks must still
see the same paragraphs, sections, table rows and sources, whatever the prose holds (Markdown
syntax, a line that looks like a heading, a table, a source entry or a bullet).
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Article, CrossMarketRow, IndicatorRow, LevelRow
from pipeline.render import render_markdown
from pipeline.render.markdown import Table
from pipeline.verify.article_document import _table_lines, article_document
from pipeline.verify.document import Document, parse_document, table_cells

TEMPLATE_ARTICLES = [c for c in tv.CASES if c.get("article") and c["style"] == "template"]
AWKWARD = ["Key levels", "| a | b |", "\u2022 a bullet already", "[1] a story https://news.example/a",
           "Sources: [1] a story", "---", "> quoted", "# not a heading", "1. one", "", "a * b _c_ `d` \\e",
           "Final take:", "[x](https://e.example/x) and ![chart](c.png)", "- --", "***", "-",
           "  spaced   out  ",           "A | pipe", "**bold** claim [2]", "<https://e.example/y>"]
"""Prose a model might write that Markdown or the line reader treats specially."""


def _article(case: dict) -> Article:
    return Article.model_validate_json((tv.DATA / case["article"]).read_text())


def assert_same_document(article: Article) -> None:
    built, read = article_document(article), parse_document(render_markdown(article))
    assert built.paragraphs == read.paragraphs
    assert built.rows == read.rows
    assert built.sources == read.sources
    assert built.front == {key: read.front[key] for key in ("symbol", "session")}


def _described(doc: Document) -> list[str]:
    return [f"{p.section}: {p.text}" for p in doc.paragraphs]


@pytest.mark.parametrize("case", TEMPLATE_ARTICLES, ids=[c["id"] for c in TEMPLATE_ARTICLES])
def test_a_template_article_builds_the_document_its_markdown_reads_as(case: dict) -> None:
    article = _article(case)
    assert_same_document(article)
    rows = article_document(article).rows
    assert [r.origin for r in rows] == [*article.key_levels, *article.indicators, *article.setups,
                                        *article.cross_market_table, *article.final_call]


@pytest.mark.parametrize("awkward", AWKWARD)
def test_awkward_prose_and_cells_build_the_same_document(awkward: str) -> None:
    article = _article(TEMPLATE_ARTICLES[0])
    for field in ("analysis", "bull_case", "bear_case"):
        texts = list(getattr(article, field))
        assert_same_document(article.model_copy(update={field: [awkward, *texts[1:]]}))
    for field in ("headline", "dek", "take", "cross_market", "disclaimer", "ai_label", "byline"):
        assert_same_document(article.model_copy(update={field: awkward}))
    first = article.key_levels[0].model_copy(update={"kind": awkward, "note": awkward})
    levels = [first, *article.key_levels[1:]]
    assert_same_document(article.model_copy(update={"key_levels": levels}))
    indicators = [IndicatorRow(name=awkward, value=awkward, reading=awkward), *article.indicators]
    assert_same_document(article.model_copy(update={"indicators": indicators}))


def test_a_row_of_rules_is_dropped_and_the_others_keep_their_rows() -> None:
    article = _article(TEMPLATE_ARTICLES[0])
    rules = IndicatorRow(name="--", value="---", reading=":--")
    article = article.model_copy(update={"indicators": [rules, *article.indicators]})
    assert_same_document(article)
    kept = [r.origin for r in article_document(article).rows if isinstance(r.origin, IndicatorRow)]
    assert kept == article.indicators[1:]


def test_an_article_without_tables_has_no_rows() -> None:
    article = _article(TEMPLATE_ARTICLES[0]).model_copy(update={
        "key_levels": [], "indicators": [], "setups": [], "cross_market_table": []})
    assert_same_document(article)
    rows = article_document(article).rows
    assert all(not isinstance(r.origin, LevelRow | IndicatorRow | CrossMarketRow) for r in rows)
    assert len(rows) == 3  # the final call



@pytest.mark.parametrize("cell", ["two\nlines", "line\u2028break", "ends\r", "a | b", "a \\| b", " padded ",
                                  "\\", "x\x1c", ""])
def test_table_cells_are_the_ones_its_printed_lines_read_back_as(cell: str) -> None:
    """Cells are taken as they are only when their printed line reads back to them."""
    table = Table(header=("Name", cell), rows=[(cell, "1.0"), ("plain", " x ")], align=("l", "r"))
    printed = [table_cells(line) for line in table.block().splitlines()]
    assert _table_lines(table)[2:] == printed[2:] and _table_lines(table)[0] == printed[0]
