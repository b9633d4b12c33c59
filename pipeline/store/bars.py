"""The bar cache: daily bars and corporate actions per (provider, symbol, session)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, delete, insert, select

from ..contracts import ActionKind, Bar, CorporateAction
from .schema import bar_actions, bar_cache


@dataclass(frozen=True)
class CachedBars:
    """What the cache holds for one symbol: bars oldest first, and which are final."""

    bars: list[Bar]
    final: list[bool]
    actions: list[CorporateAction]

    @property
    def last_final(self) -> date | None:
        """The newest session whose bar will not be fetched again."""
        kept = [bar.session for bar, done in zip(self.bars, self.final, strict=True) if done]
        return kept[-1] if kept else None


def read(conn: Connection, provider: str, symbol: str) -> CachedBars:
    c = bar_cache.c
    rows = conn.execute(select(bar_cache).where(c.provider == provider, c.symbol == symbol)
                        .order_by(c.session)).all()
    bars = [Bar(session=r.session, open=r.open, high=r.high, low=r.low, close=r.close,
                volume=r.volume) for r in rows]
    a = bar_actions.c
    acts = conn.execute(select(bar_actions).where(a.provider == provider, a.symbol == symbol)
                        .order_by(a.session, a.kind)).all()
    actions = [CorporateAction(session=r.session, kind=ActionKind(r.kind), value=r.value) for r in acts]
    return CachedBars(bars, [bool(r.final) for r in rows], actions)


def write(conn: Connection, provider: str, symbol: str, bars: list[Bar], final_until: date | None,
          actions: list[CorporateAction], fetched_at: datetime) -> None:
    """Replace the cached rows for these sessions; bars after `final_until` are not final."""
    c = bar_cache.c
    sessions = [bar.session for bar in bars]
    if sessions:
        conn.execute(delete(bar_cache).where(c.provider == provider, c.symbol == symbol,
                                             c.session.in_(sessions)))
        conn.execute(insert(bar_cache), [
            {"provider": provider, "symbol": symbol, "session": bar.session, "open": bar.open,
             "high": bar.high, "low": bar.low, "close": bar.close, "volume": bar.volume,
             "final": final_until is not None and bar.session <= final_until,
             "fetched_at": fetched_at} for bar in bars])
    a = bar_actions.c
    for action in actions:
        conn.execute(delete(bar_actions).where(a.provider == provider, a.symbol == symbol,
                                               a.session == action.session, a.kind == action.kind.value))
        conn.execute(insert(bar_actions).values(provider=provider, symbol=symbol, session=action.session,
                                                kind=action.kind.value, value=action.value))


def drop(conn: Connection, provider: str, symbol: str) -> int:
    """Forget every cached bar and action of one symbol; returns the bars dropped."""
    result = conn.execute(delete(bar_cache).where(bar_cache.c.provider == provider,
                                                  bar_cache.c.symbol == symbol))
    conn.execute(delete(bar_actions).where(bar_actions.c.provider == provider,
                                           bar_actions.c.symbol == symbol))
    return int(result.rowcount or 0)
