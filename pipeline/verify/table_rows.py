"""Table rows of a writer's Article checked from their fields, without reading them as text.

A row that states exactly what the data holds (a peer's close and 1-day move as the snapshot
has them, an indicator printed as the fact sheet prints it) raises nothing, as the same row read
as text raises nothing; any other row is read as text, so a wrong figure gets the very finding
and message a reviewer's Markdown gets for it (tests/test_verify_row_paths.py holds the two
paths to the same findings). A level note is compared with what the writer's own note functions
(level_notes.level_note, current_note) print from the same facts, so the two cannot drift.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..contracts import CrossMarketRow, IndicatorRow, LevelKind, LevelRow, Scores, Snapshot
from ..facts import FactSheet, MissingFact
from ..level_notes import current_note, level_note, row_high, row_low

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


# --- the words beside the figures: a row's reading or note as the template writer prints it ---------
# A reading or note equal to what the template writer prints from the same facts states exactly what
# the data holds, so it is not read as text (its figures are read only if a later check asks for
# them). Readings mirror pipeline/writers/tables.py, phrases.rsi_reading and labels.pulse_row (level notes
# come from pipeline/level_notes.py, shared with the writer); should the
# writer's wording change, its rows are read as text again (slower, same findings), and
# tests/test_verify_row_paths.py notices.

_RSI_NEAR = 5.0  # phrases.RSI_NEAR: 'close to oversold' only within five points of 30
_RSI_ZONES = ((70, "Overbought territory"), (60, "Firm momentum, short of overbought"),
              (50, "The neutral-to-positive zone"), (40, "The neutral-to-soft zone"))
_PULSE_LABELS = {"trend_200": "200-day trend", "trend_50": "50-day trend", "momentum_rsi": "RSI",
                 "momentum_macd": "MACD", "relative_1m": "1-month relative", "day_move": "day move",
                 "range_position": "range position"}


def indicator_reading_holds(row: IndicatorRow, sheet: FactSheet, scores: Scores | None) -> bool:
    """The row's reading is the one its facts print ('Price 0.60% below', 'Down 7 bp on the session')."""
    reading = _READINGS.get(row.name)
    if row.name == "Pulse":
        return _printed(lambda: _pulse_reading(sheet, scores)) == row.reading
    return reading is not None and _printed(lambda: reading(sheet)) == row.reading


def level_note_holds(row: LevelRow, snapshot: Snapshot, sheet: FactSheet) -> bool:
    """The row's note is the one the snapshot's level at its price prints ('swing high, 3.37% above
    the close; 3 touches'), or the current row's ('Last close, just below the max pain at $245.00')."""
    if row.is_current:
        return (row.low, row.high) == (snapshot.close, None) and \
            _printed(partial(current_note, snapshot, sheet)) == row.note
    for number, level in enumerate(snapshot.levels, start=1):
        if level.kind != LevelKind.CURRENT and (row_low(level), row_high(level)) == (row.low, row.high):
            if _printed(partial(level_note, level, number, sheet)) == row.note:
                return True
    return False


def _printed(reading: Callable[[], str | None]) -> str | None:
    try:
        return reading()
    except MissingFact:
        return None


def _average_reading(name: str) -> Callable[[FactSheet], str]:
    def reading(sheet: FactSheet) -> str:
        distance = sheet.value(f"pct_vs_{name}")
        if round(distance, 2) == 0:
            return "Price at the average"
        return sheet.fill(f"Price {{pct_vs_{name}:abs}} {'above' if distance > 0 else 'below'}")
    return reading


def _change_reading(change: str, places: int) -> Callable[[FactSheet], str]:
    def reading(sheet: FactSheet) -> str:
        if not sheet.has(change):
            return "No prior session to compare"
        value = sheet.value(change)
        if round(abs(value), places) == 0:
            return "Unchanged on the session"
        return sheet.fill(("Up" if value > 0 else "Down") + f" {{{change}:abs}} on the session")
    return reading


def _rsi_reading(sheet: FactSheet) -> str:
    rsi = sheet.value("rsi_14")
    zone = next((words for floor, words in _RSI_ZONES if rsi >= floor), None)
    if zone is not None:
        return zone
    if rsi > 30 + _RSI_NEAR:
        return "Weak momentum, short of oversold"
    return "Weak momentum, close to oversold" if rsi > 30 else "Oversold territory"


def _macd_reading(sheet: FactSheet) -> str:
    above = sheet.value("macd") > sheet.value("macd_signal")
    return sheet.fill(("Above" if above else "Below") + " signal {macd_signal}; histogram {macd_hist}")


def _pulse_reading(sheet: FactSheet, scores: Scores | None) -> str | None:
    if scores is None:
        return None
    parts = [f"{{pulse_{part.name}}}/{{pulse_{part.name}_max}} {_PULSE_LABELS.get(part.name, part.name)}"
             for part in scores.pulse_components]
    return sheet.fill(" · ".join(parts)) if parts else None


_READINGS: dict[str, Callable[[FactSheet], str]] = {
    "Price": lambda sheet: sheet.fill("{change_1d_pct:signed} on the day"),
    "50-day MA": _average_reading("sma_50"), "200-day MA": _average_reading("sma_200"),
    "RSI(14)": _rsi_reading, "MACD(12,26,9)": _macd_reading,
    "ATR(14)": lambda sheet: sheet.fill("{atr_pct} of price per session"),
    "Macro: 10-year Treasury yield": _change_reading("macro_ten_year_yield_change_bp", 0),
    "Macro: dollar index (DXY)": _change_reading("macro_dollar_index_change_pct", 2),
    "Macro: VIX": _change_reading("macro_vix_change_pct", 2),
}
