"""What the day's news event said (pipeline.news_content), and the header and opening that say it.

The content is read from the day's own coverage by a closed list of words: the wrap's cause clause
first, then the same-day stories whose title names the event. The headline says it in a few words,
the first analysis sentence says it and what it did here, cited to the story that says it."""

from __future__ import annotations

import re

from market_factories import snapshot_for
from test_news_synthesis import JOBS_WRAP, NAMES, brief_for, story

from pipeline.contracts import Severity
from pipeline.news_content import event_content
from pipeline.stories import session_event
from pipeline.verify import verify_article
from pipeline.writers import TemplateWriter
from pipeline.writers.angle_text import CONTENT_TAILS, EVENT_TAILS

HOT_RELEASE = ("Consumer prices rose 0.4% last month, more than economists had forecast, the Labor "
               "Department said on Wednesday. Prices outside food and energy climbed 0.5%, the biggest gain "
               "since spring, as rents and car insurance kept rising. Economists said the figures would keep "
               "the central bank cautious about lowering borrowing costs soon.")
TAPE = ("Stocks fell on Wednesday after the inflation report, with small caps among the hardest hit as "
        "traders pushed back their bets on lower borrowing costs. The Russell 2000 lost ground for a second "
        "day, and rate-sensitive banks and builders led the decline while utilities held up. Strategists "
        "said the selling looked orderly and that few investors wanted to add risk before the weekend.")


def test_the_content_is_the_wraps_cause_clause_first() -> None:
    snap = snapshot_for("IWM", seed=2)  # down 2.02%
    wrap = story(1, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP)
    event = session_event([wrap], snap)
    assert event is not None
    content = event_content(event, [wrap], snap)
    assert content is not None and (content.kind, content.said, content.story) == ("jobs", "weak", wrap)
    fed = story(2, "Small caps tumble after the Fed signals fewer cuts next year", JOBS_WRAP)
    fed_event = session_event([fed], snap)
    assert fed_event is not None
    assert event_content(fed_event, [fed], snap).said == "fewer_cuts"  # type: ignore[union-attr]


def test_a_wrap_without_content_takes_the_release_storys_words() -> None:
    """'after the inflation report' names the event only; the release story of the day says it ran
    hot ('more than economists had forecast'); a release of another day says nothing for this one."""
    snap = snapshot_for("IWM", seed=2)
    wrap = story(1, "Stocks slide after the inflation report", TAPE)
    release = story(2, "Consumer prices rise more than forecast as rents climb", HOT_RELEASE, hour=14)
    event = session_event([wrap, release], snap)
    assert event is not None and event.kind == "inflation"
    assert event_content(event, [wrap], snap) is None  # the wrap alone says nothing of its content
    content = event_content(event, [wrap, release], snap)
    assert content is not None and (content.said, content.story) == ("hotter", release)
    old = story(3, "Consumer prices rise more than forecast as rents climb", HOT_RELEASE, day=19)
    assert event_content(event, [wrap, old], snap) is None


def test_the_headline_and_the_cited_opening_say_what_the_news_said() -> None:
    snap = snapshot_for("IWM", seed=2)
    wrap = story(1, "Stocks slide after the inflation report", TAPE)
    release = story(2, "Consumer prices rise more than forecast as rents climb", HOT_RELEASE, hour=14)
    news = [wrap, release]
    brief = brief_for(snap, news)
    article = TemplateWriter().write(brief)
    hot = CONTENT_TAILS[("inflation", "hotter")]
    assert any(tail in article.headline for tail in hot), article.headline
    opening = article.analysis[0].split("]")[0]
    assert re.search(r"\b(?:hot|hotter|firm)\b", opening) and re.search(r"\[\d+$", opening), opening
    cited = int(opening.rsplit("[", 1)[1])
    # the release says it ran hot but not what it did to small caps; the wrap ties the report to them
    assert article.sources[cited - 1].url == wrap.url
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    # without the release story, the header names the event and says nothing it was not told
    plain = TemplateWriter().write(brief_for(snap, [wrap]))
    assert any(tail in plain.headline for tail in EVENT_TAILS["inflation"]), plain.headline
    assert not re.search(r"\b(?:hot|hotter|firm|cool|cooler|soft)\b", f"{plain.headline} {plain.analysis[0]}")


def test_a_chip_story_says_what_hit_the_chipmakers() -> None:
    """A chip-stock wrap's cause clause names what moved the sector (news day 2025-01-27: 'as a Chinese
    AI model shakes chip stocks'): the opening tells it, not only 'Chip stocks set the day's course'."""
    snap = snapshot_for("IWM", seed=2)
    wrap = story(1, "Nasdaq slides as a new AI model from a startup shakes chip stocks", TAPE)
    event = session_event([wrap], snap)
    assert event is not None and event.kind == "chips"
    content = event_content(event, [wrap], snap)
    assert content is not None and (content.kind, content.said) == ("chips", "ai_rival")
    curbs = story(2, "Nasdaq falls as chipmakers slide on new export curbs", TAPE)
    curbs_event = session_event([curbs], snap)
    assert curbs_event is not None
    assert event_content(curbs_event, [curbs], snap).said == "export_curbs"  # type: ignore[union-attr]
    plain = story(3, "Nasdaq falls as chip stocks sink in a broad tech selloff", TAPE)
    plain_event = session_event([plain], snap)
    assert plain_event is not None and event_content(plain_event, [plain], snap) is None
