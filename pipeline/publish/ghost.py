"""Ghost through its Admin API (`/ghost/api/admin/`), authenticated by an admin API key.

The key is `id:secret`; each request carries a fresh short-lived token
(`Authorization: Ghost <jwt>`): HS256 signed with the hex-decoded secret,
header `kid` = id, claims `iat`, `exp` = iat + 5 minutes, `aud` = `/admin/`.
A 401 saying the token expired or is not yet valid (clock skew, a slow
proxy) is retried once with a new token; a second 401 is an error.

The body goes as Lexical holding one HTML card (`{"type": "html", "html": ...}`),
never through `?source=html`: Ghost's docs call the HTML-to-Lexical conversion
lossy (https://docs.ghost.org/admin-api/posts/creating-a-post, "Source HTML"),
and on Ghost 5.130 it dropped the sources' `id`/`value` attributes and
reordered the list, so every [n] pointed at the wrong source. An HTML card is
kept as raw HTML ("for lossless HTML conversion, wrap your HTML in a single
Lexical card"), which is what the editor shows and the site renders.

Create: `POST /posts/` with `{"posts": [{title, lexical, slug, status, ...}]}`.
Update: `PUT /posts/<id>/` with the post's current `updated_at`, read just
before, and without `slug` or `status`: the slug Ghost gave the post stays
(re-sending a taken slug made Ghost rename the post -2 -> -3 -> -2 on every
update) and an editor's status is left alone. Ghost answers 409
(UpdateCollisionError) when someone saved the post in between: newsdesk
re-reads it and tries once more, then gives up with a clear error. Lookup
before every create: the post carries an internal tag `#<marker>` (slug
`hash-<marker>`), found with `GET /posts/?filter=tag:hash-<marker>`. Ghost
makes a taken slug unique by adding `-2`; the slug it kept is reported.
State: `GET /posts/<id>/` gives `draft`, `published`, `scheduled` (or `sent`);
404 is `deleted`. Unpublish: `PUT` with `status: draft`, or with `--delete`
`DELETE /posts/<id>/` (204; Ghost has no trash). A post newsdesk unpublished
gets the configured status again when it is published again.

The chart: `POST /images/upload/` (multipart `file`, `purpose=image`, `ref`),
its URL set as the post's `feature_image` with `feature_image_alt`
(https://docs.ghost.org/admin-api/images/uploading-an-image). Ghost has no
endpoint to list images, so newsdesk reuses the URL it remembers for this
target (same content hash, which is in the file name) or the one the post
already carries, and uploads only a chart it has not sent before.
Errors arrive as `{"errors": [{"message": ..., "type": ..., "context": ...}]}`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import jwt

from ..errors import ConfigError, PublishError
from . import http
from .base import DELETED, ChartImage, PublishPayload, PublishResult, RemoteRef
from .settings import GhostTarget

log = logging.getLogger(__name__)

TOKEN_SECONDS = 300
ACCEPT_VERSION = "v5.0"
EXCERPT_LIMIT = 300  # Ghost refuses a custom_excerpt over 300 characters
_TOKEN_TROUBLE = ("expired", "not yet valid", "jwt", "token")


class GhostAdminKey:
    """An admin API key `id:secret` (secret in hex); never printed."""

    def __init__(self, raw: str, env_name: str) -> None:
        key_id, sep, secret = raw.strip().partition(":")
        try:
            self._secret = bytes.fromhex(secret)
        except ValueError:
            self._secret = b""
        if not sep or not key_id or not self._secret:
            raise ConfigError(f"${env_name} is not a Ghost admin API key: expected 'id:hexsecret'")
        self.key_id = key_id

    def token(self, now: float) -> str:
        issued = int(now)
        claims = {"iat": issued, "exp": issued + TOKEN_SECONDS, "aud": "/admin/"}
        return jwt.encode(claims, self._secret, algorithm="HS256", headers={"kid": self.key_id})

    def __repr__(self) -> str:
        return f"GhostAdminKey(id={self.key_id!r}, secret=***)"


class Ghost:
    def __init__(self, name: str, cfg: GhostTarget, key: GhostAdminKey,
                 client: httpx2.Client | None = None, clock: Callable[[], float] = time.time) -> None:
        self.name = name
        self._cfg = cfg
        self._key = key
        self._api = cfg.base_url.rstrip("/") + "/ghost/api/admin"
        self._client = client or http.make_client(cfg)
        self._clock = clock
        self._uploaded: dict[str, str] = {}  # chart sha256 -> image URL, this process

    def describe(self) -> str:
        return f"Ghost {self._cfg.base_url} (status {self._cfg.status})"

    def publish(self, payload: PublishPayload, known: RemoteRef | None) -> PublishResult:
        existing = self._get(known.remote_id) if known else None
        if existing is None:
            existing = self._find(payload.marker)
        media = self._feature_image(payload.chart, known, existing) if payload.chart else {}
        image = ({"feature_image": media["media_url"], "feature_image_alt": payload.chart.alt}
                 if media and payload.chart else {})
        if existing is None:
            post = self._create(payload, image)
            return _result("created", post, payload.slug, media)
        restore = {"status": self._cfg.status} if known is not None and known.withdrawn else {}
        post = self._update(existing, {**self._post_fields(payload), **image, **restore})
        return _result("updated" if known else "adopted", post, None if known else payload.slug, media)

    def _feature_image(self, chart: ChartImage, known: RemoteRef | None,
                       existing: dict[str, Any] | None) -> dict[str, str]:
        """The URL of this chart on the site: remembered, on the post already, or uploaded now."""
        remembered = known.detail if known else {}
        url = self._uploaded.get(chart.sha256)
        if url is None and remembered.get("media_sha") == chart.sha256:
            url = remembered.get("media_url") or None
        current = str((existing or {}).get("feature_image") or "")
        if url is None and chart.sha256[:12] in current:
            url = current
        if url is None:
            url = self._upload(chart)
        self._uploaded[chart.sha256] = url
        return {"media_url": url, "media_sha": chart.sha256}

    def _upload(self, chart: ChartImage) -> str:
        try:
            data = Path(chart.path).read_bytes()
        except OSError as exc:
            raise PublishError(self._what(f"cannot read the chart {chart.path}: {exc}")) from None
        reply = self._call("POST", "/images/upload/", "uploading the chart",
                           files={"file": (chart.filename, data, chart.content_type)},
                           data={"purpose": "image", "ref": chart.filename})
        images = reply.get("images") if isinstance(reply, dict) else None
        if not isinstance(images, list) or not images or not images[0].get("url"):
            raise PublishError(self._what("uploading the chart: the reply has no image URL"))
        log.info("%s: chart uploaded to %s", self.name, images[0]["url"])
        return str(images[0]["url"])

    def remote_state(self, known: RemoteRef) -> str:
        post = self._get(known.remote_id)
        return DELETED if post is None else str(post.get("status") or "unknown")

    def unpublish(self, key: str, known: RemoteRef, delete: bool) -> str:
        existing = self._get(known.remote_id)
        if existing is None:
            return DELETED
        if delete:
            response = self._send("DELETE", f"/posts/{known.remote_id}/", "deleting the post")
            if response.status_code != 404:
                http.check(response, self._what("deleting the post"), _message, _hint)
            return DELETED
        post = self._update(existing, {"status": "draft"})
        return str(post.get("status") or "unknown")

    def close(self) -> None:
        self._client.close()

    def _create(self, payload: PublishPayload, image: dict[str, str]) -> dict[str, Any]:
        body = {**self._post_fields(payload), **image, "slug": payload.slug, "status": self._cfg.status}
        reply = self._call("POST", "/posts/", "creating the post", json={"posts": [body]})
        return _first_post(reply, self._what("creating the post"))

    def _update(self, existing: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        post_id = str(existing["id"])
        for attempt in (1, 2):
            body = {**fields, "updated_at": existing.get("updated_at")}
            response = self._send("PUT", f"/posts/{post_id}/", "updating the post",
                                  json={"posts": [body]})
            if response.status_code != 409:
                reply = http.json_body(http.check(response, self._what("updating the post"), _message,
                                                  _hint), self._what("updating the post"))
                return _first_post(reply, self._what("updating the post"))
            log.info("%s: post %s changed under us (409, try %d); re-reading", self.name, post_id, attempt)
            fresh = self._get(post_id)
            if fresh is None:
                raise PublishError(self._what(f"post {post_id} was deleted while updating it"))
            existing = fresh
        raise PublishError(self._what(
            f"post {post_id} keeps changing on the site (409 UpdateCollisionError twice): someone is "
            "editing it in Ghost; try again when they are done"), status=409)

    def _post_fields(self, payload: PublishPayload) -> dict[str, Any]:
        tags = [{"name": t} for t in dict.fromkeys([*payload.tags, *self._cfg.tags])]
        return {
            "title": payload.title, "lexical": html_card_document(payload.html),
            "custom_excerpt": _excerpt(payload.excerpt),
            "tags": [*tags, {"name": f"#{payload.marker}"}],
        }

    def _get(self, post_id: str) -> dict[str, Any] | None:
        response = self._send("GET", f"/posts/{post_id}/", "reading the post",
                              params={"include": "tags"})
        if response.status_code == 404:
            log.info("%s: post %s is gone; looking up by key", self.name, post_id)
            return None
        reply = http.json_body(http.check(response, self._what("reading the post"), _message, _hint),
                               self._what("reading the post"))
        return _first_post(reply, self._what("reading the post"))

    def _find(self, marker: str) -> dict[str, Any] | None:
        reply = self._call("GET", "/posts/", "looking the post up by its key",
                           params={"filter": f"tag:hash-{marker}", "include": "tags", "limit": "2"})
        posts = reply.get("posts") if isinstance(reply, dict) else None
        if not isinstance(posts, list):
            raise PublishError(self._what("looking the post up: the reply has no posts list"))
        if len(posts) > 1:
            ids = ", ".join(str(p.get("id")) for p in posts)
            raise PublishError(self._what(f"posts {ids} all carry tag #{marker}; delete the extra ones"))
        return posts[0] if posts else None

    def _call(self, method: str, path: str, doing: str, **kwargs: Any) -> Any:
        what = self._what(doing)
        return http.json_body(http.check(self._send(method, path, doing, **kwargs), what, _message, _hint),
                              what)

    def _send(self, method: str, path: str, doing: str, **kwargs: Any) -> httpx2.Response:
        response = self._send_once(method, path, doing, **kwargs)
        if response.status_code == 401 and _token_trouble(response):
            log.info("%s: token refused (%s); retrying once with a new token", self.name,
                     _message_of(response))
            response = self._send_once(method, path, doing, **kwargs)
        return response

    def _send_once(self, method: str, path: str, doing: str, **kwargs: Any) -> httpx2.Response:
        headers = {"Authorization": f"Ghost {self._key.token(self._clock())}",
                   "Accept-Version": ACCEPT_VERSION}
        return http.send(self._client, method, self._api + path, self._what(doing), headers=headers,
                         **kwargs)

    def _what(self, doing: str) -> str:
        return f"Ghost target {self.name!r}: {doing}"


def html_card_document(html: str) -> str:
    """A Lexical document (as Ghost stores it: a JSON string) holding `html` in one HTML card."""
    card = {"type": "html", "version": 1, "html": html}
    root = {"children": [card], "direction": None, "format": "", "indent": 0, "type": "root",
            "version": 1}
    return json.dumps({"root": root}, ensure_ascii=False, separators=(",", ":"))


def _first_post(reply: Any, what: str) -> dict[str, Any]:
    posts = reply.get("posts") if isinstance(reply, dict) else None
    if not isinstance(posts, list) or not posts or not isinstance(posts[0], dict) or "id" not in posts[0]:
        raise PublishError(f"{what}: the reply has no post")
    return posts[0]


def _result(action: str, post: dict[str, Any], wanted_slug: str | None,
            media: dict[str, str] | None = None) -> PublishResult:
    """`wanted_slug` is the slug asked for on create; None on update (the post keeps its own)."""
    slug = str(post.get("slug") or "") or None
    note = None
    if slug and wanted_slug and slug != wanted_slug:
        note = f"slug {wanted_slug!r} is taken on the site: Ghost kept {slug!r}"
    return PublishResult.model_validate({
        "action": action, "remote_id": str(post["id"]), "remote_url": post.get("url"), "slug": slug,
        "note": note, "detail": {"updated_at": str(post.get("updated_at", "")),
                                 "status": str(post.get("status", "")), **(media or {})},
        "remote_state": str(post.get("status") or "") or None,
    })


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT_LIMIT else text[:EXCERPT_LIMIT - 1].rstrip() + "…"


def _token_trouble(response: httpx2.Response) -> bool:
    message = (_message_of(response) or "").lower()
    return any(word in message for word in _TOKEN_TROUBLE)


def _message_of(response: httpx2.Response) -> str | None:
    try:
        return _message(response.json())
    except ValueError:
        return None


def _message(body: Any) -> str | None:
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        parts = [str(first.get(k)) for k in ("type", "message", "context") if first.get(k)]
        return ": ".join(parts) or None
    return None


def _hint(status: int, message: str) -> str | None:
    if status == 401:
        return "check the admin API key (revoked?) and this machine's clock"
    if status == 403:
        return "the integration may not do this (use a Custom Integration's Admin API key)"
    return None
