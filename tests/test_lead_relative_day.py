"""The lead tells THIS instrument's day: a lead crediting the market's driver (a bond rally, the jobs
report) says so when the instrument moved least of every peer, or against them all
(stories.relative_place; news_told.DRIVER_LEADS_LEAST; angle_text.event_lead)."""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from market_factories import SESSION, settings, snapshot_for

from pipeline.contracts import MacroGauge, NewsItem, RelatedRole, Severity, Snapshot
from pipeline.scoring import score_snapshot
from pipeline.stories import SessionEvent, digest, relative_place
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers import news_phrases as bank
from pipeline.writers.angle_text import event_lead
from pipeline.writers.news_told import (
    DRIVER_LEADS,
    DRIVER_LEADS_AGAINST,
    DRIVER_LEADS_LEAST,
    driver_lead,
    driver_yields,
)

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
    for own, peers in ((0.30, 1.10), (0.70, -1.40), (1.50, 1.10)):
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
        tuple(head.format(name="small caps") for head, _ in DRIVER_LEADS_LEAST[("down", "up")]))
    assert "lifted small caps" not in lead_trailed
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
    assert article.analysis[0].startswith(tuple(head.format(name="small caps", Name="Small caps")
                                                for head, _ in DRIVER_LEADS_LEAST[("down", "up")]))
    assert "did less here than elsewhere" not in text  # the lead said it; the reading gives the reason
    assert bank.RATES_LAGGARD_TOLD[("down", "up")].format(why=bank.RATES_WHY[("down", "small-caps")]) in text
    findings = verify_article(article, brief.snapshot, brief.scores, {rates.item_id: rates}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []


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
