"""Size words and averages' slope words told beside their own figure (issue 14, stop 41's vmiss), in
other words than the holdouts.

- Size words held to the day's move in ATRs and %: an allotment society's minutes say the small-cap
  fund fell, and a plant calls that a plunge in the steepest words ("plummeted", held to a strong
  day's bound, 1 ATR and 1%) or a "punishing day"; a choir's rehearsal notes give DIA's record day, and a
  plant says it "barely moved" or ended "a hair higher" (held to the still bound: a day larger than
  two in three is no standstill); a chess club's bulletin gives QQQ's 1.4-ATR day, and a plant says it
  "edged up" (a small word, wrong from 1 ATR); a quiet IWM day opened by "So it" is called a surge.
- An average's slope word with the slope's own figure beside it ("the 200-day is down 0.12%", "has
  slipped 0.12%", "is up 0.46%"): a figure that is the slope's size ties the word to the slope's sign,
  so a plant that turns the word ("has climbed 0.12%" on a 0.12% fall, "is sliding, up 0.46%") is a
  `pattern-mismatch`, though with no figure a slope that small may loosely go either way.

Clean lines the checks must leave alone: a size word about an average ("the 200-day has hardly
budged"), a slope word whose figure is not the slope, the true slope words with their figures.
Every figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

FALL_KEY = "IWM-2026-11-17"
ALLOTMENT = f"user-miss41-allotment-{FALL_KEY}"
RECORD_KEY = "DIA-2025-11-17"
CHOIR = f"user-miss41-choir-{RECORD_KEY}"
BIG_KEY = "QQQ-2025-11-17"
CHESS = f"user-miss41-chess-{BIG_KEY}"
QUIET_KEY = "IWM-2026-11-20"
KITE = f"user-miss41-kite-{QUIET_KEY}"


def _pct(value: float | None) -> str:
    assert value is not None
    return f"{abs(value):.2f}%"


def _slopes(s: Snapshot) -> tuple[float, float]:
    fifty, two_hundred = s.trend.sma_50_slope_pct, s.trend.sma_200_slope_pct
    assert fifty is not None and two_hundred is not None
    return fifty, two_hundred


def allotment(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(s)
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct < 0 < fifty
    assert two_hundred < 0, "the minutes have the 200-day slipping"
    return (f"Hillside Allotment Society, minutes of the autumn meeting\n\n"
            f"Item 4, the reserve fund. IWM fell {_pct(s.returns.change_1d_pct)} to ${s.close:.2f} on the "
            f"day. A middling day, all told. The 50-day is up {_pct(fifty)} over 20 sessions; the "
            f"200-day average has slipped {_pct(two_hundred)}.\n\n"
            f"Item 5, compost bays: two new bays, built by volunteers.\n")


def choir(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(s)
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 0 < two_hundred < fifty
    return (f"St Anselm's Choir, rehearsal notes\n\n"
            f"Before the Magnificat: our savings fund, DIA, finished up {_pct(s.returns.change_1d_pct)} at "
            f"${s.close:.2f}, a record close. The 50-day average rose {_pct(fifty)} over 20 sessions, "
            f"while the 200-day has hardly budged; the 200-day is up {_pct(two_hundred)} over 20 "
            f"sessions.\n\nAltos to stay after for the descant.\n")


def chess(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 1.0
    return (f"Knight's Gambit Chess Club bulletin\n\n"
            f"Club fund corner: QQQ rose {_pct(s.returns.change_1d_pct)} to ${s.close:.2f}, a record "
            f"close.\n\nThe simultaneous exhibition starts at 19:30.\n")


def kite(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and 0 < s.returns.change_1d_pct < 0.5
    return (f"Coastal Kite Fliers, field report\n\n"
            f"Wind light all afternoon. Our fund, IWM, closed at ${s.close:.2f}. So it added "
            f"{_pct(s.returns.change_1d_pct)}, no more.\n")


def miss41_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ALLOTMENT, FALL_KEY, "prose", "txt", allotment(built[FALL_KEY])),
            UserText(CHOIR, RECORD_KEY, "prose", "txt", choir(built[RECORD_KEY])),
            UserText(CHESS, BIG_KEY, "prose", "txt", chess(built[BIG_KEY])),
            UserText(KITE, QUIET_KEY, "prose", "txt", kite(built[QUIET_KEY]))]


def miss41_plants(built: dict[str, Built]) -> list[Plant]:
    fall, record = built[FALL_KEY].snapshot, built[RECORD_KEY].snapshot
    down, up = _pct(fall.returns.change_1d_pct), _pct(record.returns.change_1d_pct)
    slipped, risen = _pct(_slopes(fall)[1]), _pct(_slopes(record)[1])
    quiet = _pct(built[QUIET_KEY].snapshot.returns.change_1d_pct)
    return [
        Plant(f"miss41-allotment-steepest-{FALL_KEY}", ALLOTMENT, "magnitude", f"IWM fell {down}",
              f"IWM plummeted {down}", "magnitude-mismatch", "plummeted",
              note="'plummeted' on a move under 1 ATR and 1%: the steepest words are held to a strong day"),
        Plant(f"miss41-allotment-punishing-{FALL_KEY}", ALLOTMENT, "magnitude", "A middling day",
              "A punishing day", "magnitude-mismatch", "punishing",
              note="'a punishing day' on an ordinary fall: an extreme adjective, wrong under 1.5 ATR"),
        Plant(f"miss41-allotment-turned-{FALL_KEY}", ALLOTMENT, "trend", f"has slipped {slipped}",
              f"has climbed {slipped}", "pattern-mismatch", "climbed",
              note="the 200-day fell by just the figure told; 'climbed' with the slope's own size is wrong"),
        Plant(f"miss41-allotment-bare-{FALL_KEY}", ALLOTMENT, "trend", "The 50-day is up",
              "The 50-day is down", "pattern-mismatch", "down",
              note="'the 50-day is down N%' where N is its 20-session rise: the word against the slope"),
        Plant(f"miss41-choir-still-{RECORD_KEY}", CHOIR, "magnitude", f"finished up {up}",
              f"barely moved, finishing up {up}", "magnitude-mismatch", "barely moved",
              note="'barely moved' on a record day of 1 ATR: a day larger than two in three is no lull"),
        Plant(f"miss41-choir-hair-{RECORD_KEY}", CHOIR, "magnitude", f"finished up {up}",
              f"finished a hair higher, up {up}", "magnitude-mismatch", "a hair higher",
              note="'a hair higher' on the same record day"),
        Plant(f"miss41-choir-comma-{RECORD_KEY}", CHOIR, "trend", f"the 200-day is up {risen}",
              f"the 200-day is sliding, up {risen}", "pattern-mismatch", "sliding",
              note="'sliding, up N%' where N% is the 200-day's rise: the figure is right, the word is not"),
        Plant(f"miss41-chess-edged-{BIG_KEY}", CHESS, "magnitude", "QQQ rose", "QQQ edged up",
              "magnitude-mismatch", "edged up",
              note="'edged up' on a 1.4-ATR day: a small word is wrong from 1 ATR and 1%"),
        Plant(f"miss41-kite-opener-{QUIET_KEY}", KITE, "magnitude", f"So it added {quiet}",
              f"So it surged {quiet}", "magnitude-mismatch", "surged",
              note="'So it surged' on a quarter of an ATR: 'it' after a linking word is the fund"),
    ]
