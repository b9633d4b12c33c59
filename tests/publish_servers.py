"""Stub CMS servers for the publish tests: real HTTP on 127.0.0.1 in a thread, real wire formats.

- `WordPressStub`: `/wp-json/wp/v2/posts`, `/posts/<id>`, `/categories`, `/tags`; Basic auth with
  application passwords; `context=edit` and `status=any` need auth (`any` leaves out trashed
  posts); `search` matches title, excerpt and raw content; `DELETE /posts/<id>` moves a post to
  the trash (`force=true` deletes it); a published post's taken slug gets `-2`; errors as
  `{"code", "message", "data": {"status"}}`.
- `GhostStub`: `/ghost/api/admin/posts/` (GET with `filter=tag:<slug>`, POST), `/posts/<id>/`
  (GET, PUT with `updated_at`, 409 UpdateCollisionError when stale). The body is kept as Lexical
  and rendered to `html` only when `formats` asks for it; a Lexical HTML card (or, with
  `?source=html`, HTML wrapped in `<!--kg-card-begin: html-->`) is kept verbatim, while other
  `?source=html` input goes through a lossy conversion modelled on what Ghost 5.130 did to the
  sources list (list items lose `id` and `value`, an `<ol>` comes out reversed). A `slug` sent
  on update is made unique counting the post itself (the -2 -> -3 -> -2 renaming seen). The
  `Authorization: Ghost <jwt>` token is checked here with hmac (kid, HS256 over the hex-decoded
  secret, aud `/admin/`, at most 5 minutes, not expired); errors as `{"errors": [{...}]}`.
- `WebhookStub`: checks `X-Newsdesk-Signature` over `<timestamp>.<body>` and keeps the first
  delivery of each `Idempotency-Key`.

Faults are queued with `server.fault(method, path_prefix, fault)` and used by the next matching
request: `DROP_AFTER_COMMIT` (do the work, then close the socket without a reply: the lost
reply), `DROP` (close without doing anything) or an `Error(status, body)` reply instead.
Every request is recorded in `server.requests`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from lxml import html as lxml_html

DROP_AFTER_COMMIT = "drop-after-commit"
DROP = "drop"


@dataclass(frozen=True)
class Error:
    status: int
    body: Any


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int
    body: Any = None
    raw: bytes | None = None


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


class StubServer:
    """Base: the thread, the recording and the fault queue. Subclasses implement `route`."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._faults: list[tuple[str, str, Any]] = []
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                stub._serve(self)

            do_POST = do_PUT = do_DELETE = do_GET

            def log_message(self, *args: Any) -> None:
                return None

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def fault(self, method: str, path_prefix: str, what: Any) -> None:
        self._faults.append((method, path_prefix, what))

    def calls(self, method: str, path_prefix: str = "") -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    def route(self, request: Request) -> Reply:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _take_fault(self, method: str, path: str) -> Any:
        for i, (m, prefix, what) in enumerate(self._faults):
            if m == method and path.startswith(prefix):
                del self._faults[i]
                return what
        return None

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        headers = {k.lower(): v for k, v in handler.headers.items()}
        request = Request(handler.command, parts.path, query, headers, body)
        with self._lock:
            self.requests.append(Recorded(request.method, request.path, query, headers, body))
            fault = self._take_fault(request.method, request.path)
            if fault == DROP:
                return _drop(handler)
            reply = Reply(fault.status, fault.body) if isinstance(fault, Error) else self.route(request)
            if fault == DROP_AFTER_COMMIT:
                return _drop(handler)
        data = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
        handler.send_response(reply.status)
        handler.send_header("Content-Type", "application/json; charset=UTF-8")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(data)
        handler.close_connection = True


def _drop(handler: BaseHTTPRequestHandler) -> None:
    handler.close_connection = True
    handler.connection.close()


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- WordPress -----------------------------------------------------------------------------

WP = "/wp-json/wp/v2"


def wp_error(status: int, code: str, message: str, **data: Any) -> Reply:
    return Reply(status, {"code": code, "message": message, "data": {"status": status, **data}})


class WordPressStub(StubServer):
    def __init__(self, user: str = "newsdesk-bot", password: str = "abcd EFGH 1234 ijkl MNOP 5678",
                 can_create_terms: bool = True) -> None:
        super().__init__()
        self.user = user
        self.password = password
        self.can_create_terms = can_create_terms
        self.posts: dict[int, dict[str, Any]] = {}
        self.terms: dict[str, dict[int, str]] = {"categories": {1: "Uncategorized"}, "tags": {}}
        self.media: dict[int, dict[str, Any]] = {}
        self._next_id = 100

    def add_post(self, title: str, slug: str, status: str = "publish", content: str = "") -> int:
        return int(self._create({"title": title, "slug": slug, "status": status, "content": content})["id"])

    def route(self, request: Request) -> Reply:
        if not request.path.startswith(WP):
            return wp_error(404, "rest_no_route", "No route was found matching the URL and request method.")
        denied = self._auth(request)
        path = request.path[len(WP):]
        if path == "/posts" and request.method == "GET":
            return self._list(request, denied)
        if denied:
            return denied
        if path == "/posts" and request.method == "POST":
            if request.json().get("featured_media", 0) not in (0, *self.media):
                return wp_error(400, "rest_invalid_featured_media", "Invalid featured media ID.")
            return Reply(201, self._create(request.json()))
        match = re.fullmatch(r"/posts/(\d+)", path)
        if match:
            return self._one(int(match[1]), request)
        if path == "/media":
            return self._upload(request) if request.method == "POST" else self._media_list(request)
        match = re.fullmatch(r"/media/(\d+)", path)
        if match:
            return self._media_one(int(match[1]), request)
        match = re.fullmatch(r"/(categories|tags)", path)
        if match:
            return self._terms(match[1], request)
        return wp_error(404, "rest_no_route", "No route was found matching the URL and request method.")

    def _auth(self, request: Request) -> Reply | None:
        header = request.headers.get("authorization", "")
        if not header:
            return None  # anonymous: the routes decide
        user, _, password = base64.b64decode(header.removeprefix("Basic ")).decode().partition(":")
        if user != self.user:
            return wp_error(401, "invalid_username",
                            "Unknown username. Check again or try your email address.")
        if password.replace(" ", "") != self.password.replace(" ", ""):
            return wp_error(401, "incorrect_password",
                            "The provided password is an invalid application password.")
        return None

    def _list(self, request: Request, denied: Reply | None) -> Reply:
        q = request.query
        authed = "authorization" in request.headers and denied is None
        if denied:
            return denied
        if q.get("context") == "edit" and not authed:
            return wp_error(401, "rest_forbidden_context",
                            "Sorry, you are not allowed to edit posts in this post type.")
        wanted = q.get("status", "publish")
        if wanted != "publish" and not authed:
            return wp_error(400, "rest_invalid_param", "Invalid parameter(s): status")
        # status=any is every status but trash (WP_Query's `any` leaves out exclude_from_search)
        found = [p for p in self.posts.values()
                 if (wanted == "any" and p["status"] != "trash") or p["status"] == wanted]
        if "slug" in q:
            found = [p for p in found if p["slug"] == q["slug"]]
        if "search" in q:
            term = q["search"].lower()
            fields = ("title", "content", "excerpt")
            found = [p for p in found if any(term in p[f]["raw"].lower() for f in fields)]
        return Reply(200, [self._view(p, q.get("context") == "edit") for p in found])

    def _upload(self, request: Request) -> Reply:
        """WP_REST_Attachments_Controller::upload_from_data: raw body + Content-Disposition."""
        found = re.search(r'filename="?([^";]+)"?', request.headers.get("content-disposition", ""))
        if not found:
            return wp_error(400, "rest_upload_no_content_disposition", "No Content-Disposition supplied.")
        if not request.body:
            return wp_error(400, "rest_upload_no_data", "No data supplied.")
        name = found[1]
        taken = {m["file"] for m in self.media.values()}
        stem, dot, ext = name.rpartition(".")
        candidate, n = name, 1
        while candidate in taken:  # wp_unique_filename
            candidate, n = f"{stem}-{n}{dot}{ext}", n + 1
        self._next_id += 1
        item = {"id": self._next_id, "type": "attachment", "status": "inherit", "file": candidate,
                "title": {"raw": stem, "rendered": stem}, "alt_text": "", "bytes": request.body,
                "mime_type": request.headers.get("content-type", ""),
                "source_url": f"{self.base_url}/wp-content/uploads/2026/12/{candidate}"}
        self.media[item["id"]] = item
        return Reply(201, _media_view(item))

    def _media_list(self, request: Request) -> Reply:
        term = request.query.get("search", "").lower()
        return Reply(200, [_media_view(m) for m in self.media.values()
                           if term in m["title"]["raw"].lower()])

    def _media_one(self, media_id: int, request: Request) -> Reply:
        item = self.media.get(media_id)
        if item is None:
            return wp_error(404, "rest_post_invalid_id", "Invalid post ID.")
        if request.method == "POST":
            item["alt_text"] = request.json().get("alt_text", item["alt_text"])
        return Reply(200, _media_view(item))

    def _create(self, body: dict[str, Any]) -> dict[str, Any]:
        self._next_id += 1
        post: dict[str, Any] = {"id": self._next_id, "type": "post", "featured_media": 0,
                                "status": body.get("status", "draft"), "title": {"raw": ""},
                                "content": {"raw": ""}, "excerpt": {"raw": ""},
                                "slug": "", "categories": [1], "tags": []}
        self.posts[post["id"]] = post
        self._apply(post, body)
        return self._view(post, True)

    def _one(self, post_id: int, request: Request) -> Reply:
        post = self.posts.get(post_id)
        if post is None:
            return wp_error(404, "rest_post_invalid_id", "Invalid post ID.")
        if request.method == "DELETE":
            if request.query.get("force") == "true":
                del self.posts[post_id]
                return Reply(200, {"deleted": True, "previous": self._view(post, True)})
            if post["status"] == "trash":
                return wp_error(410, "rest_already_trashed", "The post has already been deleted.")
            post["status"] = "trash"
            return Reply(200, self._view(post, True))
        if request.method == "POST":
            if request.json().get("featured_media", 0) not in (0, *self.media):
                return wp_error(400, "rest_invalid_featured_media", "Invalid featured media ID.")
            self._apply(post, request.json())
        return Reply(200, self._view(post, True))

    def _apply(self, post: dict[str, Any], body: dict[str, Any]) -> None:
        for f in ("title", "content", "excerpt"):
            if f in body:
                post[f] = {"raw": body[f]}
        for f in ("status", "categories", "tags", "featured_media"):
            if f in body:
                post[f] = body[f]
        wanted = body.get("slug", post["slug"]) or _slugify(post["title"]["raw"])
        post["slug"] = self._unique_slug(wanted, post)
        post["modified_gmt"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")

    def _unique_slug(self, slug: str, post: dict[str, Any]) -> str:
        """wp_unique_post_slug: drafts and pending posts keep theirs; others get -2, -3, ..."""
        if post["status"] in ("draft", "pending"):
            return slug
        taken = {p["slug"] for p in self.posts.values() if p["id"] != post["id"]}
        candidate, n = slug, 2
        while candidate in taken:
            candidate, n = f"{slug}-{n}", n + 1
        return candidate

    def _view(self, post: dict[str, Any], edit: bool) -> dict[str, Any]:
        view = json.loads(json.dumps(post))
        for f in ("title", "content", "excerpt"):
            view[f]["rendered"] = view[f]["raw"]
            if not edit:
                del view[f]["raw"]
        view["link"] = (f"{self.base_url}/{post['slug']}/" if post["status"] == "publish"
                        else f"{self.base_url}/?p={post['id']}")
        return view

    def _terms(self, taxonomy: str, request: Request) -> Reply:
        terms = self.terms[taxonomy]
        if request.method == "GET":
            term = request.query.get("search", "").lower()
            return Reply(200, [{"id": i, "name": n, "slug": _slugify(n), "taxonomy": taxonomy}
                               for i, n in terms.items() if term in n.lower()])
        name = request.json()["name"]
        for i, n in terms.items():
            if n.lower() == name.lower():
                return wp_error(400, "term_exists",
                                "A term with the name provided already exists with this parent.",
                                term_id=i)
        if not self.can_create_terms:
            return wp_error(403, "rest_cannot_create",
                            "Sorry, you are not allowed to create terms in this taxonomy.")
        new_id = 10 + len(self.terms["categories"]) + len(self.terms["tags"])
        terms[new_id] = name
        return Reply(201, {"id": new_id, "name": name.replace("&", "&amp;"), "slug": _slugify(name),
                           "taxonomy": taxonomy})


def _media_view(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in ("bytes", "file")}


# --- Ghost ---------------------------------------------------------------------------------

GHOST = "/ghost/api/admin"


def ghost_error(status: int, kind: str, message: str, **extra: Any) -> Reply:
    return Reply(status, {"errors": [{"message": message, "type": kind, **extra}]})


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


@dataclass
class GhostStub(StubServer):
    key_id: str = "6748592f4b9b7700010f6564"
    secret_hex: str = "a1" * 32
    skew: float = 0.0  # seconds the server's clock runs ahead of the client's
    reject_next_tokens: int = 0  # answer this many requests "jwt expired" whatever the token
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    bump_before_put: int = 0  # an editor saves the post just before this many PUTs land
    images: dict[str, bytes] = field(default_factory=dict)  # URL -> the uploaded file

    def __post_init__(self) -> None:
        super().__init__()
        self._counter = 0

    @property
    def admin_key(self) -> str:
        return f"{self.key_id}:{self.secret_hex}"

    def add_post(self, title: str, slug: str, tags: list[str] | None = None) -> str:
        return str(self._create({"title": title, "slug": slug, "tags": [{"name": t} for t in tags or []],
                                 "status": "published", "lexical": _lexical([])})["id"])

    def bump(self, post_id: str) -> None:
        self.posts[post_id]["updated_at"] = self._now()

    def route(self, request: Request) -> Reply:
        denied = self._auth(request)
        if denied:
            return denied
        path = request.path.removeprefix(GHOST)
        if path == "/images/upload/" and request.method == "POST":
            return self._image(request)
        if path == "/posts/" and request.method == "GET":
            return self._browse(request.query)
        if path == "/posts/" and request.method == "POST":
            posts = request.json().get("posts") or [{}]
            body = _ghost_body(posts[0], request.query)
            if isinstance(body, Reply):
                return body
            return Reply(201, {"posts": [self._shown(self._create(body), request.query)]})
        match = re.fullmatch(r"/posts/([0-9a-f]{24})/", path)
        if match and match[1] in self.posts:
            if request.method == "DELETE":
                del self.posts[match[1]]
                return Reply(204, raw=b"")
            if request.method == "PUT":
                body = _ghost_body(request.json()["posts"][0], request.query)
                if isinstance(body, Reply):
                    return body
                return self._edit(match[1], body, request.query)
            return Reply(200, {"posts": [self._shown(self.posts[match[1]], request.query)]})
        if match:
            return ghost_error(404, "NotFoundError", "Post not found.")
        return ghost_error(404, "NotFoundError", "Resource not found")

    def _auth(self, request: Request) -> Reply | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme != "Ghost" or token.count(".") != 2:
            return ghost_error(401, "UnauthorizedError",
                               "Authorization header format is \"Authorization: Ghost [token]\"",
                               code="INVALID_AUTH_HEADER")
        head_b64, claims_b64, signature = token.split(".")
        header = json.loads(_b64decode(head_b64))
        claims = json.loads(_b64decode(claims_b64))
        if header.get("kid") != self.key_id:
            return ghost_error(401, "UnauthorizedError", "Unknown Admin API Key",
                               code="UNKNOWN_ADMIN_API_KEY")
        expected = hmac.new(bytes.fromhex(self.secret_hex), f"{head_b64}.{claims_b64}".encode(),
                            hashlib.sha256).digest()
        if header.get("alg") != "HS256" or not hmac.compare_digest(expected, _b64decode(signature)):
            return ghost_error(401, "UnauthorizedError", "Invalid token: invalid signature",
                               code="INVALID_JWT")
        now = time.time() + self.skew
        if self.reject_next_tokens > 0 or claims["exp"] <= now:
            self.reject_next_tokens = max(0, self.reject_next_tokens - 1)
            return ghost_error(401, "UnauthorizedError", "Invalid token: jwt expired", code="INVALID_JWT")
        if claims.get("aud") != "/admin/" or claims["exp"] - claims["iat"] > 300:
            return ghost_error(401, "UnauthorizedError", "Invalid token: jwt audience or maxAge",
                               code="INVALID_JWT")
        return None

    def _browse(self, query: dict[str, str]) -> Reply:
        found = list(self.posts.values())
        flt = query.get("filter", "")
        if flt:
            match = re.fullmatch(r"tag:([a-z0-9-]+)", flt)
            if not match:
                return ghost_error(400, "BadRequestError", f"Error parsing filter: {flt}")
            found = [p for p in found if any(t["slug"] == match[1] for t in p["tags"])]
        limit = int(query.get("limit", "15"))
        return Reply(200, {"posts": [self._shown(p, query) for p in found[:limit]], "meta": {"pagination": {
            "page": 1, "limit": limit, "pages": 1, "total": len(found), "next": None, "prev": None}}})

    def _create(self, body: dict[str, Any]) -> dict[str, Any]:
        self._counter += 1
        post_id = f"{self._counter:024x}"
        slug = body.get("slug") or _slugify(body.get("title", "untitled"))
        post = {"id": post_id, "uuid": f"uuid-{post_id}", "slug": self._unique_slug(slug, set()),
                "status": body.get("status", "draft"),
                "created_at": self._now(), "url": f"{self.base_url}/p/uuid-{post_id}/"}
        self.posts[post_id] = post
        self._fill(post, body)
        return post

    def _image(self, request: Request) -> Reply:
        """Multipart `file` (+ `purpose`, `ref`); the local storage adapter's unique file name."""
        parts = _multipart(request)
        upload = parts.get("file")
        if upload is None or not upload[0]:
            return ghost_error(422, "ValidationError", "Please select an image.")
        name, data = upload
        stem, dot, ext = name.rpartition(".")
        base = f"{self.base_url}/content/images/2026/12/"
        candidate, n = name, 1
        while base + candidate in self.images:
            candidate, n = f"{stem}-{n}{dot}{ext}", n + 1
        self.images[base + candidate] = data
        ref = parts.get("ref", ("", b""))[1].decode() or None
        return Reply(201, {"images": [{"url": base + candidate, "ref": ref}]})

    def _shown(self, post: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
        """The post as the API returns it: Lexical always, `html` when `formats` has it."""
        shown = {k: v for k, v in post.items() if k != "html"}
        if "html" in query.get("formats", "").split(","):
            shown["html"] = _lexical_to_html(post.get("lexical"))
        return shown

    def _edit(self, post_id: str, body: dict[str, Any], query: dict[str, str]) -> Reply:
        if self.bump_before_put > 0:
            self.bump_before_put -= 1
            time.sleep(0.002)
            self.bump(post_id)
        if "updated_at" not in body or body["updated_at"] is None:
            return ghost_error(422, "ValidationError", "Validation error, cannot edit post.",
                               context="Value in [posts.updated_at] cannot be blank.")
        if body["updated_at"] != self.posts[post_id]["updated_at"]:
            return ghost_error(409, "UpdateCollisionError",
                               "Saving failed! Someone else is editing this post.",
                               code="UPDATE_COLLISION")
        post = self.posts[post_id]
        if body.get("slug"):  # Ghost 5.130 counted the post's own slug as taken
            post["slug"] = self._unique_slug(body["slug"], set())
        self._fill(post, body)
        return Reply(200, {"posts": [self._shown(post, query)]})

    def _unique_slug(self, slug: str, exclude: set[str]) -> str:
        taken = {p["slug"] for p in self.posts.values() if p["id"] not in exclude}
        candidate, n = slug, 2
        while candidate in taken:
            candidate, n = f"{slug}-{n}", n + 1
        return candidate

    def _fill(self, post: dict[str, Any], body: dict[str, Any]) -> None:
        for f in ("title", "lexical", "custom_excerpt", "status", "feature_image", "feature_image_alt"):
            if f in body:
                post[f] = body[f]
        if "tags" in body:
            post["tags"] = [_ghost_tag(t["name"]) for t in body["tags"]]
        post.setdefault("tags", [])
        post["updated_at"] = self._now()

    def _now(self) -> str:
        time.sleep(0.001)  # Ghost's updated_at has millisecond precision: keep them distinct
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _multipart(request: Request) -> dict[str, tuple[str, bytes]]:
    """form-data fields: name -> (file name or "", bytes)."""
    head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
    message = BytesParser(policy=policy.default).parsebytes(head + request.body)
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        fields[str(name)] = (part.get_filename() or "", part.get_payload(decode=True) or b"")
    return fields


_CARD = re.compile(r"<!--kg-card-begin: html-->(.*?)<!--kg-card-end: html-->", re.S)


def _ghost_body(body: dict[str, Any], query: dict[str, str]) -> dict[str, Any] | Reply:
    """The post fields with the content as Lexical (converted from `html` with ?source=html)."""
    fields = {k: v for k, v in body.items() if k != "html"}
    if query.get("source") == "html" and "html" in body:
        fields["lexical"] = _lexical(_html_to_nodes(body["html"] or ""))
    elif "lexical" in body:
        try:
            root = json.loads(body["lexical"])["root"]
            assert isinstance(root["children"], list)
        except (TypeError, ValueError, KeyError, AssertionError):
            return ghost_error(422, "ValidationError", "Invalid lexical structure.",
                               context="Value in [posts.lexical] is not a Lexical document.")
    return fields


def _lexical(children: list[dict[str, Any]]) -> str:
    return json.dumps({"root": {"children": children, "direction": None, "format": "", "indent": 0,
                                "type": "root", "version": 1}})


def _html_to_nodes(html: str) -> list[dict[str, Any]]:
    """HTML cards kept verbatim; the rest through the lossy conversion (as one stand-in node)."""
    nodes: list[dict[str, Any]] = []
    at = 0
    for card in _CARD.finditer(html):
        if html[at:card.start()].strip():
            nodes.append({"type": "converted", "version": 1, "html": _lossy(html[at:card.start()])})
        nodes.append({"type": "html", "version": 1, "html": card[1]})
        at = card.end()
    if html[at:].strip():
        nodes.append({"type": "converted", "version": 1, "html": _lossy(html[at:])})
    return nodes


def _lossy(html: str) -> str:
    """What the conversion did to the article: list items without id/value, <ol> reversed."""
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for item in root.iter("li"):
        for name in ("id", "value"):
            item.attrib.pop(name, None)
    for ordered in root.iter("ol"):
        ordered.attrib.pop("start", None)
        items = list(ordered)
        for item in items:
            ordered.remove(item)
        ordered.extend(reversed(items))
    return "".join(lxml_html.tostring(child, encoding="unicode") for child in root)


def _lexical_to_html(lexical: Any) -> str:
    if not lexical:
        return ""
    children = json.loads(lexical)["root"]["children"]
    return "".join(_node_html(node) for node in children)


def _node_html(node: dict[str, Any]) -> str:
    if node.get("type") == "html":  # Ghost renders an HTML card between these comments
        return f"<!--kg-card-begin: html-->{node.get('html', '')}<!--kg-card-end: html-->"
    if node.get("type") == "converted":
        return str(node.get("html", ""))
    text = "".join(str(c.get("text", "")) for c in node.get("children", []))
    return f"<p>{text}</p>"


def _ghost_tag(name: str) -> dict[str, str]:
    internal = name.startswith("#")
    slug = ("hash-" + _slugify(name[1:])) if internal else _slugify(name)
    return {"id": f"tag-{slug}", "name": name, "slug": slug,
            "visibility": "internal" if internal else "public"}


# --- webhook -------------------------------------------------------------------------------


class WebhookStub(StubServer):
    def __init__(self, secret: str = "whsec-test-secret", max_age: int = 300) -> None:
        super().__init__()
        self.secret = secret
        self.max_age = max_age
        self.deliveries: dict[str, dict[str, Any]] = {}

    def route(self, request: Request) -> Reply:
        stamp = request.headers.get("x-newsdesk-timestamp", "")
        signature = request.headers.get("x-newsdesk-signature", "")
        expected = "sha256=" + hmac.new(self.secret.encode(), stamp.encode() + b"." + request.body,
                                        hashlib.sha256).hexdigest()
        if not stamp or not hmac.compare_digest(signature, expected):
            return Reply(401, {"error": "bad signature"})
        if abs(time.time() - int(stamp)) > self.max_age:
            return Reply(401, {"error": "stale timestamp"})
        key = request.headers.get("idempotency-key", "")
        if not key:
            return Reply(400, {"error": "Idempotency-Key required"})
        if key not in self.deliveries:
            self.deliveries[key] = request.json()
        return Reply(200, {"id": f"wh-{key}", "url": f"{self.base_url}/articles/{key}"})
