"""The model is told the day's news as the template writer tells it (pure: no server): the news
event the headline and opening name (stories.session_event), and the stories in the news
paragraph's beat order, each under its citation number; a story's sentence that only repeats the
session's own figures is left to FACTS."""

from __future__ import annotations

import re

from market_factories import snapshot_for
from test_news_synthesis import JOBS_WRAP, RATES, VIX_TEXT, WRAP_UP, brief_for, story, up_day

from pipeline.facts import build_fact_sheet
from pipeline.llm.prompts import PromptSet
from pipeline.writers import TemplateWriter
from pipeline.writers.angle_text import CONTENT_TAILS
from pipeline.writers.llm_prompt import _news, article_values
from pipeline.writers.news_told import driver_first


def _prompt(brief, cited: int) -> str:  # noqa: ANN001
    values = article_values(brief, build_fact_sheet(brief.snapshot, brief.scores), cited, 400)
    return PromptSet().render("article", **values)


def test_the_prompt_names_the_days_news_event_the_headline_leads_with() -> None:
    snap = snapshot_for("IWM", seed=2)  # down 2.02%
    news = [story(1, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP)]
    brief = brief_for(snap, news)
    # the wrap says the report was weak: the template headline says so (CONTENT_TAILS)
    assert any(tail in TemplateWriter().write(brief).headline for tail in CONTENT_TAILS[("jobs", "weak")])
    assert "The day's news: the jobs report [1]; the headline and the first sentence name it" \
        in _prompt(brief, 1)
    plain = brief_for(snap, [story(1, "Stocks slide into the weekend", JOBS_WRAP)])
    assert "The day's news" not in _prompt(plain, 1)


def test_the_prompt_lists_the_stories_in_the_order_the_template_tells_them() -> None:
    """Over five synthetic up days the model sees the stories in the order the template's article
    first cites them (the driver in the opening, then the news paragraph's beats: its own story
    first, the VIX after the market's story, the rates reading first or last by the peers), and at
    least one of those orders is not the citation order."""
    reordered = 0
    for seed in (1, 2, 3, 4, 5):
        news = [story(1, "Yields slide as rate-cut odds firm", RATES, symbols=(), themes=("rates",)),
                story(2, "VIX eases as the rebound calms nerves", VIX_TEXT, symbols=("^VIX",)),
                story(3, "Small caps climb as buyers return", WRAP_UP)]
        brief = driver_first(brief_for(up_day(seed=seed, vix_pct=-16.0), news), 3)
        listed = re.findall(r'^\[(\d)\] "(.+?)"', _prompt(brief, 3), re.M)
        told = [source.title for source in TemplateWriter().write(brief).sources]
        assert [title for _, title in listed] == told, (seed, listed, told)
        reordered += [n for n, _ in listed] != sorted(n for n, _ in listed)
    assert reordered


def test_a_story_sentence_repeating_the_sessions_figures_is_left_to_facts() -> None:
    snap = up_day()
    item = story(1, "Small caps climb as buyers return", WRAP_UP)
    close = f"{snap.close:,.2f}"
    text = (f"Small caps rose on Friday. The iShares Russell 2000 ETF closed at ${close}. "
            "Small caps drew buyers in banks and homebuilders.")
    row = _news(1, item.model_copy(update={"text": text}), 400, ["Small caps", "iShares Russell 2000 ETF"],
                claim="Small caps rose on Friday", known={snap.close})
    assert row["text"] == "Small caps drew buyers in banks and homebuilders."
