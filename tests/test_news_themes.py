"""A story is filed under the theme its headline names: a macro release's own story is that release's
(not the Fed its text goes on to mention), a preview is the calendar, and the news paragraph frames
each by what it is (stories.story_theme, news_paragraph.story_roles)."""

from __future__ import annotations

import re

from market_factories import snapshot_for
from test_news_synthesis import brief_for, story

from pipeline.stories import CALENDAR, FED, INFLATION, JOBS, RATES, TAPE, digest, story_theme, tape_pattern
from pipeline.writers import news_phrases as bank
from pipeline.writers.news_paragraph import (
    CALENDAR as CALENDAR_ROLE,
)
from pipeline.writers.news_paragraph import (
    FED_WORD,
    RELEASE,
    news_paragraph,
    story_roles,
    told_backed,
)
from pipeline.writers.phrases import vary

PRICES = ("The consumer price index was flat in October, the Labor Department said on Wednesday, and "
          "the yearly pace eased again. Rents and used cars, two of the stickiest pieces of the index, "
          "both cooled. Economists said the report leaves the Federal Reserve room to keep cutting "
          "through the winter, and futures traders added to those bets after the release.")
PAYROLLS = ("Employers added far fewer workers than forecast in October, and the jobless rate rose for "
            "a third month. Wage growth slowed as well, the smallest gain in more than three years. "
            "Economists said the report strengthens the case the Federal Reserve has made for easing, "
            "though some warned that strikes and storms distorted the month's count.")
PREVIEW = ("Thursday brings weekly jobless claims and a reading on factory orders. The Federal Reserve's "
           "next decision comes on Dec. 9, and officials have said they will watch the labor market "
           "closely before then. Several large retailers report results in the same week.")


def themes_of(*titles: str, themes: tuple[str, ...] = ("fed", "inflation", "jobs")) -> list[str]:
    snap = snapshot_for("IWM")
    tape = tape_pattern(snap)
    return [story_theme(story(n, title, PRICES, themes=themes), tape) for n, title in enumerate(titles)]


def test_a_release_is_filed_under_the_release_its_headline_names_not_the_fed_its_tags_list_first() -> None:
    assert themes_of("Consumer prices hold steady in October as rents cool",
                     "Hiring stalls in October and unemployment edges up",
                     "Payrolls miss forecasts for a second month") == [INFLATION, JOBS, JOBS]


def test_a_headline_naming_the_market_rates_or_the_fed_first_keeps_that_theme() -> None:
    """The release words are read only when the headline names none of the market, yields or the Fed:
    'Stocks climb as inflation cools' is the market's day, 'Yields slip after a soft CPI' the bonds'."""
    assert themes_of("Stocks climb as inflation cools",
                     "Yields slip after a soft CPI reading",
                     "Fed officials weigh the jobs data") == [TAPE, RATES, FED]


def test_a_preview_is_the_calendar_whatever_events_it_lists() -> None:
    assert themes_of("What to watch: jobless claims Thursday and the Fed on Dec. 9",
                     "Week ahead: retail sales and a Fed decision",
                     "A packed week: CPI, then the Fed") == [CALENDAR, CALENDAR, CALENDAR]
    assert themes_of("Watchdog fines a lender over card fees", themes=("financials",)) == ["financials"]


def test_each_story_takes_the_role_of_what_it_is() -> None:
    snap = snapshot_for("IWM", seed=3)
    news = [story(1, "Consumer prices hold steady in October as rents cool", PRICES, symbols=(),
                  themes=("fed", "inflation")),
            story(2, "Hiring stalls in October and unemployment edges up", PAYROLLS, symbols=(),
                  themes=("fed", "jobs")),
            story(3, "What to watch: jobless claims Thursday and the Fed on Dec. 9", PREVIEW, symbols=(),
                  themes=("fed", "jobs"))]
    brief = brief_for(snap, news)
    assert story_roles(brief, [digest(i, snap) for i in news]) == [RELEASE, RELEASE, CALENDAR_ROLE]


def test_a_release_is_quoted_as_what_the_report_showed_not_as_fed_coverage() -> None:
    snap = snapshot_for("IWM", seed=3)
    news = [story(1, "Consumer prices hold steady in October as rents cool", PRICES, symbols=(),
                  themes=("fed", "inflation"))]
    paragraph = news_paragraph(brief_for(snap, news), 1) or ""
    frames = [re.escape(f.replace("{report}", "the inflation report")).replace(r"\{pub\}", "Wire 1")
              .replace(r"\{q\}", "\u201c[^\u201d]+\u201d").replace(r"\{n\}", "1") for f in bank.RELEASE]
    assert any(re.search(frame, paragraph) for frame in frames), paragraph
    assert not re.search(r"\bFed (?:coverage|beat)\b|^On the Fed\b|Fed's side", paragraph), paragraph
    claim = digest(news[0], snap).claim
    assert re.search(r"report|economists|inflation|consumer price|Federal Reserve", claim, re.I), claim


def test_a_date_is_given_in_the_articles_words_only_under_a_name_the_story_backs() -> None:
    """The own-words calendar line ('Macro Brief has the FOMC rate decision on Jul 31, 2024') is
    checked by the verifier's citation rule: a preview that says 'the Fed on July 31' shares only
    'rate' and 'decision' with it, so the article quotes the preview instead; one that writes 'Jul.
    31' or names the FOMC backs it."""
    source = "What to watch\nThe Federal Reserve's next decision comes on July 31; rates are on hold."
    assert not told_backed("FOMC rate decision Jul 31, 2024", source)
    assert told_backed("FOMC rate decision Jul 31, 2024", source.replace("July 31", "Jul. 31"))
    assert told_backed("FOMC rate decision Jul 31, 2024", source + " The FOMC meets then.")



FED_TEXTS = (
    "Federal Reserve officials said on Friday that they saw no need to hurry further cuts, pointing to "
    "a labor market that has cooled without cracking and to inflation that has eased only slowly since "
    "the summer.",
    "The Fed's vice chair told a conference on Friday that policy was in a good place, and that the "
    "committee would take its cue from the data over the winter rather than from market pricing.",
)
RETAIL = ("Retailers reported steady holiday traffic on Friday, with discount chains drawing the most "
          "shoppers and department stores leaning on promotions to move winter stock before the "
          "season's end.")


def test_two_stories_of_one_theme_are_never_framed_alike_in_one_paragraph() -> None:
    """Fed stories take frames in rotation (bank.FED_STORY); where the rotation gives two of them the
    same frame (citations 1 and 4 here), the second takes the next one: "Wire 1's Fed coverage: ...
    Wire 4's Fed coverage: ..." reads as a list."""
    snap = snapshot_for("IWM", seed=3)
    news = [story(1, "Fed officials see no need to hurry", FED_TEXTS[0], symbols=(), themes=("fed",)),
            story(2, "Retailers report steady holiday traffic", RETAIL, symbols=(), themes=("consumer",)),
            story(3, "Discount chains draw holiday shoppers", RETAIL, symbols=(), themes=("consumer",)),
            story(4, "Fed vice chair says policy is in a good place", FED_TEXTS[1], symbols=(),
                  themes=("fed",))]
    brief = brief_for(snap, news)
    assert story_roles(brief, [digest(i, snap) for i in news])[::3] == [FED_WORD, FED_WORD]
    assert vary(bank.FED_STORY, brief, f"{FED}|1") == vary(bank.FED_STORY, brief, f"{FED}|4")  # the rotation
    paragraph = news_paragraph(brief, 4) or ""
    assert "[1]" in paragraph and "[4]" in paragraph, paragraph
    for frame in bank.FED_STORY:
        head = re.escape(frame.split("{q}")[0]).replace(r"\{pub\}", r"Wire \d")
        assert len(re.findall(head, paragraph)) <= 1, paragraph
