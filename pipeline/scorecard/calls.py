"""The calls of one session, taken from its snapshot and scores by the rules the writers print.

Nothing here decides a call: the short-term bias is `score_snapshot`'s, the medium- and
long-term ones are `scoring.medium_term_view` / `long_term_view`, the setups are the snapshot's
that follow the short-term call (`indicators.setups.setups_for_bias`), the levels are the
snapshot's key supports and resistances. The backfill (`backfill.py`) hands the same rules the
same readings from series computed once per instrument; a test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..contracts import Bias, KeyLevel, LevelKind, Scores, Snapshot, TradeSetup
from ..indicators.setups import setups_for_bias
from ..scoring import long_term_view, medium_term_view
from .contracts import CallOrigin, HorizonCall, LevelCall, SessionCalls

GRADED_LEVEL_KINDS = (LevelKind.SUPPORT, LevelKind.RESISTANCE, LevelKind.MOVING_AVERAGE)
"""Levels graded as held or broken: not the zone holding the close, not max pain."""


def calls_from_snapshot(snapshot: Snapshot, scores: Scores,
                        origin: CallOrigin = "article") -> SessionCalls:
    """What an article on `snapshot` calls."""
    s = snapshot
    medium, _ = medium_term_view(s.momentum, s.trend, s.close)
    long, _ = long_term_view(s.trend, s.close)
    return session_calls(s.symbol, s.session, origin, close=s.close,
                         change_1d_pct=s.returns.change_1d_pct, atr=s.volatility.atr_14,
                         pulse=scores.pulse, biases=(scores.bias, medium, long),
                         setups=setups_for_bias(s.setups, scores.bias), levels=s.levels)


def session_calls(symbol: str, session: date, origin: CallOrigin, *, close: float,
                  change_1d_pct: float, atr: float | None, pulse: int,
                  biases: tuple[Bias, Bias, Bias], setups: Sequence[TradeSetup],
                  levels: Sequence[KeyLevel]) -> SessionCalls:
    """The contract from its parts; `biases` are short-, medium- and long-term."""
    short, medium, long = biases
    return SessionCalls.model_validate({
        "symbol": symbol, "session": session, "origin": origin, "close": close,
        "change_1d_pct": change_1d_pct, "atr": atr if atr else None, "pulse": pulse,
        "calls": [HorizonCall(horizon="short", bias=short), HorizonCall(horizon="medium", bias=medium),
                  HorizonCall(horizon="long", bias=long)],
        "setups": list(setups), "levels": level_calls(levels, close)})


def level_calls(levels: Sequence[KeyLevel], close: float) -> list[LevelCall]:
    """Supports below the close and resistances above it, as graded."""
    return [LevelCall(side="support" if level.price < close else "resistance", price=level.price,
                      low=level.zone_low if level.zone_low is not None else level.price,
                      high=level.zone_high if level.zone_high is not None else level.price,
                      label=level.label, source=level.source)
            for level in levels if level.kind in GRADED_LEVEL_KINDS and level.price != close]
