"""The engine path checks peers too: a figure about another instrument in a model article is
checked against that instrument's snapshot, read from the run's recorded snapshot workflows in a
recorded `peers` step, so a replayed conversation gets the same peers without reading them again."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import json
from typing import Any

import llm_answers
import pytest
from cli_helpers import write_config
from llm_helpers import SESSION, drafts_of, llm_key, llm_toml, server  # noqa: F401
from llm_server import Content

from pipeline.config import load_settings
from pipeline.contracts import DraftStatus
from pipeline.wiring import make_pipeline

ENGINE = '[engine]\ndatabase_url = "sqlite:///state/engine.db"\npoll_seconds = 0.1\n'


def _iwm_says(sentence: str):
    def respond(request):
        answer = llm_answers.answer(request)
        if "Write the article for IWM " in llm_answers.article_prompt(request):
            answer["analysis"] = [*answer["analysis"], sentence]
        return Content(json.dumps(answer))
    return respond


def _not_again(*_args: Any) -> None:
    raise AssertionError("a replayed check read its peers again instead of the recorded ones")


def test_an_engine_run_holds_a_wrong_peer_figure_and_a_replay_reads_the_recorded_peers(
        tmp_path, server, llm_key, monkeypatch: pytest.MonkeyPatch):
    from dbos import DBOS

    from pipeline.engine import runtime, workflows

    settings = load_settings(write_config(tmp_path, ENGINE + llm_toml(server.base_url, max_repairs=0)))
    plain = make_pipeline(settings)
    right, spy = (plain.snapshot(s, SESSION).momentum.rsi_14 for s in ("QQQ", "SPY"))
    assert right is not None and spy is not None
    wrong = min(right + 15, 95.0)
    server.responder = _iwm_says(f"Over in tech, QQQ's RSI(14) sits at {wrong:.1f}. "
                                 f"SPY's RSI(14) sits at {spy:.1f}.")  # a right peer figure: clean
    runtime.launch(settings, "peers-test")
    try:
        report = DBOS.start_workflow(workflows.session_workflow, SESSION, None, False).get_result()
        assert sorted(o.symbol for o in report.outcomes if o.ok) == ["DIA", "IWM", "QQQ", "SPY"]
        drafts = {d.article.instrument.symbol: d for d in drafts_of(runtime.current().store)}
        iwm = drafts["IWM"]
        assert iwm.status == DraftStatus.NEEDS_REVIEW
        named = [(f.code, f.message, f.expected) for f in iwm.errors]
        assert named == [("value-mismatch", f"{wrong:.1f} is not QQQ rsi 14", f"{right:.1f}")], named
        assert drafts["QQQ"].snapshot.momentum.rsi_14 == right  # the peer is the run's own snapshot

        [conversation] = [w for w in DBOS.list_workflows()
                          if w.name == "newsdesk.model" and w.input and w.input["args"][1] == "IWM"]
        steps = DBOS.list_workflow_steps(conversation.workflow_id)
        [peers] = [s for s in steps if s["function_name"] == "peers"]
        assert {"QQQ", "SPY"} <= {p.symbol for p in peers["output"]}
        written = DBOS.retrieve_workflow(conversation.workflow_id).get_result()
        asked = len(server.requests)
        monkeypatch.setattr(workflows, "_run_peers", _not_again)
        last = max(s["function_id"] for s in steps)
        replayed = DBOS.fork_workflow(conversation.workflow_id, last + 1).get_result()
        assert replayed.findings == written.findings and replayed.article == written.article
        assert len(server.requests) == asked  # every model call read back, none asked again
    finally:
        runtime.shutdown()
