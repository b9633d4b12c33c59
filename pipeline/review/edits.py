"""A reviewer's edit of a draft's Markdown, read back into the Article.

`newsdesk edit` opens the draft rendered by `render_markdown`. The text a person
may change is the prose: headline, dek, analysis paragraphs, bull and bear
bullets, cross-market read, take, and the note / reading / reasoning / trigger
cells of the tables. Numbers in tables, front matter, sources and the
disclaimer come from data and are not edited here.

Nothing is dropped silently: after reading the prose back, the new Article is
rendered again and must give the edited text (whitespace aside). The front
matter is left out of what the editor opens: it is generated from the data. Any other
change is refused with the place it was made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..contracts import Article, Draft
from ..errors import InputError
from ..render.markdown import render_markdown
from ..run import Pipeline, content_hash
from ..store import short_id

_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>~&#+\-.|()!:])")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")

SECTIONS = {"## Analysis": "analysis", "## Key levels": "key_levels",
            "## Indicator snapshot": "indicators", "## Scenarios": "scenarios",
            "### Bull case": "bull_case", "### Bear case": "bear_case",
            "## Trade setups": "setups", "## Cross-market read": "cross_market",
            "## Final call": "final_call", "## Take": "take", "## Chart": "chart",
            "## Sources": "sources"}


def unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


@dataclass
class _Parsed:
    headline: str | None = None
    header: list[str] = field(default_factory=list)
    blocks: dict[str, list[str]] = field(default_factory=dict)


def _blocks(body: str) -> _Parsed:
    parsed = _Parsed()
    section: str | None = None
    for block in re.split(r"\n\s*\n", body.strip()):
        block = block.strip()
        first = block.splitlines()[0].strip() if block else ""
        if first in SECTIONS and "\n" not in block:
            section = SECTIONS[first]
            parsed.blocks.setdefault(section, [])
        elif section is None and parsed.headline is None and first.startswith("# "):
            parsed.headline = unescape(block[2:].strip())
        elif section is None:
            parsed.header.append(block)
        else:
            parsed.blocks[section].append(block)
    return parsed


def _paragraph(block: str) -> str:
    return unescape(" ".join(block.split()))


def _bullets(blocks: list[str]) -> list[str]:
    items: list[str] = []
    for line in "\n".join(blocks).splitlines():
        if line.startswith("- "):
            items.append(line[2:])
        elif items and line.strip():
            items[-1] += " " + line.strip()
    return [_paragraph(item) for item in items]


def _column(blocks: list[str], index: int, count: int) -> list[str] | None:
    """Cell `index` of each body row of the section's table; None if the rows changed."""
    table = next((b for b in blocks if b.lstrip().startswith("|")), None)
    if table is None:
        return None
    rows = [line.strip() for line in table.splitlines() if line.strip().startswith("|")][2:]
    cells = [[c.strip() for c in _CELL_SPLIT.split(row.strip().strip("|"))] for row in rows]
    if len(cells) != count or any(len(row) <= index for row in cells):
        return None
    return [unescape(row[index]) for row in cells]


def _prose(blocks: list[str]) -> str | None:
    text = [b for b in blocks if not b.lstrip().startswith("|")]
    return _paragraph(" ".join(text)) if text else None


def editable_markdown(article: Article) -> str:
    """What the editor opens: the article's Markdown without its front matter (that is data)."""
    rendered = render_markdown(article)
    front = _FRONT.match(rendered)
    return rendered[front.end():].lstrip("\n") if front else rendered


_BANNER = re.compile(r"\A\s*> \*\*(?:Held for review|Rejected in review)[^\n]*(?:\n>[^\n]*)*\n")
_CHART_SECTION = re.compile(r"^## Chart[ \t]*\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)


def without_generated(body: str) -> str:
    """`body` without what the run adds to an article's `.md` file beyond the editable text:
    the held-for-review or rejected banner at its top and the Chart section (its image is data)."""
    return _CHART_SECTION.sub("", _BANNER.sub("", body, count=1))


def apply_markdown(article: Article, edited: str) -> Article:
    """The article with the prose of `edited`: its `editable_markdown`, changed, or the
    article's `.md` file from the output folder, changed (front matter, banner and chart
    section are set aside: they are data)."""
    text = edited.replace("\r\n", "\n")
    if _FRONT.match(text):
        text = text[_FRONT.match(text).end():]  # type: ignore[union-attr]
    text = without_generated(text)
    update = _updates(article, _blocks(text))
    try:
        new = Article.model_validate({**article.model_dump(), **update})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"the edited article is not valid: {where}: {first['msg']}") from None
    _check_round_trip(new, text)
    return new


def _updates(article: Article, parsed: _Parsed) -> dict[str, Any]:
    b = parsed.blocks
    update: dict[str, Any] = {}
    if parsed.headline:
        update["headline"] = parsed.headline
    if parsed.header and parsed.header[0].startswith("*") and parsed.header[0].endswith("*"):
        update["dek"] = _paragraph(parsed.header[0][1:-1])
    if b.get("analysis"):
        update["analysis"] = [_paragraph(x) for x in b["analysis"]]
    for name in ("bull_case", "bear_case"):
        if b.get(name):
            update[name] = _bullets(b[name])
    for name in ("cross_market", "take"):
        text = _prose(b.get(name, []))
        if text:
            update[name] = text
    update.update(_table_updates(article, b))
    return update


def _table_updates(article: Article, b: dict[str, list[str]]) -> dict[str, Any]:
    update: dict[str, Any] = {}
    notes = _column(b.get("key_levels", []), 2, len(article.key_levels))
    if notes is not None:
        update["key_levels"] = [{**row.model_dump(), "note": note}
                                for row, note in zip(article.key_levels, notes, strict=True)]
    readings = _column(b.get("indicators", []), 2, len(article.indicators))
    if readings is not None:
        update["indicators"] = [{**row.model_dump(), "reading": reading}
                                for row, reading in zip(article.indicators, readings, strict=True)]
    reasons = _column(b.get("final_call", []), 2, len(article.final_call))
    if reasons is not None:
        update["final_call"] = [{**row.model_dump(), "reasoning": why}
                                for row, why in zip(article.final_call, reasons, strict=True)]
    triggers = _column(b.get("setups", []), 1, len(article.setups))
    if triggers is not None and article.setups:
        update["setups"] = [{**row.model_dump(), "trigger": t}
                            for row, t in zip(article.setups, triggers, strict=True)]
    return update


def _check_round_trip(new: Article, edited_body: str) -> None:
    # Compared unescaped: a '*' typed in prose is kept as a literal '*'.
    expected = unescape(without_generated(editable_markdown(new))).split()
    got = unescape(edited_body).split()
    if expected == got:
        return
    at = next((i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
              min(len(expected), len(got)))
    near = " ".join(got[max(0, at - 6):at + 6])
    raise InputError(
        f"this change cannot be kept: only the prose may be edited (headline, dek, analysis, "
        f"scenarios, cross-market read, take, and table notes, readings, reasoning and "
        f"triggers); the edit differs from what the article would print near: {near!r}"
    )


def keep_refused(folder: Path, draft: Draft, text: str, now: datetime) -> Path:
    """Save an edit that could not be applied, so the person's work is not lost.

    `<folder>/<short id>-v<version edited>-<UTC time>.md`; a second refusal in the
    same second gets `-2`, `-3`, ... Returns the file written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{short_id(draft.draft_id)}-v{draft.version}-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    path, n = folder / f"{stem}.md", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.md"
    path.write_text(text, encoding="utf-8")
    return path


def reverified(pipeline: Pipeline, draft: Draft, article: Article) -> Draft:
    """The draft with `article`, checked again against the draft's own stored snapshot and
    scores and the news the pipeline gives its instrument and session."""
    inst = pipeline.settings.instrument(draft.article.instrument.symbol)
    news = pipeline.news_for(inst, draft.snapshot)
    findings = pipeline.checker(draft.snapshot, draft.scores, news)(article)
    return draft.model_copy(update={"article": article, "findings": findings,
                                    "content_hash": content_hash(article, findings)})
