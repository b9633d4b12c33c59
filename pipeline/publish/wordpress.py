"""WordPress through its REST API (`/wp-json/wp/v2/`), authenticated by an application password.

Create: `POST /posts` with title, content, excerpt, status, slug and term ids.
Update: `POST /posts/<id>` without the slug (the post keeps the one WordPress
gave it) and without the status (an editor's decision on the WordPress side is
never undone), unless newsdesk itself unpublished the post: then the
configured status is sent again. State: `GET /posts/<id>?context=edit` gives
`publish`, `future`, `draft`, `pending`, `private` or `trash`; 404/410 is
`deleted`. Unpublish: `POST /posts/<id>` with `status=draft`, or with
`--delete` `DELETE /posts/<id>` (WordPress moves it to the trash; it empties
the trash after EMPTY_TRASH_DAYS, 30 by default). Lookup before every
create: the body carries `data-newsdesk-key="<marker>"`, and
`GET /posts?search=<marker>&status=any&context=edit` finds the post by that
marker whatever slug WordPress gave it. WordPress makes a taken slug unique by
adding `-2`; the slug it kept is reported. Category and tag names become ids
(looked up, created when missing). The chart goes up once per content:
`POST /media` with the PNG as the raw body, `Content-Type: image/png` and
`Content-Disposition: attachment; filename="<slug>-chart-<sha12>.png"`, then
its alt text; the post's `featured_media` is its id. Before uploading,
newsdesk checks the media id it remembers for this target (same content
hash) or looks the file up with `GET /media?search=<sha12>`, so a retry, a
lost reply or a republish never adds a second copy. Errors arrive as
`{"code": ..., "message": ..., "data": {"status": ...}}`.

Use a WordPress user without `unfiltered_html`, so that WordPress runs its own
kses filter over what newsdesk sends, a second gate behind the nh3 allowlist:
an Editor on a site with `DISALLOW_UNFILTERED_HTML` (on a single site an Editor
otherwise has it), or an Author (never has it) when the configured categories
exist already (an Author may create tags, not categories).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

from ..errors import PublishError
from . import http
from .base import DELETED, ChartImage, PublishPayload, PublishResult, RemoteRef
from .settings import WordPressTarget

log = logging.getLogger(__name__)

_AUTH_CODES = {"incorrect_password", "invalid_username", "invalid_email", "rest_not_logged_in",
               "application_passwords_disabled"}


class WordPress:
    def __init__(self, name: str, cfg: WordPressTarget, password: str,
                 client: httpx2.Client | None = None) -> None:
        self.name = name
        self._cfg = cfg
        self._api = cfg.base_url.rstrip("/") + "/wp-json/wp/v2"
        self._auth = httpx2.BasicAuth(cfg.user, password)
        self._client = client or http.make_client(cfg)
        self._uploaded: dict[str, dict[str, str]] = {}  # chart sha256 -> media detail, this process

    def describe(self) -> str:
        return f"WordPress {self._cfg.base_url} as {self._cfg.user} (status {self._cfg.status})"

    def publish(self, payload: PublishPayload, known: RemoteRef | None) -> PublishResult:
        existing = self._get(known.remote_id) if known else None
        if existing is None:
            existing = self._find(payload.marker)
        body = self._body(payload)
        media = self._media(payload.chart, known) if payload.chart else {}
        if media:
            body["featured_media"] = int(media["media_id"])
        if existing is None:
            body.update(status=self._cfg.status, slug=payload.slug)
            post = self._call("POST", "/posts", "creating the post", json=body)
            return _result("created", post, payload.slug, media)
        if known is not None and known.withdrawn:
            body["status"] = self._cfg.status
        post = self._call("POST", f"/posts/{existing['id']}", "updating the post", json=body)
        return _result("updated" if known else "adopted", post, None if known else payload.slug, media)

    # the chart as media

    def _media(self, chart: ChartImage, known: RemoteRef | None) -> dict[str, str]:
        """The media item holding this chart: remembered, found by its hash, or uploaded now."""
        if chart.sha256 in self._uploaded:
            return self._uploaded[chart.sha256]
        remembered = known.detail if known else {}
        found = None
        if remembered.get("media_sha") == chart.sha256 and remembered.get("media_id"):
            found = self._media_item(remembered["media_id"])
        found = found or self._find_media(chart) or self._upload(chart)
        if found.get("alt_text") != chart.alt:  # also after an upload whose reply was lost
            self._call("POST", f"/media/{found['id']}", "setting the chart's alt text",
                       json={"alt_text": chart.alt})
        media = {"media_id": str(found["id"]), "media_url": str(found.get("source_url") or ""),
                 "media_sha": chart.sha256}
        self._uploaded[chart.sha256] = media
        return media

    def _media_item(self, media_id: str) -> dict[str, Any] | None:
        response = self._send("GET", f"/media/{media_id}", "reading the chart's media item",
                              params={"context": "edit"})
        if response.status_code in (404, 410):
            return None
        item = http.json_body(http.check(response, self._what("reading the chart's media item"),
                                         _message, _hint), self._what("reading the chart's media item"))
        return item if isinstance(item, dict) and "id" in item else None

    def _find_media(self, chart: ChartImage) -> dict[str, Any] | None:
        tag = chart.sha256[:12]
        found = self._call("GET", "/media", "looking the chart up in the media library",
                           params={"search": tag, "per_page": 10, "context": "edit"})
        for item in found if isinstance(found, list) else []:
            if tag in str(item.get("source_url") or "") and "id" in item:
                return dict(item)
        return None

    def _upload(self, chart: ChartImage) -> dict[str, Any]:
        try:
            data = Path(chart.path).read_bytes()
        except OSError as exc:
            raise PublishError(self._what(f"cannot read the chart {chart.path}: {exc}")) from None
        headers = {"Content-Type": chart.content_type,
                   "Content-Disposition": f'attachment; filename="{chart.filename}"'}
        item = self._call("POST", "/media", "uploading the chart", content=data, headers=headers)
        if not isinstance(item, dict) or "id" not in item:
            raise PublishError(self._what("uploading the chart: the reply has no media id"))
        log.info("%s: chart uploaded as media %s", self.name, item["id"])
        return dict(item)

    def remote_state(self, known: RemoteRef) -> str:
        post = self._get(known.remote_id)
        return DELETED if post is None else str(post.get("status") or "unknown")

    def unpublish(self, key: str, known: RemoteRef, delete: bool) -> str:
        path = f"/posts/{known.remote_id}"
        if delete:
            response = self._send("DELETE", path, "moving the post to the trash")
        else:
            response = self._send("POST", path, "setting the post back to draft",
                                  json={"status": "draft"})
        if response.status_code in (404, 410):
            return DELETED
        post = http.json_body(http.check(response, self._what("unpublishing the post"), _message,
                                         _hint), self._what("unpublishing the post"))
        return str(post.get("status") or "unknown") if isinstance(post, dict) else "unknown"

    def close(self) -> None:
        self._client.close()

    # lookups

    def _get(self, post_id: str) -> dict[str, Any] | None:
        """The post with this id, or None when it was deleted on the site."""
        response = self._send("GET", f"/posts/{post_id}", "reading the post",
                              params={"context": "edit"})
        if response.status_code in (404, 410):
            log.info("%s: post %s is gone; looking up by key", self.name, post_id)
            return None
        post = http.json_body(http.check(response, self._what("reading the post"), _message, _hint),
                              self._what("reading the post"))
        return post if isinstance(post, dict) else None

    def _find(self, marker: str) -> dict[str, Any] | None:
        posts = self._call("GET", "/posts", "looking the post up by its key", params={
            "search": marker, "status": "any", "context": "edit", "per_page": 10})
        if not isinstance(posts, list):
            raise PublishError(self._what("looking the post up: the reply is not a list"))
        ours = [p for p in posts if f'data-newsdesk-key="{marker}"' in _raw_content(p)]
        if len(ours) > 1:
            ids = ", ".join(str(p.get("id")) for p in ours)
            raise PublishError(self._what(f"posts {ids} all carry key {marker}; delete the extra ones"))
        return ours[0] if ours else None

    # the post body and its terms

    def _body(self, payload: PublishPayload) -> dict[str, Any]:
        content = f'<div data-newsdesk-key="{payload.marker}">\n{payload.html}\n</div>'
        return {
            "title": payload.title, "content": content, "excerpt": payload.excerpt,
            "categories": [self._term_id("categories", n) for n in self._cfg.categories],
            "tags": [self._term_id("tags", n) for n in [*payload.tags, *self._cfg.tags]],
        }

    def _term_id(self, taxonomy: str, name: str) -> int:
        found = self._call("GET", f"/{taxonomy}", f"looking up {taxonomy} {name!r}",
                           params={"search": name, "per_page": 100})
        for term in found if isinstance(found, list) else []:
            if html.unescape(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        response = self._send("POST", f"/{taxonomy}", f"creating {taxonomy} {name!r}", json={"name": name})
        if response.status_code == 400:
            body = http.json_body(response, self._what(f"creating {taxonomy} {name!r}"))
            term_id = (body.get("data") or {}).get("term_id") if isinstance(body, dict) else None
            if body.get("code") == "term_exists" and term_id is not None:
                return int(term_id)
        checked = http.check(response, self._what(f"creating {taxonomy} {name!r}"), _message,
                             _term_hint(taxonomy))
        created = http.json_body(checked, self._what(f"creating {taxonomy}"))
        return int(created["id"])

    # transport

    def _call(self, method: str, path: str, doing: str, **kwargs: Any) -> Any:
        what = self._what(doing)
        response = http.check(self._send(method, path, doing, **kwargs), what, _message, _hint)
        return http.json_body(response, what)

    def _send(self, method: str, path: str, doing: str, **kwargs: Any) -> httpx2.Response:
        return http.send(self._client, method, self._api + path, self._what(doing),
                         auth=self._auth, **kwargs)

    def _what(self, doing: str) -> str:
        return f"WordPress target {self.name!r}: {doing}"


def _result(action: str, post: Any, wanted_slug: str | None,
            media: dict[str, str] | None = None) -> PublishResult:
    """`wanted_slug` is the slug asked for on create; None on update (the post keeps its own)."""
    if not isinstance(post, dict) or "id" not in post:
        raise PublishError(f"WordPress answered {action} without a post id")
    slug = str(post.get("slug") or "") or None
    note = None
    if slug and wanted_slug and slug != wanted_slug:
        note = f"slug {wanted_slug!r} is taken on the site: WordPress kept {slug!r}"
    return PublishResult.model_validate({
        "action": action, "remote_id": str(post["id"]), "remote_url": post.get("link"),
        "slug": slug, "note": note, "detail": {"status": str(post.get("status", "")), **(media or {})},
        "remote_state": str(post.get("status") or "") or None,
    })


def _raw_content(post: dict[str, Any]) -> str:
    content = post.get("content")
    if isinstance(content, dict):
        return str(content.get("raw") or content.get("rendered") or "")
    return str(content or "")


def _message(body: Any) -> str | None:
    if isinstance(body, dict) and body.get("message"):
        code = body.get("code")
        return f"{code}: {body['message']}" if code else str(body["message"])
    return None


def _hint(status: int, message: str) -> str | None:
    code = message.split(":", 1)[0]
    if status == 401 or code in _AUTH_CODES:
        return "check the user name and the application password (revoked or mistyped?)"
    if status == 403:
        return "the WordPress user's role lacks the right for this (posts need an Author or Editor)"
    return None


def _term_hint(taxonomy: str) -> Callable[[int, str], str | None]:
    """WordPress lets a user who may assign tags create them (an Author may), but creating a
    category needs `manage_categories`: Editors and Administrators only."""
    def hint(status: int, message: str) -> str | None:
        if status == 403 and taxonomy == "categories":
            return ("only an Editor or Administrator may create categories: create the category in "
                    "WordPress first (Posts > Categories) or give this user the Editor role")
        return _hint(status, message)
    return hint
