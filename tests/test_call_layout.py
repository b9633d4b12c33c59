"""The take's stance and the final call's short-term row: one bracket per level, rows a trader
scans at a glance (pipeline/writers/stance.py, setup_text.py, call_reasons.py)."""

from __future__ import annotations

import re

import pytest

from pipeline.writers import stance


@pytest.mark.parametrize("bank", [stance._BULLISH, stance._BEARISH, stance._BULLISH_NO_TRADE,
                                  stance._BEARISH_NO_TRADE])
def test_a_zone_round_an_average_gets_one_bracket(bank: list[str]) -> None:
    slot = "{level_3_low}–{level_3_high} (around the 50-day average)"
    for option in bank:
        text = stance.one_bracket(option, slot).replace("{slot}", slot).replace("{label}", "resistance zone")
        assert ") (" not in text, text
        assert "(around the 50-day average)" in text, text


def test_a_plain_level_keeps_its_label() -> None:
    option = "The view is bullish, and {slot} ({label}) is where it would be wrong."
    text = stance.one_bracket(option, "{level_2}").replace("{slot}", "$10.00").replace("{label}", "swing low")
    assert text == "The view is bullish, and $10.00 (swing low) is where it would be wrong."


@pytest.mark.parametrize("seed", range(1, 13))
@pytest.mark.parametrize("symbol", ["IWM", "SPY", "QQQ", "DIA"])
def test_every_final_call_row_fits_a_table_cell(symbol: str, seed: int) -> None:
    from market_factories import settings, snapshot_for

    from pipeline.scoring import score_snapshot
    from pipeline.writers import Brief, TemplateWriter
    from pipeline.writers.call_reasons import ROW_WORDS_MAX

    cfg = settings()
    inst = cfg.instrument(symbol)
    snapshot = snapshot_for(symbol, seed=seed, cfg=cfg)
    brief = Brief(snapshot=snapshot, scores=score_snapshot(snapshot, []), news=[],
                  short_name=inst.display_name,
                  related_names={i.symbol: i.short_name or i.name for i in cfg.instruments},
                  tags=inst.tags, desk="Desk", byline="Writer", ai_label="AI label")
    rows = TemplateWriter().write(brief).final_call
    assert all(len(row.reasoning.split()) <= ROW_WORDS_MAX for row in rows), [r.reasoning for r in rows]
    assert f"Pulse {brief.scores.pulse}/100" in rows[0].reasoning


def test_a_long_lead_gives_way_to_a_shorter_one_before_the_row_runs_long() -> None:
    from test_call_story import brief_with

    from pipeline.contracts import Bias
    from pipeline.writers import call_reasons

    brief = brief_with(Bias.NEUTRAL, sma_200=480.0, slope=-0.05)
    leads = call_reasons.short_leads(brief)
    assert leads[-1] == "Pulse {pulse}/100" and len(leads[0]) > len(leads[-1])


def test_both_sides_filtered_reads_the_exit_first_then_why_no_trade() -> None:
    """Demo IWM 2026-11-20 before editorial15: 'both sides stay out: longs wait for the 200-day to
    rise, shorts for price under it; a close above $249.95 (the top of the range-top zone) or below
    $241.00 ends the range, no trade'. The closes come first, the two refusals after in one
    parallel phrase."""
    from test_call_story import brief_with

    from pipeline.contracts import Bias
    from pipeline.writers import TemplateWriter

    brief = brief_with(Bias.NEUTRAL, sma_200=480.0, slope=-0.05)  # above a flat 200-day
    short = TemplateWriter().write(brief).final_call[0].reasoning
    assert short.index("$510.00") < short.index("$490.00") < short.index("no long until the 200-day turns up")
    assert "no short above it" in short and "wait for" not in short, short


def test_a_fresh_option_does_not_read_another_part_back() -> None:
    from pipeline.writers.phrases import echo_runs, vary_fresh

    call = "Pulse 66/100; a pullback to the 50-day average that holds is what the long setup waits for"
    options = ["No chase: the long setup waits for a dip to the 50-day average at {entry}.",
               "The long setup buys a dip, not the breakout: in at the 50-day average, {entry}."]

    class _Brief:  # what phrases.vary reads
        from market_factories import snapshot_for
        snapshot = snapshot_for("QQQ", seed=1)
        related_names = {"QQQ": "QQQ"}

    picked = vary_fresh(options, _Brief(), "take-setups", said="", avoid=call)
    assert picked == options[1] and not echo_runs(picked) & echo_runs(call)
    assert vary_fresh(options[:1], _Brief(), "take-setups", said="", avoid=call) == options[0]  # no other


def test_the_neutral_stance_names_the_value_the_call_trades_on() -> None:
    """News day QQQ 2025-01-27: the take waited for 'over $527.92' while the final call's long came
    with 'a close above $539.15'; the stance now names the pending long's entry, by value."""
    import sys
    from datetime import date
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from editorial_cases import news_day_cases, news_days, realdata_present

    if not realdata_present():
        pytest.skip("no realdata")
    cases = news_day_cases([d for d in news_days() if d.session == date(2025, 1, 27)])
    (qqq,) = [c for c in cases if c.snapshot.symbol == "QQQ"]
    (pending,) = [p for p in qqq.snapshot.pending_setups if p.direction == "long"]
    entry = f"${pending.entry:,.2f}"
    assert entry in qqq.article.final_call[0].reasoning and entry in qqq.article.take, qqq.article.take
    assert not [f for f in qqq.findings if f.code == "story-call-level" or f.severity == "error"]
    assert all(c.findings is not None and not [f for f in c.findings if f.severity == "error"] for c in cases)


_PROMISES_A_SIDE = re.compile(r"(picks?|decides?|settles?) (it|a side|one)|take (neither|no side) until|"
                              r"the (buyers|sellers) (have|do)|until (a close|one side)", re.I)


def test_a_take_beside_a_call_that_stands_aside_promises_no_side_on_a_break() -> None:
    """Demo IWM 2026-11-20 read 'We take no side until a close clears it or loses the range bottom at
    $241.00' in the take, under a final call saying a close past either edge 'ends the range and nothing
    more: no long until the 200-day turns up, no short above it'. Every wording of that stance, and the
    take written for such a brief, says a break gives no side."""
    from test_call_story import brief_with

    from pipeline.contracts import Bias
    from pipeline.writers import TemplateWriter, stance
    from pipeline.writers.setup_text import both_sides_refused

    for bank in (stance._REFUSED, stance._REFUSED_PIVOT_UP, stance._REFUSED_PIVOT_DOWN, stance._REFUSED_HELD):
        assert not [option for option in bank if _PROMISES_A_SIDE.search(option)], bank
    assert all(_PROMISES_A_SIDE.search(option) for option in stance._NEUTRAL_PIVOT_UP)  # it bites
    brief = brief_with(Bias.NEUTRAL, sma_200=480.0, slope=-0.05)  # above a flat 200-day: both sides out
    assert both_sides_refused(brief) is not None
    take = TemplateWriter().write(brief).take
    assert not _PROMISES_A_SIDE.search(take) and "side" in take, take
    assert both_sides_refused(brief_with(Bias.NEUTRAL, sma_200=480.0, slope=0.5)) is None  # a rising 200-day
