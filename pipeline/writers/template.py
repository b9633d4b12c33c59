"""The embedded template writer: deterministic, offline, the default.

Rules on the snapshot choose the sentences; the FactSheet prints every number;
citations point only at the ingested items handed in the brief.
"""

from __future__ import annotations

from ..contracts import Article, DataCitation, InstrumentRef, RelatedRole
from ..facts import FactSheet, build_fact_sheet, fact_tag
from . import paragraphs, tables
from .base import Brief
from .phrases import direction_word, pick
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
        sheet = build_fact_sheet(brief.snapshot, brief.scores)
        cited = min(self.max_sources, len(brief.news))
        bull, bear = tables.scenario_lists(brief, sheet)
        s = brief.snapshot
        return Article(
            headline=headline(brief, sheet),
            dek=dek(brief, sheet),
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
            indicators=tables.indicator_rows(brief, sheet),
            bull_case=bull, bear_case=bear,
            setups=tables.setups_for_call(brief),
            cross_market=cross_market(brief, sheet),
            cross_market_table=tables.cross_market_rows(brief),
            final_call=tables.final_call_rows(brief, sheet),
            take=take(brief, sheet),
            sources=tables.sources_for(brief.news[:cited]),
            data_sources=[DataCitation(provider=s.provider,
                                       symbols=[s.symbol, *(m.symbol for m in s.related)],
                                       as_of=s.as_of)],
            disclaimer=DISCLAIMER,
        )


def analysis(brief: Brief, sheet: FactSheet, cited: int) -> list[str]:
    parts = [
        paragraphs.day_paragraph(brief, sheet),
        paragraphs.relative_paragraph(brief, sheet),
        paragraphs.structure_paragraph(brief, sheet),
        paragraphs.momentum_paragraph(brief, sheet),
        paragraphs.calendar_paragraph(brief, sheet),
        paragraphs.news_paragraph(brief, cited),
    ]
    return [p for p in parts if p][:6]


def headline(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    name = title_case(brief.short_name)
    peer = paragraphs.widest_gap(brief)
    peer_name = (paragraphs.mid_sentence(title_case(brief.related_names.get(peer.symbol, peer.symbol)))
                 if peer else None)
    tight = s.range is not None and s.range.is_tight
    if s.extremes.new_52w_high:
        window = "52-Week" if s.has_full_year else sheet.fill("{window_sessions}-Session")
        return f"{name} Print a Fresh {window} High" if name.endswith("s") else \
            f"{name} Prints a Fresh {window} High"
    if tight and peer is not None and peer.divergence_pp <= -0.75:
        return pick([f"{name} Stay Boxed In While {peer_name} Runs",
                     f"Going Nowhere Fast: {name} Idle as {peer_name} Pulls Away"], s.symbol,
                    s.session) if name.endswith("s") else \
            f"{name} Stays Boxed In While {peer_name} Runs"
    if tight:
        return f"{name} Coils in a Tight Range Ahead of the Next Catalyst"
    if peer is not None and peer.divergence_pp >= 0.75:
        return f"{name} Leads the Tape, Outpacing {peer_name}"
    mood = {"Bullish": f"Buyers Keep Control of {name}",
            "Bearish": f"Sellers Keep the Pressure on {name}",
            "Neutral": f"{name} Wait at a Crossroads" if name.endswith("s")
            else f"{name} Waits at a Crossroads"}
    return mood[brief.scores.bias.value]


def title_case(name: str) -> str:
    small = {"a", "an", "and", "as", "at", "of", "on", "the", "in"}
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in small else
                    w if not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def dek(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    day = f"{s.symbol} closed at {{price}}, {direction_word(s.returns.change_1d_pct)} " \
          "{change_1d_pct:abs} on the session"
    if s.range is not None and s.range.is_tight:
        day += ", still inside its {range_sessions}-session range"
    return sheet.fill(day + f"; Pulse {{pulse}}/100 leaves the bias {brief.scores.bias.value.lower()}.")


def cross_market(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    macro = paragraphs.macro_sentence(brief, sheet)
    moves = [m for m in s.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if not moves:
        return " ".join(["No peer data was available for the session.", *([macro] if macro else [])])
    ranked = sorted(moves, key=lambda m: m.change_1d_pct, reverse=True)
    best, worst = ranked[0], ranked[-1]
    parts = [f"Among the peers, {paragraphs.name_of(brief, best.symbol)} "
             f"({best.symbol}) {'led' if best.change_1d_pct > 0 else 'held up best'}, "
             f"{direction_word(best.change_1d_pct)} "
             f"{{{fact_tag(best.symbol)}_change_1d_pct:abs}}"]
    if worst.symbol != best.symbol:
        parts[0] += (f", while {paragraphs.name_of(brief, worst.symbol)} ({worst.symbol}) brought "
                     f"up the rear, {direction_word(worst.change_1d_pct)} "
                     f"{{{fact_tag(worst.symbol)}_change_1d_pct:abs}}")
    parts[0] += "."
    up = sum(1 for m in moves if m.change_1d_pct > 0)
    breadth = ("every one finished higher" if up == len(moves) else
               "every one finished lower" if up == 0 else "some rose and some fell")
    parts.append(f"Of the peers tracked here, {breadth}.")
    return " ".join([sheet.fill(" ".join(parts)), *([macro] if macro else [])])


def take(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    if s.range is not None and s.range.is_tight:
        pivot = ("The range decides the next chapter: {range_upper} above and {range_lower} "
                 "below. Until one of them gives, fading the edges beats chasing the middle.")
    elif sheet.has("sma_50"):
        pivot = "The 50-day average at {sma_50} is the line that matters most from here."
    else:
        pivot = "The prior session's range is the only reference the data supports so far."
    close = (f" Pulse {{pulse}}/100, bias {brief.scores.bias.value.lower()}, "
             "threat level {threat_level}/5.")
    return sheet.fill(pivot + close)


def article_tags(brief: Brief) -> list[str]:
    s, tags = brief.snapshot, list(brief.tags)
    if s.range is not None and s.range.is_tight:
        tags += [situation_tag("range-trading"), situation_tag("breakout-watch")]
    if s.relative is not None and s.relative.streak_sessions >= 3:
        tags.append(situation_tag("relative-strength" if s.relative.streak_direction == "outperform"
                                  else "relative-weakness"))
    if any(e.kind == "fomc" for e in s.events):
        tags.append(situation_tag("fed-watch"))
    if s.options is not None:
        tags.append(situation_tag("options-positioning"))
    tags.append(situation_tag(f"market-{brief.scores.bias.value.lower()}"))
    return list(dict.fromkeys(tags))
