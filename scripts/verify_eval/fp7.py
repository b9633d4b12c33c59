"""The sixth holdout's false alarms by cause (issue 14, fp7), in other words than its texts.

- Page furniture and counts a club's newsletter or a post carries: a clock stamp with its seconds
  ("16:00:05 ET"), a labelled count ("Attendance: 27"), a vote's tally ("19 for the proposal, 7
  against, 2 abstaining"), a count of our things ("14 of our 52 family accounts"), a count of a
  group's members after a possessive ("27 of the club's 31 members"), the club's own money ("fees of
  $25", "$9,310 in the treasury"), a radio station ("880 AM"), a holding's size ("a 4% allocation"),
  a chart's window ("daily chart, 120 sessions"), a figure's and a page's number ("Figure 3", "page
  12"), a note's number ("no. 12/2026"), a person's age ("Marta, 47, from Denver"), a post's
  vote arrows and age ("\u25b2 64 \u25bc", "\u00b7 35m").
- Translated phrasing: a window written after what it measures ("its RSI computed on 14 days", "the
  average of 50 sessions", "well above that of 200 sessions") and a day-first date with 'of' ("the 22
  of October").

The same shapes that ARE market figures are still read: the reading after the RSI's window and the
50-day's level after its window (each held to its own fact: the translated window names it), a close
after a clock stamp, the week's move beside a count of accounts, a close in a post, the record's day
written with 'of' (held to the record's date).

Every figure comes from the snapshots, so each note is correct by construction; each plant spoils
one figure, which must be held to the fact its words name.
"""

from __future__ import annotations

from pipeline.contracts import Extremes, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "SPY-2026-11-20"
BASE = f"user-fp7-club-{KEY}"
POST_KEY = "QQQ-2026-11-20"
POST_BASE = f"user-fp7-post-{POST_KEY}"


def _figures(s: Snapshot) -> tuple[float, float, float, float, float, float]:
    pct, week, rsi = s.returns.change_1d_pct, s.returns.change_5d_pct, s.momentum.rsi_14
    sma50, vs50, vs200 = s.trend.sma_50, s.trend.pct_vs_sma_50, s.trend.pct_vs_sma_200
    assert None not in (pct, week, rsi, sma50, vs50, vs200)
    assert pct is not None and week is not None and rsi is not None and sma50 is not None
    assert vs50 is not None and vs200 is not None and vs50 > 0 and vs200 > 0
    return pct, week, rsi, sma50, vs50, vs200


def _day_of(x: Extremes, shift: int = 0) -> str:
    """The record close's day, day first with 'of' as a translation writes it: '11 of November'."""
    when = x.all_time_high_date
    return f"{when.day + shift} of {when:%B}"


def _side(value: float) -> str:
    return "up" if value > 0 else "down"


def club_note(b: Built) -> str:
    s = b.snapshot
    pct, week, rsi, sma50, vs50, vs200 = _figures(s)
    x = s.extremes
    return (f"Maple Row Investment Club \u00b7 newsletter no. 12/2026\n\n"
            f"Attendance: 27 of the club's 31 members. Motion to keep SPY: 19 for the proposal, 7 against, "
            f"2 abstaining. Treasurer: $9,310 in the treasury after fees of $25 from two latecomers.\n\n"
            f"16:00:05 ET: SPY closed at ${s.close:.2f}, {_side(pct)} {abs(pct):.2f}% on the day and "
            f"{_side(week)} {abs(week):.2f}% on the week. We hold it in 14 of our 52 family accounts, a 4% "
            f"allocation.\n\n"
            f"Figure 3 (daily chart, 120 sessions) shows the fund {vs50:.2f}% above the average of 50 "
            f"sessions (${sma50:.2f}) and well above that of 200 sessions, {vs200:.2f}% higher. Its RSI "
            f"computed on 14 days reads {rsi:.1f}. The record close, ${x.all_time_high:.2f}, came on the "
            f"{_day_of(x)}. More on page 12.\n\n"
            f"Our guest, Marta, 47, from Denver, reminded us she hears the closing bell on 880 AM.\n")


def post_note(b: Built) -> str:
    s = b.snapshot
    pct = s.returns.change_1d_pct
    assert pct is not None
    return (f"**u/megacap_mo** \u00b7 35m\n"
            f"QQQ finished at ${s.close:.2f}, {_side(pct)} {abs(pct):.2f}% today.\n\n"
            f"\u25b2 64 \u25bc \u00b7 Reply \u00b7 Share\n")


def fp7_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", club_note(built[KEY])),
            UserText(POST_BASE, POST_KEY, "prose", "md", post_note(built[POST_KEY]))]


def fp7_plants(built: dict[str, Built]) -> list[Plant]:
    s, q = built[KEY].snapshot, built[POST_KEY].snapshot
    _, week, rsi, sma50, _, _ = _figures(s)
    said_close, wrong_close = f"closed at ${s.close:.2f}", f"closed at ${s.close + 4.1:.2f}"
    said_week, wrong_week = f"{abs(week):.2f}% on the week", f"{abs(week) + 0.9:.2f}% on the week"
    said_sma, wrong_sma = f"sessions (${sma50:.2f})", f"sessions (${sma50 - 6.3:.2f})"
    said_rsi, wrong_rsi = f"reads {rsi:.1f}", f"reads {rsi + 7:.1f}"
    said_q, wrong_q = f"at ${q.close:.2f}", f"at ${q.close - 5.2:.2f}"
    said_day, wrong_day = f"on the {_day_of(s.extremes)}", f"on the {_day_of(s.extremes, -2)}"
    return [
        Plant(f"fp7-stamp-close-{KEY}", BASE, "value", said_close, wrong_close, "value-mismatch",
              wrong_close.removeprefix("closed at "),
              note="the close right after a clock stamp with its seconds, $4.10 high"),
        Plant(f"fp7-week-after-count-{KEY}", BASE, "timeframe", said_week, wrong_week, "value-mismatch",
              wrong_week.removesuffix(" on the week"),
              note="the week's move in the sentence of a count of our accounts, 0.90 points high"),
        Plant(f"fp7-window-average-{KEY}", BASE, "level", said_sma, wrong_sma, "value-mismatch",
              wrong_sma.removeprefix("sessions (").removesuffix(")"),
              note="the 50-day's level after its window written last ('the average of 50 sessions'), "
                   "$6.30 low"),
        Plant(f"fp7-window-rsi-{KEY}", BASE, "indicator", said_rsi, wrong_rsi, "value-mismatch",
              wrong_rsi.removeprefix("reads "),
              note="the RSI's reading after its window written last ('its RSI computed on 14 days'), 7 high"),
        Plant(f"fp7-of-date-{KEY}", BASE, "date", said_day, wrong_day, "date-untraced",
              wrong_day.removeprefix("on the "),
              note="the record close's day written day first with 'of' ('the 9 of November'), 2 days early"),
        Plant(f"fp7-post-close-{POST_KEY}", POST_BASE, "value", said_q, wrong_q, "value-mismatch",
              wrong_q.removeprefix("at "),
              note="the close in a post whose age and vote arrows are furniture, $5.20 low"),
    ]
