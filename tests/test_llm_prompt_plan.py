"""The model prompt's TAKE AND CALL lines carry the template writer's choices (pure: no server).

For synthetic sessions of every instrument, the levels the prompt gives the take (writers/llm_plan)
are the ones the template's take quotes, its short-term clause is the one the template's final call
gives, and a range topped by the record close is flagged when the template's take says so. A zone's
own slot prints the zone whole, so a model cannot quote it by a third figure.
"""

from __future__ import annotations

import re

import pytest
from test_scenarios import brief_with, level
from test_trade_story import _aiming
from test_writer_voice import brief_for

from pipeline.angles import rank_angles
from pipeline.facts import build_fact_sheet
from pipeline.writers import TemplateWriter
from pipeline.writers.llm_plan import (
    level_words,
    lid_note,
    setup_play,
    short_term_clause,
    take_level,
    view_line,
)
from pipeline.writers.slots import SlotFiller, zone_slots

PRICE = re.compile(r"\$\d[\d,]*\.\d+")


@pytest.mark.parametrize("seed", range(1, 11))
@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
def test_the_take_and_call_lines_are_the_templates_levels(symbol: str, seed: int) -> None:
    brief = brief_for(symbol, seed)
    article = TemplateWriter().write(brief)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    angles = rank_angles(brief.snapshot, brief.news)
    pivot = take_level(brief, sheet, angles)
    view = view_line(brief, sheet, angles, pivot)
    assert pivot or view
    for line in (pivot or "", view or ""):
        assert set(PRICE.findall(sheet.fill(line))) <= set(PRICE.findall(article.take)), (line, article.take)
    clause = short_term_clause(brief)
    assert sheet.fill(clause) in article.final_call[0].reasoning
    assert bool(lid_note(brief, sheet, pivot)) <= ("record" in article.take)
    play = setup_play(brief)
    if play and ";" not in play:  # one setup's (or one pending setup's) entry and target, as the take's,
        figures = set(PRICE.findall(sheet.fill(play)))  # and what the take names on the way
        other_way = play.startswith("no ") and "the other way" in play  # its trigger's figure only
        assert "on the way" in play or len(figures) == (1 if other_way else 2), (play, article.take)
        assert figures <= set(PRICE.findall(article.take)), (play, article.take)


def test_a_zones_own_slot_prints_the_zone_whole_and_its_edges_stay_edges() -> None:
    brief = brief_for("SPY", 3)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    zoned = [n for n, lv in enumerate(brief.snapshot.levels, start=1)
             if lv.zone_low is not None and lv.zone_high is not None and lv.zone_low < lv.zone_high]
    single = [n for n, lv in enumerate(brief.snapshot.levels, start=1) if lv.zone_low is None]
    assert zoned and single
    n, m = zoned[0], single[0]
    filler = SlotFiller(sheet)
    whole = f"{sheet.fmt(f'level_{n}_low')}–{sheet.fmt(f'level_{n}_high')}"
    assert filler.fill(f"{{level_{n}}}", "take") == whole  # never the zone's reference price
    assert filler.fill(f"{{level_{n}_low}}–{{level_{n}_high}}", "take") == whole
    assert filler.fill(f"{{level_{n}_high}}", "final_call") == sheet.fmt(f"level_{n}_high")
    assert filler.fill(f"{{level_{m}}}", "take") == sheet.fmt(f"level_{m}")
    assert filler.findings == []
    assert zone_slots(f"at {{level_{n}_low}}–{{level_{n}_high}} (around the 50-day average)") == \
        f"at {{level_{n}}} (around the 50-day average)"
    assert zone_slots(f"{{level_{n}_low}}–{{level_{m}_high}}") == f"{{level_{n}_low}}–{{level_{m}_high}}"


def test_a_zone_round_an_average_goes_by_one_name() -> None:
    from pipeline.contracts import KeyLevel, LevelKind

    zone = KeyLevel(kind=LevelKind.MOVING_AVERAGE, price=662.02, zone_low=660.0, zone_high=662.02,
                    label="200-day MA", source="sma_200", distance_pct=1.8)
    line = zone.model_copy(update={"zone_low": None, "zone_high": None})
    swing = KeyLevel(kind=LevelKind.SUPPORT, price=639.85, label="swing high", source="swing",
                     distance_pct=-1.61)
    assert level_words(zone, above=True) == "resistance zone around the 200-day average"
    assert level_words(line, above=True) == "200-day average"
    assert level_words(swing, above=False) == "old swing high"


def test_the_play_names_what_the_take_names_between_entry_and_target() -> None:
    """A setup aiming past a tested level (and its side's options wall): the take names them on the way,
    and the model's play carries the same levels, so its take tells the same trade (before edsetup4 the
    play gave only the entry and the target)."""
    base = _aiming(520.0)
    levels = sorted([*base.snapshot.levels, level(513, "swing high")], key=lambda lv: lv.price, reverse=True)
    brief = brief_with(bias=base.scores.bias, setups=base.snapshot.setups, options=base.snapshot.options,
                       levels=levels)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    play = sheet.fill(setup_play(brief))
    take = TemplateWriter().write(brief).take
    assert "swing high at $513.00, then the call wall at $520.00" in play, play
    assert set(PRICE.findall(play)) <= set(PRICE.findall(take)), (play, take)
    plain = _aiming(535.0)  # nothing between $510 and $530
    assert "on the way" not in setup_play(plain), setup_play(plain)
