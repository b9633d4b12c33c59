"""Tables and lists of the template writer: levels, indicators, scenarios, calls."""

from __future__ import annotations

import re

from ..contracts import (
    Bias,
    CrossMarketRow,
    FinalCallRow,
    IndicatorRow,
    LevelKind,
    LevelRow,
    NewsItem,
    RelatedRole,
    Source,
)
from ..facts import FactSheet
from ..level_notes import current_note, level_note, level_type, row_high, row_low
from ..scoring import long_term_view, medium_term_view
from . import call_reasons
from .base import Brief
from .phrases import rsi_reading
from .scenarios import scenario_lists, setup_reason, setups_for_call

__all__ = ["cross_market_rows", "final_call_rows", "indicator_rows", "level_rows", "macro_rows",
           "scenario_lists", "setups_for_call", "sources_for"]

def level_rows(brief: Brief, sheet: FactSheet) -> list[LevelRow]:
    s = brief.snapshot
    rows: list[tuple[float, LevelRow]] = []
    for number, level in enumerate(s.levels, start=1):
        if level.kind == LevelKind.CURRENT:
            continue
        rows.append((level.price, LevelRow(kind=level_type(level, s.close), low=row_low(level),
                                           high=row_high(level), note=level_note(level, number, sheet))))
    current = LevelRow(kind="Current", low=s.close, note=current_note(s, sheet), is_current=True)
    rows.append((s.close, current))
    rows.sort(key=lambda pair: pair[0], reverse=True)
    return [row for _, row in rows]


def indicator_rows(brief: Brief, sheet: FactSheet) -> list[IndicatorRow]:
    rows = [IndicatorRow(name="Price", value=sheet.fmt("price"),
                         reading=sheet.fill("{change_1d_pct:signed} on the day"))]
    for window in (50, 200):
        name = f"sma_{window}"
        if sheet.has(name, f"pct_vs_{name}"):
            rows.append(IndicatorRow(name=f"{window}-day MA", value=sheet.fmt(name),
                                     reading=_average_reading(sheet, name)))
    if sheet.has("rsi_14"):
        rows.append(IndicatorRow(name="RSI(14)", value=sheet.fmt("rsi_14"),
                                 reading=rsi_reading(sheet.value("rsi_14")).capitalize()))
    if sheet.has("macd", "macd_signal", "macd_hist"):
        above = sheet.value("macd") > sheet.value("macd_signal")
        rows.append(IndicatorRow(
            name="MACD(12,26,9)", value=sheet.fmt("macd"),
            reading=sheet.fill(("Above" if above else "Below") +
                               " signal {macd_signal}; histogram {macd_hist}")))
    if sheet.has("atr_14", "atr_pct"):
        rows.append(IndicatorRow(name="ATR(14)", value=sheet.fmt("atr_14"),
                                 reading=sheet.fill("{atr_pct} of price per session")))
    return rows + macro_rows(brief, sheet)


def _average_reading(sheet: FactSheet, name: str) -> str:
    """'Price 1.27% above', or 'Price at the average' when the distance rounds to 0.00%."""
    distance = sheet.value(f"pct_vs_{name}")
    if round(distance, 2) == 0:
        return "Price at the average"
    side = "above" if distance > 0 else "below"
    return sheet.fill(f"Price {{pct_vs_{name}:abs}} {side}")


def macro_rows(brief: Brief, sheet: FactSheet) -> list[IndicatorRow]:
    """The 'Macro:' rows: the gauges the data holds (the VIX only when no peer row shows it)."""
    rows = []
    if sheet.has("macro_ten_year_yield"):
        rows.append(IndicatorRow(name="Macro: 10-year Treasury yield",
                                 value=sheet.fmt("macro_ten_year_yield"),
                                 reading=_change_reading(sheet, "macro_ten_year_yield_change_bp", 0)))
    if sheet.has("macro_dollar_index"):
        rows.append(IndicatorRow(name="Macro: dollar index (DXY)", value=sheet.fmt("macro_dollar_index"),
                                 reading=_change_reading(sheet, "macro_dollar_index_change_pct", 2)))
    related_vix = any(m.kind == "volatility" for m in brief.snapshot.related_by_role(RelatedRole.GAUGE))
    if sheet.has("macro_vix") and not related_vix:
        rows.append(IndicatorRow(name="Macro: VIX", value=sheet.fmt("macro_vix"),
                                 reading=_change_reading(sheet, "macro_vix_change_pct", 2)))
    return rows


def _change_reading(sheet: FactSheet, change: str, places: int) -> str:
    if not sheet.has(change):
        return "No prior session to compare"
    value = sheet.value(change)
    if round(abs(value), places) == 0:
        return "Unchanged on the session"
    return sheet.fill(("Up" if value > 0 else "Down") + f" {{{change}:abs}} on the session")


def final_call_rows(brief: Brief, sheet: FactSheet) -> list[FinalCallRow]:
    """The three horizons' biases and reasons (the medium and long ones with their figures)."""
    scores = brief.scores
    short = FinalCallRow(horizon="Short-term", bias=scores.bias,
                         reasoning=_short_reason(brief, sheet))
    medium_bias, medium_why = _medium_view(brief)
    long_bias, long_why = _long_view(brief)
    return [short,
            FinalCallRow(horizon="Medium-term", bias=medium_bias,
                         reasoning=call_reasons.medium_reason(brief, sheet, medium_why)),
            FinalCallRow(horizon="Long-term", bias=long_bias,
                         reasoning=call_reasons.long_reason(brief, sheet, long_why,
                                                            slope_said=call_reasons.names_slope(short.reasoning)))]


def _short_reason(brief: Brief, sheet: FactSheet) -> str:
    """The Pulse behind the short-term bias, and the setup that follows from it: the longest lead
    that keeps the row within call_reasons.ROW_WORDS_MAX words, then the shortest with a neutral
    call's two sides unframed (setup_text.neutral_clause), else that."""
    clause = sheet.fill(setup_reason(brief))
    rows = [sheet.fill(lead) + clause for lead in call_reasons.short_leads(brief)]
    rows.append(rows[-1].removesuffix(clause) + sheet.fill(setup_reason(brief, framed=False)))
    return next((row for row in rows if len(row.split()) <= call_reasons.ROW_WORDS_MAX), rows[-1])


def _medium_view(brief: Brief) -> tuple[Bias, str]:
    s = brief.snapshot
    return medium_term_view(s.momentum, s.trend, s.close)


def _long_view(brief: Brief) -> tuple[Bias, str]:
    return long_term_view(brief.snapshot.trend, brief.snapshot.close)


def cross_market_rows(brief: Brief) -> list[CrossMarketRow]:
    return [CrossMarketRow(symbol=m.symbol, name=m.name, close=m.close,
                           change_1d_pct=m.change_1d_pct, kind=m.kind)
            for m in brief.snapshot.related]


def sources_for(items: list[NewsItem]) -> list[Source]:
    return [Source(number=n, item_id=item.item_id, title=item.title, publisher=item.publisher,
                   published=item.published_at.date() if item.published_at else None,
                   url=item.url, snippet=_snippet(item))
            for n, item in enumerate(items, start=1)]


def _snippet(item: NewsItem, limit: int = 220) -> str:
    """The opening of the story: whole sentences up to about `limit` characters."""
    text = re.sub(r"\s+", " ", (item.text if item.has_content else item.summary) or item.title).strip()
    sentences = re.split(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z\u201c\"])", text)
    snippet = ""
    for sentence in sentences:
        if snippet and len(snippet) + len(sentence) > limit:
            break
        snippet = f"{snippet} {sentence}".strip()
        if len(snippet) >= 80:
            break
    return snippet if len(snippet) <= limit else snippet[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
