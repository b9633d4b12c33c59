"""Bounds, rule tables, forecasts, a note's terms, odds, corrections and "flat" over a period (issue 14, vfa5
stop 45), in other voices than holdout 21's alert log, outlook, autocall notice, prediction-market column,
correction notice and bad-tick report.

- A move or a multiple stated as a bound the data clears ("QQQ gained more than 1.5% on the day" when it
  rose 1.90%, "turnover above 1.5x its 20-day average" at 2.0 times): a threshold, checked as one on the
  side its words say; before, held to the fact as if it were the move (`value-mismatch`).
- A table whose first column holds conditions ("| Watch rule | Now | Gap to trigger | Added |", rows
  "Close under the 20-day", "RSI(14) over 75"): each label is a rule, no statement of the close's side
  (before: `pattern-mismatch` on every cell of the row); the other cells are read with the measure the
  rule watches ("the 50-day $614.02").
- A house view's forecasts ("our end-2027 target for SPY is $760", "a bull case of $805", "We expect
  earnings per share of $301", "our $276 estimate", "Odds: base 60%, bull 20%"): the source's claims
  about the future (before: `value-mismatch` against the close or `number-untraced`).
- A note's and a fund's own terms ("Knock-in barrier (65% of the Initial Level): $295.82", "a contingent
  coupon of $17.25 per $1,000 note", "11.8% of its NAV of $19.84").
- A prediction market's board ("| Event | Yes | No | Contracts traded |"): odds in cents and contract
  counts, no instrument's data.
- A correction's wrong figure ("misstated SPY's close as $688.84", "An earlier version ... gave the 0.80%
  five-day drop as the day's move") and a busted print ("an odd-lot print at $713.83, about 5.0% above
  the last trade").
- "Flat" over a period: a year's +0.42% and a world market's -0.01% may be called flat (the size allowed
  grows with the square root of the period's sessions); a day's +0.30% may not.
Plants: a bound the data does not clear ("more than 2.5%", "above 2.5x"), a wrong 50-day in the rule
table, a wrong close or move beside the forecasts, the note's terms, the odds board and the correction,
a day's +0.30% and the Nikkei's -0.80% called flat: each still caught.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

RULES_KEY = "QQQ-2026-11-20"
RULES = f"user-vfa5-rules-{RULES_KEY}"
VIEW_KEY = "SPY-2026-11-17"
VIEW = f"user-vfa5-houseview-{VIEW_KEY}"


def _updown(value: float) -> str:
    return "up" if value >= 0 else "down"


def _rules_rows(s: Snapshot) -> str:
    t, rsi = s.trend, s.momentum.rsi_14
    assert t.sma_20 is not None and t.sma_50 is not None and t.pct_vs_sma_50 is not None and rsi is not None
    return ("| Watch rule | Now | Gap to trigger | Added |\n|---|---|---|---|\n"
            f"| Close under the 20-day | ${t.sma_20:.2f} | | Oct 2 |\n"
            f"| Close under the 50-day | ${t.sma_50:.2f} | QQQ {abs(t.pct_vs_sma_50):.2f}% "
            f"{'above' if t.pct_vs_sma_50 >= 0 else 'below'} it | Sep 14 |\n"
            f"| RSI(14) over 75 | {rsi:.1f} now | | Nov 1 |\n")


def watch_rules(b: Built) -> str:
    s = b.snapshot
    move, ratio = s.returns.change_1d_pct, s.volume.volume_ratio
    assert move is not None and ratio is not None and s.volume.avg_volume_20 is not None
    return ("# Tidewater Brokerage | Watch rules, daily digest\n\n"
            "Friday, November 20, 2026. You have 4 of 10 rule slots in use.\n\n"
            "## Rules that fired\n\n"
            f"Big-day rule: QQQ gained more than 1.5% on the day, finishing {_updown(move)} {abs(move):.2f}% "
            f"at ${s.close:.2f}. Heavy-tape rule: turnover ran above 1.5x its 20-day average, "
            f"{s.volume.volume / 1e6:.1f}M shares against {s.volume.avg_volume_20 / 1e6:.1f}M.\n\n"
            "## Rules still waiting\n\n" + _rules_rows(s) +
            "\nEdit your rules in the app under Alerts.\n")


def _year_end_view(s: Snapshot) -> str:
    move = s.returns.change_1d_pct
    assert move is not None
    return ("HOUSE VIEW FOR 2027 (Meridian Wealth, client edition)\n\n"
            "Our end-2027 target for SPY is $760, with a bull case of $805 and a bear case of $640. "
            "We expect earnings per share of $301 next year, up about 8% from our $276 estimate for "
            "2026, and a forward multiple near 22 times. Odds: base 60%, bull 20%, bear 20%.\n\n"
            f"Where we are: SPY ended Tuesday at ${s.close:.2f}, {_updown(move)} {abs(move):.2f}% on "
            "the day.\n\n")


def house_view(b: Built) -> str:
    s = b.snapshot
    setup = next(iter(s.setups), None)
    assert setup is not None
    return (_year_end_view(s) +
            f"Tactical idea from the desk: entry ${setup.entry:.2f}, stop ${setup.stop:.2f}, "
            f"target ${setup.target:.2f}.\n\n"
            "These are forecasts and not guarantees.\n")


NOTE_KEY = "DIA-2026-11-20"
NOTE = f"user-vfa5-buffered-{NOTE_KEY}"
BOARD_KEY = "SPY-2026-11-20"
BOARD = f"user-vfa5-events-{BOARD_KEY}"


def buffered_note(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    return ("ANNUAL STATEMENT | Buffered Income Notes on DIA, Series B-7 | valuation date Friday, "
            "November 20, 2026\n\n"
            "Denomination $1,000 per note; issue size $6,250,000.\n"
            "Initial Level (set on the strike date): $455.10.\n"
            "Knock-in barrier (65% of the Initial Level): $295.82.\n"
            "A contingent coupon of $17.25 per $1,000 note is paid each quarter the barrier holds.\n\n"
            "At $295.82, the knock-in barrier is far below, and DIA closed at "
            f"${s.close:.2f} on the valuation date, {_updown(move)} {abs(move):.2f}%. "
            "The Harbor Covered Income fund, which holders may switch into, "
            "pays an annualized 11.8% of its NAV of $19.84.\n")


def event_board(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    return ("# Maple Hall Trading Club: event contracts board\n\n"
            "Prices in cents at the Friday close, Nov 20, 2026. A price is the crowd's odds, not advice.\n\n"
            "| Event | Yes | No | Contracts traded |\n|---|---|---|---|\n"
            "| S&P 500 above 7,000 on Dec 31 | 38c | 63c | 412,500 |\n"
            "| CPI above 3% in the Dec 10 report | 55c | 46c | 96,200 |\n"
            "| SPY ends 2026 below $650 | 9c | 92c | 31,750 |\n\n"
            f"For the record, SPY closed at ${s.close:.2f}, {_updown(move)} {abs(move):.2f}% on the day.\n")


FIX_KEY = "SPY-2026-11-17"
FIX = f"user-vfa5-corrections-{FIX_KEY}"
CLUB_KEY = "IWM-2026-11-20"
CLUB = f"user-vfa5-club-{CLUB_KEY}"


def _world(s: Snapshot, key: str) -> float:
    return next(m.change_pct for m in s.cross_markets if m.key == key)


def corrections(b: Built) -> str:
    s = b.snapshot
    day, week = s.returns.change_1d_pct, s.returns.change_5d_pct
    assert day is not None and week is not None
    return ("THE THURSDAY TAPE | Corrections and clarifications\n\n"
            f"Our Tuesday issue misstated SPY's close as ${s.close + 9:.2f}. It closed at ${s.close:.2f}. "
            f"An earlier version of the same note gave the {abs(week):.2f}% five-day drop as the day's move; "
            f"the day's move was {day:+.2f}%.\n\n"
            f"Clearly erroneous: exchange officials busted an odd-lot print at ${s.close * 1.05:.2f}, about "
            "5.0% above the last trade, and the high of the day was reset.\n\n"
            f"Abroad, the DAX was flat at {_world(s, 'dax'):+.2f}% and the Nikkei moved "
            f"{_world(s, 'nikkei'):+.2f}%.\n")


def club_note(b: Built) -> str:
    s = b.snapshot
    ytd, day = s.returns.change_ytd_pct, s.returns.change_1d_pct
    assert ytd is not None and day is not None
    return ("Riverside Runners treasurer's note, Friday night.\n\n"
            f"Our race-fund money sits in IWM. It is flat at {ytd:+.2f}% for the year, though it "
            f"{'rose' if day >= 0 else 'fell'} {abs(day):.2f}% today to ${s.close:.2f}. Dues are due "
            "by the spring race.\n")


BAKERY_KEY = "DIA-2026-11-20"
BAKERY = f"user-vfa5-bakery-{BAKERY_KEY}"
MODEL_KEY = "IWM-2026-11-20"
MODEL = f"user-vfa5-model-{MODEL_KEY}"
_LOAVES = (("Mon", 212, "$1,484"), ("Tue", 198, "$1,386"), ("Wed", 240, "$1,680"), ("Thu", 225, "$1,575"),
           ("Fri", 301, "$2,107"))


def bakery_week(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    assert move is not None
    rows = "".join(f"| {day} | {loaves} | {sales} |\n" for day, loaves, sales in _LOAVES)
    return ("# Crumb & Co. weekly sheet\n\n| Day | Loaves | Sales |\n|---|---|---|\n" + rows +
            f"\nThe oven-repair fund sits in DIA, which closed the week at ${s.close:.2f}, "
            f"{_updown(move)} {abs(move):.2f}% on Friday.\n")


def _need(level: float, close: float) -> float:
    return (level / close - 1) * 100


def model_note(b: Built) -> str:
    s = b.snapshot
    macd, signal, sma_50 = s.momentum.macd, s.momentum.macd_signal, s.trend.sma_50
    assert macd is not None and signal is not None and sma_50 is not None
    return ("Momentum model, small caps, Friday close.\n\n"
            "Composite signal: -0.35 (was -0.20 a week ago) on a scale of -1 to +1. "
            f"The chart agrees: MACD {macd:.2f}, signal {signal:.2f}. "
            f"Back to the 50-day (${sma_50:.2f}), IWM needs a gain of about {_need(sma_50, s.close):.1f}%.\n")


def vfa5_45_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(RULES, RULES_KEY, "prose", "md", watch_rules(built[RULES_KEY])),
            UserText(VIEW, VIEW_KEY, "prose", "txt", house_view(built[VIEW_KEY])),
            UserText(NOTE, NOTE_KEY, "prose", "txt", buffered_note(built[NOTE_KEY])),
            UserText(BOARD, BOARD_KEY, "prose", "md", event_board(built[BOARD_KEY])),
            UserText(FIX, FIX_KEY, "prose", "txt", corrections(built[FIX_KEY])),
            UserText(CLUB, CLUB_KEY, "prose", "txt", club_note(built[CLUB_KEY])),
            UserText(BAKERY, BAKERY_KEY, "prose", "md", bakery_week(built[BAKERY_KEY])),
            UserText(MODEL, MODEL_KEY, "prose", "txt", model_note(built[MODEL_KEY]))]


def _plant(base: str, what: str, check: str, old: str, new: str, code: str, span: str, note: str) -> Plant:
    name, key = base.removeprefix("user-vfa5-").split("-", 1)
    return Plant(f"vfa5-{name}-{what}-{key}", base, check, old, new, code, span, note=note)


def vfa5_45_plants(built: dict[str, Built]) -> list[Plant]:
    q, s = built[RULES_KEY].snapshot, built[VIEW_KEY].snapshot
    move, ratio, sma_50 = q.returns.change_1d_pct, q.volume.volume_ratio, q.trend.sma_50
    spy_move = s.returns.change_1d_pct
    assert move is not None and ratio is not None and sma_50 is not None and spy_move is not None
    wrong_50, wrong_close = f"${sma_50 + 3.6:.2f}", f"${s.close + 4.2:.2f}"
    d, b = built[NOTE_KEY].snapshot, built[BOARD_KEY].snapshot
    board_move = b.returns.change_1d_pct
    assert board_move is not None
    wrong_dia, wrong_board = f"${d.close - 2.7:.2f}", f"{abs(board_move) + 0.5:.2f}%"
    f, c = built[FIX_KEY].snapshot, built[CLUB_KEY].snapshot
    c_ytd, c_day = c.returns.change_ytd_pct, c.returns.change_1d_pct
    assert c_ytd is not None and c_day is not None
    dax, nikkei, wrong_fix = _world(f, "dax"), _world(f, "nikkei"), f"${f.close - 1.9:.2f}"
    k, m = built[BAKERY_KEY].snapshot, built[MODEL_KEY].snapshot
    signal, m_50 = m.momentum.macd_signal, m.trend.sma_50
    assert signal is not None and m_50 is not None
    need = f"{_need(m_50, m.close):.1f}%"
    wrong_need, wrong_signal, wrong_k = f"{_need(m_50, m.close) + 1.2:.1f}%", f"{signal - 0.9:.2f}", \
        f"${k.close + 1.35:.2f}"
    return [
        _plant(BAKERY, "close", "value", f"at ${k.close:.2f}", f"at {wrong_k}", "value-mismatch", wrong_k,
               f"DIA closed at ${k.close:.2f}; the table's loaves and sales are the bakery's"),
        _plant(MODEL, "signal", "indicator", f"signal {signal:.2f}", f"signal {wrong_signal}",
               "value-mismatch", wrong_signal,
               f"the MACD signal line is {signal:.2f}; the composite signal is the model's"),
        _plant(MODEL, "need", "derived", f"about {need}", f"about {wrong_need}", "derived-mismatch",
               wrong_need, f"the 50-day (${m_50:.2f}) is {need} above the close ${m.close:.2f}"),
        _plant(FIX, "close", "value", f"It closed at ${f.close:.2f}", f"It closed at {wrong_fix}",
               "value-mismatch", wrong_fix,
               f"SPY closed at ${f.close:.2f}: the corrected figure is the text's own claim"),
        _plant(FIX, "nikkeiflat", "direction", f"the Nikkei moved {nikkei:+.2f}%",
               f"the Nikkei was flat at {nikkei:+.2f}%", "direction-mismatch", f"{nikkei:+.2f}%",
               f"the Nikkei moved {nikkei:+.2f}%: too much to call flat (the DAX's {dax:+.2f}% is not)"),
        _plant(CLUB, "dayflat", "direction", f"flat at {c_ytd:+.2f}% for the year",
               f"flat at {c_day:+.2f}% today", "direction-mismatch", f"{c_day:+.2f}%",
               f"IWM moved {c_day:+.2f}% on the day: too much to call a day flat (a year's {c_ytd:+.2f}% "
               "is not)"),
        _plant(NOTE, "close", "value", f"closed at ${d.close:.2f}", f"closed at {wrong_dia}",
               "value-mismatch", wrong_dia,
               f"DIA closed at ${d.close:.2f}: a close after the barrier's words, in its own clause"),
        _plant(BOARD, "move", "value", f"{abs(board_move):.2f}% on the day", f"{wrong_board} on the day",
               "value-mismatch", wrong_board, f"SPY moved {board_move:+.2f}% on the day; the board's odds "
               "above it are no market data"),
        _plant(RULES, "bound", "value", "gained more than 1.5%", "gained more than 2.5%", "value-mismatch",
               "2.5%", f"QQQ rose {move:.2f}%: not more than 2.5%"),
        _plant(RULES, "ratio", "value", "above 1.5x its", "above 2.5x its", "value-mismatch", "2.5x",
               f"volume was {ratio:.1f} times its 20-day average: not above 2.5 times"),
        _plant(RULES, "sma50", "value", f"| ${sma_50:.2f} |", f"| {wrong_50} |", "value-mismatch", wrong_50,
               f"the 50-day average the rule watches is ${sma_50:.2f}"),
        _plant(VIEW, "close", "value", f"at ${s.close:.2f},", f"at {wrong_close},", "value-mismatch",
               wrong_close, f"SPY closed at ${s.close:.2f}; the targets before it are the house's forecasts"),
        _plant(VIEW, "move", "value", f"{abs(spy_move):.2f}% on", f"{abs(spy_move) + 0.6:.2f}% on",
               "value-mismatch", f"{abs(spy_move) + 0.6:.2f}%", f"SPY moved {spy_move:+.2f}% on the day"),
    ]
