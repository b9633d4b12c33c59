"""Desk notes for counts of sessions (issue 14, holdout 11 cause 7, holdout 10 cause 7), each class
planted in other words than the holdouts', on other subjects and sessions.

- The age of a moving-average cross written after its count: "is now 39 sessions old", "has persisted
  for 39 sessions", "(July 27, 83 sessions)": checked against `trend.cross.sessions_since`.
- A run told with an ordinal and "running" after its noun ("the fifth session running", "its sixth lower
  close running"): the relative streak and the close streak, like "in a row".
- Dates of crosses and peaks (holdout 10 cause 8): a cross named by what it is ("the 50-day crossed
  above the 200-day on August 10") or as "the cross", a date "in force since" it, and a peak named by a
  bare word beside its value ("its all-time summit of $44.45", "its peak of the past twelve months,
  $41.82", "the $632.37 peak", the tape's intraday high): checked against the dated fact.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from .plants import Plant
from .universe import Built
from .user_texts import UserText

AGE_KEY, BRACKET_KEY, RUN_KEY = "DIA-2026-06-03", "QQQ-2026-11-20", "IWM-2026-02-13"
CROSS_DATE_KEY, PEAK_KEY, INTRADAY_KEY = "IWM-2026-11-17", "FRNT-2026-11-20", "QQQ-2026-11-17"
_ORDINAL = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth"}


def age_note(b: Built) -> str:
    """A death cross's age, twice: after 'old' and after 'persisted for'."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "death"
    return (f"# Blue chips: the long lines\n\n"
            f"DIA finished at ${b.snapshot.close:.2f}. The death cross that formed on {cross.since:%B} "
            f"{cross.since.day} is now {cross.sessions_since} sessions old. Chartists will note that the "
            f"50-day has stayed under the 200-day ever since: this death cross has persisted for "
            f"{cross.sessions_since} sessions without a serious challenge.\n")


def bracket_note(b: Built) -> str:
    """A golden cross's date and age in brackets."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "golden"
    return (f"# Tech fund, weekly wrap\n\n"
            f"QQQ ended the week at ${b.snapshot.close:.2f}, and the golden cross ({cross.since:%B} "
            f"{cross.since.day}, {cross.sessions_since} sessions) is still intact.\n")


def run_note(b: Built) -> str:
    """A lag behind the benchmark and a run of lower closes, each told with 'running'."""
    s = b.snapshot
    assert s.relative is not None and s.tape is not None
    lag, closes = s.relative.streak_sessions, s.tape.streak_sessions
    assert s.relative.spread_1d_pp < 0 and s.tape.streak_change_pct < 0  # type: ignore[operator]
    return (f"# Small caps keep slipping\n\n"
            f"IWM settled at ${s.close:.2f}, its {_ORDINAL[closes]} lower close running. "
            f"It lagged SPY again, "
            f"for the {_ORDINAL[lag]} session running.\n")


def _day(value: date) -> str:
    return f"{value:%B} {value.day}"


def cross_date_note(b: Built) -> str:
    """A golden cross dated three ways: by what it is, as "the cross", and "in force since"."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "golden"
    return (f"# Small caps: reading the averages\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}. The 50-day crossed above the 200-day on "
            f"{_day(cross.since)}. "
            f"Bulls like to say the cross dates from {cross.since:%A}, {_day(cross.since)}, "
            f"and that signal, a "
            f"golden cross, has been in force since {_day(cross.since)} without a break.\n")


def peak_note(b: Built) -> str:
    """The record close and the 52-week high close named by bare words beside their values."""
    s = b.snapshot
    e = s.extremes
    assert e.all_time_high != e.high_52w
    return (f"# Frontier fund: how far from the top\n\n"
            f"FRNT ended at ${s.close:.2f}. Its all-time summit of ${e.all_time_high:.2f} was reached on "
            f"{e.all_time_high_date.day} {e.all_time_high_date:%B %Y}. Its peak of the past twelve months, "
            f"${e.high_52w:.2f}, came on {e.high_52w_date:%A}, {_day(e.high_52w_date)}.\n")


def intraday_note(b: Built) -> str:
    """The 52-week intraday high named as a peak beside its value."""
    t = b.snapshot.tape
    assert t is not None and t.high_intraday != b.snapshot.extremes.high_52w
    return (f"# Nasdaq fund, Tuesday\n\n"
            f"QQQ ended at ${b.snapshot.close:.2f}, still below the ${t.high_intraday:.2f} peak of "
            f"{_day(t.high_intraday_date)}.\n")


def vcount_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vcount-{what}-{key}", key, "prose", "md", write(built[key]))
            for what, key, write in (("age", AGE_KEY, age_note), ("bracket", BRACKET_KEY, bracket_note),
                                     ("run", RUN_KEY, run_note),
                                     ("crossdate", CROSS_DATE_KEY, cross_date_note),
                                     ("peak", PEAK_KEY, peak_note),
                                     ("intraday", INTRADAY_KEY, intraday_note))]


def vcount_plants(built: dict[str, Built]) -> list[Plant]:
    age, bracket, run = (f"user-vcount-{what}-{key}" for what, key in
                         (("age", AGE_KEY), ("bracket", BRACKET_KEY), ("run", RUN_KEY)))
    n_age = built[AGE_KEY].snapshot.trend.cross.sessions_since  # type: ignore[union-attr]
    n_bracket = built[BRACKET_KEY].snapshot.trend.cross.sessions_since  # type: ignore[union-attr]
    s = built[RUN_KEY].snapshot
    lag, closes = s.relative.streak_sessions, s.tape.streak_sessions  # type: ignore[union-attr]
    return [
        Plant(f"vcount-age-old-{AGE_KEY}", age, "history", f"is now {n_age} sessions old",
              f"is now {n_age + 20} sessions old", "value-mismatch", f"{n_age + 20}",
              note=f"the death cross is {n_age} sessions old"),
        Plant(f"vcount-age-lasted-{AGE_KEY}", age, "history", f"has persisted for {n_age} sessions",
              f"has persisted for {n_age - 10} sessions", "value-mismatch", f"{n_age - 10}",
              note=f"the death cross has lasted {n_age} sessions"),
        Plant(f"vcount-age-bracket-{BRACKET_KEY}", bracket, "history", f"{n_bracket} sessions)",
              f"{n_bracket - 30} sessions)", "value-mismatch", f"{n_bracket - 30}",
              note=f"the golden cross is {n_bracket} sessions old"),
        Plant(f"vcount-run-lag-{RUN_KEY}", run, "history", f"the {_ORDINAL[lag]} session running",
              f"the {_ORDINAL[lag + 3]} session running", "value-mismatch", _ORDINAL[lag + 3],
              note=f"IWM has trailed SPY {lag} sessions in a row"),
        Plant(f"vcount-run-closes-{RUN_KEY}", run, "history", f"its {_ORDINAL[closes]} lower close running",
              f"its {_ORDINAL[closes - 3]} lower close running", "value-mismatch", _ORDINAL[closes - 3],
              note=f"IWM has closed lower {closes} sessions in a row"),
        *date_plants(built),
    ]


def date_plants(built: dict[str, Built]) -> list[Plant]:
    cross_date, peak, intraday = (f"user-vcount-{what}-{key}" for what, key in
                                  (("crossdate", CROSS_DATE_KEY), ("peak", PEAK_KEY),
                                   ("intraday", INTRADAY_KEY)))
    since = built[CROSS_DATE_KEY].snapshot.trend.cross.since  # type: ignore[union-attr]
    e = built[PEAK_KEY].snapshot.extremes
    tape = built[INTRADAY_KEY].snapshot.tape
    assert tape is not None
    week = timedelta(days=7)
    return [
        Plant(f"vcount-crossdate-crossed-{CROSS_DATE_KEY}", cross_date, "date",
              f"200-day on {_day(since)}", f"200-day on {_day(since + week)}", "date-untraced",
              _day(since + week), note=f"the 50-day crossed the 200-day on {_day(since)}"),
        Plant(f"vcount-crossdate-the-{CROSS_DATE_KEY}", cross_date, "date",
              f"the cross dates from {since:%A}, {_day(since)}",
              f"the cross dates from {since - week:%A}, {_day(since - week)}", "date-untraced",
              _day(since - week), note=f"the golden cross dates from {_day(since)}"),
        Plant(f"vcount-crossdate-since-{CROSS_DATE_KEY}", cross_date, "date",
              f"in force since {_day(since)}", f"in force since {_day(since + 2 * week)}", "date-untraced",
              _day(since + 2 * week), note=f"the golden cross dates from {_day(since)}"),
        Plant(f"vcount-peak-ath-{PEAK_KEY}", peak, "date", f"{e.all_time_high_date:%B %Y}",
              f"{e.all_time_high_date:%B} {e.all_time_high_date.year - 1}", "date-untraced",
              f"{e.all_time_high_date:%B} {e.all_time_high_date.year - 1}",
              note=f"the record close was set on {e.all_time_high_date}"),
        Plant(f"vcount-peak-52w-{PEAK_KEY}", peak, "date",
              f"{e.high_52w_date:%A}, {_day(e.high_52w_date)}",
              f"{e.high_52w_date - week:%A}, {_day(e.high_52w_date - week)}", "date-untraced",
              _day(e.high_52w_date - week), note=f"the 52-week high close was set on {e.high_52w_date}"),
        Plant(f"vcount-peak-intraday-{INTRADAY_KEY}", intraday, "date",
              f"peak of {_day(tape.high_intraday_date)}",
              f"peak of {_day(tape.high_intraday_date + timedelta(days=1))}", "date-untraced",
              _day(tape.high_intraday_date + timedelta(days=1)),
              note=f"the 52-week intraday high was set on {tape.high_intraday_date}"),
    ]
