"""Publishing to WordPress through its REST API, against a stub that speaks the real format."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from publish_factories import runner_for, stored_draft
from publish_servers import DROP_AFTER_COMMIT, WP, Error, WordPressStub

from pipeline.contracts import DraftStatus
from pipeline.errors import InvalidTransition
from pipeline.publish.payload import build_payload, stable_marker
from pipeline.publish.runner import PublishRunner
from pipeline.store import Store
from pipeline.store.publications import PublicationLog
from pipeline.store.store import utc_now

PASSWORD = "cAnArY wp81 Zq9X 4tLm 77pQ"
ENV = {"WP_PASS": PASSWORD}


@pytest.fixture
def wp() -> WordPressStub:
    with WordPressStub(password=PASSWORD) as server:
        yield server


def wp_runner(store: Store, wp: WordPressStub, **fields: object) -> PublishRunner:
    config = {"kind": "wordpress", "base_url": wp.base_url, "user": wp.user, "password_env": "WP_PASS",
              "categories": ["Markets"], **fields}
    return runner_for(store, "blog", config, ENV)[0]


def test_creates_a_draft_post_with_terms_and_marks_the_draft_published(
        store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    outcome = wp_runner(store, wp, tags=["newsdesk"]).publish(draft)

    assert outcome.state == "published" and outcome.action == "created"
    assert len(wp.posts) == 1
    post = wp.posts[int(outcome.remote_id or 0)]
    assert post["status"] == "draft"  # the default: a person presses Publish in WordPress
    assert post["slug"] == "iwm-2026-11-20"
    assert post["title"]["raw"] == draft.article.headline
    assert f'data-newsdesk-key="{stable_marker(draft.key)}"' in post["content"]["raw"]
    assert "<script" not in post["content"]["raw"]
    names = {wp.terms["categories"][i] for i in post["categories"]}
    assert names == {"Markets"}
    assert {wp.terms["tags"][i] for i in post["tags"]} == {*draft.article.tags, "newsdesk"}
    create = wp.calls("POST", f"{WP}/posts")[0]
    assert create.headers["authorization"].startswith("Basic ")
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED
    record = PublicationLog(store.engine, utc_now).get("blog", draft.key)
    assert record is not None and record.state == "done" and record.remote_id == outcome.remote_id
    assert record.remote_url == f"{wp.base_url}/?p={outcome.remote_id}"


def test_republish_after_unpublish_updates_the_same_post_and_keeps_its_status(
        store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store, wp)
    first = runner.publish(draft)
    wp.posts[int(first.remote_id or 0)]["status"] = "publish"  # an editor published it in WordPress

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.action == "updated"
    assert second.remote_id == first.remote_id and len(wp.posts) == 1
    update = wp.calls("POST", f"{WP}/posts/{first.remote_id}")[-1].json()
    assert "status" not in update  # the editor's decision on the site stands
    assert wp.posts[int(first.remote_id or 0)]["status"] == "publish"


def test_a_reply_lost_after_the_post_was_created_still_makes_one_post(
        store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    wp.fault("POST", f"{WP}/posts", DROP_AFTER_COMMIT)  # WordPress commits, the reply never arrives

    outcome = wp_runner(store, wp).publish(draft)

    assert outcome.state == "published" and outcome.action == "adopted" and outcome.attempts == 2
    assert len(wp.posts) == 1
    assert len(wp.calls("POST", f"{WP}/posts")) == 2  # the create, then an update of the found post
    lookups = [r for r in wp.calls("GET", f"{WP}/posts") if "search" in r.query]
    assert len(lookups) == 2 and lookups[1].query["search"] == stable_marker(draft.key)
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED


def test_a_lost_reply_with_no_tries_left_is_resumed_by_the_next_run(store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    wp.fault("POST", f"{WP}/posts", DROP_AFTER_COMMIT)

    first = wp_runner(store, wp, max_attempts=1).publish(draft)
    assert first.state == "failed" and first.retryable is True
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED

    second = wp_runner(store, wp, max_attempts=1).publish(store.get_draft(draft.draft_id))
    assert second.state == "published" and second.action == "adopted"
    assert len(wp.posts) == 1


def test_a_process_that_died_mid_call_is_taken_over_after_its_lease(store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    runner, built = runner_for(store, "blog", {"kind": "wordpress", "base_url": wp.base_url, "user": wp.user,
                                               "password_env": "WP_PASS"}, ENV)
    log = PublicationLog(store.engine, utc_now)
    log.record_intent("blog", draft.key, draft.draft_id, draft.version)  # then the process died...
    built.target.publish(build_payload(draft), None)  # ...after WordPress created the post

    busy = runner.publish(draft)
    assert busy.state == "failed" and "still in progress" in (busy.error or "")

    later = PublishRunner(store, built, PublicationLog(store.engine, utc_now, lease=timedelta(0)),
                          sleep=lambda s: None)
    outcome = later.publish(draft)
    assert outcome.state == "published" and outcome.action == "adopted"
    assert len(wp.posts) == 1


def test_a_taken_slug_gets_a_suffix_and_a_lost_reply_still_finds_our_post(
        store: Store, wp: WordPressStub) -> None:
    foreign = wp.add_post("Someone else's IWM piece", "iwm-2026-11-20", status="publish")
    draft = stored_draft(store)
    wp.fault("POST", f"{WP}/posts", DROP_AFTER_COMMIT)

    outcome = wp_runner(store, wp, status="publish").publish(draft)

    assert outcome.state == "published"
    assert len(wp.posts) == 2  # the foreign post and ours
    ours = wp.posts[int(outcome.remote_id or 0)]
    assert ours["slug"] == "iwm-2026-11-20-2" and ours["id"] != foreign
    assert "taken" in (outcome.note or "") and "iwm-2026-11-20-2" in (outcome.note or "")
    assert wp.posts[foreign]["title"]["raw"] == "Someone else's IWM piece"


def test_a_revoked_application_password_is_a_clear_error_and_the_draft_stays_approved(
        store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with WordPressStub(password="a-new-password-after-revocation") as wp:
        draft = stored_draft(store)
        outcome = wp_runner(store, wp).publish(draft)
        requests = len(wp.requests)

    assert outcome.state == "failed" and outcome.retryable is False
    assert "HTTP 401" in (outcome.error or "") and "incorrect_password" in (outcome.error or "")
    assert "application password" in (outcome.error or "")
    assert requests == 1  # a 4xx is not retried
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED
    record = PublicationLog(store.engine, utc_now).get("blog", draft.key)
    assert record is not None and record.state == "failed" and record.retryable is False
    # the canary: the password is in no log line and nowhere in the store file
    assert PASSWORD not in caplog.text and PASSWORD.replace(" ", "") not in caplog.text
    data = (tmp_path / "state" / "newsdesk.db").read_bytes()
    assert PASSWORD.encode() not in data and b"cAnArY" not in data


def test_a_5xx_is_retried_a_bounded_number_of_times_then_resumable(store: Store, wp: WordPressStub) -> None:
    draft = stored_draft(store)
    for _ in range(3):
        wp.fault("GET", f"{WP}/posts", Error(503, {"code": "service_unavailable", "message": "Busy",
                                                   "data": {"status": 503}}))
    failed = wp_runner(store, wp).publish(draft)

    assert failed.state == "failed" and failed.retryable is True and failed.attempts == 3
    assert "HTTP 503" in (failed.error or "") and not wp.posts
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED

    resumed = wp_runner(store, wp).publish(store.get_draft(draft.draft_id))
    assert resumed.state == "published" and resumed.action == "created" and len(wp.posts) == 1
    record = PublicationLog(store.engine, utc_now).get("blog", draft.key)
    # tries over both runs, as each run's table counts them: 3 in the failed run, 1 now
    assert record is not None and record.attempts == failed.attempts + resumed.attempts == 4
    assert record.error is None


def test_a_4xx_is_a_clear_error_with_the_draft_still_approved(store: Store) -> None:
    with WordPressStub(password=PASSWORD, can_create_terms=False) as wp:
        draft = stored_draft(store)
        outcome = wp_runner(store, wp).publish(draft)
        creates = wp.calls("POST", f"{WP}/posts")

    assert outcome.state == "failed" and outcome.retryable is False
    assert "creating categories 'Markets'" in (outcome.error or "")
    assert "HTTP 403" in (outcome.error or "") and "rest_cannot_create" in (outcome.error or "")
    assert "only an Editor or Administrator may create categories" in (outcome.error or "")
    assert not creates
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED


@pytest.mark.parametrize("status", [DraftStatus.DRAFT, DraftStatus.NEEDS_REVIEW, DraftStatus.REJECTED])
def test_only_approved_drafts_are_published(store: Store, wp: WordPressStub, status: DraftStatus) -> None:
    draft = stored_draft(store, status=status)
    with pytest.raises(InvalidTransition, match=f"is {status.value}: only approved drafts"):
        wp_runner(store, wp).publish(draft)
    assert not wp.requests
    assert PublicationLog(store.engine, utc_now).get("blog", draft.key) is None
