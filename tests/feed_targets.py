"""Parse targets for `IsolatedParser` tests; a module of their own so the worker can import them."""

from __future__ import annotations

import io
import time
from datetime import datetime

import feedparser

from pipeline.config import FeedConfig
from pipeline.ingest.feeds import ParsedFeed


def sleepy(body: bytes, feed: FeedConfig, fetched_at: datetime, *,
           content_type: str | None = None) -> ParsedFeed:
    time.sleep(120)
    raise AssertionError("not reached")


def uncapped(body: bytes, feed: FeedConfig, fetched_at: datetime, *,
             content_type: str | None = None) -> ParsedFeed:
    """feedparser on the raw bytes, without newsdesk's field caps (the slow path it guards)."""
    feedparser.parse(io.BytesIO(body))
    return ParsedFeed(feed_url=feed.url, publisher=feed.publisher, fetched_at=fetched_at,
                      version="", title="")


def crash(body: bytes, feed: FeedConfig, fetched_at: datetime, *,
          content_type: str | None = None) -> ParsedFeed:
    import os
    os._exit(9)
