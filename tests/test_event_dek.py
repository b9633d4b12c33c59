"""A news day's dek names the event and what it did to this instrument (writers/event_dek.py): the
place read from the day's moves, the tone word from the wrap's cause clause, the event named in
words the headline does not already use, and no error finding from the verifier."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lead_relative_day import NAMES, brief_for, item, with_peers  # noqa: E402

from pipeline.contracts import Severity  # noqa: E402
from pipeline.stories import EVENT_WORDS, SessionEvent  # noqa: E402
from pipeline.verify import verify_article  # noqa: E402
from pipeline.writers import TemplateWriter  # noqa: E402
from pipeline.writers.angle_text import CONTENT_TAILS  # noqa: E402
from pipeline.writers.event_dek import _NOUNS, event_place, event_tone  # noqa: E402

WRAP = ("Stocks fell across the board on Friday after the Labor Department's monthly report showed "
        "employers added far fewer workers than forecast. Traders moved up their bets on a rate cut, and "
        "the selling reached every corner of the market, from the largest technology names to smaller "
        "companies that depend on the home economy for most of their sales.")


def test_the_place_is_read_from_the_days_moves() -> None:
    assert event_place(with_peers(0.02, -1.30)) == "still"
    assert event_place(with_peers(0.60, -1.30)) == "against"
    assert event_place(with_peers(-0.40, -1.30)) == "least"
    assert event_place(with_peers(-2.10, -1.30)) == "most"
    assert event_place(with_peers(1.90, 1.30)) == "most"
    split = with_peers(1.20, -0.80)
    split = split.model_copy(update={"related": [
        m.model_copy(update={"change_1d_pct": 0.90}) if m.symbol == "DIA" else m for m in split.related]})
    assert event_place(split) == "split"


def test_the_tone_is_the_wraps_word_before_the_event() -> None:
    def event(title: str, kind: str = "jobs") -> SessionEvent:
        return SessionEvent(kind, item(1, title, WRAP, hour=21), "down")  # type: ignore[arg-type]

    assert event_tone(event("Stocks drop as a disappointing jobs report revives growth worries")) == \
        "disappointing"
    assert event_tone(event("Shares climb after softer inflation cools rate fears", "inflation")) == "softer"
    assert event_tone(event("Stocks drop as the jobs report lands")) is None  # no tone word
    assert event_tone(event("Weak stocks slide after the jobs report")) is None  # not the event's word


def test_each_nouns_bank_names_its_event_in_words_of_its_own() -> None:
    """Every noun of a bank names the event by its words (stories.EVENT_WORDS), and the four differ."""
    words = dict(EVENT_WORDS)
    for key, nouns in _NOUNS.items():
        kind = key.split("_")[0]
        assert len({the for the, _ in nouns}) == 4, key
        assert all(words[kind].search(the) for the, _ in nouns), key  # type: ignore[index]


def test_the_dek_of_an_event_day_names_the_event_and_what_it_did_here() -> None:
    """A jobs-report selloff that hit small caps hardest (down 2.02% while every peer fell 1.30%): the
    headline leads with the report, and the dek opens on it and on small caps taking the brunt before
    the chart's thesis; the article verifies without an error."""
    wrap = item(1, "Stocks slide as a weak jobs report stokes growth fears", WRAP, hour=21)
    brief = brief_for(with_peers(None, -1.30, seed=2), [wrap])  # its bars: down 2.02%
    article = TemplateWriter().write(brief)
    first, _, rest = article.dek.partition(". ")
    assert re.search(r"\b(?:jobs?|payrolls?|hiring)\b", first, re.IGNORECASE), article.dek
    # the headline says what the report said (CONTENT_TAILS); the dek does not say 'weak' again
    assert any(tail in article.headline for tail in CONTENT_TAILS[("jobs", "weak")]), article.headline
    assert "weak" not in first.lower(), article.dek
    assert re.search(r"small caps|hardest|furthest|brunt|further", first, re.IGNORECASE), article.dek
    assert rest, article.dek  # the chart's thesis follows
    findings = verify_article(article, brief.snapshot, brief.scores, {wrap.item_id: wrap}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    quiet = brief_for(with_peers(None, -1.30, seed=2), [])  # no wrap names an event: no event sentence
    assert not re.search(r"\bjobs?\b", TemplateWriter().write(quiet).dek, re.IGNORECASE)


def test_the_news_is_read_right_after_the_day_where_the_event_set_this_one_apart() -> None:
    """Small caps hit hardest by the jobs report: the news paragraph (the reading of the event) comes
    right after the day's. Falling with the market, no further and no less far than its peers, the
    chart's own paragraphs come first and the news closes (two articles of one day then differ)."""
    wrap = item(1, "Stocks slide as a weak jobs report stokes growth fears", WRAP, hour=21)
    apart = TemplateWriter().write(brief_for(with_peers(None, -1.30, seed=2), [wrap]))
    assert re.search(r"\[1\]", apart.analysis[1]), apart.analysis
    level = TemplateWriter().write(brief_for(with_peers(-1.30, -1.30, seed=2), [wrap]))
    cited = [n for n, p in enumerate(level.analysis) if re.search(r"\[1\]", p)]
    assert cited and cited[0] == len(level.analysis) - 1, level.analysis
