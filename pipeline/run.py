"""The batch: every stage for the configured instruments on one session.

`Pipeline` holds the injected edges (store, fetcher, market data, writer) and
runs the pure stages between them. One instrument's failure is recorded with
its reason and never stops the others; nothing already stored is lost.

A writer that checks its own drafts (the model writer) runs every instrument
at once under asyncio: its client bounds the requests in flight, and each
instrument's task catches its own failure into the report.

Once a run has started, any error that ends it finishes its row as `failed`
with a one-line reason (`finishing`); an output folder that cannot be written
stops it before any instrument (exit 2). Every reason is redacted
(`pipeline.redact`) before it is reported, logged or stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .config import InstrumentConfig, Settings
from .contracts import (
    Article,
    Draft,
    DraftStatus,
    Finding,
    IngestResult,
    NewsItem,
    PriceHistory,
    Scores,
    Severity,
    Snapshot,
)
from .contracts.chart import ChartData
from .errors import ChartError, DataError, NewsdeskError, QualityRefusal
from .indicators import build_snapshot
from .indicators.events import EVENT_HORIZON_DAYS
from .ingest import Fetcher, ingest
from .ingest.addresses import linkable
from .ingest.limits import loopback_allowed
from .lifecycle import check_output_dir, failure_reason, writing_output
from .market import MarketData, SessionChoice
from .market.checks import cross_check_lines, tracking_disagreement
from .market.context import with_market_context
from .market.quality import check_history
from .outputs import write_session_index
from .redact import Redactor, installed
from .render import article_slug, render_markdown, write_article_files
from .render.chart_data import build_chart_data
from .render.chart_pool import ChartPool, default_workers
from .render.files import ChartImages, chart_is_current, chart_paths, chart_stamp
from .scorecard import calls_from_snapshot
from .scorecard.track_record import first_session, track_record
from .scoring import score_snapshot
from .session_snapshots import SessionSnapshots
from .skips import QualityIssue, skip_reasons
from .store import Store, new_draft_id
from .stories import digest, select_stories
from .verify import InstrumentInfo, VerifyContext, check_article
from .verify.subjects import Lexicon, build_lexicon
from .writers import Brief, Writer
from .writers.checked import Check, CheckedWriter

log = logging.getLogger(__name__)

Progress = Callable[[str, str], None]
PeerLookup = Callable[[Snapshot, Collection[str]], list[Snapshot]]
"""(the article's snapshot, the symbols its text names) -> the peer snapshots to check against."""
EXIT_HELD_FOR_REVIEW = 8
EXIT_WRITER_FAILED = 9


@dataclass
class InstrumentOutcome:
    symbol: str
    ok: bool
    reason: str | None = None
    draft_id: str | None = None
    status: str | None = None
    saved: str | None = None
    errors: int = 0
    warnings: int = 0
    pulse: int | None = None
    bias: str | None = None
    threat: int | None = None
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skip_reasons: list[QualityIssue] = field(default_factory=list)
    """(code, message) per data-quality refusal; non-empty means the instrument was skipped."""

    @property
    def result(self) -> str:
        """'written', 'skipped' (the data-quality gate refused its data) or 'failed'."""
        if self.ok:
            return "written"
        return "skipped" if self.skip_reasons else "failed"

    @property
    def skip_code(self) -> str | None:
        return str(self.skip_reasons[0].code) if self.skip_reasons else None


@dataclass
class RunReport:
    run_id: str
    session: date
    ingest: IngestResult | None = None
    news_new: int = 0
    news_seen: int = 0
    outcomes: list[InstrumentOutcome] = field(default_factory=list)
    seconds: float = 0.0
    session_note: str | None = None
    """Why the run is about this session when it is not simply the date asked for."""

    @property
    def failed(self) -> list[InstrumentOutcome]:
        """Every instrument not written: skipped by the data-quality gate or failed."""
        return [o for o in self.outcomes if not o.ok]

    @property
    def skipped(self) -> list[InstrumentOutcome]:
        return [o for o in self.outcomes if o.result == "skipped"]

    @property
    def status(self) -> str:
        if not self.failed:
            return "ok"
        return "failed" if len(self.failed) == len(self.outcomes) else "partial"

    @property
    def held(self) -> list[InstrumentOutcome]:
        """Written, but stored as needs_review: the verifier found errors in the draft."""
        return [o for o in self.outcomes if o.ok and o.errors]

    @property
    def exit_code(self) -> int:
        """0 all written clean; 8 all written, some held for review; 1 some not written;
        3 none written, the data refused; 9 none written, the writer (model) failed."""
        if self.status == "failed":
            return EXIT_WRITER_FAILED if any(o.result == "failed" for o in self.outcomes) else 3
        if self.status == "partial":
            return 1
        return EXIT_HELD_FOR_REVIEW if self.held else 0


class Pipeline:
    def __init__(self, settings: Settings, store: Store, market: MarketData,
                 writer: Writer | CheckedWriter, fetcher: Fetcher | None = None,
                 clock: Callable[[], datetime] | None = None, redactor: Redactor | None = None) -> None:
        self.settings = settings
        self.store = store
        self.redactor = redactor if redactor is not None else installed()  # the process's
        self.market = market
        self.writer = writer
        self.fetcher = fetcher
        self.clock = clock or (lambda: datetime.now(UTC))
        self._histories: dict[str, PriceHistory | DataError] = {}
        self._checked: dict[tuple[str, date, date], list[QualityIssue]] = {}
        self._check_notes: dict[tuple[str, date, date], list[str]] = {}
        """Per checked symbol: sources passed over, cross-checks that could not be made."""
        self._cross_issues: dict[tuple[str, date, date], list[QualityIssue]] = {}
        self._calendar_facts: dict[date, tuple[str, list[date]]] = {}
        self._infos: list[InstrumentInfo] | None = None
        self._names: dict[str, str] | None = None
        self.session_note: str | None = None
        self.chart_pool: ChartPool | None = None
        """Draws the charts in worker processes while the run goes on (`use_chart_pool`)."""
        self.session_snapshots = SessionSnapshots(self._timed_snapshot)
        """The run's snapshots, shared by each instrument's stage and the other articles' verifier."""
        self._run_id: str | None = None
        self._run_symbols: tuple[str, ...] = ()
        self._stored_peers: dict[date, dict[str, Snapshot | None]] = {}

    # -- session -------------------------------------------------------------
    def resolve_session(self, requested: date | None) -> date:
        """The session the run is about; `session_note` says why when it is not the date asked for.

        With an exchange calendar, an explicit date the exchange was closed
        becomes the last session before it. Without a date, a live source
        (HTTP) uses the newest session closed at the clock's time; CSV files
        use the newest session any covered instrument has.
        """
        choice = self._choose_session(requested)
        self.session_note = choice.reason or None
        if choice.reason:
            log.info("session %s: %s", choice.session, choice.reason)
        return choice.session

    def _choose_session(self, requested: date | None) -> SessionChoice:
        calendar = self.market.calendar
        if requested is not None:
            return calendar.resolve(requested) if calendar else SessionChoice(requested)
        if self.market.live and calendar is not None:
            return calendar.last_closed(self.clock())
        last = [h.last_session for h in (self._history_or_none(i.symbol)
                                          for i in self.settings.covered()) if h and h.last_session]
        if not last:
            raise DataError("no market data for any covered instrument "
                            f"(looked in {self.settings.market.csv_dir})")
        return SessionChoice(max(last))

    # -- stages --------------------------------------------------------------
    def run(self, session: date | None = None, symbols: Sequence[str] | None = None,
            do_ingest: bool = True, progress: Progress | None = None) -> RunReport:
        started = time.perf_counter()
        session = self.resolve_session(session)
        instruments = self._instruments(symbols)
        if isinstance(self.writer, CheckedWriter):
            self.writer.check_ready()
        report = RunReport(run_id=self.store.start_run(session), session=session,
                           session_note=self.session_note)
        self._run_id, self._run_symbols = report.run_id, tuple(i.symbol for i in instruments)
        self.session_snapshots = SessionSnapshots(self._timed_snapshot)
        self._stored_peers = {}
        try:
            with self.finishing(report, started), self.charts_for(len(instruments)):
                check_output_dir(self.settings.output.dir, session.isoformat())
                self._stages(report, instruments, do_ingest, progress or (lambda _symbol, _stage: None))
                report.seconds = time.perf_counter() - started
                self.store.finish_run(report.run_id, report.status, summary_of(report))
        finally:
            self._run_id, self._run_symbols, self._stored_peers = None, (), {}
        return report

    def _stages(self, report: RunReport, instruments: list[InstrumentConfig], do_ingest: bool,
                notify: Progress) -> None:
        session = report.session
        if do_ingest and self.fetcher is not None:
            self._ingest_stage(report, session, notify)
        if isinstance(self.writer, CheckedWriter):
            from .concurrent import write_concurrently
            report.outcomes += asyncio.run(write_concurrently(
                self, self.writer, report.run_id, instruments, session, notify))
        else:
            rendering: deque[_Rendering] = deque()
            for inst in instruments:
                report.outcomes.append(self._instrument_stage(report.run_id, inst, session, notify,
                                                              rendering))
                while rendering and (len(rendering) > RENDERS_AHEAD or rendering[0].ready()):
                    self._finish_instrument(report.run_id, session, rendering.popleft())
            while rendering:
                self._finish_instrument(report.run_id, session, rendering.popleft())
        if any(o.ok for o in report.outcomes):
            self.write_session_index(session)

    def ingest_only(self, session: date | None = None, progress: Progress | None = None) -> RunReport:
        started = time.perf_counter()
        session = self.resolve_session(session)
        report = RunReport(run_id=self.store.start_run(session), session=session,
                           session_note=self.session_note)
        with self.finishing(report, started):
            self._ingest_stage(report, session, progress or (lambda _s, _t: None))
            report.seconds = time.perf_counter() - started
            self.store.finish_run(report.run_id, "ok", summary_of(report))
        return report

    @contextmanager
    def finishing(self, report: RunReport, started: float) -> Iterator[None]:
        """Any error inside finishes the started run as failed with a one-line reason, then goes on up."""
        try:
            yield
        except BaseException as exc:
            report.seconds = time.perf_counter() - started
            reason = self.redactor.text(failure_reason(exc))
            try:
                self.store.finish_run(report.run_id, "failed", {**summary_of(report), "error": reason})
            except NewsdeskError as unrecorded:
                log.error("run %s could not be recorded as failed: %s", report.run_id, unrecorded)
            raise

    def _ingest_stage(self, report: RunReport, session: date, notify: Progress) -> None:
        if self.fetcher is None:
            return
        notify("*", "ingest")
        with self.timed(report.run_id, "ingest"):
            result = ingest(self.settings, self.fetcher, now=self.clock(), session=session,
                            feed_state=self.store.feed_states())
            upsert = self.store.upsert_news(result.items)
            self.store.save_feed_states(result.feeds)  # after the items: see store.feed_state
        report.ingest, report.news_new, report.news_seen = result, upsert.new, upsert.seen

    def _instrument_stage(self, run_id: str, inst: InstrumentConfig, session: date,
                          notify: Progress, rendering: deque[_Rendering] | None = None) -> InstrumentOutcome:
        """Every stage for one instrument; with `rendering`, the render stage is started (its
        chart handed to the chart pool) and queued there for `_finish_instrument`."""
        outcome = InstrumentOutcome(symbol=inst.symbol, ok=False)
        try:
            notify(inst.symbol, "snapshot")
            snapshot = self.session_snapshots.get(inst.symbol, session, notes=outcome.notes)
            notify(inst.symbol, "write")
            with self.timed(run_id, "write", inst.symbol):
                draft, saved = self._write_and_store(inst, snapshot)
            notify(inst.symbol, "render")
            pending = self.start_render(draft, notes=outcome.notes)
        except NewsdeskError as exc:
            self.not_written(run_id, session, outcome, exc)
            return outcome
        job = _Rendering(outcome, draft, saved, pending)
        if rendering is None:
            self._finish_instrument(run_id, session, job)
        else:
            rendering.append(job)
        return outcome

    def _finish_instrument(self, run_id: str, session: date, job: _Rendering) -> None:
        outcome = job.outcome
        try:
            with self.timed(run_id, "render", outcome.symbol):
                outcome.files = self.finish_render(job.pending)
        except NewsdeskError as exc:
            self.not_written(run_id, session, outcome, exc)
            return
        fill_outcome(outcome, job.draft, job.saved)

    def not_written(self, run_id: str, session: date, outcome: InstrumentOutcome,
                    exc: NewsdeskError) -> None:
        """Record why an instrument was not written (redacted); a market-data refusal is a named skip."""
        outcome.reason = self.redactor.text(str(exc))
        if isinstance(exc, DataError):
            outcome.skip_reasons = [QualityIssue(code, self.redactor.text(message))
                                    for code, message in skip_reasons(exc)]
            self.store.record_skips(run_id, session, outcome.symbol, outcome.skip_reasons)
            log.warning("%s skipped (%s): %s", outcome.symbol, outcome.skip_code, outcome.reason)
        else:
            log.warning("%s failed: %s", outcome.symbol, outcome.reason)

    def _timed_snapshot(self, symbol: str, session: date, notes: list[str]) -> Snapshot:
        if self._run_id is None:
            return self.snapshot(symbol, session, notes=notes)
        with self.timed(self._run_id, "snapshot", symbol):
            return self.snapshot(symbol, session, notes=notes)

    def snapshot(self, symbol: str, session: date, notes: list[str] | None = None) -> Snapshot:
        """The instrument's facts; why a peer, a gauge or the options were left out goes to `notes`
        and the snapshot's `missing`, redacted (a provider's error may echo its key). What the
        data checks said (sources passed over, checks not made, gauges refused) goes to `notes`
        too and stays with the snapshot as `data_notes`, for the reviewer."""
        found: list[str] = []
        checks: list[str] = []
        snap = self._snapshot(symbol, session, found, checks)
        if notes is not None:
            notes += self.redactor.value([*checks, *found])
        return snap.model_copy(update={"missing": self.redactor.value(snap.missing),
                                       "data_notes": self.redactor.value(checks)})

    def _snapshot(self, symbol: str, session: date, notes: list[str], checks: list[str]) -> Snapshot:
        inst = self.settings.instrument(symbol)
        history = self._checked_history(inst.symbol, session)
        checks += self._check_notes.get(self._check_key(inst.symbol, session), [])
        related = {}
        for rel_symbol in inst.related_symbols():
            try:
                related[rel_symbol] = (self.settings.instrument(rel_symbol),
                                       self._checked_history(rel_symbol, session))
            except DataError as exc:
                crossed = cross_check_lines(rel_symbol, exc.reasons)
                if not crossed:
                    notes.append(f"{rel_symbol} left out: {exc}")
                checks += [line for line in crossed if line not in checks]
        self._check_tracking(inst, history, related, session)
        chain = self.market.load_chain(inst.symbol, session, notes)
        if session not in self._calendar_facts:  # the same for every instrument of the session
            self._calendar_facts[session] = (self._close_time(session), self._holidays_after(session))
        close_time, holidays = self._calendar_facts[session]
        snap = build_snapshot(history, inst, related, session, chain=chain,
                              events=self.settings.events, timezone=self.settings.market.timezone,
                              close_time=close_time, holidays=holidays)
        served = {symbol: peer.provider for symbol, (_, peer) in related.items()}

        def gauge_bars(symbol: str) -> PriceHistory:
            served[symbol] = (bars := self._gauge_history(symbol, session, checks)).provider
            return bars

        snap = with_market_context(self._with_track_record(snap, history), self.market.macro, history,
                                   gauge_bars, notes)
        others = {symbol: source for symbol, source in served.items() if source != history.provider}
        return snap.model_copy(update={"other_providers": others}) if others else snap

    def _with_track_record(self, snap: Snapshot, history: PriceHistory) -> Snapshot:
        """The desk's graded calls before the session (`writer.track_record`, off by default):
        the stored calls of the last `track_record_sessions` sessions, graded with bars up to
        the session only."""
        w = self.settings.writer
        if not w.track_record:
            return snap
        first = first_session(history.bars, snap.session, w.track_record_sessions)
        calls = self.store.session_calls(snap.symbol, first) if first is not None else []
        return snap.model_copy(update={"track_record": track_record(
            calls, history.bars, snap.session, w.track_record_sessions)})

    def _check_tracking(self, inst: InstrumentConfig, history: PriceHistory,
                        related: dict[str, tuple[InstrumentConfig, PriceHistory]], session: date) -> None:
        """An ETF whose day move its index's contradicts is refused (`etf-index-mismatch`)."""
        if not self.market.checks.tracking_check or inst.kind != "etf" or inst.index not in related:
            return
        issues = tracking_disagreement(history, related[inst.index][1], session)
        if issues:
            raise QualityRefusal(issues)

    def _holidays_after(self, session: date) -> list[date]:
        """Exchange holidays in the events horizon, so "sessions until" skips them."""
        calendar = self.market.calendar
        if calendar is None:
            return []
        return calendar.holidays_between(session, session + timedelta(days=EVENT_HORIZON_DAYS))

    def _close_time(self, session: date) -> str:
        """The configured close, or the calendar's (13:00 on an early-close day)."""
        calendar = self.market.calendar
        if calendar is None or not calendar.is_session(session):
            return self.settings.market.close_time
        return f"{calendar.close_at(session):%H:%M}"

    def _gauge_history(self, symbol: str, session: date, notes: list[str]) -> PriceHistory:
        """A gauge's bars, refused when its close disagrees with its official series or a second source."""
        loaded = self._load(symbol)
        if isinstance(loaded, DataError):
            raise loaded
        issues = self._cross_checked(loaded, session)
        key = self._check_key(symbol, session)
        notes += [note for note in self._check_notes.get(key, []) if note not in notes]
        if issues:
            notes += [line for line in cross_check_lines(symbol, issues) if line not in notes]
            raise QualityRefusal(issues)
        return loaded

    def _load(self, symbol: str) -> PriceHistory | DataError:
        """Each symbol's file is read once per pipeline; a refusal is remembered too."""
        if symbol not in self._histories:
            try:
                self._histories[symbol] = self.market.load_history(symbol)
            except DataError as exc:
                self._histories[symbol] = exc
        return self._histories[symbol]

    def _check_key(self, symbol: str, session: date) -> tuple[str, date, date]:
        return (symbol, session, self.clock().date())

    def _checked_history(self, symbol: str, session: date) -> PriceHistory:
        cached = self._load(symbol)
        if isinstance(cached, DataError):
            raise QualityRefusal(skip_reasons(cached))
        key = self._check_key(symbol, session)
        if key not in self._checked:  # once per symbol: it is checked as an instrument and as a peer
            m = self.settings.market
            calendar = self.market.calendar
            self._checked[key] = check_history(
                cached, session, min_sessions=m.min_sessions, max_staleness_days=m.max_staleness_days,
                today=key[2], sessions_after=calendar.sessions_after if calendar else None)
            if not self._checked[key]:
                self._checked[key] = self._cross_checked(cached, session)
        reasons = self._checked[key]
        if reasons:
            raise QualityRefusal(reasons)
        return cached

    def _cross_checked(self, history: PriceHistory, session: date) -> list[QualityIssue]:
        """Second-source and official-series checks, once per symbol and session (notes kept)."""
        key = self._check_key(history.symbol, session)
        if key not in self._check_notes:
            notes = self.redactor.value(self.market.passed_over(history.symbol))
            issues = self.market.cross_check(history, session, notes)
            self._check_notes[key] = self.redactor.value(notes)
            self._cross_issues[key] = issues
        return self._cross_issues[key]

    def _history_or_none(self, symbol: str) -> PriceHistory | None:
        loaded = self._load(symbol)
        return None if isinstance(loaded, DataError) else loaded

    def news_for(self, inst: InstrumentConfig, snapshot: Snapshot) -> list[NewsItem]:
        """The stories the article on `snapshot` cites: `stories.select_stories` over the session's window."""
        since, end = news_window(snapshot.session, self.settings.ingest.lookback_days)
        allow = loopback_allowed()  # a story is cited only at a URL the fetcher would fetch
        items = [item for item in self.store.news_items(since=since, until=end)
                 if linkable(item.url, allow_loopback=allow)]
        return select_stories(items, inst, snapshot, self.settings.writer.max_sources)

    def _write_and_store(self, inst: InstrumentConfig, snapshot: Snapshot) -> tuple[Draft, str]:
        writer = self.writer
        if isinstance(writer, CheckedWriter):
            raise TypeError(f"writer {writer.name!r} runs only through Pipeline.run")
        news, scores, brief = self.prepare(inst, snapshot)
        article = writer.write(brief)
        findings = self.checker(snapshot, scores, news)(article)
        return self.save(inst, snapshot, scores, article, findings, writer)

    def prepare(self, inst: InstrumentConfig,
                 snapshot: Snapshot) -> tuple[list[NewsItem], Scores, Brief]:
        news = self.news_for(inst, snapshot)
        scores = score_snapshot(snapshot, news)
        return news, scores, self._brief(inst, snapshot, scores, news)

    def checker(self, snapshot: Snapshot, scores: Scores, news: list[NewsItem],
                peers: PeerLookup | None = None) -> Check:
        """The verifier bound to this instrument's data and that of the peers the article names
        (`named_symbols`), found by `peers` (default `peers_for`; the engine passes its recorded
        lookup, `engine.workflows.RunPeers`); built at the first check (in the model writer's
        worker thread, not on its event loop), again only when a repair names other peers."""
        contexts: dict[frozenset[str], VerifyContext] = {}
        names: list[Lexicon] = []
        lookup = peers or self.peers_for

        def check(article: Article) -> list[Finding]:
            if not names:
                names.append(build_lexicon(snapshot, (), self._instrument_infos()))
            markdown = render_markdown(article)  # read for the named peers
            peers = lookup(snapshot, named_symbols(article, names[0], markdown))
            key = frozenset(p.symbol for p in peers)
            if key not in contexts:
                contexts[key] = VerifyContext.build(snapshot, scores, peers=peers, sources=news,
                                                    instruments=self._instrument_infos())
            return check_article(article, contexts[key])  # built from the article: its rows' fields
        return check

    def peer_symbols(self, own: str, named: Collection[str] | None = None) -> list[str]:
        """The configured instruments but `own` (those in `named` only, when given), in config order."""
        return [i.symbol for i in self.settings.instruments
                if i.symbol != own and (named is None or i.symbol in named)]

    def peers_for(self, snapshot: Snapshot, named: Collection[str] | None = None) -> list[Snapshot]:
        """The snapshots of the session's other configured instruments (those in `named` only,
        when given), so a figure about QQQ in IWM's article is checked against QQQ's data: those
        of the run's instruments from the run (each computed once, see `SessionSnapshots`), the
        others from the session's stored drafts (`newsdesk write SYMBOL`, `newsdesk edit`); an
        instrument with neither is left out."""
        session, own = snapshot.session, snapshot.symbol
        wanted = self.peer_symbols(own, named)
        peers = self.session_snapshots.peers([s for s in wanted if s in self._run_symbols], session, own)
        others = [s for s in wanted if s not in self._run_symbols]
        if others:
            peers += self.stored_snapshots(session, others)
        return peers

    def stored_snapshots(self, session: date, symbols: list[str]) -> list[Snapshot]:
        """The snapshots of the newest stored drafts of `session` for `symbols`; each draft read
        once per run, at every call outside one (a reviewer's edits come hours apart)."""
        known = self._stored_peers.setdefault(session, {}) if self._run_id is not None else {}
        missing = [s for s in symbols if s not in known]
        for symbol in missing:  # the session's drafts of that symbol only (a few, whatever the run's size)
            found = max(self.store.list_drafts(session=session, symbol=symbol),
                        key=lambda row: row.updated_at, default=None)
            known[symbol] = None if found is None else self.store.get_draft(found.draft_id).snapshot
        return [snap for s in symbols if (snap := known[s]) is not None]

    @staticmethod
    def draft_key(inst: InstrumentConfig, snapshot: Snapshot, writer: str) -> str:
        return f"{inst.symbol}:{snapshot.session}:{writer}"

    def save(self, inst: InstrumentConfig, snapshot: Snapshot, scores: Scores, article: Article,
              findings: list[Finding], writer: Writer | CheckedWriter) -> tuple[Draft, str]:
        status = (DraftStatus.NEEDS_REVIEW if any(f.severity == Severity.ERROR for f in findings)
                  else DraftStatus.DRAFT)
        now = self.clock()
        draft = Draft(draft_id=new_draft_id(), key=self.draft_key(inst, snapshot, writer.name),
                      version=1, status=status, writer=writer.name,
                      prompt_version=writer.prompt_version, article=article, snapshot=snapshot,
                      scores=scores, findings=findings, content_hash=content_hash(article, findings),
                      created_at=now, updated_at=now)
        outcome = self.store.save_draft(draft)
        self.store.save_session_calls([calls_from_snapshot(snapshot, scores, "article")])
        stored = self.store.get_draft(outcome.draft_id)
        return stored, outcome.outcome

    def _brief(self, inst: InstrumentConfig, snapshot: Snapshot, scores: Scores,
               news: list[NewsItem]) -> Brief:
        w = self.settings.writer
        index = self.settings.instrument(inst.index) if inst.index else None
        names = self._related_names()
        stories = [digest(item, snapshot, inst.aliases) for item in news]
        return Brief(snapshot=snapshot, scores=scores, news=news, stories=stories,
                     short_name=inst.display_name, aliases=inst.aliases, sectors=inst.sectors,
                     index_name=index.name if index else None, related_names=names,
                     tags=inst.tags, desk=w.desk, byline=w.byline, ai_label=w.ai_label,
                     include_setups=w.include_setups, csv_source=w.csv_source)

    def _instrument_infos(self) -> list[InstrumentInfo]:
        """Made once per pipeline (it was made again for every instrument: a cost growing with
        the number of instruments)."""
        if self._infos is None:
            self._infos = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
                           for i in self.settings.instruments]
        return self._infos

    def _related_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = {i.symbol: i.short_name or i.name for i in self.settings.instruments}
        return self._names

    def render(self, draft: Draft, notes: list[str] | None = None) -> list[Path]:
        """The article files, and its chart when `output.chart` is on; chart trouble goes to `notes`."""
        return self.finish_render(self.start_render(draft, notes))

    def start_render(self, draft: Draft, notes: list[str] | None = None) -> PendingRender:
        """The render stage's first half: the chart's data, handed to the chart pool when there
        is one and the chart's files are not already current."""
        out = self.settings.output
        notes = notes if notes is not None else []
        chart = self.chart_data(draft.snapshot, notes) if out.chart else None
        drawing = None
        if chart is not None and self.chart_pool is not None:
            paths = chart_paths(out.dir / draft.article.session.isoformat(), article_slug(draft.article),
                                out.chart_svg)
            stamp = chart_stamp(chart, out.chart_svg)
            if not chart_is_current(paths, stamp):
                drawing = self.chart_pool.submit(chart, out.chart_svg, stamp)
        return PendingRender(draft, notes, chart, drawing)

    def finish_render(self, pending: PendingRender) -> list[Path]:
        """The render stage's second half: waits for the chart, writes it and the article files."""
        out, draft = self.settings.output, pending.draft
        with writing_output(out.dir):
            return write_article_files(draft.article, out.dir, out.formats, snapshot=draft.snapshot,
                                       scores=draft.scores, findings=draft.findings, chart=pending.chart,
                                       chart_svg=out.chart_svg, drawing=pending.drawing,
                                       warnings=pending.notes, status=draft.status)

    @contextmanager
    def charts_for(self, instruments: int) -> Iterator[None]:
        """A chart pool for a run of `instruments` when `use_chart_pool` says so, closed after it."""
        if self.chart_pool is not None or not use_chart_pool(self.settings, instruments):
            yield
            return
        workers = self.settings.output.chart_workers
        self.chart_pool = ChartPool(workers if workers else default_workers())
        self.chart_pool.start()  # its imports overlap the first snapshots
        try:
            yield
        finally:
            pool, self.chart_pool = self.chart_pool, None
            pool.close()

    def chart_data(self, snapshot: Snapshot, notes: list[str]) -> ChartData | None:
        """What the chart draws, from the history the snapshot was built on; None with a note."""
        history = self._history_or_none(snapshot.symbol)
        try:
            if history is None:
                raise ChartError(f"{snapshot.symbol}: no price history held for the chart")
            return build_chart_data(history, snapshot)
        except ChartError as exc:
            notes.append(f"chart not drawn: {exc}")
            return None

    def write_session_index(self, session: date) -> None:
        """`index.md` and `index.html` of the session's folder, listing its stored drafts."""
        write_session_index(self.store, self.settings.output, session)

    def _instruments(self, symbols: Sequence[str] | None) -> list[InstrumentConfig]:
        if not symbols:
            return self.settings.covered()
        return [self.settings.instrument(s) for s in symbols]

    @contextmanager
    def timed(self, run_id: str, stage: str, symbol: str | None = None) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except Exception as exc:
            self.store.record_stage(run_id, stage, time.perf_counter() - started, False,
                                    symbol=symbol, error=str(exc))
            raise
        self.store.record_stage(run_id, stage, time.perf_counter() - started, True, symbol=symbol)


CHART_POOL_MIN = 8
"""With `output.chart_workers` unset, runs of more instruments than this draw their charts in
a pool: starting its process (about a second of CPU, matplotlib's import) costs more than a
few charts."""

RENDERS_AHEAD = 16
"""Instruments whose charts may be in the pool at once before the batch waits for the oldest."""


def use_chart_pool(settings: Settings, instruments: int) -> bool:
    out = settings.output
    if not out.chart or out.chart_workers == 0:
        return False
    return out.chart_workers is not None or instruments > CHART_POOL_MIN


@dataclass
class PendingRender:
    """A render stage between `Pipeline.start_render` and `Pipeline.finish_render`."""

    draft: Draft
    notes: list[str]
    chart: ChartData | None
    drawing: Future[ChartImages] | None


@dataclass
class _Rendering:
    outcome: InstrumentOutcome
    draft: Draft
    saved: str
    pending: PendingRender

    def ready(self) -> bool:
        drawing = self.pending.drawing
        return drawing is None or drawing.done()


def named_symbols(article: Article, lexicon: Lexicon, markdown: str | None = None) -> set[str]:
    """The instruments the article names (a family name such as "the Nasdaq" names each member),
    its data line included: only their facts can be a figure's, each peer left out saves its
    fact sheet (about 1 ms) and a figure cannot pass by matching an unnamed one's fact.
    `markdown`: the article already rendered (`render_markdown(article)`)."""
    text = render_markdown(article) if markdown is None else markdown
    named = {symbol for mention in lexicon.mentions(text) for symbol in mention.symbols}
    lexicon.forget()
    return named


def named_peers(article: Article, peers: list[Snapshot], lexicon: Lexicon) -> list[Snapshot]:
    """`peers` the article names (`named_symbols`)."""
    named = named_symbols(article, lexicon) if peers else set()
    return [peer for peer in peers if peer.symbol in named]


def news_window(session: date, lookback_days: int) -> tuple[datetime, datetime]:
    """The stories a session's drafts read: from `lookback_days` before it to local midnight after it."""
    end = datetime.combine(session + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    return end - timedelta(days=lookback_days + 1), end


def content_hash(article: Article, findings: Sequence[object]) -> str:
    payload = article.model_dump_json() + "".join(f.model_dump_json() for f in findings)  # type: ignore[attr-defined]
    return hashlib.sha256(payload.encode()).hexdigest()


def fill_outcome(outcome: InstrumentOutcome, draft: Draft, saved: str) -> None:
    outcome.ok = True
    outcome.draft_id, outcome.status, outcome.saved = draft.draft_id, draft.status.value, saved
    outcome.errors = sum(f.severity == Severity.ERROR for f in draft.findings)
    outcome.warnings = len(draft.findings) - outcome.errors
    outcome.pulse, outcome.bias = draft.scores.pulse, draft.scores.bias.value
    outcome.threat = draft.scores.threat_level


def summary_of(report: RunReport) -> dict[str, object]:
    return {
        "session": report.session.isoformat(),
        "session_note": report.session_note,
        "news_new": report.news_new,
        "news_seen": report.news_seen,
        "feeds_failed": [f.feed_url for f in report.ingest.feeds if not f.ok] if report.ingest else [],
        "written": [o.symbol for o in report.outcomes if o.ok],
        "skipped": {o.symbol: [{"code": str(code), "message": message} for code, message in o.skip_reasons]
                    for o in report.skipped},
        "failed": {o.symbol: o.reason for o in report.outcomes if o.result == "failed"},
        "seconds": round(report.seconds, 3),
    }
