"""The review queue and one draft with its findings marked, printed to a terminal.

Each finding's span is styled and followed by a tag such as `⟨E1⟩` (error 1) or
`⟨W2⟩` (warning 2), so the marks survive when the output is piped or uncoloured.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..contracts import Draft
from ..render.markdown import render_markdown
from ..store import DraftSummary, StatusEvent
from .highlight import Numbered, number_findings, spans_in

STYLES = {"error": "bold white on red", "warning": "bold black on yellow"}
_FRONT = re.compile(r"\A---\n.*?\n---\n+", re.DOTALL)


def tag(item: Numbered) -> str:
    return f"⟨{item.severity[0].upper()}{item.number}⟩"


def print_queue(console: Console, drafts: Sequence[DraftSummary]) -> None:
    if not drafts:
        console.print("No drafts.")
        return
    table = Table(show_lines=False)
    for name in ("ID", "Status", "Symbol", "Session", "Errors", "Warnings", "Bias", "Pulse",
                 "Threat", "Ver", "Headline"):
        table.add_column(name, justify="right" if name in
                         ("Errors", "Warnings", "Pulse", "Threat", "Ver") else "left")
    for d in drafts:
        table.add_row(d.draft_id[:8], d.status.value, d.symbol, d.session.isoformat(),
                      Text(str(d.errors), style="bold red" if d.errors else ""), str(d.warnings),
                      d.bias, str(d.pulse), f"{d.threat_level}/5", str(d.version), d.headline)
    console.print(table)


def marked_markdown(draft: Draft, items: Sequence[Numbered]) -> Text:
    """The draft's Markdown (front matter left out) with each finding's span marked."""
    markdown = _FRONT.sub("", render_markdown(draft.article), count=1)
    text = Text()
    last = 0
    for span in spans_in(markdown, items):
        text.append(markdown[last:span.start])
        text.append(markdown[span.start:span.end], style=STYLES.get(span.item.severity, "bold"))
        text.append(tag(span.item), style=STYLES.get(span.item.severity, "bold"))
        last = span.end
    text.append(markdown[last:])
    return text


def print_review(console: Console, draft: Draft, history: Sequence[StatusEvent]) -> None:
    items = number_findings(draft.findings, draft.article)
    edited = f", edited by {draft.edited_by}" if draft.edited_by else ""
    console.print(Text(f"Draft {draft.draft_id} · {draft.key} · version {draft.version}{edited} "
                       f"· status {draft.status.value}", style="bold"))
    console.print(marked_markdown(draft, items))
    console.print(Text(f"Findings ({len(items)})", style="bold"))
    if not items:
        console.print("  The verifier found nothing.")
    for item in items:
        console.print(_finding_line(item))
    if history:
        console.print(Text("History", style="bold"))
        for e in history:
            before = e.from_status.value if e.from_status else "new"
            why = f" — {e.reason}" if e.reason else ""
            console.print(Text(f"  {e.at:%Y-%m-%d %H:%M} UTC {e.actor}: {before} → "
                               f"{e.to_status.value}{why}"))


def _finding_line(item: Numbered) -> Text:
    f = item.finding
    line = Text("  ")
    line.append(tag(item), style=STYLES.get(item.severity, "bold"))
    line.append(f" {f.code}: {f.message}")
    if f.span:
        line.append(f" «{f.span}»" + ("" if item.located else " (not found in the text)"))
    if f.expected:
        line.append(f" expected {f.expected}" + (f" (from {f.source})" if f.source else ""))
    return line
