"""The news paragraph reads the news instead of listing it: at most QUOTES quotations where it can
say the rest in its own words (the wrap's event, a yield move), and one session's articles quoting
one story quote different lines of it (news_paragraph.day_claim)."""

from __future__ import annotations

import re

from market_factories import settings, snapshot_for
from test_news_synthesis import JOBS_WRAP, NAMES, brief_for, story

from pipeline.contracts import Severity
from pipeline.scoring import score_snapshot
from pipeline.stories import digest
from pipeline.verify import verify_article
from pipeline.verify.inputs import instrument_infos
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.news_paragraph import QUOTES, day_claim, news_paragraph

QUOTE = re.compile("\u201c[^\u201d]+\u201d")
FALLING = ("Treasury yields fell on Friday as traders moved up their bets on a rate cut after the jobs "
           "report. The two-year note, the maturity most tied to the Fed, led the decline in yields. "
           "Bond desks reported heavy buying from pension funds through the afternoon session.")
FED = ("The report lands days after the Federal Reserve held rates and said a cut could come soon. "
       "Officials have said they want to see the labor market cool before they move.")


def test_the_wrap_and_the_rates_story_are_told_in_the_articles_own_words() -> None:
    """A jobs-day slide: the Fed story keeps its quote, and of the wrap that names the jobs report as
    the cause and the rates story, which the article can state and cite, one is stated, so the
    paragraph holds at most QUOTES quotes; the article verifies without an error."""
    snap = snapshot_for("IWM", seed=2)  # down 2.02%
    news = [story(1, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP),
            story(2, "Treasury yields tumble as traders bet on a bigger Fed cut", FALLING, symbols=(),
                  themes=("rates",)),
            story(3, "Fed officials weigh the weak report", FED, symbols=(), themes=("fed",))]
    news = [item.model_copy(update={"publisher": name})  # no digit in a name ('Wire 2') near a yield
            for item, name in zip(news, ("Harbor Wire", "Rates Desk", "Policy Desk"), strict=True)]
    brief = brief_for(snap, news)
    paragraph = news_paragraph(brief, 3) or ""
    assert len(QUOTE.findall(paragraph)) <= QUOTES, paragraph
    wrap_stated = re.search(r"jobs report \[1\]", paragraph)  # the wrap's cause, in our words
    rates_stated = re.search(r"\byields fell\b[^.\u201c]*\[2\]", paragraph)
    assert wrap_stated or rates_stated, paragraph  # the Fed story and one of them quoted, at most
    article = TemplateWriter().write(brief)
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES,
                              instruments=instrument_infos(settings().instruments))  # as the pipeline does
    assert [f for f in findings if f.severity == Severity.ERROR] == []


def test_one_sessions_articles_quote_different_lines_of_one_story() -> None:
    cfg = settings()
    item = story(1, "Fed officials weigh the weak report", (
        "Policymakers said the weak report strengthens the case for a cut in September. "
        "Officials said they would watch the next inflation figures closely before deciding. "
        "Several policymakers argued the labor market has cooled faster than they expected. "
        "Economists said the central bank risks falling behind if it waits until the autumn."),
        symbols=(), themes=("fed",))
    lines: list[str] = []
    for symbol in ("IWM", "SPY", "QQQ", "DIA"):
        snap = snapshot_for(symbol, seed=3, cfg=cfg)
        inst = cfg.instrument(symbol)
        brief = Brief(snapshot=snap, scores=score_snapshot(snap, [item]), news=[item],
                      short_name=inst.display_name,
                      related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                      tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
        claim = day_claim(brief, digest(item, snap), item)
        assert claim in item.text
        lines.append(claim)
    assert len(set(lines)) >= 3 and max(lines.count(line) for line in lines) <= 2  # at most a pair


def _briefs_for(item) -> list[Brief]:  # type: ignore[no-untyped-def]
    cfg = settings()
    out = []
    for symbol in ("IWM", "SPY", "QQQ", "DIA"):
        snap = snapshot_for(symbol, seed=3, cfg=cfg)
        inst = cfg.instrument(symbol)
        out.append(Brief(snapshot=snap, scores=score_snapshot(snap, [item]), news=[item],
                         short_name=inst.display_name,
                         related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                         tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label"))
    return out


def test_a_policy_story_with_one_strong_line_still_gives_the_day_a_second_one() -> None:
    """A decision story whose lede holds one line far stronger than the rest (the decision itself)
    used to leave nothing to rotate to: every article of the day quoted it. A weaker line of the
    lede (the dissent), within ROTATION_MARGIN, is the next article's; a line opening on a possessive
    ('Their projections ...') leans on the sentence before and is never taken."""
    item = story(1, "Central bank trims its policy rate and signals a longer pause", (
        "The Federal Reserve cut its policy rate by a quarter point on Wednesday after a two-day meeting. "
        "Their updated projections pointed to fewer reductions next year than investors had priced in. "
        "One Fed governor dissented in favor of holding rates steady. "
        "Markets had priced the decision fully for weeks."), symbols=(), themes=("fed",))
    lines = [day_claim(brief, digest(item, brief.snapshot), item) for brief in _briefs_for(item)]
    assert all(line in item.text for line in lines)
    assert not any(line.startswith("Their") for line in lines)
    assert len(set(lines)) >= 2 and max(lines.count(line) for line in lines) <= 2, lines


def test_a_line_naming_another_instrument_is_that_instruments_quote() -> None:
    """A wrap's line about the Nasdaq 100 is the Nasdaq article's to quote: the Dow's and small caps'
    articles take another line of the story, never the peer's."""
    item = story(1, "Stocks finish mixed as traders weigh the inflation data", (
        "Stocks ended mixed on Thursday as traders digested a cooler reading on consumer prices. "
        "The Nasdaq 100 lagged as investors sold the largest technology names to buy smaller companies. "
        "Bond traders added to bets that the central bank would cut rates in September. "
        "Energy shares rose alongside crude after a drawdown in stockpiles."), symbols=(), themes=())
    by_symbol = {brief.snapshot.symbol: day_claim(brief, digest(item, brief.snapshot), item)
                 for brief in _briefs_for(item)}
    assert "Nasdaq 100" in by_symbol["QQQ"]
    assert not any("Nasdaq" in by_symbol[s] for s in ("IWM", "DIA")), by_symbol


def test_a_line_opening_on_but_is_quoted_without_it_and_officials_name_the_fed() -> None:
    """A decision story's 'But policymakers signaled ...' is one of its lines: the joiner only tied it
    to the sentence before, so the clause after it is quoted alone; 'policymakers' and 'officials' are
    the story's words for the Fed. The day's articles then share out three lines or more."""
    item = story(1, "The central bank trims rates and hints at a slower pace", (
        "The Federal Reserve cut its policy rate by a quarter point on Wednesday, to 4.75% to 5.00%. "
        "But policymakers signaled a slower pace of easing from here. "
        "Two regional bank presidents dissented in favor of a pause. "
        "The statement dropped a line about gaining confidence on inflation, wording investors read "
        "as a shift."), symbols=(), themes=("fed",))
    lines = [day_claim(brief, digest(item, brief.snapshot), item) for brief in _briefs_for(item)]
    assert all(line in item.text for line in lines), lines
    assert not any(re.match(r"(?i)but\b", line) for line in lines), lines
    assert "policymakers signaled a slower pace of easing from here" in lines, lines
    assert len(set(lines)) >= 3, lines


def test_a_release_story_shares_out_its_figure_lines() -> None:
    """A jobs report's own story: its lines with the report's figures (payrolls, wages) are lines of
    the report, not a stray index level, so the day's articles have three lines or more to share out."""
    item = story(1, "Hiring cools in October as the jobless rate edges up", (
        "Employers added 96,000 jobs in October, fewer than economists had forecast, the Labor "
        "Department said on Friday. "
        "Average hourly earnings rose 0.3% on the month, a touch slower than in September. "
        "The cooling in hiring strengthens the case economists make for another Fed cut in December. "
        "The report lands a week after the Federal Reserve said the labor market had lost momentum."),
        symbols=(), themes=("jobs",))
    lines = [day_claim(brief, digest(item, brief.snapshot), item) for brief in _briefs_for(item)]
    assert all(line in item.text for line in lines), lines
    assert any("96,000" in line or "0.3%" in line for line in lines), lines
    assert len(set(lines)) >= 3 and max(lines.count(line) for line in lines) <= 2, lines


def test_a_calendar_line_names_when_and_never_leans_on_then() -> None:
    """A preview's line looking ahead names its time (a date, a weekday); 'Officials are not expected to
    act then' only points back at the date of the sentence before, so no article quotes it."""
    from pipeline.writers.news_paragraph import looks_ahead

    assert looks_ahead("The central bank's next decision comes on Nov. 7")
    assert looks_ahead("Retail sales are due on Tuesday, with import prices after them")
    assert not looks_ahead("Policymakers are not expected to act then, but traders will parse the statement")
    assert not looks_ahead("Investors will wait until then before adding risk")
    assert not looks_ahead("Traders will watch the statement closely")  # when? the line never says
    item = story(1, "What to watch: retail sales Tuesday, the Fed on Nov. 7", (
        "Retail sales for October are due on Tuesday, the last big release before the decision. "
        "The Federal Reserve's next decision comes on Nov. 7. "
        "Officials are not expected to move then, but investors will read the statement for hints."),
        symbols=(), themes=("calendar",))
    lines = [day_claim(brief, digest(item, brief.snapshot), item, ahead=True) for brief in _briefs_for(item)]
    assert not any("then" in line for line in lines), lines
