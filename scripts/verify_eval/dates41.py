"""Dates and periods in printouts (issue 14, vdates, stop 41), in other words than the holdouts'.

- A weekday with its month and day in figures ("Mon 11-16 $468.20 | Tue 11-17 ...", "Tue 11/10 $604.88")
  dates the price after it to that session. Before, the weekday alone was read (on a Tuesday's note "Tue"
  was the session itself) and the figures between it and the price hid it: every past close was
  `number-untraced`. A dash joins two digits each side ("11-16"), so "Tue 9-5" is no date.
- A signed % in a row of bare figures after a label ("Out[5]: $465.97  $454.84  +1.21%  +3.69%", "vs
  50d/200d: +0.53% +6.24%") is one of the subject's held %s: a distance from an average or an extreme,
  or an average's 20-session slope; not the day's move the sign alone made it (`value-mismatch`). A
  row whose other %s are the subject's moves ("returns: -1.80% -0.72% +3.16%") stays a row of moves:
  a distance put in it is still wrong.
- A lower-case short weekday as a price's label or right after its price ("mon $247.26 / tue $245.28",
  "$243.57 thu") dates the price; the close of each such day was `number-untraced`. Only there: "wed"
  alone is a word.
- A period named by its noun with its article ("the week finished 1.10% higher", "the year remains down
  0.72%", "year -0.72%") gives a move that period (it was the day's move: a false `direction-mismatch`
  or `value-mismatch`); "a year ago", "the past year", "the 10-year" do not.
Plants: a past close moved off its bar, a dashed date's weekday turned, a distance, a slope and a
return misprinted (the return as the 200-day distance), a lower-case day's close moved, a period's
move turned and misprinted.

Every figure comes from the snapshots, so each printout is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .pastbars39 import close_on
from .plants import Plant
from .universe import Built
from .user_texts import UserText

CELLS_KEY = "DIA-2026-11-20"  # a Friday
CELLS = f"user-vdates41-cells-{CELLS_KEY}"
LOG_KEY = "QQQ-2026-11-17"  # a Tuesday: "Tue 11/10" is the Tuesday before, not the session
LOG = f"user-vdates41-log-{LOG_KEY}"


def _pct(value: float) -> str:
    return f"{value:+.2f}%"


def _figures(s: Snapshot) -> dict[str, str]:
    r, t = s.returns, s.trend
    assert t.pct_vs_sma_50 is not None and t.pct_vs_sma_200 is not None
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    return {"close": f"{s.close:.2f}", "day": _pct(r.change_1d_pct), "5d": _pct(r.change_5d_pct),
            "1m": _pct(r.change_1m_pct), "ytd": _pct(r.change_ytd_pct), "sma50": f"{t.sma_50:.2f}",
            "sma200": f"{t.sma_200:.2f}", "d50": _pct(t.pct_vs_sma_50), "d200": _pct(t.pct_vs_sma_200),
            "s50": _pct(t.sma_50_slope_pct), "s200": _pct(t.sma_200_slope_pct)}


def _dated(s: Snapshot, days: tuple[int, ...], sep: str, join: str) -> str:
    return join.join(f"{date(2026, 11, d):%a} 11{sep}{d} ${close_on(s, date(2026, 11, d))}" for d in days)


CELL_DAYS = (16, 17, 18, 19)
LOG_DAYS = (10, 11, 12)


def cells_printout(b: Built) -> str:
    s = b.snapshot
    f = _figures(s)
    return ("dia_close.ipynb (printout)\n\n"
            "In [2]: last(), chg()\n"
            f"Out[2]: DIA closed at ${f['close']}, {f['day']} on the day\n\n"
            "In [3]: closes[-5:-1]\n"
            f"Out[3]: {_dated(s, CELL_DAYS, '-', ' | ')}\n\n"
            "In [4]: smas(), dists()\n"
            f"Out[4]: ${f['sma50']}  ${f['sma200']}  {f['d50']}  {f['d200']}\n\n"
            "In [5]: slopes()\n"
            f"Out[5]: {f['s50']}  {f['s200']}\n")


def log_printout(b: Built) -> str:
    s = b.snapshot
    f = _figures(s)
    return ("qqq eod log\n"
            f"last: ${f['close']} ({f['day']})\n"
            f"returns: {f['5d']} {f['1m']} {f['ytd']}\n"
            f"vs 50d/200d: {f['d50']} {f['d200']}\n"
            f"slopes 50d/200d: {f['s50']} {f['s200']}\n"
            f"closes: {_dated(s, LOG_DAYS, '/', ', ')}\n")


SCRIBBLE_KEY = "IWM-2026-11-20"  # a Friday
SCRIBBLE = f"user-vdates41-scribble-{SCRIBBLE_KEY}"
WEEK_KEY = "DIA-2026-11-20"  # a Friday: up on the week, down on the year
WEEK = f"user-vdates41-week-{WEEK_KEY}"


def scribble(b: Built) -> str:
    s = b.snapshot
    day = {d: close_on(s, date(2026, 11, d)) for d in (16, 17, 18, 19)}
    return ("iwm scribble, fri\n"
            f"this wk: mon ${day[16]} / tue ${day[17]} / wed ${day[18]}\n"
            f"then ${day[19]} thu and ${s.close:.2f} today\n")


def _periods(s: Snapshot) -> dict[str, str]:
    r = s.returns
    assert r.change_5d_pct > 0 > r.change_ytd_pct and r.change_1d_pct > 0
    return {"week": f"{r.change_5d_pct:.2f}", "year": f"{-r.change_ytd_pct:.2f}", "close": f"{s.close:.2f}"}


def week_note(b: Built) -> str:
    f = _periods(b.snapshot)
    return ("# Blue chips: the longer frame\n\n"
            f"DIA settled at ${f['close']}. Taken together, the week finished {f['week']}% higher for the "
            "fund, "
            f"though the year remains down {f['year']}%.\n\n"
            f"In short: week +{f['week']}%, year -{f['year']}%.\n")


def dates41_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CELLS, CELLS_KEY, "prose", "txt", cells_printout(built[CELLS_KEY])),
            UserText(LOG, LOG_KEY, "prose", "txt", log_printout(built[LOG_KEY])),
            UserText(SCRIBBLE, SCRIBBLE_KEY, "prose", "txt", scribble(built[SCRIBBLE_KEY])),
            UserText(WEEK, WEEK_KEY, "prose", "md", week_note(built[WEEK_KEY]))]


def _moved(value: str, by: float) -> str:
    return f"{float(value) + by:.2f}"


def _bumped(pct: str, by: float) -> str:
    return _pct(float(pct.rstrip("%")) + by)


def dates41_plants(built: dict[str, Built]) -> list[Plant]:
    cells, log = built[CELLS_KEY].snapshot, built[LOG_KEY].snapshot
    fc, fl = _figures(cells), _figures(log)
    wed = close_on(cells, date(2026, 11, 18))
    tue10 = close_on(log, date(2026, 11, 10))
    assert fl["ytd"] != fl["d200"]
    wed18 = close_on(built[SCRIBBLE_KEY].snapshot, date(2026, 11, 18))
    thu19 = close_on(built[SCRIBBLE_KEY].snapshot, date(2026, 11, 19))
    week = _periods(built[WEEK_KEY].snapshot)
    return [
        Plant(f"vdates41-wed-{SCRIBBLE_KEY}", SCRIBBLE, "history", f"wed ${wed18}",
              f"wed ${_moved(wed18, 0.9)}", "value-mismatch", f"${_moved(wed18, 0.9)}",
              note="Wednesday, Nov 18 closed elsewhere"),
        Plant(f"vdates41-thu-{SCRIBBLE_KEY}", SCRIBBLE, "history", f"${thu19} thu",
              f"${_moved(thu19, -1.1)} thu", "value-mismatch", f"${_moved(thu19, -1.1)}",
              note="Thursday, Nov 19 closed elsewhere"),
        Plant(f"vdates41-year-{WEEK_KEY}", WEEK, "direction", f"the year remains down {week['year']}%",
              f"the year remains up {week['year']}%", "direction-mismatch", f"up {week['year']}%",
              note="the year-to-date move is a loss"),
        Plant(f"vdates41-week-{WEEK_KEY}", WEEK, "timeframe", f"the week finished {week['week']}%",
              f"the week finished {_moved(week['week'], 0.5)}%", "value-mismatch",
              f"{_moved(week['week'], 0.5)}%",
              note="the five-day move is half a point less"),
        Plant(f"vdates41-wed-{CELLS_KEY}", CELLS, "history", f"Wed 11-18 ${wed}",
              f"Wed 11-18 ${_moved(wed, 1.4)}", "value-mismatch", f"${_moved(wed, 1.4)}",
              note="Wednesday, Nov 18 closed elsewhere"),
        Plant(f"vdates41-thu-{CELLS_KEY}", CELLS, "date", f"Wed 11-18 ${wed}", f"Thu 11-18 ${wed}",
              "weekday-mismatch", "Thu 11-18", note="Nov 18, 2026 is a Wednesday"),
        Plant(f"vdates41-d200-{CELLS_KEY}", CELLS, "value", f"  {fc['d200']}\n",
              f"  {_bumped(fc['d200'], 1.0)}\n", "value-mismatch", _bumped(fc["d200"], 1.0),
              note="the distance from the 200-day is a point lower"),
        Plant(f"vdates41-ytd-{LOG_KEY}", LOG, "timeframe", f"{fl['1m']} {fl['ytd']}",
              f"{fl['1m']} {fl['d200']}", "value-mismatch", fl["d200"],
              note="the year's return in a row of returns, printed as the distance from the 200-day"),
        Plant(f"vdates41-slope-{CELLS_KEY}", CELLS, "value", f"Out[5]: {fc['s50']}",
              f"Out[5]: {_bumped(fc['s50'], 1.0)}", "value-mismatch", _bumped(fc["s50"], 1.0),
              note="the 50-day's 20-session slope is a point lower"),
        Plant(f"vdates41-tue-{LOG_KEY}", LOG, "history", f"Tue 11/10 ${tue10}",
              f"Tue 11/10 ${_moved(tue10, -1.7)}", "value-mismatch",
              f"${_moved(tue10, -1.7)}", note="Tuesday, Nov 10 closed elsewhere"),
    ]
