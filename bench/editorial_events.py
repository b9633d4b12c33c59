"""The biggest measured event of a session, from raw bars (independent of the writer's angle code).

Each candidate gets a strength on one rough scale where 1.0 is "worth a
sentence" and 3.0 "the story of the day":
- move: 0.8 x |close - previous close| / ATR(14) of the sessions before (simple
  mean of true ranges): a one-ATR day is an ordinary day, tied with quiet;
- high: an all-time closing high 2.5, a 52-week closing high 2.0 (plus the move's
  strength above 1 ATR when the move made it);
- low: a 52-week closing low 2.0 (likewise);
- high also: an up day closing within 1% of the record close, 1.3 plus (1 - % below);
- range-break: a close beyond the range that held to yesterday, 1.2 plus the
  distance beyond in ATR; the range is the pipeline's own definition
  (pipeline.indicators.ranges.range_before_session: the longest 10-60 session
  run of closes within 3 ATR whose top and bottom were each touched twice),
  imported, not re-implemented, so the evaluation and the writer agree on what
  "the range" is and disagree only on how big its break is; with no range, the
  20 sessions before (only when the close is not already a high or a low);
- volume: (volume / 20-session average - 1) x 1.5, from a ratio of 1.5 up;
- divergence: the widest day-change gap to a peer or the benchmark, in the
  instrument's own ATR %, x 0.8;
- vix: |VIX day change %| / 20, from 20% up;
- streak: n/4 for n >= 5 closes in a row in one direction;
- gap: |open - previous close| / ATR x 0.9, from 0.6 ATR;
- cross: the close crossed the 50-day average today by 0.3 ATR or more, 1.2; the
  50-day crossed the 200-day in the last 5 sessions, 2.0;
- divergence also counts a relative streak: n/4 for n >= 4 sessions in a row
  beating or trailing the benchmark (snapshot.relative, from the bars of both);
- event: a scheduled event (snapshot.events, from the config) within 2
  sessions, 1.3 less 0.1 a session;
- quiet: 0.75, the story only when nothing reaches it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.contracts import PriceHistory, RelatedRole, Snapshot
from pipeline.indicators.ranges import range_before_session

ATR_SESSIONS = 14
RANGE_SESSIONS = 20
YEAR_SESSIONS = 252
QUIET = 0.75
TIE = 0.9  # an event within 10% of the top counts as the top too
MOVE_WEIGHT = 0.8


@dataclass(frozen=True)
class Event:
    kind: str
    strength: float
    note: str


def mean_true_range(bars: list) -> float:  # noqa: ANN001 - Bar list
    """The simple mean of the last 14 true ranges of `bars`."""
    window = bars[-ATR_SESSIONS - 1:]
    ranges = [max(b.high, a.close) - min(b.low, a.close) for a, b in zip(window, window[1:], strict=False)]
    return sum(ranges) / len(ranges) if ranges else 0.0


def measured_events(history: PriceHistory, snapshot: Snapshot) -> list[Event]:
    """Every candidate event of the last bar of `history`, strongest first."""
    bars = history.bars
    if len(bars) < RANGE_SESSIONS + 2:
        return [Event("quiet", QUIET, "short history")]
    today, prior = bars[-1], bars[:-1]
    atr = mean_true_range(prior) or 1e-9
    move = (today.close - prior[-1].close) / atr
    events = [Event("quiet", QUIET, "nothing bigger"),
              Event("move", abs(move) * MOVE_WEIGHT, f"{move:+.2f} ATR")]
    events += _extremes(today.close, prior, move, _range_edges(bars))
    events += _volume(today.volume, prior)
    events += _streak(bars)
    events += _gap(today.open, prior[-1].close, atr)
    events += _crosses(bars, atr)
    events += _related(snapshot, atr / prior[-1].close * 100)
    events += _calendar(snapshot)
    return sorted(events, key=lambda e: -e.strength)


def _gap(open_: float, prev_close: float, atr: float) -> list[Event]:
    size = abs(open_ - prev_close) / atr
    return [Event("gap", size * 0.9, f"gap of {size:.2f} ATR")] if size >= 0.6 else []


def _sma(closes: list[float], n: int) -> float | None:
    return sum(closes[-n:]) / n if len(closes) >= n else None


def _crosses(bars: list, atr: float) -> list[Event]:  # noqa: ANN001
    closes = [b.close for b in bars]
    out = []
    today, before = _sma(closes, 50), _sma(closes[:-1], 50)
    if today is not None and before is not None:
        crossed = (closes[-1] - today) * (closes[-2] - before) < 0
        if crossed and abs(closes[-1] - today) >= 0.3 * atr:
            out.append(Event("cross", 1.2, "close crossed the 50-day"))
    for back in range(5):
        cut = closes[:len(closes) - back]
        now = (_sma(cut, 50), _sma(cut, 200))
        then = (_sma(cut[:-1], 50), _sma(cut[:-1], 200))
        if None in now or None in then:
            break
        if (now[0] - now[1]) * (then[0] - then[1]) < 0:  # type: ignore[operator]
            out.append(Event("cross", 2.0 - 0.1 * back, "50-day crossed the 200-day"))
            break
    return out


def _calendar(snapshot: Snapshot) -> list[Event]:
    near = [e for e in snapshot.events if e.sessions_until <= 2]
    return [Event("event", 1.3 - 0.1 * near[0].sessions_until, near[0].name)] if near else []


def _range_edges(bars: list) -> tuple[int, float, float] | None:  # noqa: ANN001 - Bar list
    """(sessions, bottom, top) of the range that held up to yesterday, by the pipeline's definition."""
    found = range_before_session(np.array([b.high for b in bars]), np.array([b.low for b in bars]),
                                 np.array([b.close for b in bars]))
    return (found.sessions, found.lower, found.upper) if found is not None else None


def _extremes(close: float, prior: list, move: float,  # noqa: ANN001
              held: tuple[int, float, float] | None) -> list[Event]:
    closes = [b.close for b in prior]
    extra = max(0.0, abs(move) - 1.0)
    if close > max(closes):
        return [Event("high", 2.5 + extra, "all-time closing high")]
    if close > max(closes[-YEAR_SESSIONS:]):
        return [Event("high", 2.0 + extra, "52-week closing high")]
    if close < min(closes[-YEAR_SESSIONS:]):
        return [Event("low", 2.0 + extra, "52-week closing low")]
    atr = mean_true_range(prior) or 1e-9
    near = _near_record(close, closes, move)
    if held is not None:
        sessions, bottom, top = held
    else:
        sessions = RANGE_SESSIONS
        top, bottom = max(closes[-sessions:]), min(closes[-sessions:])
    beyond = (close - top) if close > top else (bottom - close) if close < bottom else 0.0
    if beyond <= 0:
        return near
    side = "above" if close > top else "below"
    return [*near, Event("range-break", 1.2 + beyond / atr, f"close {side} the {sessions}-session range")]


def _near_record(close: float, closes: list[float], move: float) -> list[Event]:
    """An up day closing within 1% of the all-time closing high."""
    below = (max(closes) - close) / max(closes) * 100
    if move <= 0 or below > 1.0:
        return []
    return [Event("high", 1.3 + (1 - below), f"{below:.2f}% below the record close")]


def _volume(volume: float, prior: list) -> list[Event]:  # noqa: ANN001
    window = [b.volume for b in prior[-RANGE_SESSIONS:] if b.volume]
    if not volume or not window:
        return []
    ratio = volume / (sum(window) / len(window))
    return [Event("volume", (ratio - 1) * 1.5, f"{ratio:.2f}x volume")] if ratio >= 1.5 else []


def _streak(bars: list) -> list[Event]:  # noqa: ANN001
    signs = [1 if b.close > a.close else -1 if b.close < a.close else 0
             for a, b in zip(bars[-30:], bars[-29:], strict=False)]
    n = 0
    for sign in reversed(signs):
        if sign == 0 or sign != signs[-1]:
            break
        n += 1
    return [Event("streak", n / 4, f"{n} closes in a row")] if n >= 5 else []


def _related(snapshot: Snapshot, atr_pct: float) -> list[Event]:
    out = []
    peers = [m for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if peers and atr_pct > 0:
        widest = max(peers, key=lambda m: abs(snapshot.returns.change_1d_pct - m.change_1d_pct))
        gap = abs(snapshot.returns.change_1d_pct - widest.change_1d_pct)
        out.append(Event("divergence", gap / atr_pct * 0.8, f"{gap:.2f} pp vs {widest.symbol}"))
    rel = snapshot.relative
    if rel is not None and rel.streak_direction != "even" and rel.streak_sessions >= 4:
        out.append(Event("divergence", rel.streak_sessions / 4,
                         f"{rel.streak_sessions} sessions {rel.streak_direction} {rel.benchmark}"))
    vix = next((m for m in snapshot.related if m.kind == "volatility"), None)
    if vix is not None and abs(vix.change_1d_pct) >= 20:
        out.append(Event("vix", abs(vix.change_1d_pct) / 20, f"VIX {vix.change_1d_pct:+.1f}%"))
    return out


def top_kinds(events: list[Event]) -> set[str]:
    """The biggest event's kind, and any other within TIE of it."""
    if not events:
        return {"quiet"}
    best = events[0].strength
    return {e.kind for e in events if e.strength >= best * TIE}
