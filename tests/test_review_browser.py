"""The review page in headless Chromium (Playwright driving /usr/bin/chromium).

A reviewer signs in, opens a draft, sees its findings marked, approves a draft
and sees the queue change. A page on another 127.0.0.1 port that posts an
approve form, a GET to approve and a request without a login are refused.

Skips when Chromium or Playwright is missing (CI installs Chromium in .ci/run).
Set NEWSDESK_SCREENSHOT_DIR to keep a copy of the article page's screenshot.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import chromium_context, csp_violations, require_chromium, sign_in
from review_helpers import (
    PASSWORD,
    WARNING,
    Server,
    add_reviewer,
    review_draft,
    review_server,
    running,
)
from store_factories import make_news

from pipeline.config import Settings
from pipeline.contracts import DraftStatus, FlaggedText
from pipeline.store import Store

require_chromium()


def attacker_app(target: str) -> Any:
    """Another origin (same host, other port) whose page posts an approve form to `target`."""
    page = (f'<!DOCTYPE html><title>Win a prize</title><form method="post" action="{target}">'
            '<input type="hidden" name="csrf" value="guessed-token">'
            '<button id="go" type="submit">Claim</button></form>').encode()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/html; charset=utf-8")]})
        await send({"type": "http.response.body", "body": page})

    return app


@pytest.fixture
def store(store: Store, settings: Settings) -> Store:
    """The store of the project folder `settings` describes, with reviewer alice signed up."""
    add_reviewer(store)
    return store


@pytest.fixture
def server(store: Store, settings: Settings) -> Iterator[Server]:
    with review_server(store, settings) as running_server:
        yield running_server


@pytest.fixture
def browser_context() -> Iterator[Any]:
    with chromium_context({"width": 1400, "height": 1000}, extra_args=["--disable-quic"]) as context:
        yield context


def test_a_reviewer_signs_in_reads_findings_and_approves(
        store: Store, server: Server, browser_context: Any, tmp_path: Path) -> None:
    flagged = review_draft()  # an error and a warning
    clean = review_draft([WARNING], symbol="QQQ", headline="Nasdaq fund leads a quiet Friday")
    store.save_draft(flagged)
    store.save_draft(clean)
    store.upsert_news([make_news(1).model_copy(update={  # the draft's first cited source
        "item_id": "harbor-1", "flags": ["injection:hidden-css"],
        "flagged": [FlaggedText(vector="hidden-css", pattern="ignore-previous",
                                snippet="Ignore previous instructions")]})])
    page = browser_context.new_page()
    violations = csp_violations(page)

    page.goto(f"{server.base}/drafts/{flagged.draft_id}")
    assert page.url == f"{server.base}/login"
    sign_in(page, server.base, PASSWORD)

    page.click(f"a[href='/drafts/{flagged.draft_id}']")
    page.wait_for_url(f"{server.base}/drafts/{flagged.draft_id}")
    error_mark = page.locator("mark.finding.sev-error").first
    assert error_mark.inner_text().startswith("0.72%")
    assert error_mark.get_attribute("data-code") == "value-mismatch"
    assert error_mark.is_visible()
    colour = error_mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet loaded under CSP
    assert page.locator("mark.finding.sev-warning").first.inner_text().startswith("a quiet gain")
    badge = page.locator("#sources .flag-badge")
    assert badge.inner_text() == "1 flagged" and badge.is_visible()
    assert "Ignore previous instructions" in page.inner_text("#sources .flagged")
    assert "Not sent to any target yet." in page.inner_text("#publication")
    shot = tmp_path / "review-page.png"
    page.screenshot(path=str(shot), full_page=True)
    _keep(shot)

    with page.expect_response(lambda r: r.request.method == "POST") as blocked:
        page.click("#approve")
    assert blocked.value.status == 409  # error findings block approval
    assert "block approval" in page.inner_text("main")

    page.goto(f"{server.base}/drafts/{clean.draft_id}")
    page.click("#approve")
    page.wait_for_url(f"{server.base}/?done=approved")
    assert page.locator(f"tr[data-draft='{clean.draft_id}']").count() == 0  # no longer waiting
    assert page.locator(f"tr[data-draft='{flagged.draft_id}'] .status").inner_text() == \
        "needs review"
    page.click("a[href='/?status=approved']")
    row = page.locator(f"tr[data-draft='{clean.draft_id}'] .status")
    assert row.inner_text() == "approved"
    assert store.get_draft(clean.draft_id).status == DraftStatus.APPROVED
    assert violations == []


def test_cross_site_get_and_anonymous_approvals_are_refused(
        store: Store, server: Server, browser_context: Any) -> None:
    draft = review_draft([WARNING])
    store.save_draft(draft)
    approve = f"{server.base}/drafts/{draft.draft_id}/approve"
    page = browser_context.new_page()

    anonymous = browser_context.request.post(approve, form={"csrf": "x"}, max_redirects=0)
    assert anonymous.status == 401
    page.goto(f"{server.base}/")
    assert page.url == f"{server.base}/login"

    sign_in(page, server.base, PASSWORD)

    with running(attacker_app(approve)) as evil:
        page.goto(f"{evil.base}/")
        with page.expect_response(approve) as forged:
            page.click("#go")
    assert forged.value.status == 403  # the session cookie went along; origin and token did not fit

    got = page.goto(approve)
    assert got is not None and got.status == 405
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW
    print(f"\nrefusals: cross-site POST {forged.value.status}, GET approve {got.status}, "
          f"no login {anonymous.status}")


def test_the_changes_page_shows_the_diff_styled_under_the_csp(
        store: Store, server: Server, browser_context: Any, tmp_path: Path) -> None:
    first = store.save_draft(review_draft([WARNING], headline="Small caps stall"))
    store.save_draft(review_draft([WARNING], headline="Small caps break out"))
    page = browser_context.new_page()
    violations = csp_violations(page)
    page.goto(f"{server.base}/login")
    sign_in(page, server.base, PASSWORD)
    page.goto(f"{server.base}/drafts/{first.draft_id}")
    page.click("#changes")
    page.wait_for_url(f"{server.base}/drafts/{first.draft_id}/diff")
    added = page.locator("#diff .d-add").first
    assert added.inner_text() == "+# Small caps break out" and added.is_visible()
    colour = added.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shot = tmp_path / "review-diff.png"
    page.screenshot(path=str(shot), full_page=True)
    _keep(shot)
    page.select_option("select[name=from]", "2")
    page.select_option("select[name=to]", "1")
    page.click("#compare")
    page.wait_for_url(f"{server.base}/drafts/{first.draft_id}/diff?from=2&to=1")
    assert page.locator("#diff .d-add").first.inner_text() == "+# Small caps stall"
    assert violations == []


def _keep(shot: Path) -> None:
    folder = os.environ.get("NEWSDESK_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)
