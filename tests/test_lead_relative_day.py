"""The lead tells THIS instrument's day: a lead crediting the market's driver (a bond rally, the jobs
report) says so when the instrument moved least of every peer, or against them all
(stories.relative_place; news_told.DRIVER_LEADS_LEAST; angle_text.event_lead)."""

from __future__ import annotations

import hashlib
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from market_factories import SESSION, settings, snapshot_for

from pipeline.contracts import MacroGauge, NewsItem, RelatedRole, Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.stories import SessionEvent, digest, own_names, own_story_event, relative_place
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers import news_phrases as bank
from pipeline.writers.angle_text import EVENT_NOUNS, EVENT_TAILS, event_lead, steady_lead
from pipeline.writers.news_told import (
    DRIVER_LEADS,
    DRIVER_LEADS_AGAINST,
    DRIVER_LEADS_LEAST,
    driver_lead,
    driver_yields,
)
from pipeline.writers.phrases import content_stems, vary, vary_apart

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from editorial_lead import relative_day  # noqa: E402

CFG = settings()
IWM = CFG.instrument("IWM")
NAMES = [n for inst in CFG.instruments for n in (inst.name, *inst.aliases)]
RATES = ("Treasury yields fell on Friday as traders added to bets on a December rate cut. Lower "
         "borrowing costs tend to help rate-sensitive corners of the stock market, and bond desks "
         "reported heavy buying of two-year notes through the afternoon as the curve steepened "
         "again, the third straight session of steepening.")


def with_peers(own: float | None, peers: float, seed: int = 3, yield_change: float = -0.07) -> Snapshot:
    """The synthetic IWM snapshot (seed 3: up 1.41%) with its own day move `own` (None: its bars')
    and every peer and the benchmark at `peers` (%), the 10-year yield moving `yield_change`."""
    snap = snapshot_for("IWM", seed=seed)
    own = snap.returns.change_1d_pct if own is None else own
    related = [m.model_copy(update={"change_1d_pct": peers, "divergence_pp": own - peers})
               if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) else m for m in snap.related]
    gauge = MacroGauge(key="ten_year_yield", symbol="^TNX", name="10-year Treasury yield", unit="percent",
                       session=SESSION, value=4.06, change_1d=yield_change)
    returns = snap.returns.model_copy(update={"change_1d_pct": own})
    return snap.model_copy(update={"related": related, "macro": [gauge], "returns": returns})


def brief_for(snapshot: Snapshot, news: list[NewsItem]) -> Brief:
    return Brief(snapshot=snapshot, scores=score_snapshot(snapshot, news), news=news,
                 short_name=IWM.display_name, index_name="Russell 2000 Index",
                 related_names={i.symbol: i.short_name or i.name for i in CFG.instruments},
                 tags=IWM.tags, desk="Desk", byline="Writer", ai_label="AI label")


def rates_story() -> NewsItem:
    when = datetime(2026, 11, 20, 20, 1, tzinfo=UTC)
    title = "Yields slide as rate-cut odds firm"
    digest_hex = hashlib.sha256(title.encode()).hexdigest()
    link = "https://wire.example/2026/11/20/yields-slide"
    return NewsItem(item_id=digest_hex[:16], title=title, url=link, urls=[link], publisher="Wire 1",
                    feed_url="https://wire.example/rss", published_at=when, fetched_at=when,
                    summary=RATES[:120], text=RATES, has_content=True, content_hash=digest_hex,
                    symbols=["IWM"], themes=["rates"])


def test_relative_place_reads_least_against_and_the_rest() -> None:
    assert relative_place(with_peers(0.30, 1.10)) == "least"
    assert relative_place(with_peers(-0.40, -1.50)) == "least"
    assert relative_place(with_peers(0.70, -1.40)) == "against"
    assert relative_place(with_peers(1.50, 1.10)) is None  # it led
    assert relative_place(with_peers(0.02, 1.10)) is None  # it stood still: no driver claimed
    # the bench reads the same day the same way
    assert relative_place(with_peers(-3.91, -3.96)) is None  # 0.05 pp: it fell with the market
    for own, peers in ((0.30, 1.10), (0.70, -1.40), (1.50, 1.10), (-3.91, -3.96)):
        assert relative_day(with_peers(own, peers)) == relative_place(with_peers(own, peers))


def test_a_driver_lead_on_a_day_the_instrument_gained_least_says_so() -> None:
    rates = rates_story()
    led = brief_for(with_peers(1.60, 1.10), [rates])
    trailed = brief_for(with_peers(0.30, 1.10), [rates])
    lead_led = driver_lead(led, (1, rates, digest(rates, led.snapshot)))
    lead_trailed = driver_lead(trailed, (1, rates, digest(rates, trailed.snapshot)))
    assert lead_led is not None and lead_led.startswith(
        tuple(head.format(name="small caps") for head, _ in DRIVER_LEADS[("down", "up")]))
    assert lead_trailed is not None and lead_trailed.startswith(
        tuple(head.format(Name="Small caps", others="the big indexes")
              for head, _ in DRIVER_LEADS_LEAST[("down", "up")]))
    assert "lifted small caps" not in lead_trailed and "more than small caps" not in lead_trailed
    # the headline still names the yields: the driver is the market's, told with this one's place
    assert driver_yields(trailed, 1) == "down"
    # against every peer: the yield move carried this one the other way, and the lead says so
    against = brief_for(with_peers(0.60, -1.10), [rates])
    lead_against = driver_lead(against, (1, rates, digest(rates, against.snapshot)))
    assert lead_against is not None and lead_against.startswith(
        tuple(head.format(name="small caps") for head, _ in DRIVER_LEADS_AGAINST[("down", "up")]))


def test_the_article_says_the_laggard_once_and_verifies() -> None:
    rates = rates_story()
    brief = brief_for(with_peers(None, 2.50), [rates])  # its bars' 1.41% against peers' 2.50%
    article = TemplateWriter().write(brief)
    text = " ".join(article.analysis)
    assert article.analysis[0].startswith(tuple(head.format(Name="Small caps", others="the big indexes")
                                                for head, _ in DRIVER_LEADS_LEAST[("down", "up")]))
    assert "did less here than elsewhere" not in text  # the lead said it; the reading gives the reason
    reading = bank.RATES_LAGGARD_TOLD[("down", "up")].format(why=bank.RATES_WHY[("down", "small-caps")],
                                                            mid="small caps")
    assert reading in text
    findings = verify_article(article, brief.snapshot, brief.scores, {rates.item_id: rates}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []


ANAPHOR = ("That ", "This ", "It ", "These ", "Those ")


def test_the_laggard_reading_names_its_subject_wherever_the_paragraph_puts_it() -> None:
    """The rates reading after a lead that said the instrument moved least is read last in the news
    paragraph (beat_places), after whatever story came before it (the calendar line in the demo): it
    names the instrument and opens on no pronoun, so it never reads as a comment on that story."""
    for (yields, _own), line in bank.RATES_LAGGARD_TOLD.items():
        text = line.format(why=bank.RATES_WHY[(yields, "small-caps")], mid="small caps")
        assert not text.startswith(ANAPHOR) and "small caps" in text, text
    rates = rates_story()
    article = TemplateWriter().write(brief_for(with_peers(None, 2.50), [rates]))
    news = article.analysis[1]
    first = news.split(". ")[0]
    assert not first.startswith(ANAPHOR), news


def test_a_least_lead_has_the_instrument_as_its_subject() -> None:
    """'Small caps lagged as a bond rally lifted the big indexes', not 'A bond rally lifted every peer
    more than small caps': every least frame, driver or event, opens on the instrument."""
    for frames in DRIVER_LEADS_LEAST.values():
        assert all(head.startswith("{Name} ") for head, _ in frames)
    wrap = rates_story()
    for own, peers in ((0.30, 1.10), (-0.40, -1.50)):
        for seed in (2, 3, 5):
            brief = brief_for(with_peers(own, peers, seed=seed), [])
            lead = event_lead(brief, SessionEvent("jobs", wrap, None))
            assert lead.startswith("Small caps "), lead
            assert " The " not in lead, lead  # the event noun mid-sentence is lower-cased


def test_an_event_lead_says_where_this_instrument_stood() -> None:
    wrap = rates_story()
    event = SessionEvent("jobs", wrap, "down")
    plain = event_lead(brief_for(with_peers(-2.50, -1.40), []), event)
    least = event_lead(brief_for(with_peers(-0.60, -1.40), []), event)
    against = event_lead(brief_for(with_peers(0.70, -1.40), []), event)
    assert "small caps" not in plain.lower()  # it fell most: the event's day is its day
    assert "small caps" in least.lower() and any(w in least for w in ("least", "held up best"))
    words = ("but not", "except", "other way", "rose through")
    assert "small caps" in against.lower() and any(w in against.lower() for w in words)
    assert least[0].isupper() and against[0].isupper()


def item(n: int, title: str, text: str, hour: int) -> NewsItem:
    when = datetime(2026, 11, 20, hour, n, tzinfo=UTC)
    digest_hex = hashlib.sha256(f"{n}{title}".encode()).hexdigest()
    link = f"https://wire.example/2026/11/20/story-{n}"
    return NewsItem(item_id=digest_hex[:16], title=title, url=link, urls=[link], publisher=f"Wire {n}",
                    feed_url="https://wire.example/rss", published_at=when, fetched_at=when,
                    summary=text[:120], text=text, has_content=True, content_hash=digest_hex,
                    symbols=["IWM"], themes=["jobs"])


OWN_TEXT = ("Small caps fell hard on Friday, handing back most of what they gained this month. Smaller "
            "companies depend on the home economy, so a cooling labor market hits their sales before "
            "anything else. Traders said the selling came from funds that had bought the group late in the "
            "month and were now heading for the exits before the weekend.")
RELEASE_TEXT = ("Employers added far fewer workers than forecast last month, and the unemployment rate rose "
                "to its highest level in nearly three years, the Labor Department said on Friday morning. "
                "Economists had expected a steadier report after months of solid gains in payrolls, and the "
                "revisions to the two months before took away more of them.")
PREVIEW_TEXT = ("Next week brings a survey of service businesses on Monday and weekly jobless claims on "
                "Thursday, which traders will read for any sign that layoffs are spreading beyond the few "
                "industries that have cut staff so far this year, according to the desk's calendar.")


def test_the_instruments_own_story_names_the_event_the_day_reported() -> None:
    own_story = item(1, "Small caps hand back the month's gains", OWN_TEXT, hour=21)
    release = item(2, "Hiring cools and unemployment ticks up", RELEASE_TEXT, hour=13)
    preview = item(3, "Week ahead: services and jobless claims", PREVIEW_TEXT, hour=23)
    snap = with_peers(None, 0.50, seed=2)  # its bars: down 2.02%
    own = own_names("IWM", "Small caps")
    event = own_story_event([own_story, release], snap, own)
    assert event is not None and event.kind == "jobs" and event.wrap is own_story
    assert event.direction == "down"
    # never invented: without the day's report of the event, or with only a later preview of it
    assert own_story_event([own_story], snap, own) is None
    assert own_story_event([own_story, preview], snap, own) is None
    # a story whose title does not name the instrument does not speak for it
    other = item(4, "Retailers brace for a quieter holiday season", OWN_TEXT, hour=21)
    assert own_story_event([other, release], snap, own) is None
    # the headline and the opening lead with it (the market wraps named none)
    brief = brief_for(snap, [own_story, release])
    article = TemplateWriter().write(brief)
    assert any(tail in article.headline for tail in EVENT_TAILS["jobs"]), article.headline
    assert any(noun.lower() in article.analysis[0].lower() for noun in EVENT_NOUNS["jobs"])


STEADY_WRAP = ("Stocks split on Friday as a hot reading on consumer prices sent traders out of "
               "rate-sensitive shares and into the largest companies. The equal-weight index lagged its "
               "cap-weighted parent, "
               "and utilities had their worst day in a month as bond yields climbed. Strategists said the "
               "report pushed the first rate cut further out, and futures traders trimmed their bets on a "
               "move before the summer, leaving the dollar firmer against most major currencies.")


def test_an_instrument_that_stood_still_through_the_event_sat_it_out() -> None:
    """A 0.10% day while its peers fell 1.40% on the CPI report: the headline and the lead name the
    report and say the instrument sat it out (angle_text.steady_event), never that the report moved
    it ('... Edges Higher on the CPI Report'); a peer that stood still too is no event day for it."""
    wrap = item(1, "Stocks split as hot inflation data jolt rate bets", STEADY_WRAP, hour=21)
    article = TemplateWriter().write(brief_for(with_peers(0.10, -1.40, seed=4), [wrap]))
    lead = article.analysis[0].split(". ")[0]
    assert any(w in article.headline for w in ("Inflation", "CPI", "Consumer-Price")), article.headline
    assert not re.search(r"\bon the (?:CPI|Inflation|Consumer-Price) Report", article.headline)
    assert any(w in article.headline for w in ("Barely", "Steady", "Still", "Tight")), article.headline
    assert re.search(r"inflation|consumer-price", lead, re.IGNORECASE), lead
    assert re.search(r"hardly moved|sat out|barely budged|far more than it moved", lead), lead
    calm = TemplateWriter().write(brief_for(with_peers(0.10, 0.05, seed=4), [wrap]))
    assert "Record" in TemplateWriter().write(brief_for(with_peers(0.10, -1.40), [wrap])).headline  # seed 3:
    # its bars close at a record, its own story on a flat day
    assert not any(w in calm.headline for w in ("Inflation", "CPI", "Consumer-Price")), calm.headline


def test_the_lead_tells_the_place_in_other_words_than_the_dek() -> None:
    """The dek's event sentence already says where the instrument stood; the lead's placed or steady
    frame is the one of its bank that shares the fewest content words with it (phrases.vary_apart),
    not the same words again ('moved the market but hardly small caps' over 'the market; small caps
    hardly moved')."""
    wrap = rates_story()
    event = SessionEvent("inflation", wrap, "down")
    cases = ((0.02, -1.40, steady_lead), (-0.60, -1.40, event_lead), (0.70, -1.40, event_lead))
    for own, peers, lead_of in cases:
        brief = brief_for(with_peers(own, peers), [])
        alone = lead_of(brief, event)
        dek = alone.rstrip(".") + " on the day."  # a dek in the words the lead would take alone
        under = lead_of(brief, event, dek)
        assert under != alone
        assert len(content_stems(dek) & content_stems(under)) < len(content_stems(dek) & content_stems(alone))


def test_vary_apart_takes_the_option_in_other_words() -> None:
    options = ["The market moved; small caps hardly moved.", "Small caps sat out the swing."]
    brief = brief_for(with_peers(0.10, -1.40, seed=4), [])
    assert vary_apart(options, brief, "x", "A report moved the market but hardly small caps.") == options[1]
    assert vary_apart(options, brief, "x", "") == vary(options, brief, "x")
