"""Every instrument at once, for writers that check their own drafts (the model writer).

The event loop only waits on the model and the chart pool; the blocking parts
of an instrument (loading bars, the snapshot, scoring, the verifier, the store,
writing the files) run in worker threads so a finished request is followed by the next one at once.
At most `concurrency` instruments prepare at the same time, each until its
first request is on its way, so the first requests go out before the last
snapshot is computed; the writer's client bounds the requests in flight, and
each instrument's failure is caught into its own outcome: one never stops the
others.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date

from .config import InstrumentConfig
from .contracts import Draft, Snapshot
from .errors import NewsdeskError
from .llm.records import CallContext
from .run import InstrumentOutcome, Pipeline, Progress, fill_outcome
from .writers.checked import CheckedWriter

log = logging.getLogger(__name__)


async def write_concurrently(pipeline: Pipeline, writer: CheckedWriter, run_id: str,
                             instruments: list[InstrumentConfig], session: date,
                             notify: Progress) -> list[InstrumentOutcome]:
    outcomes = [InstrumentOutcome(symbol=inst.symbol, ok=False) for inst in instruments]
    preparing = asyncio.Semaphore(pipeline.settings.llm.concurrency)
    async with writer.session():
        await asyncio.gather(*(
            _instrument(pipeline, writer, run_id, inst, session, notify, outcome, preparing)
            for inst, outcome in zip(instruments, outcomes, strict=True)))
    return outcomes


async def _instrument(pipeline: Pipeline, writer: CheckedWriter, run_id: str, inst: InstrumentConfig,
                      session: date, notify: Progress, outcome: InstrumentOutcome,
                      preparing: asyncio.Semaphore) -> None:
    gate = _Gate(preparing)
    try:
        await gate.enter()
        notify(inst.symbol, "snapshot")
        snapshot = await asyncio.to_thread(_snapshot, pipeline, run_id, inst, session, outcome)
        notify(inst.symbol, "write")
        with pipeline.timed(run_id, "write", inst.symbol):
            draft, saved = await _write(pipeline, writer, run_id, inst, snapshot, outcome, gate.leave)
        notify(inst.symbol, "render")
        await _render(pipeline, run_id, inst, draft, outcome)
    except NewsdeskError as exc:
        pipeline.not_written(run_id, session, outcome, exc)
    except Exception as exc:  # a bug in one instrument's task must not stop the others
        outcome.reason = pipeline.redactor.text(f"internal error: {exc!r}")
        log.exception("%s failed", inst.symbol)
    else:
        fill_outcome(outcome, draft, saved)
    finally:
        gate.leave()
    notify(inst.symbol, "done")


class _Gate:
    """A semaphore permit that is given back once, whoever gives it back first."""

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self._semaphore, self._held = semaphore, False

    async def enter(self) -> None:
        await self._semaphore.acquire()
        self._held = True

    def leave(self) -> None:
        if self._held:
            self._held = False
            self._semaphore.release()


def _snapshot(pipeline: Pipeline, run_id: str, inst: InstrumentConfig, session: date,
              outcome: InstrumentOutcome) -> Snapshot:
    return pipeline.session_snapshots.get(inst.symbol, session, notes=outcome.notes)


async def _write(pipeline: Pipeline, writer: CheckedWriter, run_id: str, inst: InstrumentConfig,
                 snapshot: Snapshot, outcome: InstrumentOutcome,
                 asking: Callable[[], None]) -> tuple[Draft, str]:
    news, scores, brief = await asyncio.to_thread(pipeline.prepare, inst, snapshot)
    check = pipeline.checker(snapshot, scores, news)
    context = CallContext(run_id=run_id, symbol=inst.symbol,
                          draft_key=pipeline.draft_key(inst, snapshot, writer.name))
    written = await writer.write_checked(brief, check, context, asking=asking)
    if written.rounds > 1:
        outcome.notes.append(f"model rounds: {written.rounds}")
    return await asyncio.to_thread(pipeline.save, inst, snapshot, scores, written.article,
                                   written.findings, writer)


async def _render(pipeline: Pipeline, run_id: str, inst: InstrumentConfig, draft: Draft,
                  outcome: InstrumentOutcome) -> None:
    """The chart is awaited on the event loop, not in a worker thread: threads waiting for the
    chart pool would hold the threads the next instruments' snapshots and verifiers need."""
    with pipeline.timed(run_id, "render", inst.symbol):
        pending = await asyncio.to_thread(pipeline.start_render, draft, outcome.notes)
        if pending.drawing is not None:
            await asyncio.wait([asyncio.wrap_future(pending.drawing)])  # its error: finish_render's
        outcome.files = await asyncio.to_thread(pipeline.finish_render, pending)
