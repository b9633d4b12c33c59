"""The analysis paragraphs of the template writer.

Every sentence is a template with `{fact}` slots filled from the FactSheet, so
no number in the prose is typed here. Rules decide which sentences apply.
"""

from __future__ import annotations

from ..contracts import CrossKind, RelatedMove, RelatedRole
from ..facts import FactSheet, fact_tag
from .base import Brief
from .news_paragraph import news_paragraph  # noqa: F401 - the template's analysis calls it here
from .phrases import (
    backdrop_phrase,
    direction_word,
    dollar_move,
    gap_phrase,
    move_verb,
    pick,
    rsi_reading,
    vix_reading,
    yield_move,
)


def widest_gap(brief: Brief) -> RelatedMove | None:
    """The peer or benchmark whose day differed most from this instrument's."""
    moves = [m for m in brief.snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    return max(moves, key=lambda m: abs(m.divergence_pp), default=None)


def name_of(brief: Brief, symbol: str) -> str:
    """A related instrument's name as it reads mid-sentence ('the Nasdaq 100')."""
    return mid_sentence(brief.related_names.get(symbol, symbol))


def mid_sentence(name: str) -> str:
    """'The Dow' -> 'the Dow'; a common phrase such as 'Small caps' -> 'small caps'."""
    if name.startswith("The "):
        return "the" + name[3:]
    words = name.split()
    if len(words) > 1 and words[1][:1].islower():
        return name[:1].lower() + name[1:]
    return name


def pronoun(brief: Brief) -> str:
    return "they" if is_plural(brief.short_name) else "it"


def has(brief: Brief) -> str:
    """'have' for plural subjects such as 'Small caps', else 'has'."""
    return "have" if is_plural(brief.short_name) else "has"


def is_plural(name: str) -> bool:
    return name.lower().endswith(("caps", "stocks", "shares"))


def day_paragraph(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    key = f"{s.symbol}{s.session}"
    verb = move_verb(s.returns.change_1d_pct, key)
    lead = (f"{brief.short_name} ({s.symbol}) {verb} {{price}} at the close on "
            f"{{session:weekday}}, {{change_1d_pct:signed}} on the session")
    sentences = [lead + "."]
    peer = widest_gap(brief)
    if peer is not None:
        sentences.append(_gap_sentence(brief, peer))
    index = next(iter(s.related_by_role(RelatedRole.INDEX)), None)
    if index is not None and brief.index_name:
        tag = fact_tag(index.symbol)
        sentences.append(
            f"On its own scale the underlying {brief.index_name} ({index.symbol}) closed at "
            f"{{{tag}_close}}, {direction_word(index.change_1d_pct)} {{{tag}_change_1d_pct:abs}}.")
    if sheet.has("volume_ratio"):
        sentences.append(_volume_sentence(sheet, key))
    return sheet.fill(" ".join(sentences))


def _gap_sentence(brief: Brief, peer: RelatedMove) -> str:
    tag = fact_tag(peer.symbol)
    peer_name = name_of(brief, peer.symbol)
    who = "trailed" if peer.divergence_pp < 0 else "outran"
    if abs(peer.divergence_pp) < 0.25:
        return (f"It moved broadly in step with {peer_name} ({peer.symbol}), which finished "
                f"{direction_word(peer.change_1d_pct)} {{{tag}_change_1d_pct:abs}}.")
    return (f"That {who} {peer_name} ({peer.symbol}), {direction_word(peer.change_1d_pct)} "
            f"{{{tag}_change_1d_pct:abs}}, by {{divergence_vs_{tag}_pp:abs}}: "
            f"{gap_phrase(peer.divergence_pp)} for a single session.")


def _volume_sentence(sheet: FactSheet, key: str) -> str:
    ratio = sheet.value("volume_ratio")
    if ratio >= 1.3:
        return "Turnover ran hot at {volume} shares, {volume_ratio} times the 20-day average."
    if ratio <= 0.7:
        return "Volume was thin at {volume} shares, {volume_ratio} times the 20-day average."
    return pick(["Volume of {volume} shares was close to the 20-day norm of {avg_volume_20}.",
                 "Activity was ordinary: {volume} shares against a 20-day average of "
                 "{avg_volume_20}."], key, "volume")


def relative_paragraph(brief: Brief, sheet: FactSheet) -> str | None:
    rel = brief.snapshot.relative
    if rel is None:
        return None
    bench = name_of(brief, rel.benchmark)
    tag = fact_tag(rel.benchmark)
    parts = []
    if rel.streak_sessions >= 2 and rel.streak_direction != "even":
        verb = "beaten" if rel.streak_direction == "outperform" else "lagged"
        parts.append(f"{brief.short_name} {has(brief)} now {verb} {bench} ({rel.benchmark}) for "
                     "{streak_sessions} sessions in a row, by an average of "
                     "{streak_avg_margin_bp:abs} a day.")
    elif rel.streak_direction != "even":
        verb = "beat" if rel.streak_direction == "outperform" else "lagged"
        parts.append(f"{brief.short_name} {verb} {bench} ({rel.benchmark}) on the day, "
                     "ending any streak the other way.")
    if sheet.has(f"spread_vs_{tag}_1m_pp"):
        ahead = "ahead of" if rel.spread_1m_pp and rel.spread_1m_pp > 0 else "behind"
        sits = "sit" if is_plural(brief.short_name) else "sits"
        parts.append(f"Over the past month {pronoun(brief)} {sits} {{spread_vs_{tag}_1m_pp:abs}} {ahead} "
                     f"{rel.benchmark}, with a one-month change of {{change_1m_pct:signed}}.")
    return sheet.fill(" ".join(parts)) if parts else None


def structure_paragraph(brief: Brief, sheet: FactSheet) -> str:
    s = brief.snapshot
    parts = []
    if s.range is not None and s.range.is_tight:
        parts.append("Price has spent {range_sessions} sessions boxed between {range_lower} and "
                     "{range_upper}, a band only {range_width_pct} wide.")
    parts.extend(_average_sentences(brief, sheet))
    parts.append(_extreme_sentence(brief))
    return sheet.fill(" ".join(parts))


def _extreme_sentence(brief: Brief) -> str:
    """The close against its 52-week high, or against the high of a shorter history held."""
    s = brief.snapshot
    if s.has_full_year:
        if s.extremes.new_52w_high:
            return "The close of {price} is a new 52-week high."
        return ("It trades {pct_from_52w_high:abs} below its 52-week high of {high_52w}, "
                "set on {high_52w_date}.")
    if s.extremes.new_52w_high:
        return "The close of {price} is the highest in the {window_sessions} sessions of history held."
    return ("It trades {pct_from_window_high:abs} below its {window_sessions}-session high of {high_window} "
            "(the highest close in the history held), set on {high_window_date}.")


def _average_sentences(brief: Brief, sheet: FactSheet) -> list[str]:
    s = brief.snapshot
    out = []
    if sheet.has("sma_50", "pct_vs_sma_50"):
        side = "above" if s.close > (s.trend.sma_50 or 0) else "below"
        out.append(f"The close is {{pct_vs_sma_50:abs}} {side} the 50-day average at {{sma_50}}")
    if sheet.has("sma_200", "pct_vs_sma_200"):
        side = "above" if s.close > (s.trend.sma_200 or 0) else "below"
        out[-1:] = [(out[-1] if out else "The close is") +
                    f" and {{pct_vs_sma_200:abs}} {side} the 200-day at {{sma_200}}."]
    elif out:
        out[-1] += "; the 200-day average needs more history than the data holds."
    cross = s.trend.cross
    if cross is not None:
        name = "golden-cross" if cross.state == CrossKind.GOLDEN else "death-cross"
        rel = "above" if cross.state == CrossKind.GOLDEN else "below"
        since = " since {cross_since}" if sheet.has("cross_since") else ""
        out.append(f"The 50-day has been {rel} the 200-day{since}, the {name} state.")
    return out


def momentum_paragraph(brief: Brief, sheet: FactSheet) -> str | None:
    s = brief.snapshot
    parts = []
    if sheet.has("rsi_14"):
        parts.append(f"RSI(14) reads {{rsi_14}}, {rsi_reading(s.momentum.rsi_14 or 50)}.")
    if sheet.has("macd", "macd_signal"):
        above = (s.momentum.macd or 0) > (s.momentum.macd_signal or 0)
        state = ("above its signal line, a positive read on momentum" if above
                 else "below its signal line, so momentum is not confirming")
        parts.append(f"MACD at {{macd}} sits {state} ({{macd_signal}}).")
    if sheet.has("atr_14", "atr_pct"):
        parts.append("Average true range is {atr_14}, or {atr_pct} of price per session.")
    vix = next((m for m in s.related_by_role(RelatedRole.GAUGE) if m.kind == "volatility"), None)
    if vix is not None:
        tag = fact_tag(vix.symbol)
        parts.append(f"The VIX, {direction_word(vix.change_1d_pct)} {{{tag}_change_1d_pct:abs}} "
                     f"at {{{tag}_close}}, describes {_article(vix_reading(vix.close))} options market.")
    return sheet.fill(" ".join(parts)) if parts else None


def calendar_paragraph(brief: Brief, sheet: FactSheet) -> str | None:
    s = brief.snapshot
    parts = []
    if s.events:
        event = s.events[0]
        when = ("today" if event.sessions_until == 0 else
                "{event_1_sessions_until} sessions away" if event.sessions_until > 1 else
                "next session")
        parts.append(f"The calendar matters here: the {event.name} is due on {{event_1_date}}, "
                     f"{when}, and positioning into it tends to cap conviction.")
    if s.options is not None:
        side = "above" if s.options.max_pain > s.close else "below"
        parts.append(f"In the options market, max pain for the {{options_expiry}} expiry sits at "
                     f"{{max_pain}}, {side} the close.")
        if sheet.has("call_wall", "put_wall"):
            parts.append("The heaviest call open interest is at {call_wall} and the heaviest put "
                         "open interest at {put_wall}.")
    return sheet.fill(" ".join(parts)) if parts else None


def _article(word: str) -> str:
    """'a subdued', 'an elevated'."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def macro_sentence(brief: Brief, sheet: FactSheet) -> str | None:
    """The 10-year yield, the dollar index (and the VIX when no peer row carries it), or None."""
    parts = []
    if sheet.has("macro_ten_year_yield"):
        parts.append(_yield_clause(sheet))
    if sheet.has("macro_dollar_index"):
        parts.append(_dollar_clause(sheet))
    has_vix_row = any(m.kind == "volatility" for m in brief.snapshot.related_by_role(RelatedRole.GAUGE))
    if sheet.has("macro_vix") and not has_vix_row:
        parts.append("the VIX stood at {macro_vix}")
    if not parts:
        return None
    bp = sheet.value("macro_ten_year_yield_change_bp") if sheet.has("macro_ten_year_yield_change_bp") \
        else None
    dollar = sheet.value("macro_dollar_index_change_pct") if sheet.has("macro_dollar_index_change_pct") \
        else None
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return sheet.fill(f"{backdrop_phrase(bp, dollar)} {listed}.")


def _yield_clause(sheet: FactSheet) -> str:
    if not sheet.has("macro_ten_year_yield_change_bp"):
        return "the 10-year Treasury yield stood at {macro_ten_year_yield}"
    verb = yield_move(sheet.value("macro_ten_year_yield_change_bp"))
    if verb == "held at":
        return "the 10-year Treasury yield held at {macro_ten_year_yield}"
    return (f"the 10-year Treasury yield {verb} {{macro_ten_year_yield_change_bp:abs}} "
            "to {macro_ten_year_yield}")


def _dollar_clause(sheet: FactSheet) -> str:
    if not sheet.has("macro_dollar_index_change_pct"):
        return "the dollar index (DXY) stood at {macro_dollar_index}"
    verb = dollar_move(sheet.value("macro_dollar_index_change_pct"))
    if verb == "was flat at":
        return "the dollar index (DXY) was flat at {macro_dollar_index}"
    return f"the dollar index (DXY) {verb} {{macro_dollar_index_change_pct:abs}} to {{macro_dollar_index}}"
