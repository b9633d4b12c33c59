"""Desk notes for the verifier's direction, pattern, negation, trend, quotation and subject fixes after
the twelfth holdout (issue 14, vdir), each class in other words than the holdout's, on other subjects
and sessions where the data allows.

- The close called the extreme of a year or of its history ("its highest close ever", "the lowest close
  in twelve months"), and the record denied in other words ("still short of its highest close ever",
  "still below its closing high"); an extreme the close is measured from ("still well above its lowest
  close of the past year") is no claim about the close. Plants: a record denied on a record close, a
  year's high claimed on the year's low, a year's low claimed well above it (`pattern-mismatch`).
- A quotation its cited source never printed: the source's sentence quoted with another figure
  misquotes the source (`number-untraced`, since vquote; it was `value-mismatch`); a word-for-word
  quotation, rounded figure and all, stays the source's.
- An average's change with its window told before the average ("Over the last twenty sessions the
  50-day has gained about 1.8%") or after the figure's direction word ("about 0.1% higher over twenty
  sessions"): the 20-session slope (`value-mismatch`); "has held flat" and "keeps rising steadily" are
  slope words (`pattern-mismatch`, the manner adverb inside the span).
- The open against the previous close ("opened lower", "opened higher") and the day in figures of
  speech ("gave ground", "caught a bid", "finished in the green"): `direction-mismatch`.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

RECORD_KEY = "DIA-2025-11-17"  # a record close
LOW_KEY = "FRNT-2026-11-20"  # the 52-week closing low
MID_KEY = "IWM-2026-03-30"  # neither
RECORD_BASE = f"user-vdir-record-{RECORD_KEY}"
LOW_BASE = f"user-vdir-low-{LOW_KEY}"
MID_BASE = f"user-vdir-mid-{MID_KEY}"


def _money(value: float) -> str:
    return f"${value:,.2f}"


def record_note(b: Built) -> str:
    s = b.snapshot
    assert s.extremes.new_all_time_high
    return (f"# Dow fund, Monday\n\n"
            f"DIA settled at {_money(s.close)}, its highest close ever, up {s.returns.change_1d_pct:.2f}% "
            f"on the day.\n")


def low_note(b: Built) -> str:
    s = b.snapshot
    assert s.close <= s.extremes.low_52w
    return (f"# Frontier fund\n\n"
            f"FRNT ended the week at {_money(s.close)}. That {_money(s.close)} print was the lowest close in "
            f"twelve months.\n")


def mid_note(b: Built) -> str:
    s = b.snapshot
    e = s.extremes
    assert e.low_52w < s.close < e.high_52w
    return (f"# Small caps, end of March\n\n"
            f"IWM closed at {_money(s.close)}, still well above its lowest close of the past year, and still "
            f"below its closing high of {_money(e.high_52w)}.\n")


# ---------------------------------------------------------------- quotations a source never printed

QUOTE_KEY = "DIA-2026-11-20"
QUOTE_BASE = f"user-vdir-quote-{QUOTE_KEY}"
FRIDAY_WRAP = "nasdaq-leads-friday-rebound"


def quote_note(b: Built) -> str:
    """The cited wrap quoted word for word (a figure the wrap rounds included), then in the writer's own
    short words."""
    wrap = next(item for item in b.news if FRIDAY_WRAP in item.url)
    dow = "The Dow Jones Industrial Average rose 0.6% to 47,220.31"
    assert dow in wrap.text and "Small caps lagged" in wrap.text
    return (f"# Blue chips, Friday\n\n"
            f"DIA closed at {_money(b.snapshot.close)}. The wire put the index move plainly: \"{dow}\" [1]. "
            f"Further down the ladder, \"small caps lagged\" again [1].\n\n"
            f"Sources\n[1] {wrap.title}, {wrap.publisher}, {wrap.url}\n")


def _quote_plants() -> list[Plant]:
    return [
        Plant(f"vdir-quote-figure-{QUOTE_KEY}", QUOTE_BASE, "quotation", "rose 0.6% to 47,220.31\"",
              "rose 0.9% to 47,220.31\"", "number-untraced", "0.9%",
              note="the quoted wrap says 0.6%, and the Dow rose 0.60%: a figure in a quote the source "
                   "never printed misquotes the source (issue 14, vquote)"),
    ]


# ---------------------------------------------------------------- averages' slopes, windows told elsewhere

SLOPE_KEY = "SPY-2026-11-20"  # 50-day +1.76% over 20 sessions, 200-day +0.13%
RISING_KEY = "IWM-2026-02-13"  # 200-day +2.72%
SLOPE_BASE = f"user-vdir-slope-{SLOPE_KEY}"
RISING_BASE = f"user-vdir-rising-{RISING_KEY}"


def slope_note(b: Built) -> str:
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    assert t.sma_50_slope_pct >= 1.5 > abs(t.sma_200_slope_pct) and t.sma_200_slope_pct > 0
    return (f"# SPY's averages\n\n"
            f"Over the last twenty sessions the 50-day has gained about {t.sma_50_slope_pct:.1f}%. The "
            f"200-day has been edging up, about {t.sma_200_slope_pct:.1f}% higher over twenty sessions. "
            f"The 200-day has held flat for a month.\n")


def rising_note(b: Built) -> str:
    t = b.snapshot.trend
    assert t.sma_200_slope_pct is not None and t.sma_200_slope_pct >= 1.5
    return "# Small caps, mid-February\n\nThe 200-day keeps rising steadily.\n"


def _slope_plants(built: dict[str, Built]) -> list[Plant]:
    t = built[SLOPE_KEY].snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_200_slope_pct is not None
    fifty, wrong_fifty = f"{t.sma_50_slope_pct:.1f}%", f"{t.sma_50_slope_pct + 2:.1f}%"
    two_hundred, wrong_200 = f"{t.sma_200_slope_pct:.1f}%", f"{t.sma_200_slope_pct + 1:.1f}%"
    return [
        Plant(f"vdir-slope-opening-{SLOPE_KEY}", SLOPE_BASE, "trend", f"gained about {fifty}",
              f"gained about {wrong_fifty}", "value-mismatch", wrong_fifty,
              note="the window opens the clause before the average: the 50-day's 20-session change is "
                   f"{t.sma_50_slope_pct:+.2f}%"),
        Plant(f"vdir-slope-after-way-{SLOPE_KEY}", SLOPE_BASE, "trend", f"about {two_hundred} higher",
              f"about {wrong_200} higher", "value-mismatch", wrong_200,
              note="the window after the figure's direction word: the 200-day's 20-session change is "
                   f"{t.sma_200_slope_pct:+.2f}%"),
        Plant(f"vdir-slope-held-flat-{SLOPE_KEY}", SLOPE_BASE, "trend", "The 200-day has held flat",
              "The 50-day has held flat", "pattern-mismatch", "held flat",
              note=f"the 50-day rose {t.sma_50_slope_pct:.2f}% in 20 sessions: not flat"),
        Plant(f"vdir-rising-manner-{RISING_KEY}", RISING_BASE, "trend", "rising steadily", "falling steadily",
              "pattern-mismatch", "falling steadily", note="the 200-day rose 2.72% in 20 sessions"),
    ]


# ---------------------------------------------------------------- the open and the day in figures of speech

OPEN_KEY = "DIA-2026-06-03"  # opened 462.98 below the 463.78 close before, fell 0.58%
GAIN_KEY = "QQQ-2026-11-20"  # rose 1.90%
OPEN_BASE = f"user-vdir-open-{OPEN_KEY}"
GAIN_BASE = f"user-vdir-gain-{GAIN_KEY}"


def open_note(b: Built) -> str:
    s = b.snapshot
    assert s.open is not None and s.open < s.prev_close and s.returns.change_1d_pct < 0
    return (f"# Dow fund, Wednesday\n\n"
            f"DIA opened lower at {_money(s.open)}, gave ground through the afternoon and settled at "
            f"{_money(s.close)}.\n")


def gain_note(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct > 0 and s.open > s.prev_close
    return (f"# Tech, Friday\n\n"
            f"QQQ caught a bid from the opening bell and finished in the green at {_money(s.close)}. It "
            f"opened higher too, at {_money(s.open)}.\n")


def _day_plants() -> list[Plant]:
    return [
        Plant(f"vdir-open-higher-{OPEN_KEY}", OPEN_BASE, "direction", "opened lower", "opened higher",
              "direction-mismatch", "opened higher",
              note="DIA opened at $462.98, under the $463.78 close before"),
        Plant(f"vdir-open-idiom-{OPEN_KEY}", OPEN_BASE, "direction", "gave ground", "caught a bid",
              "direction-mismatch", "caught a bid", note="DIA fell 0.58% on the day"),
        Plant(f"vdir-gain-red-{GAIN_KEY}", GAIN_BASE, "direction", "finished in the green",
              "finished in the red", "direction-mismatch", "finished in the red", note="QQQ rose 1.90%"),
    ]


def vdir12_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY])),
            UserText(LOW_BASE, LOW_KEY, "prose", "md", low_note(built[LOW_KEY])),
            UserText(MID_BASE, MID_KEY, "prose", "md", mid_note(built[MID_KEY])),
            UserText(QUOTE_BASE, QUOTE_KEY, "prose", "md", quote_note(built[QUOTE_KEY])),
            UserText(SLOPE_BASE, SLOPE_KEY, "prose", "md", slope_note(built[SLOPE_KEY])),
            UserText(RISING_BASE, RISING_KEY, "prose", "md", rising_note(built[RISING_KEY])),
            UserText(OPEN_BASE, OPEN_KEY, "prose", "md", open_note(built[OPEN_KEY])),
            UserText(GAIN_BASE, GAIN_KEY, "prose", "md", gain_note(built[GAIN_KEY]))]


def _extreme_plants() -> list[Plant]:
    return [
        Plant(f"vdir-record-denied-{RECORD_KEY}", RECORD_BASE, "negation", "its highest close ever",
              "still short of its highest close ever", "pattern-mismatch",
              "still short of its highest close ever", note="the close is a record: it is not short of one"),
        Plant(f"vdir-record-below-{RECORD_KEY}", RECORD_BASE, "pattern", "its highest close ever",
              "still below its closing high", "pattern-mismatch", "still below its closing high",
              note="a record close is no longer below any closing high"),
        Plant(f"vdir-low-high-{LOW_KEY}", LOW_BASE, "pattern", "the lowest close in", "the highest close in",
              "pattern-mismatch", "highest close in",
              note="the close is the 52-week low, not the high"),
        Plant(f"vdir-mid-low-{MID_KEY}", MID_BASE, "pattern",
              "still well above its lowest close of the past year",
              "its lowest close of the past year", "pattern-mismatch", "lowest close of the past year",
              note="IWM closed far above its 52-week closing low"),
    ]


def vdir12_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_extreme_plants(), *_quote_plants(), *_slope_plants(built), *_day_plants()]
