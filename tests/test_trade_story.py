"""The levels table, the cases, the final call and the take tell one trading story: a level's type
agrees with what the cases call it, a lean without a trade names the level that would make one, and
the options walls are levels (a call wall resistance and a target, a put wall support).

Snapshots as in test_scenarios (real synthetic bars, levels and averages replaced by hand).
"""

from __future__ import annotations

from market_factories import settings
from test_scenarios import CLOSE, LEVELS, _plain, brief_with, cases, level, one

from pipeline.contracts import Bias, KeyLevel, LevelKind, OptionsPositioning, TradeSetup
from pipeline.facts import build_fact_sheet
from pipeline.indicators.levels import wall_candidates
from pipeline.indicators.setups import Target, paying_target
from pipeline.verify import verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.llm_plan import setup_play
from pipeline.writers.setup_text import manage, obstacles_on_the_way
from pipeline.writers.tables import level_rows


def _rows(brief: Brief) -> dict[float, tuple[str, str]]:
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    return {row.low: (row.kind, row.note) for row in level_rows(brief, sheet)}


def _errors(brief: Brief) -> list[str]:
    article = TemplateWriter().write(brief)
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    return [f.code for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
            if f.severity.value == "error" and f.code != "data-quality"]


def test_an_untested_round_number_is_a_waypoint_row_not_a_support() -> None:
    bare = level(495, "round number", "round")
    brief = brief_with(levels=[*LEVELS, bare], sma_50=470.0)
    kind, note = _rows(brief)[495.0]
    assert kind == "Waypoint" and note.startswith("round number,") and note.endswith("; untested"), note
    _, bear = cases(brief)
    assert any("$495" in b and "waypoint" in b for b in bear), bear  # the cases call it the same
    assert _errors(brief) == []
    touched = bare.model_copy(update={"touches": 2})  # a swing touched it: tested, a support
    kind, note = _rows(brief_with(levels=[*LEVELS, touched], sma_50=470.0))[495.0]
    assert kind == "Support" and "untested" not in note, note


def _under_record(record: float) -> Brief:
    base = brief_with()
    trend = base.snapshot.trend.model_copy(update={
        "sma_50": 495.0, "pct_vs_sma_50": (CLOSE / 495.0 - 1) * 100, "sma_200": 450.0,
        "pct_vs_sma_200": (CLOSE / 450.0 - 1) * 100, "sma_200_slope_pct": 2.0})
    extremes = base.snapshot.extremes.model_copy(update={"all_time_high": record, "new_all_time_high": False})
    levels = [level(490, "swing low"), level(480, "swing low")]  # nothing tested overhead
    return brief_with(bias=Bias.BULLISH, levels=levels, extremes=extremes, trend=trend, pending_setups=[])


def test_a_long_with_nothing_tested_overhead_waits_for_the_record_close_everywhere() -> None:
    brief = _under_record(506.0)
    article = TemplateWriter().write(brief)
    assert article.setups == []
    clause = article.final_call[0].reasoning.split(";", 1)[1]
    assert "record" in clause and "$506.00" in clause, clause
    assert "$506.00" in article.take, article.take  # the take names the same trigger
    bull = [b for b in article.bull_case if "$506.00" in b]
    assert len(bull) == 1 and "record close" in bull[0], article.bull_case
    assert _errors(brief) == []


def test_at_a_record_there_is_no_record_close_to_wait_for() -> None:
    brief = _under_record(CLOSE)
    article = TemplateWriter().write(brief)
    assert not any("record close at" in b for b in article.bull_case), article.bull_case


def test_options_walls_are_levels_on_their_own_side_of_the_close() -> None:
    found = wall_candidates(640.0, 610.0, 626.4)
    assert [(c.price, c.label, c.source) for c in found] == [(640.0, "call wall", "options"),
                                                              (610.0, "put wall", "options")]
    assert wall_candidates(620.0, 630.0, 626.4) == []  # a call wall under the close is no ceiling


def test_a_wall_that_does_not_pay_for_the_risk_is_passed_for_the_next_target() -> None:
    wall = Target(640.0, "next_level", "call wall")
    measured = Target(649.31, "measured_move", "measured move of the range")
    # entry 630, stop 621.95: the wall pays 1.2 risks, under the 1.5 floor; the measured move 2.4
    assert paying_target([wall, measured], 630.0, 621.95, "long") is measured
    assert paying_target([wall, measured], 630.0, 625.0, "long") is wall  # 2.0 risks: it pays
    swing = Target(640.0, "next_level", "swing high")  # a tested level is the target either way
    assert paying_target([swing, measured], 630.0, 621.95, "long") is swing


def test_a_wall_before_the_first_tested_level_is_a_waypoint_not_the_trigger() -> None:
    wall = KeyLevel(kind=LevelKind.RESISTANCE, price=505.0, label="call wall", source="options",
                    distance_pct=1.0)
    brief = brief_with(levels=[*LEVELS, wall], sma_50=470.0)
    bull, _ = cases(brief)
    mark = [b for b in bull if "$505" in b]
    assert len(mark) == 1 and "call wall" in mark[0] and "close above" not in _plain(mark[0]), bull
    one(bull, "close above", "$510.00")  # the trigger banks' words read as the tests quote them
    kind, note = _rows(brief)[505.0]
    assert kind == "Resistance" and note.startswith("call wall,"), note
    assert _errors(brief) == []


def _aiming(wall: float, direction: str = "long") -> Brief:
    """A bullish (bearish) brief with one breakout setup from $510 to $530 ($490 to $470 for a short)
    and the options wall of its side at `wall`."""
    long = direction == "long"
    setup = TradeSetup(direction="long" if long else "short", trigger="a close above the nearest resistance"
                       if long else "a close below the nearest support", entry=510.0 if long else 490.0,
                       stop=504.0 if long else 496.0, target=530.0 if long else 470.0, reward_risk=3.3)
    base = brief_with().snapshot
    options = OptionsPositioning(provider="test", as_of=base.session, expiry=base.session, max_pain=500.0,
                                 call_wall=wall if long else None, put_wall=None if long else wall,
                                 total_call_oi=1000, total_put_oi=1000)
    return brief_with(bias=Bias.BULLISH if long else Bias.BEARISH, setups=[setup], options=options,
                      levels=[level(540, "swing high"), level(530, "swing high"), level(510, "swing high"),
                              level(490, "swing low"), level(470, "swing low"), level(460, "swing low")])


def test_a_setup_aiming_past_the_wall_of_its_side_names_it_in_the_take() -> None:
    for direction, wall, name in (("long", 520.0, "call wall at $520.00"),
                                  ("short", 480.0, "put wall at $480.00")):
        brief = _aiming(wall, direction)
        article = TemplateWriter().write(brief)
        assert [s.direction for s in article.setups] == [direction], article.setups
        assert name in article.take, article.take
        # the snapshot's Pulse (82) is bullish by construction: the short's bias is forced
        assert [e for e in _errors(brief) if direction == "long" or e != "bias-mismatch"] == []


def test_a_wall_past_the_target_or_at_it_is_not_on_the_way() -> None:
    for wall in (535.0, 530.0):  # beyond the target, at the target: nothing stands in the way
        article = TemplateWriter().write(_aiming(wall))
        assert "call wall" not in article.take, article.take


def test_a_wall_merged_into_a_zone_is_named_in_the_zones_note() -> None:
    """The put wall inside a swing zone below the close: the row keeps the zone's label and names the
    wall too; the call wall outside every zone changes no note."""
    zone = level(488, "swing low", low=487.0, high=490.0).model_copy(update={"touches": 3})
    base = brief_with().snapshot
    options = OptionsPositioning(provider="test", as_of=base.session, expiry=base.session, max_pain=500.0,
                                 call_wall=515.0, put_wall=489.0, total_call_oi=1000, total_put_oi=1000)
    brief = brief_with(levels=[level(520, "swing high"), level(510, "swing high"), zone,
                               level(480, "swing low")], options=options)
    rows = _rows(brief)
    assert rows[487.0][1].startswith("swing low, ") and rows[487.0][1].endswith("; put wall at $489.00"), rows
    assert "wall" not in rows[510.0][1] and "wall" not in rows[520.0][1], rows
    assert _errors(brief) == []  # the verifier's row check reads the same note
    inside_above = options.model_copy(update={"put_wall": None, "call_wall": 488.5})  # a call wall under
    assert "wall" not in _rows(brief_with(levels=brief.snapshot.levels, options=inside_above))[487.0][1]


def test_a_setup_aiming_past_a_tested_level_names_it_before_the_wall_in_the_take() -> None:
    """A swing high between a long's entry and its target (too close to the entry to be the target)
    is the first place the trade can stall: the take names it, then the wall, in the order a move meets
    them; a short names the swing low under its entry the same way."""
    for direction, extra, first, wall in (("long", level(513, "swing high"), "swing high at $513.00",
                                           "call wall at $520.00"),
                                          ("short", level(487, "swing low"), "swing low at $487.00",
                                           "put wall at $480.00")):
        base = _aiming(520.0 if direction == "long" else 480.0, direction)
        levels = sorted([*base.snapshot.levels, extra], key=lambda lv: lv.price, reverse=True)
        brief = brief_with(bias=base.scores.bias, setups=base.snapshot.setups, options=base.snapshot.options,
                           levels=levels)
        article = TemplateWriter().write(brief)
        assert first in article.take and wall in article.take, article.take
        assert article.take.index(first) < article.take.index(wall), article.take
        assert [e for e in _errors(brief) if direction == "long" or e != "bias-mismatch"] == []


def test_a_level_past_the_target_is_not_on_the_way() -> None:
    article = TemplateWriter().write(_aiming(535.0))  # the wall beyond the target; $540 beyond it too
    assert "$540.00" not in article.take and "$535.00" not in article.take, article.take
    said = ("the trade meets", "get through", "first test on the way", "runs into", "stands in the way",
            "to the target has to")
    assert not any(words in article.take for words in said), article.take


def _manage_sentence(take: str) -> str:
    """The take's sentence on what to do on the way (setup_text.manage_sentence)."""
    return next((s for s in take.split(". ") if "to the entry" in s or "at the entry" in s), "")


def test_a_wall_a_full_risk_past_the_entry_is_where_part_comes_off() -> None:
    """Long in at $510 with its stop at $504 (a $6 risk): a call wall $10 on is worth trimming at,
    and the stop goes to the entry there; the plan the model writer gets says the same."""
    brief = _aiming(520.0)
    plan = manage(brief.snapshot.setups[0], obstacles_on_the_way(brief, brief.snapshot.setups[0]))
    assert plan is not None and plan.first == plan.part_off == ("call wall", "{call_wall}"), plan
    take = TemplateWriter().write(brief).take
    said = _manage_sentence(take)
    assert any(w in said for w in ("part off", "to trim", "trim there")), take
    assert "part off at the call wall" in setup_play(brief), setup_play(brief)
    assert _errors(brief) == []


def test_a_wall_nearer_than_the_risk_is_held_through_with_the_stop_to_the_entry() -> None:
    brief = _aiming(514.0)  # $4 from the entry, under the $6 risk
    plan = manage(brief.snapshot.setups[0], obstacles_on_the_way(brief, brief.snapshot.setups[0]))
    assert plan is not None and plan.part_off is None, plan
    said = _manage_sentence(TemplateWriter().write(brief).take)
    assert said and "part off" not in said and "trim there" not in said and "place to trim" not in said, said
    assert "nothing before the target pays for the risk" in setup_play(brief), setup_play(brief)
    assert _errors(brief) == []


def test_the_stop_moves_to_the_entry_past_the_first_level_and_part_comes_off_at_the_wall() -> None:
    """A swing high $3 over a long's entry (half its risk), then the call wall $10 over it: the stop
    goes to the entry past the swing high, part comes off at the wall, in that order."""
    base = _aiming(520.0)
    levels = sorted([*base.snapshot.levels, level(513, "swing high")], key=lambda lv: lv.price, reverse=True)
    brief = brief_with(bias=base.scores.bias, setups=base.snapshot.setups, options=base.snapshot.options,
                       levels=levels)
    plan = manage(brief.snapshot.setups[0], obstacles_on_the_way(brief, brief.snapshot.setups[0]))
    assert plan is not None and plan.first[0] == "swing high", plan
    assert plan.part_off == ("call wall", "{call_wall}"), plan
    said = _manage_sentence(TemplateWriter().write(brief).take)
    assert said.lower().index("the first") < said.index("the wall"), said
    assert _errors(brief) == []


def test_every_tested_level_between_entry_and_target_is_named_in_the_order_met() -> None:
    """A long from $510 to $530 through swing highs at $513 and $517 (the wall past the target): the
    take names both, nearest first; the stop goes to the entry past the first ($3, half the $6 risk),
    part comes off at the second ($7, more than the risk)."""
    base = _aiming(535.0)
    extra = [level(513, "swing high"), level(517, "swing high")]
    levels = sorted([*base.snapshot.levels, *extra], key=lambda lv: lv.price, reverse=True)
    brief = brief_with(bias=base.scores.bias, setups=base.snapshot.setups, options=base.snapshot.options,
                       levels=levels)
    take = TemplateWriter().write(brief).take
    assert "$513.00" in take and "$517.00" in take and take.index("$513.00") < take.index("$517.00"), take
    plan = manage(brief.snapshot.setups[0], obstacles_on_the_way(brief, brief.snapshot.setups[0]))
    assert plan is not None and plan.part_off is not None and plan.first != plan.part_off, plan
    said = _manage_sentence(take).lower()
    assert "the first" in said and "the second" in said, take
    assert _errors(brief) == []
