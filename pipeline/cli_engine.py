"""`newsdesk worker` and `newsdesk schedule`: processes that take work from the engine's queues."""

from __future__ import annotations

import signal
import threading
from types import FrameType

import click

from .cli_context import Context, err


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return stop


@click.command()
@click.option("--id", "executor_id", help="This worker's executor id (default: host-pid). A worker "
              "restarted with the same id resumes its own unfinished work at once.")
@click.pass_obj
def worker(obj: Context, executor_id: str | None) -> None:
    """Take sessions, instruments, model calls and renders from the engine's queues until stopped.

    Workers on any number of machines share the queues when engine.database_url (and
    store.url) point at the same PostgreSQL database. A worker that dies is noticed by
    the others (engine.dead_after) and its unfinished work resumes at its last completed step.
    """
    from .engine.worker import serve

    settings = obj.settings
    err.print(f"worker on {settings.engine.database_url.split('@')[-1]}; stop with Ctrl-C", markup=False)
    serve(settings, executor_id, _stop_on_signals(), hand_over=True)


@click.command()
@click.option("--id", "executor_id", help="This worker's executor id (default: host-pid).")
@click.option("--off", is_flag=True, help="Remove the schedule from the engine's database and exit.")
@click.pass_obj
def schedule(obj: Context, executor_id: str | None, off: bool) -> None:
    """Run each session after its close on the exchange calendar, and work as a worker meanwhile.

    Sessions come from market.calendar (holidays skipped, early closes honoured); each runs
    schedule.after_close minutes after its close, once, however many processes run. The
    schedule is kept in the engine's database, so every worker fires it until `--off`.
    """
    from .engine.worker import serve
    from .views_engine import print_next_run

    settings = obj.settings
    if off:
        from .engine import runtime
        from .engine.planning import SCHEDULE_NAME

        client = runtime.client(settings)
        try:
            client.delete_schedule(SCHEDULE_NAME)
        finally:
            client.destroy()
        err.print("sessions are no longer scheduled", markup=False)
        return
    print_next_run(err, settings)
    serve(settings, executor_id, _stop_on_signals(), schedule=True, hand_over=True)

