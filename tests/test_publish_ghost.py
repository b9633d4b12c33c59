"""Publishing to Ghost through its Admin API, against a stub that checks the JWT and speaks its format."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

import httpx2
import pytest
from lxml import html as lxml_html
from publish_factories import runner_for, stored_draft
from publish_servers import DROP_AFTER_COMMIT, GHOST, Error, GhostStub

from pipeline.contracts import DraftStatus
from pipeline.errors import ConfigError
from pipeline.publish.ghost import GhostAdminKey
from pipeline.publish.payload import build_payload, stable_marker
from pipeline.publish.runner import PublishRunner
from pipeline.store import Store
from pipeline.store.publications import PublicationLog
from pipeline.store.store import utc_now


def ghost_runner(store: Store, ghost: GhostStub, key: str | None = None, clock_skew: float = 0.0,
                 **fields: object) -> PublishRunner:
    config = {"kind": "ghost", "base_url": ghost.base_url, "admin_key_env": "GHOST_KEY", **fields}
    env = {"GHOST_KEY": key or ghost.admin_key}
    return runner_for(store, "ghost", config, env, clock=lambda: time.time() + clock_skew)[0]


def test_creates_a_draft_post_from_html_with_an_internal_key_tag(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    outcome = ghost_runner(store, ghost, tags=["Markets"]).publish(draft)

    assert outcome.state == "published" and outcome.action == "created"
    (post,) = ghost.posts.values()
    assert post["status"] == "draft" and post["slug"] == "iwm-2026-11-20"
    assert post["title"] == draft.article.headline and "<script" not in post["lexical"]
    slugs = {t["slug"] for t in post["tags"]}
    assert f"hash-{stable_marker(draft.key)}" in slugs and "markets" in slugs
    create = ghost.calls("POST", f"{GHOST}/posts/")[0]
    assert create.query == {}  # Lexical, not ?source=html (a lossy conversion)
    assert create.headers["authorization"].startswith("Ghost ")
    assert create.headers["accept-version"] == "v5.0"
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED
    record = PublicationLog(store.engine, utc_now).get("ghost", draft.key)
    assert record is not None and record.remote_id == post["id"] and record.detail["updated_at"]


def test_republish_updates_with_the_current_updated_at(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    runner = ghost_runner(store, ghost)
    first = runner.publish(draft)
    ghost.bump(first.remote_id or "")  # an editor saved the post in Ghost since

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.action == "updated" and len(ghost.posts) == 1
    put = ghost.calls("PUT", f"{GHOST}/posts/")[-1]
    sent = put.json()["posts"][0]
    assert put.query == {} and "status" not in sent and "slug" not in sent


def test_a_reply_lost_after_the_post_was_created_still_makes_one_post(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    ghost.fault("POST", f"{GHOST}/posts/", DROP_AFTER_COMMIT)

    outcome = ghost_runner(store, ghost).publish(draft)

    assert outcome.state == "published" and outcome.action == "adopted" and outcome.attempts == 2
    assert len(ghost.posts) == 1
    filters = [r.query.get("filter") for r in ghost.calls("GET", f"{GHOST}/posts/")]
    assert filters == [f"tag:hash-{stable_marker(draft.key)}"] * 2


def test_a_taken_slug_gets_a_suffix(store: Store, ghost: GhostStub) -> None:
    ghost.add_post("An older IWM note", "iwm-2026-11-20")
    outcome = ghost_runner(store, ghost).publish(stored_draft(store))

    assert outcome.state == "published" and len(ghost.posts) == 2
    assert ghost.posts[outcome.remote_id or ""]["slug"] == "iwm-2026-11-20-2"
    assert "Ghost kept 'iwm-2026-11-20-2'" in (outcome.note or "")


def test_a_stale_updated_at_409_is_reconciled_by_reading_the_post_again(
        store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    runner = ghost_runner(store, ghost)
    first = runner.publish(draft)
    ghost.bump_before_put = 1  # someone saves between our read and our write

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.remote_id == first.remote_id
    assert len(ghost.calls("PUT", f"{GHOST}/posts/")) == 2 and len(ghost.posts) == 1


def test_a_post_that_keeps_changing_is_a_clear_409_error(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    runner = ghost_runner(store, ghost)
    runner.publish(draft)
    ghost.bump_before_put = 5

    outcome = runner.publish(store.get_draft(draft.draft_id))

    assert outcome.state == "failed" and outcome.retryable is False
    assert "UpdateCollisionError" in (outcome.error or "")
    assert "someone is editing it" in (outcome.error or "")
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED  # it keeps its status


def test_an_expired_token_is_refreshed_once(store: Store, ghost: GhostStub) -> None:
    ghost.reject_next_tokens = 1
    outcome = ghost_runner(store, ghost).publish(stored_draft(store))

    assert outcome.state == "published" and len(ghost.posts) == 1
    refused, retried = ghost.requests[:2]  # the same lookup, sent again with a new token
    assert (refused.method, refused.path, refused.query) == (retried.method, retried.path, retried.query)
    assert len(ghost.requests) == 3  # lookup, the same lookup again, create


def test_a_token_that_stays_expired_is_a_clear_error(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    outcome = ghost_runner(store, ghost, clock_skew=-600).publish(draft)  # our clock is 10 minutes slow

    assert outcome.state == "failed" and outcome.retryable is False
    assert "HTTP 401" in (outcome.error or "") and "jwt expired" in (outcome.error or "")
    assert "clock" in (outcome.error or "")
    assert len(ghost.requests) == 2  # the refresh, then no more
    assert not ghost.posts and store.get_draft(draft.draft_id).status == DraftStatus.APPROVED


def test_a_revoked_admin_key_is_a_clear_error_and_never_logged(
        store: Store, ghost: GhostStub, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    revoked = "6748592f4b9b7700010f6599:" + "c0ffee" * 10 + "beef"
    draft = stored_draft(store)
    outcome = ghost_runner(store, ghost, key=revoked).publish(draft)

    assert outcome.state == "failed" and "Unknown Admin API Key" in (outcome.error or "")
    assert "revoked?" in (outcome.error or "")
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED
    secret = revoked.split(":")[1]
    assert secret not in caplog.text
    assert secret.encode() not in (tmp_path / "state" / "newsdesk.db").read_bytes()


def test_a_5xx_is_resumable(store: Store, ghost: GhostStub) -> None:
    draft = stored_draft(store)
    for _ in range(3):
        ghost.fault("POST", f"{GHOST}/posts/", Error(502, {"errors": [{"message": "Bad gateway",
                                                                        "type": "InternalServerError"}]}))
    failed = ghost_runner(store, ghost).publish(draft)
    assert failed.state == "failed" and failed.retryable is True and "HTTP 502" in (failed.error or "")
    assert not ghost.posts

    resumed = ghost_runner(store, ghost).publish(store.get_draft(draft.draft_id))
    assert resumed.state == "published" and len(ghost.posts) == 1


def test_a_malformed_admin_key_is_refused_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"\$GHOST_KEY is not a Ghost admin API key"):
        GhostAdminKey("no-colon-here", "GHOST_KEY")
    with pytest.raises(ConfigError):
        GhostAdminKey("abc:not-hex", "GHOST_KEY")
    assert "secret=***" in repr(GhostAdminKey("abc:00ff", "GHOST_KEY"))


def read_back(ghost: GhostStub, post_id: str) -> dict[str, object]:
    """The post as the Admin API returns it, with its rendered HTML (`formats=html,lexical`)."""
    token = GhostAdminKey(ghost.admin_key, "GHOST_KEY").token(time.time())
    reply = httpx2.get(f"{ghost.base_url}{GHOST}/posts/{post_id}/",
                       params={"formats": "html,lexical", "include": "tags"},
                       headers={"Authorization": f"Ghost {token}", "Accept-Version": "v5.0"}, timeout=5)
    reply.raise_for_status()
    post: dict[str, object] = reply.json()["posts"][0]
    return post


def numbered_sources(html: str) -> list[tuple[str | None, str | None, str]]:
    """(id, value, title) of each item of the Sources list, in document order."""
    page = lxml_html.fragment_fromstring(html, create_parent="div")
    (listing,) = page.xpath(".//section[@id='sources']/ol")
    return [(li.get("id"), li.get("value"), li.xpath("string(.//a)").strip()) for li in listing]


def test_sources_stay_numbered_in_order_and_the_slug_stays_across_three_updates(
        store: Store, ghost: GhostStub) -> None:
    ghost.add_post("An older IWM note", "iwm-2026-11-20")  # the slug is taken: Ghost adds -2
    draft = stored_draft(store)
    runner = ghost_runner(store, ghost)
    first = runner.publish(draft)
    post_id = first.remote_id or ""
    slugs = [read_back(ghost, post_id)["slug"]]
    for _ in range(3):
        assert runner.publish(store.get_draft(draft.draft_id)).action == "updated"
        slugs.append(read_back(ghost, post_id)["slug"])

    assert slugs == ["iwm-2026-11-20-2"] * 4 and len(ghost.posts) == 2
    html = str(read_back(ghost, post_id)["html"])
    expected = [(f"source-{s.number}", str(s.number), s.title) for s in draft.article.sources]
    assert numbered_sources(html) == expected
    cited = set(re.findall(r'href="#(source-\d+)"', html))
    assert cited and cited <= {i for i, _, _ in expected}


def test_the_stub_models_ghosts_lossy_html_conversion(store: Store, ghost: GhostStub) -> None:
    """What newsdesk used to send (?source=html) comes back renumbered and reversed: the test
    above would fail on it."""
    draft = stored_draft(store)
    token = GhostAdminKey(ghost.admin_key, "GHOST_KEY").token(time.time())
    payload_html = build_payload(draft).html
    reply = httpx2.post(f"{ghost.base_url}{GHOST}/posts/", params={"source": "html"},
                        json={"posts": [{"title": "t", "html": payload_html}]},
                        headers={"Authorization": f"Ghost {token}"}, timeout=5)
    converted = numbered_sources(str(read_back(ghost, reply.json()["posts"][0]["id"])["html"]))
    titles = [s.title for s in draft.article.sources]
    assert [t for _, _, t in converted] == titles[::-1]
    assert all(i is None and v is None for i, v, _ in converted)
