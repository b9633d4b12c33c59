"""`newsdesk publish` end to end: the real command in a subprocess, a stub WordPress in a thread."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import Result, write_config
from publish_factories import stored_draft
from publish_servers import WP, Error, WordPressStub

from pipeline.contracts import DraftStatus
from pipeline.store import open_store

PASSWORD = "canaryPW 9f3k Lq2z"


def publish_config(directory: Path, base_url: str, extra: str = "") -> Path:
    return write_config(directory, f"""
[publish]
default = "blog"
[publish.targets.blog]
kind = "wordpress"
base_url = "{base_url}"
user = "newsdesk-bot"
password_env = "WP_PASS"
max_attempts = 2
backoff = 0
timeout = 5
{extra}
""")


def run(directory: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory, capture_output=True,
                          text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200",
                               **(env if env is not None else {"WP_PASS": PASSWORD})})
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def wp() -> WordPressStub:
    with WordPressStub(password=PASSWORD) as server:
        yield server


def seed(directory: Path) -> dict[str, str]:
    """Two approved drafts and one waiting for review; returns their ids by symbol."""
    with open_store(f"sqlite:///{directory}/state/newsdesk.db") as store:
        ids = {s: stored_draft(store, symbol=s).draft_id for s in ("IWM", "SPY")}
        ids["QQQ"] = stored_draft(store, status=DraftStatus.NEEDS_REVIEW, symbol="QQQ").draft_id
    return ids


def status_of(directory: Path, draft_id: str) -> DraftStatus:
    with open_store(f"sqlite:///{directory}/state/newsdesk.db") as store:
        return store.get_draft(draft_id).status


def test_publish_sends_every_approved_draft_and_prints_a_summary(tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url)
    ids = seed(tmp_path)

    result = run(tmp_path, "publish")

    assert result.code == 0, result.stderr
    assert "2 published, 0 failed" in result.stdout and "created" in result.stdout
    assert sorted(p["slug"] for p in wp.posts.values()) == ["iwm-2026-11-20", "spy-2026-11-20"]
    assert status_of(tmp_path, ids["IWM"]) == DraftStatus.PUBLISHED
    assert status_of(tmp_path, ids["QQQ"]) == DraftStatus.NEEDS_REVIEW

    again = run(tmp_path, "publish")
    assert again.code == 0 and "nothing to publish" in again.stdout and len(wp.posts) == 2


def test_publishing_an_unapproved_draft_by_id_is_refused(tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url)
    ids = seed(tmp_path)

    result = run(tmp_path, "publish", ids["QQQ"][:8])

    assert result.code == 6
    assert "is needs_review: only approved drafts are published" in result.stderr
    assert not wp.requests


def test_a_failure_exits_7_keeps_the_draft_approved_and_shows_in_the_log(
        tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url)
    ids = seed(tmp_path)
    for _ in range(2):
        wp.fault("GET", f"{WP}/posts", Error(503, {"code": "upstream", "message": "Upstream busy",
                                                   "data": {"status": 503}}))

    result = run(tmp_path, "publish", ids["IWM"])

    assert result.code == 7
    assert "HTTP 503" in result.stdout and "stays approved" in result.stdout
    assert "running newsdesk publish again may get past it" in result.stdout
    assert status_of(tmp_path, ids["IWM"]) == DraftStatus.APPROVED
    log = run(tmp_path, "publish", "--log")
    assert log.code == 0 and "failed" in log.stdout and "Upstream busy" in log.stdout
    for text in (result.stdout, result.stderr, log.stdout):
        assert "canaryPW" not in text
    assert b"canaryPW" not in (tmp_path / "state" / "newsdesk.db").read_bytes()

    resumed = run(tmp_path, "publish", ids["IWM"])
    assert resumed.code == 0 and len(wp.posts) == 1


def test_dry_run_sends_nothing(tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url)
    ids = seed(tmp_path)
    result = run(tmp_path, "publish", "--dry-run")
    assert result.code == 0 and "dry run" in result.stdout and "2 cited link(s)" in result.stdout
    assert not wp.requests and status_of(tmp_path, ids["IWM"]) == DraftStatus.APPROVED


def test_configuration_problems_exit_2_naming_what_is_missing(tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url)
    seed(tmp_path)
    missing_secret = run(tmp_path, "publish", env={})
    assert missing_secret.code == 2 and "environment variable WP_PASS is not set" in missing_secret.stderr

    unknown = run(tmp_path, "publish", "--target", "mastodon")
    assert unknown.code == 2 and "unknown publish target 'mastodon' (configured: blog)" in unknown.stderr

    write_config(tmp_path)
    none = run(tmp_path, "publish")
    assert none.code == 2 and "no publish target configured" in none.stderr


def test_a_bad_target_in_the_config_is_refused_with_its_key(tmp_path: Path, wp: WordPressStub) -> None:
    publish_config(tmp_path, wp.base_url, extra='status = "live"')
    result = run(tmp_path, "publish")
    assert result.code == 2 and "publish.targets.blog.wordpress.status" in result.stderr
