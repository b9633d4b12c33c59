"""False alarms on outside prose by cause (issue 14, fp12), in other words than the holdouts.

- Percentages of other measures than the day's move: a partnership's letter gives the fund's week
  under a list number and its own possessive ("2) SPY's week:"), its year as "Through 2026 so far"
  and again with the period in brackets ("on a calendar basis (year to date)"), its distances from
  the averages with "versus the 50 DMA" and "risen ... above its 200-day line", and the averages'
  own slopes ("has begun to roll over, lower by ... across twenty sessions", "virtually flat, up
  ... in twenty sessions"). Each is checked against the measure its words name, never the 1-day
  move (a direction or value error before); each plant spoils one of them, which must be caught.

- Numbers that are no market data: a readers' circle note numbers its sections ("3.1 Markets"),
  prices its app ("$4.99 per month") and its meetup ("a $25 membership fee"), reports its site's
  uptime, an options block's premium and how many families read it. None is checked; the fund's
  move, its close and its 50-day's slope "in 20 sessions" beside them still are.

Every figure comes from the snapshot, so each text is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "SPY-2026-06-03"
LETTER = f"user-fp12-partners-letter-{KEY}"
CIRCLE_KEY = "DIA-2026-06-03"
CIRCLE = f"user-fp12-readers-circle-{CIRCLE_KEY}"


def _pct(value: float | None) -> float:
    assert value is not None
    return round(float(value), 2)


def _figures(b: Built) -> dict[str, float]:
    s = b.snapshot
    figures = {"day": _pct(s.returns.change_1d_pct), "week": _pct(s.returns.change_5d_pct),
               "ytd": _pct(s.returns.change_ytd_pct), "vs50": _pct(s.trend.pct_vs_sma_50),
               "vs200": _pct(s.trend.pct_vs_sma_200), "slope50": _pct(s.trend.sma_50_slope_pct),
               "slope200": _pct(s.trend.sma_200_slope_pct)}
    assert figures["day"] > 0 > figures["ytd"] and figures["week"] > 0 and figures["vs50"] > 0
    assert figures["vs200"] > 0 and figures["slope50"] < 0 <= figures["slope200"] < 0.05
    return figures


def partners_letter(b: Built) -> str:
    s, f = b.snapshot, _figures(b)
    return (f"Ridgeline Partners \u00b7 note to limited partners\n\n"
            f"SPY added {f['day']:.2f}% on the day to close at ${s.close:.2f}.\n\n"
            f"1) The tape was orderly all afternoon.\n"
            f"2) SPY's week: {f['week']:+.2f}%.\n"
            f"3) Through 2026 so far: {f['ytd']:+.2f}%.\n\n"
            f"Put another way, the fund is still down {abs(f['ytd']):.2f}% on a calendar basis (year to "
            f"date), although it has risen {f['vs200']:.2f}% above its 200-day line.\n\n"
            f"Trend check: {f['vs50']:+.2f}% versus the 50 DMA. The 50-day has begun to roll over, lower "
            f"by {abs(f['slope50']):.2f}% across twenty sessions; the 200-day is virtually flat, up "
            f"{f['slope200']:.2f}% in twenty sessions.\n")


def _circle_figures(b: Built) -> tuple[float, float]:
    s = b.snapshot
    day, slope = _pct(s.returns.change_1d_pct), _pct(s.trend.sma_50_slope_pct)
    assert day < 0 and slope < 0
    return day, slope


def readers_circle(b: Built) -> str:
    s = b.snapshot
    day, slope = _circle_figures(b)
    return (f"Harbor Lane Circle\n\n"
            f"3.1 Markets\n"
            f"DIA slipped {abs(day):.2f}% on the day to close at ${s.close:.2f}. Its 50-day average has "
            f"slipped {abs(slope):.2f}% in 20 sessions.\n\n"
            f"3.2 Housekeeping\n"
            f"The app costs $4.99 per month, the meetup has a $25 membership fee, and site uptime was "
            f"99.5%, as ever. A desk friend quoted a premium of $2.4M on one options block, and 3,800 "
            f"families read this note.\n")


def fp12_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(LETTER, KEY, "prose", "txt", partners_letter(built[KEY])),
            UserText(CIRCLE, CIRCLE_KEY, "prose", "txt", readers_circle(built[CIRCLE_KEY]))]


def _spoil(case: str, check: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"fp12-letter-{case}-{KEY}", LETTER, check, old, new, "value-mismatch", span, note=note)


def fp12_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    week, ytd, vs50 = f"{f['week'] + 1:+.2f}%", f"{abs(f['ytd']) + 1.3:.2f}%", f"{f['vs50'] - 1.4:+.2f}%"
    vs200, slope = f"{f['vs200'] + 0.7:.2f}%", f"{abs(f['slope50']) + 0.6:.2f}%"
    day, slope50 = _circle_figures(built[CIRCLE_KEY])
    close = built[CIRCLE_KEY].snapshot.close
    circle = [
        Plant(f"fp12-circle-move-{CIRCLE_KEY}", CIRCLE, "value", f"slipped {abs(day):.2f}%",
              f"slipped {abs(day) + 0.6:.2f}%", "value-mismatch", f"{abs(day) + 0.6:.2f}%",
              note="the day's move beside the club's prices and counts, 0.60 points deep: still checked"),
        Plant(f"fp12-circle-close-{CIRCLE_KEY}", CIRCLE, "level", f"${close:.2f}.", f"${close + 5:.2f}.",
              "value-mismatch", f"${close + 5:.2f}", note="the close $5 high under a numbered section"),
        Plant(f"fp12-circle-slope-{CIRCLE_KEY}", CIRCLE, "trend", f"slipped {abs(slope50):.2f}% in 20",
              f"slipped {abs(slope50) + 0.5:.2f}% in 20", "value-mismatch", f"{abs(slope50) + 0.5:.2f}%",
              note="the 50-day's slope 'in 20 sessions', 0.50 points steep: still checked"),
    ]
    return circle + [
        _spoil("week", "timeframe", f"week: {f['week']:+.2f}%", f"week: {week}", week,
               "the week under a list number and the fund's possessive, a point high: its 5-day move"),
        _spoil("ytd", "timeframe", f"down {abs(f['ytd']):.2f}% on", f"down {ytd} on", ytd,
               "the year named in brackets after the figure, 1.30 points deep: its year-to-date move"),
        _spoil("vs50", "level", f"{f['vs50']:+.2f}% versus", f"{vs50} versus", vs50,
               "the distance 'versus the 50 DMA', 1.40 points short: that distance, not the day's move"),
        _spoil("vs200", "level", f"risen {f['vs200']:.2f}%", f"risen {vs200}", vs200,
               "'risen ... above its 200-day line', 0.70 points wide: the distance, not the day's move"),
        _spoil("slope50", "trend", f"by {abs(f['slope50']):.2f}% across", f"by {slope} across", slope,
               "the 50-day's own slope over twenty sessions, 0.60 points steep: that slope"),
    ]
