"""The model writer's prompt carries the session's ranked angles and says which one leads
(the same pipeline.angles ranking the template writer uses), through the real openai client."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import llm_answers
from llm_helpers import SESSION, llm_key, llm_pipeline, run_one, server  # noqa: F401

from pipeline.angles import AngleKind, rank_angles
from pipeline.writers.llm_plan import headline_partners
from pipeline.writers.llm_prompt import ANGLES_SHOWN, angle_lines


def test_prompt_lists_the_ranked_angles_and_names_the_lead(tmp_path, server, llm_key):
    server.responder = llm_answers.responder
    pipeline = llm_pipeline(tmp_path, server.base_url)
    assert run_one(pipeline, "QQQ").status == "ok"
    prompt = server.requests[0].user_text
    snapshot = pipeline.snapshot("QQQ", SESSION)
    _, _, brief = pipeline.prepare(pipeline.settings.instrument("QQQ"), snapshot)
    ranked = rank_angles(snapshot, brief.news[:pipeline.settings.writer.max_sources])
    lead = ranked[0].kind.value.replace("_", " ")
    assert f"LEAD WITH ANGLE 1 ({lead})" in prompt
    section = prompt.split("ANGLES (", 1)[1].split("LEAD WITH", 1)[0]
    listed = [line.split(". ", 1)[1].split(":")[0].split(" (")[0]
              for line in section.splitlines() if line[:1].isdigit()]
    shown = [a for n, a in enumerate(ranked) if (n < ANGLES_SHOWN or a in headline_partners(brief, ranked))
             and (n == 0 or a.kind != AngleKind.DRIFT)]
    assert listed == [a.kind.value.replace("_", " ") for a in shown]


def test_angle_lines_name_only_facts_the_sheet_holds() -> None:
    from test_writer_verify import _brief

    from pipeline.facts import build_fact_sheet

    brief = _brief("SPY", 3)
    sheet = build_fact_sheet(brief.snapshot, brief.scores)
    lines = angle_lines(brief, sheet, cited=2)
    assert lines and lines[0]["rank"] == 1
    assert all(sheet.has(name) for line in lines for name in line["facts"])
