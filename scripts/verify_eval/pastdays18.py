"""Past sessions' figures in forms the dated check used to drop (issue 14, vfp stop 18), in other words
than the holdouts'.

- A weekday's possessive before a colon labels the figure after it ("Last Friday's: $247.01").
- A since phrase whose day's close stands right after it ("since last Friday's close ($247.01)") dates
  that figure to the day; the since tells the move beside it.
- A weekday with its day of the month ("on Friday the 13th at $247.01"): the ordinal names the day,
  it is no figure standing between the day and its price.
- A clause set "last week" reads its weekdays in the week before the session's ("Last week it was
  $605.03 on Monday").
- A price dated by "on <day>" with no measure word ("after touching $617.98 on Wednesday") is held to
  any figure of that bar (close, high or low); one that is none of them is still untraced.
- A price a dated day's fall went to ("it had slid to $679.84 on Tuesday") may be that day's close as
  well as its low; "closed at a two-week high of $X on Thursday" is a close.
Plants: each figure moved off the bar (`value-mismatch`; untraced where no measure is named).

Every figure comes from the snapshots' recent bars, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SMALL_KEY = "IWM-2026-11-17"  # a Tuesday
TECH_KEY = "QQQ-2025-11-17"  # a Monday
BROAD_KEY = "SPY-2026-11-20"  # a Friday


def _base(key: str) -> str:
    return f"user-vfp-pastdays-{key}"


def _bar(s: Snapshot, day: str) -> tuple[float, float, float]:
    """(close, low, high) of a held session."""
    n = s.recent_sessions.index(date.fromisoformat(day))
    return s.recent_closes[n], s.recent_lows[n], s.recent_highs[n]


def _small(s: Snapshot) -> dict[str, float]:
    fri, thu, mon = _bar(s, "2026-11-13")[0], _bar(s, "2026-11-12")[0], _bar(s, "2026-11-16")[0]
    return {"close": float(s.close), "fri": fri, "thu": thu, "mon": mon,
            "since": (float(s.close) / fri - 1) * 100}


def small_note(b: Built) -> str:
    f = _small(b.snapshot)
    assert f["since"] < 0
    return ("# Small caps: the Tuesday tally\n\n"
            f"IWM settled at ${f['close']:.2f}. Since last Friday's close (${f['fri']:.2f}) the fund has "
            "given up "
            f"{abs(f['since']):.2f}%.\n\n"
            f"For the record, Monday's close: ${f['mon']:.2f}. Last Friday's: ${f['fri']:.2f}.\n\n"
            f"Going back further, on Friday the 13th it ended at {f['fri']:.2f} USD, and on Thursday the "
            "12th at "
            f"{f['thu']:.2f} USD.\n")


def _tech(s: Snapshot) -> dict[str, float]:
    return {"close": float(s.close), "mon": _bar(s, "2025-11-10")[0], "fri": _bar(s, "2025-11-14")[0],
            "wed_high": _bar(s, "2025-11-12")[2]}


def tech_note(b: Built) -> str:
    f = _tech(b.snapshot)
    return ("# Nasdaq fund: a look back\n\n"
            f"QQQ finished at ${f['close']:.2f}. Last week the fund was at ${f['mon']:.2f} on Monday and "
            f"${f['fri']:.2f} on Friday, after touching ${f['wed_high']:.2f} on Wednesday.\n")


def _broad(s: Snapshot) -> dict[str, float]:
    tue_close, tue_low, _ = _bar(s, "2026-11-17")
    wed_close = _bar(s, "2026-11-18")[0]
    assert abs(tue_close - tue_low) > 1
    return {"close": float(s.close), "tue": tue_close, "wed": wed_close}


def broad_note(b: Built) -> str:
    f = _broad(b.snapshot)
    return ("# S&P fund: the week in two lines\n\n"
            f"SPY ended the week at ${f['close']:.2f}. It had slid to ${f['tue']:.2f} on Tuesday, then "
            "closed at "
            f"a two-day high of ${f['wed']:.2f} on Wednesday.\n")


WRITERS = {SMALL_KEY: small_note, TECH_KEY: tech_note, BROAD_KEY: broad_note}


def pastdays_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()]


def _moved(value: float, by: float, dollar: bool = True) -> str:
    return f"{'$' if dollar else ''}{value + by:.2f}"


def pastdays_plants(built: dict[str, Built]) -> list[Plant]:
    small, tech, broad = _small(built[SMALL_KEY].snapshot), _tech(built[TECH_KEY].snapshot), \
        _broad(built[BROAD_KEY].snapshot)
    fri, thu = f"{small['fri']:.2f}", f"{small['thu']:.2f}"
    return [
        Plant(f"vfp-pastdays-since-{SMALL_KEY}", _base(SMALL_KEY), "history", f"close (${fri})",
              f"close ({_moved(small['fri'], -1.6)})", "value-mismatch", _moved(small['fri'], -1.6),
              note="Friday's close is not that figure"),
        Plant(f"vfp-pastdays-colon-{SMALL_KEY}", _base(SMALL_KEY), "history", f"Last Friday's: ${fri}",
              f"Last Friday's: {_moved(small['fri'], 2.3)}", "value-mismatch", _moved(small['fri'], 2.3),
              note="Friday's close is not that figure"),
        Plant(f"vfp-pastdays-ordinal-{SMALL_KEY}", _base(SMALL_KEY), "history", f"ended at {fri} USD",
              f"ended at {_moved(small['fri'], -2.1, False)} USD", "value-mismatch",
              _moved(small['fri'], -2.1, False), note="Friday the 13th's close is not that figure"),
        Plant(f"vfp-pastdays-ordinal2-{SMALL_KEY}", _base(SMALL_KEY), "history", f"12th at {thu} USD",
              f"12th at {_moved(small['thu'], 1.9, False)} USD", "value-mismatch",
              _moved(small['thu'], 1.9, False),
              note="Thursday the 12th's close is not that figure"),
        Plant(f"vfp-pastdays-week-{TECH_KEY}", _base(TECH_KEY), "history", f"${tech['mon']:.2f} on Monday",
              f"{_moved(tech['mon'], -3.4)} on Monday", "value-mismatch", _moved(tech['mon'], -3.4),
              note="where the fund was on last week's Monday: not that bar's close"),
        Plant(f"vfp-pastdays-touch-{TECH_KEY}", _base(TECH_KEY), "history",
              f"touching ${tech['wed_high']:.2f}",
              f"touching {_moved(tech['wed_high'], -1.0)}", "number-untraced", _moved(tech['wed_high'], -1.0),
              note="no measure named: none of the Wednesday bar's figures, nor any fact"),
        Plant(f"vfp-pastdays-slid-{BROAD_KEY}", _base(BROAD_KEY), "history", f"slid to ${broad['tue']:.2f}",
              f"slid to {_moved(broad['tue'], -2.7)}", "value-mismatch", _moved(broad['tue'], -2.7),
              note="neither Tuesday's close nor its low"),
        Plant(f"vfp-pastdays-high-{BROAD_KEY}", _base(BROAD_KEY), "history", f"high of ${broad['wed']:.2f}",
              f"high of {_moved(broad['wed'], 1.8)}", "value-mismatch", _moved(broad['wed'], 1.8),
              note="Wednesday's close is not that figure"),
    ]
