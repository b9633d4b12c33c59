"""A report day's figures in every article: release_figures reads the payroll count and the jobless
rate (or the month's price change and the annual rate) from the release's story, and the news
paragraph of each article tells them, cited, in its own wording (writers.release_text)."""

from __future__ import annotations

import re

from test_news_quotes import _briefs_for
from test_news_synthesis import story

from pipeline.release_figures import Count, Rate, release_figures
from pipeline.stories import INFLATION, JOBS
from pipeline.writers.news_paragraph import news_paragraph
from pipeline.writers.release_text import figures_line, shares_figure

JOBS_TEXT = ("Employers added 96,000 jobs in October, fewer than economists had forecast, and the "
             "unemployment rate climbed to 4.4% from 4.2%, the Labor Department said on Friday. Average "
             "hourly earnings rose 0.3% on the month. Economists said the cooling strengthens the case "
             "for another Fed cut in December, though strikes may have distorted the count.")
PRICES_TEXT = ("The consumer price index rose 0.2% in October, the Labor Department said on Wednesday. "
               "From a year earlier prices were up 2.6%, down from 2.8% in September. Rents cooled for a "
               "third month, and economists said the report leaves the Federal Reserve room to keep "
               "cutting through the winter.")


def test_a_jobs_story_gives_its_payroll_count_and_jobless_rate() -> None:
    item = story(1, "Hiring cools in October and unemployment rises", JOBS_TEXT, symbols=(), themes=("jobs",))
    figures = release_figures(item, JOBS)
    assert figures is not None
    assert figures.change == Count("96,000", "up", "October")
    assert figures.rate == Rate("4.4%", "4.2%") and figures.rate.way == "up"


def test_an_inflation_story_gives_the_months_change_and_the_annual_rate() -> None:
    item = story(1, "Consumer prices rise 0.2% in October", PRICES_TEXT, symbols=(), themes=("inflation",))
    figures = release_figures(item, INFLATION)
    assert figures is not None
    assert figures.change == Count("0.2%", "up", "October")
    assert figures.rate == Rate("2.6%", "2.8%") and figures.rate.way == "down"
    slipped = story(2, "Prices dip", "Prices were up 3.1% from a year earlier. Consumer prices slipped "
                    "0.1% in May, the first drop in a year, economists said on Tuesday.", symbols=())
    found = release_figures(slipped, INFLATION)
    assert found is not None and found.change == Count("0.1%", "down", "May")
    assert found.rate == Rate("3.1%", None) and found.rate.way is None


def test_jobs_lost_and_an_unchanged_rate_are_read_as_printed() -> None:
    item = story(1, "Payrolls shrink", "Employers shed 33,000 jobs in March as strikes idled plants, and "
                 "the jobless rate held at 3.9% for a second month, the report showed on Friday.", symbols=())
    figures = release_figures(item, JOBS)
    assert figures is not None and figures.change == Count("33,000", "down", "March")
    assert figures.rate == Rate("3.9%", None)


def test_a_story_without_the_figures_or_another_theme_gives_none() -> None:
    words = story(1, "Hiring stalls", "Employers added far fewer workers than forecast, and the jobless "
                  "rate rose for a third month, the Labor Department said on Friday.", symbols=())
    assert release_figures(words, JOBS) is None
    assert release_figures(story(2, "Fed cuts", JOBS_TEXT, symbols=()), "fed") is None


def test_every_article_of_the_day_tells_the_figures_each_in_its_own_words() -> None:
    """The old paragraph quoted one line of the report per article, rotated, so one article carried the
    count and the rate and the others a line on wages or the Fed; every article now states both, cited,
    and no two articles share the wording, nor the rate clause."""
    item = story(1, "Hiring cools in October and unemployment rises", JOBS_TEXT, symbols=(), themes=("jobs",))
    paragraphs = [news_paragraph(brief, 1) or "" for brief in _briefs_for(item)]
    for paragraph in paragraphs:
        assert "96,000" in paragraph and "4.4%" in paragraph and "4.2%" in paragraph, paragraph
    lines = [figures_line(brief, 1, item, JOBS) or "" for brief in _briefs_for(item)]
    for line, paragraph in zip(lines, paragraphs, strict=True):
        assert line.endswith("[1].") and line in paragraph, (line, paragraph)
    assert len(set(lines)) == len(lines), lines
    rate = re.compile(r"^.*?\b((?:the )?(?:unemployment|jobless|joblessness)\b.*?)(?:,? Wire 1.*)?\[1\]\.$")
    rate_clauses = [rate.sub(r"\1", line) for line in lines]
    assert len(set(rate_clauses)) == len(rate_clauses), rate_clauses


def test_a_quoted_line_repeating_a_told_figure_is_left_out() -> None:
    told = "Per Wire 1, employers added 96,000 jobs [1]."
    assert shares_figure(told, "\u201cEmployers added 96,000 jobs\u201d [1]")
    assert not shares_figure(told, "\u201cWages rose 0.3%\u201d [1]")
