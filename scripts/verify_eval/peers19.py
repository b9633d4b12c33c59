"""False alarms on peers' gaps and bare weekdays (issue 14, vfp), in other words than the holdouts.

- An investment club's note on its small-cap fund on a red day, where each gap between two funds' moves
  is told in a phrasing the gap reader paired with the wrong fund: a first comparison in "did better
  than" before a second verb that shares its subject ("did better than QQQ by A but trailed SPY by B"),
  a new clause after ";" or ", so" whose subject is the club's own fund in other words ("SPY fell ...;
  our fund trailed SPY by"), two comparisons of one subject joined by "and" ("N points more than SPY
  and M points less than QQQ"), a second gap whose side's move stands between commas ("and DIA, down
  1.04%, by 0.26"), and a streak's average margin "a day on average" in bp.
- A week-ahead note whose bare weekdays belong to something else than the event named beside them: a
  holiday ("shut on Thursday for Thanksgiving"), a club meeting in another clause ("Book club meets
  Thursday; the Fed ..."), a count's starting day ("14 sessions from Friday"), and a weekday restating
  the date before it ("on 9 December, which is a Wednesday").
- A broker's day note whose volume sits "above the 20-day average of N million": the volume's average,
  not the price's 20-day moving average (which the close is below).

Every figure and date comes from the snapshots, so the texts are correct by construction; each plant
spoils one gap or weekday in its phrasing, which must still be caught.
"""

from __future__ import annotations

from datetime import date, timedelta

from .plants import Plant, fresh_of
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-03-30"
CLUB = f"user-peers19-club-{KEY}"
WEEK_KEY = "IWM-2026-11-20"
WEEK = f"user-peers19-weekahead-{WEEK_KEY}"


def _moves(b: Built) -> dict[str, float]:
    moves = {p.symbol: p.returns.change_1d_pct for p in b.peers}
    moves[b.snapshot.symbol] = b.snapshot.returns.change_1d_pct
    assert all(v is not None for v in moves.values())
    return {k: round(float(v), 2) for k, v in moves.items() if v is not None}


def _gaps(b: Built) -> dict[str, float]:
    m = _moves(b)
    assert m["SPY"] > m["DIA"] > m["IWM"] > m["QQQ"]  # a red day: SPY fell least, QQQ most
    return {"spy": round(m["SPY"] - m["IWM"], 2), "qqq": round(m["IWM"] - m["QQQ"], 2),
            "spy_qqq": round(m["SPY"] - m["QQQ"], 2), "spy_dia": round(m["SPY"] - m["DIA"], 2)}


def club(b: Built) -> str:
    m, g = _moves(b), _gaps(b)
    return (f"Riverside Investment Club: the small-cap sleeve, Monday\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}, down {abs(m['IWM']):.2f}%. It did better than QQQ by "
            f"{g['qqq']:.2f} points but trailed SPY by {g['spy']:.2f}.\n\n"
            f"SPY fell {abs(m['SPY']):.2f}% and QQQ {abs(m['QQQ']):.2f}%; our small-cap fund trailed SPY by "
            f"{g['spy']:.2f} points. SPY slid {abs(m['SPY']):.2f}%, DIA {abs(m['DIA']):.2f}% and QQQ "
            f"{abs(m['QQQ']):.2f}%, so the little fund still beat QQQ by {g['qqq']:.2f} points.\n\n"
            f"Put another way, IWM dropped {g['spy']:.2f} points more than SPY and {g['qqq']:.2f} points "
            f"less than QQQ. Among the big funds, SPY beat QQQ, down {abs(m['QQQ']):.2f}%, by "
            f"{g['spy_qqq']:.2f} points, and DIA, down {abs(m['DIA']):.2f}%, by {g['spy_dia']:.2f}.\n")


def _week_facts(b: Built) -> tuple[date, date, int, int, float]:
    s = b.snapshot
    fomc = next(e for e in s.events if e.kind == "fomc")
    assert s.options is not None and s.options.expiry is not None and s.relative is not None
    assert s.relative.streak_avg_margin_bp is not None and s.relative.streak_sessions is not None
    assert fomc.sessions_until is not None
    return (fomc.date, s.options.expiry, fomc.sessions_until, abs(s.relative.streak_sessions),
            abs(s.relative.streak_avg_margin_bp))


def week_ahead(b: Built) -> str:
    fomc, expiry, until, streak, margin = _week_facts(b)
    holiday = expiry - timedelta(days=1)
    assert f"{holiday:%A}" == "Thursday"
    return (f"Week ahead, small caps\n\n"
            f"IWM has trailed SPY for {streak} sessions, by about {margin:.0f} bp a day on average.\n\n"
            f"Next week the market shuts on {holiday:%A} for Thanksgiving, and options expire "
            f"{expiry:%A}, {expiry:%b} {expiry.day}. Book club meets "
            f"{holiday - timedelta(days=2):%A} at 6 pm; "
            f"the Fed decides on {fomc:%A}. That decision lands {until} sessions from "
            f"{b.snapshot.session:%A}. Put it in the diary: the Fed on {fomc.day} {fomc:%B}, which is a "
            f"{fomc:%A}.\n")


VOLUME_KEY = "SPY-2026-11-17"
VOLUME = f"user-peers19-volume-{VOLUME_KEY}"


def _volume(b: Built) -> tuple[float, float]:
    v = b.snapshot.volume
    assert v.volume is not None and v.avg_volume_20 is not None and v.volume > v.avg_volume_20
    assert b.snapshot.trend.sma_20 is not None and b.snapshot.close < b.snapshot.trend.sma_20
    return v.volume / 1e6, v.avg_volume_20 / 1e6


def volume_note(b: Built) -> str:
    shares, average = _volume(b)
    day = b.snapshot.returns.change_1d_pct
    assert day is not None
    return (f"Desk note, SPY\n\nSPY closed at ${b.snapshot.close:.2f}, {'up' if day >= 0 else 'down'} "
            f"{abs(day):.2f}%. Turnover of {shares:.1f} million shares ran above the 20-day average of "
            f"{average:.1f} million, busy but not frantic.\n")


def peers19_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CLUB, KEY, "prose", "txt", club(built[KEY])),
            UserText(WEEK, WEEK_KEY, "prose", "txt", week_ahead(built[WEEK_KEY])),
            UserText(VOLUME, VOLUME_KEY, "prose", "txt", volume_note(built[VOLUME_KEY]))]


def peers19_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[KEY]
    g = _gaps(b)
    spy, qqq = f"{g['spy']:.2f}", f"{g['qqq']:.2f}"
    wrong_spy = fresh_of(b, lambda d: f"{g['spy'] + d:.2f}", (0.25,))
    wrong_qqq = fresh_of(b, lambda d: f"{g['qqq'] + d:.2f}", (0.3,))
    wrong_dia = fresh_of(b, lambda d: f"{g['spy_dia'] + d:.2f}", (0.3,))
    w = built[WEEK_KEY]
    fomc, _, _, streak, margin = _week_facts(w)
    wrong_margin = fresh_of(w, lambda d: f"{margin + d:.0f} bp", (10.0,))
    other = f"{fomc - timedelta(days=1):%A}"
    v = built[VOLUME_KEY]
    _, average = _volume(v)
    wrong_average = fresh_of(v, lambda d: f"{average + d:.1f}", (10.0,))
    return [
        Plant(f"peers19-better-but-{KEY}", CLUB, "derived", f"but trailed SPY by {spy}.",
              f"but trailed SPY by {wrong_spy}.", "derived-mismatch", wrong_spy,
              note="the second verb shares 'did better than''s subject: IWM's gap to SPY 0.25 points off"),
        Plant(f"peers19-semicolon-{KEY}", CLUB, "derived", f"fund trailed SPY by {spy} points",
              f"fund trailed SPY by {wrong_spy} points", "derived-mismatch", wrong_spy,
              note="after ';' the club's fund is the subject: its gap to SPY 0.25 points off"),
        Plant(f"peers19-so-{KEY}", CLUB, "derived", f"still beat QQQ by {qqq} points",
              f"still beat QQQ by {wrong_qqq} points", "derived-mismatch", wrong_qqq,
              note="after ', so the little fund' the club's fund is the subject: its gap to QQQ 0.30 off"),
        Plant(f"peers19-and-less-{KEY}", CLUB, "derived", f"and {qqq} points less than QQQ",
              f"and {wrong_qqq} points less than QQQ", "derived-mismatch", wrong_qqq,
              note="the second comparison of one subject: IWM's gap to QQQ, not SPY's, 0.30 off"),
        Plant(f"peers19-commas-{KEY}", CLUB, "derived", f", by {g['spy_dia']:.2f}.",
              f", by {wrong_dia}.", "derived-mismatch", wrong_dia,
              note="the second gap, its side's move between commas: SPY's gap to DIA 0.30 off"),
        Plant(f"peers19-margin-{WEEK_KEY}", WEEK, "derived", f"about {margin:.0f} bp a day",
              f"about {wrong_margin} a day", "value-mismatch", wrong_margin,
              note=f"the {streak}-session streak's average margin 10 bp wide, 'a day on average'"),
        Plant(f"peers19-fed-day-{WEEK_KEY}", WEEK, "date", f"the Fed decides on {fomc:%A}.",
              f"the Fed decides on {other}.", "weekday-mismatch", other,
              note="the Fed's day a day early in its own clause, after a club meeting's clause"),
        Plant(f"peers19-restated-{WEEK_KEY}", WEEK, "date", f"which is a {fomc:%A}",
              f"which is a {other}", "weekday-mismatch", other,
              note="a weekday restating the date before it, a day off: the date's weekday, checked"),
        Plant(f"peers19-volume-average-{VOLUME_KEY}", VOLUME, "value", f"average of {average:.1f} million",
              f"average of {wrong_average} million", "value-mismatch", f"{wrong_average} million",
              note="the volume's 20-day average 10 million high beside the side word: still checked"),
    ]
