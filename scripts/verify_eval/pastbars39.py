"""Past sessions in prose, second round (issue 14, vpast, stop 39), in other words than the holdouts'.

- A price dated to a past session with no measure word of its own ("$247.26 on Monday, $245.28 on
  Tuesday", "Mon 9 Nov $688.56", "Tuesday the 17th, when the fund sat at $615.97") is one of that bar's
  figures, and a day-by-day account prints the days' closes: a price that is none of them is held to
  that day's close (it was `number-untraced`, or not checked at all) unless its words price a trade,
  an order or a level ("I bought at $616.40 on Tuesday").
- "the Friday before" is the Friday before the session's week's (before the day named just before
  it: "last Friday ..., and the Wednesday before that"), not the session's own Friday (a true past
  close was read as today's close: a false `value-mismatch`).
- A figure dated to a held bar is checked against it even in a sentence that quotes a source;
  "yesterday's $X" and "$X the day before" with no day named are the session before's close.
- A past session's open ("On Wednesday it had opened at $X") is unverifiable (no past open is stored),
  never held to the session's open; the session's open told as a start ("came out of the starting gate
  at $X") is the open, not the close; "the session's top tick", "its floor" are the day's high and low.
Plants: a past close moved off its bar, the open or the high moved (`value-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

BROAD_KEY = "SPY-2026-11-17"  # a Tuesday; the bars hold the week before
SMALL_KEY = "IWM-2026-11-20"  # a Friday
BLUE_KEY = "DIA-2026-11-20"  # a Friday: "the Friday before" is Nov 13
TECH_KEY = "QQQ-2026-11-20"  # a Friday


def _base(key: str) -> str:
    return f"user-vpast-bare-{key}"


def close_on(s: Snapshot, day: date) -> str:
    """The close of a dated past session as printed (two decimals), from the snapshot's bars."""
    return f"{s.recent_closes[s.recent_sessions.index(day)]:.2f}"


def _broad(s: Snapshot) -> dict[str, str]:
    return {"mon9": close_on(s, date(2026, 11, 9)), "wed11": close_on(s, date(2026, 11, 11)),
            "fri13": close_on(s, date(2026, 11, 13)), "close": f"{s.close:.2f}",
            "prev": f"{s.prev_close:.2f}"}


def broad_note(b: Built) -> str:
    f = _broad(b.snapshot)
    return ("# S&P fund: how the prior week went\n\n"
            f"The prior week in three prints: Mon 9 Nov ${f['mon9']}, Wed 11 Nov ${f['wed11']}, Fri 13 Nov "
            f"${f['fri13']}.\n\n"
            f"Today it settled at ${f['close']}, under yesterday's ${f['prev']}.\n")


def _small(s: Snapshot) -> dict[str, str]:
    return {"mon": close_on(s, date(2026, 11, 16)), "tue": close_on(s, date(2026, 11, 17)),
            "wed": close_on(s, date(2026, 11, 18)), "close": f"{s.close:.2f}"}


def small_note(b: Built) -> str:
    f = _small(b.snapshot)
    return ("# Small caps: a slow leak\n\n"
            f"IWM ended the week at ${f['close']}. It had leaked all week: ${f['mon']} on Monday, "
            f"${f['tue']} on Tuesday and ${f['wed']} on Wednesday.\n")


def _blue(s: Snapshot) -> dict[str, str]:
    fri13, wed11 = close_on(s, date(2026, 11, 13)), close_on(s, date(2026, 11, 11))
    assert fri13 != f"{s.close:.2f}"
    return {"fri13": fri13, "wed11": wed11, "mon": close_on(s, date(2026, 11, 16)), "close": f"{s.close:.2f}"}


def blue_note(b: Built) -> str:
    f = _blue(b.snapshot)
    return ("# Blue chips: two Fridays\n\n"
            f"DIA settled at ${f['close']} on Friday. It had finished at ${f['fri13']} the Friday before and "
            f"at ${f['mon']} on Monday.\n\n"
            f"Go back further: last Friday it ended at ${f['fri13']}, and the Wednesday before that at "
            f"${f['wed11']}.\n")


def _tech(s: Snapshot) -> dict[str, str]:
    tue = date(2026, 11, 17)
    n = s.recent_sessions.index(tue)
    inside = round((s.recent_highs[n] + s.recent_lows[n]) / 2, 2)
    assert f"{inside:.2f}" not in (close_on(s, tue), f"{s.recent_highs[n]:.2f}", f"{s.recent_lows[n]:.2f}")
    return {"tue": close_on(s, tue), "inside": f"{inside:.2f}", "close": f"{s.close:.2f}"}


def tech_note(b: Built) -> str:
    f = _tech(b.snapshot)
    return ("# Nasdaq fund: a round trip\n\n"
            f"Think back to Tuesday the 17th, when QQQ sat at ${f['tue']}; on Friday it closed at "
            f"${f['close']}.\n\n"
            f"I bought 40 shares at ${f['inside']} on Tuesday, which now looks fine.\n")


WRITERS = {BROAD_KEY: broad_note, SMALL_KEY: small_note, BLUE_KEY: blue_note, TECH_KEY: tech_note}

OPEN_KEY = "DIA-2026-11-20"
OPEN_BASE = f"user-vpast-open-{OPEN_KEY}"


def _opens(s: Snapshot) -> dict[str, str]:
    wed = date(2026, 11, 18)
    n = s.recent_sessions.index(wed)
    made_up = f"{s.recent_lows[n] + 0.61:.2f}"  # a price of Wednesday's that no stored figure holds
    assert made_up not in (f"{s.open:.2f}", f"{s.recent_closes[n]:.2f}", f"{s.recent_highs[n]:.2f}")
    return {"open": f"{s.open:.2f}", "high": f"{s.high:.2f}", "low": f"{s.low:.2f}",
            "close": f"{s.close:.2f}", "wed_open": made_up}


def open_note(b: Built) -> str:
    f = _opens(b.snapshot)
    return ("# Blue chips: the shape of Friday\n\n"
            f"DIA came out of the starting gate at ${f['open']} and finished at ${f['close']}. The session's "
            f"top tick was ${f['high']}, its floor ${f['low']}.\n\n"
            f"On Wednesday it had opened at ${f['wed_open']}.\n")


def bare_texts(built: dict[str, Built]) -> list[UserText]:
    return [*(UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()),
            UserText(OPEN_BASE, OPEN_KEY, "prose", "md", open_note(built[OPEN_KEY]))]


def _moved(value: str, by: float) -> str:
    return f"${float(value) + by:.2f}"


def bare_plants(built: dict[str, Built]) -> list[Plant]:
    broad, small = _broad(built[BROAD_KEY].snapshot), _small(built[SMALL_KEY].snapshot)
    blue, tech = _blue(built[BLUE_KEY].snapshot), _tech(built[TECH_KEY].snapshot)
    opens = _opens(built[OPEN_KEY].snapshot)
    return [
        Plant(f"vpast-gate-{OPEN_KEY}", OPEN_BASE, "value", f"gate at ${opens['open']}",
              f"gate at {_moved(opens['open'], 0.9)}", "value-mismatch", _moved(opens['open'], 0.9),
              note="the price the day set out from is its open, which is not that figure"),
        Plant(f"vpast-toptick-{OPEN_KEY}", OPEN_BASE, "value", f"tick was ${opens['high']}",
              f"tick was {_moved(opens['high'], 1.2)}", "value-mismatch", _moved(opens['high'], 1.2),
              note="the session's top tick is its high, which is not that figure"),
        Plant(f"vpast-bare-wed11-{BROAD_KEY}", _base(BROAD_KEY), "history", f"Wed 11 Nov ${broad['wed11']}",
              f"Wed 11 Nov {_moved(broad['wed11'], -1.7)}", "value-mismatch", _moved(broad['wed11'], -1.7),
              note="Wednesday Nov 11 closed elsewhere"),
        Plant(f"vpast-yesterdays-{BROAD_KEY}", _base(BROAD_KEY), "history", f"yesterday's ${broad['prev']}",
              f"yesterday's {_moved(broad['prev'], 2.5)}", "value-mismatch", _moved(broad['prev'], 2.5),
              note="yesterday's close (the session before) is not that figure"),
        Plant(f"vpast-bare-tue-{SMALL_KEY}", _base(SMALL_KEY), "history", f"${small['tue']} on Tuesday",
              f"{_moved(small['tue'], 0.9)} on Tuesday", "value-mismatch", _moved(small['tue'], 0.9),
              note="Tuesday's close is not that figure"),
        Plant(f"vpast-bare-frib4-{BLUE_KEY}", _base(BLUE_KEY), "history",
              f"${blue['fri13']} the Friday before",
              f"{_moved(blue['fri13'], 1.1)} the Friday before", "value-mismatch", _moved(blue['fri13'], 1.1),
              note="the Friday before the session's week (Nov 13) closed elsewhere"),
        Plant(f"vpast-bare-wedb4-{BLUE_KEY}", _base(BLUE_KEY), "history", f"that at ${blue['wed11']}",
              f"that at {_moved(blue['wed11'], -1.4)}", "value-mismatch", _moved(blue['wed11'], -1.4),
              note="the Wednesday before last Friday (Nov 11) closed elsewhere"),
        Plant(f"vpast-bare-when-{TECH_KEY}", _base(TECH_KEY), "history", f"sat at ${tech['tue']}",
              f"sat at {_moved(tech['tue'], 2.2)}", "value-mismatch", _moved(tech['tue'], 2.2),
              note="Tuesday the 17th closed elsewhere"),
    ]
