"""Desk notes for the verifier's fixes of the sixth holdout's misses (issue 14, miss7b): directions,
denials and weekdays the verifier did not read, each cause planted in other words than the holdout's,
on other subjects.

- A moving average named in other words (translated prose): "its 50-session average", "its moving
  average of 200 sessions", with a side word before it ("holds above") or a % ("6.99% over"). Plants:
  each side turned.
- The close's side of the 200-day in a sentence whose 50-day is the close's other reference ("6.99%
  above its 50-day and just above its 200-day"), which read as the 50-day compared with the 200-day.
  Plant: "just below its 200-day".
- Denials with "in"/"into" ("has not yet moved into oversold ground") and a MACD's signal with its
  value before the word ("isn't above its -3.06 signal line"). Plants: the zone and the side turned.
- The date of an extreme in other layouts: in brackets after a bare "closing low of $592.37", in
  brackets right after the cross's name ("The golden cross (Sep 21)"), after "was registered on"
  beside the record close in other words ("the best close ever"), and the 52-week low as "the lowest
  close in the last 52 weeks". Plants: each date one day off.
- A weekday beside a date in other layouts: a desk's capitals ("FRIDAY, FEBRUARY 13, 2026"), a day
  before its month ("Thursday, 12 of February"), a month in brackets ("Prev Thu (Feb 12)"). Plants:
  each weekday one day off.

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- averages in other words

SIDE_KEY = "SPY-2026-06-03"
SIDE_BASE = f"user-miss7b-side-{SIDE_KEY}"


def _sides(s: Snapshot) -> tuple[float, float, float, float]:
    """The 50-day and 200-day averages and the close's % above each (above both)."""
    t = s.trend
    assert t.sma_50 is not None and t.sma_200 is not None and t.pct_vs_sma_50 is not None
    assert t.pct_vs_sma_200 is not None and t.pct_vs_sma_50 > 1 and 0 < t.pct_vs_sma_200
    return t.sma_50, t.sma_200, t.pct_vs_sma_50, t.pct_vs_sma_200


def side_note(b: Built) -> str:
    s = b.snapshot
    sma50, sma200, pct50, _ = _sides(s)
    return (f"# SPY, translated desk note\n\n"
            f"SPY closed at ${s.close:.2f}. The fund holds above its 50-session average (${sma50:.2f}) and "
            f"stays over its moving average of 200 sessions (${sma200:.2f}).\n\n"
            f"In distance, the fund sits {pct50:.2f}% over its average of 50 sessions.\n\n"
            f"Put plainly, SPY trades {pct50:.2f}% above its 50-day and just above its 200-day.\n")


def side_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, pct50, _ = _sides(built[SIDE_KEY].snapshot)
    return [Plant(f"miss7b-side-session-{SIDE_KEY}", SIDE_BASE, "direction",
                  "holds above its 50-session average", "holds below its 50-session average",
                  "pattern-mismatch", "below its 50-session average",
                  note="the close's side of its '50-session average', turned"),
            Plant(f"miss7b-side-of-{SIDE_KEY}", SIDE_BASE, "direction",
                  "stays over its moving average of 200 sessions",
                  "stays under its moving average of 200 sessions",
                  "pattern-mismatch", "under its moving average of 200 sessions",
                  note="the close's side of its 'moving average of 200 sessions', turned"),
            Plant(f"miss7b-side-pct-{SIDE_KEY}", SIDE_BASE, "direction",
                  f"{pct50:.2f}% over its average of 50", f"{pct50:.2f}% under its average of 50",
                  "direction-mismatch", f"{pct50:.2f}% under", ["pattern-mismatch"],
                  note="the distance from the 'average of 50 sessions' with its side turned"),
            Plant(f"miss7b-side-object-{SIDE_KEY}", SIDE_BASE, "direction",
                  "just above its 200-day", "just below its 200-day", "pattern-mismatch",
                  "below its 200-day",
                  note="the 200-day's side after '... above its 50-day and', turned (the 50-day is the "
                       "close's reference there, not the 200-day's)")]


# ---------------------------------------------------------------- denials

DENIAL_KEY = "IWM-2026-02-13"
DENIAL_BASE = f"user-miss7b-denial-{DENIAL_KEY}"


def _macd(s: Snapshot) -> tuple[float, float, float]:
    """The RSI (oversold), the MACD and its signal (the MACD below)."""
    m = s.momentum
    assert m.rsi_14 is not None and m.rsi_14 <= 30 and m.macd is not None and m.macd_signal is not None
    assert m.macd < m.macd_signal
    return m.rsi_14, m.macd, m.macd_signal


def denial_note(b: Built) -> str:
    s = b.snapshot
    rsi, macd, signal = _macd(s)
    return (f"# Small caps: momentum check\n\n"
            f"IWM ended at ${s.close:.2f}. Its RSI, at {rsi:.1f}, has not yet moved into overbought ground; "
            f"it is deep in the other zone.\n\n"
            f"The MACD, {macd:.2f}, isn't above its {signal:.2f} signal line.\n")


def denial_plants(built: dict[str, Built]) -> list[Plant]:
    _, _, signal = _macd(built[DENIAL_KEY].snapshot)
    return [Plant(f"miss7b-denial-zone-{DENIAL_KEY}", DENIAL_BASE, "negation",
                  "not yet moved into overbought", "not yet moved into oversold", "indicator-mismatch",
                  "not yet moved into oversold",
                  note="'has not yet moved into oversold ground' at an oversold RSI"),
            Plant(f"miss7b-denial-macd-{DENIAL_KEY}", DENIAL_BASE, "negation",
                  f"isn't above its {signal:.2f} signal", f"isn't below its {signal:.2f} signal",
                  "indicator-mismatch",
                  f"isn't below its {signal:.2f} signal",
                  note="a MACD denied to be below its signal, the signal's value before the word")]


# ---------------------------------------------------------------- weekdays in other layouts

WEEKDAY_KEY = "IWM-2026-02-13"
WEEKDAY_BASE = f"user-miss7b-weekday-{WEEKDAY_KEY}"


def weekday_note(b: Built) -> str:
    s = b.snapshot
    return (f"FRIDAY, FEBRUARY 13, 2026 - SMALL CAPS DESK\n\n"
            f"IWM settled at ${s.close:.2f}. The slide was already under way on Thursday, 12 of February, "
            f"and the desk flagged it then.\n\n"
            f"Log: Prev Thu (Feb 12) was flagged by the desk too.\n")


def weekday_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"miss7b-weekday-caps-{WEEKDAY_KEY}", WEEKDAY_BASE, "date",
                  "FRIDAY, FEBRUARY 13", "THURSDAY, FEBRUARY 13", "weekday-mismatch", "THURSDAY",
                  note="a capitals dateline's weekday one day early"),
            Plant(f"miss7b-weekday-day-first-{WEEKDAY_KEY}", WEEKDAY_BASE, "date",
                  "Thursday, 12 of February", "Wednesday, 12 of February", "weekday-mismatch", "Wednesday",
                  note="a weekday before a day-first date ('Wednesday, 12 of February'), one day early"),
            Plant(f"miss7b-weekday-bracket-{WEEKDAY_KEY}", WEEKDAY_BASE, "date",
                  "Prev Thu (Feb 12)", "Prev Wed (Feb 12)", "weekday-mismatch", "Wed (Feb 12)",
                  note="a short weekday before its date in brackets, one day early")]


# ---------------------------------------------------------------- dates of extremes in other layouts

EXTREME_KEY = "SPY-2026-11-20"
EXTREME_BASE = f"user-miss7b-extreme-{EXTREME_KEY}"


def _day(when: date) -> str:
    return f"{when:%b} {when.day}"


def _extremes(s: Snapshot) -> tuple[date, date, date]:
    """The record close's, the 52-week closing low's and the cross's dates (a full year held)."""
    e, cross = s.extremes, s.trend.cross
    assert s.has_full_year and e.all_time_high_date and e.low_52w_date and cross is not None
    return e.all_time_high_date, e.low_52w_date, cross.since


def extreme_note(b: Built) -> str:
    s = b.snapshot
    record, low, cross = _extremes(s)
    e = s.extremes
    return (f"# SPY, the long view\n\n"
            f"The best close ever, ${e.all_time_high:.2f}, was registered on {_day(record)}. Measured "
            f"from the closing low of ${e.low_52w:.2f} ({_day(low)}) the fund has come a long way.\n\n"
            f"The golden cross ({_day(cross)}) still stands. The lowest close in the last 52 weeks, "
            f"${e.low_52w:.2f}, dates from {_day(low)}.\n")


def extreme_plants(built: dict[str, Built]) -> list[Plant]:
    record, low, cross = _extremes(built[EXTREME_KEY].snapshot)
    later = {name: _day(when + timedelta(days=1)) for name, when in
             (("record", record), ("low", low), ("cross", cross))}
    return [Plant(f"miss7b-extreme-record-{EXTREME_KEY}", EXTREME_BASE, "date",
                  f"registered on {_day(record)}", f"registered on {later['record']}", "date-untraced",
                  later["record"],
                  note="the record close as 'the best close ever ... was registered on', a day late"),
            Plant(f"miss7b-extreme-bare-{EXTREME_KEY}", EXTREME_BASE, "date",
                  f"({_day(low)}) the fund", f"({later['low']}) the fund", "date-untraced", later["low"],
                  note="a date in brackets after a bare 'closing low of $X', a day late"),
            Plant(f"miss7b-extreme-cross-{EXTREME_KEY}", EXTREME_BASE, "date",
                  f"golden cross ({_day(cross)})", f"golden cross ({later['cross']})", "date-untraced",
                  later["cross"], note="a date in brackets right after the cross's name, a day late"),
            Plant(f"miss7b-extreme-lowest-{EXTREME_KEY}", EXTREME_BASE, "date",
                  f"dates from {_day(low)}", f"dates from {later['low']}", "date-untraced", later["low"],
                  note="'the lowest close in the last 52 weeks ... dates from', a day late")]


def miss7b_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(SIDE_BASE, SIDE_KEY, "prose", "md", side_note(built[SIDE_KEY])),
            UserText(DENIAL_BASE, DENIAL_KEY, "prose", "md", denial_note(built[DENIAL_KEY])),
            UserText(WEEKDAY_BASE, WEEKDAY_KEY, "prose", "txt", weekday_note(built[WEEKDAY_KEY])),
            UserText(EXTREME_BASE, EXTREME_KEY, "prose", "md", extreme_note(built[EXTREME_KEY]))]


def miss7b_plants(built: dict[str, Built]) -> list[Plant]:
    return [*side_plants(built), *denial_plants(built), *weekday_plants(built), *extreme_plants(built)]
