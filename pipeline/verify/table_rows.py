"""Table rows of a writer's Article checked from their fields, without reading them as text.

A row that states exactly what the data holds (a peer's close and 1-day move as the snapshot
has them, an indicator printed as the fact sheet prints it) raises nothing, as the same row read
as text raises nothing; any other row is read as text, so a wrong figure gets the very finding
and message a reviewer's Markdown gets for it (tests/test_verify_row_paths.py holds the two
paths to the same findings).
"""

from __future__ import annotations

from ..contracts import CrossMarketRow, IndicatorRow, LevelRow, Snapshot
from ..facts import FactSheet

INDICATOR_FACTS = {
    "Price": "price", "50-day MA": "sma_50", "200-day MA": "sma_200", "RSI(14)": "rsi_14",
    "MACD(12,26,9)": "macd", "ATR(14)": "atr_14", "Macro: 10-year Treasury yield": "macro_ten_year_yield",
    "Macro: dollar index (DXY)": "macro_dollar_index", "Macro: VIX": "macro_vix",
}
"""The indicator rows the template writer prints, by name, and the fact each one's value prints."""


def indicator_value_holds(row: IndicatorRow, sheet: FactSheet) -> bool:
    """The row's value is its named fact as the sheet prints it ('RSI(14)' '48.2', 'Pulse' '56/100')."""
    if row.name == "Pulse":
        return sheet.has("pulse") and row.value == sheet.fill("{pulse}/100")
    fact = INDICATOR_FACTS.get(row.name)
    return fact is not None and sheet.has(fact) and row.value == sheet.fmt(fact)


def market_row_holds(row: CrossMarketRow, snapshot: Snapshot, peers: dict[str, Snapshot]) -> bool:
    """The row is one of the snapshot's related moves, as it holds it (a loaded peer agreeing)."""
    move = next((m for m in snapshot.related if m.symbol == row.symbol), None)
    if move is None:
        return False
    if (move.kind, move.close, move.change_1d_pct) != (row.kind, row.close, row.change_1d_pct):
        return False
    peer = peers.get(row.symbol)
    return peer is None or (peer.close, peer.returns.change_1d_pct) == (row.close, row.change_1d_pct)


def level_price_holds(row: LevelRow, snapshot: Snapshot) -> bool:
    """The row's price (each end of a zone) is one of the snapshot's levels, or its close."""
    known: set[float | None] = {snapshot.close}
    for level in snapshot.levels:
        known |= {level.price, level.zone_low, level.zone_high}
    return row.low in known and (row.high is None or row.high in known)
