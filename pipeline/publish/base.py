"""What a publication is: the payload that leaves newsdesk, the target seam, the result.

`PublishTarget` is the one seam every destination implements. A target is given
the payload and, when newsdesk already knows it, the remote id of an earlier
publication of the same draft. It must be idempotent: before it creates
anything it looks the post up by the payload's stable key, so a reply lost
after the remote side committed never leads to a second post. It also reads a
post's state back (`remote_state`: the CMS's own word, `deleted` when the post
is gone) and takes a post down (`unpublish`: back to a draft, or deleted).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Protocol

from pydantic import AwareDatetime, Field

from ..contracts import Contract

Action = Literal["created", "updated", "adopted", "written"]


class ChartImage(Contract):
    """The chart PNG that goes with a post: uploaded as its featured image, or copied beside it."""

    path: str = Field(description="The local PNG file.")
    filename: str = Field(description="The name it is sent under: '<slug>-chart-<sha12>.png'.")
    sha256: str
    alt: str
    content_type: str = "image/png"


class PublishPayload(Contract):
    """One draft version as it leaves newsdesk: sanitised HTML, Markdown, metadata."""

    key: str = Field(description="Stable key: the draft's key (symbol:session:writer).")
    marker: str = Field(description="Short token derived from the key, stored on the remote post.")
    draft_id: str
    version: int = Field(ge=1)
    title: str
    excerpt: str
    slug: str
    html: str = Field(description="Body fragment, already through the nh3 allowlist.")
    markdown: str = Field(description="Body in Markdown, without front matter.")
    tags: list[str]
    source_urls: list[str] = Field(description="The cited sources: the only links allowed.")
    symbol: str
    session: date
    as_of: AwareDatetime
    chart: ChartImage | None = None


DELETED = "deleted"  # the remote state of a post that is gone (404/410, file removed)


class RemoteRef(Contract):
    """What newsdesk remembers of a post it made on a target."""

    remote_id: str
    remote_url: str | None = None
    detail: dict[str, str] = Field(default_factory=dict,
                                   description="Target-specific state, e.g. Ghost's updated_at.")
    withdrawn: bool = Field(default=False, description="newsdesk unpublished it: a publish "
                            "restores the target's configured status.")


class PublishResult(Contract):
    action: Action
    remote_id: str
    remote_url: str | None = None
    slug: str | None = Field(default=None, description="The slug the remote side kept.")
    note: str | None = Field(default=None, description="e.g. 'slug taken: published as x-2'.")
    detail: dict[str, str] = Field(default_factory=dict)
    remote_state: str | None = Field(default=None, description="The post's status on the target.")


class PublishIntent(Contract):
    """A publication newsdesk is about to attempt, recorded before any call."""

    target: str
    key: str
    draft_id: str
    version: int
    attempts: int
    known: RemoteRef | None
    started_at: datetime


class PublishTarget(Protocol):
    """A destination. `name` is the config name; `describe()` is safe to print."""

    name: str

    def describe(self) -> str: ...

    def publish(self, payload: PublishPayload, known: RemoteRef | None) -> PublishResult: ...

    def remote_state(self, known: RemoteRef) -> str: ...

    def unpublish(self, key: str, known: RemoteRef, delete: bool) -> str: ...
