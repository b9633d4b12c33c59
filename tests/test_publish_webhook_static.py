"""The signed webhook and the static-site files, as publish targets."""

from __future__ import annotations

import hashlib
import hmac
import json
import tomllib
from pathlib import Path

import pytest
from publish_factories import runner_for, stored_draft
from publish_servers import DROP_AFTER_COMMIT, Error, WebhookStub

from pipeline.contracts import DraftStatus
from pipeline.publish.payload import stable_marker
from pipeline.store import Store

SECRET = "whsec-canary-7Hq2"


def hook_runner(store: Store, hook: WebhookStub, secret: str = SECRET, **fields: object):  # noqa: ANN201
    config = {"kind": "webhook", "url": hook.base_url + "/hooks/newsdesk", "secret_env": "HOOK_SECRET",
              **fields}
    return runner_for(store, "hook", config, {"HOOK_SECRET": secret})[0]


def test_the_webhook_body_is_signed_and_carries_an_idempotency_key(store: Store) -> None:
    with WebhookStub(secret=SECRET) as hook:
        draft = stored_draft(store)
        outcome = hook_runner(store, hook).publish(draft)
        (request,) = hook.requests

    assert outcome.state == "published" and outcome.remote_id == f"wh-{stable_marker(draft.key)}-v1"
    stamp = request.headers["x-newsdesk-timestamp"]
    digest = hmac.new(SECRET.encode(), stamp.encode() + b"." + request.body, hashlib.sha256).hexdigest()
    assert request.headers["x-newsdesk-signature"] == f"sha256={digest}"
    assert request.headers["idempotency-key"] == f"{stable_marker(draft.key)}-v1"
    body = json.loads(request.body)
    assert body["event"] == "article.published" and body["key"] == draft.key and body["version"] == 1
    assert body["title"] == draft.article.headline and "<script" not in body["html"]
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED


def test_a_lost_webhook_reply_is_delivered_again_and_stored_once(store: Store) -> None:
    with WebhookStub(secret=SECRET) as hook:
        hook.fault("POST", "/hooks", DROP_AFTER_COMMIT)
        outcome = hook_runner(store, hook).publish(stored_draft(store))
        keys = [r.headers["idempotency-key"] for r in hook.requests]

    assert outcome.state == "published" and outcome.attempts == 2
    assert len(keys) == 2 and len(set(keys)) == 1  # same key on the retry...
    assert len(hook.deliveries) == 1  # ...so the receiver keeps one


def test_a_republished_version_is_an_update_event(store: Store) -> None:
    with WebhookStub(secret=SECRET) as hook:
        draft = stored_draft(store)
        runner = hook_runner(store, hook)
        runner.publish(draft)
        runner.publish(store.get_draft(draft.draft_id))
        events = [json.loads(r.body)["event"] for r in hook.requests]
    assert events == ["article.published", "article.updated"]


def test_a_wrong_secret_is_a_clear_error_and_a_5xx_is_resumable(store: Store) -> None:
    with WebhookStub(secret="the-receivers-secret") as hook:
        draft = stored_draft(store)
        refused = hook_runner(store, hook).publish(draft)
        assert refused.state == "failed" and refused.retryable is False
        assert "HTTP 401" in (refused.error or "")
        assert "shared secret" in (refused.error or "") and len(hook.requests) == 1

        hook.secret = SECRET
        for _ in range(3):
            hook.fault("POST", "/hooks", Error(500, {"error": "database down"}))
        busy = hook_runner(store, hook).publish(store.get_draft(draft.draft_id))
        assert busy.state == "failed" and busy.retryable is True and "database down" in (busy.error or "")
        assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED

        done = hook_runner(store, hook).publish(store.get_draft(draft.draft_id))
        assert done.state == "published" and len(hook.deliveries) == 1


def static_runner(store: Store, folder: Path, **fields: object):  # noqa: ANN201
    return runner_for(store, "site", {"kind": "static", "dir": str(folder), **fields}, {})[0]


def test_static_files_get_yaml_front_matter_and_a_republish_overwrites(store: Store, tmp_path: Path) -> None:
    content = tmp_path / "site" / "content" / "posts"
    draft = stored_draft(store)
    first = static_runner(store, content, tags=["markets"]).publish(draft)

    path = content / "iwm-2026-11-20.md"
    assert first.state == "published" and first.action == "written" and first.remote_id == path.name
    text = path.read_text("utf-8")
    head, body = text.split("\n---\n", 1)
    assert head.startswith("---\n") and 'title: "Small Caps Stall' in head and "draft: true" in head
    assert 'slug: "iwm-2026-11-20"' in head and f'newsdesk_key: "{stable_marker(draft.key)}"' in head
    assert '  - "markets"' in head and f'  - "{draft.article.sources[0].url}"' in head
    assert "## Analysis" in body and not body.lstrip().startswith("# ")
    assert [p.name for p in content.iterdir()] == [path.name]  # no temporary file left

    second = static_runner(store, content).publish(store.get_draft(draft.draft_id))
    assert second.action == "updated" and [p.name for p in content.iterdir()] == [path.name]


def test_static_toml_front_matter_parses(store: Store, tmp_path: Path) -> None:
    draft = stored_draft(store)
    static_runner(store, tmp_path, front_matter="toml", draft=False).publish(draft)
    text = (tmp_path / "iwm-2026-11-20.md").read_text("utf-8")
    assert text.startswith("+++\n")
    meta = tomllib.loads(text.split("+++\n")[1])
    assert meta["title"] == draft.article.headline and meta["draft"] is False
    assert meta["newsdesk_key"] == stable_marker(draft.key)


def test_a_foreign_file_with_our_name_is_never_overwritten(store: Store, tmp_path: Path) -> None:
    (tmp_path / "iwm-2026-11-20.md").write_text("---\ntitle: mine\n---\nHand written.\n")
    draft = stored_draft(store)
    outcome = static_runner(store, tmp_path).publish(draft)
    assert outcome.state == "failed" and "was not written by newsdesk" in (outcome.error or "")
    assert (tmp_path / "iwm-2026-11-20.md").read_text().endswith("Hand written.\n")
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED


def test_a_folder_that_cannot_be_made_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    (tmp_path / "content").write_text("a file where the folder should be")
    outcome = static_runner(store, tmp_path / "content" / "posts").publish(stored_draft(store))
    assert outcome.state == "failed" and "cannot create" in (outcome.error or "")


SCRIPT_TITLE = "<script>alert(1)</script> Small caps & the <b>tape</b>"
SCRIPT_DEK = "A dek with </script><img src=x onerror=alert(2)>"


def test_a_script_title_is_escaped_in_the_webhook_json(store: Store) -> None:
    with WebhookStub(secret=SECRET) as hook:
        draft = stored_draft(store, headline=SCRIPT_TITLE, dek=SCRIPT_DEK)
        hook_runner(store, hook).publish(draft)
        (request,) = hook.requests

    for raw in (b"<script", b"</script", b"<img", b"<b>", b"& the"):
        assert raw not in request.body
    assert b"\\u003cscript\\u003e" in request.body
    body = json.loads(request.body)  # the receiver reads the values unchanged
    assert body["title"] == SCRIPT_TITLE and body["excerpt"] == SCRIPT_DEK


@pytest.mark.parametrize("front_matter", ["yaml", "toml"])
def test_a_script_title_is_escaped_in_static_front_matter(store: Store, tmp_path: Path,
                                                         front_matter: str) -> None:
    draft = stored_draft(store, headline=SCRIPT_TITLE, dek=SCRIPT_DEK)
    static_runner(store, tmp_path, front_matter=front_matter).publish(draft)
    text = (tmp_path / "iwm-2026-11-20.md").read_text("utf-8")
    fence = "---\n" if front_matter == "yaml" else "+++\n"
    head = text.split(fence)[1]
    for raw in ("<script", "</script", "<img", "<b>", "& the"):
        assert raw not in head
    if front_matter == "toml":
        meta = tomllib.loads(head)
        assert meta["title"] == SCRIPT_TITLE and meta["description"] == SCRIPT_DEK
    else:  # a double-quoted YAML scalar written with JSON's escapes reads as JSON
        lines = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        assert json.loads(lines["title"]) == SCRIPT_TITLE
        assert json.loads(lines["description"]) == SCRIPT_DEK
