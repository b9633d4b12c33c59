"""The model writer asks for the template's story (issue: prompt5), through the real openai client
and the local OpenAI-compatible server: the prompt names the angle sharing the headline, the take's
level and view, the short-term clause and each level by one name; an answer that follows it verifies
clean; answers that break its level rules are caught: by the level and value checks, and by the
story checks (verify/story.py) where the take, the final call, the scenarios and the headline stop
telling one story (another level in the call, one zone under two names, a lean against the call,
swapped sides, a headline verb against the session)."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import json

import llm_answers
import pytest
from llm_helpers import SESSION, drafts_of, error_codes, llm_key, llm_pipeline, run_one, server  # noqa: F401
from llm_server import Content

from pipeline.angles import rank_angles
from pipeline.facts import build_fact_sheet
from pipeline.writers.llm_plan import short_term_clause, take_level

DEMO = ["IWM", "SPY", "QQQ", "DIA"]


def _answer_with(final_call: dict | None = None, **changes):
    """A responder: the prompt-following answer with some fields replaced (final_call keys merge)."""
    def reply(request):
        answer = {**llm_answers.answer(request), **changes}
        answer["final_call"] = {**answer["final_call"], **(final_call or {})}
        return Content(json.dumps(answer))
    return reply


def _plan_of(pipeline, draft):
    _, _, brief = pipeline.prepare(pipeline.settings.instrument(draft.snapshot.symbol), draft.snapshot)
    sheet = build_fact_sheet(draft.snapshot, draft.scores)
    return brief, sheet, rank_angles(draft.snapshot, brief.news)


def test_an_answer_that_follows_the_new_prompt_verifies_clean(tmp_path, server, llm_key):
    server.responder = llm_answers.responder
    pipeline = llm_pipeline(tmp_path, server.base_url)
    assert pipeline.run(SESSION, DEMO).status == "ok"
    assert len(server.requests) == len(DEMO)  # no repair round
    prompts = {llm_answers.parse_prompt(llm_answers.article_prompt(r)).symbol: r.user_text
               for r in server.requests}
    assert "LEAD WITH ANGLE 1 (move) in the headline (with angle 2 beside it)" in prompts["QQQ"]
    assert "2. near record (up)" in prompts["QQQ"]  # the record in reach shares the headline
    # the template's headline leads with the day's driver and keeps the volume surge it outranked
    assert "LEAD WITH ANGLE 1 (driver) in the headline (with angle 2 beside it)" in prompts["SPY"]
    assert "\n2. volume (up)" in prompts["SPY"]
    assert "- take ends on the play: long in at {setup_long_entry}, out at {setup_long_target}" \
        in prompts["QQQ"]
    assert "- take on {level_2}, the range top; neutral: buyers above it; sellers below {level_6}, " \
           "the range bottom" in prompts["IWM"]
    assert "- level_4: support zone around the 50-day average, below, zone, tested" in prompts["DIA"]
    for draft in drafts_of(pipeline.store):
        assert draft.status == "draft" and draft.findings == [], (draft.snapshot.symbol, draft.findings)
        brief, sheet, angles = _plan_of(pipeline, draft)
        assert sheet.fill(take_level(brief, sheet, angles) or "") in draft.article.take
        assert draft.article.final_call[0].reasoning == sheet.fill(short_term_clause(brief))


def test_a_zone_round_the_50_day_named_as_the_average_is_held_for_review(tmp_path, server, llm_key):
    """DIA's support zone round the 50-day average quoted as 'the 50-day average at <zone>': its low
    edge is not the average's value, which the verifier says (value-mismatch) in every round."""
    server.responder = _answer_with(bear_case=[
        "A close below the 50-day average at {level_4_low}–{level_4_high} would hand control to sellers."])
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "DIA")
    assert len(server.requests) == 3  # the first answer and two repair rounds
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review" and "value-mismatch" in error_codes(draft)


def test_a_support_word_on_a_zone_above_the_close_is_held_for_review(tmp_path, server, llm_key):
    server.responder = _answer_with(
        take="The level that matters most is support at {level_2}. We stay neutral.")
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review" and "level-wrong-side" in error_codes(draft)


def test_a_zone_by_its_own_slot_prints_whole_never_a_third_figure(tmp_path, server, llm_key):
    """'{level_6}' of DIA's swing zone prints the zone as the levels table does, not its reference
    price (the mean of the swing pivots, a figure no row shows)."""
    server.responder = _answer_with(
        bear_case=["A close below {level_6}, the swing zone, would open the way down."])
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "DIA")
    [draft] = drafts_of(pipeline.store)
    sheet = build_fact_sheet(draft.snapshot, draft.scores)
    zone = f"{sheet.fmt('level_6_low')}–{sheet.fmt('level_6_high')}"
    assert draft.article.bear_case == [f"A close below {zone}, the swing zone, would open the way down."]
    assert sheet.fmt("level_6") not in draft.article.bear_case[0]
    assert draft.status == "draft" and draft.errors == []


def _codes(draft) -> dict[str, str]:
    return {f.code: f.severity.value for f in draft.findings}


def test_a_final_call_naming_another_level_than_the_take_is_flagged(tmp_path, server, llm_key):
    """IWM: the take stands on the range top zone; the short-term clause asks a long for a close
    above the swing high instead (and then quotes the range top zone as a span of its own)."""
    server.responder = _answer_with(final_call={"short_term": (
        "no setup either way: a long needs a close above {level_1} first, or a close above "
        "{level_2_low}–{level_2_high}; a short needs a close below {level_6} first")})
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    assert _codes(draft) == {"story-call-level": "warning"}, draft.findings
    [found] = draft.findings
    assert "$252.53 (swing high)" in found.message and "$249.17–$250.00 (range top)" in found.message


def test_a_zone_under_two_names_and_two_figures_is_flagged(tmp_path, server, llm_key):
    """IWM's range top zone called the swing high in the take and quoted by its low edge alone in the
    bull case."""
    server.responder = _answer_with(
        take="The level that matters most is the swing high at {level_2}. We stay neutral.",
        bull_case=["A close above the range top at {level_2_low} would open the way higher."])
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    named = [f for f in draft.findings if f.code == "story-level-name"]
    assert {(f.section, f.span) for f in named} == {
        ("take", "swing high at $249.17–$250.00"), ("bull_case", "range top at $249.17")}, draft.findings
    assert all(f.severity.value == "warning" for f in named)


def test_a_take_leaning_against_the_given_neutral_call_is_flagged(tmp_path, server, llm_key):
    server.responder = _answer_with(take="The level that matters most is {level_2}, the range top. "
                                         "We lean bearish: a close above it would prove that wrong.")
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review" and error_codes(draft) == ["story-lean"]
    assert draft.errors[0].expected == "neutral"


def test_a_final_call_with_its_sides_swapped_is_held_for_review(tmp_path, server, llm_key):
    """A long waiting for a close below the range bottom and a short for a close above the range
    top: each side's trigger is on the other's side."""
    server.responder = _answer_with(final_call={"short_term": (
        "no setup either way: a long needs a close below {level_6} first; on the other side, "
        "a short needs a close above {level_2_high} first")})
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review"
    assert sorted((f.code, f.span) for f in draft.errors) == [
        ("story-call-side", "a long needs a close below"), ("story-call-side", "a short needs a close above")]


@pytest.mark.parametrize("headline", ["Small Caps Slump as the Bias Stays Neutral",
                                      "Small Caps Close at a Record as the Bias Stays Neutral"])
def test_a_headline_verb_against_the_session_is_held_for_review(tmp_path, server, llm_key, headline):
    """IWM rose 0.30% and set no record: 'Slump' and 'Close at a Record' say otherwise."""
    server.responder = _answer_with(headline=headline)
    pipeline = llm_pipeline(tmp_path, server.base_url)
    run_one(pipeline, "IWM")
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review" and error_codes(draft) == ["headline-move"], draft.findings
