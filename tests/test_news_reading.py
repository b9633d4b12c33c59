"""The news paragraph reads the day's news for this instrument: the rates story's reason, the yield
move a story reports read for the instrument's kind, a sector story read by how much of the sector
the instrument holds; and the bench's test of a paragraph that only lists its stories."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from market_factories import settings, snapshot_for
from test_news_synthesis import brief_for, story, up_day

from pipeline.contracts import RelatedRole, Snapshot
from pipeline.stories import claim_options, direction_of, has_line, own_clause, own_names, tape_pattern
from pipeline.writers import news_phrases as bank
from pipeline.writers.news_paragraph import (
    CALENDAR,
    GAUGE,
    MARKET,
    OTHER,
    beat_places,
    news_paragraph,
    own_words_line,
    stories_for,
    vix_caveat,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from editorial_news_reading import anchors  # noqa: E402

QUOTE = re.compile("\u201c[^\u201d]+\u201d")
RATES_ON_JOBS = ("Treasury yields tumbled on Friday as the weak jobs report sent traders into bets on a "
                 "larger first cut. The two-year note, the maturity most tied to policy, fell the most, and "
                 "strategists said the move in short-dated debt was the sharpest in months.")
RATES_ON_FED = ("Treasury yields rose sharply on Friday after the Federal Reserve signaled a slower pace of "
                "cuts ahead. Strategists said futures traders pushed back the timing of the next move to "
                "the middle of next year, and the dollar firmed against most major currencies.")
CHIPS_WRAP = ("Stocks fell on Friday as a rout in chipmakers spread across the technology sector. Power "
              "producers that had rallied on the promise of data-center demand fell with the chipmakers, "
              "and traders said the selling was the heaviest in the sector since the spring. Analysts "
              "said the question now is how much of the year's gains in chip stocks rested on demand "
              "that may not come.")


def with_market(snap: Snapshot, peers: float) -> Snapshot:
    """`snap` with every peer and the benchmark at `peers` (%) on the day and no yield data."""
    related = [m.model_copy(update={"change_1d_pct": peers})
               if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) else m for m in snap.related]
    return snap.model_copy(update={"related": related, "macro": []})


def test_a_compound_word_gives_no_direction() -> None:
    assert direction_of("Small caps bear the brunt as higher-for-longer rates return") is None
    assert direction_of("Yields slip after a lower-than-expected inflation print") == "down"
    assert direction_of("Stocks end lower as yields climb") == "down"


def test_a_reversal_reads_the_move_it_undoes_the_other_way() -> None:
    """A move given back is a move the other way: the verb that undoes it reads its direction word
    backwards, whether the move is its object ('pare gains') or its subject ('the rally faded'); a
    reversal of another move in the same line leaves the first one alone."""
    assert direction_of("Small caps hand back most of a two-week rally") == "down"
    assert direction_of("The tech rally that carried the spring is fading") == "down"
    assert direction_of("Blue chips erase the morning's gains by the close") == "down"
    assert direction_of("Stocks pare losses as bond yields retreat") == "up"
    assert direction_of("Selloff in chipmakers reverses by the afternoon") == "up"
    assert direction_of("Stocks climb, reversing most of Tuesday's losses") == "up"
    assert direction_of("Stocks rally as traders cheer the data") == "up"  # no reversal: as before
    assert direction_of("Stocks rally as bond yields fade") == "up"  # the yields faded, not the rally


def test_a_lines_direction_is_what_its_subject_did_not_what_a_relative_clause_recalls() -> None:
    """A relative clause on a noun tells what the noun did before ('the banks that led the spring
    rally'); the line's direction is its main verb's, and a verb of trading counts (traders sold,
    buyers bought). A complement clause ('data showed that stocks rose') is the line itself."""
    assert direction_of("Funds dumped the lenders that had powered the advance since March") == "down"
    assert direction_of("Traders bought the homebuilders that have lagged for a year") == "up"
    assert direction_of("The retailers that rallied in the morning slid into the close") == "down"
    assert direction_of("The energy names that led the year's rally sank with crude") == "down"
    assert direction_of("A survey showed that stocks climbed for a third week") == "up"
    assert direction_of("The index that tracks regional banks is the one to watch") is None


def test_a_name_that_qualifies_another_gauge_is_not_the_instruments_own_line() -> None:
    """'The equal-weighted version of the S&P 500' is another gauge: its clause is not SPY's own
    line, unless it measures that gauge against the S&P 500 itself ('lagged its cap-weighted
    parent': demo SPY's line on a narrow gain); the S&P 500 itself doing something, or shares of its
    ETF, still is."""
    snap = snapshot_for("SPY", seed=2)
    own = own_names("SPY", "S&P 500")

    def clause(text: str) -> str | None:
        return own_clause(story(1, "Stocks", text, symbols=("SPY",), themes=()), snap, own)

    assert clause("The equal-weighted version of the S&P 500 rose while the big names sank.") is None
    assert clause("Traders watched as the equal-weight S&P 500 index climbed through the afternoon.") is None
    assert clause("Late buying meant the S&P 500 climbed through the afternoon session on Thursday.")
    assert clause("Late buying meant shares of the S&P 500 ETF climbed through the afternoon session.")
    # an industry group or a slice of the index's members is another subject too
    assert clause("Traders watched as the bank subgroup of the S&P 500 sank through the afternoon.") is None
    assert clause("Traders saw the S&P 500's energy sector sink through the afternoon session.") is None
    assert clause("Late selling meant the heavyweights of the S&P 500 fell through the final hour.") is None
    # words that measure the instrument's own index keep it its line
    assert clause("Late buying meant the cap-weighted S&P 500 climbed through the afternoon session.")
    weighting = ("Nearly as many stocks fell as rose, while the weighting of small caps in the "
                 "benchmark slipped to a new low for the year.")
    assert own_clause(story(2, "Wrap", weighting, symbols=("IWM",), themes=()), snapshot_for("IWM", seed=2),
                      own_names("IWM", "Small caps"))
    # measured against the instrument itself, the other gauge tells how broad its move was
    assert clause("Breadth was thin: the equal-weight version of the S&P 500 lagged its cap-weighted parent.")
    assert clause("The equal-weighted version of the S&P 500 fell, a sign the index gains rest on few names.")


def test_a_quote_is_never_clipped_where_the_sentence_turns_its_sense() -> None:
    """A clause followed by a comment on it (', a sign that ...', ', suggesting ...'), a concession
    or a turn (', though ...', ', only to ...') is quoted with the rest of its sentence or not at
    all: cut there, it can say the opposite of the story's point."""
    text = ("The Dow Jones index gained ground, a sign that the losses in the Dow were the "
            "work of two heavyweights. Buyers came in late across the market.")
    snap = snapshot_for("DIA", seed=2)
    wrap = story(1, "Blue chips slip on two heavyweights", text, symbols=("DIA",), themes=())
    clause = own_clause(wrap, snap, own_names("DIA", "Dow"))
    assert clause is not None and clause.endswith("the work of two heavyweights")
    lede = ("Industrial shares jumped in the first hour of trading on Thursday, only to hand back the "
            "whole move by the close as orders data disappointed. Rail operators held up better.")
    options = claim_options(story(2, "Industrials round-trip", lede, symbols=(), themes=()), "tape",
                            tape_pattern(snap))
    assert "Industrial shares jumped in the first hour of trading on Thursday" not in options
    assert lede.split(". ")[0] in options  # the whole sentence, turn and all
    long_turn = ("Factory orders fell for a third month in a row in October and missed every forecast in "
                 "the survey, although purchasing managers said new export bookings had begun to pick up "
                 "again late in the month.")
    options = claim_options(story(4, "Orders slide again", long_turn, symbols=(), themes=()), "tape",
                            tape_pattern(snap))
    assert options == [long_turn.rstrip(".")]  # 34 words: quoted whole rather than cut before 'although'


def test_a_line_that_leans_back_is_no_claim_and_a_story_without_one_is_no_source() -> None:
    """A speaker's words ('"...," he said') or a sentence opening on 'He' is not the story's own line
    to quote; a story with nothing else to quote and a headline off the market is quoted by no
    article (every one of the day would print its headline)."""
    text = ("The chair of the central bank said on Wednesday that policy makers could take their time with "
            "further moves now that their benchmark rate sits much nearer a level that neither slows nor "
            "spurs growth in the economy. He told reporters that price readings had run firmer than hoped "
            "and that officials had begun to weigh changes in tax policy. \u201cWe can be patient,\u201d he "
            "said, calling the decision a closer call than the ones before it.")
    title = "The chair says the central bank can wait from here"
    remarks = story(1, title, text, symbols=(), themes=("fed",))
    snap = snapshot_for("SPY", seed=2)
    assert not has_line(remarks, "fed", tape_pattern(snap))
    assert not any(c.startswith(("\u201c", "He ")) for c in claim_options(remarks, "fed", tape_pattern(snap)))
    wrap = story(2, "Stocks slip as the central bank signals patience", text, symbols=(), themes=())
    assert has_line(wrap, "tape", tape_pattern(snap))  # a headline about the market stays a source


def test_the_rates_story_is_told_with_its_reason_in_the_articles_words() -> None:
    """A rates story whose lede gives the day's event as the cause: the yield move and the event,
    stated and cited, not a bare 'yields fell, X reported' and not a quotation."""
    snap = with_market(snapshot_for("IWM", seed=2), -1.0)  # IWM down 2.02%, every peer down 1%
    news = [story(1, "Treasury yields tumble as traders bet on a bigger Fed cut", RATES_ON_JOBS, symbols=(),
                  themes=("rates",))]
    brief = brief_for(snap, news)
    told = own_words_line(brief, (1, news[0], stories_for(brief, news)[0]), OTHER, (brief,)) or ""
    # the frames link the two in their own words (bank.RATES_OWN_WHY): 'yields fell after the jobs report',
    # 'the jobs report sent Treasury yields lower', ...
    assert re.search(r"\byields fell (?:after|in the wake of) the jobs report\b|"
                     r"\bthe jobs report (?:sent|pushed) (?:Treasury )?yields lower\b", told,
                     re.IGNORECASE), told
    assert "[1]" in told and not QUOTE.search(told), told


def test_the_yield_move_a_story_reports_is_read_for_the_instruments_kind() -> None:
    """No yield in the data: the rates story's own move, read for small caps, when small caps went
    with their market; none when they went the other way (the story cannot explain that)."""
    news = [story(1, "Treasury yields jump as the Fed trims easing bets", RATES_ON_FED, symbols=(),
                  themes=("rates",))]
    down = with_market(snapshot_for("IWM", seed=2), -1.0)
    paragraph = news_paragraph(brief_for(down, news), 1) or ""
    assert bank.RATES_WHY[("up", "small-caps")] in paragraph, paragraph
    against = with_market(snapshot_for("IWM", seed=2), 1.0)
    paragraph = news_paragraph(brief_for(against, news), 1) or ""
    assert bank.RATES_WHY[("up", "small-caps")] not in paragraph, paragraph


def test_a_sector_rout_is_read_by_how_much_of_the_sector_the_instrument_holds() -> None:
    """A chip rout named by the day's wrap: small caps, which hold few chipmakers and lost less than
    the market, are read as spared; when they lost more than every peer the mix explains nothing, so
    the reading is left out."""
    wrap = story(1, "Stocks slide as chipmakers tumble", CHIPS_WRAP, symbols=())
    exposure = bank.SECTOR_EXPOSURE[("chips", "small-caps")]
    spared = with_market(snapshot_for("IWM", seed=2), -3.0)
    paragraph = news_paragraph(brief_for(spared, [wrap]), 1) or ""
    assert exposure[:1].upper() + exposure[1:] in paragraph, paragraph
    assert any(frame.format(exposure="").lstrip(",; ")[:20] in paragraph
               for frame in bank.SECTOR_SPARED["down"]), paragraph
    worst = with_market(snapshot_for("IWM", seed=2), -1.0)
    assert exposure not in (news_paragraph(brief_for(worst, [wrap]), 1) or "").lower()


def test_the_bench_tells_a_reading_from_a_list() -> None:
    names = re.compile(r"(?<![\w^])(?:IWM|small caps|Russell 2000)(?!\w)", re.IGNORECASE)
    assert anchors("The bond selloff and the selling in small caps tell the same story.", names)
    assert anchors("Rising yields and a falling price are one story: dearer money hurts.", names)
    assert not anchors("Harbor Street Wire goes to small caps directly: \u201cSmall caps fell 4%\u201d [1].",
                       names)
    assert not anchors("The VIX rose with the selling: traders were buying insurance [2].", names)
    assert settings().instrument("IWM").symbol == "IWM"


def test_against_a_market_moved_by_a_macro_report_the_report_moved_this_one_too() -> None:
    """Small caps up on a day a soft inflation report sank the rest of the market: the report drove
    both sides (a rotation), so the reading names it and never says 'drivers closer to home'."""
    snap = with_market(snapshot_for("IWM", seed=3), -1.0)  # IWM up 1.41%, every peer down 1%
    wrap = ("Stocks ended mixed on Thursday as a cooler inflation report sent money out of the biggest "
            "technology companies and into smaller ones. The consumer price index fell for the first time "
            "in four years, and traders moved up their bets on a rate cut in September. Strategists said "
            "the swing between the two corners of the market was among the widest on record for a day.")
    news = [story(1, "Stocks split as cooler inflation sends money out of tech giants", wrap, symbols=(),
                  themes=("inflation",))]
    text = news_paragraph(brief_for(snap, news), 1) or ""
    assert "closer to home" not in text, text
    assert "inflation report" in text and any(w in text for w in ("other way", "bucked", "rose while")), text
    for line in bank.AGAINST_EVENT:
        assert "{event}" in line and ("{name}" in line or "{mid}" in line)


def test_a_vix_reading_against_the_day_is_told_after_the_rest() -> None:
    """The VIX rising on an up day (hedging into the gains) is a caveat on the day: the news paragraph
    tells it after the calendar, not right after the market's story, where a VIX that fell with the
    gains goes."""
    calm = brief_for(up_day(vix_pct=-9.0), [])
    hedged = brief_for(up_day(vix_pct=9.0), [])
    beats = [MARKET, GAUGE, CALENDAR]
    assert not vix_caveat(calm) and vix_caveat(hedged)
    assert beat_places(calm, beats) == [0, 1, 2]
    assert beat_places(hedged, beats) == [0, 2, 1]
