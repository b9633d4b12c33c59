"""The news sentiment read for stocks (pipeline/sentiment.py, pipeline/scoring.news_sentiment).

Phrase cases are sentences written for these tests; the real parts are the editorial news days'
stories run through the pipeline and the hand-labelled real headlines of bench/data (both skip
when ../shared/realdata is absent).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from market_factories import snapshot_for

from pipeline.contracts import NewsItem
from pipeline.scoring import news_sentiment, score_snapshot
from pipeline.sentiment import tone_of

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def net(text: str) -> int:
    return sum(part.points for part in tone_of(text).parts)


def story(title: str, summary: str = "") -> NewsItem:
    return NewsItem(item_id=f"{abs(hash(title)) % 16**16:016x}", title=title, summary=summary,
                    url="https://news.example/a", publisher="Example", feed_url="https://news.example/feed",
                    fetched_at=datetime(2026, 3, 2, tzinfo=UTC), content_hash="0" * 64)


@pytest.mark.parametrize("text", [
    "The volatility index leaps as traders scramble for protection",
    "Ten-year yields climb to a three-month high",
    "The jobless rate ticks up to 4.6%",
    "Policymakers project fewer rate cuts next year",
    "Crude spikes on supply worries and equities slip",
    "Hotter inflation stokes fears of higher-for-longer rates",
    "Equities did not rally despite upbeat earnings",
    "Traders find no relief as the selloff deepens",
    "Analyst lowers price target on the retailer",
    "Quarterly EPS $0.40 vs $0.52 est.",
])
def test_bad_news_for_stocks_reads_negative(text: str) -> None:
    assert net(text) < 0, tone_of(text).parts


@pytest.mark.parametrize("text", [
    "Inflation cools for a third month",
    "Bond yields retreat as the central bank signals a rate cut",
    "The fear gauge sinks to its lowest level of the year",
    "Oil prices slump, easing the squeeze on consumers",
    "The bank's shares jump after an upgrade to Buy",
    "Quarterly EPS $2.10 vs $1.95 est.",
    "Small-cap stocks soar to a record high",
    "Tensions ease and investors return",
])
def test_good_news_for_stocks_reads_positive(text: str) -> None:
    assert net(text) > 0, tone_of(text).parts


@pytest.mark.parametrize("text", [
    "The dollar firmed against the yen",
    "Exchange operator sets up a new trading venue",
    "Retailer agrees to sell six stores to a rival",
    "What to watch next week: the jobs report and two Fed speakers",
])
def test_news_without_a_tone_for_stocks_reads_nothing(text: str) -> None:
    assert tone_of(text).parts == (), tone_of(text).parts


def test_intense_words_count_more_than_plain_ones() -> None:
    assert net("Chip shares plunge") < net("Chip shares slip") < 0
    assert net("Chip shares soar") > net("Chip shares gain") > 0
    assert net("Chip shares fall sharply") < net("Chip shares fall")


def test_a_move_reads_the_subject_of_its_clause() -> None:
    """The same verb is good for stocks and bad for them by what moved; a clause without a subject
    ('its biggest jump') takes the one before it."""
    assert net("Stocks jump") > 0 > net("Yields jump")
    assert net("Stocks jump as yields fall") > 0
    assert net("Volatility surges, its biggest jump in a year") <= -4


def test_negation_flips_the_part_it_governs() -> None:
    assert net("Stocks rally") > 0 > net("Stocks fail to rally")
    assert net("Relief for small caps") > 0 > net("No relief for small caps")


def test_the_parts_say_what_was_read_and_why() -> None:
    parts = tone_of("Treasury yields jump as the Fed trims easing bets").parts
    assert [(p.words, p.points) for p in parts] == [("yields jump", -1), ("trims easing bets", -1)]
    assert parts[0].why == "a rise of yields: bad for stocks"


def test_the_score_lists_its_parts_story_by_story() -> None:
    news = [story("Stocks tumble as the Fed signals fewer cuts"), story("The VIX surges to a two-month high")]
    score, label = news_sentiment(news) or (None, None)
    assert score is not None and score < 30 and label == "Negative"
    scores = score_snapshot(snapshot_for("IWM"), news)
    assert scores.sentiment_score == score
    assert {p.story for p in scores.sentiment_parts} == {n.title for n in news}
    good = sum(p.points for p in scores.sentiment_parts if p.points > 0)
    bad = -sum(p.points for p in scores.sentiment_parts if p.points < 0)
    assert score == round(50 + 50 * (good - bad) / (good + bad + 4))


def test_a_story_counts_at_most_four_points_each_way() -> None:
    """A wrap that lists every index's rise is one story: it does not outweigh three others."""
    wrap = story("Stocks rally",
                 "The S&P 500 rose, the Nasdaq 100 jumped, the Dow climbed and small caps gained.")
    assert sum(p.points for p in tone_of(wrap.summary).parts) >= 4
    bad = [story("Yields jump"), story("The VIX spikes"), story("Oil surges on supply fears")]
    score, _ = news_sentiment([wrap, *bad]) or (50, "")
    assert score < 45


def test_one_story_gives_no_score() -> None:
    assert news_sentiment([story("Stocks rally")]) is None


@pytest.mark.realdata
def test_real_headlines_agree_with_the_hand_labels() -> None:
    """294 real headlines labelled by hand (bench/data/sentiment_labels.tsv): the score read 148 the
    labelled way with the old word lexicon (23 of the 159 signed ones, 11 the wrong way round)."""
    import sentiment_realdata as bench

    if not bench.REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    read = [(h.label, bench.headline_tone(h.title)) for h in bench.labelled_headlines()]
    agree = sum(label == tone for label, tone in read)
    signed = sum(label == tone for label, tone in read if label != "0")
    reversed_ = sum({label, tone} == {"+", "-"} for label, tone in read)
    assert agree >= 218 and signed >= 110 and reversed_ <= 5, (agree, signed, reversed_)


@pytest.mark.realdata
def test_news_days_score_the_way_the_day_went() -> None:
    """The editorial news days through the pipeline: the Fed's fewer-cuts day (every index down
    3-4%, the VIX up 74%) reads Negative in every article; the cooler-CPI day reads good for the
    small caps that rallied 3.6% (it read 27-30 and 60-67 with the word lexicon)."""
    from editorial_cases import news_day_cases, news_days, realdata_present

    if not realdata_present():
        pytest.skip("../shared/realdata/ohlcv is absent")
    days = {day.kind: day for day in news_days()}
    cases = news_day_cases([days["cpi"], days["fed"]])
    scores = {(c.snapshot.session.isoformat(), c.snapshot.symbol): c.article.sentiment_score for c in cases}
    fed = [score for (session, _), score in scores.items() if session == "2024-12-18"]
    assert len(fed) == 4 and all(s is not None and s < 30 for s in fed), scores
    assert (scores[("2024-07-11", "IWM")] or 0) > 55, scores
