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
Plants: the close's gap to the high and the day's range made wrong (each caught as `derived-mismatch`),
the close after the limit's words and IWM's year after the round of peers (still read:
`value-mismatch`).
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


def vfa6_46_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DESK, DESK_KEY, "prose", "txt", order_desk(built[DESK_KEY])),
            UserText(WALLS, WALLS_KEY, "prose", "txt", walls_note(built[WALLS_KEY])),
            UserText(ROUND, ROUND_KEY, "prose", "txt", peer_round(built[ROUND_KEY]))]


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
    return [
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
