"""Distances in money between two prices (issue 14, vfa6 stop 46), in other voices than holdout 22's
carousel, complaint reply, gamma note and salon sheet.

- A gap in cents or dollars between two prices the words name or print: "It finished 41 cents off the
  session high", "The fund's low sat $1.12 above it" (a limit), "The day's range was $2.05", "The call
  wall sits $12 above the close": before, read as a price (`number-untraced`, a close's `value-mismatch`, a
  `level-wrong-side` "resistance at $12"). Now it is the gap between two of the prices printed beside it
  and the held prices its sentence names; one that is no such gap but whose words name both its ends
  (the close and the high) is that gap's `derived-mismatch`.
- A client's resting order, its kind named ("Your buy limit on IWM at $242.53", "a buy stop for 40 shares
  of IWM at $245.00"): the order's price, no close (before: `value-mismatch` against the close).
- "It" after a round of three or more peers each with its own move ("QQQ moved +1.90%, SPY +1.10% and DIA
  +0.60%. It is up 0.42% this year"): the text's own instrument again, not the last peer named (before:
  every figure of "It" held to DIA's facts).
- A table of a portfolio's weights ("| Sleeve | Policy weight | Tactical tilt | Current | Close |"): each
  cell that is one % is a share of the portfolio, no move (before: "+3%" and "33%" held to DIA's move); a
  band part of the sessions closed in ("Three of the last five sessions closed between 46,500 and 46,900"):
  the writer's marks, no range edge (before: `value-mismatch` against the range's edges).
- A gap's subject: a new clause's own ("IWM did better than QQQ today, but QQQ beat SPY by 0.80 points":
  QQQ, not IWM, the previous verb's subject) and the text's own in words ("our fund did 0.80 points worse
  than SPY" after DIA's move: IWM's gap, not DIA's).
- A price of things named after 'for' with no article ("$25 for terriers") and a broker's dealing spread
  ("Typical spread 2.6 points"): no market figure (before: `number-untraced`).
- An average as the subject and the close as the object ("The 50-day, $680.43, is 1.11% below us"): the
  close is above the average (before: `direction-mismatch`, read as the close below it).
- A count of sessions that labels a move ("Five sessions: +1.28%"): the 5-day move's period, no figure
  (before: `number-untraced` on the 5).
Plants: the close's gap to the high and the day's range made wrong (each caught as `derived-mismatch`),
the close after the limit's words, IWM's year after the round of peers, and the weights table's close
and Day cells and DIA's move under it (still read: `value-mismatch`), both gaps made wrong
(`derived-mismatch`), the closes after the kennel's prices and the broker's spreads (`value-mismatch`),
the average put on the wrong side of "us" (`direction-mismatch`), and the five sessions' move
(`value-mismatch`).
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

DESK_KEY = "IWM-2026-11-20"
DESK = f"user-vfa6-orderdesk-{DESK_KEY}"
WALLS_KEY = "SPY-2026-11-20"
WALLS = f"user-vfa6-walls-{WALLS_KEY}"


def _cents(value: float) -> str:
    return f"{round(value * 100):d} cents"


def _limit(s: Snapshot) -> float:
    """A buy limit the day's low stayed above: under the low by a round $1.12."""
    return round(s.low - 1.12, 2)


def order_desk(b: Built) -> str:
    s = b.snapshot
    return ("Northgate Brokerage | Order desk reply | ticket 88213\n\n"
            f"Your buy limit on IWM at ${_limit(s):.2f} did not fill on Friday. "
            "The fund's low sat $1.12 above it, so the order never touched the book. "
            f"IWM opened at ${s.open:.2f}, traded between ${s.low:.2f} and ${s.high:.2f} and finished at "
            f"${s.close:.2f}. It finished {_cents(s.high - s.close)} off the session high. "
            f"The day's range was ${s.high - s.low:.2f}.\n\n"
            "We can move the limit or leave it working for Monday; reply to this ticket.\n")


def walls_note(b: Built) -> str:
    s = b.snapshot
    o = s.options
    assert o is not None and o.call_wall is not None and o.put_wall is not None
    return ("Options corner, Friday close\n\n"
            f"SPY settled at ${s.close:.2f}. Open interest clusters at the ${o.call_wall:.0f} strike "
            f"(calls) and the ${o.put_wall:.0f} strike (puts). "
            f"The call wall sits ${o.call_wall - s.close:.0f} above the close and the put wall "
            f"${s.close - o.put_wall:.0f} below it.\n")


ROUND_KEY = "IWM-2026-11-20"
ROUND = f"user-vfa6-round-{ROUND_KEY}"


def _peer_move(b: Built, symbol: str) -> float:
    return next(m.change_1d_pct for m in b.snapshot.related if m.symbol == symbol)


def peer_round(b: Built) -> str:
    s = b.snapshot
    ytd, ath = s.returns.change_ytd_pct, s.extremes.pct_from_ath
    assert ytd is not None and ath is not None
    qqq, spy, dia = (_peer_move(b, p) for p in ("QQQ", "SPY", "DIA"))
    return ("Book club treasurer, a line on our small-cap fund before the meeting.\n\n"
            f"IWM closed at ${s.close:.2f}. QQQ moved {qqq:+.2f}%, SPY {spy:+.2f}% and DIA {dia:+.2f}%. "
            f"It is {_updown(ytd)} {abs(ytd):.2f}% this year and {abs(ath):.2f}% under its record close.\n")


def _updown(value: float) -> str:
    return "up" if value >= 0 else "down"


MANDATE_KEY = "DIA-2026-11-20"
MANDATE = f"user-vfa6-mandate-{MANDATE_KEY}"


def mandate_sheet(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    return ("# Alder Trust | balanced mandate | month-end sheet\n\n"
            "| Sleeve | Policy weight | Tactical tilt | Current | Close | Day |\n|---|---|---|---|---|---|\n"
            f"| DIA | 30% | +3% | 33% | ${s.close:.2f} | {move:+.2f}% |\n"
            "| Bonds | 45% | -3% | 42% | | |\n"
            "| Cash | 5% | 0% | 5% | | |\n\n"
            f"DIA closed at ${s.close:.2f}, {_updown(move)} {abs(move):.2f}% on Friday. "
            "Three of the last five sessions closed between 46,500 and 46,900 on the Dow.\n")


SCORES_KEY = "QQQ-2026-11-20"
SCORES = f"user-vfa6-scores-{SCORES_KEY}"
LAG_KEY = "IWM-2026-11-20"
LAG = f"user-vfa6-lag-{LAG_KEY}"


def _ranked(b: Built) -> list[tuple[str, float]]:
    """The peers' and the text's own 1-day moves, best first."""
    s = b.snapshot
    moves = {m.symbol: m.change_1d_pct for m in s.related if m.role.value in ("peer", "benchmark")
             and m.symbol.isalpha()}
    assert s.returns.change_1d_pct is not None
    return sorted({**moves, s.symbol: s.returns.change_1d_pct}.items(), key=lambda kv: -kv[1])


def scoreboard(b: Built) -> str:
    (top, a), (mid, m), (low, c) = _ranked(b)[:3]
    return ("Office fantasy-fund league, Friday board.\n\n"
            f"{top} {a:+.2f}%, {mid} {m:+.2f}%, {low} {c:+.2f}%. {top} did better than {mid} today, but "
            f"{mid} beat {low} by {m - c:.2f} points.\n")


def lag_note(b: Built) -> str:
    s = b.snapshot
    spy, dia = _peer_move(b, "SPY"), _peer_move(b, "DIA")
    move = s.returns.change_1d_pct
    assert move is not None
    return ("Trustee minutes, small-cap sleeve.\n\n"
            f"The sleeve's fund, IWM, closed at ${s.close:.2f}. SPY rose {spy:.2f}% and DIA {dia:.2f}%: our "
            f"fund did {spy - move:.2f} points worse than SPY.\n")


KENNEL_KEY = "DIA-2026-11-20"
KENNEL = f"user-vfa6-kennel-{KENNEL_KEY}"
CFD_KEY = "QQQ-2026-11-20"
CFD = f"user-vfa6-cfd-{CFD_KEY}"


def kennel_note(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    return ("Hillside Kennel Club, December letter.\n\n"
            "Grooming stays at $40 for poodles and $25 for terriers; boarding is $32 a night. "
            f"The club's reserve sits in DIA, which closed on Friday at ${s.close:.2f}, "
            f"{_updown(move)} {abs(move):.2f}% on the day.\n")


def cfd_sheet(b: Built) -> str:
    s = b.snapshot
    return ("US Tech 100 CFD | key information\n\n"
            "Typical spread 2.6 points; minimum spread 1.5 points. Margin 5%. "
            f"The underlying fund QQQ closed at ${s.close:.2f} on Friday.\n")


FLOOR_KEY = "SPY-2026-11-20"
FLOOR = f"user-vfa6-floor-{FLOOR_KEY}"


def _side_word(pct: float) -> str:
    """The side of the close an average sits on, from the close's distance to it."""
    return "below" if pct >= 0 else "above"


def floor_chat(b: Built) -> str:
    s = b.snapshot
    t = s.trend
    assert t.sma_50 is not None and t.pct_vs_sma_50 is not None
    return ("CALL-IN, hour two.\n\n"
            f"HOST: SPY closed at ${s.close:.2f}. Where's the floor? GUEST: Look at the 50-day. The 50-day, "
            f"${t.sma_50:.2f}, is {abs(t.pct_vs_sma_50):.2f}% {_side_word(t.pct_vs_sma_50)} us.\n")


SLIDES_KEY = "DIA-2026-11-20"
SLIDES = f"user-vfa6-slides-{SLIDES_KEY}"


def slides(b: Built) -> str:
    s = b.snapshot
    week, day = s.returns.change_5d_pct, s.returns.change_1d_pct
    assert week is not None and day is not None
    return ("Swipe deck: the Dow fund's week\n\n"
            f"**Slide 1 of 4: Friday**\nDIA closed at ${s.close:.2f}, {_updown(day)} {abs(day):.2f}%.\n\n"
            f"**Slide 2 of 4: The week so far**\nFive sessions: {week:+.2f}%. A quiet week.\n")


def vfa6_46_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DESK, DESK_KEY, "prose", "txt", order_desk(built[DESK_KEY])),
            UserText(WALLS, WALLS_KEY, "prose", "txt", walls_note(built[WALLS_KEY])),
            UserText(ROUND, ROUND_KEY, "prose", "txt", peer_round(built[ROUND_KEY])),
            UserText(MANDATE, MANDATE_KEY, "prose", "md", mandate_sheet(built[MANDATE_KEY])),
            UserText(SCORES, SCORES_KEY, "prose", "txt", scoreboard(built[SCORES_KEY])),
            UserText(LAG, LAG_KEY, "prose", "txt", lag_note(built[LAG_KEY])),
            UserText(KENNEL, KENNEL_KEY, "prose", "txt", kennel_note(built[KENNEL_KEY])),
            UserText(CFD, CFD_KEY, "prose", "txt", cfd_sheet(built[CFD_KEY])),
            UserText(FLOOR, FLOOR_KEY, "prose", "txt", floor_chat(built[FLOOR_KEY])),
            UserText(SLIDES, SLIDES_KEY, "prose", "md", slides(built[SLIDES_KEY]))]


def _plant(base: str, what: str, check: str, old: str, new: str, code: str, span: str, note: str) -> Plant:
    name, key = base.removeprefix("user-vfa6-").split("-", 1)
    return Plant(f"vfa6-{name}-{what}-{key}", base, check, old, new, code, span, note=note)


def vfa6_46_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[DESK_KEY].snapshot
    off, width = _cents(s.high - s.close), f"${s.high - s.low:.2f}"
    wrong_close = f"${s.close - 0.94:.2f}"
    wrong_off, wrong_width = _cents(s.high - s.close + 0.37), f"${s.high - s.low + 0.85:.2f}"
    ytd = s.returns.change_ytd_pct
    assert ytd is not None
    wrong_ytd = f"{abs(ytd) + 1.7:.2f}%"
    d = built[MANDATE_KEY].snapshot
    d_move = d.returns.change_1d_pct
    assert d_move is not None
    wrong_cell, wrong_move = f"${d.close + 2.35:.2f}", f"{abs(d_move) + 0.45:.2f}%"
    (_, __), (mid, m), (low, c) = _ranked(built[SCORES_KEY])[:3]
    gap, wrong_gap = f"{m - c:.2f} points", f"{m - c + 0.45:.2f} points"
    i = built[LAG_KEY].snapshot
    i_move, i_spy = i.returns.change_1d_pct, _peer_move(built[LAG_KEY], "SPY")
    assert i_move is not None
    lag, wrong_lag = f"{i_spy - i_move:.2f} points", f"{i_spy - i_move + 0.3:.2f} points"
    k, q = built[KENNEL_KEY].snapshot, built[CFD_KEY].snapshot
    wrong_k, wrong_q = f"${k.close - 3.15:.2f}", f"${q.close + 4.65:.2f}"
    f_pct = built[FLOOR_KEY].snapshot.trend.pct_vs_sma_50
    assert f_pct is not None
    side, other = _side_word(f_pct), "above" if _side_word(f_pct) == "below" else "below"
    week = built[SLIDES_KEY].snapshot.returns.change_5d_pct
    assert week is not None
    wrong_week = f"{week + 0.85:+.2f}%"
    return [
        _plant(SLIDES, "week", "value", f"Five sessions: {week:+.2f}%", f"Five sessions: {wrong_week}",
               "value-mismatch", wrong_week, f"DIA moved {week:+.2f}% in five sessions; 'Five' is a label"),
        _plant(FLOOR, "side", "direction", f"{abs(f_pct):.2f}% {side} us", f"{abs(f_pct):.2f}% {other} us",
               "direction-mismatch", f"{abs(f_pct):.2f}%",
               f"the 50-day is {side} the close: SPY is {f_pct:+.2f}% from it"),
        _plant(KENNEL, "close", "value", f"at ${k.close:.2f}", f"at {wrong_k}", "value-mismatch", wrong_k,
               f"DIA closed at ${k.close:.2f}; the grooming prices before it are the club's"),
        _plant(CFD, "close", "value", f"at ${q.close:.2f}", f"at {wrong_q}", "value-mismatch", wrong_q,
               f"QQQ closed at ${q.close:.2f}; the spreads before it are the broker's"),
        _plant(SCORES, "gap", "derived", f"by {gap}", f"by {wrong_gap}", "derived-mismatch",
               wrong_gap.split()[0], f"{mid} beat {low} by {gap}: the 'but' clause's own subject"),
        _plant(LAG, "gap", "derived", f"did {lag} worse", f"did {wrong_lag} worse", "derived-mismatch",
               wrong_lag.split()[0], f"IWM trailed SPY by {lag}; 'our fund' is the text's own, not DIA"),
        _plant(MANDATE, "cell", "value", f"| ${d.close:.2f} |", f"| {wrong_cell} |", "value-mismatch",
               wrong_cell, f"DIA closed at ${d.close:.2f}: a weights table's close column is the market's"),
        _plant(MANDATE, "daycell", "value", f"| {d_move:+.2f}% |", f"| {d_move + 0.45:+.2f}% |",
               "value-mismatch", f"{d_move + 0.45:+.2f}%",
               f"DIA moved {d_move:+.2f}%: a weights table's Day column is the fund's"),
        _plant(MANDATE, "move", "value", f"{abs(d_move):.2f}% on Friday", f"{wrong_move} on Friday",
               "value-mismatch", wrong_move, f"DIA moved {d_move:+.2f}% on Friday; the weights above are the "
               "mandate's"),
        _plant(ROUND, "ytd", "value", f"{abs(ytd):.2f}% this year", f"{wrong_ytd} this year",
               "value-mismatch", wrong_ytd,
               f"IWM is {ytd:+.2f}% this year: 'It' after the round of peers is the fund's own"),
        _plant(DESK, "offhigh", "derived", f"{off} off the session high", f"{wrong_off} off the session high",
               "derived-mismatch", wrong_off,
               f"IWM closed at ${s.close:.2f}, {off} under its high of ${s.high:.2f}"),
        _plant(DESK, "range", "derived", f"range was {width}", f"range was {wrong_width}",
               "derived-mismatch", wrong_width,
               f"the day's range was {width}: ${s.high:.2f} to ${s.low:.2f}"),
        _plant(DESK, "close", "value", f"finished at ${s.close:.2f}", f"finished at {wrong_close}",
               "value-mismatch", wrong_close,
               f"IWM closed at ${s.close:.2f}: the limit's price before it is the client's, this the tape's"),
    ]
