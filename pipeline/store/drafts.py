"""Drafts in the store: one row per key (symbol:session:writer), every version kept.

Functions take a connection inside a transaction the caller (Store) opened. The
Draft payload is what callers get back; the columns mirror it for queries.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, insert, select, update

from ..contracts import Draft, DraftStatus, Severity
from ..errors import InvalidTransition, NotFound, StaleVersion
from ..ids import SHORT_ID, short_id
from .models import DraftSummary, DraftVersion, SaveOutcome, StatusEvent
from .schema import draft_versions, drafts, status_events
from .transitions import REPLACEABLE, check_transition

PIPELINE = "pipeline"
HEX = frozenset("0123456789abcdef")


def new_draft_id() -> str:
    """A random 32-hex-digit id; random, so a few leading digits name a draft."""
    return uuid.uuid4().hex


def draft_key(symbol: str, session: date, writer: str) -> str:
    """The unique key of a draft: one per instrument, session and writer."""
    return f"{symbol}:{session.isoformat()}:{writer}"


def save(conn: Connection, draft: Draft, now: datetime) -> SaveOutcome:
    """Create, replace (as a new version), or leave the draft stored under draft.key."""
    _check_saveable(draft)
    row = conn.execute(
        select(drafts.c.draft_id, drafts.c.status, drafts.c.version, drafts.c.content_hash,
               drafts.c.payload, drafts.c.created_at)
        .where(drafts.c.key == draft.key)
        .with_for_update()
    ).first()
    if row is None:
        return _create(conn, draft, now)
    stored = Draft.model_validate_json(row.payload)
    if stored.status not in REPLACEABLE or stored.edited_by is not None:
        return _outcome("kept", stored)  # a person's decision or edit outlives reruns
    if row.content_hash == draft.content_hash:
        return _outcome("unchanged", stored)
    return _replace(conn, stored, draft, now)


def _check_saveable(draft: Draft) -> None:
    if draft.status not in REPLACEABLE:
        raise InvalidTransition(
            f"draft {draft.key} arrives as {draft.status.value}: the pipeline saves drafts "
            "as draft or needs_review only; approval and publishing go through set_status"
        )
    expected = draft_key(draft.article.instrument.symbol, draft.article.session, draft.writer)
    if draft.key != expected:
        raise ValueError(f"draft key {draft.key!r} does not match its article: {expected!r}")


def _create(conn: Connection, draft: Draft, now: datetime) -> SaveOutcome:
    first = draft.model_copy(update={"version": 1, "draft_id": _unique_id(conn, draft.draft_id)})
    payload = first.model_dump_json()
    conn.execute(insert(drafts).values(
        draft_id=first.draft_id,
        key=first.key,
        symbol=first.article.instrument.symbol,
        session=first.article.session,
        writer=first.writer,
        **_mirrored(first, payload),
        created_at=first.created_at,
    ))
    _add_version(conn, first, now, payload)
    _add_event(conn, first, None, PIPELINE, "created", now)
    return _outcome("created", first)


def _replace(conn: Connection, stored: Draft, draft: Draft, now: datetime) -> SaveOutcome:
    version = stored.version + 1
    new = draft.model_copy(update={
        "draft_id": stored.draft_id, "version": version, "created_at": stored.created_at,
    })
    payload = new.model_dump_json()
    conn.execute(
        update(drafts).where(drafts.c.draft_id == stored.draft_id).values(**_mirrored(new, payload))
    )
    _add_version(conn, new, now, payload)
    if new.status != stored.status:
        _add_event(conn, new, stored.status, PIPELINE, f"version {version}", now)
    return _outcome("updated", new)


def _unique_id(conn: Connection, draft_id: str) -> str:
    """`draft_id`, or a new random id when another draft already starts with its short id.

    So the short id every view prints names one draft, however many the store holds.
    """
    while _prefixed(conn, short_id(draft_id), limit=1):
        draft_id = new_draft_id()
    return draft_id


def _prefixed(conn: Connection, prefix: str, limit: int) -> list[str]:
    """Draft ids starting with `prefix`, read through the primary key's index."""
    c = drafts.c
    query = select(c.draft_id).where(func.substr(c.draft_id, 1, len(prefix)) == prefix)
    if prefix and set(prefix) <= HEX:
        # The same rows as a key range, so the index is used instead of a scan. Every hex
        # continuation sorts below `prefix + "g"` in any collation (no punctuation involved:
        # en_US ignores ':' at first, so a bound like "ab:" would be wrong on PostgreSQL).
        query = query.where(c.draft_id >= prefix, c.draft_id < prefix + "g")
    return list(conn.scalars(query.order_by(c.draft_id).limit(limit)))


def _mirrored(draft: Draft, payload: str) -> dict[str, Any]:
    """The columns that repeat what the payload says (listings read these, never the payload)."""
    return {
        "status": draft.status.value,
        "version": draft.version,
        "content_hash": draft.content_hash,
        "payload": payload,
        "updated_at": draft.updated_at,
        **summary_columns(draft),
    }


def summary_columns(draft: Draft) -> dict[str, Any]:
    """What a queue row shows besides ids and status: headline, scores, finding counts, sources."""
    severities = [f.severity for f in draft.findings]
    return {
        "headline": draft.article.headline,
        "bias": draft.scores.bias.value,
        "pulse": draft.scores.pulse,
        "threat_level": draft.scores.threat_level,
        "errors": severities.count(Severity.ERROR),
        "warnings": severities.count(Severity.WARNING),
        "source_ids": " ".join(s.item_id for s in draft.article.sources),
    }


def _add_version(conn: Connection, draft: Draft, now: datetime, payload: str) -> None:
    conn.execute(insert(draft_versions).values(
        draft_id=draft.draft_id, version=draft.version, content_hash=draft.content_hash,
        payload=payload, created_at=now,
    ))


def _add_event(conn: Connection, moved: Draft, before: DraftStatus | None, actor: str,
               reason: str | None, at: datetime) -> None:
    """Record that `moved` (its id, version and new status) came from `before`."""
    conn.execute(insert(status_events).values(
        draft_id=moved.draft_id, from_status=before.value if before else None,
        to_status=moved.status.value, actor=actor, reason=reason, at=at, version=moved.version,
    ))


def _outcome(outcome: str, draft: Draft) -> SaveOutcome:
    return SaveOutcome.model_validate({
        "outcome": outcome, "draft_id": draft.draft_id, "version": draft.version,
        "status": draft.status, "draft": draft,
    })


def resolve(conn: Connection, ref: str) -> str:
    """The draft id that `ref` names, whole or as a unique prefix."""
    ref = ref.strip()
    if not ref:
        raise NotFound("no draft id given")
    if conn.scalar(select(drafts.c.draft_id).where(drafts.c.draft_id == ref)) is not None:
        return ref
    matches = _prefixed(conn, ref, limit=6)
    if not matches:
        raise NotFound(f"no draft with id or id prefix {ref!r}")
    if len(matches) > 1:
        shown = ", ".join(m[:max(SHORT_ID, len(ref) + 1)] for m in matches[:5]) + (
            ", ..." if len(matches) > 5 else "")
        raise NotFound(
            f"draft id prefix {ref!r} is ambiguous: it matches {shown}; give more characters"
        )
    return matches[0]


def load(conn: Connection, draft_id: str, for_update: bool = False) -> Draft:
    query = select(drafts.c.payload).where(drafts.c.draft_id == draft_id)
    payload = conn.scalar(query.with_for_update() if for_update else query)
    if payload is None:
        raise NotFound(f"no draft with id {draft_id!r}")
    return Draft.model_validate_json(payload)


def _check_seen(draft: Draft, seen: int | None) -> None:
    """A decision or an edit made on version `seen`: refused unless that is the current one."""
    if seen is not None and not 1 <= seen <= draft.version:
        raise NotFound(f"draft {short_id(draft.draft_id)} has no version {seen} "
                       f"(it has versions 1 to {draft.version})")
    if seen is not None and seen != draft.version:
        raise StaleVersion(draft.draft_id, seen, draft.version)


def set_status(conn: Connection, draft_id: str, to: DraftStatus, actor: str,
               reason: str | None, now: datetime, seen: int | None = None,
               publisher: bool = False) -> Draft:
    """Move the draft to `to`; with `seen`, only if that is still its current version."""
    draft = load(conn, draft_id, for_update=True)
    _check_seen(draft, seen)
    check_transition(draft, to, publisher)
    moved = draft.model_copy(update={"status": to, "updated_at": now})
    conn.execute(update(drafts).where(drafts.c.draft_id == draft_id).values(
        status=to.value, payload=moved.model_dump_json(), updated_at=now,
    ))
    _add_event(conn, moved, draft.status, actor, reason, now)
    return moved


def edit(conn: Connection, draft_id: str, edited: Draft, actor: str, reason: str | None,
         now: datetime, seen: int | None = None) -> SaveOutcome:
    """Store a person's edit as the next version, in needs_review; the old versions stay.

    `edited` carries the new article, findings and content hash; an edit whose
    hash equals the stored one writes nothing ("unchanged"). With `seen` (the version the
    edited text was made from), only if that is still the current version.
    """
    stored = load(conn, draft_id, for_update=True)
    _check_seen(stored, seen)
    if edited.content_hash == stored.content_hash:
        return _outcome("unchanged", stored)
    if stored.status != DraftStatus.NEEDS_REVIEW:
        check_transition(stored, DraftStatus.NEEDS_REVIEW)
    version = stored.version + 1
    new = edited.model_copy(update={
        "draft_id": stored.draft_id, "key": stored.key, "version": version,
        "status": DraftStatus.NEEDS_REVIEW, "edited_by": actor,
        "created_at": stored.created_at, "updated_at": now,
    })
    payload = new.model_dump_json()
    conn.execute(
        update(drafts).where(drafts.c.draft_id == stored.draft_id).values(**_mirrored(new, payload))
    )
    _add_version(conn, new, now, payload)
    why = f"edited: version {version}" + (f": {reason}" if reason else "")
    _add_event(conn, new, stored.status, actor, why, now)
    return _outcome("updated", new)


def _filtered(query: Select[Any], session: date | None,
              statuses: Collection[DraftStatus] | None, symbol: str | None) -> Select[Any]:
    c = drafts.c
    conditions: list[ColumnElement[bool]] = []
    if session is not None:
        conditions.append(c.session == session)
    if statuses is not None:
        conditions.append(c.status.in_(sorted(s.value for s in statuses)))
    if symbol is not None:
        conditions.append(c.symbol == symbol)
    return query.where(*conditions)


def summaries(conn: Connection, session: date | None, statuses: Collection[DraftStatus] | None,
              symbol: str | None, limit: int | None = None, offset: int = 0) -> list[DraftSummary]:
    """Queue rows, newest session first, from the mirrored columns (no payload is read).

    The page's ids come first, from the queue-order index alone; then only those rows
    are read (their columns sit after the payload, so reading a row costs its pages).
    """
    c = drafts.c
    page = _filtered(select(c.draft_id), session, statuses, symbol).order_by(
        c.session.desc(), c.symbol, c.writer).offset(offset)
    if limit is not None:
        page = page.limit(limit)
    ids = list(conn.scalars(page))
    rows: dict[str, DraftSummary] = {}
    for start in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[start:start + 500]
        query = select(c.draft_id, c.key, c.symbol, c.session, c.status, c.version, c.writer,
                       c.updated_at, c.headline, c.bias, c.pulse, c.threat_level, c.errors,
                       c.warnings, c.source_ids).where(c.draft_id.in_(chunk))
        rows.update((row.draft_id, _summary(row)) for row in conn.execute(query))
    return [rows[i] for i in ids if i in rows]


def count(conn: Connection, session: date | None, statuses: Collection[DraftStatus] | None,
          symbol: str | None) -> int:
    query = _filtered(select(func.count()).select_from(drafts), session, statuses, symbol)
    return int(conn.scalar(query) or 0)


def _summary(row: Any) -> DraftSummary:
    return DraftSummary(
        draft_id=row.draft_id, key=row.key, symbol=row.symbol, session=row.session,
        status=DraftStatus(row.status), version=row.version, writer=row.writer,
        errors=row.errors or 0, warnings=row.warnings or 0, updated_at=row.updated_at,
        headline=row.headline or "", bias=row.bias or "", pulse=row.pulse or 0,
        threat_level=row.threat_level or 0, source_ids=(row.source_ids or "").split(),
    )


def versions(conn: Connection, draft_id: str) -> list[DraftVersion]:
    c = draft_versions.c
    rows = conn.execute(
        select(c.draft_id, c.version, c.content_hash, c.created_at, c.payload)
        .where(c.draft_id == draft_id).order_by(c.version)
    )
    return [
        DraftVersion(draft_id=r.draft_id, version=r.version, content_hash=r.content_hash,
                     created_at=r.created_at, draft=Draft.model_validate_json(r.payload))
        for r in rows
    ]


def version(conn: Connection, draft_id: str, number: int) -> DraftVersion:
    """One stored version of a draft; NotFound names the versions there are."""
    c = draft_versions.c
    row = conn.execute(
        select(c.draft_id, c.version, c.content_hash, c.created_at, c.payload)
        .where(c.draft_id == draft_id, c.version == number)
    ).first()
    if row is None:
        newest = conn.scalar(select(func.max(c.version)).where(c.draft_id == draft_id))
        raise NotFound(f"draft {short_id(draft_id)} has no version {number} "
                       f"(it has versions 1 to {newest or 0})")
    return DraftVersion(draft_id=row.draft_id, version=row.version, content_hash=row.content_hash,
                        created_at=row.created_at, draft=Draft.model_validate_json(row.payload))


def history(conn: Connection, draft_id: str) -> list[StatusEvent]:
    c = status_events.c
    rows = conn.execute(
        select(c.draft_id, c.from_status, c.to_status, c.actor, c.reason, c.at, c.version)
        .where(c.draft_id == draft_id).order_by(c.id)
    )
    return [
        StatusEvent(draft_id=r.draft_id, from_status=r.from_status, to_status=r.to_status,
                    actor=r.actor, reason=r.reason, at=r.at, version=r.version)
        for r in rows
    ]
