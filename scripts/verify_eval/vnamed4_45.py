"""Named figures misprinted, which the verifier answered `number-untraced` (issue 14, vnamed4 stop 45), in
other words than holdout 21's.

A figure that matches no fact but prints a held fact's digits in another order or with one digit
changed, beside words naming that fact's measure ("the RSI reads 55.0" printed "50.5", "a 20-day average
of 64.9M" printed "69.4M", "support at $678.45, then ..." with a level's cents swapped, a day's move
"or $5.59" printed "$5.95", a pending setup's target), is that fact's `value-mismatch` with the fact as
the expected value, not `number-untraced`.

Two notes in voices the holdouts do not use (a beekeepers' newsletter on SPY, a bell-ringers' tower
accounts on QQQ's fall); every figure comes from the snapshots, so each clean note is correct by
construction. Each plant swaps two digits of one figure, or changes one, and is vetted to show no other
fact.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

HIVE_KEY = "SPY-2026-11-20"  # an up day above both averages, heavy volume, levels below the close
TOWER_KEY = "QQQ-2026-11-17"  # a down day with a pending long setup


def _base(name: str, key: str) -> str:
    return f"user-vnamed4-{name}-{key}"


def _unsigned(printed: str) -> str:
    return printed.lstrip("+-\u2212$")


def hive_note(b: Built) -> str:
    f, ath = b.sheet.fmt, b.snapshot.extremes.all_time_high_date
    return ("Meadowbank Beekeepers' Association, winter newsletter\n\n"
            "Hive count: all colonies wrapped for the cold. Treasurer's corner: the association's savings "
            f"sit in SPY, which had a good Friday; it gained {_unsigned(f('change_1d_pct'))} and settled at "
            f"{f('close')}. Momentum is middling, the RSI gauge sitting at {f('rsi_14')} now. The fund is "
            f"above its 50-day average, which is {f('sma_50')}, and well above the 200-day line, which is "
            f"{f('sma_200')}. Trading was busy: {f('volume')} shares changed hands, when the usual over "
            f"twenty days is {f('avg_volume_20')}. If it dips, the floors are the round $680, then "
            f"{f('range_lower')}. The best close on record is still {f('all_time_high')}, from "
            f"{ath:%B} {ath.day}.\n\nThe spring meeting is in the village hall.\n")


def tower_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("St Mary's bell-ringers, tower accounts\n\n"
            f"The tower fund holds QQQ. It fell {_unsigned(f('change_1d_pct'))} on Tuesday, or "
            f"${_unsigned(f('change_1d'))}, to {f('close')}. The day ran from a low of {f('low')} to a high "
            f"of {f('high')}. A pending long entry at {f('pending_long_entry')} has its stop at "
            f"{f('pending_long_stop')} and its target at {f('pending_long_target')}.\n\n"
            "Practice night stays Thursday.\n")


WRITERS = {("hive", HIVE_KEY): hive_note, ("tower", TOWER_KEY): tower_note}


def vnamed4_45_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _swapped(printed: str, at: int) -> str:
    """`printed` with the digit at `at` (counted from the right, among digits) and the one left of it
    swapped; they must differ."""
    places = [i for i, c in enumerate(printed) if c.isdigit()]
    right, left = places[-1 - at], places[-2 - at]
    assert printed[right] != printed[left], f"{printed}: no swap at {at}"
    chars = list(printed)
    chars[right], chars[left] = chars[left], chars[right]
    return "".join(chars)


def _plant(name: str, key: str, fact: str, old: str, printed: str, at: int, lead: str) -> Plant:
    wrong = _swapped(printed, at)
    return Plant(f"vnamed4-{name}-{fact.replace('_', '')}-{key}", _base(name, key), "value",
                 f"{lead}{old}", f"{lead}{old.replace(printed, wrong)}", "value-mismatch", wrong,
                 note=f"the {fact.replace('_', ' ')} is {printed}, printed with two digits swapped")


def vnamed4_45_plants(built: dict[str, Built]) -> list[Plant]:
    hive, tower = built[HIVE_KEY].sheet.fmt, built[TOWER_KEY].sheet.fmt
    rows = ((HIVE_KEY, "hive", hive, "change_1d_pct", "gained ", 0),
            (HIVE_KEY, "hive", hive, "rsi_14", "sitting at ", 0),
            (HIVE_KEY, "hive", hive, "sma_50", "which is ", 1),
            (HIVE_KEY, "hive", hive, "sma_200", "which is ", 2),
            (HIVE_KEY, "hive", hive, "avg_volume_20", "days is ", 0),
            (HIVE_KEY, "hive", hive, "range_lower", "then ", 0),
            (HIVE_KEY, "hive", hive, "all_time_high", "still ", 1),
            (TOWER_KEY, "tower", tower, "change_1d", "or $", 0),
            (TOWER_KEY, "tower", tower, "close", "to ", 1),
            (TOWER_KEY, "tower", tower, "high", "high of ", 0),
            (TOWER_KEY, "tower", tower, "pending_long_target", "target at ", 0))
    return [_plant(name, key, fact, _unsigned(fmt(fact)) if fact.startswith("change") else fmt(fact),
                   _unsigned(fmt(fact)), at, lead)
            for key, name, fmt, fact, lead, at in rows]
