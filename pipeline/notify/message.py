"""The message a run sends: pure, from the run's report (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..run import RunReport


@dataclass(frozen=True)
class RunMessage:
    subject: str
    text: str
    data: dict[str, Any]
    problems: bool
    """Something was held for review, skipped or failed."""


def review_link(review_url: str, draft_id: str) -> str | None:
    return f"{review_url.rstrip('/')}/drafts/{draft_id}" if review_url else None


def build_message(report: RunReport, review_url: str = "") -> RunMessage:
    """Counts first, then one line per held, skipped and failed instrument with its reason."""
    held = report.held
    clean = [o for o in report.outcomes if o.ok and not o.errors]
    skipped, failed = report.skipped, [o for o in report.outcomes if o.result == "failed"]
    subject = (f"newsdesk {report.session}: {len(clean)} written, {len(held)} held for review, "
               f"{len(skipped)} skipped, {len(failed)} failed")
    lines = [subject + f" (run {report.run_id[:8]}, {report.status})"]
    if report.session_note:
        lines.append(f"Session {report.session}: {report.session_note}")
    if clean:
        lines.append("Written: " + ", ".join(o.symbol for o in clean))
    held_rows = []
    for o in held:
        link = review_link(review_url, o.draft_id or "")
        held_rows.append({"symbol": o.symbol, "draft_id": o.draft_id, "errors": o.errors, "review": link})
        lines.append(f"Held for review: {o.symbol} ({o.errors} error finding"
                     f"{'' if o.errors == 1 else 's'})" + (f" {link}" if link else f" draft {o.draft_id}"))
    for o in skipped:
        lines.append(f"Skipped: {o.symbol} [{o.skip_code}] {o.reason}")
    for o in failed:
        lines.append(f"Failed: {o.symbol}: {o.reason}")
    data = {
        "event": "run.finished", "run_id": report.run_id, "session": report.session.isoformat(),
        "status": report.status, "written": [o.symbol for o in clean], "held": held_rows,
        "skipped": [{"symbol": o.symbol, "code": o.skip_code, "reason": o.reason} for o in skipped],
        "failed": [{"symbol": o.symbol, "reason": o.reason} for o in failed],
        "seconds": round(report.seconds, 3),
    }
    return RunMessage(subject=subject, text="\n".join(lines), data=data,
                      problems=bool(held or skipped or failed))
