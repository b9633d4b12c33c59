"""The eighth holdout's false alarms by cause (issue 14, fp9), in other words than its texts.

- The percent word before its figure: a note translated from a language that writes "percent" (or
  the sign) ahead of the number ("climbed pct 1.90 on the day", "a month's change of %-0.95",
  "sits percent 3.21 over its 200-day average") reads each as a percentage, so the true figures
  trace and a wrong one is held to the measure its words name. A figure before the word keeps it
  ("2 percent, 3 sessions" is 2%), and a name's digits ("the Nasdaq 100 percent 1.90") are the name's.

- Numbers that are not market data: a bare figure that matches no fact is a market figure only when
  its clause ties it to the market (a unit, a move or direction word, a level or measure word, a time
  frame, the subject named right before it, a value near a loaded close). A volunteer desk's memo
  prints a badge, a seat, a head count, a lab, a parking pass and a coordinator's age: none is checked.
  A bare support with its word beside it, and a bare figure on the fund's price scale with no market
  word at all, are still checked.

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from pipeline.contracts import LevelKind, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "QQQ-2026-11-20"
NOTE = f"user-fp9-percent-first-{KEY}"
MEMO_KEY = "SPY-2026-11-20"
MEMO = f"user-fp9-memo-{MEMO_KEY}"


def _moves(s: Snapshot) -> tuple[float, float, float, float]:
    r, t = s.returns, s.trend
    values = (r.change_1d_pct, r.change_5d_pct, r.change_1m_pct, t.pct_vs_sma_200)
    assert all(v is not None for v in values)
    return tuple(float(v) for v in values if v is not None)  # type: ignore[return-value]


def _way(value: float, up: str, down: str) -> str:
    return up if value > 0 else down


def percent_first_note(b: Built) -> str:
    s = b.snapshot
    day, week, month, vs200 = _moves(s)
    return (f"Piyasa notu (machine translation). Desk 4, Ankara branch\n\n"
            f"The Nasdaq 100 tracker {s.symbol} {_way(day, 'climbed', 'dropped')} pct {abs(day):.2f} on the "
            f"day to finish at ${s.close:.2f}. Over five sessions its result is percent {week:+.2f}, and the "
            f"month's change stands at %{month:.2f}.\n\n"
            f"The fund sits percent {abs(vs200):.2f} {_way(vs200, 'over', 'under')} its 200-day average.\n")


def _support(s: Snapshot) -> float:
    return next(lv.price for lv in s.levels if lv.kind == LevelKind.SUPPORT)


def memo(b: Built) -> str:
    s = b.snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None
    return (f"Volunteer desk memo \u00b7 Badge 3307 \u00b7 Seat 14\n\n"
            f"Our 37 members met in Lab 212 by the cafeteria. {s.symbol} closed at ${s.close:.2f}; the "
            f"nearest support sits at {_support(s):.2f}, and the RSI reads {rsi:.1f}. The tape showed "
            f"{s.close:.2f} at the bell.\n\n"
            f"Parking pass 4409 goes back to the coordinator, who is 66, by the holiday.\n")


def fp9_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NOTE, KEY, "prose", "txt", percent_first_note(built[KEY])),
            UserText(MEMO, MEMO_KEY, "prose", "txt", memo(built[MEMO_KEY]))]


def fp9_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[KEY].snapshot
    day, week, month, vs200 = _moves(s)
    m = built[MEMO_KEY].snapshot
    support = _support(m)
    memo_plants = [
        Plant(f"fp9-memo-support-{MEMO_KEY}", MEMO, "level", f"sits at {support:.2f}",
              f"sits at {support - 6.3:.2f}", "number-untraced", f"{support - 6.3:.2f}",
              note="a bare support with its word beside it, $6.30 low: still a market figure"),
        Plant(f"fp9-memo-scale-{MEMO_KEY}", MEMO, "value", f"showed {m.close:.2f}",
              f"showed {m.close + 2.9:.2f}", "number-untraced", f"{m.close + 2.9:.2f}",
              note="a bare figure on the fund's price scale with no market word, $2.90 high: still checked"),
    ]
    return [
        *memo_plants,
        Plant(f"fp9-pct-first-day-{KEY}", NOTE, "value", f"pct {abs(day):.2f} on",
              f"pct {abs(day) + 0.7:.2f} on",
              "value-mismatch", f"pct {abs(day) + 0.7:.2f}",
              note="the day's move with 'pct' before it, 0.70 points high"),
        Plant(f"fp9-pct-first-week-{KEY}", NOTE, "timeframe", f"percent {week:+.2f}",
              f"percent {week - 1.4:+.2f}", "value-mismatch", f"percent {week - 1.4:+.2f}",
              note="the five sessions' move with 'percent' before it, 1.40 points low"),
        Plant(f"fp9-sign-first-month-{KEY}", NOTE, "timeframe", f"%{month:.2f}", f"%{month + 1.2:.2f}",
              "value-mismatch", f"%{month + 1.2:.2f}",
              note="the month's change with the percent sign before it, 1.20 points high"),
        Plant(f"fp9-pct-first-200-{KEY}", NOTE, "level",
              f"percent {abs(vs200):.2f} {_way(vs200, 'over', 'under')}",
              f"percent {abs(vs200) + 2.3:.2f} {_way(vs200, 'over', 'under')}", "value-mismatch",
              f"percent {abs(vs200) + 2.3:.2f}",
              note="the distance from the 200-day with 'percent' before it, 2.30 points wide"),
    ]
