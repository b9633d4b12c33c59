"""A draft's life on its targets: republish, several targets, unpublish, the remote state read back.

Real stores (SQLite files), stub WordPress and Ghost servers on 127.0.0.1 speaking their wire
formats, a static folder, the review page over real HTTP and the real `newsdesk` command.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import write_config
from publish_factories import ghost_runner, runner_for, stored_draft, wordpress_runner
from publish_servers import GHOST, WP, GhostStub, WebhookStub, WordPressStub
from review_helpers import Client, add_reviewer, decision_form, review_server

from pipeline.config import load_settings
from pipeline.contracts import DraftStatus
from pipeline.errors import InvalidTransition
from pipeline.publish.runner import PublishRunner
from pipeline.review.publication import publication_view
from pipeline.review.terminal import next_step
from pipeline.store import Store, open_store
from pipeline.store.publications import PublicationLog
from pipeline.store.store import utc_now

S = DraftStatus


def static_runner(store: Store, folder: Path) -> PublishRunner:
    return runner_for(store, "site", {"kind": "static", "dir": str(folder), "draft": False}, {})[0]


def records(store: Store, draft_id: str) -> dict[str, tuple[str, str | None]]:
    found = PublicationLog(store.engine, utc_now).for_draft(draft_id)
    return {r.target: (r.state, r.remote_state) for r in found}


def test_republishing_a_published_draft_updates_its_post(store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    runner = wordpress_runner(store, wp)
    first = runner.publish(draft)
    again = runner.publish(store.get_draft(draft.draft_id))  # no approval step in between

    assert (first.action, again.action) == ("created", "updated") and len(wp.posts) == 1
    assert again.remote_state == "publish" and store.get_draft(draft.draft_id).status == S.PUBLISHED
    assert len([e for e in store.status_history(draft.draft_id) if e.to_status == S.PUBLISHED]) == 1


def test_one_draft_goes_to_several_targets_and_comes_down_from_each(
        store: Store, wp: WordPressStub, tmp_path: Path) -> None:
    draft = stored_draft(store)
    blog, site = wordpress_runner(store, wp), static_runner(store, tmp_path / "site")
    assert blog.publish(draft).state == "published"
    assert site.publish(store.get_draft(draft.draft_id)).state == "published"
    assert records(store, draft.draft_id) == {"blog": ("done", "publish"), "site": ("done", "published")}

    down = site.unpublish(store.get_draft(draft.draft_id))
    assert (down.remote_state, down.draft_status) == ("draft", "published")  # still up on the blog
    assert "draft: true" in (tmp_path / "site" / "iwm-2026-11-20.md").read_text()

    down = blog.unpublish(store.get_draft(draft.draft_id))
    (post,) = wp.posts.values()
    assert (down.remote_state, down.draft_status, post["status"]) == ("draft", "approved", "draft")
    assert records(store, draft.draft_id) == {"blog": ("withdrawn", "draft"),
                                              "site": ("withdrawn", "draft")}
    view = publication_view(S.APPROVED, 1, PublicationLog(store.engine, utc_now).for_draft(draft.draft_id))
    assert view.label == "unpublished (draft)" and "Unpublished from blog" in (view.unpublished or "")

    back = blog.publish(store.get_draft(draft.draft_id))  # newsdesk took it down, so it puts it up
    assert back.action == "updated" and post["status"] == "publish" and len(wp.posts) == 1
    assert store.get_draft(draft.draft_id).status == S.PUBLISHED


def test_a_post_trashed_or_held_on_wordpress_is_shown_as_it_is(store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    runner = wordpress_runner(store, wp)
    runner.publish(draft)
    log = PublicationLog(store.engine, utc_now)
    labels = {}
    for status in ("pending", "draft", "future", "private", "trash"):
        next(iter(wp.posts.values()))["status"] = status  # an editor changed it in WordPress
        (check,) = runner.check(log.for_draft(draft.draft_id))
        assert check.remote_state == status
        labels[status] = publication_view(S.PUBLISHED, 1, log.for_draft(draft.draft_id)).label
    assert labels == {"pending": "pending review", "draft": "draft", "future": "scheduled",
                      "private": "private", "trash": "trashed"}
    wp.posts.clear()
    (check,) = runner.check(log.for_draft(draft.draft_id))
    assert check.remote_state == "deleted"


def test_unpublish_with_delete_trashes_on_wordpress_and_deletes_on_ghost(
        store: Store, wp: WordPressStub, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    blog, hub = wordpress_runner(store, wp), ghost_runner(store, ghost)
    blog.publish(draft)
    hub.publish(store.get_draft(draft.draft_id))
    assert records(store, draft.draft_id)["ghost"] == ("done", "published")

    assert blog.unpublish(store.get_draft(draft.draft_id), delete=True).remote_state == "trash"
    assert [r.query.get("force") for r in wp.calls("DELETE", f"{WP}/posts/")] == [None]
    gone = hub.unpublish(store.get_draft(draft.draft_id), delete=True)
    assert gone.remote_state == "deleted" and not ghost.posts
    assert len(ghost.calls("DELETE", f"{GHOST}/posts/")) == 1
    assert store.get_draft(draft.draft_id).status == S.APPROVED
    with pytest.raises(InvalidTransition, match="no post on ghost"):
        hub.unpublish(store.get_draft(draft.draft_id))


def test_ghost_unpublish_sets_the_post_to_draft_with_its_updated_at(
        store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    runner = ghost_runner(store, ghost)
    runner.publish(draft)
    ghost.bump(next(iter(ghost.posts)))  # an editor saved it since: the PUT must carry the new one
    down = runner.unpublish(store.get_draft(draft.draft_id))
    (post,) = ghost.posts.values()
    assert down.remote_state == post["status"] == "draft" and down.error is None
    put = ghost.calls("PUT", f"{GHOST}/posts/")[-1].json()["posts"][0]
    assert set(put) == {"status", "updated_at"}


def test_approving_a_published_draft_is_refused_and_names_the_commands(store: Store) -> None:
    draft = stored_draft(store, status=S.PUBLISHED)
    with pytest.raises(InvalidTransition, match=r"is published: .*newsdesk unpublish"):
        store.set_status(draft.draft_id, S.APPROVED, actor="bob")
    assert store.get_draft(draft.draft_id).status == S.PUBLISHED


# the review page and the command, with a static target (no network)

def site_config(tmp_path: Path) -> Path:
    return write_config(tmp_path, f"""
[publish]
default = "site"
[publish.targets.site]
kind = "static"
dir = "{tmp_path / 'site'}"
draft = false
""")


def test_review_page_offers_only_the_moves_allowed_and_unpublishes(tmp_path: Path) -> None:
    site_config(tmp_path)
    settings = load_settings(tmp_path / "newsdesk.toml", cwd=tmp_path)
    with open_store(settings.store.url) as store, review_server(store, settings) as server:
        add_reviewer(store)
        draft = stored_draft(store)
        runner_for(store, "site", {"kind": "static", "dir": str(tmp_path / "site"), "draft": False},
                   {})[0].publish(draft)
        client = Client(server.port)
        assert client.sign_in().status == 303
        page = client.get(f"/drafts/{draft.draft_id}").body
        assert 'id="unpublish"' in page and 'id="approve"' not in page and 'id="reject"' not in page

        assert client.post(f"/drafts/{draft.draft_id}/approve", decision_form(page)).status == 409
        reply = client.post(f"/drafts/{draft.draft_id}/unpublish", decision_form(page))
        assert reply.status == 303 and store.get_draft(draft.draft_id).status == S.APPROVED
        assert "draft: true" in (tmp_path / "site" / "iwm-2026-11-20.md").read_text()
        after = client.get(f"/drafts/{draft.draft_id}").body
        assert 'id="unpublish"' not in after and 'id="approve"' not in after and 'id="reject"' in after
        assert "unpublished (draft)" in after


def run(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory,
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"})


def test_newsdesk_unpublish_check_and_log(tmp_path: Path) -> None:
    site_config(tmp_path)
    with open_store(f"sqlite:///{tmp_path}/state/newsdesk.db") as store:
        draft_id = stored_draft(store).draft_id
    short = draft_id[:8]
    assert run(tmp_path, "publish", short).returncode == 0
    again = run(tmp_path, "publish", short)  # a published draft: updated, not refused
    assert again.returncode == 0 and "approves it first" not in again.stdout + again.stderr

    checked = run(tmp_path, "publish", "--check", short, "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)[0]["remote_state"] == "published"
    down = run(tmp_path, "unpublish", short, "--delete")
    assert down.returncode == 0, down.stderr
    assert "is now deleted; the draft is approved" in down.stdout
    assert not (tmp_path / "site" / "iwm-2026-11-20.md").exists()
    assert run(tmp_path, "unpublish", short).returncode == 6  # nothing left to take down

    (logged,) = json.loads(run(tmp_path, "publish", "--log", "--json").stdout)
    assert (logged["state"], logged["remote_state"], logged["attempts"]) == ("withdrawn", "deleted", 2)


def test_newsdesk_review_names_only_the_moves_the_status_allows(store: Store) -> None:
    published = stored_draft(store, status=S.PUBLISHED)
    assert "newsdesk unpublish" in next_step(published) and "approve" not in next_step(published)
    approved = stored_draft(store, symbol="SPY")
    assert "newsdesk publish" in next_step(approved) and "approve " not in next_step(approved)
    waiting = stored_draft(store, symbol="QQQ", status=S.NEEDS_REVIEW)
    assert next_step(waiting).startswith("Decide on this version: newsdesk approve")


def test_webhook_unpublish_sends_a_signed_event_the_receiver_keeps(store: Store) -> None:
    with WebhookStub() as hook:
        fields = {"kind": "webhook", "url": f"{hook.base_url}/hooks", "secret_env": "WH"}
        runner = runner_for(store, "hook", fields, {"WH": hook.secret})[0]
        draft = stored_draft(store)
        assert runner.publish(draft).remote_state == "sent"
        down = runner.unpublish(store.get_draft(draft.draft_id), delete=True)

    assert (down.remote_state, down.error, down.draft_status) == ("deleted", None, "approved")
    events = [d["event"] for d in hook.deliveries.values()]
    assert events == ["article.published", "article.deleted"]  # both signed, each kept once
    deleted = next(d for d in hook.deliveries.values() if d["event"] == "article.deleted")
    assert deleted["key"] == draft.key
