"""Less than a year of history: the high and low are the N sessions held, and every reader says so."""

from __future__ import annotations

import pytest
from brief_factories import error_findings as errors
from brief_factories import iwm_brief
from market_factories import SESSION, news_item, settings, synthetic_history

from pipeline.contracts import PriceHistory, Snapshot
from pipeline.facts import build_fact_sheet
from pipeline.indicators import build_snapshot
from pipeline.llm.prompts import PromptSet
from pipeline.render import render_markdown
from pipeline.writers import Brief, TemplateWriter
from pipeline.writers.llm_prompt import article_values

SESSIONS = 120


def short_snapshot(sessions: int = SESSIONS, seed: int = 3, new_high: bool = False) -> Snapshot:
    cfg = settings()
    inst = cfg.instrument("IWM")
    history = synthetic_history("IWM", sessions=sessions, seed=seed)
    if new_high:
        top = max(bar.close for bar in history.bars[:-1]) * 1.01
        last = history.bars[-1].model_copy(update={"close": round(top, 2), "high": round(top + 0.5, 2)})
        history = PriceHistory(symbol="IWM", provider="synthetic", bars=[*history.bars[:-1], last])
    related = {s: (cfg.instrument(s), synthetic_history(s, sessions=sessions, seed=seed + i + 1))
               for i, s in enumerate(inst.related_symbols())}
    return build_snapshot(history, inst, related, SESSION, events=cfg.events)


def brief_for(snapshot: Snapshot) -> Brief:
    return iwm_brief(snapshot, [news_item("Small caps stall", "Small caps lagged the large caps again.",
                                          ["IWM"])])


def test_the_window_is_the_history_held() -> None:
    s = short_snapshot()
    assert (s.bars_used, s.extremes_window, s.has_full_year) == (SESSIONS, SESSIONS, False)
    assert any("reported as the 120-session high and low" in line for line in s.missing)
    assert any(line.startswith("all_time_high: only 120 sessions held") for line in s.missing)
    sheet = build_fact_sheet(s)
    assert not sheet.has("high_52w") and not sheet.has("all_time_high") and not sheet.has("pct_from_52w_high")
    assert sheet.fmt("window_sessions") == "120" and sheet.value("high_window") == s.extremes.high_52w
    full = short_snapshot(sessions=300)
    assert full.has_full_year and full.extremes_window == 252 and build_fact_sheet(full).has("high_52w")


@pytest.mark.parametrize("new_high", [False, True])
def test_article_on_short_history_says_n_session_and_verifies_clean(new_high: bool) -> None:
    brief = brief_for(short_snapshot(new_high=new_high))
    article = TemplateWriter().write(brief)
    text = render_markdown(article)
    assert "52-week" not in text.lower() and "all-time" not in text.lower()
    assert "nan" not in text.split() and "None" not in text
    if new_high:
        assert "120-Session High" in article.headline  # the high, with or without the move
        assert "is the highest in the 120 sessions of history held" in text
    else:
        assert "below its 120-session high of $" in text
    assert errors(text, brief) == []
    if new_high:
        miscount = text.replace("in the 120 sessions of history held", "in the 130 sessions of history held")
        assert [f.code for f in errors(miscount, brief)] == ["value-mismatch"]


def test_scores_name_the_window() -> None:
    brief = brief_for(short_snapshot())
    notes = [c.note for c in brief.scores.pulse_components + brief.scores.threat_components]
    assert "position in the 120-session range" in notes
    assert "more than 10% below the 120-session high" in notes
    assert not any("52-week" in note for note in notes)


def test_fifty_two_week_words_on_short_history_are_findings() -> None:
    brief = brief_for(short_snapshot())
    sheet = build_fact_sheet(brief.snapshot)
    wrong = sheet.fill("It trades {pct_from_window_high:abs} below its 52-week high of {high_window}.")
    assert [f.code for f in errors(wrong, brief)] == ["pattern-mismatch"]
    record = sheet.fill("The fund sits {pct_from_window_high:abs} under its record high.")
    assert [f.code for f in errors(record, brief)] == ["pattern-mismatch"]
    right = sheet.fill("It trades {pct_from_window_high:abs} below its 120-session high of {high_window}.")
    assert errors(right, brief) == []
    wrong_side = sheet.fill("It trades {pct_from_window_high:abs} above its 120-session high "
                            "of {high_window}.")
    assert [f.code for f in errors(wrong_side, brief)] == ["direction-mismatch"]


def test_the_model_is_told_the_window() -> None:
    brief = brief_for(short_snapshot())
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    values = article_values(brief, sheet, 1, 400)
    assert values["extremes_window"] == "120"
    prompt = PromptSet().render("article", **values)
    assert 'Call the high and low the "120-session high/low"' in prompt
    assert "high_52w" not in prompt and "high_window=$" in prompt


def test_a_record_above_the_close_is_never_named_without_a_year_of_bars() -> None:
    """The record close is a fact only with a full year held; a long that waits for it on a short
    history must not ask the sheet for `all_time_high` (the engine's synthetic 120-session runs
    crashed in final_call_rows when one did)."""
    waiting = 0
    for seed in range(1, 41):
        s = short_snapshot(seed=seed)
        brief = brief_for(s)
        sheet = build_fact_sheet(s, brief.scores)
        text = render_markdown(TemplateWriter().write(brief))
        assert "record close" not in text
        article_values(brief, sheet, 1, 400)
        waiting += not s.extremes.new_all_time_high and s.extremes.all_time_high > s.close
    assert waiting  # some of these histories close under their highest close held
