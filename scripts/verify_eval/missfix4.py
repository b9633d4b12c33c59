"""Desk notes for the verifier's fixes of the fourth holdout's misses (issue 14), each cause planted
in other words than the holdout's, on other subjects.

- A run counted in closes or up/down days with an ordinal ("its fifth consecutive winning session",
  "the 5th green day in a row"): the instrument's own run of closes. Plants: the run two and three
  sessions too long.
- A multiple of the volume's average in words ("close to double the normal", "N times more than
  usual") after any volume words ("trading ran heavy"), and a multiple in digits after a share count
  ("Vol: 118.3M (1.82x)", "118.3M against a 64.9M average, about 1.8x"): the volume's ratio to its
  20-day average. Plants: quadruple for double, one whole multiple too many in digits.
- A move word right before a figure in points or dollars ("lower by 19.30 points", "down $1.98 on
  the session"): the day's move, in points the index's (not its ETF's dollars). Plants: the index's
  points with two digits swapped, the ETF's dollars with two digits swapped.
- A dollar move restated as a % after ", or" ("giving up $1.98, or 0.80%") is the day's move, held
  to the 1-day % only (not any period's move of that size), and fraction words with a hyphen
  ("three-quarters of a percent", "one-quarter of a percent") are figures. Plants: the 5-day move
  given as the restated %, a quarter for three quarters.
- A subject set off by commas before a comparison ("The Nasdaq fund, QQQ, did better still, up
  almost 2%") still owns the move after it. Plant: 3% for QQQ's 1.90% (SPY's 3.28% year-to-date
  must not excuse it).
- A date in brackets right after an extreme's figure ("the 52-week closing low, $517.65 (Apr 28,
  2026)", "record close $629.76 (Nov 11)") dates that extreme. Plants: the low's date a day late,
  the record's a day early.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import Snapshot
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a run of closes told with an ordinal

RUN_KEY = "SPY-2026-06-03"


def _run(s: Snapshot) -> int:
    assert s.tape.streak_sessions > 1 and s.tape.streak_change_pct > 0
    return s.tape.streak_sessions


def _ordinal(n: int) -> str:
    return count_forms(n)[2]


def _suffixed(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def run_note(b: Built) -> str:
    s = b.snapshot
    n = _run(s)
    return (f"# SPY keeps climbing\n\n"
            f"SPY settled at ${s.close:.2f}, its {_ordinal(n)} consecutive winning session, and the "
            f"buyers were back early.\n\n"
            f"- Tape: the {_suffixed(n)} green day in a row, {s.tape.streak_change_pct:.2f}% over the run.\n")


def run_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-run-{RUN_KEY}", RUN_KEY, "prose", "md", run_note(built[RUN_KEY]))]


def run_plants(built: dict[str, Built]) -> list[Plant]:
    n = _run(built[RUN_KEY].snapshot)
    base = f"user-missfix4-run-{RUN_KEY}"
    words, digits = f"{_ordinal(n + 2)} consecutive winning session", f"{_suffixed(n + 3)} green day in a row"
    return [Plant(f"missfix4-run-ordinal-words-{RUN_KEY}", base, "words",
                  f"{_ordinal(n)} consecutive winning session", words, "value-mismatch", words,
                  note="an ordinal run of higher closes in words, two sessions too long"),
            Plant(f"missfix4-run-ordinal-digits-{RUN_KEY}", base, "value",
                  f"{_suffixed(n)} green day in a row", digits, "value-mismatch", digits,
                  note="an ordinal run of up days in digits ('8th green day in a row'), three too long")]


# ---------------------------------------------------------------- a multiple of the volume's average

VOLUME_KEY = "SPY-2026-11-20"


def _millions(shares: float) -> str:
    return f"{shares / 1e6:.1f}M"


def volume_note(b: Built) -> str:
    s = b.snapshot
    v = s.volume
    assert v.volume_ratio is not None and v.avg_volume_20 is not None and 1.7 < v.volume_ratio < 2.3
    return (f"# SPY: a heavy Friday\n\n"
            f"SPY closed at ${s.close:.2f}. Trading ran heavy into the bell, close to double the normal "
            f"pace.\n\n"
            f"- Vol: {_millions(v.volume)} ({v.volume_ratio:.2f}x)\n"
            f"- Shares: {_millions(v.volume)} against a {_millions(v.avg_volume_20)} average, about "
            f"{v.volume_ratio:.1f}x.\n")


def volume_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-volume-{VOLUME_KEY}", VOLUME_KEY, "prose", "md",
                     volume_note(built[VOLUME_KEY]))]


def volume_plants(built: dict[str, Built]) -> list[Plant]:
    ratio = built[VOLUME_KEY].snapshot.volume.volume_ratio
    assert ratio is not None
    base = f"user-missfix4-volume-{VOLUME_KEY}"
    return [Plant(f"missfix4-volume-quadruple-{VOLUME_KEY}", base, "words",
                  "close to double the normal", "close to quadruple the normal", "value-mismatch",
                  "quadruple",
                  note="the volume's multiple in one word after 'trading ran heavy', 4x for 1.8x"),
            Plant(f"missfix4-volume-vol-digits-{VOLUME_KEY}", base, "value",
                  f"({ratio:.2f}x)", f"({ratio + 1:.2f}x)", "value-mismatch", f"{ratio + 1:.2f}x",
                  note="a multiple after 'Vol: <shares>', one whole multiple high"),
            Plant(f"missfix4-volume-against-{VOLUME_KEY}", base, "value",
                  f"about {ratio:.1f}x", f"about {ratio + 1:.1f}x", "value-mismatch", f"{ratio + 1:.1f}x",
                  note="a multiple after one share count set against another, one whole multiple high")]


# ---------------------------------------------------------------- a day's move in points or dollars

POINTS_KEY = "idx_RUT-2026-11-17"


def _peer(b: Built, symbol: str) -> Snapshot:
    return next(p for p in b.peers if p.symbol == symbol)


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('19.30' -> '19.03'); they must differ."""
    assert text[-1] != text[-2]
    return text[:-2] + text[-1] + text[-2]


def points_note(b: Built) -> str:
    s, etf = b.snapshot, _peer(b, "IWM")
    assert s.returns.change_1d < 0 and etf.returns.change_1d < 0
    return (f"# Small caps on the back foot\n\n"
            f"The Russell 2000 ended the day at {s.close:,.2f}, lower by {abs(s.returns.change_1d):.2f} "
            f"points.\n\n"
            f"Its ETF, IWM, finished at ${etf.close:.2f}, down ${abs(etf.returns.change_1d):.2f} on the "
            f"session.\n")


def points_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-points-{POINTS_KEY}", POINTS_KEY, "prose", "md",
                     points_note(built[POINTS_KEY]))]


def points_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[POINTS_KEY]
    points = f"{abs(b.snapshot.returns.change_1d):.2f}"
    dollars = f"{abs(_peer(b, 'IWM').returns.change_1d):.2f}"
    base = f"user-missfix4-points-{POINTS_KEY}"
    return [Plant(f"missfix4-points-move-{POINTS_KEY}", base, "value",
                  f"lower by {points} points", f"lower by {_swapped(points)} points", "value-mismatch",
                  _swapped(points), note="the index's move in points after 'lower by', two digits swapped"),
            Plant(f"missfix4-dollar-move-{POINTS_KEY}", base, "value",
                  f"down ${dollars} on", f"down ${_swapped(dollars)} on", "value-mismatch",
                  f"${_swapped(dollars)}", note="the ETF's move in dollars after 'down', two digits swapped")]


# ---------------------------------------------------------------- a dollar move restated as a %

RESTATED_KEY = "IWM-2026-11-17"


def _restated(s: Snapshot) -> tuple[str, str, str]:
    """The day's dollar move, its % and the 5-day % (which must differ from it when printed)."""
    day, week = f"{abs(s.returns.change_1d_pct):.2f}%", f"{abs(s.returns.change_5d_pct or 0):.2f}%"
    assert s.returns.change_1d < 0 and day != week and 0.68 < abs(s.returns.change_1d_pct) < 0.82
    return f"{abs(s.returns.change_1d):.2f}", day, week


def restated_note(b: Built) -> str:
    s = b.snapshot
    dollars, day, _ = _restated(s)
    return (f"# IWM slips\n\n"
            f"IWM settled at ${s.close:.2f}, giving up ${dollars}, or {day}.\n\n"
            f"Put another way, the fund shed ${dollars}, or roughly three-quarters of a percent.\n")


def restated_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-restated-{RESTATED_KEY}", RESTATED_KEY, "prose", "md",
                     restated_note(built[RESTATED_KEY]))]


def restated_plants(built: dict[str, Built]) -> list[Plant]:
    _, day, week = _restated(built[RESTATED_KEY].snapshot)
    base = f"user-missfix4-restated-{RESTATED_KEY}"
    return [Plant(f"missfix4-restated-pct-{RESTATED_KEY}", base, "timeframe",
                  f"or {day}.", f"or {week}.", "value-mismatch", week,
                  note="the dollar move restated as the 5-day %, not the day's"),
            Plant(f"missfix4-hyphen-quarter-{RESTATED_KEY}", base, "words",
                  "roughly three-quarters of a percent", "roughly one-quarter of a percent", "value-mismatch",
                  "one-quarter of a percent", note="a hyphenated fraction word, a quarter for 0.80%")]


# ---------------------------------------------------------------- a subject set off by commas

APPOSITIVE_KEY = "SPY-2026-11-20"


def appositive_note(b: Built) -> str:
    s, qqq = b.snapshot, _peer(b, "QQQ")
    assert 1.5 < qqq.returns.change_1d_pct < 2.5
    return (f"# SPY and friends\n\n"
            f"SPY closed at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%. The Nasdaq fund, QQQ, did "
            f"better still, up almost 2%.\n")


def appositive_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-appositive-{APPOSITIVE_KEY}", APPOSITIVE_KEY, "prose", "md",
                     appositive_note(built[APPOSITIVE_KEY]))]


def appositive_plants(built: dict[str, Built]) -> list[Plant]:
    return [Plant(f"missfix4-appositive-{APPOSITIVE_KEY}", f"user-missfix4-appositive-{APPOSITIVE_KEY}",
                  "subject", "up almost 2%", "up almost 3%", "value-mismatch", "3%",
                  note="QQQ's move after 'The Nasdaq fund, QQQ, did better still,', 3% for 1.90%")]


# ---------------------------------------------------------------- an extreme's date in brackets

BRACKET_KEY = "QQQ-2026-11-20"


def _day(d: date, year: bool) -> str:
    return f"{d:%b} {d.day}, {d.year}" if year else f"{d:%b} {d.day}"


def bracket_note(b: Built) -> str:
    s, e = b.snapshot, b.snapshot.extremes
    assert s.has_full_year and e.low_52w_date is not None and e.all_time_high_date is not None
    return (f"# QQQ: where the year's marks sit\n\n"
            f"QQQ closed at ${s.close:.2f}. The 52-week closing low, ${e.low_52w:.2f} "
            f"({_day(e.low_52w_date, True)}), is far below.\n\n"
            f"- Record close ${e.all_time_high:.2f} ({_day(e.all_time_high_date, False)}) still stands.\n")


def bracket_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-bracket-{BRACKET_KEY}", BRACKET_KEY, "prose", "md",
                     bracket_note(built[BRACKET_KEY]))]


def bracket_plants(built: dict[str, Built]) -> list[Plant]:
    e = built[BRACKET_KEY].snapshot.extremes
    assert e.low_52w_date is not None and e.all_time_high_date is not None
    low, late = _day(e.low_52w_date, True), _day(e.low_52w_date + timedelta(days=1), True)
    high, early = _day(e.all_time_high_date, False), _day(e.all_time_high_date - timedelta(days=1), False)
    base = f"user-missfix4-bracket-{BRACKET_KEY}"
    return [Plant(f"missfix4-bracket-low-date-{BRACKET_KEY}", base, "date",
                  f"({low})", f"({late})", "date-untraced", late,
                  note="the 52-week closing low's date in brackets after its figure, a day late"),
            Plant(f"missfix4-bracket-record-date-{BRACKET_KEY}", base, "date",
                  f"({high})", f"({early})", "date-untraced", early,
                  note="the record close's date in brackets after its figure, a day early")]


def missfix4_texts(built: dict[str, Built]) -> list[UserText]:
    return [*run_texts(built), *volume_texts(built), *points_texts(built), *restated_texts(built),
            *appositive_texts(built), *bracket_texts(built)]


def missfix4_plants(built: dict[str, Built]) -> list[Plant]:
    return [*run_plants(built), *volume_plants(built), *points_plants(built), *restated_plants(built),
            *appositive_plants(built), *bracket_plants(built)]
