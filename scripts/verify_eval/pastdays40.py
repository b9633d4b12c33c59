"""Past sessions in prose, third round (issue 14, vpast, stop 40), in other words than the holdouts'.

- A weekday right after its price, with no "on" ("$247.01 Friday, $247.26 Monday"), dates that price
  (the weekday before it, the previous item's label, did before: a false `value-mismatch`), and a list
  that starts on a dated day ("Thursday the 12th") runs forward from it: its "Friday" is the 13th, not
  the Friday session (the price was `number-untraced`).
- Under "last week", a list that starts on "Friday the 13th" goes on to the Monday after it, not the
  Monday of the week before (a false `value-mismatch` on each true close).
- "closed at $X on Monday, November 16, at $Y on Tuesday": the date after "on" is $X's own, not the next
  item's (the figure was unverifiable).
- "up $0.73 from $X yesterday", "ended at $Y, from $X": the price the session's move is told from is the
  previous close (it was unverifiable or untraced); a longer move's start ("from $X to $Y over 20
  sessions") is not.
- A close told against a threshold with a day ("If it closes above $629.76 on Monday, ...", "a close under
  $X on Tuesday would ...") is a scenario's level, not that day's close (a false `value-mismatch` against
  the past Monday's bar); in the past tense ("closed above $X on Wednesday") it is the side of the figure
  the day's close was on.
- A period phrase opening a sentence with no comma ("Since the turn of the year the fund is up 2.05%", "In
  the whole week it gave back 0.80 percent") gives the figure its period (the phrase fell outside the
  figure's clause: the day's move, a false `direction-mismatch`).
- A multiple in words of an owned or normal volume ("nearly double its 20-day norm", "three times our
  usual") is the volume ratio (it was unchecked).
Plants: a close moved off its bar, the previous close moved (`value-mismatch`), a past close's side
turned (`direction-mismatch`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .pastbars39 import close_on
from .plants import Plant
from .universe import Built
from .user_texts import UserText

SMALL_KEY = "IWM-2026-11-20"  # a Friday; the bars hold the week before
BROAD_KEY = "SPY-2026-11-20"  # a Friday
BLUE_KEY = "DIA-2026-11-20"  # a Friday
TECH_KEY = "QQQ-2026-11-20"  # a Friday


def _base(key: str) -> str:
    return f"user-vpast40-{key}"


def _week(s: Snapshot) -> dict[str, str]:
    days = {"thu12": 12, "fri13": 13, "mon": 16, "tue": 17, "wed": 18}
    found = {name: close_on(s, date(2026, 11, d)) for name, d in days.items()}
    assert found["fri13"] != f"{s.close:.2f}"  # the Friday session would hide a misread Friday
    return {**found, "close": f"{s.close:.2f}", "prev": f"{s.prev_close:.2f}"}


def small_note(b: Built) -> str:
    f = _week(b.snapshot)
    return ("# Small caps: the tape since the 12th\n\n"
            f"Closing prints: ${f['thu12']} on Thursday the 12th, the best of the month, then ${f['fri13']} "
            f"Friday, ${f['mon']} Monday and ${f['tue']} Tuesday. Today IWM settled at ${f['close']}.\n")


def broad_note(b: Built) -> str:
    f = _week(b.snapshot)
    return ("# S&P fund: last week in three prints\n\n"
            f"Last week was uneven: SPY finished at ${f['fri13']} on Friday the 13th, ${f['mon']} on Monday "
            f"and ${f['tue']} on Tuesday.\n")


def blue_note(b: Built) -> str:
    f = _week(b.snapshot)
    return ("# Blue chips: the run in order\n\n"
            f"The fund closed at ${f['mon']} on Monday, November 16, at ${f['tue']} on Tuesday and at "
            f"${f['wed']} on Wednesday.\n")


def _from(s: Snapshot) -> dict[str, str]:
    return {"close": f"{s.close:.2f}", "prev": f"{s.prev_close:.2f}", "way": "up" if s.close > s.prev_close
            else "down", "gap": f"{abs(s.close - s.prev_close):.2f}"}


def tech_note(b: Built) -> str:
    f = _from(b.snapshot)
    return ("# Nasdaq fund: where Friday started\n\n"
            f"QQQ ended at ${f['close']}, {f['way']} ${f['gap']} from ${f['prev']} yesterday.\n\n"
            f"Put another way, it went to ${f['close']} from ${f['prev']}.\n")


SIDE_KEY = "QQQ-2026-11-20"
SIDE_BASE = f"user-vpast40-side-{SIDE_KEY}"


def _sides(s: Snapshot) -> dict[str, str]:
    wed, thu = (float(close_on(s, date(2026, 11, d))) for d in (18, 19))
    return {"under_wed": f"{wed - 0.5:.2f}", "over_thu": f"{thu + 0.6:.2f}",
            "record": f"{s.extremes.all_time_high:.2f}"}


def side_note(b: Built) -> str:
    f = _sides(b.snapshot)
    return ("# Nasdaq fund: what Monday needs\n\n"
            f"QQQ closed above ${f['under_wed']} on Wednesday and below ${f['over_thu']} on Thursday. If it "
            f"closes above ${f['record']} on Monday, it sets a record.\n")


LEAD_KEY = "SPY-2026-11-17"  # a Tuesday: down on the day and the week, up on the year
LEAD_BASE = f"user-vpast40-lead-{LEAD_KEY}"


def _leads(s: Snapshot) -> dict[str, str]:
    r = s.returns
    assert r.change_ytd_pct > 0 > r.change_5d_pct
    return {"ytd": f"{r.change_ytd_pct:.2f}", "week": f"{-r.change_5d_pct:.2f}",
            "month": f"{-r.change_1m_pct:.2f}"}


def lead_note(b: Built) -> str:
    f = _leads(b.snapshot)
    return ("# S&P fund: the longer view\n\n"
            f"Since the turn of the year the fund is still up {f['ytd']}%. In the whole week it gave back "
            f"{f['week']} percent.\n")


VOLUME_KEY = "SPY-2026-11-20"  # volume 1.8 times its 20-day average
VOLUME_BASE = f"user-vpast40-volume-{VOLUME_KEY}"


def volume_note(b: Built) -> str:
    ratio = b.snapshot.volume.volume_ratio
    assert ratio is not None and 1.6 <= ratio < 2.0
    return ("# S&P fund: a busy Friday\n\n"
            "The tape was crowded: turnover ran at nearly double its 20-day norm, and the desk felt it.\n")


WRITERS = {SMALL_KEY: small_note, BROAD_KEY: broad_note, BLUE_KEY: blue_note, TECH_KEY: tech_note}


def pastdays40_texts(built: dict[str, Built]) -> list[UserText]:
    return [*(UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()),
            UserText(SIDE_BASE, SIDE_KEY, "prose", "md", side_note(built[SIDE_KEY])),
            UserText(LEAD_BASE, LEAD_KEY, "prose", "md", lead_note(built[LEAD_KEY])),
            UserText(VOLUME_BASE, VOLUME_KEY, "prose", "md", volume_note(built[VOLUME_KEY]))]


def _moved(value: str, by: float) -> str:
    return f"${float(value) + by:.2f}"


def _plant(name: str, key: str, old: str, value: str, by: float, after: str, note: str) -> Plant:
    """A close moved off its bar: `old` is the text around it ("$X Friday"), `after` the words after it."""
    wrong = _moved(value, by)
    return Plant(f"vpast40-{name}-{key}", _base(key), "history", f"{old}{after}", f"{wrong}{after}",
                 "value-mismatch", wrong, note=note)


def pastdays40_plants(built: dict[str, Built]) -> list[Plant]:
    small, broad = _week(built[SMALL_KEY].snapshot), _week(built[BROAD_KEY].snapshot)
    blue, tech = _week(built[BLUE_KEY].snapshot), _from(built[TECH_KEY].snapshot)
    sides, leads = _sides(built[SIDE_KEY].snapshot), _leads(built[LEAD_KEY].snapshot)
    return [
        _plant("fri", SMALL_KEY, f"${small['fri13']}", small["fri13"], 1.3, " Friday",
               "the list runs forward from the 12th: its Friday (Nov 13) closed elsewhere"),
        _plant("mon", SMALL_KEY, f"${small['mon']}", small["mon"], -0.8, " Monday",
               "Monday Nov 16 closed elsewhere"),
        _plant("lwmon", BROAD_KEY, f"${broad['mon']}", broad["mon"], 1.6, " on Monday",
               "the Monday after Friday the 13th (Nov 16) closed elsewhere"),
        _plant("datemon", BLUE_KEY, f"${blue['mon']}", blue["mon"], -1.2, " on Monday, November 16",
               "Monday, November 16 closed elsewhere"),
        _plant("fromy", TECH_KEY, f"${tech['prev']}", tech["prev"], 2.1, " yesterday",
               "the previous close is not that figure"),
        _plant("from", TECH_KEY, f"${tech['prev']}", tech["prev"], -1.9, ".",
               "the price the day's move started from is the previous close, which is not that figure"),
        Plant(f"vpast40-side-{SIDE_KEY}", SIDE_BASE, "direction", f"above ${sides['under_wed']} on",
              f"below ${sides['under_wed']} on", "direction-mismatch", f"${sides['under_wed']}",
              note="Wednesday's close was above that figure"),
        Plant(f"vpast40-leadweek-{LEAD_KEY}", LEAD_BASE, "timeframe", f"back {leads['week']} percent",
              f"back {leads['month']} percent", "value-mismatch", f"{leads['month']} percent",
              note="the week's move (the five-day one) is not that figure; it is the month's"),
        Plant(f"vpast40-norm-{VOLUME_KEY}", VOLUME_BASE, "words", "nearly double its 20-day norm",
              "nearly triple its 20-day norm", "value-mismatch", "nearly triple its 20-day norm",
              note="the volume ratio is 1.8: nearly double, not triple"),
    ]
