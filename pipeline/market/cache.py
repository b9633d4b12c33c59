"""The bar cache in front of an HTTP source: a rerun asks only for what it lacks.

`CachedBars.load(symbol)` works out the newest closed session from the exchange
calendar and the clock, reads what the store holds for (source, symbol), and
asks the source only for sessions after the newest *final* cached bar:

- nothing cached: `history_days` calendar days up to that session;
- everything up to that session cached and final: no request at all;
- a bar fetched less than `settle_minutes` after its close is stored but not
  final (sources revise closing prints for a while), so the next run asks for
  it again;
- a bar for a session that has not closed (a source answering mid-session with
  a live bar) is dropped: a partial bar never becomes a close.

With split-adjusted bars, a split reported after the cached bars puts the cache
on an old basis: it is dropped and the history fetched again in full, and the
split is kept as a `CorporateAction` for the snapshot to flag.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta

from ..contracts import ActionKind, CorporateAction, PriceHistory
from ..errors import DataError
from ..skips import SkipCode
from ..store import Store
from .base import BarsSource, Fetched
from .calendar import SessionCalendar

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class CachedBars:
    """Bars of one source through the store's cache (`store=None`: no cache, always fetch)."""

    def __init__(self, source: BarsSource, calendar: SessionCalendar, store: Store | None, *,
                 history_days: int = 800, settle_minutes: int = 30, adjusted: bool = True,
                 clock: Clock | None = None, calendars: Mapping[str, SessionCalendar] | None = None) -> None:
        self.source, self.calendar, self.store = source, calendar, store
        self.calendars = dict(calendars or {})
        """Symbols judged by their own sessions (markets outside the US session), not `calendar`'s."""
        self.history_days, self.settle = history_days, timedelta(minutes=settle_minutes)
        self.adjusted = adjusted
        self.clock = clock or (lambda: datetime.now(UTC))
        self.fetches = 0

    @property
    def name(self) -> str:
        return self.source.name

    def calendar_for(self, symbol: str) -> SessionCalendar:
        return self.calendars.get(symbol, self.calendar)

    def load(self, symbol: str) -> PriceHistory:
        now = self.clock()
        calendar = self.calendar_for(symbol)
        target = calendar.last_closed(now).session
        held = self.store.cached_bars(self.name, symbol) if self.store is not None else None
        bars, actions = (held.bars, held.actions) if held else ([], [])
        last_final = held.last_final if held else None
        if last_final is None or last_final < target:
            start = last_final + timedelta(days=1) if last_final else self._first_day(target)
            fetched = self._fetch(symbol, start, target)
            if last_final is not None and self._rebased(fetched, last_final):
                log.info("%s %s: split after the cached bars; fetching the history again",
                         self.name, symbol)
                self._drop(symbol)
                bars, actions = [], []
                fetched = self._fetch(symbol, self._first_day(target), target)
            self._save(symbol, fetched, self._final_until(target, now, calendar))
            bars = [bar for bar in bars if bar.session < start] + fetched.bars
            actions = _merge_actions(actions, fetched.actions)
        if not bars:
            raise DataError(f"{self.name} {symbol}: no bars up to {target}", code=SkipCode.NO_DATA)
        return PriceHistory(symbol=symbol, provider=self.name, bars=bars, actions=actions)

    def _first_day(self, target: date) -> date:
        return target - timedelta(days=self.history_days)

    def _fetch(self, symbol: str, start: date, target: date) -> Fetched:
        self.fetches += 1
        fetched = self.source.fetch(symbol, start, target)
        late = [bar.session for bar in fetched.bars if bar.session > target]
        if late:
            log.info("%s %s: dropped bar(s) for %s, not closed yet", self.name, symbol, late)
        kept = [bar for bar in fetched.bars if start <= bar.session <= target]
        return Fetched(kept, [a for a in fetched.actions if a.session <= target])

    def _rebased(self, fetched: Fetched, last_final: date) -> bool:
        return self.adjusted and any(action.kind == ActionKind.SPLIT and action.session > last_final
                                     for action in fetched.actions)

    def _final_until(self, target: date, now: datetime, calendar: SessionCalendar) -> date | None:
        """Bars up to this session are final; the target itself only once it has settled."""
        if now >= calendar.close_at(target) + self.settle:
            return target
        return calendar.previous_session(target)

    def _save(self, symbol: str, fetched: Fetched, final_until: date | None) -> None:
        if self.store is not None:
            self.store.cache_bars(self.name, symbol, fetched.bars, final_until, fetched.actions)

    def _drop(self, symbol: str) -> None:
        if self.store is not None:
            self.store.drop_cached_bars(self.name, symbol)


def _merge_actions(old: list[CorporateAction], new: list[CorporateAction]) -> list[CorporateAction]:
    keyed = {(a.session, a.kind): a for a in [*old, *new]}
    return [keyed[key] for key in sorted(keyed)]
