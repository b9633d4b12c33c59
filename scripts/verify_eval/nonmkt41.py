"""Numbers that are not market data beside the market's own (issue 14, vnonmkt stop 41), in other voices
than holdout 17's.

A figure whose own words make it another thing's is no market claim: a column of a hand-typed table
titled with no market word (a training log's heart rate and cadence, a kit list's weights), a reading in
a unit of measure ("62 km", "HR 151"), a gradient on a measured climb ("4.8 km at 6.1%"), a lens's
magnification ("at 60x"), a sum of money in millions ("$2.6 million"), a sum under its own label
("dinner $84.20", "Balance due $212.45"), a bill's worked line ("310 kWh x $0.21 = $65.10"), a share
worked from the two figures before it ("9 of 12 trustees (75.0%)", "from $2.6 million to $2.2 million
(about 15%)"), an order's size ("buy 40k shares"), a phone number in groups, a memo's or an account's
number joined by a hyphen ("No. 2025-17", "****-4410") and a school's or a fiscal year ("2026/27").

The planted texts put a wrong market figure right beside such numbers (a close in the note column of
the log, "IWM closed at $4.2" under a bill, a wrong move next to the sleeve's sums): each is still the
instrument's `value-mismatch`. Every market figure comes from the snapshots, so each note is correct by
construction; the other things' numbers are typed here and match no fact of the subjects.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

LOG_KEY = "SPY-2026-11-20"
BILL_KEY = "IWM-2026-11-20"
MINUTE_KEY = "DIA-2026-11-20"
SKY_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-nonmkt41-{name}-{key}"


def _pct(value: float) -> str:
    return f"{abs(value):.2f}%"


def _move(s: Snapshot) -> float:
    pct = s.returns.change_1d_pct
    assert pct is not None and abs(pct) >= 0.05
    return pct


def _way(pct: float) -> str:
    return "up" if pct > 0 else "down"


def log_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("WINTER BASE BLOCK - week 47 - rider: T. Okafor\n\n"
            "DAY   KM     AVG HR   CADENCE   NOTE\n"
            "Thu   41     151      92        Intervals, no screens.\n"
            f"Fri   62     138      88        Easy spin. SPY closed at ${s.close:.2f}, {_way(pct)} "
            f"{_pct(pct)}.\n"
            f"Sat   104    129      85        Long ride, rain. Friday's open was ${s.open:.2f} and its high "
            f"${s.high:.2f}.\n\n"
            "Weekly total 207 km; weight 71.4 kg.\n")


def bill_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("NORTHGATE WATER & POWER - statement for account ****-4410\n\n"
            "Usage 310 kWh x $0.21 = $65.10. Service fee 30 x $0.45 = $13.50. VAT 5% = $3.93.\n"
            "Balance due $82.53 by the 15th. Questions: call 0161 496 0733.\n\n"
            f"From the co-op's investment desk: the small-cap fund IWM closed at ${s.close:.2f}, "
            f"{_way(pct)} {_pct(pct)} on the day. Dinner for the volunteers: pizza $84.20, drinks $26.40.\n")


def minute_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("Trustees' minute No. 2025-17 (fiscal year 2026/27)\n\n"
            "Present: 9 of 12 trustees (75.0%). The board voted to move the Dow sleeve from $2.6 million "
            f"to $2.2 million (about 15%). DIA closed at ${s.close:.2f}, {_way(pct)} {_pct(pct)}; the desk "
            "will buy 40k shares of the bond fund over the week and sell 12k shares of the cash fund.\n")


def sky_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("Field notes, Friday night\n\n"
            "Hiked up 4.8 km at 6.1% to the ridge and set up the scope. Saturn's rings clean at 60x, "
            "Jupiter's belts at 150x. Temperature 3 C.\n\n"
            f"Before I lost signal: QQQ finished at ${s.close:.2f}, {_way(pct)} {_pct(pct)}, and the "
            f"day's low was ${s.low:.2f}.\n")


WRITERS = {("log", LOG_KEY): log_note, ("bill", BILL_KEY): bill_note,
           ("minute", MINUTE_KEY): minute_note, ("sky", SKY_KEY): sky_note}


def nonmkt41_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _close_plant(name: str, key: str, b: Built, old_lead: str, new_close: str) -> Plant:
    s = b.snapshot
    return Plant(f"nonmkt41-{name}-close-{key}", _base(name, key), "value", f"{old_lead}${s.close:.2f}",
                 f"{old_lead}{new_close}", "value-mismatch", new_close,
                 note=f"{s.symbol} closed at ${s.close:.2f}; the numbers around it are other things'")


def nonmkt41_plants(built: dict[str, Built]) -> list[Plant]:
    log, bill, minute, sky = (built[k] for k in (LOG_KEY, BILL_KEY, MINUTE_KEY, SKY_KEY))
    pct = _move(minute.snapshot)
    wrong_move = _pct(abs(pct) + 1.11)
    return [
        _close_plant("log", LOG_KEY, log, "SPY closed at ", f"${log.snapshot.close + 2.35:.2f}"),
        _close_plant("bill", BILL_KEY, bill, "IWM closed at ", "$4.2"),
        _close_plant("sky", SKY_KEY, sky, "QQQ finished at ", f"${sky.snapshot.close - 3.10:.2f}"),
        Plant(f"nonmkt41-minute-move-{MINUTE_KEY}", _base("minute", MINUTE_KEY), "value",
              f"{_way(pct)} {_pct(pct)};", f"{_way(pct)} {wrong_move};", "value-mismatch", wrong_move,
              note=f"DIA moved {pct:+.2f}% on the day; the sleeve's sums and share are the board's"),
    ]
