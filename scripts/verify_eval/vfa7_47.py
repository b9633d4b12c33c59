"""Figures that are not market data, and labels that are no figures (issue 14, vfa7 stop 47), in other
words than holdout 23's.

A strategy's own test: a line labelled as a backtest ("Backtested 2010-2025 (3,900 sessions, 1 bp a
side): ...") and the statistics a rule is judged by ("CAGR of 6.2%", "Sharpe 0.55", "win rate 48%",
"avg hold 17 days") are the rule's record, no close, move or level of the market.

A split printed in full: percentages of one sentence that add up to 100 ("Members' vote (96 ballots):
stay 54%, trim 31%, sell 15%") are a poll's shares.

A hand-typed tally whose last column holds sums of another thing ("SERVICE  PRICE  CARS  COLLECTED"): the
sums are the car wash's, and the price after a label with its bracketed size ("Interior (small)
$9.00") is that service's.

A trader's log: a fill's size between its side and its price ("long 300 @ $..."), a trade's result in
brackets after its exit fill ("(+$45)"), a day's result net of charges ("+$51.00 after $4.80 commissions")
and the charge itself are the trader's own.

An indicator's window between its name and its reading ("RSI 14    48.2", "ATR 14    $2.83") and a
row of averages' windows ("SMA 20 / 50 / 200") are labels.

A market figure in the same texts is still read: each text carries the fund's close and day, and a
plant on them (or on the reading after a window label) is still caught.

Every market figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .day_words import day_move as _day
from .day_words import moved_words as _moved
from .plants import Plant
from .universe import Built
from .user_texts import UserText

RULE_KEY = "DIA-2026-11-20"
POLL_KEY = "SPY-2026-11-20"
WASH_KEY = "IWM-2026-11-20"
PANEL_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-vfa7-{name}-{key}"



def rule_note(b: Built) -> str:
    s = b.snapshot
    return ("Momentum rule, Friday check\n\n"
            "Backtested 2010-2025 (3,900 sessions, 1 bp a side): 212 round trips, CAGR of 6.2%, Sharpe 0.55, "
            "win rate 48%, avg hold 17 days, max drawdown 18.4%. Those are the rule's figures, "
            "not the fund's.\n\n"
            f"This week DIA closed at ${s.close:.2f}, {_moved(s)} on the day. The rule stays long.\n")


def poll_note(b: Built) -> str:
    s = b.snapshot
    return ("Investment club, November meeting\n\n"
            "Members' vote on the index fund (96 ballots): stay 54%, trim 31%, sell 15%.\n\n"
            f"For the record, SPY finished Friday at ${s.close:.2f}, {_moved(s)}.\n")


def wash_note(b: Built) -> str:
    s = b.snapshot
    return ("SCOUT TROOP 12 CAR WASH - Saturday\n\n"
            "SERVICE              PRICE   CARS   COLLECTED\n"
            "Exterior             $6.00     41   $246.00\n"
            "Interior (small)     $9.00     17   $153.00\n"
            "Wax (per coat)      $12.00      8    $96.00\n"
            "TOTAL                                $495.00   (tips $37.00)\n\n"
            f"Note from the treasurer: the camp fund sits in IWM, which closed at ${s.close:.2f}, "
            f"{_moved(s)}.\n")


def panel_note(b: Built) -> str:
    s = b.snapshot
    t, m, v = s.trend, s.momentum, s.volatility
    assert t.sma_20 is not None and t.sma_50 is not None and t.sma_200 is not None
    assert m.rsi_14 is not None and v.atr_14 is not None
    return ("QQQ PANEL - end of day\n\n"
            f"   Last               ${s.close:.2f}\n"
            f"   SMA 20 / 50 / 200  ${t.sma_20:.2f} / ${t.sma_50:.2f} / ${t.sma_200:.2f}\n"
            f"   RSI 14             {m.rsi_14:.1f}\n"
            f"   ATR 14             ${v.atr_14:.2f}\n")


LOG_KEY = "IWM-2026-11-20"


def log_note(b: Built) -> str:
    s = b.snapshot
    entry, exit_ = s.close - 0.62, s.close - 0.47  # the trader's own fills, a few cents under the close
    return ("Evaluation account, day 12\n\n"
            f"Today: +$51.00 after $4.80 commissions.\n"
            f"1. 10:05 long 300 @ ${entry:.2f}, out 13:40 @ ${exit_:.2f} (+${(exit_ - entry) * 300:.0f}).\n\n"
            f"IWM itself closed at ${s.close:.2f}, {_moved(s)}.\n")


WRITERS = {("log", LOG_KEY): log_note, ("rule", RULE_KEY): rule_note, ("poll", POLL_KEY): poll_note,
           ("wash", WASH_KEY): wash_note, ("panel", PANEL_KEY): panel_note}


def vfa7_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _close_plant(built: dict[str, Built], name: str, key: str, before: str) -> Plant:
    s = built[key].snapshot
    wrong = f"${s.close + 3.33:.2f}"
    return Plant(f"vfa7-{name}-close-{key}", _base(name, key), "value", f"{before}${s.close:.2f}",
                 f"{before}{wrong}", "value-mismatch", wrong, note=f"{s.symbol} closed at ${s.close:.2f}")


def _move_plant(built: dict[str, Built], name: str, key: str) -> Plant:
    _, pct = _day(built[key].snapshot)
    wrong = f"{abs(pct) + 1.11:.2f}%"
    return Plant(f"vfa7-{name}-move-{key}", _base(name, key), "value", f"({abs(pct):.2f}%)", f"({wrong})",
                 "value-mismatch", wrong, note=f"the day's move is {abs(pct):.2f}%")


def _panel_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[PANEL_KEY].snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None
    wrong, label = f"{rsi + 1.1:.1f}", "RSI 14             "
    return [_close_plant(built, "panel", PANEL_KEY, "Last               "),
            Plant(f"vfa7-panel-rsi-{PANEL_KEY}", _base("panel", PANEL_KEY), "value", f"{label}{rsi:.1f}",
                  f"{label}{wrong}", "value-mismatch", wrong, note=f"the 14-day RSI is {rsi:.1f}")]


def vfa7_plants(built: dict[str, Built]) -> list[Plant]:
    return [_close_plant(built, "log", LOG_KEY, "closed at "), _move_plant(built, "log", LOG_KEY),
            _close_plant(built, "rule", RULE_KEY, "closed at "), _move_plant(built, "rule", RULE_KEY),
            _close_plant(built, "poll", POLL_KEY, "at "), _move_plant(built, "poll", POLL_KEY),
            _close_plant(built, "wash", WASH_KEY, "closed at "), _move_plant(built, "wash", WASH_KEY),
            *_panel_plants(built)]
