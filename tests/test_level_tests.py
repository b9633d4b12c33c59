"""When a swing level was last tested and whether the closes went through it (indicators.level_tests),
and how the levels table says it (level_notes.tested_words)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from pipeline.contracts import InstrumentKind, KeyLevel, LevelKind
from pipeline.facts import FactSheet
from pipeline.indicators.level_tests import level_tests
from pipeline.level_notes import tested_words as freshness

DAYS = [date(2026, 3, 2) + timedelta(days=i) for i in range(8)]


def swing(price: float, low: float | None = None, high: float | None = None) -> KeyLevel:
    return KeyLevel(kind=LevelKind.RESISTANCE, price=price, zone_low=low, zone_high=high, label="swing high",
                    source="swing", touches=2 if low is not None else 1, distance_pct=1.0)


def bars(closes: list[float], spread: float = 0.5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    close = np.array(closes, dtype=float)
    return close + spread, close - spread, close


def test_a_level_the_closes_never_went_through_was_last_tested_by_the_last_bar_reaching_it() -> None:
    """Closes under a $105.00-$105.40 zone; the highs reach it on the 3rd and the 6th bar."""
    high, low, close = bars([103, 104, 104.8, 103, 102, 104.7, 103, 102])
    assert level_tests(swing(105.2, 105.0, 105.4), high, low, close, DAYS) == (DAYS[5], None)


def test_a_level_the_closes_crossed_and_never_came_back_to() -> None:
    """The closes went from under $105 to over it on the 4th bar and rose away: crossed, not retested
    (the last bar reaching it is the crossing bar)."""
    high, low, close = bars([104, 104.2, 104.4, 105.6, 107, 108, 109, 110], spread=0.7)
    tested, crossed = level_tests(swing(105.0), high, low, close, DAYS)
    assert crossed == DAYS[3] and tested == DAYS[3]


def test_closes_inside_the_zone_take_no_side_and_the_last_turn_counts() -> None:
    """Under the zone, inside it, over it (crossed on the 3rd bar), back under (the 5th), over again
    on the 7th with a gap: the cross is the 7th bar's, the side today's close is on, and the last bar
    to reach the zone is the 4th, before it (not retested)."""
    high, low, close = bars([104, 105.2, 106, 105.5, 104, 104.6, 106.2, 107], spread=0.3)
    level = swing(105.2, 105.0, 105.4)
    tested, crossed = level_tests(level, high, low, close, DAYS)
    assert crossed == DAYS[6] and tested == DAYS[3]


def sheet_for(level: KeyLevel, session: date) -> FactSheet:
    sheet = FactSheet("SPY", InstrumentKind.ETF)
    sheet.add("session", session, "date")
    sheet.add("level_1_tested", level.last_tested, "date")
    sheet.add("level_1_crossed", level.crossed, "date")
    return sheet


def test_the_table_says_last_tested_crossed_and_retested() -> None:
    session = date(2026, 6, 5)
    held = swing(105.0).model_copy(update={"last_tested": date(2026, 3, 3)})
    assert sheet_for(held, session).fill(freshness(held, 1, sheet_for(held, session))) == \
        "; last tested Mar 3"
    gone = held.model_copy(update={"crossed": date(2026, 4, 9), "last_tested": date(2026, 4, 9)})
    assert sheet_for(gone, session).fill(freshness(gone, 1, sheet_for(gone, session))) == \
        "; crossed Apr 9, not retested"
    back = gone.model_copy(update={"last_tested": date(2026, 5, 2)})
    assert sheet_for(back, session).fill(freshness(back, 1, sheet_for(back, session))) == \
        "; crossed Apr 9, retested May 2"


def test_a_date_more_than_half_a_year_back_or_of_another_year_keeps_its_year() -> None:
    """The verifier reads a yearless date as the session's year, or the next one more than half a
    year back: those dates print their year."""
    level = swing(105.0).model_copy(update={"last_tested": date(2025, 12, 15)})
    sheet = sheet_for(level, date(2026, 2, 6))
    assert sheet.fill(freshness(level, 1, sheet)) == "; last tested Dec 15, 2025"
    level = swing(105.0).model_copy(update={"last_tested": date(2026, 1, 5)})
    sheet = sheet_for(level, date(2026, 11, 20))
    assert sheet.fill(freshness(level, 1, sheet)) == "; last tested Jan 5, 2026"


def test_other_levels_say_nothing_and_store_as_before() -> None:
    average = KeyLevel(kind=LevelKind.SUPPORT, price=98.0, label="50-day MA", source="sma_50",
                       distance_pct=-2.0)
    assert freshness(average, 1, sheet_for(average, date(2026, 6, 5))) == ""
    assert "last_tested" not in average.model_dump() and "crossed" not in average.model_dump()


def test_a_crossed_and_retested_row_prints_its_two_dates_in_one_style() -> None:
    """One note, one date style: a crossing that needs its year takes the retest's year too (the
    table read 'crossed Feb 6, 2026, retested Nov 9'); two recent dates stay short."""
    level = swing(105.0).model_copy(update={"crossed": date(2026, 2, 6), "last_tested": date(2026, 11, 9)})
    sheet = sheet_for(level, date(2026, 11, 20))
    assert sheet.fill(freshness(level, 1, sheet)) == "; crossed Feb 6, 2026, retested Nov 9, 2026"
    recent = level.model_copy(update={"crossed": date(2026, 9, 1)})
    sheet = sheet_for(recent, date(2026, 11, 20))
    assert sheet.fill(freshness(recent, 1, sheet)) == "; crossed Sep 1, retested Nov 9"
