"""Provider chains: the bars sources tried in order per symbol, each failure kept with its reason.

`ProviderChain.load(symbol)` asks the symbol's chain (`market.symbol_providers`
for that symbol, else `market.providers`) one source at a time, each behind the
store's bar cache (keyed by source, so the bars a source served stay filed
under it). A source is passed over when it

- fails: an HTTP error, a rate limit (429 with a Retry-After longer than the
  source's cap), a malformed or empty answer, an unmapped symbol;
- or is stale: its last bar is older than the last closed session.

The first source that serves the last closed session wins; its name is the
history's `provider`, which the article's data line cites. When none does, the
freshest stale history is returned (the data-quality gate then judges it; only
sources older than it count as passed over, since a market closed that day is
behind in every source alike), and
when none answers at all the error carries every source's coded reason.
`passed_over(symbol)` says which sources were skipped and why, for the run's notes.

For the cross-checks it also loads a symbol from one named source
(`from_source`): the chain's next source after the one that served (the
second opinion) or the official series configured in `market.official`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime

from ..contracts import PriceHistory
from ..errors import DataError, QualityRefusal
from ..skips import QualityIssue, SkipCode, skip_reasons
from .cache import CachedBars
from .calendar import SessionCalendar

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
ChainFor = Callable[[str], list[str]]


class ProviderChain:
    """Bars for a symbol from the first source of its chain that serves the last closed session."""

    def __init__(self, sources: dict[str, CachedBars], chain_for: ChainFor, calendar: SessionCalendar,
                 clock: Clock | None = None, calendars: Mapping[str, SessionCalendar] | None = None) -> None:
        self.sources, self.chain_for, self.calendar = sources, chain_for, calendar
        self.calendars = dict(calendars or {})  # symbols judged by their own sessions
        self.clock = clock or (lambda: datetime.now(UTC))
        self._passed_over: dict[str, list[QualityIssue]] = {}

    @property
    def name(self) -> str:
        return "+".join(dict.fromkeys(self.sources))

    def load(self, symbol: str) -> PriceHistory:
        target = self.calendars.get(symbol, self.calendar).last_closed(self.clock()).session
        failures: list[QualityIssue] = []
        stale: list[PriceHistory] = []
        for provider in self.chain_for(symbol):
            try:
                history = self.sources[provider].load(symbol)
            except DataError as exc:
                failures += skip_reasons(exc)
                continue
            if history.bars[-1].session >= target:
                self._passed_over[symbol] = failures + _staler(stale, history, target)
                return history
            stale.append(history)
        if stale:  # the freshest (the first of equals) is used, and judged by the data-quality gate
            freshest = max(stale, key=lambda h: h.bars[-1].session)
            self._passed_over[symbol] = failures + _staler(stale, freshest, target)
            return freshest
        self._passed_over[symbol] = failures
        raise QualityRefusal(failures or [QualityIssue(SkipCode.NO_DATA, f"{symbol}: no source configured")])

    def passed_over(self, symbol: str) -> list[QualityIssue]:
        """The sources skipped for `symbol` on its last load, each with its coded reason."""
        return list(self._passed_over.get(symbol, []))

    def second_source(self, symbol: str, served_by: str) -> str | None:
        """The source after `served_by` in the symbol's chain, if any."""
        chain = self.chain_for(symbol)
        later = chain[chain.index(served_by) + 1:] if served_by in chain else []
        return later[0] if later else None

    def from_source(self, provider: str, symbol: str) -> PriceHistory:
        """The symbol's bars from one named source (through its cache); DataError when it fails."""
        return self.sources[provider].load(symbol)


def _staler(stale: list[PriceHistory], used: PriceHistory, target: date) -> list[QualityIssue]:
    """A stale-last-bar reason for each source whose last bar is older than the one used.

    A source as fresh as the one used was not passed over for staleness: a market
    closed on the US session (a Tokyo holiday) is behind in every source alike.
    """
    newest = used.bars[-1].session
    return [QualityIssue(SkipCode.STALE_LAST_BAR, f"{h.provider} {h.symbol}: the last bar is "
                         f"{h.bars[-1].session}; the last closed session is {target}")
            for h in stale if h.bars[-1].session < newest]
