"""The `newsdesk` command: a thin layer over the library.

Exit codes: 0 done; 1 a run finished but some instruments failed (or an
unexpected error); 2 bad configuration or usage; 3 market or news data refused
for every instrument; 4 store error; 5 draft or symbol not found; 6 a status
change that is not allowed; 7 a publication failed; 8 every instrument written,
some drafts held for review (error findings); 9 no draft written because the
writer (the model) failed; 130 interrupted. `check` returns 0 when the article
has no error finding, 1 when it has, 2 when an input file is missing or malformed.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__, redact
from .cli_context import FIRST_SESSION, LAST_SESSION, Context, err, out, print_json  # noqa: F401  (re-exported)
from .cli_context import parse_session as _session
from .errors import NewsdeskError

if TYPE_CHECKING:
    from .contracts import NewsItem
    from .run import RunReport

# Every command imports this module, `--help` included: what only some commands use (the store
# and SQLAlchemy, the pipeline and its stages, the views and rich tables, numpy) is imported
# inside those commands (tests/test_lazy_imports.py holds the line).


@click.group()
@click.option("--config", "config", type=click.Path(path_type=Path),
              help="User config file (default: ./newsdesk.toml when present).")
@click.option("--debug", is_flag=True, envvar="NEWSDESK_DEBUG", help="Show tracebacks.")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details.")
@click.version_option(__version__, prog_name="newsdesk")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, debug: bool, verbose: bool) -> None:
    """Scored, sourced market commentary from news and market data."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = Context(config, debug)


@cli.command()
@click.option("--session", help="Session date YYYY-MM-DD (default: newest session in the data).")
@click.option("--symbol", "symbols", multiple=True, help="Only these instruments (repeatable).")
@click.option("--no-ingest", is_flag=True, help="Skip fetching news; use what the store holds.")
@click.option("--writer", "writer", type=click.Choice(["template", "llm"]),
              help="Who writes: the offline template, or the model in [llm] (default: writer.kind).")
@click.option("--enqueue", is_flag=True, help="Submit the session to `newsdesk worker` processes "
              "(engine.database_url) and return without waiting.")
@click.option("--engine", "on_engine", is_flag=True, help="Run through the durable engine in this "
              "process (resumable after a crash by a worker).")
@click.pass_obj
def run(obj: Context, session: str | None, symbols: tuple[str, ...], no_ingest: bool,
        writer: str | None, enqueue: bool, on_engine: bool) -> None:
    """Run every stage for the configured instruments on one session."""
    from . import views

    if enqueue or on_engine:
        _run_on_engine(obj, _session(session), list(symbols) or None, not no_ingest, enqueue, writer)
        return
    pipeline = obj.pipeline(writer, ingest=not no_ingest)
    with views.progress(err) as notify:
        report = pipeline.run(_session(session), symbols or None, do_ingest=not no_ingest,
                              progress=notify)
    _report_run(obj, report)


def _report_run(obj: Context, report: RunReport) -> None:
    from . import views
    from .notify.send import notify_all

    if report.session_note:
        err.print(f"session {report.session}: {report.session_note}")
    views.print_run(out, report, obj.settings.output.dir)
    for line in notify_all(obj.settings.notify, report) if obj.settings.notify else []:
        err.print(line, markup=False, highlight=False)
    if report.exit_code:
        sys.exit(report.exit_code)


def _run_on_engine(obj: Context, session: date | None, symbols: list[str] | None, do_ingest: bool,
                   enqueue: bool, writer: str | None) -> None:
    from . import views
    from .engine import worker

    settings = obj.settings
    if writer is not None:
        raise click.UsageError("--writer cannot be combined with --enqueue/--engine: workers use "
                               "writer.kind from their config")
    if symbols:
        symbols = [settings.instrument(s).symbol for s in symbols]
    if enqueue:
        workflow_id = worker.enqueue_session(settings, session, symbols, do_ingest)
        out.print(f"enqueued session {session or '(newest)'} as workflow {workflow_id}; "
                  "`newsdesk worker` processes run it, `newsdesk runs` shows it", markup=False)
        return
    report = worker.run_here(settings, session, symbols, do_ingest)
    views.print_run(out, report, settings.output.dir)  # the run's own notifications were sent
    if report.exit_code:
        sys.exit(report.exit_code)


@cli.command()
@click.argument("symbol")
@click.option("--session", help="Session date YYYY-MM-DD (default: newest in the data).")
@click.option("--json", "as_json", is_flag=True, help="Print the snapshot as JSON.")
@click.pass_obj
def snapshot(obj: Context, symbol: str, session: str | None, as_json: bool) -> None:
    """Print the computed facts for one instrument."""
    from . import views

    pipeline = obj.pipeline()
    snap = pipeline.snapshot(symbol, pipeline.resolve_session(_session(session)))
    if pipeline.session_note:
        err.print(f"session {snap.session}: {pipeline.session_note}")
    if as_json:
        click.echo(snap.model_dump_json(indent=2))
    else:
        views.print_snapshot(out, snap)


@cli.command()
@click.argument("symbol")
@click.option("--session", help="Session date YYYY-MM-DD (default: newest in the data).")
@click.pass_obj
def write(obj: Context, symbol: str, session: str | None) -> None:
    """Write (or rewrite) one instrument's draft from stored news, without ingesting."""
    from . import views

    report = obj.pipeline().run(_session(session), [symbol], do_ingest=False)
    views.print_run(out, report, obj.settings.output.dir)
    if report.exit_code:
        sys.exit(report.exit_code)


@cli.command()
@click.argument("draft_id")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html", "json"]), default="text")
@click.pass_obj
def show(obj: Context, draft_id: str, fmt: str) -> None:
    """Show one draft: the article, its scores and the verifier's findings."""
    from . import views

    store = obj.pipeline().store
    draft = store.get_draft(draft_id)
    views.print_draft(out, draft, fmt)
    if fmt == "text":  # cited stories flagged for instruction-like text, for the reviewer
        cited = {source.item_id for source in draft.article.sources}
        views.print_flagged(out, [i for i in store.news_items() if i.item_id in cited],
                            "cited stories flagged")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--snapshot", "snapshot_path", required=True, type=click.Path(path_type=Path),
              help="Snapshot JSON: `newsdesk snapshot SYMBOL --json`, an article's .json, a draft.")
@click.option("--peer", "peer_paths", multiple=True, type=click.Path(path_type=Path),
              help="Another instrument's snapshot, for figures about it (repeatable).")
@click.option("--sources", "sources_path", type=click.Path(path_type=Path),
              help="News the article may cite: `newsdesk news --json`, or a list of {url, title, ...} "
                   "(default: the stored news for the snapshot's session).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.pass_obj
def check(obj: Context, article: Path, snapshot_path: Path, peer_paths: tuple[Path, ...],
          sources_path: Path | None, as_json: bool) -> None:
    """Check ARTICLE (Markdown, plain text, or article/draft JSON) against a snapshot.

    Every number, level, date and citation is traced to the snapshot, its peers and
    the sources; the snapshot's own consistency is checked too. Without --sources,
    the news stored for the snapshot's session is what the article may cite.

    Exit codes: 0 no error findings; 1 error findings; 2 bad input (a missing or
    malformed article, snapshot or sources file; the message names the file and field).
    """
    from . import views
    from .verify import inputs

    document = inputs.load_article(article)
    snap = inputs.load_snapshot(snapshot_path)
    peers = [inputs.load_snapshot(path).snapshot for path in peer_paths]
    instruments = obj.settings.instruments
    sources: list[NewsItem] | None
    if sources_path is None:
        sources = _stored_news(obj, snap.snapshot.session) or None
        if sources is None:
            err.print("note: no --sources and no stored news for the session: [n] resolution is "
                      "checked, ingestion and support of the sources are not, and a figure that matches "
                      "no computed fact is an error", markup=False)
    else:
        sources = inputs.load_sources(sources_path, instruments)
    result = inputs.check_inputs(document, snap, sources, inputs.instrument_infos(instruments), peers)
    if as_json:
        click.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    else:
        views.print_check(out, result)
    if result.errors:
        sys.exit(1)


NEWS_PAGE = 50


@cli.command()
@click.option("--session", help="Only the news a draft for this session reads (its lookback window).")
@click.option("--symbol", help="Only items tagged with this instrument.")
@click.option("--limit", type=click.IntRange(min=1),
              help=f"Stories per page (default: {NEWS_PAGE} in the table, all with --json).")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0),
              help="Skip this many stories (the footer names the next page's offset).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the items as JSON (usable as `newsdesk check --sources`).")
@click.pass_obj
def news(obj: Context, session: str | None, symbol: str | None, limit: int | None, offset: int,
         as_json: bool) -> None:
    """List stored news items, newest first, a page at a time."""
    from . import views

    settings = obj.settings
    tagged = settings.instrument(symbol).symbol if symbol else None
    day = _session(session)
    since, until = _news_window(obj, day)
    store = obj.store()
    shown = limit if limit is not None or as_json else NEWS_PAGE
    items = store.news_items(symbol=tagged, since=since, until=until, limit=shown, offset=offset)
    if as_json:
        print_json([item.model_dump(mode="json") for item in items])
        return
    total = store.count_news(symbol=tagged, since=since, until=until)
    views.print_news(out, items, total, offset)
    if items and (offset or len(items) < total):  # the heading said what an empty page is
        more = offset + len(items) < total
        command = "newsdesk news" + (f" --session {session}" if session else "") + (
            f" --symbol {symbol}" if symbol else "") + (f" --limit {limit}" if limit else "")
        out.print(f"stories {offset + 1}-{offset + len(items)} of {total}"
                  + (f"; next: {command} --offset {offset + len(items)}" if more else ""),
                  markup=False, highlight=False)


def _news_window(obj: Context, session: date | None) -> tuple[datetime | None, datetime | None]:
    """For a session, the window its drafts read news from (the ingest lookback); else all."""
    from .run import news_window

    if session is None:
        return None, None
    return news_window(session, obj.settings.ingest.lookback_days)


def _stored_news(obj: Context, session: date | None, symbol: str | None = None) -> list[NewsItem]:
    """Stored items; for a session, those its drafts read (the ingest lookback window)."""
    since, until = _news_window(obj, session)
    return obj.pipeline().store.news_items(symbol=symbol, since=since, until=until)


@cli.command()
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1),
              help="How many calls, newest first.")
@click.option("--symbol", help="Only calls for this instrument.")
@click.option("--run", "run_id", help="Only calls of this run id.")
@click.option("--json", "as_json", is_flag=True, help="Every column of every call, as a JSON array.")
@click.pass_obj
def calls(obj: Context, limit: int, symbol: str | None, run_id: str | None, as_json: bool) -> None:
    """List the model calls in the log: outcome, tokens, latency and cost."""
    from . import views

    store = obj.pipeline().store
    found = store.list_calls(limit=limit, symbol=symbol.upper() if symbol else None, run_id=run_id)
    if as_json:
        print_json([call.model_dump(mode="json") for call in found])
    else:
        views.print_calls(out, found)


# Commands in modules of their own (they import Context from here, so they come last).
from .cli_engine import schedule as _schedule  # noqa: E402
from .cli_engine import worker as _worker  # noqa: E402
from .cli_ingest import ingest as _ingest  # noqa: E402
from .cli_init import init_store as _init  # noqa: E402
from .cli_publish import publish as _publish  # noqa: E402
from .cli_publish import unpublish as _unpublish  # noqa: E402
from .cli_review import COMMANDS as REVIEW_COMMANDS  # noqa: E402
from .cli_runs import runs as _runs  # noqa: E402
from .cli_runs import skips as _skips  # noqa: E402
from .cli_scorecard import backfill as _backfill  # noqa: E402
from .cli_scorecard import scorecard as _scorecard  # noqa: E402

for _command in (_init, _ingest, _runs, _skips, _publish, _unpublish, _worker, _schedule,
                 _backfill, _scorecard, *REVIEW_COMMANDS):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="newsdesk", standalone_mode=False)
    except click.exceptions.Abort:
        err.print("interrupted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except NewsdeskError as exc:
        if os.environ.get("NEWSDESK_DEBUG") or "--debug" in (argv or sys.argv):
            raise
        err.print(f"newsdesk: {redact.installed().text(str(exc))}", markup=False, highlight=False,
                  soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
