"""A model that writes numbers as words is held to the data like one that writes digits.

Through the local OpenAI-compatible server and the real openai client: every
answer's dek states a wrong figure in words; after the repair round the draft
is stored needs_review with the finding that names those words. (The demo's
IWM on 2026-11-20: $244.30, +0.30% on the day, six sessions in a row behind SPY.)
"""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import json

import llm_answers
import pytest
from llm_helpers import drafts_of, llm_key, llm_pipeline, run_one, server  # noqa: F401
from llm_server import Content


class WordsEveryTime:
    def __init__(self, dek: str) -> None:
        self.dek = dek

    def __call__(self, request):
        return Content(json.dumps({**llm_answers.answer(request), "dek": self.dek}))


@pytest.mark.parametrize(("dek", "code", "span"), [
    ("IWM closed at nine hundred eighty-seven dollars on the session.", "value-mismatch",
     "nine hundred eighty-seven dollars"),
    ("IWM trailed the S&P 500 for ten sessions in a row.", "value-mismatch", "ten sessions in a row"),
    ("IWM gained half a percent on the day.", "value-mismatch", "half a percent"),
    ("Small caps surged on the session.", "magnitude-mismatch", "surged"),
])
def test_a_wrong_figure_in_words_is_stored_needs_review(tmp_path, server, llm_key, dek, code, span):
    server.responder = WordsEveryTime(dek)
    pipeline = llm_pipeline(tmp_path, server.base_url, max_repairs=1)
    report = run_one(pipeline)
    assert report.outcomes[0].status == "needs_review", report.outcomes[0].reason
    [draft] = drafts_of(pipeline.store)
    assert draft.status == "needs_review" and draft.article.dek == dek
    assert (code, span) in [(f.code, f.span) for f in draft.errors], draft.errors
    repair = server.requests[1].messages[-1]["content"]
    assert span in repair  # the repair prompt quotes the words the model wrote
