"""'The worst day since <date>': the tape's last move the same way as large (indicators.tape.move_unmatched),
its fact on the sheet only when 20 sessions or more lie between, the template writer's sentence on a big
day, and the verifier reading the date after 'worst/best day since', 'biggest drop/gain since'
(verify.move_since). The demo IWM 2026-11-20 rose 0.30%; its held moves: Nov 11 +0.40%, Nov 12 +0.20%,
Nov 16 +0.10% (smaller), Nov 13 -0.90% and Nov 17 -0.80% (drops)."""

from __future__ import annotations

from datetime import date

import numpy as np
from market_factories import snapshot_for
from test_indicators import closes_from_pct, history, instrument
from test_news_synthesis import brief_for
from verify_text_helpers import errors, iwm_context

from pipeline.facts import MOVE_SINCE_SESSIONS, build_fact_sheet
from pipeline.indicators import build_snapshot
from pipeline.indicators.tape import move_unmatched
from pipeline.verify.move_since import last_move_as_large
from pipeline.writers.paragraphs import day_paragraph, move_since_sentence

CTX = iwm_context()


def test_the_last_move_as_large_the_same_way_and_the_sessions_between() -> None:
    closes = np.array([100.0, 95.0, 96.0, 97.0, 96.5, 97.0, 93.0])  # -5.0%, ..., -0.5%, then -4.12%
    assert move_unmatched(closes) == (4, 1)  # the -5% drop on bar 1, four sessions between
    assert move_unmatched(np.array([100.0, 101.0, 100.0, 103.0])) == (2, None)  # +3% beats every gain held
    assert move_unmatched(np.array([100.0, 104.0, 103.0, 105.0])) == (1, 1)  # +4% on bar 1 beats +1.94%
    assert move_unmatched(np.array([100.0, 100.0])) == (0, None)  # a flat close is no move


def test_the_since_date_is_on_the_sheet_only_for_a_rare_move() -> None:
    calm = closes_from_pct(100, [0.2, -0.2] * 20)
    rare = closes_from_pct(100, [-3.0] + [0.2, -0.2] * (MOVE_SINCE_SESSIONS // 2 + 2) + [-2.5])
    recent = closes_from_pct(100, [0.2, -0.2] * 20 + [-3.0, 0.2, -2.5])
    sheets, hist_sessions = {}, {}
    for name, closes in (("calm", calm), ("rare", rare), ("recent", recent)):
        hist = history("IWM", closes)
        hist_sessions[name] = [bar.session for bar in hist.bars]
        snap = build_snapshot(hist, instrument(), {}, hist.bars[-1].session)
        sheets[name] = (snap, build_fact_sheet(snap))
    snap, sheet = sheets["rare"]
    assert snap.tape is not None and snap.tape.move_unmatched_sessions >= MOVE_SINCE_SESSIONS
    assert sheet.facts["move_since_date"].value == hist_sessions["rare"][1]  # the -3% bar
    assert not sheets["calm"][1].has("move_since_date")
    assert sheets["recent"][0].tape.move_unmatched_sessions == 1
    assert not sheets["recent"][1].has("move_since_date")


def _brief(move_atr: float, sessions: int):  # type: ignore[no-untyped-def]
    snap = snapshot_for("IWM", seed=2)  # down 2.02%
    assert snap.tape is not None
    tape = snap.tape.model_copy(update={"move_atr": move_atr, "move_unmatched_sessions": sessions,
                                        "move_unmatched_since": date(2026, 9, 3)})
    snap = snap.model_copy(update={"tape": tape})
    brief = brief_for(snap, [])
    return brief, build_fact_sheet(snap, brief.scores, article_dates=True)


def test_the_writer_tells_a_big_rare_drop_and_only_that() -> None:
    brief, sheet = _brief(-2.4, 45)
    said = move_since_sentence(brief, sheet)
    assert said is not None and "Sep 3" in sheet.fill(said), said
    assert any(word in said for word in ("worst", "drop", "loss")) and "best" not in said
    assert sheet.fill(said) in day_paragraph(brief, sheet)
    assert move_since_sentence(*_brief(-0.8, 45)) is None  # an ordinary-sized day: not the story
    assert move_since_sentence(*_brief(-2.4, 12)) is None  # a bigger drop 12 sessions ago: no news


def test_the_verifier_finds_the_day_of_the_last_move_as_large() -> None:
    assert last_move_as_large(CTX.snapshot, down=False) == date(2026, 11, 11)
    assert last_move_as_large(CTX.snapshot, down=True) is None  # the session rose


def test_the_right_since_date_is_clean_and_a_wrong_one_flagged() -> None:
    for right in ("It was the best day for small caps since Nov 11.",
                  "IWM had its biggest one-day gain since November 11, 2026.",
                  "For IWM, it was the best session since Nov 11."):
        assert errors(CTX, right) == [], right
    assert ("date-untraced", "Nov 13") in errors(CTX, "It was the best day for small caps since Nov 13.")
    assert ("date-untraced", "Nov 17") in errors(CTX, "That was the largest gain for IWM since Nov 17.")


def test_another_instruments_since_date_is_not_read_as_this_ones() -> None:
    assert ("date-untraced", "Nov 13") not in errors(
        CTX, "SPY had its best day since Nov 13, while IWM rose 0.30%.")


def test_the_model_prompt_offers_the_since_slot_on_that_day_only() -> None:
    from pipeline.llm.prompts import PromptSet
    from pipeline.writers.llm_prompt import article_values

    brief, sheet = _brief(-2.4, 45)
    prompt = PromptSet().render("article", **article_values(brief, sheet, 0, 0))
    assert "BIG DAY" in prompt and "the worst day since {move_since_date}" in prompt
    assert "move_since_date=Sep 3" in prompt  # the fact itself, in FACTS
    quiet, quiet_sheet = _brief(-0.8, 45)
    assert "BIG DAY" not in PromptSet().render("article", **article_values(quiet, quiet_sheet, 0, 0))
