"""One redaction step: a configured secret echoed by an upstream reaches no output, log or row.

The end-to-end tests run the real `newsdesk` command (with --debug, so every log
record is printed) against local servers that echo the key they were sent, then
read every text column of every table of the store.
"""

# ruff: noqa: F811  (the fixture `server` is imported from llm_helpers)
from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import write_config
from conftest import FIXTURES, REPO
from llm_helpers import KEY_ENV, SESSION, llm_toml, server  # noqa: F401
from llm_server import Status
from market_server import MarketServer, Reply, as_json, polygon_aggs
from market_server import Request as MarketRequest

from pipeline import redact
from pipeline.config import load_settings
from pipeline.market import bars_filename, read_bars_csv
from pipeline.redact import Redactor

POLYGON_ENV = "NEWSDESK_TEST_POLYGON_KEY"


def canary() -> str:
    return "sk-canary-" + os.urandom(8).hex()


def _newsdesk(directory: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory, capture_output=True,
                          text=True, timeout=180,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(REPO), **env})


def every_text_value(database: Path) -> Iterator[tuple[str, str]]:
    """(table, value) for every non-null value of every table in a SQLite file."""
    with sqlite3.connect(database) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 (names from sqlite_master)
                for value in row:
                    if value is not None:
                        yield table, str(value)


def assert_nowhere(secret: str, result: subprocess.CompletedProcess[str], state: Path) -> None:
    assert secret not in result.stdout, result.stdout
    assert secret not in result.stderr, result.stderr
    leaks = [(table, value[:120]) for table, value in every_text_value(state / "newsdesk.db")
             if secret in value]
    assert not leaks, leaks
    for path in state.iterdir():  # the database file and any journal beside it
        assert secret.encode() not in path.read_bytes(), path


# ----------------------------------------------------------------- the redactor itself
def test_each_value_becomes_the_name_of_its_variable() -> None:
    redactor = Redactor.of({"OPENAI_API_KEY": "sk-live-123456", "HOOK_SECRET": "s3cr3t-hook"})
    text = "Incorrect API key provided: sk-live-123456; signed with s3cr3t-hook"
    assert redactor.text(text) == ("Incorrect API key provided: [redacted:OPENAI_API_KEY]; "
                                   "signed with [redacted:HOOK_SECRET]")


def test_nested_values_and_the_secret_half_of_a_ghost_key() -> None:
    redactor = Redactor.of({"GHOST_KEY": "64fa0c:00ffee11aabbccdd"})
    found = redactor.value({"error": ["a 00ffee11aabbccdd b", 3], "n": None})
    assert found == {"error": ["a [redacted:GHOST_KEY] b", 3], "n": None}


def test_a_longer_secret_that_holds_a_shorter_one_is_replaced_whole() -> None:
    redactor = Redactor.of({"SHORT": "abcdef12", "LONG": "abcdef12-and-more"})
    assert redactor.text("x abcdef12-and-more y abcdef12") == "x [redacted:LONG] y [redacted:SHORT]"


def test_values_too_short_to_be_secrets_are_left_alone() -> None:
    redactor = Redactor.of({"TINY": "ab", "EMPTY": ""})
    assert redactor.text("about a tab") == "about a tab" and not redactor


def test_every_configured_secret_variable_is_read(tmp_path: Path) -> None:
    extra = """
[llm]
api_key_env = "MY_MODEL_KEY"
[market.polygon]
api_key_env = "MY_POLYGON_KEY"
[publish.targets.blog]
kind = "wordpress"
base_url = "https://example.com"
user = "bot"
password_env = "MY_WP_PASSWORD"
[publish.targets.hook]
kind = "webhook"
url = "https://example.com/hook"
secret_env = "MY_HOOK_SECRET"
[publish.targets.ghost]
kind = "ghost"
base_url = "https://example.ghost.io"
admin_key_env = "MY_GHOST_KEY"
"""
    settings = load_settings(write_config(tmp_path, extra))
    env = {name: f"value-of-{name.lower()}" for name in
           ("MY_MODEL_KEY", "MY_POLYGON_KEY", "MY_WP_PASSWORD", "MY_HOOK_SECRET", "MY_GHOST_KEY",
            "UNRELATED")}
    redactor = redact.configured(settings, env)
    assert redactor.names == {"MY_MODEL_KEY", "MY_POLYGON_KEY", "MY_WP_PASSWORD", "MY_HOOK_SECRET",
                              "MY_GHOST_KEY"}
    assert redactor.text("value-of-unrelated value-of-my_hook_secret") == (
        "value-of-unrelated [redacted:MY_HOOK_SECRET]")


def test_installed_redaction_covers_every_log_record(caplog: pytest.LogCaptureFixture) -> None:
    secret = canary()
    redact.install(Redactor.of({"SOME_KEY": secret}))
    try:
        with caplog.at_level(logging.INFO):
            logging.getLogger("pipeline.anything").info("server said %s", f"bad key {secret}")
            try:
                raise ValueError(f"echo {secret}")
            except ValueError:
                logging.getLogger("pipeline.other").exception("failed")
    finally:
        redact.install(Redactor())
    assert caplog.records and secret not in caplog.text
    assert "bad key [redacted:SOME_KEY]" in caplog.text and "echo [redacted:SOME_KEY]" in caplog.text


# ----------------------------------------------------------------- end to end
def test_a_key_echoed_by_the_model_server_is_in_no_output_log_or_row(tmp_path, server) -> None:
    secret = canary()
    echo = {"error": {"message": f"Incorrect API key provided: {secret}. You can find your API key "
                                 "at https://platform.openai.com/account/api-keys.",
                      "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}
    server.responder = lambda _request: Status(401, body=echo)
    write_config(tmp_path, llm_toml(server.base_url))
    result = _newsdesk(tmp_path, "--debug", "run", "--session", str(SESSION), env={KEY_ENV: secret})
    assert server.requests, "the model server was asked"
    assert result.returncode == 9, result.stderr  # the writer failed for every instrument
    assert f"[redacted:{KEY_ENV}]" in result.stdout + result.stderr
    assert_nowhere(secret, result, tmp_path / "state")
    for command in (("runs", "--json"), ("calls", "--json"), ("skips", "--json")):
        listing = _newsdesk(tmp_path, *command, env={KEY_ENV: secret})
        assert secret not in listing.stdout + listing.stderr


@pytest.fixture
def market() -> Iterator[MarketServer]:
    with MarketServer() as stub:
        yield stub


def _polygon_echoing(directory: Path, market: MarketServer, secret: str, respond: bool = True) -> None:
    """A config reading Polygon at `market`, which (with `respond`) answers 401 echoing the key."""
    body = f'{{"status": "ERROR", "error": "Unknown API Key {secret}"}}'.encode()
    if respond:
        market.respond("/", lambda _request: Reply(401, body))
    (directory / "newsdesk.toml").write_text(f"""
[store]
url = "sqlite:///state/newsdesk.db"
[output]
dir = "out"
[market]
provider = "polygon"
options_provider = "none"
[market.polygon]
base_url = "{market.base_url}"
api_key_env = "{POLYGON_ENV}"
timeout = 5
[ingest]
fixtures_dir = "{FIXTURES / 'web'}"
""")


def test_a_key_echoed_by_the_market_server_is_in_no_output_log_or_row(tmp_path, market) -> None:
    secret = canary()
    _polygon_echoing(tmp_path, market, secret)
    result = _newsdesk(tmp_path, "--debug", "run", "--no-ingest", "--session", str(SESSION),
                       env={POLYGON_ENV: secret})
    assert market.requests, "the market server was asked"
    assert result.returncode == 3, result.stderr
    assert f"[redacted:{POLYGON_ENV}]" in result.stdout + result.stderr
    assert_nowhere(secret, result, tmp_path / "state")
    for command in (("runs", "--json"), ("skips", "--json")):
        listing = _newsdesk(tmp_path, *command, env={POLYGON_ENV: secret})
        assert secret not in listing.stdout + listing.stderr


def test_the_cli_error_line_names_the_variable_not_the_key(tmp_path, market) -> None:
    secret = canary()
    _polygon_echoing(tmp_path, market, secret)
    result = _newsdesk(tmp_path, "snapshot", "IWM", "--session", str(SESSION), env={POLYGON_ENV: secret})
    assert result.returncode == 3 and market.requests
    assert secret not in result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.startswith("newsdesk: ") and f"Unknown API Key [redacted:{POLYGON_ENV}]" in line


def test_a_key_echoed_for_one_macro_gauge_stays_out_of_the_draft_and_its_files(tmp_path, market) -> None:
    """IWM is written; the VIX answer echoes the key, so the gauge is left out, with its reason redacted."""
    secret = canary()
    bars = {symbol: read_bars_csv(FIXTURES / "market" / "bars" / bars_filename(symbol), symbol).bars
            for symbol in ("IWM", "SPY", "QQQ", "DIA")}

    def aggregates(request: MarketRequest) -> Reply:
        parts = request.path.split("/")  # /v2/aggs/ticker/{t}/range/1/day/{from}/{to}
        ticker, first, last = parts[4], date.fromisoformat(parts[8]), date.fromisoformat(parts[9])
        if ticker not in bars:
            return Reply(403, f'{{"status": "NOT_AUTHORIZED", "message": "key {secret} lacks {ticker}"}}'
                         .encode())
        return polygon_aggs(ticker, [b for b in bars[ticker] if first <= b.session <= last])

    market.respond("/v2/aggs/ticker/", aggregates)
    empty = as_json({"results": [], "status": "OK", "request_id": "stub"})
    market.respond("/v3/reference/", lambda _request: empty)
    _polygon_echoing(tmp_path, market, secret, respond=False)
    result = _newsdesk(tmp_path, "--debug", "run", "--no-ingest", "--session", str(SESSION),
                       "--symbol", "IWM", env={POLYGON_ENV: secret})
    assert result.returncode == 0, result.stderr
    assert any("I:VIX" in r.path for r in market.requests)
    assert_nowhere(secret, result, tmp_path / "state")
    written = list((tmp_path / "out").rglob("*.*"))
    assert written and not [path for path in written if secret.encode() in path.read_bytes()]
    reason = f"[redacted:{POLYGON_ENV}] lacks I:VIX"
    assert any(reason in value for table, value in every_text_value(tmp_path / "state" / "newsdesk.db")
               if table == "drafts")  # the snapshot's `missing` says why
    assert reason in result.stdout  # the run's notes
