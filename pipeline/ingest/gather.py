"""Fetching many URLs at once: feeds first, then the pages their entries link to.

Each URL's outcome is a `FetchedDocument` or the `IngestError` that stopped it;
nothing here raises for one URL. Politeness per host is the fetcher's business
(`HostGate` in the live fetcher); this module only bounds the threads in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from ..errors import FetchError, IngestError
from .fetch import FeedFetcher, FetchedDocument, Fetcher

log = logging.getLogger(__name__)

Outcome = FetchedDocument | IngestError


class Validators(Protocol):
    """What the last fetch of a feed left behind for a conditional GET."""

    @property
    def etag(self) -> str | None: ...

    @property
    def last_modified(self) -> str | None: ...


def reason_of(error: IngestError) -> str:
    """A short code for reports: FetchError's own, else "fetch"."""
    return error.reason if isinstance(error, FetchError) else "fetch"


def _one(fetch: Callable[[str], FetchedDocument], url: str) -> Outcome:
    try:
        return fetch(url)
    except IngestError as exc:
        return exc
    except Exception as exc:  # untrusted input reached a path we did not foresee
        log.exception("%s: unexpected failure while fetching", url)
        return FetchError(url, "internal", f"{type(exc).__name__}: {exc}")


def fetch_all(urls: Iterable[str], fetch: Callable[[str], FetchedDocument],
              workers: int) -> dict[str, Outcome]:
    """Every URL's outcome, fetched by up to `workers` threads (in order when 1)."""
    unique = list(dict.fromkeys(urls))
    if workers <= 1 or len(unique) <= 1:
        return {url: _one(fetch, url) for url in unique}
    with ThreadPoolExecutor(max_workers=min(workers, len(unique)),
                            thread_name_prefix="newsdesk-fetch") as pool:
        outcomes = pool.map(lambda url: _one(fetch, url), unique)
        return dict(zip(unique, outcomes, strict=True))


def feed_fetch(fetcher: Fetcher, state: Mapping[str, Validators]) -> Callable[[str], FetchedDocument]:
    """How to fetch one feed: conditionally when the fetcher can and validators are stored."""
    if not isinstance(fetcher, FeedFetcher):
        return fetcher.fetch
    conditional: FeedFetcher = fetcher

    def fetch(url: str) -> FetchedDocument:
        known = state.get(url)
        if known is None:
            return conditional.fetch_feed(url)
        return conditional.fetch_feed(url, known.etag, known.last_modified)

    return fetch
