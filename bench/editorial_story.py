"""One story, one set of figures: does an article print each fact once, in one form?

- high_distance_figures_split: articles that print the distance between the close and the record
  (or 52-week) closing high as two different figures: the levels table's row at the high says
  '0.54% above the close' while the analysis or the dek says '0.53%' (the distance measured from
  the high: demo QQQ 2026-11-20 before edstory, stop 40; writers/scenarios.high_distance).
- dates_mixed_in_sentence: sentences (and level-row notes) that print one date with its year and
  another without ('crossed Feb 6, 2026, retested Nov 9'): one sentence, two date styles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editorial_cases import Case

from pipeline.contracts import Article, Snapshot

_DISTANCE = re.compile(r"(?<![\d.])(\d+\.\d\d)%(?=\s+(?:above|below|under|over|away|short|higher|lower)\b)")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
_WITH_YEAR = re.compile(_MONTH + r",? \d{4}\b")
_DATE = re.compile(_MONTH + r"\b(?!,? \d{4})(?![\d:])")


def _sentences(article: Article) -> list[str]:
    """The article's prose sentences, sources' quotes left out, and each level row as one."""
    texts = [article.dek, *article.analysis, *article.bull_case, *article.bear_case, article.take,
             *(row.reasoning for row in article.final_call)]
    said = [s for text in texts for s in _SENTENCE_END.split(_QUOTED.sub(" ", text)) if s]
    return said + [row.note for row in article.key_levels]


def _money(price: float) -> str:
    return f"${price:,.2f}"


def high_distance_figures(article: Article, snapshot: Snapshot) -> set[str]:
    """The distinct figures printed as the high's distance from the close: a row at the high's
    price (its note), and every sentence printing that price with a distance after it."""
    if snapshot.close >= snapshot.extremes.high_52w:
        return set()
    price = _money(snapshot.extremes.high_52w)
    found = {m.group(1) for row in article.key_levels if _money(row.low) == price
             for m in _DISTANCE.finditer(row.note)}
    for sentence in _sentences(article)[:-len(article.key_levels) or None]:
        at = sentence.find(price)
        if at >= 0:
            after = sentence[at + len(price):].split("$")[0]  # up to the next price printed
            found |= {m.group(1) for m in _DISTANCE.finditer(after)}
    return found


def dates_mixed(text: str) -> bool:
    """One text printing a date with its year and another without it."""
    return bool(_WITH_YEAR.search(text)) and bool(_DATE.search(text))


def story_figures(cases: Sequence[Case]) -> dict[str, float | None]:
    split = sum(len(high_distance_figures(c.article, c.snapshot)) > 1 for c in cases)
    mixed = sum(dates_mixed(s) for c in cases for s in _sentences(c.article))
    return {"high_distance_figures_split": float(split), "dates_mixed_in_sentence": float(mixed)}
