"""The fifth holdout's last false alarms by cause (issue 14, fp6), in other words than its texts.

- Numbers that are not market data: a course code and a week's number in a handout's header
  ("FIN 340 · Week 9"), a count of companies with two words between ("close to 2,000 little U.S.
  companies"), an indicator's scale ("a scale from 0 to 100"), its two lines named together ("the
  30 and 70 lines"), a reader's age ("if you are 58"), a year before 1950 ("launched in 1896").
  The same shapes that ARE market figures are still read: an index level followed by a clause
  ("2,456 as small U.S. companies lagged"), a week's move ("for the week 1.10%"), the reading on
  that scale.
- Continental notation ("35.112,40" restating 35,112.40) is read as the figure it writes, and a
  day-first dotted date with its year ("20.11.2026") is a date, not a figure.

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- numbers that are not market data

COUNT_KEY, YEAR_KEY = "IWM-2026-11-20", "DIA-2026-11-20"
COUNT_BASE, YEAR_BASE = f"user-fp6-handout-{COUNT_KEY}", f"user-fp6-about-{YEAR_KEY}"


def _related_close(s: Snapshot, symbol: str) -> float:
    close = next(m.close for m in s.related if m.symbol == symbol)
    assert close is not None
    return close


def _week_and_rsi(s: Snapshot) -> tuple[float, float]:
    week, rsi = s.returns.change_5d_pct, s.momentum.rsi_14
    assert week is not None and rsi is not None and 30 < rsi < 70
    return week, rsi


def handout_note(b: Built) -> str:
    s = b.snapshot
    week, rsi = _week_and_rsi(s)
    pct = s.returns.change_1d_pct
    assert pct is not None
    rut = _related_close(s, "^RUT")
    return (f"FIN 340 \u00b7 Week 9 handout: small caps, {s.session:%B} {s.session.day}\n\n"
            f"The Russell 2000 fund IWM holds close to 2,000 little U.S. companies. It closed Friday at "
            f"${s.close:.2f}, {pct:+.2f}% on the day, and it went {'up' if week > 0 else 'down'} for the "
            f"week {abs(week):.2f}%. The index itself ended at {rut:,.0f} as small U.S. companies lagged the "
            f"big ones.\n\n"
            f"The RSI is read on a scale from 0 to 100; the fund's 14-day RSI is {rsi:.1f}, between the "
            f"30 and 70 lines. If you are 58 and still saving, none of this should change your plan.\n")


def about_note(b: Built) -> str:
    s = b.snapshot
    pct = s.returns.change_1d_pct
    assert pct is not None
    dji = _related_close(s, "^DJI")
    return (f"About the fund. DIA tracks the Dow Jones Industrial Average, launched in 1896 and built "
            f"today from 30 big U.S. companies. The fund closed at ${s.close:.2f} on Friday, "
            f"{'up' if pct > 0 else 'down'} {abs(pct):.2f}%; the Dow itself finished near {dji:,.0f} as "
            f"large companies rallied.\n")


def nonmarket_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(COUNT_BASE, COUNT_KEY, "prose", "md", handout_note(built[COUNT_KEY])),
            UserText(YEAR_BASE, YEAR_KEY, "prose", "md", about_note(built[YEAR_KEY]))]


def nonmarket_plants(built: dict[str, Built]) -> list[Plant]:
    s, d = built[COUNT_KEY].snapshot, built[YEAR_KEY].snapshot
    week, rsi = _week_and_rsi(s)
    rut, dji = _related_close(s, "^RUT"), _related_close(d, "^DJI")
    said_week, wrong_week = f"week {abs(week):.2f}%", f"week {abs(week) + 0.85:.2f}%"
    said_rut, wrong_rut = f"{rut:,.0f} as small", f"{rut + 60:,.0f} as small"
    said_dji, wrong_dji = f"{dji:,.0f} as large", f"{dji - 400:,.0f} as large"
    said_rsi, wrong_rsi = f"is {rsi:.1f}, between", f"is {rsi + 6:.1f}, between"
    return [
        Plant(f"fp6-week-move-{COUNT_KEY}", COUNT_BASE, "timeframe", said_week, wrong_week, "value-mismatch",
              wrong_week.removeprefix("week "),
              note="a week's move after 'for the week' (not a week's number), 0.85 points high"),
        Plant(f"fp6-count-shape-{COUNT_KEY}", COUNT_BASE, "subject", said_rut, wrong_rut, "value-mismatch",
              wrong_rut.removesuffix(" as small"),
              note="the Russell's level followed by 'as small U.S. companies' (not a count), 60 points high"),
        Plant(f"fp6-scale-reading-{COUNT_KEY}", COUNT_BASE, "indicator", said_rsi, wrong_rsi,
              "value-mismatch",
              wrong_rsi.removeprefix("is ").removesuffix(", between"),
              note="the RSI reading after 'a scale from 0 to 100', 6 high"),
        Plant(f"fp6-count-shape-{YEAR_KEY}", YEAR_BASE, "subject", said_dji, wrong_dji, "value-mismatch",
              wrong_dji.removesuffix(" as large"),
              note="the Dow's level followed by 'as large companies' (not a count), 400 points low"),
    ]


# ---------------------------------------------------------------- continental notation

GERMAN_KEY = "DIA-2026-11-20"
GERMAN_BASE = f"user-fp6-german-{GERMAN_KEY}"


def continental(value: float) -> str:
    """47220.31 -> '47.220,31'."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def german_note(b: Built) -> str:
    s = b.snapshot
    dji = _related_close(s, "^DJI")
    return (f"DOW-FONDS KOMPAKT (Ubersetzung) - {s.session.day}.{s.session.month}.{s.session.year}\n\n"
            f"The Dow closed at {dji:,.2f} points (original: {continental(dji)} Punkte); the fund DIA ended "
            f"at ${s.close:.2f}.\n")


def german_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(GERMAN_BASE, GERMAN_KEY, "prose", "md", german_note(built[GERMAN_KEY]))]


def german_plants(built: dict[str, Built]) -> list[Plant]:
    dji = _related_close(built[GERMAN_KEY].snapshot, "^DJI")
    said, wrong = continental(dji), continental(dji + 310)
    return [Plant(f"fp6-continental-{GERMAN_KEY}", GERMAN_BASE, "value", f"original: {said}",
                  f"original: {wrong}", "number-untraced", wrong,
                  note="the Dow's close in continental notation, 310 points high")]


def fp6_texts(built: dict[str, Built]) -> list[UserText]:
    return [*nonmarket_texts(built), *german_texts(built)]


def fp6_plants(built: dict[str, Built]) -> list[Plant]:
    return [*nonmarket_plants(built), *german_plants(built)]
