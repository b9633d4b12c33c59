"""What every daily-bars source provides, and the pieces they share.

A `BarsSource` answers one question: the daily bars of a symbol between two
sessions (both included), with the splits and dividends it reports for that
span. Sources return bars as the source publishes them under the configured
adjustment policy; they never fill, repair or re-adjust anything. The cache in
`cache.py` sits in front of a source and decides what to ask for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from pydantic import ValidationError

from ..contracts import ActionKind, Bar, CorporateAction
from ..errors import ProviderError


@dataclass(frozen=True)
class Fetched:
    """One answer of a source: bars oldest first, and the actions it reported."""

    bars: list[Bar]
    actions: list[CorporateAction] = field(default_factory=list)


class BarsSource(Protocol):
    name: str

    def fetch(self, symbol: str, start: date, end: date) -> Fetched:
        """Bars for sessions `start`..`end`; ProviderError on an error answer."""
        ...


def source_symbol(symbol: str, mapping: dict[str, str]) -> str:
    """The source's spelling of a newsdesk symbol (unchanged unless configured)."""
    return mapping.get(symbol, symbol)


def make_bar(where: str, session: date, open_: object, high: object, low: object, close: object,
             volume: object) -> Bar | None:
    """A bar from loosely typed JSON values; None when the source left the row empty.

    A row with some prices and not others, or with a non-positive price, is a
    broken answer and raises ProviderError naming the session.
    """
    prices = [_float(value) for value in (open_, high, low, close)]
    if all(price is None for price in prices):
        return None
    if any(price is None or price <= 0 for price in prices):
        raise ProviderError(f"{where}: broken bar on {session}: "
                            f"open {open_}, high {high}, low {low}, close {close}")
    o, h, lo, c = (float(p) for p in prices if p is not None)
    vol = _float(volume) or 0.0
    if h < lo or vol < 0:
        raise ProviderError(f"{where}: broken bar on {session}: high {h} below low {lo} "
                            f"or volume {vol} negative")
    return Bar(session=session, open=o, high=h, low=lo, close=c, volume=vol)


def make_action(where: str, session: date, kind: ActionKind, value: object) -> CorporateAction:
    """A split or dividend; ProviderError when its ratio or amount is missing or not positive."""
    try:
        return CorporateAction(session=session, kind=kind, value=value)  # type: ignore[arg-type]
    except ValidationError:
        raise ProviderError(f"{where}: {kind} on {session} with ratio or amount {value!r}") from None


def _float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def one_bar_per_session(where: str, bars: list[Bar]) -> list[Bar]:
    """Sorted bars; two different bars for one session is a broken answer."""
    by_session: dict[date, Bar] = {}
    for bar in bars:
        seen = by_session.get(bar.session)
        if seen is not None and seen != bar:
            raise ProviderError(f"{where}: two different bars for {bar.session}")
        by_session[bar.session] = bar
    return [by_session[day] for day in sorted(by_session)]
