"""A release's key figures in the article's own words: what the jobs or inflation report said.

Every article of a report day tells the report's figures (release_figures: the payroll count and the
unemployment rate, or the month's price change and the annual rate), cited to the story that prints
them, each article in its own wording (news_phrases.RELEASE_FIGURES and its clause banks, one
rotation place per article: phrases.vary), so the day's articles share the figures, not the sentence.
"""

from __future__ import annotations

import re

from ..contracts import NewsItem
from ..release_figures import ReleaseFigures, release_figures
from . import news_phrases as bank
from .base import Brief
from .phrases import vary

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
_CITED = re.compile(r"\[\d+\]")


def figures_line(brief: Brief, number: int, item: NewsItem, theme: str) -> str | None:
    """The release's figures in this article's wording, cited [number]; None when its story prints
    neither a count nor a rate (release_figures)."""
    figures = release_figures(item, theme)
    if figures is None:
        return None
    place = vary(range(len(bank.RELEASE_FIGURES)), brief, f"release-figures|{theme}")
    said = bank.RELEASE_JOINTS[place].join(_clauses(figures, place))
    line = bank.RELEASE_FIGURES[place].format(pub=item.publisher, figures=said, n=number)
    return line[:1].upper() + line[1:]


def _clauses(figures: ReleaseFigures, place: int) -> list[str]:
    """The count's clause and the rate's, in the wording at `place`."""
    clauses = []
    if (count := figures.change) is not None:
        month = count.month
        wording = bank.RELEASE_COUNTS[(figures.theme, count.way)][place]
        clauses.append(wording.format(count=count.value, in_month=f" in {month}" if month else "",
                                      for_month=f" for {month}" if month else ""))
    if (rate := figures.rate) is not None:
        way = rate.way or ("none" if rate.prior is None else "same")
        wording = bank.RELEASE_RATES[(figures.theme, way)][place]
        clauses.append(wording.format(rate=rate.value, prior=rate.prior))
    return clauses


def shares_figure(line: str, other: str) -> bool:
    """Whether `other` prints a figure `line` prints (a quoted line that repeats the report's count)."""
    def figures(text: str) -> set[str]:
        return set(_FIGURE.findall(_CITED.sub(" ", text)))

    return bool(figures(line) & figures(other))
