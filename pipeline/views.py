"""What the CLI prints: progress while working, tables and summaries after."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .contracts import Draft, Finding, IngestResult, NewsItem, Snapshot
from .facts import build_fact_sheet
from .llm.records import ModelCall
from .render import render_html, render_json, render_markdown
from .run import RunReport
from .store import DraftSummary, short_id
from .store.models import RunRecord, RunSkip
from .tables import Cell, fitted_table
from .verify.inputs import CheckResult


@contextmanager
def progress(console: Console) -> Iterator:
    """A progress line per stage; silent when stderr is not a terminal."""
    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                   console=console, transient=True, disable=not console.is_terminal)
    with bar:
        task = bar.add_task("starting", total=None)
        done: list[str] = []

        def notify(symbol: str, stage: str) -> None:
            if stage == "done":  # instruments written at once report when each finishes
                done.append(symbol)
                bar.update(task, description=f"{len(done)} done, last {symbol}")
            else:
                bar.update(task, description=f"{stage} {symbol}"
                           + (f"  ({len(done)} done)" if done else ""))

        yield notify


def print_run(console: Console, report: RunReport, out_dir: Path) -> None:
    if report.ingest is not None:
        print_ingest(console, report)
    table = Table(title=f"Session {report.session}  (run {report.run_id[:8]})")
    for column in ("symbol", "result", "status", "pulse", "bias", "threat", "errors", "warnings"):
        table.add_column(column)
    for o in report.outcomes:
        if o.ok:
            table.add_row(o.symbol, o.saved or "", o.status or "", str(o.pulse), o.bias or "",
                          f"{o.threat}/5", str(o.errors), str(o.warnings))
        elif o.result == "skipped":
            table.add_row(o.symbol, "[yellow]skipped[/yellow]", escape(o.skip_code or ""),
                          "", "", "", "", "")
        else:
            table.add_row(o.symbol, "[red]failed[/red]", escape(o.reason or ""), "", "", "", "", "")
    console.print(table)
    for o in report.skipped:
        for code, message in o.skip_reasons:
            console.print(f"  skipped {o.symbol} {escape(f'[{code}]')}: {escape(message)}")
    for o in report.outcomes:
        for note in o.notes:
            console.print(f"  note {o.symbol}: {escape(note)}")
    written = sum(o.ok for o in report.outcomes)
    failed = len(report.failed) - len(report.skipped)
    console.print(f"{written} of {len(report.outcomes)} articles written to "
                  f"{out_dir / report.session.isoformat()} in {report.seconds:.1f}s; "
                  f"{len(report.skipped)} skipped by the data-quality gate, {failed} failed")


def print_runs(console: Console, records: Sequence[RunRecord]) -> None:
    """`newsdesk runs`: one row per run, newest first, with who was written, skipped, failed."""
    table = Table(title=f"{len(records)} runs", box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True, show_edge=False)
    for column in ("run", "session", "started", "status", "written", "skipped", "failed", "secs"):
        # ids, dates and times stay whole; the symbol lists wrap between symbols; "secs" (not
        # "seconds") and no edge, so that the last column fits 80 columns, "abandoned" included
        table.add_column(column, no_wrap=column not in ("written", "skipped", "failed"),
                         overflow="fold", min_width={"skipped": 10, "secs": 5}.get(column, len(column)),
                         max_width={"written": 8, "failed": 6}.get(column))
    for r in records:
        summary = r.summary
        skipped = summary.get("skipped") or {}
        table.add_row(r.run_id[:8], str(r.session), f"{r.started_at:%m-%d %H:%M}", r.status.value,
                      " ".join(summary.get("written") or []),
                      escape(" ".join(f"{sym}({_codes(why)})" for sym, why in skipped.items())),
                      escape(" ".join(summary.get("failed") or {})), _seconds(summary.get("seconds")))
    console.print(table)
    for r in records:  # why a run failed as a whole or was abandoned
        if r.summary.get("error"):
            console.print(f"  {r.run_id[:8]} {r.status.value}: {r.summary['error']}", markup=False,
                          highlight=False)


def _seconds(value: object) -> str:
    """'9.2', or '1235' from 100 s on: four characters for any run under about three hours."""
    if not isinstance(value, int | float):
        return ""
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _codes(reasons: object) -> str:
    if not isinstance(reasons, list):
        return "?"
    return ",".join(str(r.get("code", "?")) for r in reasons if isinstance(r, dict))


def print_skips(console: Console, skips: Sequence[RunSkip]) -> None:
    """`newsdesk skips`: every recorded refusal with its code and message."""
    table = Table(title=f"{len(skips)} skipped instruments", box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True)
    for column in ("run", "session", "symbol", "code", "message"):
        table.add_column(column, no_wrap=column != "message", overflow="fold")
    for skip in skips:
        table.add_row(skip.run_id[:8], str(skip.session), skip.symbol, skip.code, escape(skip.message))
    console.print(table)


def feed_counts(result: IngestResult) -> str:
    """'5 ok, 1 unchanged, 2 failed (http-error 1, timeout 1)': feeds by status, failures by reason."""
    statuses = [f.status for f in result.feeds]
    reasons = Counter(f.reason or "error" for f in result.feeds if f.status == "failed")
    line = (f"{statuses.count('ok')} ok, {statuses.count('unchanged')} unchanged, "
            f"{statuses.count('failed')} failed")
    return line + (f" ({', '.join(f'{k} {v}' for k, v in sorted(reasons.items()))})" if reasons else "")


def item_counts(report: RunReport, result: IngestResult) -> str:
    """'12 new, 3 already stored, 1 duplicates collapsed, 2 flagged'."""
    flagged = sum(bool(item.flags) for item in result.items)
    return (f"{report.news_new} new, {report.news_seen} already stored, "
            f"{result.duplicates} duplicates collapsed, {flagged} flagged")


def print_failed_feeds(console: Console, result: IngestResult) -> None:
    """One line per failed feed with its reason code; one per malformed (bozo) feed."""
    for feed in result.feeds:
        if feed.status == "failed":
            error = (feed.error or "").removeprefix(f"{feed.feed_url}: ")
            error = error.removeprefix(f"{feed.reason}: ")
            console.print(f"  [red]failed[/red] \\[{escape(feed.reason or 'error')}] "
                          f"{escape(feed.feed_url)}: {escape(error)}")
        elif feed.bozo:
            console.print(f"  [yellow]malformed[/yellow] {escape(feed.feed_url)}: "
                          f"{escape(feed.bozo)}")


def print_ingest(console: Console, report: RunReport) -> None:
    """The ingest part of `newsdesk run`: the counts `newsdesk ingest` reports, on one line."""
    result = report.ingest
    if result is None:
        return
    console.print(f"ingest: feeds {feed_counts(result)}; items {item_counts(report, result)}",
                  soft_wrap=True)
    print_failed_feeds(console, result)


def print_snapshot(console: Console, snap: Snapshot) -> None:
    sheet = build_fact_sheet(snap)
    table = Table(title=f"{snap.symbol} {snap.name}, session {snap.session}")
    table.add_column("fact")
    table.add_column("value", justify="right")
    table.add_column("from")
    for fact in sheet.facts.values():
        table.add_row(fact.name, fact.printed(), fact.source)
    console.print(table)
    for line in snap.missing:
        console.print(f"  missing: {escape(line)}")


def print_drafts(console: Console, drafts: Sequence[DraftSummary]) -> None:
    """`newsdesk drafts`: one line a draft; the headline is cut to fit the terminal."""
    if not drafts:
        console.print("No drafts.")
        return
    names = ["ID", "Status", "Symbol", "Session", "Writer", "V", "E", "W", "Headline"]
    rows = [[short_id(d.draft_id), d.status.value, d.symbol, d.session.isoformat(), d.writer,
             str(d.version), str(d.errors), str(d.warnings), Text(d.headline)] for d in drafts]
    console.print(fitted_table(console, names, rows, droppable=("Writer", "V", "W")))


def print_draft(console: Console, draft: Draft, fmt: str) -> None:
    """The draft as its files would hold it; a person's decision (its status) stated as they do."""
    if fmt == "md":
        console.out(render_markdown(draft.article, status=draft.status), highlight=False)
    elif fmt == "html":
        console.out(render_html(draft.article, draft.findings, status=draft.status), highlight=False)
    elif fmt == "json":
        console.out(render_json(draft.article, draft.snapshot, draft.scores, draft.findings,
                                draft.status), highlight=False)
    else:
        _print_draft_text(console, draft)


def _print_draft_text(console: Console, draft: Draft) -> None:
    s = draft.scores
    console.print(f"[bold]{escape(draft.article.headline)}[/bold]")
    console.print(f"{short_id(draft.draft_id)}  {draft.key}  status={draft.status.value}  v{draft.version}  "
                  f"writer={draft.writer}")
    console.print(f"Pulse {s.pulse}/100  bias {s.bias.value}  threat {s.threat_level}/5  "
                  f"risk {s.risk.value}")
    for part in s.pulse_components:
        console.print(f"  pulse {part.name}: {part.points:.1f}/{part.max_points:g}  ({escape(part.note)})")
    for part in s.threat_components:
        reading = "n/a" if part.value is None else f"{part.value:g}"
        console.print(f"  threat {part.name}: {part.points:g}/{part.max_points:g}  reading {reading}  "
                      f"({escape(part.note)})")
    if s.sentiment_score is not None:
        console.print(f"Sentiment {s.sentiment_score} ({s.sentiment_label}), "
                      f"{len(s.sentiment_parts)} parts counted:")
    for mood in s.sentiment_parts:
        console.print(f"  sentiment {mood.points:+d} {escape(repr(mood.words))}: {escape(mood.why)}  "
                      f"[{escape(mood.story)}]")
    if not draft.findings:
        console.print("[green]No findings: every checked number, level and citation traced.[/green]")
    else:
        print_findings(console, draft.findings)
    console.out("\n" + render_markdown(draft.article), highlight=False)


WIDE_FINDINGS = 120  # narrower terminals get one block per finding instead of a 7-column table


def print_findings(console: Console, findings: Sequence[Finding], title: str | None = None) -> None:
    """One row per finding: what is wrong, where, the quoted text, what was expected and from where.

    Below WIDE_FINDINGS columns the table's cells would fold into slivers, so each
    finding is a short block of lines instead.
    """
    if console.width < WIDE_FINDINGS:
        _print_finding_blocks(console, findings, title)
        return
    table = Table(title=title, show_lines=True)
    for column in ("severity", "code", "section", "span", "expected", "from", "message"):
        table.add_column(column, overflow="fold")
    for f in findings:
        colour = {"error": "red", "warning": "yellow"}.get(f.severity, "cyan")
        table.add_row(f"[{colour}]{f.severity}[/{colour}]", f.code, escape(f.section or ""),
                      escape(f"\u00ab{f.span}\u00bb" if f.span else ""), escape(f.expected or ""),
                      escape(f.source or ""), escape(f.message))
    console.print(table)


def _print_finding_blocks(console: Console, findings: Sequence[Finding], title: str | None) -> None:
    if title:
        console.print(title, markup=False, highlight=False)
    for f in findings:
        colour = {"error": "red", "warning": "yellow"}.get(f.severity, "cyan")
        where = f" ({escape(f.section)})" if f.section else ""
        span = f" \u00ab{escape(f.span)}\u00bb" if f.span else ""
        console.print(f"[{colour}]{f.severity}[/{colour}] {f.code}{where}{span}", highlight=False)
        console.print(f"  {escape(f.message)}", highlight=False)
        if f.expected or f.source:
            expected = f"expected {escape(f.expected)}" if f.expected else "from"
            source = f" from {escape(f.source)}" if f.source and f.expected else (
                f" {escape(f.source)}" if f.source else "")
            console.print(f"  {expected}{source}", highlight=False)


def print_check(console: Console, result: CheckResult) -> None:
    """`newsdesk check`: the findings table and a one-line verdict."""
    snap = result.snapshot
    if result.findings:
        print_findings(console, result.findings,
                       title=f"{result.article.name} vs {snap.symbol} {snap.session}")
    if not result.sources_checked:
        console.print("sources: not given (no --sources, no stored news): citations are not checked "
                      "against ingested items, and a figure without a computed fact is an error")
    verdict = "[red]errors[/red]" if result.errors else "[green]ok[/green]"
    console.print(f"{verdict}: {escape(result.article.name)} checked against {snap.symbol} "
                  f"{snap.session}: {_count(result.errors, 'error')}, {_count(result.warnings, 'warning')}"
                  + (f", {result.unverifiable} unverifiable" if result.unverifiable else ""))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def news_heading(shown: int, total: int | None = None, offset: int = 0) -> str:
    """'27 news items', 'latest 2 of 27 news items', 'news items 3-4 of 27 (newest first)'."""
    def items(n: int) -> str:
        return f"{n} news item{'' if n == 1 else 's'}"

    if total is None or (offset == 0 and shown >= total):
        return items(shown)
    if shown == 0:
        return f"no news items at offset {offset} of {total}"
    if offset == 0:
        return f"latest {shown} of {items(total)}"
    return f"news items {offset + 1}-{offset + shown} of {total} (newest first)"


def print_news(console: Console, items: Sequence[NewsItem], total: int | None = None,
               offset: int = 0) -> None:
    """One line a story; the title is cut to fit, themes/symbols/publisher give way first.
    `total`: how many stories match, so the heading says which of them are shown."""
    console.print(news_heading(len(items), total, offset), markup=False, highlight=False)
    if items:
        names = ["id", "published", "publisher", "symbols", "themes", "flags", "title"]
        rows: list[list[Cell]] = []
        for item in items:
            published = item.published_at.strftime("%Y-%m-%d %H:%M") if item.published_at else ""
            copies = f" (+{len(item.also_at)} copies)" if item.also_at else ""
            rows.append([item.item_id, published, item.publisher + copies, " ".join(item.symbols),
                         " ".join(item.themes), Text(" ".join(item.flags), style="red"),
                         Text(item.title)])
        console.print(fitted_table(console, names, rows, min_last=30,
                                   droppable=("themes", "symbols", "published", "publisher")))
    print_flagged(console, items)


def print_flagged(console: Console, items: Sequence[NewsItem], title: str = "flagged stories") -> None:
    """Stories whose pages tried to instruct a model: what was found where, and the text."""
    flagged = [item for item in items if item.flags]
    if not flagged:
        return
    console.print(f"[red]{len(flagged)} {title}[/red] (instruction-like text removed before any "
                  "model saw it; review before citing):")
    for item in flagged:
        console.print(f"  {item.item_id}  {escape(item.publisher)}  {escape(item.url)}  "
                      f"[red]{escape(' '.join(item.flags))}[/red]")
        for found in item.flagged:
            console.print(f"    {found.vector} / {found.pattern}: \u00ab{escape(found.snippet)}\u00bb")


def print_calls(console: Console, calls: Sequence[ModelCall]) -> None:
    """The call log, newest first: one line per model call (the model name cut to fit;
    prompt version, round and tries give way on a narrow terminal)."""
    console.print(f"{len(calls)} model calls")
    names = ["id", "started", "symbol", "round", "outcome", "prompt", "completion", "ms",
             "cost $", "tries", "prompt version", "model"]
    rows: list[list[Cell]] = []
    for c in calls:
        colour = "green" if c.outcome in ("ok", "cache_hit") else "red"
        rows.append([str(c.call_id), f"{c.started_at:%m-%d %H:%M:%S}", c.symbol or "",
                     str(c.round), Text(c.outcome.value, style=colour), str(c.prompt_tokens),
                     str(c.completion_tokens), str(c.latency_ms),
                     "-" if c.cost_usd is None else f"{c.cost_usd:.6f}", str(c.attempts),
                     _short_versions(c.prompt_version), Text(c.model)])
    if rows:
        console.print(fitted_table(console, names, rows,
                                   droppable=("prompt version", "round", "tries", "started"),
                                   numeric=frozenset({"id", "round", "prompt", "completion",
                                                      "ms", "cost $", "tries"})))
    total_in = sum(c.prompt_tokens for c in calls)
    total_out = sum(c.completion_tokens for c in calls)
    cost = sum(c.cost_usd or 0.0 for c in calls)
    console.print(f"tokens: {total_in} prompt, {total_out} completion; cost ${cost:.4f}")
    for c in calls:
        if c.error:
            console.print(f"  call {c.call_id} {escape(c.symbol or '')}: {escape(c.error[:200])}")


def _short_versions(version: str) -> str:
    """'system@ab12cd34ef56 article@...' -> 'system@ab12cd article@...'."""
    return " ".join(part[: part.index("@") + 7] if "@" in part else part for part in version.split())
