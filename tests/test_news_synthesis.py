"""News synthesis: which stories an article cites (stories.select_stories) and how the
template's news paragraph reads them (writers/news_paragraph.py)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime

from market_factories import SESSION, settings, snapshot_for

from pipeline.angles import AngleKind, rank_angles
from pipeline.contracts import MacroGauge, NewsItem, RelatedRole, Severity, Snapshot
from pipeline.facts import build_fact_sheet
from pipeline.llm.prompts import PromptSet
from pipeline.scoring import score_snapshot
from pipeline.stories import (
    digest,
    key_claim,
    own_clause,
    own_names,
    readable,
    select_stories,
    session_event,
    session_figures,
    tape_pattern,
    vix_adds,
)
from pipeline.verify import verify_article
from pipeline.verify.inputs import instrument_infos
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers import news_phrases as bank
from pipeline.writers.angle_text import CONTENT_TAILS, DRIVER_FRAMES, EVENT_TAILS, agree
from pipeline.writers.llm_prompt import article_values
from pipeline.writers.news_paragraph import (
    OWN_CAUSES,
    news_paragraph,
    openers_apart,
    speaks_for,
    story_event_name,
    story_roles,
)
from pipeline.writers.news_told import DRIVER_LEADS_AGAINST, driver_first, driver_lead
from pipeline.writers.paragraphs import momentum_paragraph

CFG = settings()
IWM = CFG.instrument("IWM")
NAMES = [n for inst in CFG.instruments for n in (inst.name, *inst.aliases)]
WRAP_UP = ("Small caps climbed on Friday as traders bought rate-sensitive shares after a drop in "
           "Treasury yields. The Russell 2000 finished higher with banks and homebuilders leading, "
           "and the iShares Russell 2000 ETF had its busiest session of the month. Analysts said "
           "the advance had more to do with borrowing costs than with earnings, and that a weaker "
           "dollar helped domestic companies.")
RATES = ("Treasury yields fell on Friday as traders added to bets on a December rate cut. Lower "
         "borrowing costs tend to help rate-sensitive corners of the stock market, and bond desks "
         "reported heavy buying of two-year notes through the afternoon as the curve steepened "
         "again, the third straight session of steepening.")
VIX_TEXT = ("The volatility index slipped on Friday as the rebound calmed nerves across trading desks. "
            "Options desks reported lighter demand for short-dated index puts, and the gauge now sits "
            "well below its spring peak, with readings roughly in line with the long-term average "
            "that strategists watch.")


def story(n: int, title: str, text: str, *, day: int = 20, hour: int = 20, symbols=("IWM",),
          themes=(), url: str | None = None, content: bool = True) -> NewsItem:
    when = datetime(2026, 11, day, hour, n, tzinfo=UTC)
    digest_hex = hashlib.sha256(f"{n}{title}".encode()).hexdigest()
    link = url or f"https://wire.example/2026/11/{day}/story-{n}"
    return NewsItem(item_id=digest_hex[:16], title=title, url=link, urls=[link], publisher=f"Wire {n}",
                    feed_url="https://wire.example/rss", published_at=when, fetched_at=when,
                    summary=text[:120], text=text if content else "", has_content=content,
                    content_hash=digest_hex, symbols=list(symbols), themes=list(themes))


def up_day(yield_change: float = -0.07, vix_pct: float = -9.0, seed: int = 3) -> Snapshot:
    """The synthetic IWM snapshot (seed 3: up 1.41%; seed 2: down 2.02%) with a 10-year yield
    and a VIX move."""
    snap = snapshot_for("IWM", seed=seed)
    own = snap.returns.change_1d_pct
    related = [m.model_copy(update={"change_1d_pct": vix_pct, "divergence_pp": own - vix_pct})
               if m.kind == "volatility" else m for m in snap.related]
    gauge = MacroGauge(key="ten_year_yield", symbol="^TNX", name="10-year Treasury yield", unit="percent",
                       session=SESSION, value=4.06, change_1d=yield_change)
    return snap.model_copy(update={"related": related, "macro": [gauge]})


def test_pages_without_content_are_never_sources() -> None:
    video = story(1, "Video: Floor traders on the Russell 2000's tight range", WRAP_UP)
    empty = story(2, "Small caps rally", "", content=False)
    stub = story(3, "Small caps rally", "Small caps rallied on Friday.")
    gallery = story(4, "Small caps in pictures", WRAP_UP, url="https://wire.example/gallery/small-caps")
    good = story(5, "Small caps climb as yields drop", WRAP_UP)
    assert [readable(i) for i in (video, empty, stub, gallery, good)] == [False] * 4 + [True]
    assert select_stories([video, empty, stub, gallery, good], IWM, up_day(), 5) == [good]


def test_older_stories_are_left_out_when_the_session_day_has_coverage() -> None:
    older = story(1, "Small caps: IWM stuck in a range for five weeks", WRAP_UP, day=18)
    same_day = story(2, "Small caps climb as yields drop", WRAP_UP)
    assert select_stories([older, same_day], IWM, up_day(), 5) == [same_day]
    # with no coverage of the session day, the older story is the backdrop
    assert select_stories([older], IWM, up_day(), 5) == [older]


def test_the_session_day_is_the_exchange_day() -> None:
    """23:30 UTC on the 19th is 18:30 in New York on the 19th: not the session day (the 20th)."""
    evening_before = story(1, "Small caps climb as yields drop", WRAP_UP, day=19, hour=23)
    same_day = story(2, "Small caps rally as yields drop", WRAP_UP, day=20, hour=14)
    snap = up_day()
    assert not digest(evening_before, snap).same_day and digest(same_day, snap).same_day
    assert select_stories([evening_before, same_day], IWM, snap, 5) == [same_day]


def test_the_macro_story_that_explains_the_day_beats_a_fourth_market_wrap() -> None:
    wraps = [story(n, f"Small caps climb as buyers return, part {n}", WRAP_UP) for n in range(1, 5)]
    rates = story(9, "Yields slide as rate-cut odds firm", RATES, symbols=(), themes=("rates",))
    vix = story(10, "VIX eases as the rebound calms nerves", VIX_TEXT, symbols=("^VIX",))
    snap = up_day(vix_pct=-16.0)  # a VIX move that is news for every instrument (stories.vix_adds)
    chosen = select_stories([*wraps, rates, vix], IWM, snap, 4)
    assert rates in chosen and vix in chosen
    assert sum(item in wraps for item in chosen) == 2  # at most two stories of one theme
    themes = [digest(item, snap).theme for item in chosen]
    assert themes == ["tape", "tape", "rates", "volatility"]  # the tape first, then the macro


def test_a_routine_vix_day_is_no_story_for_an_instrument_the_vix_does_not_measure() -> None:
    """A VIX down 9% on an up day is the line every article of the session would print: IWM's
    selection leaves the VIX story out (and its momentum paragraph the VIX line); an instrument whose
    index is the S&P 500 keeps it (the VIX is its own gauge), and so does IWM on a 16% VIX move."""
    vix = story(10, "VIX eases as the rebound calms nerves", VIX_TEXT, symbols=("^VIX",))
    wrap = story(1, "Small caps climb as yields drop", WRAP_UP)
    routine = up_day()
    assert not vix_adds(routine) and select_stories([wrap, vix], IWM, routine, 5) == [wrap]
    assert "VIX" not in (momentum_paragraph(brief_for(routine, []), build_fact_sheet(
        routine, score_snapshot(routine))) or "")
    assert vix in select_stories([wrap, vix], IWM, up_day(vix_pct=-16.0), 5)
    index = next(m for m in routine.related if m.role == RelatedRole.INDEX)
    on_sp500 = routine.model_copy(update={"related": [
        m.model_copy(update={"symbol": "^GSPC"}) if m is index else m for m in routine.related]})
    assert vix_adds(on_sp500)


def test_the_gauge_s_underlying_comes_from_configuration() -> None:
    """The VIX is the S&P 500's own gauge because the configuration says so (its instrument's
    `underlying`, carried on the related move); a desk whose gauge is computed from another index
    (a Russell 2000 volatility index) gets that index's instrument instead."""
    routine = up_day()  # IWM, index ^RUT; the VIX down 9% on an up day: routine for small caps
    vix = next(m for m in routine.related if m.kind == "volatility")
    assert vix.underlying == "^GSPC"  # from pipeline/defaults/newsdesk.toml
    assert not vix_adds(routine)
    on_rut = routine.model_copy(update={"related": [
        m.model_copy(update={"underlying": "^RUT"}) if m is vix else m for m in routine.related]})
    assert vix_adds(on_rut)
    unnamed = routine.model_copy(update={"related": [
        m.model_copy(update={"underlying": None}) if m is vix else m for m in routine.related]})
    assert not vix_adds(unnamed)


def test_a_story_that_agrees_with_the_tape_is_preferred() -> None:
    wrong = story(1, "Small caps slide as buyers step away", WRAP_UP)
    right = story(2, "Small caps climb as buyers return", WRAP_UP)
    snap = up_day()
    assert digest(right, snap).agrees is True and digest(wrong, snap).agrees is False
    assert select_stories([wrong, right], IWM, snap, 1) == [right]
    assert select_stories([wrong, right], IWM, up_day(seed=2), 1) == [wrong]  # a down day


def test_key_claim_is_a_verbatim_clause_preferring_one_without_figures() -> None:
    item = story(1, "Stocks rise", "U.S. stocks closed higher on Friday, with the S&P 500 up 1.1% to "
                 "6,901.69. Megacap technology shares roared back as chipmakers rallied after three "
                 "down sessions for the group.")
    claim = key_claim(item, "tape")
    assert claim in item.text
    assert claim == "Megacap technology shares roared back as chipmakers rallied after three down " \
                    "sessions for the group"


def test_key_claim_passes_over_a_clause_repeating_the_articles_own_figures() -> None:
    """A wrap whose lede only restates the session's closes and changes (figures the article's lead
    and peer table print themselves) is quoted for what it adds: who did the lifting, even a few
    sentences down, when that sentence names the market."""
    snap = up_day()
    echo = (f"U.S. stocks closed higher on Friday: small caps climbed {snap.returns.change_1d_pct:.1f}% "
            f"to {snap.close:,.2f}.")
    item = story(1, "Stocks rise", f"{echo} Traders said the session was orderly. Bond desks were busy. "
                 "Earnings season is nearly over. Bank shares did most of the lifting, with regional "
                 "lenders among the best performers.")
    claim = key_claim(item, "tape", tape_pattern(snap), session_figures(snap))
    assert claim == "Bank shares did most of the lifting, with regional lenders among the best performers"
    assert key_claim(item, "tape", tape_pattern(snap)) == echo.rstrip(".")  # without the known figures
    assert digest(item, snap).claim == claim


def brief_for(snapshot: Snapshot, news: list[NewsItem]) -> Brief:
    scores = score_snapshot(snapshot, news)
    return Brief(snapshot=snapshot, scores=scores, news=news, short_name=IWM.display_name,
                 index_name="Russell 2000 Index",
                 related_names={i.symbol: i.short_name or i.name for i in CFG.instruments},
                 tags=IWM.tags, desk="Desk", byline="Writer", ai_label="AI label")


def _news_paragraph(article) -> str:  # noqa: ANN001
    """The paragraph after the opening that cites (the opening cites the day's driver, if any)."""
    return next(p for p in article.analysis[1:] if re.search(r"\[\d+\]", p))


def test_news_paragraph_states_each_claim_and_ties_it_to_the_tape() -> None:
    snap = up_day(vix_pct=-16.0)  # a VIX move that is news for small caps too (stories.vix_adds)
    items = [story(1, "Small caps climb as yields drop", WRAP_UP),
             story(2, "Yields slide as rate-cut odds firm", RATES, symbols=("IWM",), themes=("rates",)),
             story(3, "VIX eases as the rebound calms nerves", VIX_TEXT, symbols=("IWM", "^VIX"))]
    news = select_stories(items, IWM, snap, 5)
    brief = brief_for(snap, news)
    article = TemplateWriter().write(brief)
    paragraph = _news_paragraph(article)
    sentences = paragraph.split(". ")
    assert story_roles(brief, [digest(i, snap) for i in news]) == ["market", "driver", "gauge"]
    wrap, vix = ([s for s in sentences if f"[{n}]" in s][0] for n in (2, 3))
    assert digest(news[0], snap).claim[1:] in wrap  # the market's day: its claim quoted
    # the driver opens the article: the yield move in the article's words, the story's cause quoted;
    # the news paragraph keeps its reading and neither names nor quotes the driver again; cited first,
    # the driver is source [1] (sources are numbered in reading order), the market's day [2]
    opening = article.analysis[0].split(". ")[0]
    own_words = tuple(f"{w.format(pub='Wire 2')} [1]" for w in OWN_CAUSES[0][1])  # own_cause
    assert opening.endswith(own_words)
    # the synthetic small caps rose while every peer fell: the opening says it went against them
    assert opening.startswith(tuple(head.format(name="small caps", Name="Small caps")
                                    for head, _ in DRIVER_LEADS_AGAINST[("down", "up")]))
    assert "[1]" not in paragraph
    assert [s.title for s in article.sources] == [news[n].title for n in (1, 0, 2)]
    assert any(f"{base.format(name='small caps')}: {bank.RATES_WHY[('down', 'small-caps')]}"
               in paragraph  # IWM: small caps
               for base in bank.RATES_BASE[("down", "up")])
    # the VIX story the data backs: the VIX line itself, cited
    assert any(vix.rstrip(".") == f"{line[:-1]} [3]" for line in bank.VIX[("down", "up")])
    # the wrap is about small caps: it opens the paragraph, with no generic opener before it
    assert paragraph.startswith(tuple(f.format(pub="Wire 1", name="small caps", q="", n=2)[:12]
                                      for f in bank.TAPE_OWN_LEAD)), paragraph
    assert not any(o.format(day="Friday") in paragraph for o in bank.OPENERS)
    assert "said that" not in paragraph and "noted that" not in paragraph
    for item in news:
        assert f"{item.publisher} ran" not in paragraph and item.title not in paragraph
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []


def test_news_paragraph_reads_a_down_day_with_rising_yields_as_one_story() -> None:
    snap = up_day(yield_change=0.09, vix_pct=30.0, seed=2)
    rates = story(1, "Treasury yields climb as inflation worries return",
                  RATES.replace("fell", "rose").replace("rate cut", "rate hike"), themes=("rates",))
    vix = story(2, "VIX jumps as selling spreads", VIX_TEXT.replace("slipped", "jumped"),
                symbols=("IWM", "^VIX"))
    brief = brief_for(snap, select_stories([rates, vix], IWM, snap, 5))
    paragraph = _news_paragraph(TemplateWriter().write(brief))
    # the benchmark rose 2.44% while the peers fell: a split market, whose reading (RATES_SPLIT) says the
    # bond selloff sorted its sides; either way the yield move and the loss are read as one story
    why = bank.RATES_WHY[("up", "small-caps")]
    assert any(f"{base.format(name='small caps')}: {why}." in paragraph
               for base in bank.RATES_BASE[("up", "down")]) or \
        any(split.format(mid="small caps", why=why) in paragraph
            for split in bank.RATES_SPLIT[("up", "down")])
    assert any(f"{line[:-1]} [2]." in paragraph for line in bank.VIX[("up", "down")])  # cited: it agrees


def test_peers_in_the_snapshot_decide_with_or_against_the_market() -> None:
    snap = up_day()
    peers = [m.model_copy(update={"change_1d_pct": -1.0}) if m.role in (RelatedRole.PEER,
                                                                          RelatedRole.BENCHMARK) else m
             for m in snap.related]
    against = snap.model_copy(update={"related": peers})
    brief = brief_for(against, [story(1, "Small caps climb as yields drop", WRAP_UP)])
    paragraph = _news_paragraph(TemplateWriter().write(brief))
    assert any(line.format(name="Small caps", its="their") in paragraph for line in bank.AGAINST)


def test_a_story_the_data_contradicts_is_answered_and_stale_coverage_is_named() -> None:
    snap = up_day()
    wrong = story(1, "Small caps slide as buyers step away", WRAP_UP)
    brief = brief_for(snap, [wrong])
    article = TemplateWriter().write(brief)
    findings = verify_article(article, snap, brief.scores, {wrong.item_id: wrong}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    paragraph = _news_paragraph(article)
    assert paragraph.startswith(tuple(o.format(day="Friday") for o in bank.OPENER_MIXED))
    assert "The data says otherwise: small caps ended higher on the session." in paragraph
    older = story(2, "Small caps climb as yields drop", WRAP_UP, day=17)
    paragraph = _news_paragraph(TemplateWriter().write(brief_for(snap, [older])))
    assert paragraph.startswith(tuple(o.format(day="Friday") for o in bank.OPENER_STALE))
    links = (*bank.AGAINST, *bank.STILL)
    assert not any(link.format(name="Small caps") in paragraph
                   for link in links)  # no line from last week's story to today's tape


def test_the_model_writer_gets_the_same_stories_and_claims() -> None:
    snap = up_day()
    items = [story(1, "Small caps climb as yields drop", WRAP_UP),
             story(2, "Yields slide as rate-cut odds firm", RATES, themes=("rates",))]
    news = select_stories(items, IWM, snap, 5)
    brief = brief_for(snap, news).model_copy(update={"stories": [digest(i, snap, IWM.aliases)
                                                                  for i in news]})
    article = TemplateWriter().write(brief)
    # the model is given the stories numbered as the template's article lists them: the driver,
    # which opens the analysis, first (news_told.driver_first)
    model_brief = driver_first(brief, len(news))
    values = article_values(model_brief, build_fact_sheet(snap, brief.scores), len(news), 1200)
    assert [n["title"] for n in values["news"]] == [s.title for s in article.sources]
    assert values["news"][0]["role"] == "driver"
    by_id = {s.item_id: s for s in brief.stories}
    for entry, item in zip(values["news"], model_brief.news, strict=True):
        story_ = by_id[item.item_id]
        assert entry["claim"] == story_.claim and entry["theme"] == story_.theme
        assert entry["same_day"] is True and entry["agrees"].startswith("data agrees")
    prompt = PromptSet().render("article", **values)
    block = prompt.split("<<<NEWS DATA id=2>>>\n", 1)[1]
    second = by_id[model_brief.news[1].item_id]
    assert block.startswith(f"Claim: {second.claim}\n")  # the claim opens the story's block


def test_key_claim_keeps_abbreviations_inside_a_sentence_and_skips_capital_kickers() -> None:
    """Cases from real pages (tests/../shared/realdata/articles_html): 'Mr. Trump' ended a claim at
    'Mr', and a capitalised kicker ('LOOK WHAT YOU MADE ME DO') was taken for the lede."""
    item = story(1, "Trade talks", "LOOK WHAT YOU MADE ME DO Brace yourself, Swifties, the label "
                 "changed hands again. When advisers suggested that Beijing resume buying farm "
                 "products as part of a trade deal, Mr. Trump was not satisfied with the offer.")
    claim = key_claim(item, "trade")
    assert claim == ("When advisers suggested that Beijing resume buying farm products as part of a "
                     "trade deal, Mr. Trump was not satisfied with the offer")


def test_no_story_frame_is_used_twice_in_one_news_paragraph() -> None:
    """Four stories (the tape, rates, Fed, volatility) in one paragraph, for many sessions and seeds:
    no two cited sentences open on the same words (e.g. "On rates, ..." and "On the Fed, ...")."""
    for seed in range(1, 9):
        snap = up_day(seed=seed, vix_pct=-16.0)  # a VIX move that is news for small caps (vix_adds)
        items = [story(1, "Small caps climb as yields drop", WRAP_UP),
                 story(2, "Yields slide as rate-cut odds firm", RATES, themes=("rates",)),
                 story(3, "Fed decision next week", RATES.replace("Treasury yields", "Fed officials"),
                       themes=("fed",)),
                 story(4, "VIX eases as the rebound calms nerves", VIX_TEXT, symbols=("IWM", "^VIX"),
                       themes=("volatility",))]
        news = select_stories(items, IWM, snap, 5)
        article = TemplateWriter().write(brief_for(snap, news))
        paragraph = _news_paragraph(article)
        cited = [s for s in paragraph.split(". ") if "[" in s]
        openings = [" ".join(s.split()[:2]) for s in cited]
        # when the rates story is the day's driver, the opening cites it and the news paragraph the rest
        told = "[" in article.analysis[0].split(". ")[0]
        assert len(set(openings)) == len(openings) == (3 if told else 4), (openings, paragraph)


def test_the_tape_link_follows_the_story_that_says_which_way_the_market_went() -> None:
    """A first tape story whose quoted clause gives no direction ('going nowhere fast') is not the
    one 'went the other way' answers: the link follows the wrap that says stocks rose. With the
    market, ahead or behind it, no link is written (the lead's peer comparison says it in figures)."""
    snap = up_day()
    still = story(1, "Small caps sit out another rally",
                  "The Russell 2000 is going nowhere fast, boxed in the same band for five weeks while "
                  "portfolio managers wait for the next catalyst to arrive from the Fed or the economy.")
    wrap = story(2, "Stocks close higher on Friday",
                 "U.S. stocks closed higher on Friday as buyers returned to every corner of the market, "
                 "with technology and financial shares leading and trading volume above average.")
    links = [link.format(name="Small caps") for link in (*bank.AGAINST, *bank.STILL)]
    peers = [m.model_copy(update={"change_1d_pct": 1.0})
             if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) else m for m in snap.related]
    along = snap.model_copy(update={"related": peers})
    with_market = _news_paragraph(TemplateWriter().write(brief_for(along, [still, wrap])))
    assert not any(link.rstrip(".") in with_market for link in links), with_market
    assert "[2]" not in with_market  # the wrap says nothing of small caps: not cited
    sentences = _news_paragraph(TemplateWriter().write(brief_for(snap, [still, wrap]))).split(". ")
    at = [n for n, s in enumerate(sentences) if any(link.rstrip(".") in s for link in links)]
    assert len(at) == 1 and "[2]" in sentences[at[0] - 1], sentences


def test_headline_names_the_days_driver_beside_a_volume_lead_and_the_dek_tells_neither() -> None:
    """A rates story that explains the move (the opening's driver) outranks a weak top angle
    (volume) in the headline, the volume beside it; the dek then tells what comes next, neither of
    them again. A record close keeps its own headline."""
    snap = up_day(seed=22)  # up 0.63%, inside no tight range: volume leads once it swells
    snap = snap.model_copy(update={"volume": snap.volume.model_copy(update={"volume_ratio": 2.5})})
    news = select_stories([story(2, "Yields slide as rate-cut odds firm", RATES, symbols=("IWM",),
                                 themes=("rates",))], IWM, snap, 5)
    brief = brief_for(snap, news)
    assert rank_angles(snap, news)[0].kind == AngleKind.VOLUME
    article = TemplateWriter().write(brief)
    frames = [agree(f, True).replace("{Verb}", "Edge Higher") for f in DRIVER_FRAMES[("down", "volume")]]
    assert article.headline in [f.replace("{Name}", "Small Caps").replace("{name}", "Small Caps")
                                for f in frames]
    assert "yield" not in article.dek.lower() and "volume" not in article.dek  # the headline told both
    assert "[1]" in article.analysis[0]  # the same driver opens the analysis
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    record = up_day(seed=3)  # a record close: the record stays the headline
    news = select_stories([story(2, "Yields slide as rate-cut odds firm", RATES, symbols=("IWM",),
                                 themes=("rates",))], IWM, record, 5)
    assert "yield" not in TemplateWriter().write(brief_for(record, news)).headline.lower()


def test_a_big_move_keeps_its_figure_under_the_days_driver_and_under_heavy_volume() -> None:
    """A move of 1.5 ATRs or more is news by its size: a headline on the day's driver (or on the
    volume surge that outranked the move) still carries the move's figure."""
    snap = up_day(seed=4)  # up 2.43%, 1.77 ATRs: volume leads once it swells
    snap = snap.model_copy(update={"volume": snap.volume.model_copy(update={"volume_ratio": 2.5})})
    figure = f"{snap.returns.change_1d_pct:.2f}%"
    news = select_stories([story(2, "Yields slide as rate-cut odds firm", RATES, symbols=("IWM",),
                                 themes=("rates",))], IWM, snap, 5)
    assert rank_angles(snap, news)[0].kind == AngleKind.VOLUME
    brief = brief_for(snap, news)
    article = TemplateWriter().write(brief)
    assert figure in article.headline and "yield" in article.headline.lower(), article.headline
    assert figure not in article.dek and "volume" not in article.dek.lower()  # the dek adds, not repeats
    assert "yield" not in article.dek.lower() and "heavy" not in article.dek.lower(), article.dek
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    quiet = TemplateWriter().write(brief_for(snap, []))  # no news: the volume surge leads, with the figure
    assert figure in quiet.headline and "yield" not in quiet.headline.lower(), quiet.headline
    small = up_day(seed=15)  # up 1.27%, under 1.5 ATRs: the driver's headline needs no figure
    small = small.model_copy(update={"volume": small.volume.model_copy(update={"volume_ratio": 2.5})})
    news = select_stories([story(2, "Yields slide as rate-cut odds firm", RATES, symbols=("IWM",),
                                 themes=("rates",))], IWM, small, 5)
    headline = TemplateWriter().write(brief_for(small, news)).headline
    assert "yield" in headline.lower() and "%" not in headline, headline


NASDAQ_WRAP = ("Megacap technology shares roared back on Friday, lifting the Nasdaq 100 to its best day of "
               "the month. Chipmakers led the advance and software names followed, while traders said "
               "short covering after three down sessions added to the move. Volume was heavy across the "
               "largest platforms, and the group's breadth improved through the afternoon session.")
SMALL_CAP_WRAP = ("Small caps lagged the rally as regional banks gave back early gains in the final hour. "
                  "Traders said the group still needs lower borrowing costs to break out of its range, and "
                  "the Russell 2000 remains boxed in below its autumn high with volume near its average "
                  "for the month and few buyers willing to chase it.")


def test_a_second_wrap_with_nothing_on_this_instrument_is_not_cited() -> None:
    """A citation sits on a sentence that says what its source says: a second wrap is cited only for
    its own clause about this instrument, quoted; a wrap about the Nasdaq is not cited (a brief built
    outside the selection lists it after the cited stories: the sentiment score counts it)."""
    snap = up_day()
    first = story(1, "Small caps climb as yields drop", WRAP_UP)
    nasdaq = story(2, "Stocks close higher as tech rallies", NASDAQ_WRAP)
    article = TemplateWriter().write(brief_for(snap, [first, nasdaq]))
    assert [s.title for s in article.sources] == [first.title, nasdaq.title]
    assert "[2]" not in " ".join(article.analysis)
    own = story(3, "Stocks close higher as tech rallies", SMALL_CAP_WRAP)
    article = TemplateWriter().write(brief_for(snap, [first, own]))
    assert [s.title for s in article.sources] == [first.title, own.title]
    paragraph = _news_paragraph(article)
    clause = "Small caps lagged the rally as regional banks gave back early gains in the final hour"
    assert f"\u201c{clause}\u201d [2]." in paragraph  # its own clause on small caps, quoted


def test_a_story_speaks_for_an_instrument_it_is_about_beyond_the_articles_figures() -> None:
    snap = up_day()
    brief = brief_for(snap, [])
    echo = f"Small caps climbed {snap.returns.change_1d_pct:.1f}% on the day, a broad advance."
    assert not speaks_for(brief, story(1, "Wrap", f"{echo} Banks led."))  # the article's own figure
    assert not speaks_for(brief, story(2, "Wrap", "The Nasdaq 100 outran small caps for a sixth day."))
    assert speaks_for(brief, story(3, "Wrap", SMALL_CAP_WRAP))
    # a clause of its own after one about something else; 'weighting' before the name is no move
    mixed = ("Nearly as many stocks fell as rose, while the weighting of small caps in the benchmark "
             "slipped to a new low for the year.")
    assert speaks_for(brief, story(4, "Wrap", mixed))
    clause = "and small caps trailed the big names by the widest margin in a month"
    assert own_clause(story(5, "Wrap", f"Banks and builders led the gains on Friday, {clause}."), snap,
                      own_names("IWM", "Small caps")) == clause.removeprefix("and ")


CALENDAR_TEXT = ("The Federal Reserve announces its next rate decision on Dec. 9, and the November consumer "
                 "price index follows a day later, on Dec. 10. Here is the list to watch. Markets price a "
                 "quarter-point cut at 55% after a 12 basis point drop in 2-year yields this week, and "
                 "officials publish new projections at 2:00 p.m. with the dot plot of 19 officials.")


def _session_briefs(news: list[NewsItem]) -> list[Brief]:
    """One brief per configured instrument on one session, each up on the day with yields down."""
    out = []
    for inst in (CFG.instrument(symbol) for symbol in ("IWM", "SPY", "QQQ", "DIA")):
        snap = up_day()
        snap = snap.model_copy(update={"symbol": inst.symbol})
        out.append(brief_for(snap, news).model_copy(update={"short_name": inst.display_name}))
    return out


def test_one_article_of_a_session_quotes_the_calendar_and_the_others_give_its_dates() -> None:
    calendar = story(1, "What to watch before the Fed decision", CALENDAR_TEXT, themes=("fed",))
    briefs = _session_briefs([calendar])
    assert story_roles(briefs[0], [digest(calendar, briefs[0].snapshot)]) == ["calendar"]
    paragraphs = [news_paragraph(b, 1) or "" for b in briefs]
    quoting = [p for p in paragraphs if "\u201cthe Federal Reserve announces" in p]
    assert len(quoting) == 1, paragraphs
    for paragraph in paragraphs:
        if paragraph not in quoting:
            # the article's one date style: dates ahead in the session's year without the year
            assert "Dec 9" in paragraph and "Dec 10" in paragraph and "[1]" in paragraph
            assert "2026" not in paragraph
    article = TemplateWriter().write(briefs[0])
    findings = verify_article(article, briefs[0].snapshot, briefs[0].scores, {calendar.item_id: calendar},
                              names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []


STORY_NAMED_TEXT = ("Stocks drifted ahead of a crowded week. The Federal Reserve\u2019s next decision comes "
                    "on December 9, and traders expect a quarter-point cut. Retailers report after the bell.")


def test_a_calendar_date_the_story_names_its_own_way_is_told_by_the_storys_name() -> None:
    """The story calls the FOMC rate decision 'The Federal Reserve's next decision': the configured
    name is not backed by its words, so the articles that give the date in their own words name the
    event as the story does (all four quoted its one line before: each pair shared a quotation)."""
    assert story_event_name(STORY_NAMED_TEXT, date(2026, 12, 9)) == "Federal Reserve's next decision"
    assert story_event_name(STORY_NAMED_TEXT, date(2026, 12, 10)) is None  # another day's event
    assert story_event_name("The November jobs report is due Dec. 6, a week before the Fed.",
                            date(2026, 12, 6)) == "November jobs report"
    calendar = story(1, "What to watch in a crowded week", STORY_NAMED_TEXT, themes=("fed",))
    briefs = _session_briefs([calendar])
    paragraphs = [news_paragraph(b, 1) or "" for b in briefs]
    quoting = [p for p in paragraphs if "\u201c" in p]
    assert len(quoting) == 1, paragraphs
    for paragraph in paragraphs:
        if paragraph not in quoting:
            assert "Federal Reserve's next decision" in paragraph and "Dec 9" in paragraph, paragraph
    for brief in briefs:  # the date as the story names it passes the verifier (the synthetic peers aside)
        article = TemplateWriter().write(brief)
        told = next(s for s in " ".join(article.analysis).split(". ") if "[1]" in s)
        findings = verify_article(article, brief.snapshot, brief.scores, {calendar.item_id: calendar},
                                  names=NAMES)
        assert [f for f in findings if f.severity == Severity.ERROR and f.span and f.span in told] == []


def test_a_sentence_never_opens_on_the_word_the_one_before_opened_on_where_a_wording_allows() -> None:
    said = ["Macro Brief went through the report: \u201cprices fell\u201d [1].",
            "Macro Brief has the Fed on Dec 9 [2]."]
    standby = {said[1]: ["Macro Brief marks the calendar: the Fed on Dec 9 [2].",
                         "The dates to watch, per Macro Brief: the Fed on Dec 9 [2]."]}
    assert openers_apart(said, standby)[1].startswith("The dates to watch")
    assert openers_apart(said, {}) == said  # no other wording: left as it is
    plain = ["The report was soft [1].", "The Fed meets on Dec 9 [2]."]  # articles aside
    assert openers_apart(plain, {plain[1]: ["Next up: the Fed on Dec 9 [2]."]}) == plain


def test_a_sessions_openers_say_a_cause_they_can_word_in_their_own_words_each_differently() -> None:
    rates = story(1, "Yields slide as rate-cut odds firm", RATES, themes=("rates",))
    leads = []
    for brief in _session_briefs([rates]):
        lead = driver_lead(brief, (1, rates, digest(rates, brief.snapshot)))
        assert lead is not None and lead.endswith(" [1].")
        leads.append(lead)
    quoting = [lead for lead in leads if "\u201ctraders added to bets on a December rate cut\u201d" in lead]
    assert quoting == [] and len(set(leads)) == len(leads), leads
    assert all("Wire 1" in lead for lead in leads if lead not in quoting)  # the source named, cited


def test_selection_keeps_out_a_second_wrap_with_nothing_on_this_instrument() -> None:
    """The article's sources, its citations and its sentiment score read the same stories: a second
    wrap of the session day with no sentence of its own on this instrument (speaks_for) is kept out
    of the selection, so it is neither listed uncited nor counted; one that speaks for it stays, and
    so does any wrap when it is the day's first."""
    snap = up_day()
    first = story(1, "Small caps climb as yields drop", WRAP_UP)
    nasdaq = story(2, "Stocks close higher as tech rallies", NASDAQ_WRAP)
    own = story(3, "Stocks close higher as banks fade late", SMALL_CAP_WRAP)
    assert select_stories([first, nasdaq], IWM, snap, 5) == [first]
    assert sorted(s.item_id for s in select_stories([first, own], IWM, snap, 5)) == sorted(
        [first.item_id, own.item_id])
    assert select_stories([nasdaq], IWM, snap, 5) == [nasdaq]  # the day's only wrap


JOBS_WRAP = ("Stocks fell for a second day on Friday as a weak jobs report turned worry about inflation into "
             "worry about growth. Small caps had their second steep drop in a row, and defensive sectors "
             "held up best as traders moved into utilities and consumer staples for the weekend ahead. "
             "Strategists said the report made a larger first rate cut more likely, though few expected "
             "the selling to end before next week's services survey.")


def test_the_days_news_event_is_the_cause_the_market_wrap_gives() -> None:
    """The event a same-day market wrap names after its cause word is the day's news event; a wrap
    whose cause names none (megacap tech), a calendar story and an older wrap give none."""
    snap = snapshot_for("IWM", seed=2)  # down 2.02%
    wrap = story(1, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP)
    found = session_event([wrap], snap)
    assert found is not None and (found.kind, found.direction) == ("jobs", "down")
    fed = story(2, "Small caps tumble after the Fed signals fewer cuts next year", JOBS_WRAP)
    assert session_event([fed], snap).kind == "fed"  # type: ignore[union-attr]
    assert session_event([story(3, "Nasdaq 100 surges as megacap tech powers the rally", JOBS_WRAP)],
                         snap) is None
    assert session_event([story(4, "What to watch before the Fed decision", CALENDAR_TEXT)], snap) is None
    assert session_event([story(5, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP,
                                day=19)], snap) is None


def test_headline_and_opening_lead_with_the_days_news_event() -> None:
    """On a day the wraps give a news cause, the headline tells the move (its figure when big) with
    the event, the analysis opens on it in the article's own words, and the verifier finds no error;
    a session without such a wrap keeps its technical headline."""
    snap = snapshot_for("IWM", seed=2)
    news = [story(1, "Stocks slide as a weak jobs report stokes growth fears", JOBS_WRAP)]
    brief = brief_for(snap, news)
    article = TemplateWriter().write(brief)
    # the wrap says the report was weak: the headline says so (CONTENT_TAILS), not only its name
    assert any(tail in article.headline for tail in CONTENT_TAILS[("jobs", "weak")]), article.headline
    assert re.search(r"jobs|payrolls|hiring", article.analysis[0].split(". ")[0], re.IGNORECASE)
    # verified as the pipeline verifies it: with the configured instruments, so 'small caps' in the
    # cited opening is the instrument (it was only an unknown phrase to a bare verify_article)
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES,
                              instruments=instrument_infos(CFG.instruments))
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    plain = TemplateWriter().write(brief_for(snap, [story(1, "Stocks slide into the weekend", JOBS_WRAP)]))
    assert not any(tail in plain.headline for tails in (*EVENT_TAILS.values(), *CONTENT_TAILS.values())
                   for tail in tails)


def test_an_instrument_with_its_own_story_opens_on_it_and_tells_the_shared_driver_lower() -> None:
    """One session's articles share the day's rates story; an instrument with a same-day story of its
    own (its headline opens on it, the data backs it) opens on that story, and the news paragraph
    tells the driver once, lower. Without such a story the driver leads, as before."""
    snap = up_day()
    own = snap.returns.change_1d_pct
    peers_up = [m.model_copy(update={"change_1d_pct": abs(m.change_1d_pct) + 0.5,
                                     "divergence_pp": own - abs(m.change_1d_pct) - 0.5})
                if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) else m for m in snap.related]
    snap = snap.model_copy(update={"related": peers_up})  # every peer up too: no day against them
    items = [story(1, "Small caps climb as yields drop", WRAP_UP),
             story(2, "Yields slide as rate-cut odds firm", RATES, themes=("rates",))]
    news = select_stories(items, IWM, snap, 5)
    brief = brief_for(snap, news)
    article = TemplateWriter().write(brief)
    opening = article.analysis[0].split(". ")[0]
    assert "Wire 1" in opening and opening.endswith("[1]"), opening
    assert "Wire 2" not in article.analysis[0]
    paragraph = _news_paragraph(article)
    assert "[1]" not in paragraph and paragraph.count("[2]") == 1, paragraph
    findings = verify_article(article, snap, brief.scores, {n.item_id: n for n in news}, names=NAMES)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    driver_only = TemplateWriter().write(brief_for(snap, [n for n in news if n.publisher == "Wire 2"]))
    assert "Wire 2" in driver_only.analysis[0].split(". ")[0]
