"""`newsdesk runs` and `newsdesk skips`: what past runs wrote, and what the data-quality gate refused."""

from __future__ import annotations

import click

from .cli_context import Context, out, print_json
from .cli_context import parse_session as _session
from .skips import CODES


@click.command()
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="How many runs, newest first.")
@click.option("--json", "as_json", is_flag=True, help="The runs with their full summaries, as a JSON array.")
@click.pass_obj
def runs(obj: Context, limit: int, as_json: bool) -> None:
    """List recent runs: status, and which instruments were written, skipped or failed."""
    from . import views
    from .views_engine import print_next_run

    records = obj.pipeline().store.list_runs(limit=limit)
    if as_json:
        print_json([record.model_dump(mode="json") for record in records])
    else:
        views.print_runs(out, records)
        from .engine.planning import SCHEDULE_NAME
        from .engine.runtime import schedule_registered

        print_next_run(out, obj.settings, scheduled=schedule_registered(obj.settings, SCHEDULE_NAME))


@click.command()
@click.option("--symbol", help="Only this instrument.")
@click.option("--code", type=click.Choice(sorted(CODES)), help="Only this reason code.")
@click.option("--session", help="Only runs for this session (YYYY-MM-DD).")
@click.option("--run", "run_id", help="Only this run (its id, or the 8-character prefix `runs` prints).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="The skips as a JSON array of objects.")
@click.pass_obj
def skips(obj: Context, symbol: str | None, code: str | None, session: str | None,
          run_id: str | None, limit: int, as_json: bool) -> None:
    """List instruments the data-quality gate refused, with the reason code and message."""
    from . import views

    store = obj.pipeline().store
    found = store.list_skips(run_id=run_id, symbol=symbol.upper() if symbol else None, code=code,
                             session=_session(session), limit=limit)
    if as_json:
        print_json([skip.model_dump(mode="json") for skip in found])
    else:
        views.print_skips(out, found)


skips.help = (skips.help or "") + "\n\nCodes: " + "; ".join(
    f"{code}: {meaning}" for code, meaning in CODES.items())
