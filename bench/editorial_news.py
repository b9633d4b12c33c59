"""News days (editorial_cases.news_day_cases): is the day's news driver the biggest event, and do the
headline, the dek and the analysis's first sentence name it?

Per article, the biggest event is the day's news driver (the release, decision or sector story of the
day's day.json) when the news moved this instrument: a day move of at least DRIVER_ATR of its own
average true range, or a gap to a peer or the benchmark of at least that (the driver split it from
the market, as a rotation does). Otherwise it is the biggest technical event measured from the bars
(editorial_events), as on the real sessions. The driver is named by the day's words (its `driver`
regex: 'inflation', 'jobs', 'Fed', 'chipmakers').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editorial_cases import Case, NewsDay, packaged_settings
from editorial_events import mean_true_range
from editorial_metrics import event_rows, headline_misses, share
from editorial_text import sentences

from pipeline.contracts import RelatedRole

DRIVER_ATR = 1.0


def day_of(case: Case, days: Sequence[NewsDay]) -> NewsDay:
    return next(d for d in days if d.session == case.snapshot.session)


def driver_biggest(case: Case) -> bool:
    """The news moved this instrument: its day move, or its gap to a peer, is DRIVER_ATR or more."""
    bars = case.bars.bars if case.bars is not None else []
    if len(bars) < 16:
        return False
    atr_pct = mean_true_range(bars[:-1]) / bars[-2].close * 100
    own = case.snapshot.returns.change_1d_pct
    peers = [m.change_1d_pct for m in case.snapshot.related
             if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    gap = max((abs(own - p) for p in peers), default=0.0)
    return max(abs(own), gap) >= DRIVER_ATR * atr_pct


def names(pattern: str, text: str) -> bool:
    """`text` names the driver (its words in any case: headlines are title-cased)."""
    return re.search(pattern, text, re.IGNORECASE) is not None


def first_sentence(case: Case) -> str:
    return next(iter(sentences(case.article.analysis[0])), "") if case.article.analysis else ""


def news_figures(cases: Sequence[Case], days: Sequence[NewsDay]) -> dict[str, float | None]:
    """The driver figures of the news days (measure() gives the rest: citations, quotes, errors);
    news_leads_uncited counts the event-led articles (event_days) whose first sentence cites no story
    (news day 2025-01-27: 'Chip stocks set the day's course.' named the sector, not what hit it)."""
    driven = [c for c in cases if driver_biggest(c)]
    led = event_days(cases, days)
    technical = [c for c in cases if not driver_biggest(c)]
    return {
        "news_driver_biggest": float(len(driven)),
        "headline_names_news_driver_share": share(
            sum(names(day_of(c, days).driver, c.article.headline) for c in driven), len(driven)),
        "opening_names_news_driver_share": share(
            sum(names(day_of(c, days).driver, first_sentence(c)) for c in driven), len(driven)),
        "dek_names_event_share": share(sum(names(day_of(c, days).driver, c.article.dek) for c in led),
                                       len(led)),
        "technical_headline_match": share(len(technical) - sum(headline_misses(c) for c in technical),
                                          len(technical)),
        **content_figures(cases, days),
        "rotation_openings_one_sided": float(sum(one_sided(c) for c in cases)),
        "rare_streaks_unheadlined": float(sum(rare_streak_unheadlined(c) for c in cases)),
        "milestones_unheadlined": float(sum(milestone_unheadlined(c) for c in cases)),
        "news_leads_uncited": float(sum(_CITED.search(first_sentence(c)) is None for c in led)),
    }


MARKS = {"correction": 10.0, "bear market": 20.0}


def crossed_mark(closes: Sequence[float]) -> str | None:
    """The drawdown mark (MARKS: the % under the highest close so far) the last close crossed either
    way, the deeper one first; None when it crossed none or set the high."""
    if len(closes) < 2 or closes[-1] >= max(closes[:-1]):
        return None
    top = max(closes[:-1])
    today, before = (1 - closes[-1] / top) * 100, (1 - closes[-2] / top) * 100
    for name, mark in sorted(MARKS.items(), key=lambda kv: -kv[1]):
        if min(today, before) < mark <= max(today, before):
            return name
    return None


def milestone_unheadlined(case: Case) -> bool:
    """The session's close crossed a drawdown mark under the record close (into or out of a correction
    or a bear market) and the headline does not say so (news day 2024-08-02: the Nasdaq 100 closed in
    a correction under 'The Nasdaq 100 Drops 2.37% as Hiring Slows')."""
    closes = [b.close for b in case.bars.bars] if case.bars is not None else []
    mark = crossed_mark(closes)
    return mark is not None and not names(mark.replace(" ", r"[\s-]"), case.article.headline)


RARE_RUN, RARE_GAP = 5, 504


def runs(closes: Sequence[float]) -> list[tuple[int, int]]:
    """The runs of closes one way in a history, in order: (the way, +1 or -1, and its closes)."""
    out: list[tuple[int, int]] = []
    for before, after in zip(closes, closes[1:], strict=False):
        way = (after > before) - (after < before)
        if out and way and out[-1][0] == way:
            out[-1] = (way, out[-1][1] + 1)
        else:
            out.append((way, 1))
    return out


def rare_streak_unheadlined(case: Case) -> bool:
    """The session ends a run of RARE_RUN closes or more one way with no run that way as long in the
    RARE_GAP sessions of bars before it, and the headline does not give its count (news day 2024-12-18:
    DIA's tenth lower close in a row, the Dow's longest losing run in decades, only in the body)."""
    closes = [b.close for b in case.bars.bars] if case.bars is not None else []
    every = runs(closes)
    if not every or every[-1][0] == 0 or every[-1][1] < RARE_RUN:
        return False
    way, length = every[-1]
    since = 0
    for other_way, other in reversed(every[:-1]):
        if other_way == way and other >= length:
            break
        since += other
    if since < RARE_GAP:
        return False
    return re.search(rf"\b{length}\b", case.article.headline) is None


ROTATION_PCT, ROTATION_SPREAD_PP = 1.0, 3.0


def rotation_other(case: Case) -> str | None:
    """On a rotation day (the best of the instrument, its peers and benchmark up ROTATION_PCT or
    more, the worst down as much, ROTATION_SPREAD_PP or more apart) for an instrument that moved
    (0.3% or more), the symbol that went furthest the other way; None on any other day."""
    s = case.snapshot
    own = s.returns.change_1d_pct
    moves = {m.symbol: m.change_1d_pct for m in s.related
             if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)}
    best, worst = max(own, *moves.values()), min(own, *moves.values())
    if best < ROTATION_PCT or worst > -ROTATION_PCT or best - worst < ROTATION_SPREAD_PP or abs(own) < 0.3:
        return None
    other = [sym for sym, p in moves.items() if p * own < 0]
    return max(other, key=lambda sym: abs(moves[sym]), default=None)


def one_sided(case: Case) -> bool:
    """A rotation day's article (rotation_other) whose headline and first sentence name only this
    instrument's side: 'The soft CPI report dragged the S&P 500 down' on the day money left the Nasdaq
    100 for small caps (news day 2024-07-11) pins a fall on good news instead of telling the rotation."""
    other = rotation_other(case)
    if other is None:
        return False
    inst = next((i for i in packaged_settings().instruments if i.symbol == other), None)
    name = re.escape(re.sub(r"^the ", "", inst.display_name if inst else other, flags=re.IGNORECASE))
    return not names(name, f"{case.article.headline} {first_sentence(case)}")


_CITED = re.compile(r"\[\d+\]")


def content_figures(cases: Sequence[Case], days: Sequence[NewsDay]) -> dict[str, float | None]:
    """On the days whose news said something a headline can say in a few words (a day's `content`
    words: 'hotter', 'weak', 'fewer cuts'), among the articles led by the event (event_days): the
    share whose headline says it (headline_says_news_share), whose first analysis sentence says it
    (opening_says_news_share), and whose first sentence that says it cites a story
    (opening_news_cited_share: the verifier's citation check backs it)."""
    led = [c for c in event_days(cases, days) if day_of(c, days).content]
    said = [c for c in led if names(day_of(c, days).content, first_sentence(c))]
    return {
        "headline_says_news_share": share(
            sum(names(day_of(c, days).content, c.article.headline) for c in led), len(led)),
        "opening_says_news_share": share(len(said), len(led)),
        "opening_news_cited_share": share(sum(_CITED.search(first_sentence(c)) is not None for c in said),
                                          len(said)),
    }


def event_days(cases: Sequence[Case], days: Sequence[NewsDay]) -> list[Case]:
    """The articles whose day's event is their story: the headline names the driver, or the driver
    moved this instrument (driver_biggest). Their dek should name the event too (dek_names_event_share:
    the dek tells what happened and what it did here, not only where the chart stands)."""
    return [c for c in cases if driver_biggest(c) or names(day_of(c, days).driver, c.article.headline)]


def news_rows(cases: Sequence[Case], days: Sequence[NewsDay]) -> list[str]:
    """One line per article: the biggest event, whether the headline and the first analysis sentence
    name it, same-day citations, errors, the headline."""
    rows = []
    for case in cases:
        day = day_of(case, days)
        angles, biggest, note = event_rows(case)
        if driver_biggest(case):
            event = f"news: {day.kind}"
            led = names(day.driver, case.article.headline)
        else:
            event = f"bars: {biggest} ({note})"
            led = not headline_misses(case)
        opening = names(day.driver, first_sentence(case))
        cited = case.article.sources
        same_day = sum(s.published == case.snapshot.session for s in cited)
        errors = sum(f.severity == "error" for f in case.findings)
        rows.append(f"  {case.snapshot.session} {case.snapshot.symbol:<4} {event:<40} "
                    f"headline {'leads' if led else 'MISSES':<6} opening {'names' if opening else '-':<5} "
                    f"cited {same_day}/{len(cited)} same day  e{errors}  {case.article.headline}")
    return rows
