"""A price with its past day right after it (issue 14, holdout 12 history; the clean texts of holdouts
2, 3 and 8), in other words than the holdouts': the measure is the one the words before it name ("the
intraday peak, $X on Nov 10" is that day's high, "the trough, $Y on Nov 10" its low, "the path into the
close: $A on Wednesday, $B on Thursday" closes), and a day joined to the figure by "on" right after it
is the figure's own even with another day as near before it.

The clean note must give no error finding; the plants put that day's close under the peak, a fresh
price under the trough and the day before's close under the later day (`value-mismatch` each). Every
figure is the snapshot's dated bars' own, so the note is correct by construction.
"""

from __future__ import annotations

from .past_days import _dated, _fresh_price, _name, _price
from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEYS = ("IWM-2026-11-20", "DIA-2026-06-03")
BACK = 6  # the bar the peak and the trough are quoted from, dated by its month and day


def dated_note(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    closes, highs, lows = s.recent_closes, s.recent_highs, s.recent_lows
    one, two = _name(s, 1), _name(s, 2)
    day = _dated(s.recent_sessions[-1 - BACK])
    return (f"# {sym} into the close\n\n"
            f"{sym} closed at {_price(s, s.close)}. "
            f"The path into the close: {_price(s, closes[-3])} on {two}, "
            f"{_price(s, closes[-2])} on {one}, {_price(s, s.close)} today.\n\n"
            f"On the chart the intraday peak, {_price(s, highs[-1 - BACK])} on {day}, is the mark the bulls "
            f"watch, and the trough, {_price(s, lows[-1 - BACK])} on {day}, the one the bears do.\n")


def dated15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-dated15-{key}", key, "prose", "md", dated_note(built[key])) for key in KEYS]


def dated15_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        s = b.snapshot
        base = f"user-dated15-{key}"
        closes, highs, lows = s.recent_closes, s.recent_highs, s.recent_lows
        one, two = _name(s, 1), _name(s, 2)
        day = _dated(s.recent_sessions[-1 - BACK])
        peak, close_then = _price(s, highs[-1 - BACK]), _price(s, closes[-1 - BACK])
        assert peak != close_then, f"{key}: the peak of {day} is its close"
        out.append(Plant(f"dated15-peak-close-{key}", base, "history", f"intraday peak, {peak} on {day}",
                         f"intraday peak, {close_then} on {day}", "value-mismatch", close_then,
                         note=f"{close_then} is the close of {day}; its intraday high was {peak}"))
        fresh = _fresh_price(b, lows[-1 - BACK] * 0.97)
        trough = _price(s, lows[-1 - BACK])
        out.append(Plant(f"dated15-trough-{key}", base, "history", f"trough, {trough} on {day}",
                         f"trough, {fresh} on {day}", "value-mismatch", fresh,
                         note=f"the low of {day} was {trough}"))
        before, later = _price(s, closes[-3]), _price(s, closes[-2])
        assert before != later, f"{key}: {two} and {one} closed alike"
        out.append(Plant(f"dated15-own-day-{key}", base, "history", f"{later} on {one}", f"{before} on {one}",
                         "value-mismatch", before,
                         note=f"{before} is {two}'s close, printed again under {one} (closed at {later})"))
    return out
