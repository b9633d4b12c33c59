"""The fetching edge: everything that reads bytes from somewhere goes through a `Fetcher`.

The rest of ingest is pure: it takes a `FetchedDocument` and returns data. The
offline `FixtureFetcher` serves saved documents from a manifest; the live HTTP
fetcher (`http.LiveFetcher`: allow-listed schemes, private-address blocking on
every hop, timeouts, size caps) satisfies the same `Fetcher` protocol, raises
`IngestError` (`FetchError` with a reason code) on failure, and also offers
`fetch_feed` (the `FeedFetcher` protocol) for conditional GETs.
"""

from __future__ import annotations

import json
import logging
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..config import IngestConfig
from ..errors import ConfigError, IngestError
from .normalize import canonical_url

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class FetchedDocument:
    """Bytes as they arrived, with where they came from and when."""

    requested_url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None

    def __post_init__(self) -> None:
        if self.fetched_at.tzinfo is None or self.fetched_at.utcoffset() is None:
            raise ValueError("fetched_at must be timezone-aware")
        object.__setattr__(self, "fetched_at", self.fetched_at.astimezone(UTC))

    @property
    def media_type(self) -> str | None:
        """"text/html" for "text/HTML; charset=UTF-8"; None when unknown."""
        return parse_content_type(self.content_type)[0]

    @property
    def charset(self) -> str | None:
        return parse_content_type(self.content_type)[1]


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header value, lowercased."""
    if not value:
        return None, None
    message = Message()
    message["content-type"] = value
    media = message.get_content_type().lower()
    charset = message.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2]
    return media, (str(charset).strip().lower() or None) if charset else None


class Fetcher(Protocol):
    """Fetches one URL. Raises IngestError (message starts with the URL) on any failure."""

    def fetch(self, url: str) -> FetchedDocument: ...


@runtime_checkable
class FeedFetcher(Protocol):
    """A fetcher that can ask for a feed only if it changed (status 304 when it did not)."""

    def fetch(self, url: str) -> FetchedDocument: ...

    def fetch_feed(self, url: str, etag: str | None = None,
                   last_modified: str | None = None) -> FetchedDocument: ...


@dataclass(frozen=True)
class _FixtureEntry:
    url: str
    path: Path
    content_type: str | None


class FixtureFetcher:
    """Serves documents saved under `directory`, listed in `directory/manifest.json`.

    The manifest is a JSON list of {"url", "path", "content_type"} objects, `path`
    relative to `directory`. A URL is looked up by exact match first, then by its
    canonical form (`canonical_url`), so a link carrying tracking parameters or a
    fragment finds the saved page. Anything else is a 404 and raises IngestError,
    just as a live fetch of a missing page would. The manifest is read once, here.
    """

    def __init__(self, directory: Path, clock: Clock = utc_now) -> None:
        self.directory = Path(directory)
        self._clock = clock
        entries = _read_manifest(self.directory)
        self._by_url = {e.url: e for e in entries}
        self._by_canonical: dict[str, _FixtureEntry] = {}
        for entry in entries:
            self._by_canonical.setdefault(canonical_url(entry.url), entry)

    def __len__(self) -> int:
        return len(self._by_url)

    def fetch(self, url: str) -> FetchedDocument:
        entry = self._by_url.get(url) or self._by_canonical.get(canonical_url(url))
        if entry is None:
            raise IngestError(f"{url}: 404 not found in fixtures")
        try:
            body = entry.path.read_bytes()
        except OSError as exc:
            raise IngestError(f"{url}: fixture file {entry.path} unreadable: {exc}") from None
        return FetchedDocument(
            requested_url=url, final_url=entry.url, status=200,
            content_type=entry.content_type, body=body, fetched_at=self._clock(),
        )


def _read_manifest(directory: Path) -> list[_FixtureEntry]:
    path = directory / MANIFEST
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: fixture manifest not found (ingest.fixtures_dir; set "
                          'ingest.source = "live" to fetch [[feeds]] from the web)') from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"{path}: fixture manifest unreadable: {exc}") from None
    if not isinstance(raw, list):
        raise IngestError(f"{path}: fixture manifest must be a JSON list of objects")
    entries = [_manifest_entry(path, directory, i, item) for i, item in enumerate(raw)]
    seen: dict[str, Path] = {}
    for entry in entries:
        if seen.setdefault(entry.url, entry.path) != entry.path:
            raise IngestError(f"{path}: {entry.url} is listed twice with different files")
    return entries


def _manifest_entry(manifest: Path, directory: Path, index: int, item: object) -> _FixtureEntry:
    where = f"{manifest}: entry {index}"
    if not isinstance(item, dict):
        raise IngestError(f"{where}: not an object")
    url, rel, content_type = item.get("url"), item.get("path"), item.get("content_type")
    if not isinstance(url, str) or not url.strip():
        raise IngestError(f"{where}: 'url' must be a non-empty string")
    if not isinstance(rel, str) or not rel.strip():
        raise IngestError(f"{where}: 'path' must be a non-empty string")
    if content_type is not None and not isinstance(content_type, str):
        raise IngestError(f"{where}: 'content_type' must be a string")
    root = directory.resolve()
    target = (root / rel).resolve()
    if not target.is_relative_to(root):
        raise IngestError(f"{where}: path {rel!r} leaves {directory}")
    return _FixtureEntry(url.strip(), target, content_type or mimetypes.guess_type(rel)[0])


def make_fetcher(config: IngestConfig, clock: Clock = utc_now, *,
                 allow_loopback: bool = False) -> Fetcher:
    """The fetcher `config.source` asks for: saved fixtures, or the live web.

    `allow_loopback` lets the live fetcher reach 127.0.0.1 and ::1; tests only.
    """
    if config.source == "fixtures":
        return FixtureFetcher(config.fixtures_dir, clock=clock)
    if config.source == "live":
        from .http import LiveFetcher
        from .limits import FetchPolicy
        return LiveFetcher(FetchPolicy.from_config(config, allow_loopback=allow_loopback),
                           clock=clock)
    raise IngestError(f"ingest source {config.source!r} is not supported")
