"""The workflows: a session, its ingest, and per (instrument, session) a snapshot and the
article; each stage a step.

A step's result is recorded before the workflow goes on, so a workflow resumed on
another worker after a crash skips every completed step: a snapshot is not
recomputed, a model call is not repeated (each call is its own step inside the
conversation on the `newsdesk-model` queue), a draft is not stored twice. Stage
failures never escape a step: the step returns the instrument's not-written
outcome with its reason (as `Pipeline.run` records it), so nothing is retried by
the engine that the pipeline has already judged.

The session computes every instrument's snapshot first (`snapshot_workflow`, one per
instrument under a fixed id), then starts the articles: the finished snapshot
workflows are the run's fixed record of its snapshots, and an article's check reads
the peers it names from there (`RunPeers`, itself a recorded step), so a replayed
check sees the same peers whatever was stored in the meantime.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from dbos import DBOS, SetWorkflowID

from ..contracts import Article, Finding, Snapshot
from ..errors import NewsdeskError
from ..lifecycle import check_output_dir, failure_reason
from ..llm.records import CallContext
from ..market.calendar import SessionCalendar
from ..notify.send import notify_all
from ..run import InstrumentOutcome, Pipeline, RunReport, fill_outcome, summary_of
from ..writers import Brief
from ..writers.checked import CheckedWriter, Written
from . import planning
from .runtime import INSTRUMENTS, MODEL, RENDER, SESSIONS, current

log = logging.getLogger(__name__)
T = TypeVar("T")
Snapped = tuple[Snapshot, list[str]]
"""An instrument's snapshot and the notes of what it left out."""


@dataclass(frozen=True)
class Begun:
    run_id: str
    session: date
    note: str | None
    symbols: list[str]
    started: float


@dataclass(frozen=True)
class Ingested:
    news_new: int
    news_seen: int
    feeds_failed: list[str]


def _step(name: str, fn: Callable[..., T], *args: Any) -> T:
    return DBOS.run_step({"name": name}, fn, *args)


async def model_call_step(name: str, call: Callable[[], Awaitable[Any]]) -> Any:
    """One model call as a recorded step: a resumed conversation reads its answer back."""
    return await DBOS.run_step_async({"name": name}, call)


# -- the session ---------------------------------------------------------------------------

@DBOS.workflow(name="newsdesk.session")
def session_workflow(requested: date | None, symbols: list[str] | None, do_ingest: bool) -> RunReport:
    """The run: its row, the session's ingest, every instrument (on the instruments queue, so any
    worker takes them), then the index, the summary and the notifications."""
    begun = _step("begin", _begin, requested, symbols)
    report = RunReport(run_id=begun.run_id, session=begun.session, session_note=begun.note)
    feeds_failed: list[str] = []
    try:
        if do_ingest:
            ingested = DBOS.start_workflow(ingest_workflow, begun.run_id, begun.session).get_result()
            report.news_new, report.news_seen = ingested.news_new, ingested.news_seen
            feeds_failed = ingested.feeds_failed
        report.outcomes = _instruments(begun.run_id, begun.symbols, begun.session)
        report.seconds = _step("finish", _finish, report, begun.started, feeds_failed)
    except Exception as exc:
        _step("fail", _fail, report, begun.started, failure_reason(exc))
        raise
    _step("notify", _notify, report)
    return report


def _instruments(run_id: str, symbols: list[str], session: date) -> list[InstrumentOutcome]:
    """Every snapshot (on the instruments queue, so any worker takes them), and once all are
    recorded, the articles of those that have one; the outcomes in `symbols` order."""
    snapshots = []
    for symbol in symbols:
        with SetWorkflowID(snapshot_workflow_id(run_id, symbol)):
            snapshots.append(DBOS.enqueue_workflow(INSTRUMENTS, snapshot_workflow, run_id, symbol, session))
    snapped = [handle.get_result() for handle in snapshots]
    articles = {symbol: DBOS.enqueue_workflow(INSTRUMENTS, instrument_workflow, run_id, symbol, found)
                for symbol, found in zip(symbols, snapped, strict=True)
                if not isinstance(found, InstrumentOutcome)}
    return [found if isinstance(found, InstrumentOutcome) else articles[symbol].get_result()
            for symbol, found in zip(symbols, snapped, strict=True)]


def snapshot_workflow_id(run_id: str, symbol: str) -> str:
    """The fixed id of a run's snapshot workflow: where `RunPeers` finds the instrument's snapshot."""
    return f"newsdesk-snapshot-{run_id}-{symbol}"


def _begin(requested: date | None, symbols: list[str] | None) -> Begun:
    rt = current()
    pipeline = rt.new_pipeline()
    session = pipeline.resolve_session(requested)
    instruments = [i.symbol for i in pipeline._instruments(symbols)]
    if isinstance(pipeline.writer, CheckedWriter):
        pipeline.writer.check_ready()
    check_output_dir(rt.settings.output.dir, session.isoformat())
    run_id = rt.store.start_run(session)
    return Begun(run_id, session, pipeline.session_note, instruments, time.time())


def _finish(report: RunReport, started: float, feeds_failed: list[str]) -> float:
    """The index, and the run's row finished with its summary; the run's seconds."""
    pipeline = current().pipeline(report.run_id)
    if any(o.ok for o in report.outcomes):
        pipeline.write_session_index(report.session)
    report.seconds = time.time() - started
    pipeline.store.finish_run(report.run_id, report.status,
                              {**summary_of(report), "feeds_failed": feeds_failed})
    return report.seconds


def _fail(report: RunReport, started: float, reason: str) -> None:
    rt = current()
    report.seconds = time.time() - started
    rt.store.finish_run(report.run_id, "failed", {**summary_of(report), "error": rt.redactor.text(reason)})


def _notify(report: RunReport) -> list[str]:
    rt = current()
    return notify_all(rt.settings.notify, report, redactor=rt.redactor) if rt.settings.notify else []


@DBOS.workflow(name="newsdesk.ingest")
def ingest_workflow(run_id: str, session: date) -> Ingested:
    return _step("ingest", _ingest, run_id, session)


def _ingest(run_id: str, session: date) -> Ingested:
    pipeline = current().new_pipeline(ingest=True)
    report = RunReport(run_id=run_id, session=session)
    pipeline._ingest_stage(report, session, lambda _s, _t: None)
    failed = [f.feed_url for f in report.ingest.feeds if not f.ok] if report.ingest else []
    return Ingested(report.news_new, report.news_seen, failed)


# -- one instrument ------------------------------------------------------------------------

@DBOS.workflow(name="newsdesk.snapshot")
def snapshot_workflow(run_id: str, symbol: str, session: date) -> Snapped | InstrumentOutcome:
    """The instrument's snapshot for the run (its result is what the other articles' checks read)."""
    return _step("snapshot", _snapshot, run_id, symbol, session)


@DBOS.workflow(name="newsdesk.instrument")
def instrument_workflow(run_id: str, symbol: str, snapped: Snapped) -> InstrumentOutcome:
    snapshot, notes = snapped
    session = snapshot.session
    brief = _step("prepare", _prepare, run_id, symbol, snapshot, notes)
    if isinstance(brief, InstrumentOutcome):
        return brief
    if current().model_writes:
        written = DBOS.enqueue_workflow(MODEL, model_workflow, run_id, symbol, brief).get_result()
        if isinstance(written, InstrumentOutcome):
            written.notes[:0] = notes
            return written
        article, findings = written.article, written.findings
        if written.rounds > 1:
            notes = [*notes, f"model rounds: {written.rounds}"]
    else:
        drafted = _step("write", _write, run_id, symbol, brief, notes)
        if isinstance(drafted, InstrumentOutcome):
            return drafted
        article = drafted
        findings = _step("verify", _verify, run_id, symbol, brief, article)
    stored = _step("store", _store, run_id, symbol, brief, article, findings, notes)
    if not stored.ok:
        return stored
    rendered = DBOS.enqueue_workflow(RENDER, render_workflow, run_id, symbol, session,
                                     stored.draft_id or "").get_result()
    if isinstance(rendered, InstrumentOutcome):
        return rendered
    stored.files, stored.notes = rendered
    return stored


def _guarded(run_id: str, symbol: str, session: date, notes: list[str],
             work: Callable[[Pipeline, InstrumentOutcome], T]) -> T | InstrumentOutcome:
    """`work`'s result, or the instrument's not-written outcome with its reason (never raises)."""
    pipeline = current().pipeline(run_id)
    outcome = InstrumentOutcome(symbol=symbol, ok=False, notes=list(notes))
    try:
        return work(pipeline, outcome)
    except NewsdeskError as exc:
        pipeline.not_written(run_id, session, outcome, exc)
    except Exception as exc:  # a bug in one instrument must not stop the others
        outcome.reason = pipeline.redactor.text(f"internal error: {exc!r}")
        log.exception("%s failed", symbol)
    return outcome


def _snapshot(run_id: str, symbol: str, session: date) -> Snapped | InstrumentOutcome:
    def work(pipeline: Pipeline, outcome: InstrumentOutcome) -> tuple[Snapshot, list[str]]:
        with pipeline.timed(run_id, "snapshot", symbol):
            snap = pipeline.snapshot(symbol, session, notes=outcome.notes)
        return snap, outcome.notes
    return _guarded(run_id, symbol, session, [], work)


def _prepare(run_id: str, symbol: str, snapshot: Snapshot, notes: list[str]) -> Brief | InstrumentOutcome:
    def work(pipeline: Pipeline, _outcome: InstrumentOutcome) -> Brief:
        with pipeline.timed(run_id, "prepare", symbol):
            return pipeline.prepare(pipeline.settings.instrument(symbol), snapshot)[2]
    return _guarded(run_id, symbol, snapshot.session, notes, work)


def _write(run_id: str, symbol: str, brief: Brief, notes: list[str]) -> Article | InstrumentOutcome:
    def work(pipeline: Pipeline, _outcome: InstrumentOutcome) -> Article:
        writer = pipeline.writer
        if isinstance(writer, CheckedWriter):
            raise TypeError(f"writer {writer.name!r} writes through the model queue")
        with pipeline.timed(run_id, "write", symbol):
            return writer.write(brief)
    return _guarded(run_id, symbol, brief.snapshot.session, notes, work)


def _verify(run_id: str, symbol: str, brief: Brief, article: Article) -> list[Finding]:
    pipeline = current().pipeline(run_id)
    with pipeline.timed(run_id, "verify", symbol):
        return pipeline.checker(brief.snapshot, brief.scores, brief.news, RunPeers(run_id, pipeline))(article)


@dataclass(frozen=True)
class RunPeers:
    """The engine's peer lookup (`Pipeline.checker`): the snapshots of the configured instruments
    an article names, read in a recorded step `peers` (a replayed check gets the recorded ones).
    An instrument of the run is read from its finished snapshot workflow (all finish before any
    article is written); another from the session's newest stored draft, as in a plain run."""
    run_id: str
    pipeline: Pipeline

    def __call__(self, snapshot: Snapshot, named: Collection[str]) -> list[Snapshot]:
        wanted = self.pipeline.peer_symbols(snapshot.symbol, named)
        return _step("peers", _run_peers, self.run_id, snapshot.session, wanted) if wanted else []


def _run_peers(run_id: str, session: date, symbols: list[str]) -> list[Snapshot]:
    ids = {snapshot_workflow_id(run_id, symbol): symbol for symbol in symbols}
    found: dict[str, Snapshot] = {}
    ran = DBOS.list_workflows(workflow_ids=list(ids), load_input=False)  # one query for all
    for status in ran:
        # finished (the session waits for every snapshot before any article), else waited for
        recorded = status.output if status.status == "SUCCESS" else DBOS.get_result(status.workflow_id)
        if isinstance(recorded, tuple):  # else the instrument was skipped or failed: no peer
            found[ids[status.workflow_id]] = recorded[0]
    in_run = {ids[status.workflow_id] for status in ran}
    others = [symbol for symbol in symbols if symbol not in in_run]
    if others:  # configured, not in this run: the session's newest stored drafts, as in a plain run
        found.update((s.symbol, s) for s in current().pipeline(run_id).stored_snapshots(session, others))
    return [found[s] for s in symbols if s in found]


def _store(run_id: str, symbol: str, brief: Brief, article: Article, findings: list[Finding],
           notes: list[str]) -> InstrumentOutcome:
    """The draft saved (a second save of the same content is `unchanged`, never a second draft)."""
    def work(pipeline: Pipeline, outcome: InstrumentOutcome) -> InstrumentOutcome:
        inst = pipeline.settings.instrument(symbol)
        with pipeline.timed(run_id, "store", symbol):
            draft, saved = pipeline.save(inst, brief.snapshot, brief.scores, article, findings,
                                         pipeline.writer)
        fill_outcome(outcome, draft, saved)
        return outcome
    return _guarded(run_id, symbol, brief.snapshot.session, notes, work)


@DBOS.workflow(name="newsdesk.render")
def render_workflow(run_id: str, symbol: str, session: date,
                    draft_id: str) -> tuple[list[Any], list[str]] | InstrumentOutcome:
    return _step("render", _render, run_id, symbol, session, draft_id)


def _render(run_id: str, symbol: str, session: date,
            draft_id: str) -> tuple[list[Any], list[str]] | InstrumentOutcome:
    def work(pipeline: Pipeline, outcome: InstrumentOutcome) -> tuple[list[Any], list[str]]:
        with pipeline.timed(run_id, "render", symbol):
            files = pipeline.render(pipeline.store.get_draft(draft_id), notes=outcome.notes)
        return files, outcome.notes
    return _guarded(run_id, symbol, session, [], work)


@DBOS.workflow(name="newsdesk.model")
def model_workflow(run_id: str, symbol: str, brief: Brief) -> Written | InstrumentOutcome:
    """The model conversation; each call a step, the verifier between rounds (pure, replayed)."""
    rt = current()
    pipeline = rt.pipeline(run_id)
    writer = rt.model_writer()
    inst = rt.settings.instrument(symbol)
    check = pipeline.checker(brief.snapshot, brief.scores, brief.news, RunPeers(run_id, pipeline))
    context = CallContext(run_id=run_id, symbol=symbol,
                          draft_key=pipeline.draft_key(inst, brief.snapshot, writer.name))

    async def converse() -> Written:
        async with writer.session():
            with pipeline.timed(run_id, "write", symbol):
                return await writer.write_checked(brief, check, context)

    try:
        return asyncio.run(converse())
    except NewsdeskError as exc:
        outcome = InstrumentOutcome(symbol=symbol, ok=False)
        pipeline.not_written(run_id, brief.snapshot.session, outcome, exc)
        return outcome


# -- the schedule --------------------------------------------------------------------------

SCHEDULE_NAME = planning.SCHEDULE_NAME


@DBOS.workflow(name="newsdesk.schedule_tick")
def schedule_tick(scheduled_at: datetime, _context: Any) -> None:
    """Every tick: run the session now due after its close, once (a fixed workflow id per session)."""
    due = _step("due", _due, scheduled_at)
    if due is None:
        return
    with SetWorkflowID(planning.scheduled_workflow_id(due)):
        DBOS.enqueue_workflow(SESSIONS, session_workflow, due, None, current().settings.schedule.ingest)


def _due(at: datetime) -> date | None:
    settings = current().settings
    calendar = SessionCalendar(settings.market.calendar or "XNYS", settings.market.timezone)
    return planning.due_session(calendar, at, settings.schedule.after_close)
