"""The review queue and one draft with its findings marked, printed to a terminal.

Each finding's span is styled and followed by a tag such as `⟨E1⟩` (error 1) or
`⟨W2⟩` (warning 2), so the marks survive when the output is piped or uncoloured.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rich.console import Console
from rich.text import Text

from ..contracts import Draft, DraftStatus
from ..render.markdown import render_markdown
from ..store import DraftSummary, StatusEvent, short_id
from ..tables import Cell, fitted_table
from .highlight import Numbered, number_findings, spans_in_document
from .overview import QueueExtras
from .publication import PublicationView
from .sources import SourceNotes

STYLES = {"error": "bold white on red", "warning": "bold black on yellow"}
_FRONT = re.compile(r"\A---\n.*?\n---\n+", re.DOTALL)


def tag(item: Numbered) -> str:
    return f"⟨{item.severity[0].upper()}{item.number}⟩"


def print_queue(console: Console, drafts: Sequence[DraftSummary],
                extras: QueueExtras | None = None) -> None:
    """One row per draft on one line each; the headline is cut to what the width leaves.

    E/W are error and warning findings, Thr the threat level out of 5, V the version;
    Flag (cited sources flagged at ingest) and Published appear when a row has one. On a
    narrow terminal V, Pulse, Thr, Bias and W give way before the headline does.
    """
    if not drafts:
        console.print("No drafts.")
        return
    extras = extras or QueueExtras({}, {})
    flagged = [extras.flagged.get(d.draft_id, 0) for d in drafts]
    published = [extras.published.get(d.draft_id, "") for d in drafts]
    names = ["ID", "Status", "Symbol", "Session", "E", "W", "Bias", "Pulse", "Thr", "V"]
    names += ["Flag"] * any(flagged) + ["Published"] * any(published) + ["Headline"]
    rows = []
    for d, flags, pub in zip(drafts, flagged, published, strict=True):
        cells: list[Cell] = [
            short_id(d.draft_id), d.status.value, d.symbol, d.session.isoformat(),
            Text(str(d.errors), style="bold red" if d.errors else ""), str(d.warnings),
            d.bias, str(d.pulse), f"{d.threat_level}/5", str(d.version)]
        if "Flag" in names:
            cells.append(Text(str(flags) if flags else "", style="bold red"))
        if "Published" in names:
            cells.append(Text(pub, style="bold red" if "failed" in pub else ""))
        rows.append([*cells, Text(d.headline)])
    console.print(fitted_table(console, names, rows, droppable=("V", "Pulse", "Thr", "Bias", "W")))


def marked_markdown(draft: Draft, items: Sequence[Numbered]) -> Text:
    """The draft's Markdown (front matter left out) with each finding's span marked."""
    markdown = _FRONT.sub("", render_markdown(draft.article), count=1)
    text = Text()
    last = 0
    for span in spans_in_document(markdown, items):
        text.append(markdown[last:span.start])
        text.append(markdown[span.start:span.end], style=STYLES.get(span.item.severity, "bold"))
        text.append(tag(span.item), style=STYLES.get(span.item.severity, "bold"))
        last = span.end
    text.append(markdown[last:])
    return text


def print_review(console: Console, draft: Draft, history: Sequence[StatusEvent],
                 notes: Mapping[str, SourceNotes] | None = None,
                 publication: PublicationView | None = None) -> None:
    items = number_findings(draft.findings, draft.article)
    edited = f", edited by {draft.edited_by}" if draft.edited_by else ""
    console.print(Text(f"Draft {short_id(draft.draft_id)} · {draft.key} · version {draft.version}{edited} "
                       f"· status {draft.status.value}", style="bold"))
    console.print(marked_markdown(draft, items))
    console.print(Text(f"Findings ({len(items)})", style="bold"))
    if not items:
        console.print("  The verifier found nothing.")
    for item in items:
        console.print(_finding_line(item))
    if draft.snapshot.data_notes:
        console.print(Text(f"Data checks ({len(draft.snapshot.data_notes)})", style="bold"))
        for line in draft.snapshot.data_notes:
            console.print(Text(f"  {line}"))
    if notes is not None:
        print_sources(console, draft, notes)
    if publication is not None:
        print_publication(console, publication)
    if history:
        console.print(Text("History", style="bold"))
        for e in history:
            before = e.from_status.value if e.from_status else "new"
            why = f" — {e.reason}" if e.reason else ""
            version = f" (version {e.version})" if e.version else ""
            console.print(Text(f"  {e.at:%Y-%m-%d %H:%M} UTC {e.actor}: {before} → "
                               f"{e.to_status.value}{version}{why}"))
    console.print(Text(next_step(draft)))


def next_step(draft: Draft) -> str:
    """The commands the draft's status allows (never `approve` on a published draft)."""
    short, version = short_id(draft.draft_id), draft.version
    if draft.status == DraftStatus.PUBLISHED:
        return (f"Published: newsdesk publish {short} sends an update, newsdesk unpublish {short} "
                "takes the post down")
    if draft.status == DraftStatus.APPROVED:
        return (f"Approved: newsdesk publish {short} sends it (or reject {short} --version {version} "
                "--reason ...)")
    if draft.status == DraftStatus.REJECTED:
        return f"Rejected: newsdesk edit {short} stores a revised version for review"
    return (f"Decide on this version: newsdesk approve {short} --version {version} (or reject "
            f"{short} --version {version} --reason ...)")


def _finding_line(item: Numbered) -> Text:
    f = item.finding
    line = Text("  ")
    line.append(tag(item), style=STYLES.get(item.severity, "bold"))
    line.append(f" {f.code}: {f.message}")
    if f.span:
        line.append(f" «{f.span}»" + _unplaced(item))
    if f.expected:
        line.append(f" expected {f.expected}" + (f" (from {f.source})" if f.source else ""))
    return line


def _unplaced(item: Numbered) -> str:
    if item.located:
        return ""
    if item.occurrences > 1:
        return f" (appears {item.occurrences} times in the text; not marked)"
    return " (not found in the text)"


def print_sources(console: Console, draft: Draft, notes: Mapping[str, SourceNotes]) -> None:
    """Each cited source, with the flags ingest put on it and its other copies."""
    console.print(Text(f"Sources ({len(draft.article.sources)})", style="bold"))
    for source in sorted(draft.article.sources, key=lambda s: s.number):
        note = notes.get(source.item_id, SourceNotes())
        console.print(Text(f"  [{source.number}] {source.title} — {source.publisher} {source.url}"))
        if note.suspicious:
            flags = f": {', '.join(note.flags)}" if note.flags else ""
            console.print(Text(f"      FLAGGED at ingest{flags}", style="bold red"))
        for flagged in note.flagged:
            removed = " (removed from the text)" if flagged.removed else ""
            console.print(Text(f"      {flagged.vector} · {flagged.pattern}{removed}: "
                               f"«{flagged.snippet}»"))
        for copy in note.also_at:
            console.print(Text(f"      also at: {copy.title} — {copy.publisher} {copy.url}"))


def print_publication(console: Console, view: PublicationView) -> None:
    console.print(Text("Publication", style="bold"))
    if view.unpublished:
        console.print(Text(f"  {view.unpublished}"))
    if not view.targets:
        console.print("  Not sent to any target yet.")
    for t in view.targets:
        console.print(Text(f"  {t.target}: {t.label} · {t.versions} · {t.attempts} attempt(s)",
                           style="bold red" if t.state == "failed" else ""))
        if t.headline:
            console.print(Text(f"    {t.headline}", style="bold red"))
        elif t.error:
            console.print(Text(f"    last error: {t.error}"))
        if t.remote_url:
            console.print(Text(f"    remote: {t.remote_url}"))
        if t.rerun:
            console.print(Text(f"    {t.rerun}"))
