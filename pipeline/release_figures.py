"""The key figures an economic release's story prints (pure: no I/O).

A jobs report's story gives the payroll count ('Employers added 114,000 jobs in July') and the
unemployment rate ('the unemployment rate rose to 4.3% from 4.1%'); an inflation report's gives the
month's change in consumer prices ('The consumer price index slipped 0.1% in June') and the annual
rate ('Prices were up 3.0% from a year earlier, down from 3.3% in May'). `release_figures` reads the
two from the story's own sentences, as printed (the writer repeats them and cites the story, so each
figure is the source's), with which way the count went and the rate the story compares with. A story
that prints neither gives None: the writer then quotes it as before.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .contracts import NewsItem

Way = Literal["up", "down"]
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_PCT = r"\d+(?:\.\d+)?%"
_UP_VERBS = "added|created|gained|rose|grew|increased|climbed|jumped|edged up|ticked up|picked up|were up"
_DOWN_VERBS = "lost|shed|cut|fell|dropped|declined|slipped|eased|edged down|ticked down|were down"
_UP = re.compile(rf"^(?:{_UP_VERBS})$", re.IGNORECASE)


class Count(NamedTuple):
    """The month's change the report leads with: payrolls ('114,000') or the price index ('0.1%')."""

    value: str
    way: Way
    month: str | None  # 'July' when the story names the month the count is for


class Rate(NamedTuple):
    """The rate the report gives (unemployment, annual inflation) and the one before, when printed."""

    value: str
    prior: str | None

    @property
    def way(self) -> Way | None:
        """Which way the rate went from the prior one; None without one or when unchanged."""
        if self.prior is None or _number(self.prior) == _number(self.value):
            return None
        return "up" if _number(self.value) > _number(self.prior) else "down"


class ReleaseFigures(NamedTuple):
    """A release story's key figures: its count, its rate, or both."""

    theme: str  # 'jobs' or 'inflation' (stories.JOBS, stories.INFLATION)
    change: Count | None  # not `count`: a tuple's method
    rate: Rate | None


_COUNTS = {
    "jobs": (
        re.compile(rf"\b(?P<verb>added|created|gained|lost|shed|cut)\s+(?:a net\s+|only\s+|just\s+)?"
                   rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+)\s+(?:jobs|positions|workers)\b"
                   rf"(?:\s+in\s+(?P<month>{_MONTH}))?", re.IGNORECASE),
        re.compile(rf"\bpayrolls\s+(?P<verb>rose|grew|increased|climbed|fell|dropped|declined)\s+(?:by\s+)?"
                   rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+)(?:\s+in\s+(?P<month>{_MONTH}))?", re.IGNORECASE),
    ),
    "inflation": (
        re.compile(rf"\b(?:consumer prices|the consumer price index|the CPI)\s+(?:\w+\s+){{0,2}}?"
                   rf"(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?P<value>{_PCT})\s+in\s+(?P<month>{_MONTH})",
                   re.IGNORECASE),
    ),
}
_RATES = {
    "jobs": (
        re.compile(rf"\b(?:unemployment|jobless)(?: rate)?\s+(?:\w+\s+){{0,2}}?"
                   rf"(?:{_UP_VERBS}|{_DOWN_VERBS}|was|stood|held|remained)\s+(?:steady\s+|unchanged\s+)?"
                   rf"(?:to|at)?\s*(?P<value>{_PCT})(?:\s+from\s+(?P<prior>{_PCT}))?", re.IGNORECASE),
    ),
    "inflation": (
        re.compile(rf"\bfrom a year (?:earlier|ago),?\s+(?:consumer\s+)?prices\s+(?:were up|rose)\s+"
                   rf"(?P<value>{_PCT})(?:,\s+(?:up|down)\s+from\s+(?P<prior>{_PCT}))?", re.IGNORECASE),
        re.compile(rf"\bprices\s+(?:were up|rose)\s+(?P<value>{_PCT})\s+from a year (?:earlier|ago)"
                   rf"(?:,\s+(?:up|down)\s+from\s+(?P<prior>{_PCT}))?", re.IGNORECASE),
    ),
}


def release_figures(item: NewsItem, theme: str) -> ReleaseFigures | None:
    """The count and the rate the release story prints (its text first, then its title); None when a
    theme has no reading here or the story prints neither."""
    if theme not in _COUNTS:
        return None
    text = " ".join(f"{item.text}\n{item.title}".split())
    count, rate = _count(text, theme), _rate(text, theme)
    return ReleaseFigures(theme, count, rate) if count or rate else None


def _count(text: str, theme: str) -> Count | None:
    for pattern in _COUNTS[theme]:
        if found := pattern.search(text):
            way: Way = "up" if _UP.match(found["verb"]) else "down"
            return Count(found["value"], way, found["month"])
    return None


def _rate(text: str, theme: str) -> Rate | None:
    for pattern in _RATES[theme]:
        if found := pattern.search(text):
            return Rate(found["value"], found["prior"])
    return None


def _number(figure: str) -> float:
    return float(figure.rstrip("%").replace(",", ""))
