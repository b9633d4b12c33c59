"""Named figures the verifier answered `number-untraced` or left unchecked (issue 14, vnamed3 stop 44), in
other words than holdout 20's.

A cross dated by what it is ("the 50-day has been above the 200-day since July 1", "On July 1 the 50-day
rose above the 200-day"), a bare "top" dated beside its value in brackets ("the Nov 3 top ($629.29)")
and a weekday's close with "was" ("Thursday was $614.72") are held to the cross's, the extreme's and
that day's bar; a wrong one is `date-untraced` or `value-mismatch`.

An RSI called "neutral" right after its reading ("RSI is 72.3, neutral") is held to the 30-70 band
(`indicator-mismatch` outside it).

A % told from a dated high or low ("3.1% below its Nov 28, 2025 record", "4.2% under its January 12 peak",
"up 12% from the April 28 low", "down 24% from its August high"): the record's distance
(`pct_from_ath`) whatever the date beside it, a high's or a low's the 52-week extreme's distance when the
date is that extreme's date (a day its day, a month alone its month), so a wrong % is that fact's
`value-mismatch` rather than `number-untraced` or "no return since that date is computed".

Every figure comes from the snapshots, so each clean note is correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from .plants import Plant
from .universe import Built
from .user_texts import UserText

PEAK_KEY = "DIA-2026-06-03"  # under its January 52-week high, well above its April low
RECORD_KEY = "idx_RUT-2026-11-17"  # an index in points, under a record of the year before
TRIM_KEY = "SPY-2026-11-20"  # a few per cent under its October record
CROSS_KEY = "QQQ-2025-11-17"  # a golden cross in July, a record close that Monday
SCREEN_KEY = "FRNT-2026-11-20"  # an oversold frontier fund, RSI in the low 20s


def _base(name: str, key: str) -> str:
    return f"user-vnamed3-{name}-{key}"


def _unsigned(printed: str) -> str:
    return printed.lstrip("+-\u2212")


def _day(when: date, *, year: bool = False) -> str:
    """'January 12' or 'Jan 12, 2026' as a desk prints a dated extreme."""
    return f"{when:%b} {when.day}, {when.year}" if year else f"{when:%B} {when.day}"


def peak_note(b: Built) -> str:
    s, f = b.snapshot, b.sheet.fmt
    high, low = _day(s.extremes.high_52w_date), _day(s.extremes.low_52w_date)
    under, over = _unsigned(f("pct_from_52w_high")), _unsigned(f("pct_from_52w_low"))
    return ("Dow fund, midweek check\n\n"
            f"DIA settled at {f('close')}. That still leaves it {under} under its {high} peak, though the "
            f"fund has climbed {over} from the {low} low. DIA's RSI is {f('rsi_14')}, neutral. Coffee on the "
            "desk cost $3.50 this morning.\n")


def record_note(b: Built) -> str:
    s, f = b.snapshot, b.sheet.fmt
    record = _day(s.extremes.all_time_high_date, year=True)
    under, over = _unsigned(f("pct_from_ath")), _unsigned(f("pct_from_52w_low"))
    return ("Small caps, index view\n\n"
            f"The Russell 2000 ended at {f('close')}, {under} below the {record} record and {over} above "
            f"its {s.extremes.low_52w_date:%B} low. Bands {f('bb_lower')} / {f('bb_upper')}; daily swing "
            f"(ATR) about {f('atr_14')}.\n")


def trim_note(b: Built) -> str:
    s, f = b.snapshot, b.sheet.fmt
    record = s.extremes.all_time_high_date
    under, over = _unsigned(f("pct_from_ath")), _unsigned(f("pct_from_52w_low"))
    return ("Trim or hold? A reader asks about SPY\n\n"
            f"SPY closed at {f('close')} on Friday (prior {f('prev_close')}). It sits {under} shy of its "
            f"{record:%b} {record.day} record close, and it is {over} off the "
            f"{_day(s.extremes.low_52w_date)} bottom. Normal daily risk is one {f('atr_14')} ATR per share, "
            f"and the range floor of {f('range_lower')} is the line we would watch. SPY has sat between "
            f"{f('range_lower')} and {f('range_upper')} for {f('range_sessions')} sessions. We would not "
            "trim on that alone.\n")


def cross_note(b: Built) -> str:
    s, f = b.snapshot, b.sheet.fmt
    assert s.trend.cross is not None
    day, prior = s.recent_sessions[-2], s.recent_closes[-2]
    top = s.extremes.high_52w_date
    return ("Tech fund, the long view\n\n"
            f"QQQ ended at {f('close')}. The 50-day has been above the 200-day since "
            f"{_day(s.trend.cross.since)}, about {f('cross_sessions_since')} trading sessions; on that score "
            f"nothing has changed. {day:%A} was ${prior:.2f}. The "
            f"{top:%b} {top.day} top ({f('high_52w')}) is this session's own close, a new record.\n")


def screen_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("Frontier screen, end of day\n\n"
            f"FRNT closed at {f('close')}. RSI {f('rsi_14')}, oversold; no bounce yet.\n")


WRITERS = {("screen", SCREEN_KEY): screen_note, ("peak", PEAK_KEY): peak_note,
           ("record", RECORD_KEY): record_note, ("trim", TRIM_KEY): trim_note,
           ("cross", CROSS_KEY): cross_note}


def vnamed3_44_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _swap(case: str, name: str, key: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"vnamed3-{case}-{key}", _base(name, key), "value", old, new, "value-mismatch", span,
                 note=note)


def _wrong(printed: str, by: float) -> str:
    """A % moved by `by` points, printed at the same precision."""
    value = float(printed.rstrip("%").replace(",", ""))
    return f"{value + by:.2f}%"


def vnamed3_44_plants(built: dict[str, Built]) -> list[Plant]:
    plants = []
    rows = ((PEAK_KEY, "peak", "pct_from_52w_high", "it", 1.4, "the 52-week high"),
            (PEAK_KEY, "peak", "pct_from_52w_low", "climbed", -2.3, "the 52-week low"),
            (RECORD_KEY, "record", "pct_from_ath", ",", 2.2, "the record close"),
            (RECORD_KEY, "record", "pct_from_52w_low", "and", 3.1, "the 52-week low"),
            (TRIM_KEY, "trim", "pct_from_ath", "sits", 1.7, "the record close"),
            (TRIM_KEY, "trim", "pct_from_52w_low", "is", -1.9, "the 52-week low"))
    for key, name, fact, lead, by, what in rows:
        right = _unsigned(built[key].sheet.fmt(fact))
        wrong = _wrong(right, by)
        plants.append(_swap(f"{name}-{fact.replace('_', '')}", name, key, f"{lead} {right}",
                            f"{lead} {wrong}", wrong, f"the close is {right} from {what}"))
    rsi = built[SCREEN_KEY].sheet.fmt("rsi_14")
    neutral = Plant(f"vnamed3-screen-neutral-{SCREEN_KEY}", _base("screen", SCREEN_KEY), "indicator",
                    f"RSI {rsi}, oversold", f"RSI {rsi}, neutral", "indicator-mismatch", "neutral",
                    note=f"an RSI of {rsi} is oversold, not neutral")
    return [*plants, *_label_plants(built), *_dated_plants(built), neutral]


def _dated_plants(built: dict[str, Built]) -> list[Plant]:
    """A cross's date, a day's close and a top's date, each moved."""
    s, sessions = built[CROSS_KEY].snapshot, built[TRIM_KEY].sheet.fmt("range_sessions")
    assert s.trend.cross is not None
    cross, top, age = s.trend.cross.since, s.extremes.high_52w_date, s.trend.cross.sessions_since
    day, prior = s.recent_sessions[-2], s.recent_closes[-2]
    return [
        Plant(f"vnamed3-cross-date-{CROSS_KEY}", _base("cross", CROSS_KEY), "date", f"since {_day(cross)}",
              f"since {_day(cross + timedelta(days=9))}", "date-untraced", _day(cross + timedelta(days=9)),
              note=f"the cross was on {_day(cross)}"),
        Plant(f"vnamed3-cross-day-{CROSS_KEY}", _base("cross", CROSS_KEY), "value", f"was ${prior:.2f}",
              f"was ${prior + 1.4:.2f}", "value-mismatch", f"${prior + 1.4:.2f}",
              note=f"QQQ closed at ${prior:.2f} on {day:%A}"),
        Plant(f"vnamed3-cross-age-{CROSS_KEY}", _base("cross", CROSS_KEY), "history",
              f"about {age} trading", f"about {age + 8} trading", "value-mismatch", str(age + 8),
              note=f"the cross was {age} sessions ago"),
        Plant(f"vnamed3-trim-range-{TRIM_KEY}", _base("trim", TRIM_KEY), "history",
              f"for {sessions} sessions", f"for {int(sessions) + 10} sessions", "value-mismatch",
              str(int(sessions) + 10),
              note=f"the range has held {sessions} sessions"),
        Plant(f"vnamed3-cross-top-{CROSS_KEY}", _base("cross", CROSS_KEY), "date", f"{top:%b} {top.day} top",
              f"{top:%b} {top.day - 2} top", "date-untraced", f"{top:%b} {top.day - 2}",
              note=f"the top was set on {_day(top)}"),
    ]


def _label_plants(built: dict[str, Built]) -> list[Plant]:
    """A figure a label names around it: the bands after "Bands", the ATR in brackets or before "ATR",
    the close before after "prior", the floor of the range of closes."""
    rut, spy = built[RECORD_KEY].sheet.fmt, built[TRIM_KEY].sheet.fmt
    return [
        _swap("record-bands", "record", RECORD_KEY, f"/ {rut('bb_upper')}", "/ 2,571.36", "2,571.36",
              f"the upper band is {rut('bb_upper')}"),
        _swap("record-atr", "record", RECORD_KEY, f"about {rut('atr_14')}", "about 61.20", "61.20",
              f"the ATR is {rut('atr_14')}"),
        _swap("trim-prior", "trim", TRIM_KEY, f"(prior {spy('prev_close')})", "(prior $683.51)", "$683.51",
              f"the close before was {spy('prev_close')}"),
        _swap("trim-atr", "trim", TRIM_KEY, f"{spy('atr_14')} ATR", "$5.90 ATR", "$5.90",
              f"the ATR is {spy('atr_14')}"),
        _swap("trim-floor", "trim", TRIM_KEY, f"floor of {spy('range_lower')}", "floor of $671.20", "$671.20",
              f"the range's floor is {spy('range_lower')}"),
    ]
