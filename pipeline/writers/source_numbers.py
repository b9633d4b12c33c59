"""Source numbers in reading order: [1] is the first story the article cites, [2] the next new one.

Writers cite a story by its place in the brief's news list, and the analysis does not read the
stories in that order (it opens with the day's driver, a rates story the list puts after the tape).
`in_reading_order` renumbers every [n] of the prose by first appearance, in the order the article
is rendered (header, analysis, tables, scenarios, setups, cross-market read, final call, take), and
lists the sources in that order; a source the prose never cites is listed after the cited ones: the
article's sentiment score counts every story the writer was given, and `check` recomputes it from the
stories the article lists (the verifier's `source-uncited` warning names it). Markdown, HTML,
JSON, the CMS payload and the verifier all read the numbers from `Article.sources`, so they agree.
A number that resolves to no source is left as written (the verifier reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..contracts import Article
from ..verify.numbers import CITATION

_NOT_PROSE = frozenset({"instrument", "tags", "chart", "sources", "data_sources", "disclaimer",
                        "byline", "desk", "ai_label"})


def reading_texts(article: Article) -> Iterator[str]:
    """The article's free text in rendered order."""
    yield article.headline
    yield article.dek
    yield from article.analysis
    yield from (row.note for row in article.key_levels)
    yield from (row.reading for row in article.indicators)
    yield from article.bull_case
    yield from article.bear_case
    yield from (setup.trigger for setup in article.setups)
    yield article.cross_market
    yield from (row.reasoning for row in article.final_call)
    yield article.take


def first_cited(article: Article) -> list[int]:
    """The listed source numbers in the order the prose first cites them."""
    listed = {source.number for source in article.sources}
    order: dict[int, None] = {}
    for text in reading_texts(article):
        order.update((n, None) for n in map(int, CITATION.findall(text)) if n in listed)
    return list(order)


def in_reading_order(article: Article) -> Article:
    """The article with its sources numbered 1, 2, ... by first citation, uncited ones last."""
    cited = first_cited(article)
    order = cited + [s.number for s in article.sources if s.number not in set(cited)]
    renumber = {old: new for new, old in enumerate(order, start=1)}
    by_number = {source.number: source for source in article.sources}
    if all(old == new for old, new in renumber.items()):
        return article
    data = article.model_dump()
    for key, value in data.items():
        if key not in _NOT_PROSE:
            data[key] = _renumbered(value, renumber)
    data["sources"] = [by_number[old].model_copy(update={"number": new}).model_dump()
                       for old, new in renumber.items()]
    return Article.model_validate(data)


def _renumbered(value: Any, renumber: dict[int, int]) -> Any:
    if isinstance(value, str):
        return CITATION.sub(lambda m: f"[{renumber.get(int(m.group(1)), int(m.group(1)))}]", value)
    if isinstance(value, list):
        return [_renumbered(v, renumber) for v in value]
    if isinstance(value, dict):
        return {k: _renumbered(v, renumber) for k, v in value.items()}
    return value
