"""The levels table's rows read against what the price did at each level (pipeline/level_notes.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from test_scenarios import brief_with, level

from pipeline.contracts import KeyLevel, LevelKind, LevelRow
from pipeline.facts import build_fact_sheet
from pipeline.writers.tables import level_rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_levels import (  # noqa: E402
    kind_against_side,
    label_against_side,
    touches_unshown,
    zone_disagreements,
)


def _notes(levels: list[KeyLevel]) -> dict[float, str]:
    brief = brief_with(levels=levels)
    return {r.low: r.note for r in level_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))
            if not r.is_current}


def test_a_swing_the_close_has_crossed_is_named_an_old_one() -> None:
    notes = _notes([level(512.0, "swing low", low=511.5, high=512.5), level(505.0, "swing high"),
                    level(494.0, "swing high", low=493.0, high=495.0), level(488.0, "swing low")])
    # over the close: a swing high is still the top it was, a swing low broken is old support
    assert notes[511.5].startswith("old swing low, 2.40% above the close")
    assert notes[505.0] == "swing high, 1.00% above the close"
    # under the close: a swing high cleared is old resistance, support now
    assert notes[493.0].startswith("old swing high, 1.20% below the close")
    assert notes[488.0] == "swing low, 2.40% below the close"


def test_the_bench_counts_a_swing_named_by_the_side_it_lost() -> None:
    assert label_against_side(LevelRow(kind="Support", low=490.0,
                                       note="swing high, 2.00% below the close"), 500.0)
    assert label_against_side(LevelRow(kind="Resistance", low=508.0, high=509.0,
                                       note="swing low, 1.60% above the close; 2 touches"), 500.0)
    assert not label_against_side(LevelRow(kind="Support", low=490.0,
                                           note="old swing high, 2.00% below the close"), 500.0)
    assert not label_against_side(LevelRow(kind="Resistance", low=510.0,
                                           note="swing high, 2.00% above the close"), 500.0)
    assert not label_against_side(LevelRow(kind="Current", low=500.0, note="Last close", is_current=True),
                                  500.0)


def test_the_bench_counts_a_type_on_the_wrong_side_of_the_close() -> None:
    assert kind_against_side(LevelRow(kind="Resistance", low=498.0, high=502.0, note="swing zone"), 500.0)
    assert kind_against_side(LevelRow(kind="Breakdown", low=501.0, note="range bottom"), 500.0)
    assert not kind_against_side(LevelRow(kind="Support", low=495.0, high=499.0, note="swing low"), 500.0)
    assert not kind_against_side(LevelRow(kind="Moving average", low=505.0, note="50-day MA"), 500.0)


def test_the_bench_counts_touches_the_pivots_do_not_show() -> None:
    pivots = [490.2, 490.9, 491.4, 505.0]
    zone = LevelRow(kind="Support", low=490.2, high=491.4, note="swing low, 2.00% below the close; 3 touches")
    assert not touches_unshown(zone, pivots)
    assert touches_unshown(zone.model_copy(update={"note": "swing low, 2.00% below the close; 4 touches"}),
                           pivots)
    # a zone with three pivots in it printed without its count, a single price with one
    assert touches_unshown(zone.model_copy(update={"note": "swing low, 2.00% below the close"}), pivots)
    single = LevelRow(kind="Resistance", low=505.0, note="swing high, 1.00% above the close")
    assert not touches_unshown(single, pivots)


def test_the_bench_counts_two_rows_closer_than_the_zone_tolerance() -> None:
    # the brief's ATR is about 6.1, so the zone tolerance is about 1.52: a swing zone starting $0.85
    # over the $505.00 range top is one zone to the scenarios, a second row to the table
    near = [level(505.0, "range top", "range"), level(506.5, "swing zone", low=505.85, high=507.2),
            level(490.0, "swing low")]
    apart = [level(505.0, "range top", "range"), level(508.5, "swing zone", low=508.0, high=509.0),
             level(490.0, "swing low")]
    atr = brief_with().snapshot.volatility.atr_14
    assert atr is not None and 0.85 < 0.25 * atr < 3.0
    assert zone_disagreements(brief_with(levels=near).snapshot) == 1
    assert zone_disagreements(brief_with(levels=apart).snapshot) == 0


def _current_note(change_1d_pct: float) -> str:
    """The Current row's note over a swing high 20 cents above a close the session reached with a
    move of `change_1d_pct`."""
    brief = brief_with(levels=[level(500.2, "swing high", kind=LevelKind.CURRENT)])
    returns = brief.snapshot.returns.model_copy(update={"change_1d_pct": change_1d_pct})
    brief = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"returns": returns})})
    return next(r.note for r in level_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))
                if r.is_current)


def test_a_swing_high_the_session_fell_onto_is_an_old_one() -> None:
    # news day SPY 2024-08-02: 'Last close, at the swing high ($533.07)' after a break down
    assert _current_note(-1.86).startswith("Last close, at the old swing high")
    assert _current_note(0.8).startswith("Last close, at the swing high")
