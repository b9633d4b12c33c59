"""check_article reads the Markdown a caller has rendered already (a run renders it once, for the
peers the article names and for the check), and finds the same as when it renders the article."""

from __future__ import annotations

import test_verify_eval as tv

from pipeline.contracts import Article
from pipeline.render import render_markdown
from pipeline.verify import check_article


def _template_case() -> tuple[Article, object]:
    case = next(c for c in tv.CASES if c.get("article") and c["style"] == "template")
    article = Article.model_validate_json((tv.DATA / case["article"]).read_text())
    return article, tv.verify_ctx(case)


def test_the_rendered_markdown_given_finds_what_rendering_finds():
    article, ctx = _template_case()
    assert check_article(article, ctx, markdown=render_markdown(article)) == check_article(article, ctx)


def test_the_markdown_given_is_the_text_checked():
    article, ctx = _template_case()
    close = f"${ctx.snapshot.close:,.2f}"
    wrong = f"${ctx.snapshot.close + 40:,.2f}"
    markdown = render_markdown(article)
    assert close in markdown
    changed = markdown.replace(close, wrong, 1)
    spans = {f.span for f in check_article(article, ctx, markdown=changed) if f.severity == "error"}
    assert wrong in spans
    assert wrong not in {f.span for f in check_article(article, ctx)}
