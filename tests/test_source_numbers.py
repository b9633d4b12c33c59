"""Sources numbered in reading order (writers/source_numbers.py): [1] is the first story cited."""

from __future__ import annotations

from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Article
from pipeline.render.html import render_html
from pipeline.render.markdown import render_markdown
from pipeline.scoring import score_snapshot
from pipeline.verify.document import parse_document
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.source_numbers import first_cited, in_reading_order
from pipeline.writers.tables import sources_for

CFG = settings()
IWM = CFG.instrument("IWM")
TEXT = ("Small caps climbed on Friday as traders bought rate-sensitive shares after a drop in Treasury "
        "yields. The Russell 2000 finished higher with banks and homebuilders leading, and analysts said "
        "the advance had more to do with borrowing costs than with earnings.")


def article_with(analysis: list[str], stories: int = 4) -> Article:
    """The template writer's article on a synthetic IWM session, with `analysis` as its analysis and
    `stories` sources numbered 1..n in the brief's order."""
    snap = snapshot_for("IWM")
    news = [news_item(f"Story {n}", TEXT, ["IWM"], n=n) for n in range(1, stories + 1)]
    brief = Brief(snapshot=snap, scores=score_snapshot(snap, news), news=news, short_name=IWM.display_name,
                  desk="Desk", byline="Writer", ai_label="AI label", tags=IWM.tags)
    article = TemplateWriter().write(brief)
    return article.model_copy(update={"analysis": analysis, "sources": sources_for(news)})


def test_sources_are_numbered_by_first_citation_and_uncited_ones_listed_last() -> None:
    article = article_with(["Yields fell as traders bet on a cut [3]. Stocks rose [1].",
                            "The wrap said so [1] [2]; the VIX eased [3].", "No citation here."])
    assert first_cited(article) == [3, 1, 2]
    ordered = in_reading_order(article)
    assert ordered.analysis[:2] == ["Yields fell as traders bet on a cut [1]. Stocks rose [2].",
                                    "The wrap said so [2] [3]; the VIX eased [1]."]
    assert [(s.number, s.title) for s in ordered.sources] == [(1, "Story 3"), (2, "Story 1"), (3, "Story 2"),
                                                              (4, "Story 4")]
    assert first_cited(ordered) == [1, 2, 3]


def test_a_number_without_a_source_is_left_for_the_verifier() -> None:
    article = article_with(["A claim [9]. Another [2].", "More [2].", "Last."], stories=2)
    ordered = in_reading_order(article)
    assert ordered.analysis[0] == "A claim [9]. Another [1]."
    assert [s.title for s in ordered.sources] == ["Story 2", "Story 1"]


def test_an_article_already_in_order_is_returned_as_it_is() -> None:
    article = article_with(["One [1]. Two [2].", "Three [3]. Four [4].", "Five."])
    assert in_reading_order(article) is article


def test_renderers_and_the_verifier_read_the_same_numbers() -> None:
    ordered = in_reading_order(article_with(["Rates [2]. Tape [1].", "Gauge [4].", "End."]))
    markdown = render_markdown(ordered)
    listed = [entry.number for entry in parse_document(markdown).sources]
    assert listed == [1, 2, 3, 4]
    assert "Rates [1]. Tape [2]." in markdown
    assert (markdown.index("**Story 2**") < markdown.index("**Story 1**") < markdown.index("**Story 4**")
            < markdown.index("**Story 3**"))
    html = render_html(ordered)
    assert html.index("Story 2") < html.index("Story 1") < html.index("Story 4")
