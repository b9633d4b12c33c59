"""Review commands: `review`, `approve`, `reject`, `edit`, `serve` and `user`.

Every status change records who made it (`--as`, default: the login name of
the shell's user), when, why and on which version; `approve`/`reject --version N`
(or `ID@N`) refuse (exit 6) when another version was stored since. `approve` and
`reject` take several ids, try each and report each; the exit code is then that
of the first that failed (5 not found, 6 not allowed). `serve` runs the review
web page on 127.0.0.1; another address needs `--allow-remote` and a TLS proxy in front.
"""

from __future__ import annotations

import getpass
import ipaddress
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.text import Text

from . import redact
from .cli_context import Context, print_json
from .cli_context import parse_session as _session
from .config import Settings
from .contracts import Draft, DraftStatus
from .errors import (
    ConfigError,
    InputError,
    InvalidTransition,
    NewsdeskError,
    OutputError,
    StaleVersion,
)
from .ids import short_id
from .review import auth
from .review.queue import DEFAULT_LIMIT, MAX_LIMIT, WAITING, QueuePage, queue_page

if TYPE_CHECKING:  # the store (SQLAlchemy), the pipeline and the terminal views load with a command
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
    return obj.store()


as_option = click.option("--as", "actor", help="Who makes the change (default: your login name).")


def paging_options(fn: Callable[..., None]) -> Callable[..., None]:
    """--limit, --offset and --json, shared by the draft listings."""
    fn = click.option("--json", "as_json", is_flag=True,
                      help="Print the page as one JSON object: total, offset, next_offset, drafts.")(fn)
    fn = click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0),
                      help="Skip this many rows (the footer names the next page's offset).")(fn)
    fn = click.option("--limit", default=DEFAULT_LIMIT, show_default=True,
                      type=click.IntRange(1, MAX_LIMIT), help="Rows per page.")(fn)
    return fn


def print_footer(page: QueuePage, command: str) -> None:
    """'drafts 1-50 of 1234 (draft, needs_review); next: newsdesk review --offset 50'."""
    parts = [page.describe()]
    if page.next_offset is not None:
        parts.append(f"next: {command} --offset {page.next_offset}")
    if page.total == 0 and page.statuses == WAITING:
        parts.append("nothing waits for a person; `newsdesk review --all` lists every status")
    line = "; ".join(parts)
    out.print(line if len(line) <= out.width else "\n".join(parts), markup=False,
              highlight=False)


@click.command()
@click.argument("draft_id", required=False)
@click.option("--status", "statuses", multiple=True,
              type=click.Choice([s.value for s in DraftStatus]),
              help="List drafts with this status (repeatable; default: draft and needs_review).")
@click.option("--all", "every", is_flag=True, help="List drafts of every status.")
@click.option("--session", help="List only drafts for this session (YYYY-MM-DD).")
@paging_options
@click.pass_obj
def review(obj: Context, draft_id: str | None, statuses: tuple[str, ...], every: bool,
           session: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List the drafts waiting for a person, or show DRAFT_ID with each finding marked.

    The queue holds drafts in draft and needs_review, newest session first, one page
    at a time; --all or --status shows the others.
    """
    from .review.overview import draft_publication, queue_extras
    from .review.sources import source_notes
    from .review.terminal import print_queue, print_review

    store = _store(obj)
    if draft_id is None:
        if every and statuses:
            raise click.UsageError("give --all or --status, not both")
        wanted = None if every else ([DraftStatus(s) for s in statuses] or list(WAITING))
        page = queue_page(store, wanted, session=_session(session), limit=limit, offset=offset)
        extras = queue_extras(store, page.rows)
        if as_json:
            rows = [{**row.model_dump(mode="json"), "flagged_sources": extras.flagged.get(row.draft_id, 0),
                     "published": extras.published.get(row.draft_id, "")} for row in page.rows]
            print_json({**page.as_json(), "drafts": rows})
            return
        print_queue(out, page.rows, extras)
        print_footer(page, "newsdesk review" + (" --all" if every else "")
                     + "".join(f" --status {s}" for s in statuses)
                     + (f" --session {session}" if session else ""))
        return
    if as_json:
        click.echo(store.get_draft(draft_id).model_dump_json(indent=2))
        return
    draft = store.get_draft(draft_id)
    history = store.status_history(draft.draft_id)
    print_review(out, draft, history, source_notes(store, draft),
                 draft_publication(store, draft, history))


@click.command()
@click.option("--session", help="Only drafts for this session (YYYY-MM-DD).")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice([s.value for s in DraftStatus]),
              help="Only drafts with this status (repeatable; default: every status).")
@click.option("--symbol", help="Only drafts for this instrument.")
@paging_options
@click.pass_obj
def drafts(obj: Context, session: str | None, statuses: tuple[str, ...], symbol: str | None,
           limit: int, offset: int, as_json: bool) -> None:
    """List drafts of every status, newest session first, one page at a time."""
    from . import views

    wanted = [DraftStatus(s) for s in statuses] or None
    page = queue_page(_store(obj), wanted, session=_session(session),
                      symbol=symbol.upper() if symbol else None, limit=limit, offset=offset)
    if as_json:
        print_json({**page.as_json(), "drafts": [r.model_dump(mode="json") for r in page.rows]})
        return
    views.print_drafts(out, page.rows)
    print_footer(page, "newsdesk drafts" + "".join(f" --status {s}" for s in statuses)
                 + (f" --session {session}" if session else "")
                 + (f" --symbol {symbol}" if symbol else ""))


version_option = click.option(
    "--version", "seen", type=click.IntRange(min=1),
    help="The version you reviewed (`newsdesk review ID` prints it); refused with exit 6 when "
         "another was stored since. Without it, the current version, named in the output. "
         "With several ids, write ID@N for each instead.")


def _decisions(refs: tuple[str, ...], seen: int | None) -> list[tuple[str, int | None]]:
    """(id, version seen) for each `ID` or `ID@N` argument."""
    if seen is not None and len(refs) > 1:
        raise click.UsageError("--version names one draft's version: with several ids, "
                               "write each as ID@N")
    decided = []
    for ref in refs:
        ident, at, number = ref.partition("@")
        if at and not (number.isascii() and number.isdigit() and 0 < int(number) < 10**9):
            raise click.BadParameter(f"{ref!r}: after @ comes the version number you reviewed",
                                     param_hint="DRAFT_ID")
        if at and seen is not None:
            raise click.UsageError(f"{ref!r} names a version and so does --version: give one")
        decided.append((ident, int(number) if at else seen))
    return decided


def _decide(obj: Context, refs: tuple[str, ...], to: DraftStatus, reason: str | None,
            seen: int | None, actor: str | None) -> None:
    """Move each draft; report each; exit with the first failure's code after trying them all."""
    who = _actor(actor)
    store = _store(obj)
    failed: list[int] = []
    moved_drafts: list[Draft] = []
    for ref, version in _decisions(refs, seen):
        try:
            moved = store.set_status(ref, to, who, reason, seen=version)
        except NewsdeskError as exc:
            if len(refs) == 1:
                raise
            err.print(f"{ref}: not {to.value}: {redact.installed().text(str(exc))}",
                      markup=False, highlight=False, soft_wrap=True)
            failed.append(exc.exit_code)
            continue
        out.print(_moved_line(moved), markup=False, highlight=False)
        moved_drafts.append(moved)
    refresh_outputs(obj, store, moved_drafts)
    if failed:
        err.print(f"{len(failed)} of {len(refs)} not {to.value}", markup=False)
        sys.exit(failed[0])


def refresh_outputs(obj: Context, store: Store, changed: list[Draft]) -> None:
    """Write the changed drafts' files and their sessions' indexes again, and say where.

    A folder no run wrote is left alone (the message says so); one that cannot be written is a
    warning: the change is in the store, and the next run or review action writes the files.
    """
    from .outputs import refresh_outputs as rewrite

    try:
        lines = rewrite(store, obj.settings.output, changed)
    except OutputError as exc:
        err.print(f"warning: {exc}; the change is stored, but the files there still show the "
                  "previous state", markup=False, highlight=False, soft_wrap=True)
        return
    for line in lines:
        out.print(f"  {line}", markup=False, highlight=False, soft_wrap=True)


def _moved_line(moved: Draft) -> str:
    return f"{short_id(moved.draft_id)} {moved.key}: {moved.status.value} (version {moved.version})"


@click.command()
@click.argument("draft_ids", metavar="DRAFT_ID[@VERSION]...", nargs=-1, required=True)
@click.option("--reason", help="A note kept with the approval.")
@version_option
@as_option
@click.pass_obj
def approve(obj: Context, draft_ids: tuple[str, ...], reason: str | None, seen: int | None,
            actor: str | None) -> None:
    """Approve drafts for publishing (each refused while it has error findings).

    Several ids are each tried and reported; exit 0 when all were approved, else the
    code of the first that failed (5 no such draft, 6 not allowed or a newer version).
    """
    _decide(obj, draft_ids, DraftStatus.APPROVED, reason, seen, actor)


@click.command()
@click.argument("draft_ids", metavar="DRAFT_ID[@VERSION]...", nargs=-1, required=True)
@click.option("--reason", required=True, help="Why the drafts are rejected (kept in their history).")
@version_option
@as_option
@click.pass_obj
def reject(obj: Context, draft_ids: tuple[str, ...], reason: str, seen: int | None,
           actor: str | None) -> None:
    """Reject drafts, saying why (several ids: each tried and reported, as for approve)."""
    if not reason.strip():
        raise click.BadParameter("give a reason", param_hint="--reason")
    _decide(obj, draft_ids, DraftStatus.REJECTED, reason, seen, actor)


DIFF_STYLES = {"head": "bold", "hunk": "cyan", "add": "green", "del": "red", "same": ""}


@click.command("diff")
@click.argument("draft_id")
@click.argument("versions", nargs=-1, type=click.IntRange(min=1), metavar="[V1 [V2]]")
@click.pass_obj
def diff(obj: Context, draft_id: str, versions: tuple[int, ...]) -> None:
    """Show what changed in a draft's Markdown between two versions (a unified diff).

    Without versions: the previous version against the current one; with one, that
    version against the current one. Exit 5 when the draft or a version does not exist.
    """
    from .review.diff import pick_versions, version_diff

    if len(versions) > 2:
        raise click.UsageError("give at most two versions: V1 V2")
    store = _store(obj)
    draft = store.get_draft(draft_id)
    first, second = pick_versions(draft.version, *(versions + (None, None))[:2])
    if first == second:
        out.print(f"{short_id(draft.draft_id)} has one version: nothing to compare"
                  if draft.version == 1 else f"version {first} against itself: no change",
                  markup=False)
        return
    found = version_diff(store.draft_version(draft.draft_id, first),
                         store.draft_version(draft.draft_id, second))
    if not found.changed:
        out.print(f"{short_id(draft.draft_id)}: versions {first} and {second} have the same "
                  "Markdown (what changed is outside the article: findings, status)", markup=False)
        return
    for line in found.lines:
        out.print(Text(line.text, style=DIFF_STYLES[line.kind]), soft_wrap=True)


@click.command()
@click.argument("draft_id")
@click.option("--reason", help="What the edit changes (kept in the draft's history).")
@click.option("--from", "from_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Take the edited Markdown from this file instead of opening $EDITOR "
                   "(e.g. a refused edit, fixed).")
@click.option("--version", "seen", type=click.IntRange(min=1),
              help="The version the --from text was made from: refused (exit 6) when another "
                   "was stored since. $EDITOR edits always name the version they opened.")
@as_option
@click.pass_obj
def edit(obj: Context, draft_id: str, reason: str | None, from_file: Path | None,
         seen: int | None, actor: str | None) -> None:
    """Edit a draft's prose in $EDITOR; the saved text is verified again.

    A changed text becomes a new version in needs_review, with the verifier's
    new findings; the previous versions are kept. Saving nothing changes nothing.
    An edit that cannot be applied (a change outside the prose) is refused (exit 2)
    and the text is saved in a file the message names, for `--from` once fixed.
    When another version was stored since the one edited, nothing is stored (exit 6).
    """
    from .review.edits import apply_markdown, editable_markdown, keep_refused, reverified
    from .review.terminal import print_review

    who = _actor(actor)
    pipeline = obj.pipeline()
    draft = pipeline.store.get_draft(draft_id)
    original = editable_markdown(draft.article)
    if from_file is not None:
        edited: str | None = from_file.read_text(encoding="utf-8")
    else:
        seen = draft.version  # the version opened: a version stored meanwhile refuses the edit
        edited = _in_editor(original, draft)
    if edited is None or edited.split() == original.split():
        out.print("No changes: nothing stored.")
        return
    try:
        article = apply_markdown(draft.article, edited)
    except InputError as exc:
        kept = keep_refused(refused_edits_dir(obj.settings), draft, edited, datetime.now(UTC))
        raise InputError(f"{exc}. Your edited text is saved in {kept}: fix it there and run "
                         f"`newsdesk edit {short_id(draft.draft_id)} --from {kept} "
                         f"--version {draft.version}`") from None
    if article == draft.article:
        out.print("No changes to the article: nothing stored.")
        return
    try:
        result = pipeline.store.edit_draft(draft.draft_id, reverified(pipeline, draft, article),
                                           who, reason, seen)
    except StaleVersion as exc:
        ident = short_id(draft.draft_id)
        kept = from_file or keep_refused(refused_edits_dir(obj.settings), draft, edited,
                                         datetime.now(UTC))
        raise InvalidTransition(
            f"{exc}. Your edited text is in {kept}: bring in what changed (`newsdesk diff {ident} "
            f"{exc.seen} {exc.current}`) and run `newsdesk edit {ident} --from {kept} "
            f"--version {exc.current}`") from None
    stored = result.draft
    out.print(f"{short_id(stored.draft_id)} {stored.key}: version {stored.version} stored, "
              f"{stored.status.value}; {len(stored.errors)} error(s), "
              f"{len(stored.findings) - len(stored.errors)} warning(s)", markup=False)
    refresh_outputs(obj, pipeline.store, [stored])
    if stored.errors:
        print_review(out, stored, [])


def _in_editor(text: str, draft: Draft) -> str | None:
    """`text` after a person edited it in $VISUAL/$EDITOR; None when it was not saved.

    Without either variable click falls back to vi, which cannot run outside a terminal: that,
    and an editor that fails, is a ConfigError (exit 2) naming $EDITOR and `--from FILE`.
    """
    ident = short_id(draft.draft_id)
    instead = (f"set $EDITOR (e.g. `EDITOR=nano newsdesk edit {ident}`), or write the Markdown to a "
               f"file (`newsdesk show {ident} --format md > FILE`), edit it there and apply it "
               f"with `newsdesk edit {ident} --from FILE --version {draft.version}`")
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not chosen and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise ConfigError(f"no editor to open: $EDITOR (and $VISUAL) is not set and this is not a "
                          f"terminal; {instead}")
    try:
        return click.edit(text, extension=".md", require_save=True)
    except click.ClickException as exc:
        raise ConfigError(f"the editor ({chosen or 'the default, vi'}) failed: {exc.message}; "
                          f"{instead}") from None


def refused_edits_dir(settings: Settings) -> Path:
    """`rejected-edits/` beside a SQLite store's file; `.newsdesk/rejected-edits` otherwise."""
    from .store.db import parse_url, sqlite_file

    found = sqlite_file(parse_url(settings.store.url))
    return (found.parent if found is not None else Path(".newsdesk")) / "rejected-edits"


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
@click.option("--json", "as_json", is_flag=True, help="Print the reviewers as a JSON list.")
@click.pass_obj
def user_list(obj: Context, as_json: bool) -> None:
    """List the reviewers."""
    users = _store(obj).list_users()
    if as_json:
        print_json([u.model_dump(mode="json") for u in users])
        return
    for u in users:
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
    from .wiring import make_market

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
                            allowed_hosts=(*LOOPBACK_HOSTS, host, *public_hosts),
                            load_history=make_market(obj.settings, store).load_history)
    app = create_app(store, obj.settings, options)
    err.print(f"review page on http://{host}:{port}/ (Ctrl-C stops it)", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False)


COMMANDS = (review, drafts, diff, approve, reject, edit, user, serve)
