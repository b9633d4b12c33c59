"""Past sessions and past extremes in prose (issue 14, vpast, stop 38), in other words than the
holdouts'.

- A yearless date of an extreme named before it ("its weakest finish of the past year ... was posted on
  Thursday, April 9") is on or before the session: an extreme is never set in the year to come, however
  far back in the year the day is (a yearless date more than half a year back used to be read in the
  next year: a wrong weekday and an untraced date on a true line).
- A day told from its open ("opened at $X, climbed as high as $Y, then slid to $Z") goes through its
  high and low: a price a rise or a fall went to after the open is a turn of the day, not its close
  (the session's or, with a past day named, that day's bar).
- A weekday with its day of the month and no month ("on Thursday the 12th", a week before a Friday
  session) is that day, not the latest Thursday.
- A day-by-day list runs forward: a bare weekday labelling its figure after another labelled day
  ("Tuesday the 10th, $627.25; Wednesday, $629.76") is the first such day after it.
- "the next day" after a figure is the session after the day named before it; "the previous Friday"
  is the Friday before the session's week's; a weekday with its date labels the figure after it
  ("Monday it closed at $X and Tuesday, November 17, at $Y": $X is Monday's); "Wednesday's finish of
  $X" is that day's close; "its 52-week low close, $X" is the extreme's close, not the session's.
- "the lowest close in the last twelve months was $X, from April 30" dates that extreme (the figure
  between the extreme and "from" does not cut the date off it); "on December 9, which is a Wednesday"
  names that date's weekday, not an event's.
Plants: the weekday moved off the date (`weekday-mismatch`), the date moved off the extreme's
(`date-untraced`), a turn of the day or a past close moved off its bar (`value-mismatch`).

Every figure and date comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

SMALL_KEY = "IWM-2026-11-17"  # its 52-week low close (Apr 9) is more than half a year back
SPRING_KEY = "IWM-2026-03-30"  # its 52-week low close (Apr 16, 2025) is later in the year than the session


def _base(key: str) -> str:
    return f"user-vpast-bars-{key}"


def _yearless(day: date) -> str:
    return f"{day:%A}, {day:%B} {day.day}"


def _small(s: Snapshot) -> dict[str, str]:
    e = s.extremes
    assert e.low_52w_date is not None and e.all_time_high_date is not None
    assert (s.session - e.low_52w_date).days > 183 and e.all_time_high_date.year < s.session.year
    return {"close": f"{s.close:.2f}", "low": f"{e.low_52w:.2f}", "low_day": _yearless(e.low_52w_date),
            "record": f"{e.all_time_high:.2f}", "record_day": _yearless(e.all_time_high_date)}


def small_note(b: Built) -> str:
    f = _small(b.snapshot)
    return ("# Small caps: the two edges of the year\n\n"
            f"IWM closed at ${f['close']}. Its weakest finish of the past year, ${f['low']}, was posted on "
            f"{f['low_day']}, and its record, ${f['record']}, dates from {f['record_day']}.\n")


def _spring(s: Snapshot) -> dict[str, str]:
    e = s.extremes
    assert e.low_52w_date is not None and e.low_52w_date.year < s.session.year
    assert e.pct_from_52w_low is not None
    return {"close": f"{s.close:.2f}", "low": f"{e.low_52w:.2f}", "low_day": _yearless(e.low_52w_date),
            "from_low": f"{e.pct_from_52w_low:.2f}"}


def spring_note(b: Built) -> str:
    f = _spring(b.snapshot)
    return ("# Small caps at the end of March\n\n"
            f"IWM closed at ${f['close']}, {f['from_low']}% above the bottom of the past year, the "
            f"${f['low']} close of {f['low_day']}.\n")


BLUE_KEY = "DIA-2026-11-20"  # a Friday: the Thursday before it is the 19th, the 12th a week back


def _bar(s: Snapshot, day: date) -> tuple[float, float, float]:
    """(close, high, low) of a held session."""
    n = s.recent_sessions.index(day)
    return s.recent_closes[n], s.recent_highs[n], s.recent_lows[n]


def _blue(s: Snapshot) -> dict[str, str]:
    wed_close, wed_high, wed_low = _bar(s, date(2026, 11, 18))
    thu12, fri13 = _bar(s, date(2026, 11, 12))[0], _bar(s, date(2026, 11, 13))[0]
    assert s.session == date(2026, 11, 20) and thu12 != _bar(s, date(2026, 11, 19))[0]
    assert len({round(v, 2) for v in (s.open, s.high, s.low, s.close)}) == 4
    fomc = min(e.date for e in s.events if e.kind == "fomc")
    low_day = s.extremes.low_52w_date
    return {"low52": f"{s.extremes.low_52w:.2f}", "low52_day": f"{low_day:%B} {low_day.day}",
            "fomc": f"{fomc:%B} {fomc.day}", "fomc_weekday": f"{fomc:%A}",
            "open": f"{s.open:.2f}", "high": f"{s.high:.2f}", "low": f"{s.low:.2f}",
            "close": f"{s.close:.2f}",
            "wed_high": f"{wed_high:.2f}", "wed_low": f"{wed_low:.2f}", "thu12": f"{thu12:.2f}",
            "fri13": f"{fri13:.2f}"}


def blue_note(b: Built) -> str:
    f = _blue(b.snapshot)
    return ("# Blue chips: a day with a shape\n\n"
            f"DIA opened at ${f['open']}, slipped as low as ${f['low']}, then pushed to ${f['high']} before "
            f"it settled at ${f['close']}.\n\n"
            f"Wednesday had the same shape: it opened soft, dipped to ${f['wed_low']} and then climbed to "
            f"${f['wed_high']}.\n\n"
            f"A week earlier the closes were ${f['thu12']} on Thursday the 12th and ${f['fri13']} on Friday "
            "the 13th.\n\n"
            f"Its lowest close in the last twelve months was ${f['low52']}, from {f['low52_day']}. The Fed's "
            f"decision is due on {f['fomc']}, which is a {f['fomc_weekday']}.\n")


TECH_KEY = "QQQ-2026-11-20"  # a Friday
BROAD_KEY = "SPY-2026-11-17"  # a Tuesday
JUNE_KEY = "SPY-2026-06-03"  # a Wednesday; its 52-week low close is from April 28
RUSSELL_KEY = "IWM-2026-11-20"  # a Friday


def _close_on(s: Snapshot, day: date) -> str:
    return f"{_bar(s, day)[0]:.2f}"


def _tech(s: Snapshot) -> dict[str, str]:
    wed, thu = _close_on(s, date(2026, 11, 11)), _close_on(s, date(2026, 11, 12))
    assert wed != _close_on(s, date(2026, 11, 18)) and thu != _close_on(s, date(2026, 11, 19))
    return {"tue10": _close_on(s, date(2026, 11, 10)), "wed": wed, "thu": thu,
            "fri13": _close_on(s, date(2026, 11, 13))}


def tech_note(b: Built) -> str:
    f = _tech(b.snapshot)
    return ("# Nasdaq fund: the closing prints of the week before\n\n"
            f"Day by day: Tuesday the 10th, ${f['tue10']}; Wednesday, ${f['wed']}; Thursday, ${f['thu']}; "
            f"Friday the 13th, ${f['fri13']}.\n")


def _broad(s: Snapshot) -> dict[str, str]:
    return {"close": f"{s.close:.2f}", "thu12": _close_on(s, date(2026, 11, 12)),
            "fri13": _close_on(s, date(2026, 11, 13)), "mon": _close_on(s, date(2026, 11, 16))}


def broad_note(b: Built) -> str:
    f = _broad(b.snapshot)
    return ("# S&P fund: three earlier finishes\n\n"
            f"SPY finished at ${f['thu12']} on Thursday, November 12, and at ${f['fri13']} the next day.\n\n"
            f"On Tuesday it settled at ${f['close']}, under Monday's finish of ${f['mon']}.\n")


def _june(s: Snapshot) -> dict[str, str]:
    e = s.extremes
    assert e.low_52w_date == date(2026, 4, 28)
    return {"low": f"{e.low_52w:.2f}", "mon": _close_on(s, date(2026, 6, 1)),
            "tue": _close_on(s, date(2026, 6, 2))}


def june_note(b: Built) -> str:
    f = _june(b.snapshot)
    return ("# S&P fund in early June\n\n"
            f"Monday it closed at ${f['mon']} and Tuesday, June 2, at ${f['tue']}. The fund is far above its "
            f"52-week low close, ${f['low']}, set on April 28.\n")


def _russell(s: Snapshot) -> dict[str, str]:
    return {"close": f"{s.close:.2f}", "fri13": _close_on(s, date(2026, 11, 13))}


def russell_note(b: Built) -> str:
    f = _russell(b.snapshot)
    return ("# Small caps: a week against a week\n\n"
            f"IWM closed the week at ${f['close']}; the previous Friday it had ended at ${f['fri13']}.\n")


WRITERS = {SMALL_KEY: small_note, SPRING_KEY: spring_note, BLUE_KEY: blue_note, TECH_KEY: tech_note,
           BROAD_KEY: broad_note, JUNE_KEY: june_note, RUSSELL_KEY: russell_note}


def pastbars_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()]


def _week_earlier(day: str) -> str:
    month, number = day.split()
    return f"{month} {int(number) - 7}"


def _next_weekday(name: str) -> str:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return names[(names.index(name) + 1) % 5]


def _other_weekday(day: str) -> str:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    weekday, rest = day.split(", ", 1)
    return f"{names[(names.index(weekday) + 1) % 5]}, {rest}"


def pastbars_plants(built: dict[str, Built]) -> list[Plant]:
    small, spring = _small(built[SMALL_KEY].snapshot), _spring(built[SPRING_KEY].snapshot)
    low_day, spring_day = small["low_day"], spring["low_day"]
    record_day = built[SMALL_KEY].snapshot.extremes.all_time_high_date
    assert record_day is not None
    moved_record = _yearless(record_day.replace(day=record_day.day - 7))
    blue = _blue(built[BLUE_KEY].snapshot)

    def moved(value: str, by: float) -> str:
        return f"${float(value) + by:.2f}"

    tech, broad = _tech(built[TECH_KEY].snapshot), _broad(built[BROAD_KEY].snapshot)
    june, russell = _june(built[JUNE_KEY].snapshot), _russell(built[RUSSELL_KEY].snapshot)
    return [
        Plant(f"vpast-list-thu-{TECH_KEY}", _base(TECH_KEY), "history", f"Thursday, ${tech['thu']}",
              f"Thursday, {moved(tech['thu'], -1.5)}", "value-mismatch", moved(tech['thu'], -1.5),
              note="the list's Thursday is the 12th, which closed elsewhere"),
        Plant(f"vpast-next-{BROAD_KEY}", _base(BROAD_KEY), "history", f"${broad['fri13']} the next",
              f"{moved(broad['fri13'], 1.2)} the next", "value-mismatch", moved(broad['fri13'], 1.2),
              note="the day after Nov 12 is Nov 13, which closed elsewhere"),
        Plant(f"vpast-mark-{BROAD_KEY}", _base(BROAD_KEY), "history", f"finish of ${broad['mon']}",
              f"finish of {moved(broad['mon'], 0.8)}", "value-mismatch", moved(broad['mon'], 0.8),
              note="Monday's close is not that figure"),
        Plant(f"vpast-label-{JUNE_KEY}", _base(JUNE_KEY), "history", f"June 2, at ${june['tue']}",
              f"June 2, at {moved(june['tue'], -1.3)}", "value-mismatch", moved(june['tue'], -1.3),
              note="Tuesday June 2's close is not that figure"),
        Plant(f"vpast-low52-{JUNE_KEY}", _base(JUNE_KEY), "history", f"close, ${june['low']}",
              f"close, {moved(june['low'], 2.6)}", "value-mismatch", moved(june['low'], 2.6),
              note="the 52-week low close is not that figure"),
        Plant(f"vpast-prevfri-{RUSSELL_KEY}", _base(RUSSELL_KEY), "history", f"ended at ${russell['fri13']}",
              f"ended at {moved(russell['fri13'], -0.9)}", "value-mismatch", moved(russell['fri13'], -0.9),
              note="the previous Friday (Nov 13) closed elsewhere"),
        Plant(f"vpast-path-high-{BLUE_KEY}", _base(BLUE_KEY), "value", f"pushed to ${blue['high']}",
              f"pushed to {moved(blue['high'], 1.3)}", "value-mismatch", moved(blue['high'], 1.3),
              note="the day's rise after its open went to its high, not that figure"),
        Plant(f"vpast-path-low-{BLUE_KEY}", _base(BLUE_KEY), "value", f"as low as ${blue['low']}",
              f"as low as {moved(blue['low'], -1.1)}", "value-mismatch", moved(blue['low'], -1.1),
              note="the day's low is not that figure"),
        Plant(f"vpast-path-wed-{BLUE_KEY}", _base(BLUE_KEY), "history", f"climbed to ${blue['wed_high']}",
              f"climbed to {moved(blue['wed_high'], 1.7)}", "value-mismatch", moved(blue['wed_high'], 1.7),
              note="Wednesday's high is not that figure"),
        Plant(f"vpast-ordinal-thu-{BLUE_KEY}", _base(BLUE_KEY), "history", f"${blue['thu12']} on Thursday",
              f"{moved(blue['thu12'], 1.4)} on Thursday", "value-mismatch", moved(blue['thu12'], 1.4),
              note="Thursday the 12th closed elsewhere (the 19th is not the day named)"),
        Plant(f"vpast-low52-day-{BLUE_KEY}", _base(BLUE_KEY), "date", f"from {blue['low52_day']}",
              f"from {_week_earlier(blue['low52_day'])}", "date-untraced", _week_earlier(blue['low52_day']),
              note="the lowest close of the past year was set a week later"),
        Plant(f"vpast-which-is-{BLUE_KEY}", _base(BLUE_KEY), "date", f"which is a {blue['fomc_weekday']}",
              f"which is a {_next_weekday(blue['fomc_weekday'])}", "weekday-mismatch",
              _next_weekday(blue['fomc_weekday']), note="the date named right before is another weekday"),
        Plant(f"vpast-yearless-wd-{SMALL_KEY}", _base(SMALL_KEY), "date", f"posted on {low_day}",
              f"posted on {_other_weekday(low_day)}", "weekday-mismatch", _other_weekday(low_day),
              note="the 52-week low close's day, read in its own year, is another weekday"),
        Plant(f"vpast-yearless-date-{SMALL_KEY}", _base(SMALL_KEY), "date", f"from {small['record_day']}",
              f"from {moved_record}", "date-untraced", moved_record,
              note="the record close was set a week later than that"),
        Plant(f"vpast-yearless-wd-{SPRING_KEY}", _base(SPRING_KEY), "date", f"close of {spring_day}",
              f"close of {_other_weekday(spring_day)}", "weekday-mismatch", _other_weekday(spring_day),
              note="the 52-week low close's day, a year back, is another weekday"),
    ]
