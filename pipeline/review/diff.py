"""What changed between two versions of a draft: a unified diff of the article's Markdown.

The Markdown is what `newsdesk edit` opens (front matter left out: it is data about
the draft, not the article). Pure: callers read the versions from the store.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..store import DraftVersion, short_id
from .edits import editable_markdown

CONTEXT_LINES = 2


@dataclass(frozen=True)
class DiffLine:
    kind: str   # "head" (---/+++), "hunk" (@@), "add", "del", "same"
    text: str


@dataclass(frozen=True)
class VersionDiff:
    draft_id: str
    old: int
    new: int
    lines: list[DiffLine]

    @property
    def changed(self) -> bool:
        return any(line.kind in ("add", "del") for line in self.lines)

    @property
    def counts(self) -> tuple[int, int]:
        """(lines added, lines removed)."""
        return (sum(1 for x in self.lines if x.kind == "add"),
                sum(1 for x in self.lines if x.kind == "del"))

    def text(self) -> str:
        return "".join(line.text + "\n" for line in self.lines)


def pick_versions(current: int, first: int | None, second: int | None) -> tuple[int, int]:
    """Which versions to compare: the second defaults to the current version, the first
    to the one before the second (so none given: previous against current)."""
    new = current if second is None else second
    return (max(1, new - 1) if first is None else first), new


def version_diff(old: DraftVersion, new: DraftVersion) -> VersionDiff:
    before = editable_markdown(old.draft.article).splitlines()
    after = editable_markdown(new.draft.article).splitlines()
    short = short_id(new.draft_id)
    raw = difflib.unified_diff(
        before, after, n=CONTEXT_LINES, lineterm="",
        fromfile=f"{short} version {old.version}", tofile=f"{short} version {new.version}",
        fromfiledate=f"{old.created_at:%Y-%m-%d %H:%M} UTC",
        tofiledate=f"{new.created_at:%Y-%m-%d %H:%M} UTC")
    return VersionDiff(new.draft_id, old.version, new.version,
                       [_line(x, head=i < 2) for i, x in enumerate(raw)])


def _line(text: str, head: bool) -> DiffLine:
    if head:  # the ---/+++ lines naming the versions
        return DiffLine("head", text)
    if text.startswith("@@"):
        return DiffLine("hunk", text)
    if text.startswith("+"):
        return DiffLine("add", text)
    if text.startswith("-"):
        return DiffLine("del", text)
    return DiffLine("same", text)
