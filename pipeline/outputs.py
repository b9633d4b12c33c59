"""The output folder's edge beyond a run: a session's index from the store, and a draft's files
written again after a person acted on it (`edit`, `approve`, `reject`, the review page).

`<output.dir>/<session>/` is what a desk reads; it follows the store: after each review action
the draft's `.md`/`.html`/`.json` hold its current version and say its decision, and the
session's `index.md`/`index.html` list every draft as it now stands. Each file is replaced
atomically (a temporary file, then a rename), so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .config import OutputConfig
from .contracts import Draft, DraftStatus
from .errors import OutputError
from .lifecycle import writing_output
from .render.files import IndexEntry, article_slug, rewrite_article_files, write_index, written_files
from .render.view import decision, slug_for

if TYPE_CHECKING:  # SQLAlchemy loads with the store
    from .store import Store
    from .store.models import DraftSummary

log = logging.getLogger(__name__)


def session_folder(output: OutputConfig, session: date) -> Path:
    """`<output.dir>/<session ISO>`."""
    return Path(output.dir) / session.isoformat()


def write_session_index(store: Store, output: OutputConfig, session: date) -> list[Path]:
    """`index.md` and `index.html` of the session's folder, listing its stored drafts: those
    held for review, rejected, approved or published are marked so.

    Read from the drafts' summary rows (headline, scores, finding counts, status), not the
    drafts themselves: a review action rewrites the index of a session of any size."""
    folder = session_folder(output, session)
    entries = [index_entry(summary, folder) for summary in store.list_drafts(session=session)]
    with writing_output(output.dir):
        return write_index(folder, entries)


def index_entry(summary: DraftSummary, folder: Path) -> IndexEntry:
    """A draft's row in its session's index, with the files of it that are in `folder`."""
    files = written_files(folder, slug_for(summary.symbol, summary.session))
    return IndexEntry(headline=summary.headline, symbol=summary.symbol, bias=summary.bias,
                      pulse=summary.pulse, threat_level=summary.threat_level,
                      session=summary.session, files=tuple(path.name for path in files),
                      held_errors=summary.errors,
                      rejected=summary.status == DraftStatus.REJECTED,
                      decided=decision(summary.status) or "")


def rewrite_draft_files(output: OutputConfig, draft: Draft) -> list[Path]:
    """Write `draft`'s article files again, as the store holds it now (its chart left as drawn).

    Only where a run wrote the session's folder: a folder that is not there (outputs moved away,
    a review machine without them) is left alone and [] returned. An unwritable folder raises
    `OutputError` naming `output.dir`; the store's change stands either way.
    """
    if not session_folder(output, draft.article.session).is_dir():
        return []
    with writing_output(output.dir):
        return rewrite_article_files(draft.article, output.dir, output.formats,
                                     snapshot=draft.snapshot, scores=draft.scores,
                                     findings=draft.findings, status=draft.status)


def other_writers(store: Store, draft: Draft) -> list[str]:
    """The writers of the session's other drafts of the same instrument (`run --writer llm` after a
    template run): their files have the same names, so the last run's stay as it wrote them."""
    return sorted({d.writer for d in store.list_drafts(session=draft.article.session,
                                                       symbol=draft.article.instrument.symbol)
                   if d.draft_id != draft.draft_id})


def refresh_draft_outputs(store: Store, output: OutputConfig, draft: Draft) -> list[Path]:
    """`rewrite_draft_files` (unless `other_writers` share the names), then the session's index;
    [] when the session has no folder."""
    if not session_folder(output, draft.article.session).is_dir():
        return []
    files = [] if other_writers(store, draft) else rewrite_draft_files(output, draft)
    return files + write_session_index(store, output, draft.article.session)


def refresh_or_log(store: Store, output: OutputConfig, draft: Draft) -> None:
    """`refresh_draft_outputs` for a caller with no one to tell (the review page): a folder that
    cannot be written is logged as a warning; the store's change stands."""
    try:
        refresh_draft_outputs(store, output, draft)
    except OutputError as exc:
        log.warning("draft %s: %s; its files there still show the previous state",
                    draft.draft_id, exc)


def refresh_outputs(store: Store, output: OutputConfig, changed: Sequence[Draft]) -> list[str]:
    """`rewrite_draft_files` for each changed draft, then each of their sessions' index once;
    returns one line a file set saying what was rewritten (or that a session has no folder)."""
    from .ids import short_id

    lines = []
    for draft in changed:
        ident = short_id(draft.draft_id)
        others = other_writers(store, draft)
        if others and session_folder(output, draft.article.session).is_dir():
            lines.append(f"{ident}: {article_slug(draft.article)}.* left as the last run wrote them: "
                         f"{draft.article.instrument.symbol} has drafts by other writers for this "
                         f"session too ({', '.join(others)}); `newsdesk show {ident}` prints this one")
            continue
        files = rewrite_draft_files(output, draft)
        if files:
            names = ",".join(path.suffix.lstrip(".") for path in files)
            lines.append(f"{ident}: {shown(files[0].with_suffix(''))}.{{{names}}} rewritten")
    for session in sorted({d.article.session for d in changed}):
        folder = session_folder(output, session)
        if folder.is_dir():
            write_session_index(store, output, session)
            lines.append(f"{shown(folder)}/index.md, index.html rewritten")
        else:
            lines.append(f"no {shown(folder)}/ folder (output.dir): no files rewritten; "
                         "`newsdesk show ID --format md|html|json` prints the current version")
    return lines


def shown(path: Path) -> str:
    """`path` relative to the current directory when it is under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
