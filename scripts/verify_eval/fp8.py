"""The seventh holdout's false alarms by cause (issue 14, fp8), in other words than its texts.

- Continental notation in a translated note: a document that prints figures only continental
  notation prints ("6.901,69", "-0,95 %", "1,11%") is read in continental notation throughout, so
  its "7.000" is a round resistance of six thousand eight hundred and its "75,63" one figure; a distance
  "under that of 200 sessions" is the 200-day's (a window names it), not a distance from the figure
  printed before.

- Page furniture and counts of a class newsletter: its publication day after the session in a line
  naming nothing of the market ("Chicago, Monday, November 23, 2026"), a local phone number
  ("555-0199"), an SMS short code ("SMS from 40404"), a course ("Math 115"), a word count ("Word
  count: 312", "312 words"), an age limit ("(21+)"), a room ("Room 12C"), a share of someone's money
  ("42% of our portfolio"), a sum in a hypothetical ("if you had $5,000"), a dated header
  ("20-Nov-2026"), and a returns strip's windows ("1M -0.97%" is a month's return, not a volume of 1
  million); a volume written "118.3mm" is read as millions.

- An average's own slope: "And the 50-day has been climbing, it's up roughly 1.49% over the past
  month", "the 50-day line descends quickly, about 5.36% across twenty sessions" (a sentence opening
  on "And the", an apostrophe, "steeply"/"quickly", a verb in its third person) is the average's
  change over those sessions, not the instrument's month.

The same shapes that ARE market figures are still read: a wrong close, a wrong week's move, a round
support above the close and a wrong distance from the 200-day, each in continental notation, are
caught and quoted as the document printed them.

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from pipeline.contracts import LevelKind, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

INDEX_KEY = "idx_GSPC-2026-11-20"
CLASS_KEY = "SPY-2026-11-20"
CLASS = f"user-fp8-class-{CLASS_KEY}"
SLOPE_KEYS = ("QQQ-2026-11-20", "IWM-2026-03-30")
SPANISH = f"user-fp8-spanish-{INDEX_KEY}"


def continental(value: float, decimals: int = 2) -> str:
    """A figure as a continental note prints it: '6.901,69'."""
    return f"{value:,.{decimals}f}".translate(str.maketrans(",.", ".,"))


def _trend(s: Snapshot) -> tuple[float, float, float, float, float, float, float]:
    t, r = s.trend, s.returns
    values = (r.change_1d, r.change_1d_pct, r.change_5d_pct, t.sma_50, t.pct_vs_sma_50, t.sma_200,
              t.pct_vs_sma_200)
    assert all(v is not None for v in values)
    return tuple(float(v) for v in values if v is not None)  # type: ignore[return-value]


def _side(value: float) -> str:
    return "above" if value > 0 else "under"


def _levels(s: Snapshot) -> tuple[float, int]:
    """The nearest support's price and the round resistance above the close (a thousands dot alone)."""
    support = next(lv.price for lv in s.levels if lv.kind == LevelKind.SUPPORT)
    resistance = next(lv.price for lv in s.levels if lv.kind == LevelKind.RESISTANCE and lv.source == "round")
    assert resistance > s.close > support and resistance == int(resistance)
    return support, int(resistance)


def spanish_note(b: Built) -> str:
    s = b.snapshot
    points, pct, week, sma50, vs50, sma200, vs200 = _trend(s)
    rsi = s.momentum.rsi_14
    support, resistance = _levels(s)
    assert rsi is not None and points > 0 and week > 0
    return (f"Nota de mercado (automatic translation from the Spanish). Madrid desk\n\n"
            f"The S&P 500 closed on Friday at {continental(s.close)} points, with a gain of "
            f"{continental(points)} points (+{continental(pct)}%). On the week the advance reaches "
            f"{continental(week)}%.\n\n"
            f"The index quotes {continental(abs(vs50))}% {_side(vs50)} its mean of 50 sessions "
            f"({continental(sma50)}) and {continental(abs(vs200))}% {_side(vs200)} that of 200 sessions "
            f"({continental(sma200)}). The relative strength index marks {continental(rsi, 1)}.\n\n"
            f"Nearest support: {continental(support)} points; resistance at the round "
            f"{continental(resistance, 0)}.\n")


def _strip(s: Snapshot) -> tuple[float, float, float, float]:
    r = s.returns
    values = (r.change_5d_pct, r.change_1m_pct, r.change_ytd_pct, s.volume.volume)
    assert all(v is not None for v in values)
    return tuple(float(v) for v in values if v is not None)  # type: ignore[return-value]


def class_letter(b: Built) -> str:
    s = b.snapshot
    week, month, ytd, volume = _strip(s)
    fed = next(e for e in s.events if e.kind == "fomc")
    return (f"Math 115 Investing Club \u00b7 Chicago, Monday, November 23, 2026 \u00b7 Room 12C (21+)\n\n"
            f"Alerts by SMS from 40404; questions to 555-0199. Word count: 312.\n\n"
            f"Desk sheet 20-Nov-2026: SPY closed at ${s.close:.2f}. 1W {week:+.2f}% | 1M {month:+.2f}% | "
            f"YTD {ytd:+.2f}% | vol {volume / 1e6:.1f}mm.\n\n"
            f"The fund is 42% of our portfolio; if you had $5,000 in it, the week moved it like the fund. "
            f"The Fed decides on {fed.date:%B} {fed.date.day}. (312 words in the original handout.)\n")


def _slope50(s: Snapshot) -> float:
    assert s.trend.sma_50_slope_pct is not None and abs(s.trend.sma_50_slope_pct) > 0.5
    return s.trend.sma_50_slope_pct


def slope_note(b: Built) -> str:
    s = b.snapshot
    slope = _slope50(s)
    if slope > 0:
        line = (f"And the 50-day has been climbing, it's up roughly {slope:.2f}% over the past month, "
                f"while {s.symbol} itself closed at ${s.close:.2f}.")
    else:
        line = (f"The 50-day line descends quickly, about {abs(slope):.2f}% across twenty sessions; "
                f"{s.symbol} closed at ${s.close:.2f}.")
    return f"Trend desk, {s.symbol}\n\n{line}\n"


def fp8_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(SPANISH, INDEX_KEY, "prose", "txt", spanish_note(built[INDEX_KEY])),
            UserText(CLASS, CLASS_KEY, "prose", "md", class_letter(built[CLASS_KEY])),
            *(UserText(f"user-fp8-slope-{key}", key, "prose", "md", slope_note(built[key]))
              for key in SLOPE_KEYS)]


def fp8_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[INDEX_KEY].snapshot
    _, _, week, _, vs50, _, vs200 = _trend(s)
    close, wrong_close = continental(s.close), continental(s.close + 3.2)
    said_week, wrong_week = f"reaches {continental(week)}%", f"reaches {continental(week + 0.8)}%"
    support, resistance = _levels(s)
    said_top = f"the round {continental(resistance, 0)}"
    wrong_top = f"the round {continental(resistance - 200, 0)}"
    said_200 = f"{continental(abs(vs200))}% {_side(vs200)} that"
    wrong_200 = f"{continental(abs(vs200) + 1.1)}% {_side(vs200)} that"
    c = built[CLASS_KEY].snapshot
    week, month, _, volume = _strip(c)
    fed = next(e for e in c.events if e.kind == "fomc")
    said_fed = f"decides on {fed.date:%B} {fed.date.day}"
    wrong_fed = f"decides on {fed.date:%B} {fed.date.day + 2}"
    class_plants = [
        Plant(f"fp8-strip-month-{CLASS_KEY}", CLASS, "timeframe", f"1M {month:+.2f}%",
              f"1M {month - 1.3:+.2f}%", "value-mismatch", f"{month - 1.3:+.2f}%",
              note="the month's return in a strip, 1.30 points low"),
        Plant(f"fp8-strip-close-{CLASS_KEY}", CLASS, "value", f"closed at ${c.close:.2f}",
              f"closed at ${c.close + 2.4:.2f}", "value-mismatch", f"${c.close + 2.4:.2f}",
              note="the close after a dated header, $2.40 high"),
        Plant(f"fp8-strip-volume-{CLASS_KEY}", CLASS, "value", f"vol {volume / 1e6:.1f}mm",
              f"vol {volume / 1e6 - 20:.1f}mm", "value-mismatch", f"{volume / 1e6 - 20:.1f}mm",
              note="the volume in millions written 'mm', 20 million low"),
        Plant(f"fp8-fed-date-{CLASS_KEY}", CLASS, "date", said_fed, wrong_fed, "date-untraced",
              wrong_fed.removeprefix("decides on "),
              note="the Fed's date two days late, in a letter whose own publication day is not checked"),
    ]
    slope_plants = []
    for key in SLOPE_KEYS:
        slope = abs(_slope50(built[key].snapshot))
        said, wrong = f"{slope:.2f}%", f"{slope + 0.9:.2f}%"
        slope_plants.append(Plant(f"fp8-slope-{key}", f"user-fp8-slope-{key}", "trend", said, wrong,
                                  "value-mismatch", wrong,
                                  note="the 50-day's 20-session change, 0.90 points off"))
    return [
        *class_plants, *slope_plants,
        Plant(f"fp8-continental-close-{INDEX_KEY}", SPANISH, "value", f"at {close} points",
              f"at {wrong_close} points", "value-mismatch", wrong_close,
              note="the close in continental notation, 3.20 points high"),
        Plant(f"fp8-continental-week-{INDEX_KEY}", SPANISH, "timeframe", said_week, wrong_week,
              "value-mismatch", wrong_week.removeprefix("reaches "),
              note="the week's move with a decimal comma, 0.80 points high"),
        Plant(f"fp8-continental-round-{INDEX_KEY}", SPANISH, "level", said_top, wrong_top, "level-wrong-side",
              wrong_top.removeprefix("the round "),
              note="a round resistance with a thousands dot alone, 200 points lower: under the close"),
        Plant(f"fp8-continental-200-{INDEX_KEY}", SPANISH, "level", said_200, wrong_200, "number-untraced",
              wrong_200.split("%")[0] + "%",
              note="the distance from the 200-day written 'that of 200 sessions', 1.10 points high"),
    ]
