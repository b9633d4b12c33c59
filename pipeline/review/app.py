"""The review web page: a Starlette app over an injected Store (`newsdesk serve` runs it).

Pages: `/login`, `/` (the queue a page at a time: drafts waiting for a person
unless `?status=` says `all` or one status; `?offset=` pages; with flagged-source
counts and publication state), `/drafts/{id}` (the article with its findings marked, facts, sources
with their ingest flags and other copies, publication per target, history),
`/drafts/{id}/chart.png`, `/drafts/{id}/diff?from=&to=` (what changed in the
Markdown between two versions, escaped, default previous and current), `/scorecard`
(`?symbol=&from=&to=`; the stored calls graded against the bars after them, the same
body as the static scorecard page; default the last SCORECARD_DAYS days; it needs the
`load_history` of `ReviewOptions`, which `newsdesk serve` takes from the market data).
Changes only by POST (`/drafts/{id}/approve`,
`/drafts/{id}/reject`, `/drafts/{id}/unpublish`, `/login`, `/logout`), each
checked for origin and CSRF
token; a decision names the draft version its page showed (409 when another
was stored since). Sign-in tries go through `limiter.SignInLimiter`. Every
response carries a strict CSP (no script at all, styles from this origin only,
no framing).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings
from ..contracts import DraftStatus
from ..errors import ConfigError, DataError, InvalidTransition, NewsdeskError, NotFound
from ..outputs import refresh_or_log
from ..publish.withdraw import unpublish_draft
from ..render.scorecard_page import scorecard_body
from ..scorecard.report import LoadHistory, scorecard_for
from ..store import LoginSession, Store
from . import auth, csrf
from .diff import pick_versions, version_diff
from .limiter import SignInLimiter
from .overview import draft_publication, queue_extras
from .page import chart_path, draft_page, environment
from .queue import DEFAULT_LIMIT, WAITING, QueuePage, queue_page
from .sources import source_notes

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_REASON = 2000
DRAFT_ID = r"[0-9a-f]{4,64}"
WRONG_PASSWORD = "Wrong user name or password."
SCORECARD_DAYS = 365
"""The /scorecard page's default window, in calendar days back from today (grading reads every
session's later bars: ten years of four instruments take seconds, a year a fraction of one)."""


@dataclass(frozen=True)
class ReviewOptions:
    """How the app runs. `secure_cookies` is on whenever it serves beyond loopback."""

    secure_cookies: bool = False
    session_hours: float = 12.0
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    limiter: SignInLimiter = field(default_factory=SignInLimiter)
    page_size: int = DEFAULT_LIMIT
    load_history: LoadHistory | None = None
    """Each symbol's bars for /scorecard (None: the page says it has no market data)."""
    today: Callable[[], date] = date.today

    @property
    def cookie(self) -> str:
        # __Host-: the browser keeps it only if Secure, Path=/ and no Domain
        return "__Host-newsdesk" if self.secure_cookies else "newsdesk_session"

    @property
    def login_cookie(self) -> str:
        return "__Host-newsdesk_login" if self.secure_cookies else "newsdesk_login"


class SecurityHeaders:
    """ASGI middleware: the CSP and friends on every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Starlette's own 500 page is sent outside this middleware, without the headers
            log.exception("the review page failed on %s %s", scope.get("method"),
                          scope.get("path"))
            if started:
                raise
            failed = Response("internal error (see the server log)", status_code=500,
                              media_type="text/plain")
            await failed(scope, receive, send_with_headers)


class ReviewApp:
    def __init__(self, store: Store, settings: Settings, options: ReviewOptions) -> None:
        self.store = store
        self.settings = settings
        self.options = options

    # pages

    async def login_page(self, request: Request) -> Response:
        if await self._login(request) is not None:
            return RedirectResponse("/", status_code=303)
        return self._login_form(request)

    async def login(self, request: Request) -> Response:
        form = await request.form()
        if not csrf.origin_ok(request) or not csrf.token_ok(
                form.get("csrf"), request.cookies.get(self.options.login_cookie)):
            return self._refuse(request, 403, "The sign-in form is stale or came from another "
                                "site. Load the sign-in page again.")
        name, password = str(form.get("user", "")), str(form.get("password", ""))
        client = request.client.host if request.client else "unknown"
        if not auth.USER_NAME.match(name):  # no such user can exist: nothing to count or store
            log.info("sign-in with a malformed user name (%d characters) from %s", len(name),
                     client)
            return self._login_form(request, WRONG_PASSWORD, 401)
        attempt = self.options.limiter.reserve(name, client)
        if not attempt.allowed:
            log.warning("sign-in for %r from %s refused: wait %.0f s", name, client, attempt.wait)
            return self._too_many(request, attempt.wait)
        stored = await run_in_threadpool(self.store.password_hash, name)
        if not await run_in_threadpool(auth.verify_password, password, stored):
            log.info("failed sign-in for %r from %s", name, client)
            return self._login_form(request, WRONG_PASSWORD, 401)
        self.options.limiter.succeeded(attempt)
        return await self._signed_in(name)

    def _too_many(self, request: Request, wait: float) -> Response:
        seconds = max(1, math.ceil(wait))
        response = self._login_form(request, "Too many failed sign-ins from your address: "
                                    f"try again in {seconds} s.", 429)
        response.headers["retry-after"] = str(seconds)
        return response

    async def logout(self, request: Request) -> Response:
        session, refused = await self._posting(request)
        if refused is not None:
            return refused
        token = request.cookies.get(self.options.cookie, "")
        await run_in_threadpool(self.store.end_login, auth.token_hash(token))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(self.options.cookie, path="/", secure=self.options.secure_cookies,
                               httponly=True, samesite="strict")
        return response

    async def queue(self, request: Request) -> Response:
        """The queue, a page at a time: `?status=` (none: waiting; `all`; one status), `?offset=`."""
        session = await self._login(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        status = request.query_params.get("status") or None
        if status is not None and status != "all" and status not in {s.value for s in DraftStatus}:
            return self._refuse(request, 400, f"Unknown status {status!r}.", session)
        offset = _offset(request.query_params.get("offset"))
        if offset is None:
            return self._refuse(request, 400, "The offset is not a whole number.", session)
        statuses = (list(WAITING) if status is None else None if status == "all"
                    else [DraftStatus(status)])
        page = await run_in_threadpool(partial(queue_page, self.store, statuses,
                                               limit=self.options.page_size, offset=offset))
        extras = await run_in_threadpool(queue_extras, self.store, page.rows)
        return self._render("queue.html.j2", session, drafts=page.rows, page=page, shown=status,
                            flagged=extras.flagged, published=extras.published,
                            statuses=[s.value for s in DraftStatus],
                            links=_page_links(status, page), notice=_notice(request))

    async def draft(self, request: Request) -> Response:
        session = await self._login(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        draft_id = request.path_params["draft_id"]
        try:
            context = await run_in_threadpool(self._draft_context, draft_id)
        except NotFound as exc:
            return self._refuse(request, 404, str(exc), session)
        return self._render("draft.html.j2", session, **context, notice=_notice(request))

    def _draft_context(self, draft_id: str) -> dict[str, Any]:
        draft = self.store.get_draft(draft_id)
        chart = chart_path(draft, self.settings.output.dir)
        chart_url = f"/drafts/{draft.draft_id}/chart.png" if chart.is_file() else None
        history = self.store.status_history(draft.draft_id)
        return draft_page(draft, chart_url=chart_url, notes=source_notes(self.store, draft),
                          history=history,
                          publication=draft_publication(self.store, draft, history))

    async def diff(self, request: Request) -> Response:
        """What changed between two versions (`?from=&to=`; default previous and current)."""
        session = await self._login(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        draft_id = request.path_params["draft_id"]
        wanted = [request.query_params.get(name) or None for name in ("from", "to")]
        numbers = [_version(v) if v is not None else None for v in wanted]
        if any(v is not None and (n is None or n < 1) for v, n in zip(wanted, numbers, strict=True)):
            return self._refuse(request, 400, "A version is a whole number from 1.", session,
                                back=f"/drafts/{draft_id}")
        try:
            context = await run_in_threadpool(self._diff_context, draft_id, *numbers)
        except NotFound as exc:
            return self._refuse(request, 404, str(exc), session, back=f"/drafts/{draft_id}")
        return self._render("diff.html.j2", session, **context)

    def _diff_context(self, draft_id: str, first: int | None, second: int | None) -> dict[str, Any]:
        draft = self.store.get_draft(draft_id)
        old, new = pick_versions(draft.version, first, second)
        found = version_diff(self.store.draft_version(draft.draft_id, old),
                             self.store.draft_version(draft.draft_id, new))
        return {"draft": draft, "diff": found, "old": old, "new": new,
                "versions": list(range(1, draft.version + 1))}

    async def chart(self, request: Request) -> Response:
        """The draft's chart PNG; the path comes from the stored draft, never the request."""
        if await self._login(request) is None:
            return Response("sign in first", status_code=401, media_type="text/plain")
        try:
            draft = await run_in_threadpool(self.store.get_draft, request.path_params["draft_id"])
        except NotFound:
            return Response("no such draft", status_code=404, media_type="text/plain")
        path = chart_path(draft, self.settings.output.dir)
        if not path.is_file():
            return Response("no chart for this draft", status_code=404, media_type="text/plain")
        return FileResponse(path, media_type="image/png")

    async def scorecard(self, request: Request) -> Response:
        """The scorecard of the stored calls: `?symbol=` (one configured instrument, default
        all), `?from=` (default SCORECARD_DAYS days back) and `?to=` (YYYY-MM-DD)."""
        session = await self._login(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        query = request.query_params
        symbol = (query.get("symbol") or "").strip().upper() or None
        try:
            if symbol is not None:
                symbol = self.settings.instrument(symbol).symbol
            first = _day(query.get("from")) or self.options.today() - timedelta(days=SCORECARD_DAYS)
            last = _day(query.get("to"))
        except (ConfigError, ValueError) as exc:
            return self._refuse(request, 400, str(exc), session, back="/scorecard")
        if last is not None and first > last:
            return self._refuse(request, 400, f"from {first} is after to {last}.", session,
                                back="/scorecard")
        form = {"symbol": symbol or "", "first": first.isoformat(),
                "last": last.isoformat() if last else "",
                "symbols": [i.symbol for i in self.settings.covered()]}
        load = self.options.load_history
        if load is None:
            return self._render("scorecard.html.j2", session, body=None, form=form,
                                empty="This server was started without market data, so it "
                                "cannot grade calls. `newsdesk serve` provides it.")
        try:
            card = await run_in_threadpool(scorecard_for, self.store, load,
                                           [symbol] if symbol else None, first, last)
        except NotFound as exc:
            return self._render("scorecard.html.j2", session, body=None, form=form,
                                empty=str(exc))
        except DataError as exc:
            return self._refuse(request, 502, f"The bars to grade against were refused: {exc}",
                                session, back="/scorecard")
        return self._render("scorecard.html.j2", session, body=scorecard_body(card), form=form,
                            empty=None)

    async def approve(self, request: Request) -> Response:
        return await self._decide(request, DraftStatus.APPROVED, reason_required=False)

    async def reject(self, request: Request) -> Response:
        return await self._decide(request, DraftStatus.REJECTED, reason_required=True)

    async def _decide(self, request: Request, to: DraftStatus, reason_required: bool) -> Response:
        session, refused = await self._posting(request)
        if refused is not None or session is None:
            return refused or self._refuse(request, 401, "Sign in first.")
        form = await request.form()
        reason = " ".join(str(form.get("reason", "")).split())[:MAX_REASON] or None
        if reason_required and reason is None:
            return self._refuse(request, 400, "A rejection needs a reason.", session)
        seen = _version(form.get("version"))
        draft_id = request.path_params["draft_id"]
        if seen is None:
            return self._refuse(request, 400, "The form does not say which version you saw: "
                                "reload the draft and decide again.", session,
                                back=f"/drafts/{draft_id}")
        try:
            moved = await run_in_threadpool(partial(self.store.set_status, seen=seen),
                                            draft_id, to, session.user, reason)
        except NotFound as exc:
            return self._refuse(request, 404, str(exc), session)
        except InvalidTransition as exc:
            return self._refuse(request, 409, str(exc), session, back=f"/drafts/{draft_id}")
        log.info("%s set draft %s version %d to %s via the review page", session.user,
                 moved.draft_id, moved.version, to.value)
        await run_in_threadpool(refresh_or_log, self.store, self.settings.output, moved)
        return RedirectResponse(f"/?done={to.value}", status_code=303)

    async def unpublish(self, request: Request) -> Response:
        """Every target holding the draft's post sets it back to a draft (no delete here)."""
        session, refused = await self._posting(request)
        if refused is not None or session is None:
            return refused or self._refuse(request, 401, "Sign in first.")
        form = await request.form()
        draft_id = request.path_params["draft_id"]
        back = f"/drafts/{draft_id}"
        seen = _version(form.get("version"))
        try:
            draft = await run_in_threadpool(self.store.get_draft, draft_id)
            if seen != draft.version:
                return self._refuse(request, 409, f"version {draft.version} was stored since you "
                                    "opened it: reload the draft.", session, back=back)
            outcomes = await run_in_threadpool(partial(unpublish_draft, actor=session.user),
                                               self.store, self.settings.publish, draft.draft_id)
        except NotFound as exc:
            return self._refuse(request, 404, str(exc), session)
        except InvalidTransition as exc:
            return self._refuse(request, 409, str(exc), session, back=back)
        except NewsdeskError as exc:  # a target not configured, a secret missing
            return self._refuse(request, 400, str(exc), session, back=back)
        failed = [o for o in outcomes if o.error]
        if failed:
            return self._refuse(request, 502, "; ".join(f"{o.target}: {o.error}" for o in failed),
                                session, back=back)
        log.info("%s unpublished draft %s via the review page", session.user, draft.draft_id)
        return RedirectResponse("/?done=unpublished", status_code=303)

    # sessions

    async def _login(self, request: Request) -> LoginSession | None:
        token = request.cookies.get(self.options.cookie)
        if not token or len(token) > 200:
            return None
        return await run_in_threadpool(self.store.login_session, auth.token_hash(token))

    async def _posting(self, request: Request) -> tuple[LoginSession | None, Response | None]:
        """The session of a state-changing POST, or the response refusing it."""
        session = await self._login(request)
        if session is None:
            return None, Response("sign in first", status_code=401, media_type="text/plain")
        if not csrf.origin_ok(request):
            log.warning("refused a POST to %s from origin %s", request.url.path,
                        request.headers.get("origin") or request.headers.get("referer"))
            return session, self._refuse(request, 403, "Refused: the form came from another "
                                         "site.", session)
        form = await request.form()
        if not csrf.token_ok(form.get("csrf"), session.csrf_token):
            return session, self._refuse(request, 403, "Refused: the form's token is missing "
                                         "or stale. Reload the page and try again.", session)
        return session, None

    async def _signed_in(self, name: str) -> Response:
        token, form_token = auth.new_token(), auth.new_token()
        hours = self.options.session_hours
        await run_in_threadpool(self.store.start_login, auth.token_hash(token), name,
                                form_token, timedelta(hours=hours))
        log.info("%s signed in", name)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(self.options.cookie, token, max_age=int(hours * 3600), path="/",
                            secure=self.options.secure_cookies, httponly=True, samesite="strict")
        response.delete_cookie(self.options.login_cookie, path="/")
        return response

    # rendering

    def _login_form(self, request: Request, notice: str | None = None,
                    status: int = 200) -> Response:
        token = auth.new_token()
        body = environment().get_template("login.html.j2").render(
            user=None, csrf="", login_csrf=token, notice=notice, notice_kind="error")
        response = HTMLResponse(body, status_code=status)
        response.set_cookie(self.options.login_cookie, token, max_age=1800, path="/",
                            secure=self.options.secure_cookies, httponly=True, samesite="strict")
        return response

    def _render(self, name: str, session: LoginSession, status: int = 200,
                **context: Any) -> Response:
        body = environment().get_template(name).render(user=session.user,
                                                       csrf=session.csrf_token, **context)
        return HTMLResponse(body, status_code=status)

    def _refuse(self, request: Request, status: int, message: str,
                session: LoginSession | None = None, back: str = "/") -> Response:
        body = environment().get_template("message.html.j2").render(
            user=session.user if session else None, csrf=session.csrf_token if session else "",
            heading=_HEADINGS.get(status, "Refused"), message=message, back=back)
        return HTMLResponse(body, status_code=status)


_HEADINGS = {400: "Bad request", 401: "Sign in first", 403: "Refused", 404: "Not found",
             409: "Not allowed", 429: "Too many attempts", 502: "The target refused"}
_DONE = {"approved": "Draft approved.", "rejected": "Draft rejected.",
         "unpublished": "Post taken down (a draft on the CMS)."}


def _version(value: object) -> int | None:
    """The draft version a decision form names, or None when it names none."""
    text = str(value or "")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None


def _day(value: str | None) -> date | None:
    """A YYYY-MM-DD query value (None when absent); ValueError naming it when it is not one."""
    if not value:
        return None
    if len(value) != 10:
        raise ValueError(f"{value[:20]!r} is not a date (YYYY-MM-DD).")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD).") from None


def _offset(value: str | None) -> int | None:
    """The queue offset a link names (0 when none), or None when it is not a small whole number."""
    text = value or "0"
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None


def _page_links(status: str | None, page: QueuePage) -> dict[str, str | None]:
    """The previous and next page of the queue, keeping its status filter."""
    def link(offset: int | None) -> str | None:
        if offset is None:
            return None
        query = {**({"status": status} if status else {}), **({"offset": str(offset)} if offset else {})}
        return "/" + (f"?{urlencode(query)}" if query else "")
    return {"previous": link(page.previous_offset), "next": link(page.next_offset)}


def _notice(request: Request) -> str | None:
    return _DONE.get(request.query_params.get("done", ""))


def create_app(store: Store, settings: Settings, options: ReviewOptions | None = None) -> Starlette:
    opts = options or ReviewOptions()
    review = ReviewApp(store, settings, opts)
    static = Path(__file__).with_name("static")
    draft = "/drafts/{draft_id:str}"
    routes = [
        Route("/", review.queue, methods=["GET"]),
        Route("/login", review.login_page, methods=["GET"]),
        Route("/login", review.login, methods=["POST"]),
        Route("/logout", review.logout, methods=["POST"]),
        Route("/scorecard", review.scorecard, methods=["GET"]),
        Route(draft, review.draft, methods=["GET"]),
        Route(draft + "/chart.png", review.chart, methods=["GET"]),
        Route(draft + "/diff", review.diff, methods=["GET"]),
        Route(draft + "/approve", review.approve, methods=["POST"]),
        Route(draft + "/reject", review.reject, methods=["POST"]),
        Route(draft + "/unpublish", review.unpublish, methods=["POST"]),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders),
                  Middleware(TrustedHostMiddleware, allowed_hosts=list(opts.allowed_hosts))]
    return Starlette(routes=routes, middleware=middleware)
