"""Figures that are not market data and a label that is no figure (issue 14, vfa8 stop 48), in other
words than holdout 24's.

A tally whose columns add up to its total row ("| Night | Tickets | Takings |" over "| Total |"): the
tally's own counts and sums. A bill worked out in lines ("2 x brake pads @ $38.50 = $77.00" ... "Subtotal",
then the labour, the tax and the total): the bill's sums, its unit prices and its tax rate. A standings
table whose entrant is no instrument ("| Pos | Player | Return |"): the player's own record. The RSI's
midline named right after the RSI ("RSI 44.0, under 50"). A thing of the writer's due on a later day
("Entry forms due Monday 30 November").

A market figure in the same texts is still read: each text carries the fund's close and day, and a
plant on them (or on the RSI's reading) is still caught.

Every market figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

TALLY_KEY = "IWM-2026-11-20"
BILL_KEY = "DIA-2026-11-20"
LEAGUE_KEY = "SPY-2026-11-20"
GAUGE_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-vfa8-{name}-{key}"


def _day(s: Snapshot) -> tuple[float, float]:
    r = s.returns
    assert r.change_1d is not None and r.change_1d_pct is not None
    return r.change_1d, r.change_1d_pct


def _moved(s: Snapshot) -> str:
    move, pct = _day(s)
    word = "up" if move > 0 else "down"
    return f"{word} ${abs(move):.2f} ({abs(pct):.2f}%)"


def tally_note(b: Built) -> str:
    s = b.snapshot
    return ("# Harbour Choir - winter concerts, ticket tally\n\n"
            "| Night | Tickets | Free seats | Takings |\n"
            "| --- | ---: | ---: | ---: |\n"
            "| Thu 7 PM | 142 | 8 | $2,130.00 |\n"
            "| Fri 7 PM | 187 | 5 | $2,805.00 |\n"
            "| Sat 3 PM | 163 | 11 | $2,445.50 |\n"
            "| **Total** | **492** | **24** | **$7,380.50** |\n\n"
            f"The choir's savings sit in IWM, which closed at ${s.close:.2f}, {_moved(s)}.\n")


def bill_note(b: Built) -> str:
    s = b.snapshot
    return ("DALE'S GARAGE - invoice 2208\n\n"
            "2 x brake pads (front)        @ $38.50  =  $77.00\n"
            "1 x brake fluid, 1 litre      @ $14.25  =  $14.25\n"
            "4 x wiper blades              @ $9.80   =  $39.20\n"
            "Subtotal                                  $130.45\n"
            "Labour                                    $97.50\n"
            "Sales tax 6%                              $13.68\n"
            "Total due                                 $241.63\n\n"
            f"PS from Dale: the workshop's rainy-day money is in DIA, which closed at ${s.close:.2f}, "
            f"{_moved(s)}.\n")


def league_note(b: Built) -> str:
    s = b.snapshot
    return ("Office stock-picking league, week 11\n\n"
            "| Pos | Player | Return | Worst week |\n"
            "| ---: | --- | ---: | ---: |\n"
            "| 1 | Priya | +9.4% | -1.7% |\n"
            "| 2 | Tom | +4.1% | -3.2% |\n"
            "| 3 | Wen | -2.6% | -5.5% |\n\n"
            f"The benchmark everyone is chasing, SPY, closed at ${s.close:.2f}, {_moved(s)}.\n")


def _rsi(s: Snapshot) -> float:
    rsi = s.momentum.rsi_14
    assert rsi is not None
    return rsi


def gauge_note(b: Built) -> str:
    s = b.snapshot
    rsi = _rsi(s)
    side = "under" if rsi < 50 else "over"  # noqa: PLR2004 (the RSI's midline)
    return ("Rec centre chess club - QQQ corner\n\n"
            f"QQQ closed at ${s.close:.2f}, {_moved(s)}. RSI {rsi:.1f}, {side} 50 for now.\n"
            "Entry forms for the December rapid-play due Monday 30 November.\n")


WRITERS = {("tally", TALLY_KEY): tally_note, ("bill", BILL_KEY): bill_note,
           ("league", LEAGUE_KEY): league_note, ("gauge", GAUGE_KEY): gauge_note}


def vfa8_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt" if name in ("bill", "gauge") else "md",
                     write(built[key])) for (name, key), write in WRITERS.items()]


def _close_plant(built: dict[str, Built], name: str, key: str) -> Plant:
    s = built[key].snapshot
    wrong = f"${s.close + 2.22:.2f}"
    return Plant(f"vfa8-{name}-close-{key}", _base(name, key), "value", f"closed at ${s.close:.2f}",
                 f"closed at {wrong}", "value-mismatch", wrong, note=f"{s.symbol} closed at ${s.close:.2f}")


def _move_plant(built: dict[str, Built], name: str, key: str) -> Plant:
    _, pct = _day(built[key].snapshot)
    wrong = f"{abs(pct) + 1.22:.2f}%"
    return Plant(f"vfa8-{name}-move-{key}", _base(name, key), "value", f"({abs(pct):.2f}%)", f"({wrong})",
                 "value-mismatch", wrong, note=f"the day's move is {abs(pct):.2f}%")


def _rsi_plant(built: dict[str, Built]) -> Plant:
    rsi = _rsi(built[GAUGE_KEY].snapshot)
    wrong = f"{rsi + 1.3:.1f}"
    return Plant(f"vfa8-gauge-rsi-{GAUGE_KEY}", _base("gauge", GAUGE_KEY), "value", f"RSI {rsi:.1f},",
                 f"RSI {wrong},", "value-mismatch", wrong, note=f"the 14-day RSI is {rsi:.1f}")


def vfa8_plants(built: dict[str, Built]) -> list[Plant]:
    pairs = [(_close_plant(built, name, key), _move_plant(built, name, key)) for name, key in WRITERS]
    return [*(p for pair in pairs for p in pair), _rsi_plant(built)]
