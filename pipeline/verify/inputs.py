"""Reading what `newsdesk check` is given: an article, a snapshot, sources. The verifier's edge.

Each loader reads one file and returns contracts, or raises `InputError` whose
message starts with the file name and names the line or the field at fault::

    snapshot.json: not JSON (line 3, column 5: Expecting ',' delimiter)
    snapshot.json: snapshot.close: Input should be a valid number
    sources.json: item 2: missing "url"

Accepted shapes:

- article: any text file (Markdown with or without front matter, plain text);
  a `.json` file holding an Article, our rendered JSON (`{"article": ...}`) or a
  Draft.
- snapshot: a bare Snapshot (`newsdesk snapshot SYMBOL --json`), our rendered
  article JSON (`{"article", "snapshot", "scores", "findings"}`), a Draft, or
  `{"snapshot", "scores"?, "peers"?}`.
- sources: a JSON list (or `{"items": [...]}`) of NewsItems as `newsdesk news
  --json` prints them, or of plain records with at least `url` and `title`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from ..config import InstrumentConfig
from ..contracts import Article, Finding, NewsItem, Scores, Severity, Snapshot
from ..errors import InputError
from ..ingest.normalize import canonical_url, content_hash, item_id
from ..ingest.tagging import tag_symbols
from ..render import render_markdown
from ..scoring import score_snapshot
from . import VerifyContext, check_article, check_text
from .document import parse_document
from .subjects import InstrumentInfo

MAX_BYTES = 5 * 1024 * 1024
"""Largest input file read; an article, a snapshot or a day's sources are far smaller."""

MAX_ERRORS_SHOWN = 3

SOURCE_KEYS = ("url", "title", "publisher", "summary", "text", "published_at", "urls", "symbols")
"""Keys a plain source record may have; `url` and `title` are required."""

_WRAPPER_KEYS = frozenset({"snapshot", "scores", "peers"})

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ArticleInput:
    path: Path
    text: str  # what check_text reads: the file's text, or the Article rendered to Markdown
    article: Article | None = None  # set when the file held a structured Article

    @property
    def name(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class SnapshotInput:
    snapshot: Snapshot
    scores: Scores | None = None
    peers: list[Snapshot] = field(default_factory=list)


def listed_stories(article: ArticleInput, sources: Sequence[NewsItem]) -> Sequence[NewsItem]:
    """The sources the article lists (by any URL a story was seen at), or all of them when it
    lists none of them."""
    if article.article is not None:
        listed = {source.url for source in article.article.sources}
    else:
        listed = {url.rstrip(".,;") for entry in parse_document(article.text).sources
                  for url in entry.urls}
    found = [item for item in sources
             if listed & {item.url, *item.urls, *(copy.url for copy in item.also_at)}]
    return found or sources


# --- reading files -----------------------------------------------------------

def read_text(path: Path) -> str:
    """The file's text (UTF-8), refused when missing, too large, binary or empty."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{name}: file not found") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    if size > MAX_BYTES:
        raise InputError(f"{name}: {size / 1e6:.1f} MB; inputs are limited to {MAX_BYTES / 1e6:.0f} MB")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    if not text.strip():
        raise InputError(f"{name}: empty")
    return text


def read_json(path: Path) -> Any:
    text = read_text(path)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from None


def _refuse_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a number; NaN and infinity are refused")


def validate(model: type[M], data: Any, name: str, where: str = "") -> M:
    """`model` from `data`, or InputError naming the file and each field at fault."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_describe(err, where) for err in exc.errors()]
        more = len(problems) - MAX_ERRORS_SHOWN
        shown = "; ".join(problems[:MAX_ERRORS_SHOWN]) + (f" (and {more} more)" if more > 0 else "")
        raise InputError(f"{name}: {shown}") from None


def _describe(err: Any, where: str) -> str:
    loc = ".".join(str(part) for part in err["loc"])
    path = ".".join(part for part in (where, loc) if part) or "(top level)"
    if err["type"] == "extra_forbidden":
        return f"{path}: unknown key"
    if err["type"] == "missing":
        return f"{path}: missing"
    return f"{path}: {err['msg']}"


def _object(data: Any, name: str, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a JSON object ({what}), got {_json_type(data)}")
    return data


def _json_type(value: Any) -> str:
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "true/false"), (dict, "an object"), (list, "a list"), (str, "a string"),
        ((int, float), "a number")]
    for kind, label in kinds:
        if isinstance(value, kind):
            return label
    return "null"


# --- articles ------------------------------------------------------------------

def load_article(path: Path) -> ArticleInput:
    """An article to check: text as written, or a structured Article from a JSON file."""
    if path.suffix.lower() != ".json":  # .md, .markdown, .txt or anything else: text as written
        return ArticleInput(path=path, text=read_text(path))
    article = article_from_json(read_json(path), str(path))
    return ArticleInput(path=path, text=render_markdown(article), article=article)


def article_from_json(data: Any, name: str) -> Article:
    document = _object(data, name, "an article")
    if "article" in document:
        if document["article"] is None:
            raise InputError(f"{name}: article: null; the file holds no article")
        return validate(Article, document["article"], name, "article")
    if "headline" in document:
        return validate(Article, document, name)
    raise InputError(f"{name}: not an article: expected an Article (with \"headline\") or a file "
                     "with an \"article\" key (rendered JSON, a draft)")


# --- snapshots -------------------------------------------------------------------

def load_snapshot(path: Path) -> SnapshotInput:
    """The snapshot an article is checked against, with its scores and peers when the file has them."""
    return snapshot_from_json(read_json(path), str(path))


def snapshot_from_json(data: Any, name: str) -> SnapshotInput:
    document = _object(data, name, "a snapshot")
    if "snapshot" not in document:
        if "symbol" not in document:
            raise InputError(f"{name}: not a snapshot: no \"symbol\" (a bare snapshot) and no "
                             "\"snapshot\" key (rendered article JSON, a draft, {\"snapshot\": ...})")
        return SnapshotInput(snapshot=validate(Snapshot, document, name))
    if "article" not in document and "draft_id" not in document:
        unknown = sorted(set(document) - _WRAPPER_KEYS)
        if unknown:
            raise InputError(f"{name}: {unknown[0]}: unknown key (expected snapshot, scores, peers)")
    if document["snapshot"] is None:
        raise InputError(f"{name}: snapshot: null; the file holds no snapshot")
    snapshot = validate(Snapshot, document["snapshot"], name, "snapshot")
    scores = document.get("scores")
    return SnapshotInput(
        snapshot=snapshot,
        scores=None if scores is None else validate(Scores, scores, name, "scores"),
        peers=_peers(document.get("peers"), name),
    )


def _peers(data: Any, name: str) -> list[Snapshot]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(f"{name}: peers: expected a list of snapshots, got {_json_type(data)}")
    return [validate(Snapshot, peer, name, f"peers.{i}") for i, peer in enumerate(data)]


# --- sources -----------------------------------------------------------------------

Clock = Callable[[], datetime]


def load_sources(path: Path, instruments: Sequence[InstrumentConfig] = (),
                 clock: Clock = lambda: datetime.now(UTC)) -> list[NewsItem]:
    """News items an article may cite. `instruments` tag plain records that list no symbols."""
    return sources_from_json(read_json(path), str(path), instruments, path_uri(path), clock())


def path_uri(path: Path) -> str:
    return path.resolve().as_uri()


def sources_from_json(data: Any, name: str, instruments: Sequence[InstrumentConfig] = (),
                      origin: str = "", now: datetime | None = None) -> list[NewsItem]:
    records = data.get("items") if isinstance(data, dict) and set(data) == {"items"} else data
    if not isinstance(records, list):
        raise InputError(f"{name}: expected a JSON list of sources (or {{\"items\": [...]}}), "
                         f"got {_json_type(data)}")
    now = now or datetime.now(UTC)
    return [_source(record, f"{name}: item {n}", instruments, origin, now)
            for n, record in enumerate(records, start=1)]


def _source(record: Any, where: str, instruments: Sequence[InstrumentConfig], origin: str,
            now: datetime) -> NewsItem:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected an object with \"url\" and \"title\", got {_json_type(record)}")
    if "item_id" in record or "content_hash" in record:
        return validate(NewsItem, record, where)
    return _plain_source(record, where, instruments, origin, now)


def _plain_source(record: dict[str, Any], where: str, instruments: Sequence[InstrumentConfig],
                  origin: str, now: datetime) -> NewsItem:
    unknown = sorted(set(record) - set(SOURCE_KEYS))
    if unknown:
        raise InputError(f"{where}: {unknown[0]}: unknown key (a source has {', '.join(SOURCE_KEYS)}; "
                         "or give a full NewsItem as `newsdesk news --json` prints)")
    url, title = _required_text(record, "url", where), _required_text(record, "title", where)
    summary, text = _optional_text(record, "summary", where), _optional_text(record, "text", where)
    published = _published(record.get("published_at"), where)
    canonical = canonical_url(url)
    digest = content_hash(title, text or summary)
    symbols = _string_list(record, "symbols", where)
    item = {
        "item_id": item_id(digest), "title": title, "url": canonical,
        "urls": list(dict.fromkeys([canonical, *map(canonical_url, _string_list(record, "urls", where))])),
        "publisher": _optional_text(record, "publisher", where) or urlsplit(canonical).hostname or "",
        "feed_url": origin, "published_at": published, "fetched_at": published or now,
        "summary": summary, "text": text, "has_content": bool(text.strip()), "content_hash": digest,
        "symbols": symbols or tag_symbols("\n".join((title, summary, text)), instruments),
    }
    return validate(NewsItem, item, where)


def _required_text(record: dict[str, Any], key: str, where: str) -> str:
    if key not in record:
        raise InputError(f"{where}: missing \"{key}\"")
    value = record[key]
    if not isinstance(value, str):
        raise InputError(f"{where}: {key}: expected a string, got {_json_type(value)}")
    if not value.strip():
        raise InputError(f"{where}: {key}: empty")
    return value.strip()


def _optional_text(record: dict[str, Any], key: str, where: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: {key}: expected a string, got {_json_type(value)}")
    return value


def _string_list(record: dict[str, Any], key: str, where: str) -> list[str]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {key}: expected a list of strings, got {_json_type(value)}")
    return value


def _published(value: Any, where: str) -> datetime | None:
    """An ISO date or datetime; a date is its midnight UTC, a naive datetime is read as UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    raise InputError(f"{where}: published_at: {value!r} is not an ISO date or datetime "
                     "(e.g. 2026-11-20 or 2026-11-20T14:30:00Z)")



def instrument_infos(instruments: Iterable[InstrumentConfig]) -> list[InstrumentInfo]:
    """What the verifier needs of each configured instrument."""
    return [InstrumentInfo(symbol=i.symbol, name=i.name, kind=i.kind, index=i.index,
                           short_name=i.short_name, aliases=tuple(i.aliases)) for i in instruments]


# --- checking what was loaded ---------------------------------------------------------

@dataclass(frozen=True)
class CheckResult:
    article: ArticleInput
    snapshot: Snapshot
    findings: list[Finding]
    sources_checked: bool = True

    @property
    def errors(self) -> int:
        return sum(f.severity == Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == Severity.WARNING for f in self.findings)

    @property
    def unverifiable(self) -> int:
        """Info findings: figures the loaded data cannot check (shown, never blocking)."""
        return sum(f.severity == Severity.INFO for f in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {"article": self.article.name, "symbol": self.snapshot.symbol,
                "session": self.snapshot.session.isoformat(), "errors": self.errors,
                "warnings": self.warnings, "unverifiable": self.unverifiable,
                "sources_checked": self.sources_checked,
                "findings": [f.model_dump(mode="json") for f in self.findings]}


def check_inputs(article: ArticleInput, snap: SnapshotInput, sources: Sequence[NewsItem] | None = None,
                 instruments: Iterable[InstrumentInfo] = (), peers: Iterable[Snapshot] = ()) -> CheckResult:
    """Every finding on the article checked against the snapshot (data quality included).

    Scores come from the snapshot file when it has them, else are computed from the
    snapshot and the sources as the pipeline does: the sentiment from the stories the
    article lists as its sources (a run scores the stories its article cites), from every
    source given when it lists none of them. `sources=None`: the ingested items are
    unknown, so citations are resolved but not checked against ingestion.
    """
    scores = snap.scores if snap.scores is not None else score_snapshot(
        snap.snapshot, listed_stories(article, sources or ()))
    ctx = VerifyContext.build(snap.snapshot, scores, peers=[*snap.peers, *peers], sources=sources,
                              instruments=instruments)
    findings = check_article(article.article, ctx) if article.article is not None else check_text(
        article.text, ctx)
    return CheckResult(article=article, snapshot=snap.snapshot, findings=findings,
                       sources_checked=sources is not None)
