"""`newsdesk publish` and `newsdesk unpublish`: drafts to and from the configured targets.

Exit codes: 0 every draft asked for was published (or none was approved);
2 no target, an unknown target or a missing secret variable; 5 no such draft;
6 the draft named is not approved or published (or, to unpublish, has no
post on the target); 7 at least one publication, unpublish or read-back
failed (the draft keeps its status; the summary says whether running again
may help).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape

from .cli_context import Context, err, print_json
from .config import Settings
from .contracts.base import Contract
from .errors import OutputError, PublishError

if TYPE_CHECKING:  # the store, the targets' HTTP clients and rich tables load with the command
    from .publish.runner import PublishOutcome, RemoteCheck, UnpublishOutcome
    from .store import Store
    from .store.publications import PublicationRecord

out = Console()


@click.command()
@click.argument("draft_id", required=False)
@click.option("--target", "target_name", help="A [publish.targets] name (default: publish.default).")
@click.option("--dry-run", is_flag=True, help="Build and check what would be sent; send nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as a JSON array.")
@click.option("--log", "show_log", is_flag=True, help="List recorded publications and exit.")
@click.option("--check", "check", is_flag=True,
              help="Read each recorded post's state back from its target (DRAFT_ID: that draft's).")
@click.pass_obj
def publish(obj: Context, draft_id: str | None, target_name: str | None, dry_run: bool,
            as_json: bool, show_log: bool, check: bool) -> None:
    """Publish approved drafts (or DRAFT_ID only) to a publish target.

    Only approved drafts leave newsdesk; a published DRAFT_ID is sent again (the
    post is updated) or goes to one more target with --target. Each is looked up
    on the target by its stable key before anything is created, so running again
    after a failure or a lost reply never makes a second post. Exit 7 when a
    publication failed.
    """
    from .publish.runner import PublishRunner, require_approved
    from .publish.targets import build_target, choose_target
    from .publish.withdraw import check_posts
    from .store import open_store
    from .store.publications import PublicationLog
    from .store.store import utc_now

    settings = obj.settings
    store = open_store(settings.store.url)
    publications = PublicationLog(store.engine, utc_now)
    try:
        if show_log:
            records = publications.latest()
            if as_json:
                print_json([r.model_dump(mode="json") for r in records])
            else:
                print_log(out, records)
            return
        if check:
            checks = check_posts(store, settings.publish, draft_id, target_name)
            print_results(checks, as_json, lambda: print_checks(out, checks),
                          failed=any(c.error for c in checks))
            return
        name, cfg = choose_target(settings.publish, target_name)
        built = build_target(name, cfg)
        try:
            runner = PublishRunner(store, built, publications, chart_dir=settings.output.dir)
            if draft_id is not None:
                draft = store.get_draft(draft_id)
                require_approved(draft)
                drafts = [draft]
            else:
                drafts = runner.approved()
            outcomes = runner.publish_all(drafts, dry_run=dry_run)
        finally:
            built.close()
        notes = refresh_outputs(store, settings, [o.draft_id for o in outcomes if o.state == "published"])
    finally:
        store.close()
    print_results(outcomes, as_json, lambda: print_outcomes(out, outcomes, built.target.describe()),
                  failed=any(o.state == "failed" for o in outcomes), notes=notes)


def refresh_outputs(store: Store, settings: Settings, draft_ids: Sequence[str]) -> list[str]:
    """The output folder after a publish or unpublish moved drafts: their files say the new
    status (`pipeline.outputs`); what was rewritten, or a warning, as lines to print."""
    from .outputs import refresh_outputs as rewrite

    if not draft_ids:
        return []
    changed = [store.get_draft(ident) for ident in dict.fromkeys(draft_ids)]
    try:
        return rewrite(store, settings.output, changed)
    except OutputError as exc:
        return [f"warning: {exc}; the files there still show the previous status"]


def print_notes(notes: Sequence[str], as_json: bool) -> None:
    """Each line, indented; on stderr under --json, so stdout stays one JSON document."""
    for line in notes:
        (err if as_json or line.startswith("warning:") else out).print(
            f"  {line}", markup=False, highlight=False, soft_wrap=True)


def print_results(results: Sequence[Contract], as_json: bool, print_table: Callable[[], None],
                  *, failed: bool, notes: Sequence[str] = ()) -> None:
    """The results as one JSON array with --json, else `print_table`, then `notes`; exit 7 when
    any `failed`."""
    if as_json:
        print_json([result.model_dump(mode="json") for result in results])
    else:
        print_table()
    print_notes(notes, as_json)
    if failed:
        sys.exit(PublishError.exit_code)


def print_outcomes(console: Console, outcomes: Sequence[PublishOutcome], where: str) -> None:
    from rich.table import Table

    if not outcomes:
        console.print(f"nothing to publish: no approved drafts ({escape(where)})")
        return
    table = Table(title=f"publish -> {escape(where)}")
    for column in ("draft", "key", "v", "result", "on the target", "remote", "tries"):
        table.add_column(column)
    for o in outcomes:
        result = {"published": f"[green]{o.action}[/green]", "failed": "[red]failed[/red]",
                  "would publish": "dry run"}[o.state]
        table.add_row(o.draft_id[:8], escape(o.key), str(o.version), result,
                      escape(o.remote_state or ""), escape(o.remote_url or o.remote_id or ""),
                      str(o.attempts))
    console.print(table)
    for o in outcomes:
        if o.note:
            console.print(f"  note {escape(o.key)}: {escape(o.note)}", soft_wrap=True)
        if o.error:
            again = "running newsdesk publish again may get past it" if o.retryable else \
                "needs a person (fix the cause, then run again)"
            console.print(f"  [red]error[/red] {escape(o.key)}: {escape(o.error)}; the draft stays "
                          f"approved; {again}", soft_wrap=True)
    done = sum(o.state == "published" for o in outcomes)
    failed = sum(o.state == "failed" for o in outcomes)
    console.print(f"{done} published, {failed} failed, {len(outcomes) - done - failed} dry run")


def print_log(console: Console, records: Sequence[PublicationRecord]) -> None:
    from rich.table import Table

    if not records:
        console.print("no publications recorded")
        return
    table = Table(title="publications (newest first; tries over every run)")
    for column in ("target", "key", "v", "state", "on the target", "remote", "tries",
                   "updated (UTC)", "error"):
        table.add_column(column)
    for r in records:
        table.add_row(escape(r.target), escape(r.key), str(r.version), r.state,
                      escape(r.remote_state or ""), escape(r.remote_url or r.remote_id or ""),
                      str(r.attempts), f"{r.updated_at:%Y-%m-%d %H:%M}", escape(r.error or ""))
    console.print(table)


@click.command()
@click.argument("draft_id")
@click.option("--target", "target_name",
              help="Only this target (default: every target that holds the draft's post).")
@click.option("--delete", is_flag=True,
              help="Delete the remote post (WordPress: to its trash) instead of making it a draft.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as a JSON array.")
@click.pass_obj
def unpublish(obj: Context, draft_id: str, target_name: str | None, delete: bool,
              as_json: bool) -> None:
    """Take a published draft's post down: back to a draft on the CMS, or deleted.

    The draft goes back to approved once no target holds it (`newsdesk publish ID`
    puts it up again). Exit 6 when the draft has no post there, 7 when a target
    refused.
    """
    from .publish.withdraw import unpublish_draft
    from .store import open_store

    store = open_store(obj.settings.store.url)
    try:
        outcomes = unpublish_draft(store, obj.settings.publish, draft_id, target_name, delete)
        notes = refresh_outputs(store, obj.settings, [o.draft_id for o in outcomes if not o.error])
    finally:
        store.close()
    print_results(outcomes, as_json, lambda: print_unpublished(out, outcomes),
                  failed=any(o.error for o in outcomes), notes=notes)


def print_unpublished(console: Console, outcomes: Sequence[UnpublishOutcome]) -> None:
    for o in outcomes:
        if o.error:
            console.print(f"[red]error[/red] {escape(o.key)} on {escape(o.target)}: "
                          f"{escape(o.error)}; nothing changed here", soft_wrap=True)
        else:
            console.print(f"{o.draft_id[:8]} {escape(o.key)} on {escape(o.target)}: post "
                          f"{escape(o.remote_id)} is now {escape(o.remote_state or '?')}; the draft "
                          f"is {escape(o.draft_status or '?')}", soft_wrap=True)


def print_checks(console: Console, checks: Sequence[RemoteCheck]) -> None:
    from rich.table import Table

    if not checks:
        console.print("no recorded posts to check")
        return
    table = Table(title="posts on their targets, read back now")
    for column in ("target", "key", "remote", "recorded", "now"):
        table.add_column(column)
    for c in checks:
        now = f"[red]error: {escape(c.error)}[/red]" if c.error else escape(c.remote_state or "")
        table.add_row(escape(c.target), escape(c.key), escape(c.remote_id), escape(c.before or ""), now)
    console.print(table)
