"""The fourth holdout's last false alarms by cause (issue 14, fp5), in other words than its texts.

- A record close named with a record word before "close" or "closing price" ("the highest-ever
  close", "its best closing price on record"), in words or digits: the record close, never today's.
- A run's total ("five straight higher closes, 4.87% all told", "1.00% in all over three winning
  sessions"): the return over those sessions, never the day's move.
- A moving average's own move ("it has added 1.49% over the last four weeks", "has gained 0.30%
  over the past five sessions"): the average's change over that window (the 20-session slope, or
  from the closes), never the instrument's move.
- An RSI zone's line named as such ("a long way under the critical 70", "well above the key 30"):
  a threshold, not an untraced figure; the reading beside it is still held to the RSI.

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from statistics import fmean

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText
from .word_texts import words


def dollars_words(value: float) -> str:
    """$493.91 -> 'four hundred ninety-three dollars and ninety-one cents'."""
    whole, cents = divmod(round(value * 100), 100)
    said = f"{words(whole)} dollars"
    return f"{said} and {words(cents)} cents" if cents else f"{said} even"


# ---------------------------------------------------------------- a record close named before "close"

RECORD_KEY = "DIA-2026-11-20"
RECORD_BASE = f"user-fp5-record-{RECORD_KEY}"


def record_note(b: Built) -> str:
    s = b.snapshot
    ath = s.extremes.all_time_high
    return (f"Dow fund, Friday. DIA settled at ${s.close:.2f}.\n\n"
            f"The fund's highest-ever close, {dollars_words(ath)}, still stands; nobody on the desk expects "
            f"it to fall before the holidays. Its best closing price on record, ${ath:.2f}, is the line the "
            f"bulls would have to clear.\n")


def record_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RECORD_BASE, RECORD_KEY, "prose", "md", record_note(built[RECORD_KEY]))]


def record_plants(built: dict[str, Built]) -> list[Plant]:
    ath = built[RECORD_KEY].snapshot.extremes.all_time_high
    said, wrong = dollars_words(ath), dollars_words(ath + 3.0)
    digits, wrong_digits = f"${ath:.2f}", f"${ath - 2.25:.2f}"
    return [
        Plant(f"fp5-record-words-{RECORD_KEY}", RECORD_BASE, "words", f"close, {said},", f"close, {wrong},",
              "value-mismatch", wrong, note="the record close in words after 'highest-ever close', $3 high"),
        Plant(f"fp5-record-digits-{RECORD_KEY}", RECORD_BASE, "history", f"record, {digits}",
              f"record, {wrong_digits}", "value-mismatch", wrong_digits,
              note="the record close after 'best closing price on record', $2.25 low"),
    ]


# ---------------------------------------------------------------- a run's total

RUN_KEYS = ("SPY-2026-06-03", "DIA-2026-11-20")
RUN_BASE = "user-fp5-run-total-{key}"


def run_of(s: Snapshot) -> tuple[int, float]:
    """The session's run of closes one way (sessions, at least 2) and its total return in %."""
    closes = s.recent_closes
    up = closes[-1] > closes[-2]
    n = 1
    while n + 1 < len(closes) and (closes[-1 - n] > closes[-2 - n]) == up:
        n += 1
    assert n >= 2, f"{s.symbol} {s.session}: no run of two closes or more"
    return n, (closes[-1] / closes[-1 - n] - 1) * 100


def run_note(b: Built) -> str:
    s = b.snapshot
    n, total = run_of(s)
    pct = s.returns.change_1d_pct
    assert pct is not None
    way = "higher" if total > 0 else "lower"
    if s.symbol == "SPY":
        return (f"SPY tape, {s.session:%b} {s.session.day}. The fund closed at ${s.close:.2f}, "
                f"{pct:+.2f}% on the session.\n\nMake it {words(n)} straight {way} closes, "
                f"{abs(total):.2f}% all told, and nobody is chasing it yet.\n")
    wins = "winning" if total > 0 else "losing"
    return (f"Dow fund check-in. DIA finished at ${s.close:.2f}, {'up' if pct > 0 else 'down'} "
            f"{abs(pct):.2f}% today and {abs(total):.2f}% in all over {words(n)} {wins} sessions.\n")


def run_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RUN_BASE.format(key=key), key, "prose", "md", run_note(built[key])) for key in RUN_KEYS]


def run_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in RUN_KEYS:
        n, total = run_of(built[key].snapshot)
        said, wrong = f"{abs(total):.2f}%", f"{abs(total) + 0.85:.2f}%"
        after = " all told" if key.startswith("SPY") else " in all"
        out.append(Plant(f"fp5-run-total-{key}", RUN_BASE.format(key=key), "timeframe", f"{said}{after}",
                         f"{wrong}{after}", "value-mismatch", wrong,
                         note=f"the total of a run of {n} closes, 0.85 points high: held to the {n}-session "
                              "return, not the day's move"))
    return out


# ---------------------------------------------------------------- a moving average's own move

SLOPE_KEY, SHORT_KEY = "QQQ-2026-11-20", "SPY-2026-11-17"
SLOPE_BASE, SHORT_BASE = f"user-fp5-average-move-{SLOPE_KEY}", f"user-fp5-average-move-{SHORT_KEY}"


def _slopes(s: Snapshot) -> tuple[float, float]:
    slope50, slope200 = s.trend.sma_50_slope_pct, s.trend.sma_200_slope_pct
    assert slope50 is not None and slope200 is not None and slope50 > 0 and slope200 > 0
    return slope50, slope200


def five_session_change(s: Snapshot) -> float:
    """The 50-day average's % change over the last five sessions, from the closes."""
    closes = s.recent_closes
    return (fmean(closes[-50:]) / fmean(closes[-55:-5]) - 1) * 100


def slope_note(b: Built) -> str:
    s = b.snapshot
    slope50, slope200 = _slopes(s)
    assert s.trend.sma_200 is not None
    return (f"QQQ close, Friday: ${s.close:.2f}.\n\n"
            f"The 50-day moving average keeps climbing; it has added {slope50:.2f}% over the last four "
            f"weeks. The 200-day, at ${s.trend.sma_200:.2f}, has edged up just {slope200:.2f}% over the "
            f"last 20 sessions.\n")


def short_note(b: Built) -> str:
    s = b.snapshot
    change = five_session_change(s)
    assert change > 0
    return (f"SPY finished at ${s.close:.2f}. Its 50-day line is sloping higher and has gained {change:.2f}% "
            f"over the past five sessions.\n")


def average_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(SLOPE_BASE, SLOPE_KEY, "prose", "md", slope_note(built[SLOPE_KEY])),
            UserText(SHORT_BASE, SHORT_KEY, "prose", "md", short_note(built[SHORT_KEY]))]


def average_plants(built: dict[str, Built]) -> list[Plant]:
    slope50, slope200 = _slopes(built[SLOPE_KEY].snapshot)
    change = five_session_change(built[SHORT_KEY].snapshot)
    wrong50, wrong200, wrong5 = f"{slope50 + 1.0:.2f}%", f"{slope200 + 0.9:.2f}%", f"{change + 0.5:.2f}%"
    return [
        Plant(f"fp5-average-month-{SLOPE_KEY}", SLOPE_BASE, "trend", f"added {slope50:.2f}%",
              f"added {wrong50}", "value-mismatch", wrong50,
              note="the 50-day average's change over four weeks (its 20-session slope), 1 point high"),
        Plant(f"fp5-average-200-{SLOPE_KEY}", SLOPE_BASE, "trend", f"just {slope200:.2f}%",
              f"just {wrong200}", "value-mismatch", wrong200,
              note="the 200-day average's 20-session slope after its value, 0.9 points high"),
        Plant(f"fp5-average-week-{SHORT_KEY}", SHORT_BASE, "trend", f"gained {change:.2f}%",
              f"gained {wrong5}", "value-mismatch", wrong5,
              note="the 50-day average's change over five sessions (from the closes), 0.5 points high"),
    ]


# ---------------------------------------------------------------- an RSI line named as such

LINE_KEY = "QQQ-2026-11-20"
LINE_BASE = f"user-fp5-rsi-line-{LINE_KEY}"


def _rsi(b: Built) -> float:
    rsi = b.snapshot.momentum.rsi_14
    assert rsi is not None and 30 < rsi < 70
    return rsi


def line_note(b: Built) -> str:
    return (f"QQQ momentum check. RSI(14) sits at {_rsi(b):.1f}, a long way under the critical 70 and well "
            f"above the key 30.\n")


def line_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LINE_BASE, LINE_KEY, "prose", "md", line_note(built[LINE_KEY]))]


def line_plants(built: dict[str, Built]) -> list[Plant]:
    rsi = _rsi(built[LINE_KEY])
    said, wrong = f"{rsi:.1f}", f"{rsi + 5.0:.1f}"
    return [Plant(f"fp5-rsi-line-{LINE_KEY}", LINE_BASE, "indicator", f"sits at {said},", f"sits at {wrong},",
                  "value-mismatch", wrong,
                  note="the RSI reading beside the lines 'the critical 70' and 'the key 30', 5 high")]


def fp5_texts(built: dict[str, Built]) -> list[UserText]:
    return [*record_texts(built), *run_texts(built), *average_texts(built), *line_texts(built)]


def fp5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*record_plants(built), *run_plants(built), *average_plants(built), *line_plants(built)]
