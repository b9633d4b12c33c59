"""Weekdays out of their run, a level's side beside its distance, an average's slope with no window, and
the peers' day in words (issue 14, vwords7 stop 48), in other words than holdouts 22 to 24.

Weekdays: a newest-first list of the week's closes in short weekdays ("Thu $468.79, Wed $468.32, ...").
A price whose weekday repeats the one before it, or steps against the run, is another same-week
session's exact close: the weekday is the slip (`weekday-mismatch`, the price's `value-mismatch`
allowed). The list itself, each day in its place, is clean.

Levels: a round price and its distance from the close with a side word after it ("the round $700 mark
is 1.74% overhead"). The distance right and the side wrong is `level-wrong-side`, spanning the % and the
side word.

Slopes: "the 200-day has slipped 0.32%" with no window told, where 0.32% is the 20-session slope's size:
the verb must go the slope's way (`direction-mismatch` on the figure; `pattern-mismatch` allowed, the
older slope-word reading).

Indicators: "RSI 55.5, under 70 and not overbought" with the "not" taken out is a claim of its own (a
side word and "and" before it negate nothing); "signal 0.47, below it" and "MACD 0.34 under 0.47" (a
bare figure printed as the signal) tell the MACD's side of its signal (`indicator-mismatch`).

Peers: the session called an up day, the instrument's place among the big funds told with a verb, and
the rest of the group as the subject of a comparison with it ("Everybody else did worse", "The other
funds all trailed it"), each against the 1-day moves loaded (`direction-mismatch`); "barely up" of the
best day of the four is a still word on a large move (`magnitude-mismatch`).

A commuter's ledger on DIA, a pension club's levels note on SPY and a Nasdaq fund notebook on QQQ.
Every figure comes from the snapshots, so each clean text is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.verify.past_bars import held_sessions

from .plants import Plant
from .universe import Built
from .user_texts import UserText

DAYS_KEY = "DIA-2026-11-20"
DAYS = f"user-vwords7-days-{DAYS_KEY}"
LEVELS_KEY = "SPY-2026-11-20"
LEVELS = f"user-vwords7-levels-{LEVELS_KEY}"
PEERS_KEY = "QQQ-2026-11-20"  # QQQ the best of the four on the day, all four up
PEERS = f"user-vwords7-peers-{PEERS_KEY}"


def _closes(b: Built) -> dict[str, str]:
    """The week's closes before the session by short weekday ("Mon": "$467.85")."""
    s = b.snapshot
    days: list[date] = held_sessions(s)[-5:-1]
    return {f"{day:%a}": f"${close:,.2f}" for day, close in zip(days, s.recent_closes[-5:-1], strict=True)}


def _slope(b: Built) -> str:
    trend = b.snapshot.trend
    assert trend is not None and trend.sma_200_slope_pct is not None and trend.sma_200_slope_pct < -0.05
    return f"{abs(trend.sma_200_slope_pct):.2f}%"


def ledger(b: Built) -> str:
    c = _closes(b)
    return ("commuter's ledger, DIA, Friday\n\n"
            f"Closes this week, newest first: Thu {c['Thu']}, Wed {c['Wed']}, Tue {c['Tue']}, "
            f"Mon {c['Mon']}. "
            f"Tonight {b.sheet.fmt('close')}.\n"
            f"The 200-day has slipped {_slope(b)}; nothing to do yet.\n"
            f"Momentum: RSI {b.sheet.fmt('rsi_14')}, under 70 and not overbought. "
            f"MACD {b.sheet.fmt('macd')}, signal {b.sheet.fmt('macd_signal')}, below it.\n"
            f"Desk sheet: MACD {b.sheet.fmt('macd')} under {b.sheet.fmt('macd_signal')}.\n")


def _levels(close: float) -> tuple[str, str, str, str]:
    """A round ten above the close and a round five under it, with their distances from the close."""
    up = int(close // 10 + 1) * 10
    down = int(-(-close // 5) - 1) * 5
    return f"${up}", f"{(up / close - 1) * 100:.2f}%", f"${down}", f"{(1 - down / close) * 100:.2f}%"


def levels_note(b: Built) -> str:
    up, up_by, down, down_by = _levels(b.snapshot.close)
    return ("Pension club levels note, SPY\n\n"
            f"SPY finished at {b.sheet.fmt('close')}. The round {up} mark is {up_by} overhead, "
            f"and {down} is {down_by} underneath.\n")


def _peer(b: Built, symbol: str) -> str:
    move = next(m.change_1d_pct for m in b.snapshot.related if m.symbol == symbol)
    assert move is not None and move > 0
    return f"{move:.2f}%"


def notebook(b: Built) -> str:
    return ("Nasdaq fund notebook\n\n"
            f"Today was an up day for the fund: it closed at {b.sheet.fmt('close')}, "
            f"up {b.sheet.fmt('change_1d_pct', 'abs')}.\n"
            f"It gained the most of the big funds: SPY {_peer(b, 'SPY')}, DIA {_peer(b, 'DIA')}, "
            f"IWM {_peer(b, 'IWM')}. Everybody else did worse.\n"
            "The other funds all trailed it.\n")


def vwords7_48_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DAYS, DAYS_KEY, "prose", "txt", ledger(built[DAYS_KEY])),
            UserText(LEVELS, LEVELS_KEY, "prose", "txt", levels_note(built[LEVELS_KEY])),
            UserText(PEERS, PEERS_KEY, "prose", "md", notebook(built[PEERS_KEY]))]


def vwords7_48_plants(built: dict[str, Built]) -> list[Plant]:
    c = _closes(built[DAYS_KEY])
    slope = _slope(built[DAYS_KEY])
    macd = built[DAYS_KEY].sheet.fmt("macd")
    up, up_by, down, down_by = _levels(built[LEVELS_KEY].snapshot.close)
    return [
        Plant(f"vwords7-days-repeat-{DAYS_KEY}", DAYS, "date", f"Thu {c['Thu']}, Wed {c['Wed']}",
              f"Thu {c['Thu']}, Thu {c['Wed']}", "weekday-mismatch", f"Thu {c['Wed']}",
              allowed=["value-mismatch"],
              note=f"{c['Wed']} was Wednesday's close; the short weekday repeats the one before it"),
        Plant(f"vwords7-days-against-{DAYS_KEY}", DAYS, "date", f"Tue {c['Tue']}", f"Mon {c['Tue']}",
              "weekday-mismatch", f"Mon {c['Tue']}", allowed=["value-mismatch"],
              note=f"{c['Tue']} was Tuesday's close; Monday after Wednesday skips a day and the next is "
                   "Monday again"),
        Plant(f"vwords7-days-slope-{DAYS_KEY}", DAYS, "trend", f"has slipped {slope}", f"has climbed {slope}",
              "direction-mismatch", slope, allowed=["pattern-mismatch"],
              note=f"the 200-day's 20-session slope is -{slope}: with no window told, the size is the "
                   "slope's and the verb must go its way"),
        Plant(f"vwords7-days-rsi-{DAYS_KEY}", DAYS, "indicator", "and not overbought", "and overbought",
              "indicator-mismatch", "overbought",
              note="the RSI is under 70: 'overbought' after 'under 70 and' is a claim of its own"),
        Plant(f"vwords7-days-signal-{DAYS_KEY}", DAYS, "indicator", "below it.", "above it.",
              "indicator-mismatch", "above it", note="the MACD is under its signal line"),
        Plant(f"vwords7-days-sheet-{DAYS_KEY}", DAYS, "indicator", f"MACD {macd} under", f"MACD {macd} over",
              "indicator-mismatch", f"MACD {macd} over",
              note="the figure after the side word prints as the signal; the MACD is under it"),
        Plant(f"vwords7-levels-over-{LEVELS_KEY}", LEVELS, "level", f"{up_by} overhead",
              f"{up_by} underneath", "level-wrong-side", f"{up_by} underneath",
              note=f"{up} is above the close, by {up_by}: not underneath"),
        Plant(f"vwords7-levels-under-{LEVELS_KEY}", LEVELS, "level", f"{down_by} underneath",
              f"{down_by} above", "level-wrong-side", f"{down_by} above",
              note=f"{down} is below the close, by {down_by}: not above"),
        Plant(f"vwords7-peers-day-{PEERS_KEY}", PEERS, "direction", "Today was an up day",
              "Today was a down day", "direction-mismatch", "down day", note="QQQ rose on the session"),
        Plant(f"vwords7-peers-barely-{PEERS_KEY}", PEERS, "magnitude", ", up ", ", barely up ",
              "magnitude-mismatch", "barely up", note="the biggest gain of the four is no 'barely'"),
        Plant(f"vwords7-peers-most-{PEERS_KEY}", PEERS, "direction", "gained the most", "gained the least",
              "direction-mismatch", "gained the least", note="QQQ's gain was the biggest of the four"),
        Plant(f"vwords7-peers-else-{PEERS_KEY}", PEERS, "direction", "did worse", "did better",
              "direction-mismatch", "did better", note="every other fund gained less than QQQ"),
        Plant(f"vwords7-peers-trailed-{PEERS_KEY}", PEERS, "direction", "all trailed it", "all beat it",
              "direction-mismatch", "all beat it", note="no other fund beat QQQ on the day"),
    ]
