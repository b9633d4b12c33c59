"""Numbers that are no market data in an account's own lines (issue 14, vfa4 stop 44), in other words
than holdout 20's robo statement.

- A statement's balance worked out in lines of a label and a sum ("Opening balance  $24,310.55 /
  Contributions  $1,500.00 / Withdrawal  $400.00 / Investment change  +$812.34 / Closing balance
  $26,222.89") adds up to the cent: its sums are the account's, whatever the labels say ("Closing
  balance", "Investment change"). Before, each was held to the market (`number-untraced`, or
  `scale-mismatch` on the fund's scale).
- A table typed in columns of spaces right under its title line ("WHAT YOU OWN (Friday's closes)")
  is a table: each cell read with its row's fund and its column's title, a "1 month" column the
  month's move. Before, the title kept the block from being read as a table and each row ran as one
  line of prose ("-1.87% is not SPY change 1d pct").
- A portfolio's weight ("Weight 45%", "your growth weight is 45% against a target of 40%"), a fee and
  its yearly rate ("Advisory fee  $6.08 (0.30% a year)") and the money a trade moves ("sell about
  $1,180 of QQQ") are the account's.
- A trading book's own risk lines ("gross 240% of NAV, net 35%", "Limit usage 64% (yellow from 75%)",
  "1-day 95% VaR $6.1m") and a stated multiple of the ATR worked out ("a 3-ATR down day ($7.75 ATR, so
  about $23.25)"); a trader's own orders and fills ("Sold a third at $247.10", "Holding the other 200:")
  and a count of days to an event beside a yield ("the Fed is 16 trading days out").
- A bill's lines run to dot leaders under a label naming no market measure ("Haul-away fee ........
  $85.00", "Deposit (25%) ........ $88.75"), counts priced and their total ("20 shrubs at $14.50, 4
  trees at $95.00  $670.00"), a quote "for the new retaining wall", a later weekend day ("Job date:
  Sunday, March 8, 2026").
- Gaps said in points: "less than QQQ by 0.80 points", "the gap was 0.80 points (SPY +1.10%)", "trailed
  SPY by 0.80 points on a day SPY rose 1.10%" (the day's gap, checked: a wrong one is
  `derived-mismatch`).
- A list of the last few closes in order ("Last four closes, newest first: ..."), a screener's "vs50" and
  "vs200" columns in a table typed with spaces (volumes as "7.8M"), and a Friday's "last week" list that
  ends on the session's own close (the week just ended).
- A market maker's own book ("time at NBBO 91%, fills 2,310, inventory close -1,200 sh (short)"); the
  date right before a bare extreme's word ("above the April 28 low of $592.37", after a record close
  dated in the same clause) and a record close written "ATH 44.45 (Nov 13, 2024)".
Plants: in each frame a wrong market figure beside the other numbers (a close, a move, a gap, one close
of a list, a distance from an average, a Tuesday of the week just ended) and a wrong date of the low and
of the ATH (`date-untraced`): each still caught. (A wrong
close on a dot-leader line labelled by the fund, "IWM close ........ $X", is flagged only as
`number-untraced`, as before: not planted here.)
"""

from __future__ import annotations

from datetime import date

from pipeline.contracts import Snapshot

from .pastbars39 import close_on
from .plants import Plant
from .universe import Built
from .user_texts import UserText

RECAP_KEY = "SPY-2026-11-20"
RECAP = f"user-vfa4-recap-{RECAP_KEY}"
WEIGHTS = {"QQQ": 45, "SPY": 35, "IWM": 20}
BALANCE = ("Opening balance            $24,310.55\n"
           "Contributions               $1,500.00\n"
           "Withdrawal                    $400.00\n"
           "Investment change            +$812.34\n"
           "Closing balance            $26,222.89\n")
"""24,310.55 + 1,500.00 - 400.00 + 812.34 = 26,222.89: the family's money, typed, no market figure."""


def _snap(built: dict[str, Built], sym: str) -> Snapshot:
    return built[f"{sym}-2026-11-20"].snapshot


def _day(s: Snapshot) -> str:
    return f"{s.returns.change_1d_pct:+.2f}%"


def _month(s: Snapshot) -> str:
    return f"{s.returns.change_1m_pct:+.2f}%"


def _row(sym: str, s: Snapshot) -> str:
    return f"{sym:<9}{WEIGHTS[sym]}%      ${s.close:<9.2f}{_day(s):<9}{_month(s)}\n"


def recap_note(built: dict[str, Built]) -> str:
    spy, qqq = _snap(built, "SPY"), _snap(built, "QQQ")
    move = qqq.returns.change_1d_pct
    assert move is not None
    rows = "".join(_row(sym, _snap(built, sym)) for sym in WEIGHTS)
    return ("HARBORLINE INVEST  |  Quarter recap for the Osei family  |  as of Friday, November 20, 2026\n\n"
            "BALANCE\n" + BALANCE +
            "Advisory fee                    $6.08 (0.30% a year)\n"
            f"SPY at Friday's close         ${spy.close:.2f}\n\n"
            "WHAT YOU OWN (Friday's closes)\n"
            "Ticker   Weight   Close     Day      1 month\n" + rows + "\n"
            f"QQQ closed at ${qqq.close:.2f}, {'up' if move >= 0 else 'down'} {abs(move):.2f}% on the day, "
            f"and your growth weight is {WEIGHTS['QQQ']}% against a target of 40%, so at the next rebalance "
            "we plan to sell about $1,180 of QQQ.\n")


RISK_KEY = "SPY-2026-06-03"
RISK = f"user-vfa4-riskmemo-{RISK_KEY}"
LOG_KEY = "IWM-2026-11-17"
LOG = f"user-vfa4-swinglog-{LOG_KEY}"
BILL_KEY = "IWM-2026-02-13"
BILL = f"user-vfa4-landscape-{BILL_KEY}"
GAPS_KEY = "QQQ-2026-11-20"
GAPS = f"user-vfa4-gaps-{GAPS_KEY}"
SCREEN_KEY = "FRNT-2026-11-20"
SCREEN = f"user-vfa4-screen-{SCREEN_KEY}"
TAPE_KEY = "SPY-2026-11-20"
TAPE = f"user-vfa4-tape-{TAPE_KEY}"


def _updown(value: float) -> str:
    return "up" if value >= 0 else "down"


def risk_memo(b: Built) -> str:
    s = b.snapshot
    atr = s.volatility.atr_14
    assert atr is not None
    return ("Morning risk memo, desk 3\n\n"
            "Book: gross 240% of NAV, net 35%. Limit usage 64% (yellow from 75%). 1-day 95% VaR $6.1m, down "
            "from $6.8m. Our quoting: time at NBBO 91%, fills 2,310, inventory close -1,200 sh (short).\n\n"
            f"SPY closed at ${s.close:.2f}, {_updown(s.returns.change_1d_pct)} "
            f"{abs(s.returns.change_1d_pct):.2f}%. Stress case: a 3-ATR down day (${atr:.2f} ATR, so about "
            f"${3 * atr:.2f}) would cost the book roughly $4.4m.\n")


def swing_log(b: Built) -> str:
    s = b.snapshot
    return ("Swing log, Tuesday\n\n"
            f"Sold a third at $247.10 into the open. IWM ended at ${s.close:.2f}, "
            f"{_updown(s.returns.change_1d_pct)} {abs(s.returns.change_1d_pct):.2f}%. Holding the other 200: "
            "out on a close under $241.00. Adding 50 more only above $250. The 10-year yield is what I "
            "watch, and the Fed is 16 trading days out.\n")


def landscape_bill(b: Built) -> str:
    s = b.snapshot
    return ("GREENLEAF LANDSCAPING - estimate #88\n"
            "Job date: Sunday, March 8, 2026, crew at 7:30 AM\n\n"
            "Mulch (6 yards) ........ $270.00\n"
            "Haul-away fee ........ $85.00\n"
            "Deposit (25%) ........ $88.75\n\n"
            "Plants: 20 shrubs at $14.50, 4 trees at $95.00 $670.00\n"
            "Quote $3,900 for the new retaining wall, valid 30 days.\n\n"
            f"IWM close ........ ${s.close:.2f}\n\n"
            f"Note for the client: IWM closed at ${s.close:.2f} today, {_updown(s.returns.change_1d_pct)} "
            f"{abs(s.returns.change_1d_pct):.2f}%.\n")


def _move(s: Snapshot) -> float:
    move = s.returns.change_1d_pct
    assert move is not None
    return move


def _gap(a: Snapshot, b: Snapshot) -> str:
    return f"{abs(_move(a) - _move(b)):.2f}"


def gap_list(built: dict[str, Built]) -> str:
    qqq, spy, iwm = (_snap(built, s) for s in ("QQQ", "SPY", "IWM"))
    return ("Weekend watch list\n\n"
            f"1. QQQ, last ${qqq.close:.2f}: up {_move(qqq):.2f}% on Friday.\n\n"
            f"2. SPY, last ${spy.close:.2f}: up {_move(spy):.2f}% on Friday, less than QQQ by "
            f"{_gap(qqq, spy)} points.\n\n"
            f"3. IWM, last ${iwm.close:.2f}: up {_move(iwm):.2f}%; the gap was {_gap(spy, iwm)} points (SPY "
            f"+{_move(spy):.2f}%). IWM trailed SPY by {_gap(spy, iwm)} points on a day SPY rose "
            f"{_move(spy):.2f}%.\n")


def _closes(s: Snapshot, n: int) -> list[str]:
    return [f"${c:.2f}" for c in s.recent_closes[-n:]]


def _screen_row(s: Snapshot) -> str:
    t, r = s.trend, s.returns
    assert t.pct_vs_sma_50 is not None and t.pct_vs_sma_200 is not None
    return (f"FRNT    {s.close:.2f}   {r.change_1d_pct:+.2f}%   {s.volume.volume / 1e6:.1f}M   "
            f"{t.pct_vs_sma_50:+.2f}%   {t.pct_vs_sma_200:+.2f}%")


def _ath(s: Snapshot) -> str:
    e = s.extremes
    day = e.all_time_high_date
    return f"ATH {e.all_time_high:.2f} ({day:%b} {day.day}, {day.year})"


def screen(b: Built) -> str:
    s = b.snapshot
    newest_first = ", ".join(reversed(_closes(s, 4)))
    return ("Frontier screen, Friday after the close\n\n"
            "TICKER  LAST    CHG%     VOL    vs50     vs200\n" + _screen_row(s) + "\n\n"
            f"Last four closes, newest first: {newest_first}. {_ath(s)}.\n")


_WEEK = (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19))


def _low_day(s: Snapshot) -> str:
    return f"{s.extremes.low_52w_date:%B} {s.extremes.low_52w_date.day}"


def tape(b: Built) -> str:
    s, e = b.snapshot, b.snapshot.extremes
    days = ", ".join(f"{d:%a} ${close_on(s, d)}" for d in _WEEK)
    return ("Saturday notes\n\n"
            f"SPY ended Friday at ${s.close:.2f}. The tape last week: {days}, Fri ${s.close:.2f}. It sits "
            f"under the record close of ${e.all_time_high:.2f} set on {e.all_time_high_date:%B} "
            f"{e.all_time_high_date.day} and above the {_low_day(s)} low of ${e.low_52w:.2f}.\n")


def vfa4_44_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RECAP, RECAP_KEY, "prose", "txt", recap_note(built)),
            UserText(RISK, RISK_KEY, "prose", "txt", risk_memo(built[RISK_KEY])),
            UserText(LOG, LOG_KEY, "prose", "txt", swing_log(built[LOG_KEY])),
            UserText(BILL, BILL_KEY, "prose", "txt", landscape_bill(built[BILL_KEY])),
            UserText(GAPS, GAPS_KEY, "prose", "txt", gap_list(built)),
            UserText(SCREEN, SCREEN_KEY, "prose", "txt", screen(built[SCREEN_KEY])),
            UserText(TAPE, TAPE_KEY, "prose", "txt", tape(built[TAPE_KEY]))]


def _value(what: str, old: str, new: str, span: str, note: str, base: str = RECAP) -> Plant:
    name, key = base.removeprefix("user-vfa4-").split("-", 1)
    return Plant(f"vfa4-{name}-{what}-{key}", base, "value", old, new, "value-mismatch", span, note=note)


def _derived(what: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"vfa4-gaps-{what}-{GAPS_KEY}", GAPS, "derived", old, new, "derived-mismatch", span,
                 note=note)


def _dated(what: str, base: str, old: str, new: str, span: str, note: str) -> Plant:
    name, key = base.removeprefix("user-vfa4-").split("-", 1)
    return Plant(f"vfa4-{name}-{what}-{key}", base, "date", old, new, "date-untraced", span, note=note)


def _moved_close(base: str, s: Snapshot, lead: str, by: float) -> Plant:
    wrong = f"{s.close + by:.2f}"
    return _value("close", f"{lead}{s.close:.2f}", f"{lead}{wrong}", f"${wrong}",
                  f"{s.symbol} closed at ${s.close:.2f}; the other numbers beside it are no market data",
                  base)


def _other_plants(built: dict[str, Built]) -> list[Plant]:
    risk, log, bill = built[RISK_KEY].snapshot, built[LOG_KEY].snapshot, built[BILL_KEY].snapshot
    qqq, spy, iwm = (_snap(built, s) for s in ("QQQ", "SPY", "IWM"))
    frnt, tape_spy = built[SCREEN_KEY].snapshot, built[TAPE_KEY].snapshot
    wrong_gap = f"{abs(_move(qqq) - _move(spy)) + 0.3:.2f}"
    closes = list(reversed(_closes(frnt, 4)))
    wrong_close = f"${float(closes[2][1:]) + 0.4:.2f}"
    vs200 = frnt.trend.pct_vs_sma_200
    assert vs200 is not None
    low_day = tape_spy.extremes.low_52w_date
    wrong_low = f"{low_day:%B} {low_day.day + 1}"
    ath = frnt.extremes.all_time_high_date
    ath_day, wrong_ath = f"{ath:%b} {ath.day}, {ath.year}", f"{ath:%b} {ath.day + 4}, {ath.year}"
    tue = close_on(tape_spy, _WEEK[1])
    wrong_tue = f"{float(tue) - 2.5:.2f}"
    return [
        _moved_close(RISK, risk, "SPY closed at $", 1.5),
        _moved_close(LOG, log, "IWM ended at $", -1.2),
        _moved_close(BILL, bill, "closed at $", 2.5),
        _derived("than", f"less than QQQ by {_gap(qqq, spy)}", f"less than QQQ by {wrong_gap}", wrong_gap,
                 f"QQQ {_move(qqq):+.2f}% and SPY {_move(spy):+.2f}%: the gap is {_gap(qqq, spy)} points"),
        _derived("bracket", f"the gap was {_gap(spy, iwm)} points", "the gap was 1.20 points", "1.20",
                 f"SPY {_move(spy):+.2f}% and IWM {_move(iwm):+.2f}%: the gap is {_gap(spy, iwm)} points"),
        _derived("onaday", f"trailed SPY by {_gap(spy, iwm)} points", "trailed SPY by 0.50 points", "0.50",
                 f"SPY {_move(spy):+.2f}% and IWM {_move(iwm):+.2f}%: the gap is {_gap(spy, iwm)} points"),
        _value("listed", f"{closes[1]}, {closes[2]}", f"{closes[1]}, {wrong_close}", wrong_close,
               f"FRNT's third close back was {closes[2]}", SCREEN),
        _value("vs200", f"{vs200:+.2f}%", f"{vs200 + 1.1:+.2f}%", f"{vs200 + 1.1:+.2f}%",
               f"FRNT is {vs200:+.2f}% from its 200-day", SCREEN),
        _value("tue", f"Tue ${tue}", f"Tue ${wrong_tue}", f"${wrong_tue}",
               f"SPY closed at ${tue} on Tuesday, Nov 17 (the week that just ended)", TAPE),
        _dated("lowday", TAPE, f"the {_low_day(tape_spy)} low", f"the {wrong_low} low", wrong_low,
               f"SPY's 52-week closing low was on {_low_day(tape_spy)}; a date right before 'low' is the "
               "low's, not the record close's named before it"),
        _dated("athday", SCREEN, _ath(frnt), _ath(frnt).replace(ath_day, wrong_ath), wrong_ath,
               f"FRNT's record close (ATH) was on {ath_day}"),
    ]


def vfa4_44_plants(built: dict[str, Built]) -> list[Plant]:
    spy, qqq, iwm = (_snap(built, s) for s in ("SPY", "QQQ", "IWM"))
    move = qqq.returns.change_1d_pct
    assert move is not None
    wrong_move = f"{abs(move) + 0.4:.2f}%"
    wrong_day = f"{iwm.returns.change_1d_pct + 0.5:+.2f}%"
    ytd = f"{spy.returns.change_ytd_pct:+.2f}%"
    wrong_close = f"{spy.close + 3.0:.2f}"
    return [
        _value("day", _row("IWM", iwm), _row("IWM", iwm).replace(_day(iwm), wrong_day), wrong_day,
               f"IWM moved {_day(iwm)} on the day: a cell of the titled table is still its row's fund's"),
        _value("month", _row("SPY", spy), _row("SPY", spy).replace(_month(spy), ytd), ytd,
               f"SPY's month is {_month(spy)}; {ytd} is its year to date, put in the month's column"),
        _value("close", f"close         ${spy.close:.2f}", f"close         ${wrong_close}", f"${wrong_close}",
               f"SPY closed at ${spy.close:.2f}: a label-and-sum line under the balance adds to nothing"),
        _value("move", f"{abs(move):.2f}% on the day", f"{wrong_move} on the day", wrong_move,
               f"QQQ moved {move:+.2f}% on the day; the weight and the trade's money beside it are the "
               "account's"),
        *_other_plants(built),
    ]
