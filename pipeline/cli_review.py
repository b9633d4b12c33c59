"""Review commands: `review`, `approve`, `reject`, `edit`, `serve` and `user`.

Every status change records who made it (`--as`, default: the login name of
the shell's user), when, why and on which version; `approve`/`reject --version N`
refuse (exit 6) when another version was stored since. `serve` runs the review web page on
127.0.0.1; another address needs `--allow-remote` and a TLS proxy in front.
"""

from __future__ import annotations

import getpass
import ipaddress
import logging
import sys

import click
from rich.console import Console

from .cli import Context, _session
from .contracts import DraftStatus
from .review import auth
from .review.edits import apply_markdown, editable_markdown, reverified
from .review.overview import draft_publication, queue_extras
from .review.sources import source_notes
from .review.terminal import print_queue, print_review
from .store import Store

log = logging.getLogger(__name__)
out = Console()
err = Console(stderr=True)

DEFAULT_PORT = 8765


def _actor(value: str | None) -> str:
    name = (value or getpass.getuser() or "").strip()
    if not name:
        raise click.UsageError("cannot tell who you are: pass --as NAME")
    return name


def _store(obj: Context) -> Store:
    return obj.pipeline().store


as_option = click.option("--as", "actor", help="Who makes the change (default: your login name).")


@click.command()
@click.argument("draft_id", required=False)
@click.option("--status", help="List only drafts with this status (e.g. needs_review).")
@click.option("--session", help="List only drafts for this session (YYYY-MM-DD).")
@click.pass_obj
def review(obj: Context, draft_id: str | None, status: str | None, session: str | None) -> None:
    """List drafts to review, or show DRAFT_ID with each finding marked in the text."""
    store = _store(obj)
    if draft_id is None:
        drafts = store.list_drafts(session=_session(session), status=status)
        print_queue(out, drafts, queue_extras(store, drafts))
        return
    draft = store.get_draft(draft_id)
    history = store.status_history(draft.draft_id)
    print_review(out, draft, history, source_notes(store, draft),
                 draft_publication(store, draft, history))


version_option = click.option(
    "--version", "seen", type=click.IntRange(min=1),
    help="The version you reviewed (`newsdesk review ID` prints it); refused with exit 6 when "
         "another was stored since. Without it, the current version, named in the output.")


@click.command()
@click.argument("draft_id")
@click.option("--reason", help="A note kept with the approval.")
@version_option
@as_option
@click.pass_obj
def approve(obj: Context, draft_id: str, reason: str | None, seen: int | None,
            actor: str | None) -> None:
    """Approve a draft for publishing (refused while it has error findings)."""
    moved = _store(obj).set_status(draft_id, DraftStatus.APPROVED, _actor(actor), reason,
                                   seen=seen)
    out.print(f"{moved.draft_id[:8]} {moved.key}: approved (version {moved.version})",
              markup=False)


@click.command()
@click.argument("draft_id")
@click.option("--reason", required=True, help="Why the draft is rejected (kept in its history).")
@version_option
@as_option
@click.pass_obj
def reject(obj: Context, draft_id: str, reason: str, seen: int | None,
           actor: str | None) -> None:
    """Reject a draft, saying why."""
    if not reason.strip():
        raise click.BadParameter("give a reason", param_hint="--reason")
    moved = _store(obj).set_status(draft_id, DraftStatus.REJECTED, _actor(actor), reason,
                                   seen=seen)
    out.print(f"{moved.draft_id[:8]} {moved.key}: rejected (version {moved.version})",
              markup=False)


@click.command()
@click.argument("draft_id")
@click.option("--reason", help="What the edit changes (kept in the draft's history).")
@as_option
@click.pass_obj
def edit(obj: Context, draft_id: str, reason: str | None, actor: str | None) -> None:
    """Edit a draft's prose in $EDITOR; the saved text is verified again.

    A changed text becomes a new version in needs_review, with the verifier's
    new findings; the previous versions are kept. Saving nothing changes nothing.
    """
    who = _actor(actor)
    pipeline = obj.pipeline()
    draft = pipeline.store.get_draft(draft_id)
    original = editable_markdown(draft.article)
    edited = click.edit(original, extension=".md", require_save=True)
    if edited is None or edited.split() == original.split():
        out.print("No changes: nothing stored.")
        return
    article = apply_markdown(draft.article, edited)
    if article == draft.article:
        out.print("No changes to the article: nothing stored.")
        return
    result = pipeline.store.edit_draft(draft.draft_id, reverified(pipeline, draft, article), who,
                                       reason)
    stored = result.draft
    out.print(f"{stored.draft_id[:8]} {stored.key}: version {stored.version} stored, "
              f"{stored.status.value}; {len(stored.errors)} error(s), "
              f"{len(stored.findings) - len(stored.errors)} warning(s)", markup=False)
    if stored.errors:
        print_review(out, stored, [])


@click.group()
def user() -> None:
    """Reviewers who may sign in to the review page."""


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        auth.check_new_password(password)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    return password


@user.command("add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input (for scripts).")
@click.pass_obj
def user_add(obj: Context, name: str, password_stdin: bool) -> None:
    """Add reviewer NAME; the password is asked for (never an argument)."""
    try:
        auth.check_user_name(name)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="NAME") from None
    password = _read_password(password_stdin)
    _store(obj).add_user(name, auth.hash_password(password))
    out.print(f"user {name} added", markup=False)


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
@click.pass_obj
def user_passwd(obj: Context, name: str, password_stdin: bool) -> None:
    """Set a new password for NAME; their signed-in sessions end."""
    password = _read_password(password_stdin)
    _store(obj).set_password(name, auth.hash_password(password))
    out.print(f"password of {name} changed", markup=False)


@user.command("list")
@click.pass_obj
def user_list(obj: Context) -> None:
    """List the reviewers."""
    for u in _store(obj).list_users():
        click.echo(f"{u.name}\tadded {u.created_at:%Y-%m-%d %H:%M} UTC")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-remote", is_flag=True,
              help="Allow an address other than loopback (put TLS in front; cookies turn Secure).")
@click.option("--public-host", "public_hosts", multiple=True,
              help="Host name browsers use to reach the page (repeatable; with --allow-remote).")
@click.pass_obj
def serve(obj: Context, host: str, port: int, allow_remote: bool,
          public_hosts: tuple[str, ...]) -> None:
    """Run the review web page (default http://127.0.0.1:8765)."""
    import uvicorn

    from .review.app import LOOPBACK_HOSTS, ReviewOptions, create_app

    remote = not is_loopback(host)
    if remote and not allow_remote:
        raise click.UsageError(f"--host {host} is not a loopback address; the review page "
                               "listens on 127.0.0.1 unless you pass --allow-remote")
    if remote:
        err.print(f"warning: serving on {host}: anyone who can reach it sees the sign-in page; "
                  "cookies are Secure, so browsers need HTTPS (a TLS proxy) in front",
                  markup=False)
    store = _store(obj)
    if not store.list_users():
        err.print("note: no reviewers yet; add one with `newsdesk user add NAME`", markup=False)
    options = ReviewOptions(secure_cookies=remote,
                            allowed_hosts=(*LOOPBACK_HOSTS, host, *public_hosts))
    app = create_app(store, obj.settings, options)
    err.print(f"review page on http://{host}:{port}/ (Ctrl-C stops it)", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False)


COMMANDS = (review, approve, reject, edit, user, serve)
