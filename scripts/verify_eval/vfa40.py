"""False alarms on outside prose by cause (issue 14, stop 40's vfa), in other words than the holdouts.

- A leaderboard whose first column is a rank: a pub quiz ranks four funds by the day's move in a table
  ("| rank | team | close | day |"). Each row is the fund it names, not the text's own fund under a rank
  number; the own fund's row and a peer's row are both still checked (the plants move a close and a move).

- A table whose value column is titled by the text's own fund ("| reading | QQQ |"): each cell is the
  fund's own figure under its row's label (the RSI, the ATR), not a price of the fund read off the
  column's title. The plant moves the RSI.

- Both averages' slopes told in one sentence with the window said once: "the 50-day added N% in twenty
  sessions and the 200-day M%" (the second verb understood), "..., while the 200-day was flat at +M%" and
  "... and the 200-day slipped M%" (no comma before "and"). Each second figure is the 200-day's
  20-session slope, checked against it (the plants change it).

- A stats table whose labels carry the figure's frame: "Distance above 50-day ($X) | +Y%" (the
  distance from the average, not the day's move) and "MACD / signal | a / b" (each figure with its own
  name, in order). The plants move the distance and the signal.

- "Last week" and then a list that starts on a day dated by its day of the month: "Last week was a
  wobble: $X on Friday the 13th, $Y on Monday, ...", "Last week's closes: Thursday the 12th $X, Friday
  $Y, Monday $Z, ...". The list runs on from its dated first day (Monday is the 16th, not the 9th); the
  plants move one close of the list, still checked against its own day.

Every market figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

BOARD_KEY = "IWM-2026-11-17"
BOARD = f"user-vfa40-quizboard-{BOARD_KEY}"
DASH_KEY = "QQQ-2026-11-20"
DASH = f"user-vfa40-dashboard-{DASH_KEY}"
SLOPE_KEY = "QQQ-2026-11-20"
SLOPES = f"user-vfa40-allotment-{SLOPE_KEY}"
DIP_KEY = "IWM-2026-11-17"
DIPS = f"user-vfa40-rota-{DIP_KEY}"
STATS_KEY = "QQQ-2026-11-20"
STATS = f"user-vfa40-seedswap-{STATS_KEY}"
WEEK_KEY = "SPY-2026-11-20"
WEEKS = f"user-vfa40-choir-{WEEK_KEY}"


def _move(value: float | None) -> str:
    assert value is not None
    return f"{value:+.2f}%"


def _board_rows(s: Snapshot) -> list[tuple[str, float, float]]:
    """The fund and its peer funds (ETFs), as (symbol, close, 1-day move), best move first."""
    assert s.returns.change_1d_pct is not None
    rows = [(s.symbol, s.close, s.returns.change_1d_pct)]
    rows += [(m.symbol, m.close, m.change_1d_pct) for m in s.related
             if m.kind == s.kind and m.change_1d_pct is not None]
    return sorted(rows, key=lambda row: -row[2])


def quiz_board(b: Built) -> str:
    s = b.snapshot
    lines = [f"| {n} | {symbol} | ${close:.2f} | {_move(move)} |"
             for n, (symbol, close, move) in enumerate(_board_rows(s), start=1)]
    return ("# The Fox and Hounds quiz league: the market round\n\n"
            "Each team picked a fund on Monday night; the table is Tuesday's close.\n\n"
            "| rank | team | close | day |\n|---|---|---|---|\n" + "\n".join(lines) + "\n\n"
            f"Our team had {s.symbol}. Nobody gained, so the prize rolls over to next month.\n")


def _dash_figures(s: Snapshot) -> dict[str, str]:
    assert s.momentum.rsi_14 is not None and s.volatility.atr_14 is not None
    return {"close": f"${s.close:.2f}", "rsi": f"{s.momentum.rsi_14:.1f}",
            "atr": f"${s.volatility.atr_14:.2f}", "month": _move(s.returns.change_1m_pct),
            "rsi_wrong": f"{s.momentum.rsi_14 + 7:.1f}"}


def dashboard(b: Built) -> str:
    f = _dash_figures(b.snapshot)
    return ("# Treasurer's dashboard, end of the week\n\n"
            "The club's reserve is in the Nasdaq-100 fund.\n\n"
            "| reading | QQQ |\n|---|---|\n"
            f"| Close | {f['close']} |\n| RSI (14) | {f['rsi']} |\n| ATR (14) | {f['atr']} |\n"
            f"| 1 month | {f['month']} |\n\n"
            "No change to the reserve before the spring meeting.\n")


def _slope(value: float | None) -> str:
    assert value is not None
    return f"{abs(value):.2f}%"


def allotment_notes(b: Built) -> str:
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_50_slope_pct > 0
    assert t.sma_200_slope_pct is not None and 0 < t.sma_200_slope_pct < 0.3
    return ("Allotment society, notes for the newsletter\n\n"
            "The reserve fund, QQQ, had a good Friday. Its 50-day average added "
            f"{_slope(t.sma_50_slope_pct)} in twenty sessions and the 200-day {_slope(t.sma_200_slope_pct)}, "
            f"both still climbing. Put another way: the 50-day rose {_slope(t.sma_50_slope_pct)} over twenty "
            f"sessions, while the 200-day was flat at +{_slope(t.sma_200_slope_pct)}.\n\n"
            "Seed orders close on the first of the month.\n")


def rota_notes(b: Built) -> str:
    t = b.snapshot.trend
    assert t.sma_50_slope_pct is not None and t.sma_50_slope_pct > 0
    assert t.sma_200_slope_pct is not None and t.sma_200_slope_pct < 0
    return ("Bell-ringers' rota, with the small-cap fund's week for the tower fund\n\n"
            f"IWM's 50-day has risen {_slope(t.sma_50_slope_pct)} over twenty sessions and the 200-day "
            f"slipped {_slope(t.sma_200_slope_pct)}, so the two lines are flat for now.\n\n"
            "Practice night moves to Thursday.\n")


def _stats_figures(s: Snapshot) -> dict[str, str]:
    t, m = s.trend, s.momentum
    assert t.sma_50 is not None and t.pct_vs_sma_50 is not None and t.sma_200 is not None
    assert t.pct_vs_sma_200 is not None and m.macd is not None and m.macd_signal is not None
    return {"sma50": f"${t.sma_50:.2f}", "d50": _move(t.pct_vs_sma_50), "sma200": f"${t.sma_200:.2f}",
            "d200": _move(t.pct_vs_sma_200), "macd": f"{m.macd:.2f}", "signal": f"{m.macd_signal:.2f}",
            "d50_wrong": _move(t.pct_vs_sma_50 + 1.3), "signal_wrong": f"{m.macd_signal + 1.1:.2f}"}


def seed_swap(b: Built) -> str:
    f = _stats_figures(b.snapshot)
    side50 = "above" if f["d50"].startswith("+") else "below"
    side200 = "above" if f["d200"].startswith("+") else "below"
    return ("# Seed swap club: the reserve's numbers\n\n"
            "| stat | value |\n|---|---|\n"
            f"| Distance {side50} 50-day ({f['sma50']}) | {f['d50']} |\n"
            f"| Distance {side200} 200-day ({f['sma200']}) | {f['d200']} |\n"
            f"| MACD / signal | {f['macd']} / {f['signal']} |\n\n"
            "The reserve is QQQ. Swap day is the second Saturday.\n")


def _last_six(s: Snapshot) -> list[tuple[date, str]]:
    """The six closes before the session's (a Thursday to a Thursday), as printed."""
    assert s.session.isoformat() == "2026-11-20" and len(s.recent_closes) == len(s.recent_sessions)
    return [(day, f"${close:.2f}") for day, close in zip(s.recent_sessions[-7:-1], s.recent_closes[-7:-1],
                                                            strict=True)]


def choir_notes(b: Built) -> str:
    (_, thu), (_, fri), (_, mon), (_, tue), (_, wed), (_, thu2) = _last_six(b.snapshot)
    return ("Choir treasurer's report (the reserve sits in SPY)\n\n"
            f"Last week was a wobble: SPY closed at {fri} on Friday the 13th, {mon} on Monday, dipped to "
            f"{tue} on Tuesday, got back to {wed} on Wednesday and ended Thursday at {thu2}. On Friday it "
            f"closed at ${b.snapshot.close:.2f}.\n\n"
            f"Last week's closes again, for the minutes: Thursday the 12th {thu}, Friday {fri}, Monday "
            f"{mon}, Tuesday {tue}, Wednesday {wed} and Thursday {thu2}.\n")


def vfa40_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BOARD, BOARD_KEY, "prose", "md", quiz_board(built[BOARD_KEY])),
            UserText(DASH, DASH_KEY, "prose", "md", dashboard(built[DASH_KEY])),
            UserText(SLOPES, SLOPE_KEY, "prose", "txt", allotment_notes(built[SLOPE_KEY])),
            UserText(DIPS, DIP_KEY, "prose", "txt", rota_notes(built[DIP_KEY])),
            UserText(WEEKS, WEEK_KEY, "prose", "txt", choir_notes(built[WEEK_KEY])),
            UserText(STATS, STATS_KEY, "prose", "md", seed_swap(built[STATS_KEY]))]


def vfa40_plants(built: dict[str, Built]) -> list[Plant]:
    board = built[BOARD_KEY].snapshot
    rows = _board_rows(board)
    peer = next(row for row in rows if row[0] != board.symbol)
    own = next(row for row in rows if row[0] == board.symbol)
    dash = _dash_figures(built[DASH_KEY].snapshot)
    slope = built[SLOPE_KEY].snapshot.trend.sma_200_slope_pct
    dip = built[DIP_KEY].snapshot.trend.sma_200_slope_pct
    assert slope is not None and dip is not None
    stats = _stats_figures(built[STATS_KEY].snapshot)
    week = _last_six(built[WEEK_KEY].snapshot)
    mon, tue = week[2][1], week[3][1]
    mon_wrong, tue_wrong = f"${float(mon[1:]) + 2.5:.2f}", f"${float(tue[1:]) - 2.5:.2f}"
    return [
        Plant(f"vfa40-quizboard-peer-close-{BOARD_KEY}", BOARD, "value", f"| {peer[0]} | ${peer[1]:.2f} |",
              f"| {peer[0]} | ${peer[1] + 3:.2f} |", "value-mismatch", f"${peer[1] + 3:.2f}",
              note="a peer's close $3 off in its own row of a ranked leaderboard: checked as that peer's"),
        Plant(f"vfa40-quizboard-own-move-{BOARD_KEY}", BOARD, "value", f"${own[1]:.2f} | {_move(own[2])} |",
              f"${own[1]:.2f} | {_move(own[2] - 0.6)} |", "value-mismatch", _move(own[2] - 0.6),
              note="the own fund's day move 0.6 points off in its leaderboard row: still checked"),
        Plant(f"vfa40-dashboard-rsi-{DASH_KEY}", DASH, "indicator", f"| RSI (14) | {dash['rsi']} |",
              f"| RSI (14) | {dash['rsi_wrong']} |", "value-mismatch", dash["rsi_wrong"],
              note="the RSI 7 points off in a column titled by the fund: the fund's RSI, checked"),
        Plant(f"vfa40-allotment-gapped-{SLOPE_KEY}", SLOPES, "trend", f"the 200-day {_slope(slope)},",
              f"the 200-day {abs(slope) + 0.41:.2f}%,", "value-mismatch", f"{abs(slope) + 0.41:.2f}%",
              note="the 200-day's slope 0.41 points off where its verb is understood from the 50-day's "
                   "clause: checked against the 20-session slope"),
        Plant(f"vfa40-allotment-flat-at-{SLOPE_KEY}", SLOPES, "trend", f"flat at +{_slope(slope)}",
              f"flat at +{abs(slope) + 0.37:.2f}%", "value-mismatch", f"+{abs(slope) + 0.37:.2f}%",
              note="'the 200-day was flat at' a slope 0.37 points off, the window told in the clause "
                   "before ', while': checked"),
        Plant(f"vfa40-rota-slipped-{DIP_KEY}", DIPS, "trend", f"slipped {_slope(dip)}",
              f"slipped {abs(dip) + 0.45:.2f}%", "value-mismatch", f"{abs(dip) + 0.45:.2f}%",
              note="the 200-day's slope 0.45 points off after 'and the 200-day' with no comma: checked"),
        Plant(f"vfa40-choir-monday-{WEEK_KEY}", WEEKS, "history", f"{mon} on Monday",
              f"{mon_wrong} on Monday", "value-mismatch", mon_wrong,
              note="Monday's close $2.50 off in a 'last week' list that starts on Friday the 13th: checked "
                   "against Monday the 16th"),
        Plant(f"vfa40-choir-tuesday-{WEEK_KEY}", WEEKS, "history", f"Tuesday {tue},",
              f"Tuesday {tue_wrong},", "value-mismatch", tue_wrong,
              note="Tuesday's close $2.50 off in a 'last week's closes' list of labels that starts on "
                   "Thursday the 12th: checked against Tuesday the 17th"),
        Plant(f"vfa40-seedswap-distance-{STATS_KEY}", STATS, "value", f"| {stats['d50']} |",
              f"| {stats['d50_wrong']} |", "value-mismatch", stats["d50_wrong"],
              note="the distance from the 50-day 1.3 points off in a row labelled 'Distance above 50-day': "
                   "checked as that distance"),
        Plant(f"vfa40-seedswap-signal-{STATS_KEY}", STATS, "indicator", f"/ {stats['signal']} |",
              f"/ {stats['signal_wrong']} |", "value-mismatch", stats["signal_wrong"],
              note="the MACD signal 1.1 off in a 'MACD / signal' row: the second figure is the signal's"),
    ]
