"""The session's snapshots, each computed once: an instrument's own stage and the verifier of
every other instrument's article (which checks figures about it) share the same one.

A snapshot asked for by two threads at once (the model writer runs instruments concurrently)
is computed by the first and waited for by the second. A refusal (`NewsdeskError`) is kept
too: the instrument's own stage raises it again, a peer lookup just goes without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from .contracts import Snapshot
from .errors import NewsdeskError

Compute = Callable[[str, date, list[str]], Snapshot]
"""(symbol, session, notes) -> the snapshot; why something was left out goes to notes."""


@dataclass
class _Entry:
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: bool = False
    snapshot: Snapshot | None = None
    error: NewsdeskError | None = None
    notes: list[str] = field(default_factory=list)


class SessionSnapshots:
    def __init__(self, compute: Compute) -> None:
        self._compute = compute
        self._entries: dict[tuple[str, date], _Entry] = {}
        self._guard = threading.Lock()

    def get(self, symbol: str, session: date, notes: list[str] | None = None) -> Snapshot:
        """The snapshot, computed at the first call only; its notes are added to `notes` on every call."""
        entry = self._entry(symbol, session)
        with entry.lock:
            if not entry.done:
                try:
                    entry.snapshot = self._compute(symbol, session, entry.notes)
                except NewsdeskError as exc:
                    entry.error = exc
                entry.done = True
        if notes is not None:
            notes += entry.notes
        if entry.error is not None:
            raise entry.error
        assert entry.snapshot is not None
        return entry.snapshot

    def peers(self, symbols: Iterable[str], session: date, own: str) -> list[Snapshot]:
        """The snapshots of `symbols` but `own`, computing those not yet computed; refused ones left out."""
        found = []
        for symbol in symbols:
            if symbol == own:
                continue
            try:
                found.append(self.get(symbol, session))
            except NewsdeskError:
                continue
        return found

    def _entry(self, symbol: str, session: date) -> _Entry:
        with self._guard:
            return self._entries.setdefault((symbol, session), _Entry())
