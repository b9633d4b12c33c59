"""In a run, a figure about another configured instrument is checked against that instrument's
own snapshot (the session's peers), not charged to the article's instrument."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import json

import llm_answers
from llm_helpers import SESSION, drafts_of, llm_key, llm_pipeline, server  # noqa: F401
from llm_server import Content
from sqlalchemy import select

from pipeline.contracts import DraftStatus
from pipeline.review.edits import reverified
from pipeline.run import named_peers
from pipeline.store.schema import stage_timings
from pipeline.verify.subjects import build_lexicon

COVERED = ["IWM", "SPY", "QQQ", "DIA"]


def _qqq_rsi(pipeline) -> float:
    """QQQ's RSI(14) for the session, from a snapshot made before the run under test."""
    rsi = pipeline.snapshot("QQQ", SESSION).momentum.rsi_14
    assert rsi is not None
    return rsi


def _iwm_says(sentence: str):
    def respond(request):
        answer = llm_answers.answer(request)
        if "Write the article for IWM " in llm_answers.article_prompt(request):
            answer["analysis"] = [*answer["analysis"], sentence]
        return Content(json.dumps(answer))
    return respond


def _iwm_draft(pipeline):
    return next(d for d in drafts_of(pipeline.store) if d.article.instrument.symbol == "IWM")


def test_a_wrong_peer_rsi_in_a_model_article_is_held_with_the_peers_value(tmp_path, server, llm_key):
    pipeline = llm_pipeline(tmp_path, server.base_url, max_repairs=0)
    right = _qqq_rsi(pipeline)
    wrong = min(right + 15, 95.0)
    server.responder = _iwm_says(f"Over in tech, QQQ's RSI(14) sits at {wrong:.1f}. "
                                 f"The Nasdaq 100's RSI sits at {wrong + 2:.0f}.")
    assert pipeline.run(SESSION).outcomes
    draft = _iwm_draft(pipeline)
    assert draft.status == DraftStatus.NEEDS_REVIEW
    named = [(f.code, f.message, f.expected) for f in draft.errors]
    assert ("value-mismatch", f"{wrong:.1f} is not QQQ rsi 14", f"{right:.1f}") in named, named
    assert ("value-mismatch", f"{wrong + 2:.0f} is not QQQ rsi 14", f"{right:.1f}") in named, named


def test_a_right_peer_rsi_is_clean(tmp_path, server, llm_key):
    pipeline = llm_pipeline(tmp_path, server.base_url, max_repairs=0)
    right = _qqq_rsi(pipeline)
    server.responder = _iwm_says(f"Over in tech, QQQ's RSI(14) sits at {right:.1f}.")
    run_id = pipeline.run(SESSION).run_id
    draft = _iwm_draft(pipeline)
    assert draft.findings == [] and draft.status == DraftStatus.DRAFT
    with pipeline.store.engine.connect() as conn:  # each snapshot computed once, peers included
        rows = conn.execute(select(stage_timings.c.symbol).where(
            stage_timings.c.run_id == run_id, stage_timings.c.stage == "snapshot")).all()
    assert sorted(r.symbol for r in rows) == sorted(COVERED)


def test_writing_one_instrument_checks_against_the_sessions_stored_peers(tmp_path, server, llm_key):
    """`newsdesk write IWM` computes IWM only: QQQ's figures are checked against QQQ's stored draft."""
    server.responder = llm_answers.responder
    first = llm_pipeline(tmp_path, server.base_url, max_repairs=0)
    assert first.run(SESSION, ["SPY", "QQQ", "DIA"]).status == "ok"
    stored = next(d for d in drafts_of(first.store) if d.article.instrument.symbol == "QQQ")
    right = stored.snapshot.momentum.rsi_14
    assert right is not None
    wrong = min(right + 15, 95.0)
    server.responder = _iwm_says(f"Over in tech, QQQ's RSI(14) sits at {wrong:.1f}.")
    again = llm_pipeline(tmp_path, server.base_url, max_repairs=0)
    again.run(SESSION, ["IWM"], do_ingest=False)
    named = [(f.code, f.expected) for f in _iwm_draft(again).errors]
    assert ("value-mismatch", f"{right:.1f}") in named, named


def test_only_the_peers_an_article_names_are_loaded(tmp_path, server, llm_key):
    server.responder = llm_answers.responder
    pipeline = llm_pipeline(tmp_path, server.base_url)
    pipeline.run(SESSION)
    draft = _iwm_draft(pipeline)
    peers = pipeline.peers_for(draft.snapshot)
    assert sorted(p.symbol for p in peers) == ["DIA", "QQQ", "SPY"]  # from the stored drafts
    lexicon = build_lexicon(draft.snapshot, (), pipeline._instrument_infos())
    unnamed = peers[0].model_copy(update={"symbol": "XLK", "name": "Technology Select Sector SPDR Fund"})
    named = [p.symbol for p in named_peers(draft.article, [*peers, unnamed], lexicon)]
    assert sorted(named) == ["DIA", "QQQ", "SPY"]  # the article's data line and prose name these
    article = draft.article.model_copy(update={"cross_market": "XLK, the tech fund, led."})
    assert "XLK" not in [p.symbol for p in named_peers(article, [*peers, unnamed], lexicon)]  # not configured


def test_an_edit_is_rechecked_against_the_sessions_stored_peers(tmp_path, server, llm_key):
    server.responder = llm_answers.responder
    pipeline = llm_pipeline(tmp_path, server.base_url)
    assert pipeline.run(SESSION).status == "ok"
    draft = _iwm_draft(pipeline)
    right = next(d for d in drafts_of(pipeline.store) if d.article.instrument.symbol == "QQQ"
                 ).snapshot.momentum.rsi_14
    assert right is not None
    edited = draft.article.model_copy(update={
        "analysis": [*draft.article.analysis, f"QQQ's RSI(14) sits at {right + 10:.1f}."]})
    named = [(f.code, f.expected) for f in reverified(pipeline, draft, edited).errors]
    assert named == [("value-mismatch", f"{right:.1f}")], named
