"""What the blind holdout generators share (scripts/make_verify_holdout.py and
scripts/make_verify_holdout2.py): loading a frozen context, filling a text's slots, planting one
substitution, the case record, and reading the set on disk.

The texts, the voices and how each set formats its sources stay in each generator: the second
holdout was written without reading the first one's texts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.contracts import NewsItem, Scores, Snapshot
from pipeline.facts import FactSheet, fact_tag


@dataclass
class Context:
    snapshot: Snapshot
    scores: Scores
    peers: dict[str, Snapshot]
    sources: list[NewsItem]


def load_context(base: Path, key: str) -> Context:
    """The snapshot file `base/snapshots/<key>.json` with its peers, and the ingested items of
    `base/sources/<key>.json` (none when the file is absent)."""
    raw = json.loads((base / "snapshots" / f"{key}.json").read_text())
    src_path = base / "sources" / f"{key}.json"
    sources = json.loads(src_path.read_text()) if src_path.is_file() else []
    peers = [Snapshot.model_validate(p) for p in raw["peers"]]
    return Context(
        Snapshot.model_validate(raw["snapshot"]),
        Scores.model_validate(raw["scores"]),
        {fact_tag(p.symbol): p for p in peers},
        [NewsItem.model_validate(s) for s in sources],
    )


_PEER_SLOT = re.compile(r"\{([A-Z]+)\.([a-z0-9_]+)(?::([a-z]+))?\}")


def fill_text(body: str, sheet: FactSheet, peers: dict[str, FactSheet]) -> str:
    """A clean text's body with its continuation lines joined, `{TAG.fact}` filled from the peer's
    sheet and `{fact}` from the subject's."""
    text = re.sub(r"\n  (?=\S)", " ", body)
    text = _PEER_SLOT.sub(lambda m: peers[m.group(1)].fmt(m.group(2), m.group(3) or ""), text)
    return sheet.fill(text)


class Substitution(Protocol):
    base: str
    name: str
    old: str
    new: str
    span: str


def apply(text: str, p: Substitution) -> str:
    """The clean text with the plant's one exact substitution; its expected span must be there."""
    count = text.count(p.old)
    assert count == 1, f"{p.name}: {p.old!r} occurs {count} times in {p.base}"
    planted = text.replace(p.old, p.new)
    assert p.span in planted, f"{p.name}: span {p.span!r} not in the planted text"
    return planted


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def printed_numbers(sheets: list[FactSheet]) -> frozenset[str]:
    """Every numeric fact of the sheets as printed (plain and unsigned), digits only."""
    out: set[str] = set()
    for sheet in sheets:
        for fact in sheet.facts.values():
            if isinstance(fact.value, float | int):
                for style in ("", "abs"):
                    out.update(m.replace(",", "") for m in NUMBER.findall(fact.printed(style)))
    return frozenset(out)


def case_record(case_id: str, key: str, ext: str, style: str, snapshot: Snapshot, kind: str, *,
                note: str) -> dict[str, Any]:
    """One entry of cases.json (the format of tests/data/verify_eval/cases.json)."""
    return {
        "id": case_id,
        "file": f"cases/{case_id}.{ext}",
        "snapshot": key,
        "sources": key,
        "kind": kind,
        "style": style,
        "symbol": snapshot.symbol,
        "session": snapshot.session.isoformat(),
        "check": None,
        "expected": [],
        "allowed": [],
        "note": note,
    }


def on_disk(out: Path) -> dict[str, str]:
    """The set's files as they are on disk, by path relative to `out`."""
    found = {}
    for path in sorted((out / "cases").rglob("*")) if (out / "cases").is_dir() else []:
        if path.is_file():
            found[path.relative_to(out).as_posix()] = path.read_text("utf-8")
    for name in ("cases.json", "README.md"):
        if (out / name).is_file():
            found[name] = (out / name).read_text("utf-8")
    return found
