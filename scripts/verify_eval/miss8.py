"""Desk notes for the verifier's fixes of the seventh holdout's misses (issue 14, miss8a): a figure that
traces to nothing is held to the measure its own words name, in other words than the holdout's, on
another subject.

- A label before the figure ("Px", "opening print", "upper band", "lower band", a day's range "from
  A to B"), a unit after it ("1.1x" in a clause about turnover, "0.5 times the average true range")
  or a reference after it ("6.64% overhead" after the record close, "8.90% over its 52-week low")
  names a measure (pipeline/verify/measures.py); a close under a past weekday ("Monday's settle
  stood at") is that day's bar's. Plants: each figure off by a digit or two, or a neighbouring
  day's close, reported `value-mismatch` with the expected value (was `number-untraced`).

- Dates of a cross or an extreme in other layouts (pipeline/verify/extreme_dates.py): a phrase that
  attaches its date with "it" ("it formed on March 27", "which it printed on April 28"), a closed
  aside between the name and its date ("The death cross (the 50-day under the 200-day) came on"), a
  date standing alone after the extreme's name ("(record close, Nov 26)"). Plants: each date moved
  by a few days, reported `date-untraced` with the held date (was unverifiable or passed).

Every figure comes from the snapshot, so the notes are correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

DESK_KEY = "DIA-2026-06-03"
DESK_BASE = f"user-miss8-desk-{DESK_KEY}"


def _value(value: float | None) -> float:
    assert value is not None
    return value


def _close_on(s: Snapshot, day: date) -> float:
    return s.recent_closes[s.recent_sessions.index(day)]


def _desk(b: Built) -> dict[str, str]:
    s, sheet, tape, e = b.snapshot, b.sheet, b.snapshot.tape, b.snapshot.extremes
    assert tape is not None and s.session == date(2026, 6, 3) and e.pct_from_ath < 0 < e.pct_from_52w_low
    return {"close": f"{s.close:.2f}", "pct": f"{_value(s.returns.change_1d_pct):+.2f}",
            "open": f"{sheet.value('open'):.2f}", "low": f"{sheet.value('low'):.2f}",
            "high": f"{sheet.value('high'):.2f}", "upper": f"{sheet.value('bb_upper'):.2f}",
            "lower": f"{sheet.value('bb_lower'):.2f}", "volume": f"{s.volume.volume / 1e6:.1f}",
            "avg": f"{sheet.value('avg_volume_20') / 1e6:.1f}", "ratio": f"{sheet.value('volume_ratio'):.1f}",
            "atr": f"{abs(_value(tape.move_atr)):.1f}", "ath": f"{e.all_time_high:.2f}",
            "overhead": f"{abs(e.pct_from_ath):.2f}", "from_low": f"{e.pct_from_52w_low:.2f}",
            "monday": f"{_close_on(s, date(2026, 6, 1)):.2f}",
            "friday": f"{_close_on(s, date(2026, 5, 29)):.2f}"}


def desk_note(b: Built) -> str:
    d = _desk(b)
    return (f"DIA blotter \u00b7 Wed\n\n"
            f"Px {d['close']}, {d['pct']}% on the day; opening print {d['open']}. Intraday range: "
            f"${d['low']} to ${d['high']}.\n\n"
            f"Bollinger: upper band ${d['upper']}, lower band ${d['lower']}.\n\n"
            f"Turnover {d['volume']}M shares against {d['avg']}M on average, {d['ratio']}x.\n\n"
            f"The day's swing measured {d['atr']} times the average true range.\n\n"
            f"The record close of ${d['ath']} stands {d['overhead']}% overhead; the fund sits "
            f"{d['from_low']}% over its 52-week low.\n\n"
            f"Monday's settle stood at ${d['monday']}.\n")


def desk_plants(built: dict[str, Built]) -> list[Plant]:
    d = _desk(built[DESK_KEY])

    def shift(name: str, by: float, digits: int = 2) -> str:
        return f"{float(d[name]) + by:.{digits}f}"

    close, opened = shift("close", 0.41), shift("open", 0.3)
    high, lower = shift("high", 1), shift("lower", -2)
    ratio, atr, overhead, from_low = shift("ratio", 1, 1), shift("atr", 1.4, 1), shift("overhead", -1.98), \
        shift("from_low", 0.9)
    return [Plant(f"miss8-desk-px-{DESK_KEY}", DESK_BASE, "value", f"Px {d['close']}", f"Px {close}",
                  "value-mismatch", close, note="the close after the label 'Px', 41 cents high"),
            Plant(f"miss8-desk-open-{DESK_KEY}", DESK_BASE, "value", f"print {d['open']}", f"print {opened}",
                  "value-mismatch", opened, note="the open after 'opening print', 30 cents high"),
            Plant(f"miss8-desk-high-{DESK_KEY}", DESK_BASE, "value", f"to ${d['high']}", f"to ${high}",
                  "value-mismatch", f"${high}", note="the day's high as the top of 'Intraday range: A to B', "
                                                     "a dollar high"),
            Plant(f"miss8-desk-lower-{DESK_KEY}", DESK_BASE, "value", f"lower band ${d['lower']}",
                  f"lower band ${lower}", "value-mismatch", f"${lower}",
                  note="the lower Bollinger band after 'lower band', two dollars low"),
            Plant(f"miss8-desk-ratio-{DESK_KEY}", DESK_BASE, "value", f"{d['ratio']}x", f"{ratio}x",
                  "value-mismatch", f"{ratio}x",
                  note="the volume multiple in a clause about turnover, one high"),
            Plant(f"miss8-desk-atr-{DESK_KEY}", DESK_BASE, "value", f"{d['atr']} times", f"{atr} times",
                  "value-mismatch", f"{atr} times",
                  note="the move in ATR units, 'times the average true range'"),
            Plant(f"miss8-desk-overhead-{DESK_KEY}", DESK_BASE, "value", f"{d['overhead']}% overhead",
                  f"{overhead}% overhead", "value-mismatch", f"{overhead}%",
                  note="the distance from the record close told 'N% overhead' after it, digits swapped"),
            Plant(f"miss8-desk-from-low-{DESK_KEY}", DESK_BASE, "value", f"{d['from_low']}% over",
                  f"{from_low}% over", "value-mismatch", f"{from_low}%",
                  note="the distance over the 52-week low, 0.9 points high"),
            Plant(f"miss8-desk-monday-{DESK_KEY}", DESK_BASE, "history", f"stood at ${d['monday']}",
                  f"stood at ${d['friday']}", "value-mismatch", f"${d['friday']}",
                  note="Friday's close given as Monday's settle")]


# ---------------------------------------------------------------- dated facts of the past

DATES_KEY = "SPY-2026-06-03"
DATES_BASE = f"user-miss8-dates-{DATES_KEY}"


def _day(day: date, style: str) -> str:
    return f"{day:%B} {day.day}" if style == "long" else f"{day:%b} {day.day}"


def _dates(s: Snapshot) -> dict[str, str]:
    cross, e = s.trend.cross, s.extremes
    assert cross is not None and cross.since is not None and cross.state == "death"
    assert e.all_time_high_date < s.recent_sessions[0]
    return {"cross": _day(cross.since, "long"), "cross_short": _day(cross.since, "short"),
            "sessions": f"{cross.sessions_since}", "ath": f"{e.all_time_high:.2f}",
            "ath_day": _day(e.all_time_high_date, "short"), "low": f"{e.low_52w:.2f}",
            "low_day": _day(e.low_52w_date, "long")}


def dates_note(b: Built) -> str:
    d = _dates(b.snapshot)
    return (f"# SPY: the dates worth keeping\n\n"
            f"The death cross is still with us; it formed on {d['cross']}, {d['sessions']} sessions back. "
            f"Peak to date: ${d['ath']} (record close, {d['ath_day']}).\n\n"
            f"The rebound runs from the 52-week closing low of ${d['low']}, which it printed on "
            f"{d['low_day']}.\n\n"
            f"For the chart readers: the death cross (the 50-day under the 200-day) came on "
            f"{d['cross_short']}.\n")


def dates_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[DATES_KEY].snapshot
    d, cross, e = _dates(s), s.trend.cross, s.extremes
    assert cross is not None and cross.since is not None
    formed = _day(cross.since - timedelta(days=2), "long")
    aside = _day(cross.since - timedelta(days=1), "short")
    ath = _day(e.all_time_high_date - timedelta(days=2), "short")
    low = _day(e.low_52w_date + timedelta(days=2), "long")
    return [Plant(f"miss8-dates-formed-{DATES_KEY}", DATES_BASE, "date", f"formed on {d['cross']}",
                  f"formed on {formed}", "date-untraced", formed,
                  note="the cross's date after 'it formed on', two days early"),
            Plant(f"miss8-dates-record-{DATES_KEY}", DATES_BASE, "date", f"record close, {d['ath_day']}",
                  f"record close, {ath}", "date-untraced", ath,
                  note="the record close's date standing alone after its name in brackets, two days early"),
            Plant(f"miss8-dates-low-{DATES_KEY}", DATES_BASE, "date", f"printed on {d['low_day']}",
                  f"printed on {low}", "date-untraced", low,
                  note="the 52-week low's date after 'which it printed on', two days late"),
            Plant(f"miss8-dates-aside-{DATES_KEY}", DATES_BASE, "date", f"came on {d['cross_short']}",
                  f"came on {aside}", "date-untraced", aside,
                  note="the cross's date after a closed aside, a day early")]


def miss8_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(DESK_BASE, DESK_KEY, "prose", "txt", desk_note(built[DESK_KEY])),
            UserText(DATES_BASE, DATES_KEY, "prose", "md", dates_note(built[DATES_KEY]))]


def miss8_plants(built: dict[str, Built]) -> list[Plant]:
    return [*desk_plants(built), *dates_plants(built)]
