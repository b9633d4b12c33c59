"""Publishing to a real WordPress (Debian's package on MariaDB and Apache), not a stub.

Runs when NEWSDESK_TEST_WP_URL names a WordPress these tests may wipe (every post on it is
deleted before each test), as `.ci/services.sh` sets one up: NEWSDESK_TEST_WP_ADMIN,
NEWSDESK_TEST_WP_EDITOR and NEWSDESK_TEST_WP_AUTHOR hold `user:application password` of an
Administrator, an Editor and an Author; `DISALLOW_UNFILTERED_HTML` is set; the must-use plugin
`newsdesk-ci-faults` drops the reply to a request after WordPress committed it (the Apache
worker kills itself), which is a lost reply as the network makes it. Otherwise every test here
skips with the reason. The stub tests (test_publish_wordpress.py) keep the faults a real
server cannot be made to show (503s, a revoked password mid-run, a process killed mid-call).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest
from publish_factories import new_store, runner_for, stored_draft

from pipeline.contracts import DraftStatus
from pipeline.publish.payload import stable_marker
from pipeline.publish.runner import PublishRunner
from pipeline.render.files import chart_file
from pipeline.store import Store
from pipeline.store.publications import PublicationLog
from pipeline.store.store import utc_now

URL = os.environ.get("NEWSDESK_TEST_WP_URL", "").rstrip("/")
pytestmark = pytest.mark.skipif(
    not URL, reason="NEWSDESK_TEST_WP_URL is not set (a WordPress these tests may wipe; "
                    "see .ci/services.sh)")

STATUSES = "publish,future,draft,pending,private,trash"
TIMEOUT = 60.0  # two shared cores: a WordPress request can take seconds under load


@dataclass(frozen=True)
class Login:
    user: str
    password: str


def login(role: str) -> Login:
    var = f"NEWSDESK_TEST_WP_{role.upper()}"
    user, sep, password = os.environ.get(var, "").partition(":")
    if not sep or not user or not password:
        pytest.fail(f"{var} must hold 'user:application password' when NEWSDESK_TEST_WP_URL is set")
    return Login(user, password)


class Site:
    """The Administrator's view of the site: inspect, wipe and arm faults, through REST."""

    def __init__(self, url: str, admin: Login) -> None:
        self.api = f"{url}/wp-json"
        self.client = httpx2.Client(auth=httpx2.BasicAuth(admin.user, admin.password), timeout=TIMEOUT)

    def call(self, method: str, path: str, auth: Login | None = None, **kwargs: Any) -> Any:
        if auth is not None:
            kwargs["auth"] = httpx2.BasicAuth(auth.user, auth.password)
        response = self.client.request(method, self.api + path, **kwargs)
        assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text[:300]}"
        return response.json()

    def posts(self) -> list[dict[str, Any]]:
        return list(self.call("GET", "/wp/v2/posts", params={
            "status": STATUSES, "context": "edit", "per_page": 100}))

    def post(self, post_id: str | int) -> dict[str, Any]:
        return dict(self.call("GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"}))

    def media(self) -> list[dict[str, Any]]:
        return list(self.call("GET", "/wp/v2/media", params={"context": "edit", "per_page": 100}))

    def wipe(self) -> None:
        self.call("DELETE", "/newsdesk-ci/v1/faults")
        while posts := self.posts():
            for post in posts:
                self.call("DELETE", f"/wp/v2/posts/{post['id']}", params={"force": "true"})
        while items := self.media():
            for item in items:
                self.call("DELETE", f"/wp/v2/media/{item['id']}", params={"force": "true"})

    def drop_reply(self, method: str, route: str) -> None:
        """The next `method route` is done by WordPress, then its connection closes unanswered."""
        self.call("POST", "/newsdesk-ci/v1/faults", json={"method": method, "route": route})

    def category(self, name: str) -> int:
        found = self.call("GET", "/wp/v2/categories", params={"search": name})
        for term in found:
            if term["name"] == name:
                return int(term["id"])
        return int(self.call("POST", "/wp/v2/categories", json={"name": name})["id"])

    def term_names(self, taxonomy: str, ids: list[int]) -> set[str]:
        return {self.call("GET", f"/wp/v2/{taxonomy}/{i}")["name"] for i in ids}

    def close(self) -> None:
        self.client.close()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    opened = Site(URL, login("admin"))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(autouse=True)
def empty_site(site: Site) -> None:
    site.wipe()


def wp_runner(store: Store, role: str = "editor", client: httpx2.Client | None = None,
              chart_dir: Path | None = None, **fields: Any) -> PublishRunner:
    who = login(role)
    config = {"kind": "wordpress", "base_url": URL, "user": who.user, "password_env": "WP_PASS",
              "categories": ["Markets"], "timeout": TIMEOUT, **fields}
    return runner_for(store, "blog", config, {"WP_PASS": who.password}, client=client,
                      chart_dir=chart_dir)[0]


def recording_client(sent: list[dict[str, Any]]) -> httpx2.Client:
    """A client that keeps the JSON body of every post create/update newsdesk sends."""
    def keep(request: httpx2.Request) -> None:
        if request.method == "POST" and "/wp/v2/posts" in request.url.path:
            sent.append(json.loads(request.read()))
    return httpx2.Client(timeout=TIMEOUT, follow_redirects=False, event_hooks={"request": [keep]})


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def test_an_editor_creates_a_draft_post_with_its_terms_and_wordpress_keeps_the_body_as_sent(
        site: Site, store: Store) -> None:
    draft = stored_draft(store)
    category = unique("Markets")
    sent: list[dict[str, Any]] = []
    outcome = wp_runner(store, client=recording_client(sent), categories=[category],
                        tags=["newsdesk"]).publish(draft)

    assert outcome.state == "published" and outcome.action == "created", outcome.error
    [post] = site.posts()
    assert str(post["id"]) == outcome.remote_id
    assert post["status"] == "draft" and post["slug"] == "iwm-2026-11-20"
    assert post["title"]["raw"] == draft.article.headline
    assert site.term_names("categories", post["categories"]) == {category}  # the Editor created it
    assert site.term_names("tags", post["tags"]) == {*draft.article.tags, "newsdesk"}
    # kses (no one has unfiltered_html) removed nothing: the body is byte for byte what was sent
    [create] = sent
    assert post["content"]["raw"] == create["content"]
    assert f'data-newsdesk-key="{stable_marker(draft.key)}"' in create["content"]
    assert 'href="#source-1"' in post["content"]["raw"] and "<table" in post["content"]["raw"]
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED
    record = PublicationLog(store.engine, utc_now).get("blog", draft.key)
    assert record is not None and record.remote_id == outcome.remote_id
    assert record.remote_url == post["link"]


def test_an_edited_and_approved_version_updates_the_same_post(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store)
    first = runner.publish(draft)
    article = draft.article.model_copy(update={"headline": "IWM: small caps hold the week's gain"})
    store.edit_draft(draft.draft_id, draft.model_copy(update={"article": article,
                                                              "content_hash": "edited"}), "editor")
    store.set_status(draft.draft_id, DraftStatus.APPROVED, actor="editor")

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.action == "updated", second.error
    assert second.remote_id == first.remote_id
    [post] = site.posts()
    assert post["title"]["raw"] == "IWM: small caps hold the week's gain"
    assert post["slug"] == "iwm-2026-11-20" and post["status"] == "draft"


def test_a_rerun_that_lost_its_state_finds_the_post_by_its_key(site: Site, tmp_path: Path) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    with new_store(tmp_path / "first") as first_store:
        first = wp_runner(first_store).publish(stored_draft(first_store))
    # a second desk (or the same one after its state was lost) publishes the same article
    with new_store(tmp_path / "second") as second_store:
        again = wp_runner(second_store).publish(stored_draft(second_store))

    assert first.action == "created" and again.action == "adopted", again.error
    assert again.remote_id == first.remote_id
    assert len(site.posts()) == 1


def test_a_reply_lost_after_wordpress_created_the_post_still_makes_one_post(
        site: Site, store: Store) -> None:
    draft = stored_draft(store)
    site.drop_reply("POST", "/wp/v2/posts")

    outcome = wp_runner(store).publish(draft)

    assert outcome.state == "published" and outcome.action == "adopted", outcome.error
    assert outcome.attempts == 2
    [post] = site.posts()
    assert str(post["id"]) == outcome.remote_id
    assert f'data-newsdesk-key="{stable_marker(draft.key)}"' in post["content"]["raw"]
    assert store.get_draft(draft.draft_id).status == DraftStatus.PUBLISHED


def test_a_lost_reply_with_no_tries_left_is_finished_by_the_next_run(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    site.drop_reply("POST", "/wp/v2/posts")

    failed = wp_runner(store, max_attempts=1).publish(draft)
    assert failed.state == "failed" and failed.retryable is True
    assert "connection failed" in (failed.error or "")
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED
    assert len(site.posts()) == 1  # WordPress did create it

    resumed = wp_runner(store, max_attempts=1).publish(store.get_draft(draft.draft_id))
    assert resumed.state == "published" and resumed.action == "adopted", resumed.error
    assert len(site.posts()) == 1


def test_a_lost_reply_to_an_update_is_retried_onto_the_same_post(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store)
    first = runner.publish(draft)
    store.set_status(draft.draft_id, DraftStatus.NEEDS_REVIEW, actor="editor", reason="recheck")
    store.set_status(draft.draft_id, DraftStatus.APPROVED, actor="editor")
    site.drop_reply("POST", f"/wp/v2/posts/{first.remote_id}")

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.attempts == 2, second.error
    assert second.remote_id == first.remote_id and len(site.posts()) == 1


def test_a_post_an_editor_set_pending_in_wordpress_stays_pending_when_newsdesk_updates_it(
        site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store)
    first = runner.publish(draft)
    site.call("POST", f"/wp/v2/posts/{first.remote_id}", json={"status": "pending"})
    store.set_status(draft.draft_id, DraftStatus.NEEDS_REVIEW, actor="editor", reason="recheck")
    store.set_status(draft.draft_id, DraftStatus.APPROVED, actor="editor")

    second = runner.publish(store.get_draft(draft.draft_id))

    assert second.state == "published" and second.remote_id == first.remote_id, second.error
    assert site.post(first.remote_id or "")["status"] == "pending"


def test_an_author_cannot_create_a_category_and_the_error_says_so(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    category = unique("Desk")

    outcome = wp_runner(store, role="author", categories=[category]).publish(draft)

    assert outcome.state == "failed" and outcome.retryable is False
    error = outcome.error or ""
    assert f"creating categories {category!r}" in error and "HTTP 403" in error
    assert "rest_cannot_create" in error
    # the real cause: only Editors and Administrators may create categories
    assert "create the category in WordPress first" in error and "Editor" in error
    assert site.posts() == []
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED


def test_an_author_publishes_into_a_category_created_beforehand(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    category = unique("Markets")
    site.category(category)  # an Editor or Administrator made it

    outcome = wp_runner(store, role="author", categories=[category], status="publish").publish(draft)

    assert outcome.state == "published" and outcome.action == "created", outcome.error
    [post] = site.posts()
    assert post["status"] == "publish" and post["author"] == site.call(
        "GET", "/wp/v2/users/me", auth=login("author"))["id"]
    assert site.term_names("categories", post["categories"]) == {category}
    # an Author may create tags (WordPress lets whoever can assign a flat taxonomy's terms add them)
    assert site.term_names("tags", post["tags"]) == set(draft.article.tags)


@pytest.mark.parametrize("role", ["editor", "author", "admin"])
def test_no_role_can_post_unfiltered_html(site: Site, role: str) -> None:
    """DISALLOW_UNFILTERED_HTML: kses filters every user's post, the second gate behind nh3."""
    body = ('<p onclick="steal()">Hi <a href="javascript:steal()">there</a></p>'
            '<script>steal()</script><iframe src="https://evil.example"></iframe>')
    post = site.call("POST", "/wp/v2/posts", auth=login(role),
                     json={"title": "raw", "content": body, "status": "draft"})

    raw = site.post(post["id"])["content"]["raw"]
    assert "<script" not in raw and "onclick" not in raw and "<iframe" not in raw
    assert "javascript:" not in raw
    assert "Hi " in raw and "there" in raw


# the post's state on the site, read back


def check_state(store: Store, runner: PublishRunner, draft_id: str) -> str | None:
    [checked] = runner.check(PublicationLog(store.engine, utc_now).for_draft(draft_id))
    assert checked.error is None, checked.error
    return checked.remote_state


@pytest.mark.parametrize(("change", "state"), [
    ({"status": "pending"}, "pending"), ({"status": "publish"}, "publish"),
    ({"status": "private"}, "private"), (None, "trash"), ({"force": "true"}, "deleted")])
def test_what_an_editor_did_in_wordpress_is_read_back_as_it_is(
        site: Site, store: Store, change: dict[str, str] | None, state: str) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store)
    published = runner.publish(draft)
    assert published.remote_state == "draft"
    post = f"/wp/v2/posts/{published.remote_id}"
    if change is None:
        site.call("DELETE", post)  # the Trash link
    elif "force" in change:
        site.call("DELETE", post, params=change)  # Delete Permanently
    else:
        site.call("POST", post, json=change)

    assert check_state(store, runner, draft.draft_id) == state
    record = PublicationLog(store.engine, utc_now).get("blog", draft.key)
    assert record is not None and record.remote_state == state


def test_republishing_a_post_trashed_in_wordpress_says_it_is_in_the_trash(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store, status="publish")
    first = runner.publish(draft)
    site.call("DELETE", f"/wp/v2/posts/{first.remote_id}")

    again = runner.publish(store.get_draft(draft.draft_id))

    assert again.state == "published" and again.remote_id == first.remote_id, again.error
    assert again.remote_state == "trash"  # updated where it lies, never reported live
    assert site.post(first.remote_id or "")["status"] == "trash" and len(site.posts()) == 1


def test_unpublish_sets_the_post_back_to_draft_and_a_new_publish_restores_it(
        site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store, status="publish")
    first = runner.publish(draft)
    assert first.remote_state == "publish"

    down = runner.unpublish(store.get_draft(draft.draft_id))
    assert down.error is None and down.remote_state == "draft"
    assert down.draft_status == DraftStatus.APPROVED.value
    assert site.post(first.remote_id or "")["status"] == "draft"

    again = runner.publish(store.get_draft(draft.draft_id))
    assert again.state == "published" and again.remote_id == first.remote_id, again.error
    assert again.remote_state == "publish" and len(site.posts()) == 1


def test_unpublish_with_delete_moves_the_post_to_the_trash(site: Site, store: Store) -> None:
    draft = stored_draft(store)
    runner = wp_runner(store, status="publish")
    first = runner.publish(draft)

    down = runner.unpublish(store.get_draft(draft.draft_id), delete=True)

    assert down.error is None and down.remote_state == "trash"
    assert site.post(first.remote_id or "")["status"] == "trash"
    assert check_state(store, runner, draft.draft_id) == "trash"


# the chart as the post's featured image

CHART = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "iwm-2026-11-20-chart.png"


def test_the_chart_goes_up_once_as_featured_media_even_when_the_upload_reply_is_lost(
        site: Site, store: Store, tmp_path: Path) -> None:
    draft = stored_draft(store)
    out = tmp_path / "out"
    chart = chart_file(draft.article, out)
    chart.parent.mkdir(parents=True)
    chart.write_bytes(CHART.read_bytes())  # a real PNG: WordPress checks what it is given
    site.drop_reply("POST", "/wp/v2/media")  # the upload lands, its reply is lost

    first = wp_runner(store, chart_dir=out, status="publish").publish(draft)
    again = wp_runner(store, chart_dir=out).publish(store.get_draft(draft.draft_id))

    assert first.state == "published" and again.state == "published", first.error or again.error
    [post] = site.posts()
    [media] = site.media()
    assert post["featured_media"] == media["id"] and media["mime_type"] == "image/png"
    assert media["alt_text"].startswith("IWM daily chart")
    image = site.client.get(media["source_url"])
    assert image.status_code == 200 and image.content == CHART.read_bytes()
