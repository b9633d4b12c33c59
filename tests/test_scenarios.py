"""Scenario bullets, the final call and the setups shown tell one consistent story.

Snapshots are real ones (synthetic bars through build_snapshot) with their levels,
averages and MACD replaced by hand, so each rule meets the case it is about.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from market_factories import settings, snapshot_for

from pipeline.contracts import Bias, KeyLevel, LevelKind, Momentum, Severity, TradeSetup, TradingRange
from pipeline.facts import build_fact_sheet
from pipeline.render import render_markdown
from pipeline.scoring import score_snapshot
from pipeline.verify import VerifyContext, check_text, verify_article
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.audit import scenario_violations
from pipeline.writers.llm_prompt import article_values
from pipeline.writers.tables import final_call_rows, indicator_rows, level_rows, scenario_lists

CLOSE = 500.0


def level(price: float, label: str, source: str = "swing", kind: LevelKind | None = None,
          low: float | None = None, high: float | None = None) -> KeyLevel:
    side = LevelKind.RESISTANCE if price > CLOSE else LevelKind.SUPPORT
    return KeyLevel(kind=kind or side, price=price, zone_low=low, zone_high=high, label=label,
                    source=source, distance_pct=(price / CLOSE - 1) * 100)


LEVELS = [level(520, "swing high"), level(510, "swing high"), level(490, "swing low"),
          level(480, "swing low")]


def brief_with(*, bias: Bias | None = None, sma_50: float = 495.0, macd: tuple[float, float] = (1.0, 0.5),
               **update: Any) -> Brief:
    cfg = settings()
    base = snapshot_for("DIA", cfg=cfg)
    trend = base.trend.model_copy(update={"sma_50": sma_50, "pct_vs_sma_50": (CLOSE / sma_50 - 1) * 100})
    momentum = Momentum(rsi_14=55.0, macd=macd[0], macd_signal=macd[1], macd_hist=macd[0] - macd[1])
    tape = base.tape.model_copy(update={"range_break": None, "prior_range": None}) if base.tape else None
    fields = {"close": CLOSE, "levels": LEVELS, "range": None, "setups": [], "trend": trend,
              "momentum": momentum, "tape": tape, **update}
    snapshot = base.model_copy(update=fields)
    scores = score_snapshot(snapshot)
    if bias is not None:
        scores = scores.model_copy(update={"bias": bias})
    inst = cfg.instrument("DIA")
    return Brief(snapshot=snapshot, scores=scores, short_name=inst.display_name, desk="Desk",
                 byline="Writer", ai_label="AI label",
                 related_names={i.symbol: i.short_name or i.name for i in cfg.instruments})


def cases(brief: Brief) -> tuple[list[str], list[str]]:
    return scenario_lists(brief, build_fact_sheet(brief.snapshot, brief.scores))


_SIDE_WORDS = ((re.compile(r"\bcloses? (back )?over\b"), r"close \1above"),
               (re.compile(r"\bcloses? (back )?under\b"), r"close \1below"),
               (re.compile(r"\bcloses (back )?(above|below)\b"), r"close \1\2"))
"""The trigger banks' own words for one condition ('a close over', 'price closes above'), read as
the tests quote it ('close above')."""


def _plain(bullet: str) -> str:
    for pattern, words in _SIDE_WORDS:
        bullet = pattern.sub(words, bullet)
    return bullet


def one(bullets: list[str], *parts: str) -> str:
    """The one bullet holding every part (a close over/under read as above/below)."""
    found = [b for b in bullets if all(part in _plain(b) for part in parts)]
    assert len(found) == 1, (parts, bullets)
    return found[0]


def test_next_level_is_a_different_level_beyond_the_trigger() -> None:
    bull, bear = cases(brief_with())
    assert bull.index(one(bull, "close above the nearest resistance at $510.00")) == 0
    assert bull.index(one(bull, "next resistance", "$520.00")) == 1
    # the 50-day at $495.00 lies between the close and the trigger: a fall meets it first
    assert bear.index(one(bear, "close below the 50-day average at $495.00")) == 0
    assert bear.index(one(bear, "close below the nearest support at $490.00")) == 1
    assert bear.index(one(bear, "next support", "$480.00")) == 2


def test_next_level_skips_a_level_inside_the_trigger_zone() -> None:
    levels = [level(520, "swing high"), level(510.5, "round number", "round"),
              level(510, "swing zone", low=509, high=511), level(490, "swing low")]
    bull, _ = cases(brief_with(levels=levels))
    one(bull, "next resistance", "$520.00")


def test_zones_are_quoted_as_the_levels_table_prints_them() -> None:
    """A trigger zone is quoted whole (the table's figure: a setup aiming at either edge names the
    same level); the next level by the edge a move meets first."""
    levels = [level(530, "swing zone", low=528, high=532), level(512, "swing zone", low=509, high=514),
              level(488, "swing zone", low=486, high=491), level(470, "swing zone", low=468, high=472)]
    bull, bear = cases(brief_with(levels=levels))
    one(bull, "close above the nearest resistance at $509.00–$514.00")  # the whole zone to clear
    one(bull, "next resistance", "$528.00")  # the bottom a move meets first
    one(bear, "close below the nearest support at $486.00–$491.00")
    one(bear, "next support", "$472.00")
    assert not any("$512.00" in b or "$488.00" in b for b in bull + bear)  # never the zone's middle


def test_a_zone_round_an_average_names_the_average_after_its_figures() -> None:
    """A zone built round the 200-day is named for it, after the figures (before them, '200-day
    average at $508.00' would misquote the average's own $510.00), and the article verifies clean."""
    ma = level(510, "200-day MA", "sma_200", LevelKind.MOVING_AVERAGE, low=508, high=512)
    base = brief_with()
    trend = base.snapshot.trend.model_copy(update={"sma_200": 510.0,
                                                   "pct_vs_sma_200": (CLOSE / 510 - 1) * 100})
    brief = brief_with(levels=[level(520, "swing high"), ma, level(490, "swing low")], trend=trend)
    bull, _ = cases(brief)
    one(bull, "close above the nearest resistance at $508.00–$512.00 (around the 200-day average)")
    article = TemplateWriter().write(brief)
    text = " ".join([*article.bull_case, *article.bear_case, article.take])
    assert "200-day average at $508.00" not in text and "200-day average at $512.00" not in text
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    # (the fixture's cross-state field is not moved with the 200-day: only its value is checked here)
    assert not [f for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
                if f.code == "value-mismatch"]


def test_conditions_already_met_are_stated_as_met() -> None:
    bull, bear = cases(brief_with(sma_50=505.0, macd=(1.0, 0.5)))
    one(bull, "MACD already", "above its signal")
    assert not any("cross" in b for b in bull)
    # (the wordings rotate per article: the checks read the meaning, not one frame)
    met = one(bear, "already", "50-day average at $505.00")
    assert "ellers" in met and "would" not in met, met
    assert "buyers" in one(bull, "50-day average at $505.00")
    _, bear = cases(brief_with(sma_50=495.0, macd=(0.2, 0.5)))
    one(bear, "MACD already", "below its signal")
    awaited = one(bear, "50-day average at $495.00")
    assert "sellers" in awaited and "already" not in awaited, awaited


def test_fifty_day_named_as_the_next_level_gets_no_second_bullet() -> None:
    levels = [*LEVELS[:3], level(485, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE)]
    _, bear = cases(brief_with(levels=levels, sma_50=485.0))
    one(bear, "next support", "$485.00")
    assert sum("$485.00" in b for b in bear) == 1


def test_wording_varies_between_instruments_and_sessions() -> None:
    seen = set()
    for symbol in ("SPY", "QQQ", "IWM", "DIA"):
        brief = brief_with()
        brief = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"symbol": symbol})})
        bull, _ = cases(brief)
        seen.add(bull[0].split(" at $")[0])
    assert len(seen) >= 2


def test_next_level_inside_the_triggers_zone_tolerance_is_skipped() -> None:
    atr = brief_with().snapshot.volatility.atr_14
    assert atr
    hair = 510.0 + 0.1 * atr  # closer than ZONE_ATR_MULTIPLE (0.25) ATRs: the same zone, not a next level
    bull, _ = cases(brief_with(levels=[*LEVELS, level(hair, "swing high")]))
    assert one(bull, "close above the nearest resistance at $510.00")
    assert one(bull, "next resistance", "$520.00")
    assert not any(f"${hair:.2f}" in b for b in bull)


def test_a_broken_range_edge_is_asked_back_through_not_broken_out_of() -> None:
    levels = [level(520, "swing high"), level(510, "swing high"),
              level(495.0, "old range top", "broken_range"), level(480, "swing low")]
    _, bear = cases(brief_with(levels=levels))
    trigger = one(bear, "old range top at $495.00")
    assert "back" in trigger and ("undo the breakout" in trigger or "false one" in trigger
                                  or "inside the old range" in trigger), trigger
    assert "nearest support" not in trigger and "break down" not in trigger


def test_close_at_the_range_top_is_stated_not_asked_for() -> None:
    rng = TradingRange(is_tight=True, lower=490.0, upper=500.0, sessions=20, width_pct=2.04)
    levels = [level(520, "swing high"), level(500.0, "range top", "range", kind=LevelKind.CURRENT),
              level(490, "range bottom", "range")]
    bull, bear = cases(brief_with(levels=levels, range=rng))
    assert bull[0] == "The close already sits at the range top at $500.00, so the breakout test is under way."
    assert bull.index(one(bull, "close above the nearest resistance at $520.00")) == 1
    assert bear.index(one(bear, "close below the range bottom at $490.00")) == 1  # after the 50-day
    assert not any("$500.00" in b for b in bull[1:] + bear)


def test_a_trigger_past_the_range_edge_at_the_close_is_not_called_inside_the_range() -> None:
    """The close sits in the range bottom's zone (a current level, no trigger), so the bear case's
    trigger is a support under the range: its bullet says so, never 'within the range' (QQQ
    2026-08-21, before: 'Within the range, sellers first want a close below the nearest support at
    $695.25–$702.81' under a $710.93 range bottom)."""
    rng = TradingRange(is_tight=True, lower=499.5, upper=510.0, sessions=20, width_pct=2.1)
    levels = [level(520, "swing high"), level(510.0, "range top", "range"),
              level(499.5, "range bottom", "range", kind=LevelKind.CURRENT, low=499.5, high=500.2),
              level(490, "swing low")]
    brief = brief_with(levels=levels, range=rng)
    for variant in range(4):  # every wording of the bank, across sessions
        moved = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(
            update={"session": brief.snapshot.session + timedelta(days=variant)})})
        _, bear = cases(moved)
        trigger = one(bear, "$490.00")
        assert "inside the range" not in trigger.lower() and "within the range" not in trigger.lower()
        assert "range" in trigger, trigger


def test_price_at_the_fifty_day_average_when_the_distance_rounds_to_zero() -> None:
    brief = brief_with(sma_50=499.99)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    row = next(r for r in indicator_rows(brief, sheet) if r.name == "50-day MA")
    assert row.reading == "Price at the average"
    _, bear = cases(brief)
    assert any(b.startswith("Price sits at the 50-day average at $499.99") for b in bear)


def test_current_zone_is_named_on_the_current_row() -> None:
    levels = [*LEVELS, level(500.4, "50-day MA", "sma_50", kind=LevelKind.CURRENT)]
    brief = brief_with(levels=levels)
    rows = level_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))
    current = [r for r in rows if r.is_current]
    assert [r.note for r in current] == ["Last close, at the 50-day MA ($500.40)"]
    assert len(rows) == 5


def test_close_between_two_held_levels_says_which_side_each_is_on() -> None:
    levels = [*LEVELS, level(501.5, "swing high", kind=LevelKind.CURRENT, low=501.2, high=501.8),
              level(498.6, "swing high", kind=LevelKind.CURRENT, low=497.9, high=499.3),
              level(500.9, "max pain", "options", kind=LevelKind.CURRENT),
              level(500.2, "swing zone", kind=LevelKind.CURRENT, low=499.6, high=500.6)]
    notes = {}
    for name, chosen in (("between", levels[4:6]), ("below", levels[6:7]), ("above", levels[5:6]),
                         ("inside", levels[7:])):
        brief = brief_with(levels=[*LEVELS, *chosen])
        rows = level_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))
        notes[name] = next(r.note for r in rows if r.is_current)
    # a zone is quoted by its span, as its own row would print it: a setup aiming at its near edge
    # ($501.20) names a figure the table shows, not a third one beside the mean ($501.50)
    # a swing high the close has cleared is an old one: two 'swing highs' round the close read as two tops
    assert notes["between"] == ("Last close, above the old swing high at $497.90–$499.30 and just under the "
                                "swing high at $501.20–$501.80")
    assert notes["below"] == "Last close, just below the max pain at $500.90"
    assert notes["above"] == "Last close, just above the old swing high at $497.90–$499.30"
    assert notes["inside"] == "Last close, inside the swing zone at $499.60–$500.60"  # with its figures


LONG = TradeSetup(direction="long", style="breakout", trigger="a close above the swing high",
                  entry=510.0, stop=505.0, target=520.0, reward_risk=2.0)
SHORT = TradeSetup(direction="short", style="breakout", trigger="a close below the swing low",
                   entry=490.0, stop=495.0, target=480.0, reward_risk=2.0)


def test_a_bullish_call_shows_only_the_long_setup_and_names_it() -> None:
    brief = brief_with(bias=Bias.BULLISH, setups=[LONG, SHORT])
    article = TemplateWriter().write(brief)
    assert [s.direction for s in article.setups] == ["long"]
    short_term = article.final_call[0]
    assert short_term.bias == Bias.BULLISH
    assert "long" in short_term.reasoning and "a close above the swing high" in short_term.reasoning
    # the take names the setup's entry and target: its trade level is the setup's trigger
    assert "$510.00" in article.take and "$520.00" in article.take


def test_a_bullish_call_with_only_a_short_setup_shows_none_and_says_why() -> None:
    brief = brief_with(bias=Bias.BULLISH, setups=[SHORT], pending_setups=[])
    article = TemplateWriter().write(brief)
    assert article.setups == []
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    reasoning = final_call_rows(brief, sheet)[0].reasoning
    assert "long" in reasoning and "$" not in reasoning.split(";")[1]  # the rule failed, in words


PENDING = TradeSetup(direction="long", style="breakout", trigger="a close above the swing high",
                     entry=512.5, stop=507.5, target=525.0, reward_risk=2.5, beyond_record=True)


def test_a_call_without_its_setup_names_the_condition_that_would_create_one() -> None:
    brief = brief_with(bias=Bias.BULLISH, setups=[SHORT], pending_setups=[PENDING])
    article = TemplateWriter().write(brief)
    assert article.setups == []
    clause = article.final_call[0].reasoning.split(";", 1)[1]
    assert "$512.50" in clause and "$525.00" in clause and "record" in clause
    assert "$512.50" in article.take and "$525.00" in article.take  # one story: the same level
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    errors = [f for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
              if f.severity.value == "error" and f.code != "data-quality"]
    assert errors == []


def test_same_day_articles_word_the_missing_setup_differently() -> None:
    clauses = set()
    for symbol in ("SPY", "QQQ", "IWM", "DIA"):
        brief = brief_with(bias=Bias.BULLISH, setups=[], pending_setups=[PENDING])
        brief = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"symbol": symbol})})
        reasoning = TemplateWriter().write(brief).final_call[0].reasoning
        clauses.add(re.sub(r"\$[\d,.]+", "#", reasoning.split(";", 1)[1]))
    assert len(clauses) == 4


def test_a_neutral_call_in_a_range_fades_both_edges() -> None:
    fades = [LONG.model_copy(update={"style": "fade"}), SHORT.model_copy(update={"style": "fade"})]
    brief = brief_with(bias=Bias.NEUTRAL, setups=fades)
    article = TemplateWriter().write(brief)
    assert len(article.setups) == 2
    assert article.final_call[0].reasoning.endswith("the setups fade the range edges until one of them gives")


def test_a_neutral_call_without_a_setup_says_which_close_sets_up_which_side() -> None:
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    clauses = set()
    for symbol in ("SPY", "QQQ", "IWM", "DIA"):
        brief = brief_with(bias=Bias.NEUTRAL, setups=[], pending_setups=[])
        brief = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"symbol": symbol})})
        article = TemplateWriter().write(brief)
        clause = article.final_call[0].reasoning.split(";", 1)[1]
        # each side's level, as the scenarios quote it: the nearest resistance and support; the
        # fixture's price sits above a rising 200-day, so the short side is named but not offered
        assert re.search(r"long[^;,]*above \$510\.00", clause) and "below $490.00" in clause, clause
        assert "short needs" not in clause and "rising 200-day" in clause, clause
        clauses.add(re.sub(r"\$[\d,.]+", "#", clause))
        if symbol == "DIA":  # the fixture's own symbol: the other names keep DIA's figures
            errors = [f for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
                      if f.severity.value == "error" and f.code not in ("data-quality", "bias-mismatch")]
            assert errors == []  # (the bias is set by hand here, the Pulse is not)
    assert len(clauses) == 4  # same-day articles word it differently
    pending = brief_with(bias=Bias.NEUTRAL, setups=[], pending_setups=[PENDING])
    clause = TemplateWriter().write(pending).final_call[0].reasoning.split(";", 1)[1]
    assert "$512.50" in clause and "$525.00" in clause and "below $490.00" in clause, clause


def test_written_articles_have_no_scenario_violations_and_verify_clean() -> None:
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    for updates in ({}, {"sma_50": 505.0}, {"macd": (0.2, 0.5)}, {"sma_50": 499.99}):
        brief = brief_with(**updates)
        article = TemplateWriter().write(brief)
        assert scenario_violations(article, brief.snapshot) == []
        # data-quality findings are about the hand-edited snapshot (close vs prev_close), not the text
        errors = [f for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
                  if f.severity.value == "error" and f.code != "data-quality"]
        assert errors == []


def test_audit_finds_each_kind_of_violation() -> None:
    brief = brief_with(sma_50=505.0, macd=(1.0, 0.5))
    article = TemplateWriter().write(brief).model_copy(update={
        "bull_case": ["A close above $500.00 would mark a breakout.",
                      "A close above the nearest resistance at $510.00 would mark a breakout.",
                      "Follow-through would put the next resistance at $510.00 in play.",
                      "A MACD line crossing and holding above its signal would confirm the move."],
        "bear_case": ["Losing the 50-day average at $505.00 would hand the trend to sellers."]})
    kinds = sorted(v.split(":")[0] for v in scenario_violations(article, brief.snapshot))
    assert kinds == ["condition-met", "condition-met", "next-repeats-trigger", "trigger-at-close"]


def test_the_verifier_reports_scenario_logic_as_warnings() -> None:
    brief = brief_with(sma_50=505.0, macd=(1.0, 0.5))
    article = TemplateWriter().write(brief)
    markdown = render_markdown(article)
    start = markdown.index("### Bull case")
    end = markdown.index("## ", start + 4)
    planted = markdown[:start] + (
        "### Bull case\n\n- A close above $500.00 would mark a breakout.\n"
        "- A close above the nearest resistance at $510.00 would mark a breakout.\n"
        "- Follow-through would put the next resistance at $510.00 in play.\n"
        "- A MACD cross above its signal would confirm the move.\n\n"
        "### Bear case\n\n- Losing the 50-day average at $505.00 would hand the trend to sellers.\n"
        "- MACD already sits above its signal, yet a cross below it would confirm the selling.\n\n"
    ) + markdown[end:]
    ctx = VerifyContext.build(brief.snapshot, brief.scores)
    found = [f for f in check_text(planted, ctx) if f.code.startswith("scenario-")]
    assert sorted((f.code, f.section) for f in found) == [
        ("scenario-condition-met", "bear_case"), ("scenario-condition-met", "bull_case"),
        ("scenario-next-repeats-trigger", "bull_case"), ("scenario-trigger-at-close", "bull_case")]
    assert all(f.severity == Severity.WARNING for f in found)
    assert not [f for f in check_text(markdown, ctx) if f.code.startswith("scenario-")]


def test_the_model_prompt_carries_the_condition_for_the_missing_setup() -> None:
    brief = brief_with(bias=Bias.BULLISH, setups=[SHORT], pending_setups=[PENDING])
    values = article_values(brief, build_fact_sheet(brief.snapshot, brief.scores), 0, 400)
    assert values["setups"] == []
    # the short-term call's clause (llm_plan.short_term_clause) carries the pending long's condition, as slots
    clause = values["short_term"]
    assert "the long waits on a close above {pending_long_entry}" in clause, clause
    shown = brief_with(bias=Bias.BULLISH, setups=[LONG], pending_setups=[PENDING])
    shown_clause = article_values(shown, build_fact_sheet(shown.snapshot, shown.scores), 0, 400)["short_term"]
    assert "pending" not in shown_clause and "long setup waits for" in shown_clause, shown_clause


def test_an_untested_round_number_is_a_waypoint_not_the_trigger() -> None:
    bare = level(495, "round number", "round")
    bull, bear = cases(brief_with(levels=[*LEVELS, bare], sma_50=470.0))
    waypoint = one(bear, "round number at $495")
    assert "waypoint" in waypoint or "tested" in waypoint, waypoint
    assert "close below" not in waypoint and "breakdown" not in waypoint
    trigger = one(bear, "close below the first tested support at $490.00")
    assert bear.index(waypoint) < bear.index(trigger) < bear.index(one(bear, "next support", "$480.00"))
    # a round number a swing has touched is tested: it stays the trigger
    touched = bare.model_copy(update={"touches": 2})
    _, bear = cases(brief_with(levels=[*LEVELS, touched], sma_50=470.0))
    one(bear, "close below the nearest support at $495")


def test_after_a_breakout_the_bull_case_holds_it_and_extends_it() -> None:
    base = brief_with()
    assert base.snapshot.tape is not None
    old = TradingRange(is_tight=True, lower=470.0, upper=492.0, sessions=20, width_pct=4.7)
    tape = base.snapshot.tape.model_copy(update={"range_break": "above", "prior_range": old})
    levels = [level(520, "swing high"), level(510, "swing high"), level(492, "old range top", "broken_range"),
              level(480, "swing low")]
    bull, bear = cases(brief_with(levels=levels, tape=tape))
    held = one(bull, "old range top at $492.00")
    assert bull.index(held) == 0 and "already" in held, bull
    step = one(bull, "$510.00")
    assert not re.search(r"break out|mark a breakout|confirm the breakout", step), step
    one(bear, "back", "old range top at $492.00")


def test_a_bias_that_does_not_follow_a_big_move_says_why_in_the_short_term_call() -> None:
    base = brief_with()
    assert base.snapshot.tape is not None
    tape = base.snapshot.tape.model_copy(update={"move_atr": -2.6})
    returns = base.snapshot.returns.model_copy(update={"change_1d_pct": -2.58})
    for bias in (Bias.NEUTRAL, Bias.BULLISH):
        brief = brief_with(bias=bias, tape=tape, returns=returns)
        short = final_call_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))[0].reasoning
        assert "2.58%" in short and "200-day trend" in short, short
        assert re.search(r"\b(still|despite|even)\b", short), short
    # a bearish call follows the drop, and a small move needs no reason
    brief = brief_with(bias=Bias.BEARISH, tape=tape, returns=returns)
    assert "2.58%" not in final_call_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))[0].reasoning
    calm = base.snapshot.tape.model_copy(update={"move_atr": -0.8})
    brief = brief_with(bias=Bias.NEUTRAL, tape=calm, returns=returns)
    short = final_call_rows(brief, build_fact_sheet(brief.snapshot, brief.scores))[0].reasoning
    assert "despite" not in short and "2.58%" not in short, short


def test_the_take_stands_on_a_tested_level_not_an_untested_round_number() -> None:
    bare = level(495, "round number", "round")
    brief = brief_with(bias=Bias.BULLISH, levels=[*LEVELS, bare], sma_50=470.0)
    take = TemplateWriter().write(brief).take
    assert "$490.00" in take and "$495" not in take, take
    # with nothing tested on that side, the round number is all there is
    brief = brief_with(bias=Bias.BULLISH, levels=[level(520, "swing high"), bare], sma_50=470.0)
    assert "$495" in TemplateWriter().write(brief).take


def test_the_takes_line_in_the_sand_is_the_scenarios_trigger_an_average_included() -> None:
    average = level(495, "50-day MA", "sma_50", kind=LevelKind.MOVING_AVERAGE)
    brief = brief_with(bias=Bias.BULLISH, levels=[*LEVELS, average], sma_50=495.0)
    article = TemplateWriter().write(brief)
    one(article.bear_case, "close below the 50-day average at $495.00")
    assert "$495.00" in article.take and "$490.00" not in article.take, article.take


def test_inside_a_range_only_its_edges_are_a_breakout_or_breakdown() -> None:
    rng = TradingRange(is_tight=True, lower=485.0, upper=515.0, sessions=20, width_pct=6.2)
    levels = [level(515, "range top", "range"), level(510, "swing high"), level(490, "swing low"),
              level(485, "range bottom", "range")]
    bull, bear = cases(brief_with(levels=levels, range=rng, sma_50=470.0))
    for bullet in (one(bull, "$510.00"), one(bear, "$490.00")):
        assert not re.search(r"break ?(out|down)|breakout|breakdown", bullet), bullet


def test_on_a_record_a_far_first_support_is_said_to_be_far_with_its_distance() -> None:
    base = brief_with()
    atr = base.snapshot.volatility.atr_14
    assert atr
    record = base.snapshot.extremes.model_copy(update={"new_all_time_high": True})
    far = level(CLOSE - 6 * atr, "swing high")
    brief = brief_with(bias=Bias.BULLISH, levels=[far], extremes=record, sma_50=CLOSE - 8 * atr)
    take = TemplateWriter().write(brief).take
    assert f"{abs(far.distance_pct):.2f}%" in take, take
    near = level(CLOSE - 2 * atr, "swing high")
    brief = brief_with(bias=Bias.BULLISH, levels=[near], extremes=record, sma_50=CLOSE - 8 * atr)
    take = TemplateWriter().write(brief).take
    assert f"${near.price:.2f}" in take and f"{abs(near.distance_pct):.2f}%" not in take, take


def test_a_range_topped_by_the_record_close_says_so_in_the_take() -> None:
    rng = TradingRange(is_tight=True, lower=490.0, upper=505.0, sessions=20, width_pct=3.06)
    levels = [level(505.0, "range top", "range"), level(490, "range bottom", "range")]
    base = brief_with()
    record = base.snapshot.extremes.model_copy(update={"all_time_high": 505.0, "new_all_time_high": False})
    brief = brief_with(levels=levels, range=rng, extremes=record)
    take = TemplateWriter().write(brief).take
    assert "record close" in take and "$505.00" in take, take
    higher = base.snapshot.extremes.model_copy(update={"all_time_high": 540.0, "new_all_time_high": False})
    assert "record" not in TemplateWriter().write(brief_with(levels=levels, range=rng, extremes=higher)).take


def test_a_neutral_call_quotes_a_zone_by_the_edge_a_close_must_clear() -> None:
    levels = [level(512, "swing zone", low=509, high=514), level(488, "swing low", low=486, high=491)]
    brief = brief_with(bias=Bias.NEUTRAL, setups=[], pending_setups=[], levels=levels)
    article = TemplateWriter().write(brief)
    clause = article.final_call[0].reasoning.split(";", 1)[1]
    assert "above $514.00 (zone top)" in clause, clause
    # the short stays off above the rising 200-day: the zone's edge is named, no short offered
    assert "below $486.00 (zone bottom)" in clause, clause
    assert "short needs" not in clause, clause
    assert "–" not in clause  # no span in the call; the take and the scenarios quote the zones whole
    assert "$509.00–$514.00" in " ".join(article.bull_case)


def test_a_zone_starting_just_past_the_trigger_is_named_before_the_next_level() -> None:
    """A zone whose near edge lies within the zone tolerance past the trigger but which reaches
    beyond it is a level of its own: the case names it right after the trigger, then the next
    level beyond its far edge (never 'the next resistance' past it, unnamed)."""
    atr = brief_with().snapshot.volatility.atr_14
    assert atr
    start, end = 510.0 + 0.15 * atr, 510.0 + 0.6 * atr
    levels = [level(530, "swing high"), level(start + 0.3 * atr, "swing zone", low=start, high=end),
              level(510, "swing high"), level(490, "swing low"), level(480, "swing low")]
    bull, _ = cases(brief_with(levels=levels))
    trigger = one(bull, "close above the nearest resistance at $510.00")
    zone = one(bull, f"swing zone spanning ${start:.2f}–${end:.2f}")
    after = one(bull, "next resistance", "$530.00")
    assert bull.index(trigger) < bull.index(zone) < bull.index(after)
    assert "next" not in zone


def test_no_two_trigger_options_share_an_eight_word_run() -> None:
    """Two same-day articles take different options of a trigger bank (phrases.vary); with the level's
    name (one to three words) and its figure filled in, no two options may share a run of
    bench/editorial.py's 8 masked words, or the session reads one clause four times (demo DIA and SPY
    2026-11-20: 'a close above the range top at $X–$Y' in both)."""
    from pipeline.writers import scenarios

    def runs(text: str, what: str) -> set[tuple[str, ...]]:
        words = re.sub(r"\{[^}]*\}", "#", text.replace("{what}", what)).lower().split()
        return {tuple(words[n:n + 8]) for n in range(len(words) - 7)}

    banks = [scenarios._BULL_TRIGGER, scenarios._BEAR_TRIGGER, scenarios._UNDO_BREAKDOWN,
             scenarios._UNDO_BREAKOUT]
    for bank in banks:
        assert len(bank) >= 4  # one option per instrument of a session
        for what in ("range top", "first tested resistance", "old range bottom", "swing high"):
            for n, option in enumerate(bank):
                for other in bank[n + 1:]:
                    assert not runs(option, what) & runs(other, what), (option, other, what)


def test_a_neutral_call_after_a_range_break_says_whose_break_it_is_and_why_it_stays_neutral() -> None:
    """News day SPY 2024-08-02 before edday (stop 45): a close below a 12-session range under a take
    reading 'No side yet' and a short-term row 'Pulse 51/100 with threat level 3/5'. The take now
    names the break's side without a lean word (the bias is the Pulse's), the row what holds the
    Pulse, and the article verifies without errors."""
    base = brief_with()
    assert base.snapshot.tape is not None
    old = TradingRange(is_tight=True, lower=505.0, upper=520.0, sessions=12, width_pct=3.0)
    tape = base.snapshot.tape.model_copy(update={"range_break": "below", "prior_range": old,
                                                 "move_atr": -1.2})
    returns = base.snapshot.returns.model_copy(update={"change_1d_pct": -1.4})
    levels = [level(520, "swing high"), level(505, "old range bottom", "broken_range"),
              level(490, "swing low"), level(480, "swing low")]
    brief = brief_with(bias=Bias.NEUTRAL, levels=levels, tape=tape, returns=returns)
    article = TemplateWriter().write(brief)
    take = article.take
    assert not re.search(r"no side yet|pick a side|decides it|we stay neutral|neutral for now", take,
                         re.IGNORECASE), take
    assert "sellers" in take and not re.search(r"\b(?:bullish|bearish)\b", take), take
    short = article.final_call[0].reasoning
    assert re.search(r"\b(still|despite|even after|only)\b", short) and "1.40%" in short, short
    names = [n for inst in settings().instruments for n in (inst.name, *inst.aliases)]
    # (the fixture's snapshot is not moved with the close and its bias is set by hand: the
    # data-quality and bias-mismatch findings that makes aside)
    errors = [f for f in verify_article(article, brief.snapshot, brief.scores, {}, names=names)
              if f.severity == Severity.ERROR and f.code not in ("data-quality", "bias-mismatch")]
    assert errors == [], errors
