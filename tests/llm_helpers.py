"""Shared pieces of the model-writer tests: a config pointing at the local fake server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import write_config
from llm_server import FakeModelServer

from pipeline.config import Settings, load_settings
from pipeline.contracts import Draft
from pipeline.run import Pipeline, RunReport
from pipeline.store import Store
from pipeline.wiring import make_pipeline

SESSION = date(2026, 11, 20)
KEY_ENV = "NEWSDESK_TEST_LLM_KEY"
TEST_KEY = "sk-test-key-not-a-secret"
FAST = {"timeout": 5.0, "connect_timeout": 2.0, "backoff_max": 0.05, "retry_after_cap": 2.0,
        "max_attempts": 3, "concurrency": 4}


def llm_toml(base_url: str, **overrides: Any) -> str:
    values = {"base_url": base_url, "model": "fake-model", "api_key_env": KEY_ENV, **FAST, **overrides}
    lines = [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    return '[writer]\nkind = "llm"\n[llm]\n' + "\n".join(lines) + "\n"


def llm_settings(directory: Path, base_url: str, **overrides: Any) -> Settings:
    path = write_config(directory, llm_toml(base_url, **overrides))
    return load_settings(path)


def llm_pipeline(directory: Path, base_url: str, **overrides: Any) -> Pipeline:
    return make_pipeline(llm_settings(directory, base_url, **overrides))


def run_one(pipeline: Pipeline, symbol: str = "IWM") -> RunReport:
    return pipeline.run(SESSION, [symbol], do_ingest=True)


def drafts_of(store: Store) -> list[Draft]:
    return [store.get_draft(d.draft_id) for d in store.list_drafts()]


def error_codes(draft: Draft) -> list[str]:
    return [f.code for f in draft.errors]


@pytest.fixture
def llm_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(KEY_ENV, TEST_KEY)
    return TEST_KEY


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as fake:
        yield fake
