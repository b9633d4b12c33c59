"""Market context added to a built snapshot: macro gauges, markets outside the US session
(crossmarket.py) and reported splits and dividends.

Pure: the caller hands in the loader for gauge histories (the run's own, read
once per symbol) and a list that collects notes for the run's report.
"""

from __future__ import annotations

from ..config import MacroConfig
from ..contracts import ActionKind, CorporateAction, PriceHistory, Snapshot
from .crossmarket import cross_market_readings
from .macro import Loader, macro_gauges

ACTION_LOOKBACK_SESSIONS = 5
"""Splits and dividends this many sessions before the snapshot's session (and on it) are flagged."""


def with_market_context(snapshot: Snapshot, macro: MacroConfig, history: PriceHistory, load: Loader,
                        notes: list[str]) -> Snapshot:
    """The snapshot with its macro gauges, cross-market readings and recent corporate actions."""
    gauges, missing = macro_gauges(macro, load, snapshot.session)
    markets, missing_markets = cross_market_readings(macro.cross_markets, load, snapshot.as_of)
    actions = recent_actions(history, snapshot)
    notes += [describe_action(snapshot.symbol, action, snapshot) for action in actions]
    return snapshot.model_copy(update={"macro": gauges, "cross_markets": markets,
                                       "corporate_actions": actions,
                                       "missing": [*snapshot.missing, *missing, *missing_markets]})


def recent_actions(history: PriceHistory, snapshot: Snapshot) -> list[CorporateAction]:
    sessions = [bar.session for bar in history.until(snapshot.session).bars]
    if not sessions:
        return []
    since = sessions[-min(len(sessions), ACTION_LOOKBACK_SESSIONS + 1)]
    return [a for a in history.actions if since <= a.session <= snapshot.session]


def describe_action(symbol: str, action: CorporateAction, snapshot: Snapshot) -> str:
    on_session = " (the article's session)" if action.session == snapshot.session else ""
    if action.kind == ActionKind.SPLIT:
        return (f"{symbol}: {action.value:g}-for-1 split effective {action.session}{on_session}, "
                f"reported by {snapshot.provider}; bars before it are split-adjusted")
    return (f"{symbol}: ex-dividend {action.value:g} on {action.session}{on_session}, reported by "
            f"{snapshot.provider}; closes are not dividend-adjusted, so that day's change includes it")
