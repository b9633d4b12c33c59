"""Labels an article owes its reader: the Pulse's components and the data provider's name."""

from __future__ import annotations

from ..contracts import DataCitation, IndicatorRow, Snapshot
from ..facts import FactSheet
from .base import Brief

PROVIDER_NAMES = {"csv": "desk-supplied daily bars", "yahoo": "Yahoo Finance", "polygon": "Polygon.io",
                  "cboe": "Cboe delayed quotes", "stooq": "Stooq daily bars",
                  "fred": "FRED (Federal Reserve Bank of St. Louis)",
                  "cboe_history": "Cboe index history"}
"""Provider ids as readers know them; an id not listed is printed as it is. The CSV files' own
origin, when the desk names it (`writer.csv_source`), replaces the "csv" entry."""

COMPONENT_LABELS = {"trend_200": "200-day trend", "trend_50": "50-day trend", "momentum_rsi": "RSI",
                    "momentum_macd": "MACD", "relative_1m": "1-month relative", "day_move": "day move",
                    "range_position": "range position"}


def provider_name(provider: str, csv_source: str = "") -> str:
    if provider == "csv" and csv_source.strip():
        return csv_source.strip()
    return PROVIDER_NAMES.get(provider, provider)


def data_citations(snapshot: Snapshot, csv_source: str = "") -> list[DataCitation]:
    """One data line per source that served the article's bars, the instrument's source first:
    'Data: Stooq daily bars — SPY' and 'Data: Yahoo Finance — ^GSPC, QQQ' after a fallback.
    Every series the article quotes is on a line: the instrument, its peers and gauges, the macro
    gauges (10-year yield, dollar) and the markets of the cross-market read. Bars read from CSV
    files are credited to `csv_source` (writer.csv_source) when the desk names their origin."""
    by_source: dict[str, list[str]] = {}
    quoted = [snapshot.symbol, *(m.symbol for m in snapshot.related),
              *(g.symbol for g in snapshot.macro), *(x.symbol for x in snapshot.cross_markets)]
    for symbol in dict.fromkeys(quoted):
        source = snapshot.other_providers.get(symbol, snapshot.provider)
        by_source.setdefault(source, []).append(symbol)
    return [DataCitation(provider=provider_name(source, csv_source), symbols=symbols, as_of=snapshot.as_of)
            for source, symbols in by_source.items()]


def pulse_row(brief: Brief, sheet: FactSheet) -> IndicatorRow | None:
    """'Pulse 67/100' with each component's points out of its share: '14/20 200-day trend · ...'."""
    parts = []
    for part in brief.scores.pulse_components:
        name = f"pulse_{part.name}"
        if not sheet.has(name, f"{name}_max"):
            return None
        parts.append(f"{{{name}}}/{{{name}_max}} {COMPONENT_LABELS.get(part.name, part.name)}")
    if not parts:
        return None
    return IndicatorRow(name="Pulse", value=sheet.fill("{pulse}/100"), reading=sheet.fill(" · ".join(parts)))
