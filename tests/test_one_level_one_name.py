"""One level, one name: a range top that stands at the record (or 52-week) closing high is told as one
level, the analysis tying its two names together and the levels table's row saying both (demo QQQ
2026-11-20: $629.76 was 'Its record close' in one sentence and 'its top' in the next, never said to
be one price). The demo is written by the real template writer; bench/editorial_story reads it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from editorial_cases import Case, demo_cases  # noqa: E402
from editorial_story import high_named_apart  # noqa: E402

from pipeline.facts import build_fact_sheet  # noqa: E402
from pipeline.level_notes import edge_high_name, level_note  # noqa: E402
from pipeline.writers.phrases import vary, vary_opening  # noqa: E402


@pytest.fixture(scope="module")
def demo() -> dict[str, Case]:
    return {c.snapshot.symbol: c for c in demo_cases()}


def test_the_range_top_at_the_record_is_named_as_the_record_once(demo: dict[str, Case]) -> None:
    qqq = demo["QQQ"]
    top = f"${qqq.snapshot.extremes.all_time_high:,.2f}"
    assert qqq.snapshot.range is not None and f"${qqq.snapshot.range.upper:,.2f}" == top  # the case itself
    analysis = " ".join(qqq.article.analysis)
    assert "its top at the record close" in analysis or "range top at the record close" in analysis, analysis
    assert analysis.count(top) == 1  # the record's sentence prints it; the band names it
    row = next(r for r in qqq.article.key_levels if f"${r.low:,.2f}" == top)
    assert row.note.startswith("range top and record close, ")
    assert not high_named_apart(qqq.article, qqq.snapshot)


def test_the_two_names_told_apart_are_counted(demo: dict[str, Case]) -> None:
    qqq = demo["QQQ"]
    top = f"${qqq.snapshot.extremes.all_time_high:,.2f}"
    apart = [p.replace("its top at the record close", f"its top at {top}") for p in qqq.article.analysis]
    rows = [r.model_copy(update={"note": r.note.replace("range top and record close", "range top")})
            for r in qqq.article.key_levels]
    article = qqq.article.model_copy(update={"analysis": apart, "key_levels": rows})
    assert high_named_apart(article, qqq.snapshot)


def test_a_zone_round_the_record_is_said_to_hold_it_and_its_row_keeps_one_name(demo: dict[str, Case]) -> None:
    spy = demo["SPY"]  # record close $694.71 inside the range-top zone
    assert "(home to the record close)" in " ".join(spy.article.analysis)
    sheet = build_fact_sheet(spy.snapshot)
    for number, level in enumerate(spy.snapshot.levels, start=1):
        if level.source == "range" and level.zone_low is not None:
            assert edge_high_name(level, sheet) is None
            assert "record" not in level_note(level, number, sheet)


def test_vary_opening_moves_past_an_option_opening_on_the_word_before() -> None:
    names = {"DIA": "Dow", "IWM": "small caps", "QQQ": "Nasdaq 100", "SPY": "S&P 500"}
    snapshot = SimpleNamespace(symbol="QQQ", session=date(2026, 11, 20))
    brief = SimpleNamespace(snapshot=snapshot, related_names=names)
    options = ["For 12 sessions the band held.", "Closes held the band.", "Price held the band."]
    first = vary(options, brief, "k")
    before = f"{first.split()[0]} the Dow, its record close is near."
    picked = vary_opening(options, brief, "k", before)
    assert picked.split()[0] != first.split()[0]
    assert vary_opening(options, brief, "k", "The record is near.") == first  # an article is no clash
    assert vary_opening([f"The {o}" for o in options], brief, "k", "The record.") == f"The {first}"
