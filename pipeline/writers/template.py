"""The embedded template writer: deterministic, offline, the default.

Rules on the snapshot choose the sentences; the FactSheet prints every number;
citations point only at the ingested items handed in the brief.
"""

from __future__ import annotations

import re

from ..angles import Angle, AngleKind, rank_angles, with_driver
from ..contracts import Article, InstrumentRef, RelatedMove, RelatedRole
from ..facts import FactSheet, fact_tag
from ..verify.numbers import CITATION, sentences
from . import analysis_order, angle_text, cross_market_text, labels, paragraphs, tables
from .base import Brief, article_sheet
from .news_told import driver_lead, driver_of, driver_yields, news_read, own_lead, tells_event, tells_vix
from .phrases import direction_word, vary
from .source_numbers import in_reading_order
from .vocabulary import situation_tag

DISCLAIMER = ("For information only. This is not investment advice or a recommendation to buy "
              "or sell any security. Markets carry risk and you can lose capital.")


class TemplateWriter:
    name = "template"
    prompt_version: str | None = None

    def __init__(self, max_sources: int = 5, provider: str = "csv") -> None:
        self.max_sources = max_sources
        self.provider = provider

    def write(self, brief: Brief) -> Article:
        sheet = article_sheet(brief)
        cited = min(self.max_sources, len(brief.news))
        bull, bear = tables.scenario_lists(brief, sheet)
        calls = tables.final_call_rows(brief, sheet)
        s = brief.snapshot
        return in_reading_order(Article(
            headline=headline(brief, sheet, cited),
            dek=dek(brief, sheet, cited),
            instrument=InstrumentRef(symbol=s.symbol, name=s.name, kind=s.kind,
                                     index_symbol=s.index_symbol, index_name=brief.index_name),
            session=s.session, as_of=s.as_of,
            bias=brief.scores.bias, pulse=brief.scores.pulse,
            sentiment_score=brief.scores.sentiment_score,
            sentiment_label=brief.scores.sentiment_label,
            risk=brief.scores.risk, threat_level=brief.scores.threat_level,
            tags=article_tags(brief), byline=brief.byline, desk=brief.desk,
            ai_label=brief.ai_label,
            analysis=analysis(brief, sheet, cited),
            key_levels=tables.level_rows(brief, sheet),
            indicators=[*tables.indicator_rows(brief, sheet),
                        *[row for row in [labels.pulse_row(brief, sheet)] if row is not None]],
            bull_case=bull, bear_case=bear,
            setups=tables.setups_for_call(brief),
            cross_market=cross_market(brief, sheet),
            cross_market_table=tables.cross_market_rows(brief),
            final_call=calls,
            take=take(brief, sheet, "; ".join(row.reasoning for row in calls)),
            sources=tables.sources_for(brief.news[:cited]),
            data_sources=labels.data_citations(s, brief.csv_source),
            disclaimer=DISCLAIMER,
        ))


def analysis(brief: Brief, sheet: FactSheet, cited: int, angles: list[Angle] | None = None) -> list[str]:
    """The day first (opened on the top angle), then the other paragraphs in the order of the
    best angle each one carries; the news paragraph last unless a news theme ranks, or the day's
    news event leads the header and set this instrument apart (analysis_order.with_news_first)."""
    angles = angles if angles is not None else rank_angles(brief.snapshot, brief.news[:cited])
    read = news_read(brief, cited)  # what the news paragraph tells is not said again elsewhere
    driver = driver_of(read)
    own = own_lead(brief, read)  # the instrument's own story leads; the shared driver goes lower
    driven = driver_lead(brief, driver) if driver is not None and own is None else None
    lead = (own[1] if own else driven) or angle_text.lead_sentence(brief, sheet, angles)  # else the tagline
    told = f"{headline(brief, sheet, cited)} {dek(brief, sheet, cited)}"  # a streak the header tells
    day = paragraphs.day_paragraph(brief, sheet, lead, told)
    record_told = driven is None and lead is not None and angles[0].kind == AngleKind.RECORD
    focus = analysis_order.technical_lead(brief)
    rest = {"relative": paragraphs.relative_paragraph(brief, sheet),
            "structure": paragraphs.structure_paragraph(brief, sheet, _break_led(angles), record_told,
                                                        record_first=focus == "record"),
            "momentum": paragraphs.momentum_paragraph(brief, sheet, tells_vix(read)),
            "calendar": paragraphs.calendar_paragraph(brief, sheet, tells_event(brief, read)),
            "news": paragraphs.news_paragraph(brief, cited, driven is not None, own[0] if own else None)}
    if focus == "relative" and rest["relative"] and rest["structure"]:
        # the relative race opens the technical part: it leads the range and averages paragraph
        rest["structure"], rest["relative"] = f"{rest['relative']} {rest['structure']}", None
    rank = {angle.kind: n for n, angle in enumerate(angles)}
    ordered = sorted(((name, text) for name, text in rest.items() if text),
                     key=lambda p: min((rank.get(k, 99) for k in _PARAGRAPH_KINDS[p[0]]), default=99))
    ordered = analysis_order.in_technical_order(ordered, focus)
    if angle_text.news_first(brief, header_angles(brief, cited)):
        ordered = analysis_order.with_news_first(ordered)  # the event is what set this one apart
    return fold_lone_sentences([day, *(text for _, text in ordered)], instrument_opening(brief))[:6]


def instrument_opening(brief: Brief) -> re.Pattern[str]:
    """The words a sentence about the instrument opens on: its symbol or short name ('the Dow'), 'it',
    'price', 'the close', 'the fund'."""
    short = re.sub(r"^the\s+", "", brief.short_name, flags=re.IGNORECASE)
    names = [re.escape(n) for n in (brief.snapshot.symbol, short) if n]
    words = "|".join([*names, "it", "price", "the close", "the fund"])
    return re.compile(r"^(?:the\s+)?(?:" + words + r")\b", re.IGNORECASE)


MIN_PARAGRAPHS = 3
"""The analysis holds 3-6 paragraphs (ARTICLE.md): a lone sentence is folded only above this."""


def fold_lone_sentences(texts: list[str], subject: re.Pattern[str] | None = None) -> list[str]:
    """A paragraph of one sentence after the day's joins the day paragraph (a month's race or a streak
    reads as part of the session's story): a lone line reads as a stray, not a paragraph. The news
    paragraph never folds (its citations read as one block), nor a sentence whose pronoun would
    point at the wrong thing after the day paragraph's last sentence (`pronoun_anchored`).
    `subject`: the words a sentence about the instrument opens on. Folding stops at MIN_PARAGRAPHS."""
    out = list(texts)
    n = 1
    while n < len(out) and len(out) > MIN_PARAGRAPHS:
        lone = out[n]
        if _cites(lone) or len(sentences(lone)) > 1 or not pronoun_anchored(out[0], lone, subject):
            n += 1
            continue
        out.pop(n)
        out[0] = f"{out[0]} {lone}"
    return out


_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r";|:|,\s+(?:and|but|so|while|yet)\s|\s\u2014\s")
"""Where a sentence's second clause begins: a pronoun after it points back into the sentence."""
_OPENING_ADVERBIAL = re.compile(r"^(?:At|On|In|By|After|For|Over|With|Since|Against|Measured)\b[^,]*,\s*")


def pronoun_anchored(day: str, lone: str, subject: re.Pattern[str] | None) -> bool:
    """`lone`, appended to `day`, reads its pronouns as they were meant: it has none; each one sits in
    a later clause of its own sentence, after that sentence's subject, which it points back to ('The
    FOMC rate decision lands on Jul 31; desks tend to trim risk into it'); or it opens on the
    instrument's pronoun ('Its record close ...') after a last sentence of `day` whose subject is the
    instrument (`subject`, after an opening adverbial), the antecedent it needs."""
    found = _PRONOUN.search(lone)
    if found is None:
        return True
    first_clause = _LATER_CLAUSE.search(lone)
    if first_clause is not None and first_clause.end() <= found.start():
        return True
    said = sentences(day)
    opens = _PRONOUN.match(_OPENING_ADVERBIAL.sub("", lone)) is not None
    return opens and subject is not None and bool(said) \
        and subject.match(_OPENING_ADVERBIAL.sub("", said[-1])) is not None


def _cites(text: str) -> bool:
    return CITATION.search(text) is not None


def _break_led(angles: list[Angle]) -> bool:
    """The top angle is a break of the range that held: the headline, dek and lead tell it."""
    return angles[0].kind == AngleKind.BREAKOUT and angles[0].subject != "month"


_PARAGRAPH_KINDS: dict[str, tuple[AngleKind, ...]] = {
    "relative": (AngleKind.RELATIVE, AngleKind.DIVERGENCE),
    "structure": (AngleKind.RECORD, AngleKind.HIGH, AngleKind.LOW, AngleKind.NEAR_RECORD,
                  AngleKind.BREAKOUT, AngleKind.RANGE, AngleKind.CROSS),
    "momentum": (AngleKind.VIX, AngleKind.STREAK, AngleKind.MOVE),
    "calendar": (AngleKind.EVENT,),
    "news": (AngleKind.NEWS,),
}
"""Which angles each paragraph after the day tells (the day carries move, gap and volume)."""


def header_angles(brief: Brief, cited: int | None = None) -> list[Angle]:
    """The angles the headline and dek are written on: the session's, with the day's driver first
    when the analysis opens with it and the top angle is weak (angles.with_driver)."""
    cited = len(brief.news) if cited is None else cited
    return with_driver(rank_angles(brief.snapshot, brief.news), driver_yields(brief, cited))


def headline(brief: Brief, sheet: FactSheet, cited: int | None = None) -> str:
    return angle_text.headline(brief, sheet, header_angles(brief, cited))


def title_case(name: str) -> str:
    return angle_text.title_case(name)


def dek(brief: Brief, sheet: FactSheet, cited: int | None = None) -> str:
    return angle_text.dek(brief, sheet, header_angles(brief, cited))


def cross_market(brief: Brief, sheet: FactSheet) -> str:
    """The peers from this instrument's place among them, then the outside markets in the order they
    matter to it (cross_market_text.exposure_order)."""
    s = brief.snapshot
    macro = paragraphs.macro_sentence(brief, sheet)
    blocks = cross_market_text.cross_market_sentences(brief, sheet)
    blocks.update({cross_market_text.MACRO: [macro]} if macro else {})
    after = [line for key in cross_market_text.exposure_order(brief) for line in blocks.get(key, [])]
    moves = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if not moves:
        return " ".join(["No peer data was available for the session.", *after])
    ranked = sorted(moves, key=lambda m: m.change_1d_pct, reverse=True)
    best, worst = ranked[0], ranked[-1]
    parts = [_place_sentence(brief, ranked) or _leader_sentence(brief, best, worst)]
    up = sum(1 for m in moves if m.change_1d_pct > 0)
    breadth = ("every one finished higher" if up == len(moves) else
               "every one finished lower" if up == 0 else "some rose and some fell")
    parts.append(vary([f"Of the peers tracked here, {breadth}.", f"Breadth among them: {breadth}.",
                       f"Across the group, {breadth}.", f"Taken together, {breadth}."], brief, "breadth"))
    return " ".join([sheet.fill(" ".join(parts)), *after])


def _who(brief: Brief, move: RelatedMove) -> str:
    return f"{paragraphs.name_of(brief, move.symbol)} ({move.symbol})"


def _how(move: RelatedMove) -> str:
    return f"{direction_word(move.change_1d_pct)} {{{fact_tag(move.symbol)}_change_1d_pct:abs}}"


def _place_sentence(brief: Brief, ranked: list[RelatedMove]) -> str | None:
    """The peers as this instrument saw them, from its place in the group (moves at two decimals):
    first, the nearest and the furthest behind it; last, the furthest and nearest ahead; between,
    the leader ahead and the laggard behind. None with one peer or a tie."""
    own = round(brief.snapshot.returns.change_1d_pct, 2)
    changes = [round(m.change_1d_pct, 2) for m in ranked]
    if len(ranked) < 2 or own in changes:
        return None
    name, mid = brief.short_name, paragraphs.mid_sentence(brief.short_name)
    best, worst = ranked[0], ranked[-1]
    if own > changes[0]:
        near, far = best, worst
        kept = "kept pace with" if own > 0 else "held up as well as"
        return vary([f"No peer {kept} {mid}: {_who(brief, near)} came closest, {_how(near)}, and "
                     f"{_who(brief, far)} trailed furthest, {_how(far)}.",
                     f"Every peer finished behind {mid}, from {_who(brief, near)}, {_how(near)}, to "
                     f"{_who(brief, far)}, {_how(far)}."], brief, "place-top")
    if own < changes[-1]:
        far, near = best, worst
        return vary([f"Every peer did better than {mid}: {_who(brief, far)} most, {_how(far)}, and "
                     f"{_who(brief, near)} least, {_how(near)}.",
                     f"{name} finished last of the group, behind {_who(brief, far)}, {_how(far)}, and even "
                     f"{_who(brief, near)}, {_how(near)}."], brief, "place-last")
    return vary([f"{name} finished mid-pack, behind {_who(brief, best)}, {_how(best)}, and ahead of "
                 f"{_who(brief, worst)}, {_how(worst)}.",
                 f"Against {mid}, {_who(brief, best)} ran ahead, {_how(best)}, and {_who(brief, worst)} "
                 f"trailed, {_how(worst)}.",
                 f"{_who(brief, best)[:1].upper()}{_who(brief, best)[1:]}, {_how(best)}, outran {mid}, while "
                 f"{_who(brief, worst)}, {_how(worst)}, lagged.",
                 f"In the peer group, {mid} sat between {_who(brief, best)}, {_how(best)}, at the top and "
                 f"{_who(brief, worst)}, {_how(worst)}, at the bottom."], brief, "place-mid")


def _leader_sentence(brief: Brief, best: RelatedMove, worst: RelatedMove) -> str:
    def who(move: RelatedMove) -> str:
        return _who(brief, move)

    def how(move: RelatedMove) -> str:
        return _how(move)

    led = "led" if best.change_1d_pct > 0 else "held up best"
    if worst.symbol == best.symbol:
        return f"Among the peers, {who(best)} {led}, {how(best)}."
    return vary([f"Among the peers, {who(best)} {led}, {how(best)}, while {who(worst)} brought up the rear, "
                 f"{how(worst)}.",
                 f"The strongest peer was {who(best)}, {how(best)}; the weakest, {who(worst)}, {how(worst)}.",
                 f"At the top of the peer table sat {who(best)}, {how(best)}; at the bottom, {who(worst)}, "
                 f"{how(worst)}.",
                 f"Peers ranged from {who(best)}, {how(best)}, to {who(worst)}, {how(worst)}."],
                brief, "leaders")


def take(brief: Brief, sheet: FactSheet, call: str = "") -> str:
    """The take, in words that do not read `call` (the final call's reasons) back."""
    return angle_text.take(brief, sheet, rank_angles(brief.snapshot, brief.news), call)


_LEAD_TAGS: dict[AngleKind, tuple[str, ...]] = {
    AngleKind.RANGE: ("range-trading", "breakout-watch"),
    AngleKind.MOVE: ("volatility",), AngleKind.VIX: ("volatility",), AngleKind.GAP: ("volatility",),
    AngleKind.RECORD: ("new-highs",), AngleKind.HIGH: ("new-highs",), AngleKind.NEAR_RECORD: ("new-highs",),
    AngleKind.STREAK: ("momentum",), AngleKind.BREAKOUT: ("breakout-watch",),
}


def article_tags(brief: Brief) -> list[str]:
    """The instrument's tags, then situation tags for the story the article leads with (range tags
    only when the range is the story, not on a selloff that stayed inside it), then the rest."""
    s, tags = brief.snapshot, list(brief.tags)
    lead = rank_angles(s, brief.news)[0]
    if lead.kind == AngleKind.HIGH and lead.direction != "up":
        lead_tags: tuple[str, ...] = ()
    else:
        lead_tags = _LEAD_TAGS.get(lead.kind, ())
    tags += [situation_tag(tag) for tag in lead_tags]
    if s.relative is not None and s.relative.streak_sessions >= 3:
        tags.append(situation_tag("relative-strength" if s.relative.streak_direction == "outperform"
                                  else "relative-weakness"))
    if any(e.kind == "fomc" for e in s.events):
        tags.append(situation_tag("fed-watch"))
    if s.options is not None:
        tags.append(situation_tag("options-positioning"))
    tags.append(situation_tag(f"market-{brief.scores.bias.value.lower()}"))
    return list(dict.fromkeys(tags))
