"""Figures that are not market data and a label that is no figure (issue 14, vfa8 stop 48), in other
words than holdout 24's.

A tally whose columns add up to its total row ("| Night | Seats sold | Capacity | Gross |" over its
"| Total |" row): the
tally's own counts and sums. A bill worked out in lines ("2 x brake pads @ $38.50 = $77.00" ... "Subtotal",
then the labour, the tax and the total): the bill's sums, its unit prices and its tax rate. A standings
table whose entrant is no instrument ("| Pos | Player | Return |"): the player's own record. The RSI's
midline named right after the RSI ("RSI 44.0, under 50"). A thing of the writer's due on a later day
("Entry forms due Monday 30 November").

A share column beside a count of firms ("| | Firms | Share |") and the share of companies that have
reported ("94% of the S&P 500 has reported") are an earnings season's tally. A label of two nouns joined
by "and" ("Tea and cake: $46.50"), a thing's price alone in brackets after its noun ("a new kettle
($39)"), money taken in ("($120 collected)"), a trader's claimed fill ("a buy at $612.40") and a share of
a book held in one fund ("hold at least 30% in SPY") are the writer's own, and a poll's "Yes 7 / No 4"
on a time ahead answers nothing.

True figures read against the right fact: a dated entry under its numbered label ("**Bar 2, Tuesday Nov
17.** A soft day, closing at $466.92") is that day's close; a run's total "over them" (after the run's
closes, by weekday) is the run's, not the first weekday's move; an average's bare distance told with the
average as the subject ("The 200-day, $454.80, is 3.69% below") is the average's side of the close; an
average "off 0.31% over twenty sessions" is its slope.

A market figure in the same texts is still read: each text carries the fund's close and day, and a
plant on them (or on the RSI's reading) is still caught.

Every market figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot

from .day_words import day_move as _day
from .day_words import moved_words as _moved
from .plants import Plant
from .universe import Built
from .user_texts import UserText

TALLY_KEY = "IWM-2026-11-20"
BILL_KEY = "DIA-2026-11-20"
LEAGUE_KEY = "SPY-2026-11-20"
GAUGE_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-vfa8-{name}-{key}"



def tally_note(b: Built) -> str:
    s = b.snapshot
    return ("# Harbour Choir - winter concerts, ticket tally\n\n"
            "| Night | Seats sold | Comp | Capacity | Gross |\n"
            "| --- | ---: | ---: | ---: | ---: |\n"
            "| Thu 7 PM | 142 | 8 | 200 | $2,130.00 |\n"
            "| Fri 7 PM | 187 | 5 | 200 | $2,805.00 |\n"
            "| Sat 3 PM | 163 | 11 | 200 | $2,445.50 |\n"
            "| **Total** | **492** | **24** | **600** | **$7,380.50** |\n\n"
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


WALK_KEY = "DIA-2026-11-20"
SEASON_KEY = "SPY-2026-06-03"
CLUB_KEY = "SPY-2026-11-20"


def _dated(s: Snapshot, back: int) -> tuple[str, str]:
    """The weekday label and the close of the session `back` sessions before the last."""
    day = s.recent_sessions[-1 - back]
    return f"{day:%A} {day:%b} {day.day}", f"${s.recent_closes[-1 - back]:.2f}"


def _fact(b: Built, name: str) -> str:
    fact = b.sheet.facts[name]
    return fact.printed("abs")


def walk_note(b: Built) -> str:
    s = b.snapshot
    first, second = _dated(s, 4), _dated(s, 3)
    days = zip(s.recent_sessions[-5:], s.recent_closes[-5:], strict=True)
    week = ", ".join(f"{d:%A} ${c:.2f}" for d, c in days)
    sessions = int(b.sheet.facts["close_streak_sessions"].value)  # type: ignore[arg-type]
    words = {2: "two", 3: "three", 4: "four", 5: "five"}[sessions]
    way = "higher" if s.close > s.recent_closes[-2] else "lower"
    side = "below" if b.sheet.facts["pct_vs_sma_200"].value > 0 else "above"  # type: ignore[operator]
    return ("DIA, the week bar by bar\n\n"
            f"**Bar 1, {first[0]}.** A quiet session, closing at {first[1]}.\n\n"
            f"**Bar 2, {second[0]}.** A soft day, closing at {second[1]}.\n\n"
            f"{week}: {words} {way} closes in a row to end the week, "
            f"{'up' if way == 'higher' else 'down'} {_fact(b, 'close_streak_change_pct')} over them.\n\n"
            f"The 200-day, {_fact(b, 'sma_200')}, is {_fact(b, 'pct_vs_sma_200')} {side}. "
            f"DIA closed at ${s.close:.2f}, {_moved(s)}.\n")


def season_note(b: Built) -> str:
    s = b.snapshot
    slope = s.trend.sma_50_slope_pct
    assert slope is not None
    return ("# Earnings season, week 6\n\n"
            "*94% of the S&P 500 has reported.*\n\n"
            "| | Firms | Share |\n"
            "| --- | ---: | ---: |\n"
            "| Beat | 360 | 76% |\n"
            "| Missed | 88 | 19% |\n"
            "| In line | 25 | 5% |\n\n"
            f"SPY closed at ${s.close:.2f}, {_moved(s)}. The 50-day has turned "
            f"{'down' if slope < 0 else 'up'}, {'off' if slope < 0 else 'up'} {abs(slope):.2f}% over twenty "
            "sessions.\n")


def club_note(b: Built) -> str:
    s = b.snapshot
    return ("Riverside investment club, November minutes\n\n"
            "Tea and cake: $46.50, paid from subs. We also bought a new kettle ($39). "
            "The raffle had $120 collected by noon.\n"
            "Members agreed the club must hold at least 30% in SPY. "
            "Ann reported a buy at $612.40 last month.\n"
            "Show of hands: SPY at a new high next month? Yes 7 / No 4.\n\n"
            f"For the record, SPY closed at ${s.close:.2f}, {_moved(s)}.\n")


WRITERS = {("tally", TALLY_KEY): tally_note, ("walk", WALK_KEY): walk_note,
           ("season", SEASON_KEY): season_note, ("club", CLUB_KEY): club_note, ("bill", BILL_KEY): bill_note,
           ("league", LEAGUE_KEY): league_note, ("gauge", GAUGE_KEY): gauge_note}


def vfa8_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt" if name in ("bill", "gauge", "club") else "md",
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


def _walk_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[WALK_KEY]
    day, close = _dated(b.snapshot, 3)
    wrong = f"${b.snapshot.recent_closes[-4] + 2.70:.2f}"
    run = _fact(b, "close_streak_change_pct")
    wrong_run = f"{float(run.rstrip('%')) + 0.30:.2f}%"
    distance = _fact(b, "pct_vs_sma_200")
    base = _base("walk", WALK_KEY)
    return [Plant(f"vfa8-walk-past-{WALK_KEY}", base, "value", f"closing at {close}.", f"closing at {wrong}.",
                  "value-mismatch", wrong, note=f"{day} closed at {close}"),
            Plant(f"vfa8-walk-run-{WALK_KEY}", base, "value", f"{run} over them", f"{wrong_run} over them",
                  "value-mismatch", wrong_run, note=f"the run of closes made {run}"),
            Plant(f"vfa8-walk-side-{WALK_KEY}", base, "direction", f"is {distance} below.",
                  f"is {distance} above.", "direction-mismatch", f"{distance} above",
                  note=f"the 200-day is {distance} below the close")]


def _slope_plant(built: dict[str, Built]) -> Plant:
    slope = built[SEASON_KEY].snapshot.trend.sma_50_slope_pct
    assert slope is not None
    wrong = f"{abs(slope) + 0.90:.2f}%"
    return Plant(f"vfa8-season-slope-{SEASON_KEY}", _base("season", SEASON_KEY), "value",
                 f"{abs(slope):.2f}% over twenty", f"{wrong} over twenty", "value-mismatch", wrong,
                 note=f"the 50-day moved {slope:+.2f}% over twenty sessions")


def vfa8_plants(built: dict[str, Built]) -> list[Plant]:
    pairs = [(_close_plant(built, name, key), _move_plant(built, name, key)) for name, key in WRITERS]
    return [*(p for pair in pairs for p in pair), _rsi_plant(built), *_walk_plants(built),
            _slope_plant(built)]
