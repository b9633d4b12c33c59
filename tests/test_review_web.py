"""The review web page over real HTTP: a uvicorn server on 127.0.0.1 in a thread."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from render_factories import make_article
from review_helpers import (
    ERROR,
    WARNING,
    Client,
    Server,
    add_reviewer,
    decision_form,
    form_token,
    review_draft,
    review_server,
)

from pipeline.config import Settings
from pipeline.contracts import DraftStatus
from pipeline.review.app import CSP, ReviewOptions
from pipeline.review.limiter import SignInLimiter
from pipeline.store import Store


@pytest.fixture
def store(store: Store, settings: Settings) -> Store:
    """The store of the project folder `settings` describes, with reviewer alice signed up."""
    add_reviewer(store)
    return store


@pytest.fixture
def server(store: Store, settings: Settings) -> Iterator[Server]:
    with review_server(store, settings) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Client:
    signed = Client(server.port)
    assert signed.sign_in().status == 303
    return signed


def test_pages_need_a_login(store: Store, server: Server) -> None:
    draft = review_draft()
    store.save_draft(draft)
    anonymous = Client(server.port)
    for path in ("/", f"/drafts/{draft.draft_id}"):
        reply = anonymous.get(path)
        assert (reply.status, reply.header("location")) == (303, "/login")
    assert anonymous.get(f"/drafts/{draft.draft_id}/chart.png").status == 401
    refused = anonymous.post(f"/drafts/{draft.draft_id}/approve", {"csrf": "x"})
    assert refused.status == 401
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW


def test_sign_in_sets_a_strict_http_only_cookie(server: Server) -> None:
    browser = Client(server.port)
    wrong = browser.sign_in(password="not the password")
    assert wrong.status == 401 and "Wrong user name or password" in wrong.body
    assert "newsdesk_session" not in browser.cookies
    unknown = browser.sign_in(user="mallory")
    assert unknown.status == 401
    ok = browser.sign_in()
    assert (ok.status, ok.header("location")) == (303, "/")
    [cookie] = [c for c in ok.cookies if c.startswith("newsdesk_session=")]
    flags = cookie.lower()
    assert "httponly" in flags and "samesite=strict" in flags and "path=/" in flags
    assert "secure" not in flags  # plain http on loopback
    assert browser.get("/").status == 200


def test_cookies_are_secure_off_loopback(store: Store, settings: Settings) -> None:
    with review_server(store, settings, ReviewOptions(secure_cookies=True)) as running:
        reply = Client(running.port).sign_in()
    [cookie] = [c for c in reply.cookies if c.startswith("__Host-newsdesk=")]
    assert "secure" in cookie.lower() and "httponly" in cookie.lower()


def test_the_login_form_needs_its_token(server: Server) -> None:
    browser = Client(server.port)
    browser.get("/login")
    reply = browser.post("/login", {"csrf": "forged", "user": "alice",
                                    "password": "correct horse battery"})
    assert reply.status == 403
    assert "newsdesk_session" not in browser.cookies


def test_failed_sign_ins_are_limited(store: Store, settings: Settings) -> None:
    options = ReviewOptions(limiter=SignInLimiter(base_delay=60))
    with review_server(store, settings, options) as running:
        browser = Client(running.port)
        for _ in range(5):
            assert browser.sign_in(password="guess guess guess").status == 401
        blocked = browser.sign_in()  # even the right password waits now
        other = Client(running.port).sign_in(user="bob")  # another name is not slowed
    assert blocked.status == 429 and "try again in 60 s" in blocked.body
    assert blocked.header("retry-after") == "60"
    assert "newsdesk_session" not in browser.cookies
    assert other.status == 401


def test_queue_lists_findings_bias_pulse_and_threat(store: Store, client: Client) -> None:
    draft = review_draft()
    store.save_draft(draft)
    page = client.get("/")
    assert page.status == 200
    row = re.search(rf'<tr data-draft="{draft.draft_id}">(.*?)</tr>', page.body, re.DOTALL)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row[1], re.DOTALL)
    text = [re.sub(r"<[^>]+>", "", c).strip() for c in cells]
    assert text[:3] == ["needs review", "IWM", "2026-11-20"]
    assert text[4:9] == ["1", "1", "Bullish", "62", "2/5"]
    only_approved = client.get("/?status=approved")
    assert draft.draft_id not in only_approved.body
    assert client.get("/?status=nonsense").status == 400


def test_draft_page_marks_each_finding_in_the_text(store: Store, client: Client) -> None:
    draft = review_draft()
    store.save_draft(draft)
    page = client.get(f"/drafts/{draft.draft_id}")
    assert page.status == 200
    assert page.header("content-security-policy") == CSP
    assert page.header("x-frame-options") == "DENY"
    error = re.search(r'<mark class="finding sev-error" data-code="value-mismatch"[^>]*>(.*?)</mark>',
                      page.body)
    warning = re.search(r'<mark class="finding sev-warning" data-code="vague-wording"[^>]*>(.*?)'
                        r"</mark>", page.body)
    assert error is not None and error[1].startswith("0.72%")
    assert warning is not None and warning[1].startswith("a quiet gain")
    assert "expected 0.30%" in error[0]  # the mark's title says what the data says
    assert "Findings: 1 error, 1 warning" in page.body
    assert "1 error finding blocks approval" in page.body
    assert "<script" not in page.body and " style=" not in page.body


def test_draft_text_cannot_inject_markup(store: Store, client: Client) -> None:
    draft = review_draft()
    hostile = draft.article.analysis[0] + ' <script>alert(1)</script><img src=x onerror="alert(2)">'
    article = draft.article.model_copy(update={
        "analysis": [hostile, *draft.article.analysis[1:]],
        "headline": 'Caps <b onmouseover="x()">fall</b>'})
    store.save_draft(draft.model_copy(update={"article": article}))
    page = client.get(f"/drafts/{draft.draft_id}").body
    tags = Tags()
    tags.feed(page)
    assert {"script", "img", "b"}.isdisjoint(tags.names)
    assert not [name for name in tags.attributes if name.startswith("on") or name == "style"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as the text it is
    assert "&lt;b onmouseover" in page


class Tags(HTMLParser):
    """Every element and attribute name in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.attributes.update(name for name, _ in attrs)


def test_get_to_approve_is_405(store: Store, client: Client) -> None:
    draft = review_draft([WARNING])
    store.save_draft(draft)
    assert client.get(f"/drafts/{draft.draft_id}/approve").status == 405
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW


def test_cross_origin_and_tokenless_posts_are_refused(store: Store, client: Client,
                                                      server: Server) -> None:
    draft = review_draft([WARNING])
    store.save_draft(draft)
    token = form_token(client.get(f"/drafts/{draft.draft_id}").body)
    path = f"/drafts/{draft.draft_id}/approve"
    other = f"http://127.0.0.1:{server.port + 1}"
    assert client.post(path, {"csrf": token}, headers={"Origin": other}).status == 403
    assert client.post(path, {"csrf": token}, headers={"Referer": other + "/x"}).status == 403
    assert client.post(path, {}).status == 403
    altered = token[:-1] + ("B" if token.endswith("A") else "A")
    assert client.post(path, {"csrf": altered}).status == 403
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW
    done = client.post(path, {"csrf": token, "version": "1", "reason": "reads well"},
                       headers={"Origin": server.base})
    assert (done.status, done.header("location")) == (303, "/?done=approved")
    assert store.get_draft(draft.draft_id).status == DraftStatus.APPROVED
    last = store.status_history(draft.draft_id)[-1]
    assert (last.actor, last.to_status, last.reason) == ("alice", DraftStatus.APPROVED,
                                                         "reads well")


def test_error_findings_block_approval(store: Store, client: Client) -> None:
    draft = review_draft([ERROR])
    store.save_draft(draft)
    token = form_token(client.get(f"/drafts/{draft.draft_id}").body)
    reply = client.post(f"/drafts/{draft.draft_id}/approve", {"csrf": token, "version": "1"})
    assert reply.status == 409 and "block approval" in reply.body
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW


def test_reject_needs_a_reason(store: Store, client: Client) -> None:
    draft = review_draft([ERROR])
    store.save_draft(draft)
    form = decision_form(client.get(f"/drafts/{draft.draft_id}").body)
    path = f"/drafts/{draft.draft_id}/reject"
    assert client.post(path, {**form, "reason": "  "}).status == 400
    assert client.post(path, {**form, "reason": "wrong close"}).status == 303
    last = store.status_history(draft.draft_id)[-1]
    assert (last.to_status, last.actor, last.reason) == (DraftStatus.REJECTED, "alice",
                                                         "wrong close")


def test_chart_is_served_from_the_output_dir_only(store: Store, client: Client,
                                                  settings: Settings) -> None:
    draft = review_draft()
    store.save_draft(draft)
    page = client.get(f"/drafts/{draft.draft_id}")
    assert "chart.png" not in page.body
    assert client.get(f"/drafts/{draft.draft_id}/chart.png").status == 404
    png = settings.output.dir / "2026-11-20" / "iwm-2026-11-20.png"
    png.parent.mkdir(parents=True)
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    page = client.get(f"/drafts/{draft.draft_id}")
    assert f'src="/drafts/{draft.draft_id}/chart.png"' in page.body
    image = client.get(f"/drafts/{draft.draft_id}/chart.png")
    assert (image.status, image.header("content-type")) == (200, "image/png")
    assert client.get("/drafts/..%2f..%2fetc%2fpasswd/chart.png").status == 404


def test_sign_out_ends_the_session(client: Client) -> None:
    token = form_token(client.get("/").body)
    assert client.post("/logout", {"csrf": token}).status == 303
    assert client.get("/").status == 303


def test_unknown_host_header_is_refused(server: Server) -> None:
    reply = Client(server.port).get("/login", headers={"Host": "evil.example"})
    assert reply.status == 400


# the version a decision names (issue 12, item 4)

def test_approving_a_version_nobody_saw_is_refused(store: Store, client: Client) -> None:
    first = review_draft([WARNING], headline="IWM drifts")
    store.save_draft(first)
    page = client.get(f"/drafts/{first.draft_id}").body
    assert "version 1" in page
    rerun = review_draft([WARNING], headline="IWM slides late")  # a rerun stores version 2
    store.save_draft(rerun)
    path = f"/drafts/{first.draft_id}/approve"
    stale = client.post(path, decision_form(page))
    assert stale.status == 409
    assert "version 2 was stored since you opened it" in stale.body
    assert store.get_draft(first.draft_id).status == DraftStatus.NEEDS_REVIEW
    rejected = client.post(f"/drafts/{first.draft_id}/reject",
                           decision_form(page, reason="too quiet"))
    assert rejected.status == 409 and store.get_draft(first.draft_id).status.value == "needs_review"
    fresh = client.get(f"/drafts/{first.draft_id}").body
    assert client.post(path, decision_form(fresh)).status == 303
    last = store.status_history(first.draft_id)[-1]
    assert (last.to_status, last.version) == (DraftStatus.APPROVED, 2)
    assert "approved (version 2)" in client.get(f"/drafts/{first.draft_id}").body


def test_a_decision_without_a_version_is_refused(store: Store, client: Client) -> None:
    draft = review_draft([WARNING])
    store.save_draft(draft)
    token = form_token(client.get(f"/drafts/{draft.draft_id}").body)
    for version in ("", "one", "-1", "1" * 30):
        reply = client.post(f"/drafts/{draft.draft_id}/approve", {"csrf": token, "version": version})
        assert reply.status == 400 and "which version you saw" in reply.body
    assert store.get_draft(draft.draft_id).status == DraftStatus.NEEDS_REVIEW


def test_a_one_digit_finding_is_marked_at_its_place_only(store: Store, client: Client) -> None:
    from test_review_core import DIGITS, digit_findings

    draft = review_draft(digit_findings()).model_copy(
        update={"article": make_article(analysis=DIGITS)})
    store.save_draft(draft)
    page = client.get(f"/drafts/{draft.draft_id}").body
    assert page.count("<mark") == 1
    assert 'added <mark class="finding sev-error"' in page
    assert "(appears 3 times in the text; not marked)" in page


def test_draft_page_shows_what_the_data_checks_said(store: Store, client: Client) -> None:
    draft = review_draft()
    store.save_draft(draft)
    plain = client.get(f"/drafts/{draft.draft_id}").body
    assert "Data checks" not in plain  # no section when nothing was checked
    lines = ["IWM: passed over [rate-limited] yahoo IWM: HTTP 429 (rate limited), Retry-After 3600",
             "^VIX left out [official-mismatch]: ^VIX: the close on 2026-11-20 is 20.37 from yahoo but "
             "17.76 in the official cboe_history series (14.70% apart; the tolerance is 1%)"]
    checked = review_draft(symbol="SPY")
    checked = checked.model_copy(update={"snapshot": checked.snapshot.model_copy(
        update={"data_notes": lines})})
    store.save_draft(checked)
    client_page = client.get(f"/drafts/{checked.draft_id}").body
    assert "Data checks (2)" in client_page
    assert "passed over [rate-limited]" in client_page and "[official-mismatch]" in client_page
