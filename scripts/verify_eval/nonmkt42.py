"""Numbers of other things beside the market's own, and market figures of another frame (issue 14,
vnonmkt2 stop 42), in other voices than holdout 18's.

A paragraph that names no instrument and no word only the market uses (a club's trail report, a quiz
night, a race's points) holds other things' numbers; so do a count's share in brackets ("ACCEPT 1,412
(61.8%)"), a scenario's odds ("Bull (25%)"), a share of someone's savings ("my IRA is 60% in a bond
fund"), a price of counted things ("120 gallons at $3.89", "$62 for 4 tickets"), a temperature ("-4 C",
"54 F") and a usage's own move ("usage rose to 83% from 77%"). A page's dateline a day after the
session, a holiday ahead and "Markets closed Thursday" are the calendar's. A run's total written
after its frame ("Over 3 higher closes in a row, DIA has gained 1.00%") is the run's return, and a
five-session move after a day-first date ending the sentence before ("... on Monday 16 Nov. Over five
sessions ...") is the window's, not that day's.

The planted texts put a wrong market figure beside such numbers (a close, a day's move, a run's total,
a five-session move): each is the instrument's `value-mismatch`. Every market figure comes from the
snapshots; the other things' numbers are typed here and match no fact of the subjects.
"""

from __future__ import annotations

from .nonmkt41 import _move, _pct, _way  # the day move in words, as nonmkt41 tells it
from .plants import Plant
from .universe import Built
from .user_texts import UserText

CLUB_KEY = "SPY-2026-11-20"
VOTE_KEY = "IWM-2026-11-20"
LETTER_KEY = "DIA-2026-11-20"
SAIL_KEY = "QQQ-2026-11-20"


def _base(name: str, key: str) -> str:
    return f"user-nonmkt42-{name}-{key}"


def club_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("# Hollow Pines Ski Club Bulletin -- Saturday 21 November 2026\n\n"
            "Trails groomed: 22 of 30 | Base temp: -4 C | Lift pass: $74 (juniors: $39)\n\n"
            "Bus leaves 06:15 from the rink; seats left: 11 of 45.\n\n"
            "Quiz night drew 38 players. The winning table scored 71.5, and the raffle raised $1,860.\n\n"
            "## Treasurer's market line\n\n"
            f"SPY closed Friday at ${s.close:.2f}, {_way(pct)} {_pct(pct)}. Markets closed Thursday, "
            "early close Friday, so the club's account will not trade until Monday.\n")


def vote_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("LOCAL 212 CONTRACT VOTE -- FINAL COUNT\n\n"
            "ACCEPT 1,412 (61.8%) | REJECT 873 (38.2%)\n\n"
            "Turnout 44.2% of 5,170 eligible members; 31 of 33 shops reported.\n\n"
            f"Pension corner: the small-cap fund IWM closed at ${s.close:.2f}, {_way(pct)} {_pct(pct)}. "
            "Our adviser's odds for next week: Bull (25%), Base (55%), Bear (20%).\n")


def letter_note(b: Built) -> str:
    s = b.snapshot
    week = s.returns.change_5d_pct
    streak = s.tape.streak_change_pct
    assert week is not None and s.tape.streak_sessions == 3 and s.tape.streak_direction == "up"
    return ("Dear desk,\n\n"
            "I'm 58 and my IRA is 60% in a bond fund. Heating oil: 120 gallons at $3.89. We paid $62 for "
            "4 concert tickets, and our budget usage rose to 83% from 77%. Should I worry?\n\n"
            f"Reply: DIA closed at ${s.close:.2f}. Over 3 higher closes in a row, DIA has gained "
            f"{_pct(streak)}. The week began on Monday 16 Nov. Over five sessions DIA is "
            f"{_way(week)} {_pct(week)}.\n")


def sail_note(b: Built) -> str:
    s = b.snapshot
    pct = _move(s)
    return ("Harbour Sailing Club -- race notes\n\n"
            "Water 54 F, wind 12 knots. Committee boat fuel: 30 gallons at $4.05.\n\n"
            "Race 3: Blue Heron first, Kestrel second. "
            "Season tally: Blue Heron 88, Kestrel 81, Osprey 64.\n\n"
            f"Commodore's note: QQQ finished at ${s.close:.2f}, {_way(pct)} {_pct(pct)}, and the day's low "
            f"was ${s.low:.2f}.\n")


WRITERS = {("club", CLUB_KEY): club_note, ("vote", VOTE_KEY): vote_note,
           ("letter", LETTER_KEY): letter_note, ("sail", SAIL_KEY): sail_note}


def nonmkt42_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _close_plant(name: str, key: str, b: Built, lead: str, by: float) -> Plant:
    s = b.snapshot
    wrong = f"${s.close + by:.2f}"
    return Plant(f"nonmkt42-{name}-close-{key}", _base(name, key), "value", f"{lead}${s.close:.2f}",
                 f"{lead}{wrong}", "value-mismatch", wrong,
                 note=f"{s.symbol} closed at ${s.close:.2f}; the numbers around it are other things'")


def _pct_plant(name: str, key: str, what: str, old: str, by: float, note: str) -> Plant:
    value = float(old.rstrip("%"))
    wrong = _pct(value + by)
    return Plant(f"nonmkt42-{name}-{what}-{key}", _base(name, key), "value", f"{old}.", f"{wrong}.",
                 "value-mismatch", wrong, note=note)


def nonmkt42_plants(built: dict[str, Built]) -> list[Plant]:
    club, vote, letter, sail = (built[k] for k in (CLUB_KEY, VOTE_KEY, LETTER_KEY, SAIL_KEY))
    move = _move(vote.snapshot)
    wrong_move = _pct(abs(move) + 1.0)
    tape = letter.snapshot.tape
    week = letter.snapshot.returns.change_5d_pct
    assert week is not None
    return [
        _close_plant("club", CLUB_KEY, club, "SPY closed Friday at ", 3.40),
        _close_plant("vote", VOTE_KEY, vote, "IWM closed at ", -2.00),
        _close_plant("sail", SAIL_KEY, sail, "QQQ finished at ", 3.50),
        Plant(f"nonmkt42-vote-move-{VOTE_KEY}", _base("vote", VOTE_KEY), "value",
              f"{_way(move)} {_pct(move)}.", f"{_way(move)} {wrong_move}.", "value-mismatch", wrong_move,
              note=f"IWM moved {move:+.2f}% on the day; the counts and shares around it are the vote's"),
        _pct_plant("letter", LETTER_KEY, "run", _pct(tape.streak_change_pct), 0.60,
                   f"DIA's three higher closes gained {tape.streak_change_pct:.2f}% together: the run's "
                   "total"),
        _pct_plant("letter", LETTER_KEY, "week", _pct(week), 0.60,
                   f"DIA's five-session move is {week:+.2f}%, not the Monday of the sentence before"),
    ]
