"""False alarms on outside prose by cause (issue 14, fp13), in other words than the holdouts.

- Numbers that are no market data, in a youth robotics club's bulletin that keeps a little money in
  IWM: its phone line in groups, a judge's grade out of 100 and a rubric's points, a slide's place
  ("Slide 3 of 12"), opening hours written the European way ("till 17.45"), a poster's pixels, a chart
  axis's bounds and steps, a side bet's odds ("bet at -120", a board line ending ": +250") and a
  won-lost record, a library call number, a route and a page ("pp. 45-47"), an old year ("a 1907
  panic"), money of other things (a loan balance, a checking account, cash and equivalents, "donated
  by", "$3 per student", "15 cents a day"), a battery's charge and "of it sits in" a share of cash,
  millions of taxpayers, and farm prices ("wheat ... $5.12 a bushel, up 6 cents"). None is checked;
  the fund's close, its move and its 50-day distance beside them still are (the plants).

- Elliptical gaps: a fund manager's scoreboard gives a second gap after "by" without the unit of the
  first ("outran IWM by 0.80 points and DIA (up 0.60%) by 0.50"; "lagged QQQ by 0.80 points and
  outpaced DIA by 0.50"). Each second gap is the difference between the verb's subject (SPY) and the
  instrument named right before it, never untraced; the plants spoil one of them.

Every market figure comes from the snapshot, so the text is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
CLUB = f"user-fp13-robotics-club-{KEY}"
GAP_KEY = "SPY-2026-11-20"
BOARD = f"user-fp13-scoreboard-{GAP_KEY}"


def _figures(b: Built) -> dict[str, float]:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and s.trend.pct_vs_sma_50 is not None
    return {"close": round(float(s.close), 2), "day": round(float(s.returns.change_1d_pct), 2),
            "vs50": round(float(s.trend.pct_vs_sma_50), 2)}


def robotics_club(b: Built) -> str:
    f = _figures(b)
    day = f"{'rose' if f['day'] >= 0 else 'fell'} {abs(f['day']):.2f}%"
    side = "above" if f["vs50"] >= 0 else "below"
    return (f"Gearheads Robotics Club \u00b7 parents' bulletin\n"
            f"Questions? Phone: 020 7946 0321. Workshop open till 17.45 on weekdays.\n\n"
            f"Regional qualifier: the judges gave our robot a grade of 84/100. Scoring: 50 points design, "
            f"25 teamwork, 25 outreach. Our pitch deck stopped at Slide 3 of 12 when the projector died, "
            f"and the poster was printed at 1280 by 720 pixels, which looked soft.\n\n"
            f"Money corner. Checking account: $1,905.10 after the bake sale; cash and equivalents "
            f"$3,410 in all, and 35% of it sits in our fund. The van loan, $22,500, is paid monthly by the "
            f"school. The $5,000 donated by the Okoro family bought the new arm. Kit fees are $3 per "
            f"student, and the lockers cost 15 cents a day. The spare drill battery is at 48% of "
            f"capacity.\n\n"
            f"The club's small reserve sits in IWM, which {day} on Friday to close at ${f['close']:.2f}. "
            f"The fund is {abs(f['vs50']):.2f}% {side} its 50-day average. On our chart handout the axis "
            f"goes from 200 to 260 in steps of 5.\n\n"
            f"Coach Rivera's side bet at -120 on the final lost; his record now 12-9. The board he keeps "
            f"on the fridge reads:\n"
            f"- Team Volt wins the state final: +250\n\n"
            f"Reading: call number 629.8 at the county library, pp. 45-47, on robots since a 1907 "
            f"factory. The bus takes Route 14. Grandpa Ade says wheat closed at $5.12 a bushel, up 6 "
            f"cents, and 4.1 million US taxpayers will file early this year.\n")


def _moves(b: Built) -> dict[str, float]:
    moves = {p.symbol: p.returns.change_1d_pct for p in b.peers if p.symbol in ("QQQ", "IWM", "DIA")}
    moves["SPY"] = b.snapshot.returns.change_1d_pct
    assert all(v is not None for v in moves.values()) and len(moves) == 4
    m = {k: round(float(v), 2) for k, v in moves.items() if v is not None}
    assert m["QQQ"] > m["SPY"] > m["DIA"] > m["IWM"] > 0
    return m


def _gap(a: float, b: float) -> str:
    return f"{abs(a - b):.2f}"


def scoreboard(b: Built) -> str:
    m = _moves(b)
    return (f"Desk scoreboard, Friday\n\n"
            f"SPY gained {m['SPY']:.2f}% on the day. It outran IWM by {_gap(m['SPY'], m['IWM'])} points and "
            f"DIA (up {m['DIA']:.2f}%) by {_gap(m['SPY'], m['DIA'])}.\n\n"
            f"Against the Nasdaq fund it came up short: SPY lagged QQQ by {_gap(m['QQQ'], m['SPY'])} points "
            f"and outpaced DIA by {_gap(m['SPY'], m['DIA'])} all the same.\n")


def fp13_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CLUB, KEY, "prose", "txt", robotics_club(built[KEY])),
            UserText(BOARD, GAP_KEY, "prose", "txt", scoreboard(built[GAP_KEY]))]


def fp13_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    word = "rose" if f["day"] >= 0 else "fell"
    close = f"${f['close'] + 4:.2f}"
    vs50 = f"{abs(f['vs50']) + 1.1:.2f}%"
    m = _moves(built[GAP_KEY])
    dia, wide = _gap(m["SPY"], m["DIA"]), f"{abs(m['SPY'] - m['DIA']) + 0.4:.2f}"
    board = [
        Plant(f"fp13-board-bracket-{GAP_KEY}", BOARD, "derived", f"%) by {dia}.", f"%) by {wide}.",
              "derived-mismatch", wide, note="the second gap after a bracketed move, 0.40 points wide"),
        Plant(f"fp13-board-verb-{GAP_KEY}", BOARD, "derived", f"outpaced DIA by {dia}",
              f"outpaced DIA by {wide}", "derived-mismatch", wide,
              note="the second gap under its own verb, 0.40 points wide: SPY vs DIA"),
    ]
    return board + [
        Plant(f"fp13-club-close-{KEY}", CLUB, "level", f"close at ${f['close']:.2f}.",
              f"close at {close}.", "value-mismatch", close,
              note="the fund's close $4 high beside the club's money: still checked"),
        Plant(f"fp13-club-move-{KEY}", CLUB, "value", f"{word} {abs(f['day']):.2f}%",
              f"{word} {abs(f['day']) + 0.7:.2f}%", "value-mismatch", f"{abs(f['day']) + 0.7:.2f}%",
              note="the day's move 0.70 points off among odds, grades and farm prices: still checked"),
        Plant(f"fp13-club-vs50-{KEY}", CLUB, "level", f"{abs(f['vs50']):.2f}% ", f"{vs50} ",
              "value-mismatch", vs50, note="the distance from the 50-day 1.10 points wide: still checked"),
    ]
