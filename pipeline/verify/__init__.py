"""The verifier: every number, level and citation in a draft traced to data.

`verify_article` is the pure core; it never reads files or the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..contracts import Article, Finding, NewsItem, Scores, Snapshot
from ..facts import build_fact_sheet
from . import checks


def verify_article(article: Article, snapshot: Snapshot, scores: Scores,
                   ingested: Mapping[str, NewsItem], names: Iterable[str] = ()) -> list[Finding]:
    """All findings for one article. `ingested` maps item_id to the stored item;
    `names` are instrument names and aliases that contain digits ('Russell 2000')."""
    sheet = build_fact_sheet(snapshot, scores)
    return [
        *checks.check_missing_values(article),
        *checks.check_citations(article, ingested),
        *checks.check_levels(article, snapshot.close),
        *checks.check_setups(article),
        *checks.check_scores(article, scores),
        *checks.check_prose_numbers(article, sheet, ingested, names),
        *checks.check_tables(article, sheet),
    ]


__all__ = ["verify_article"]
