"""How many times a key level was tested (pipeline/verify/touches.py; issue 14, holdout 12 misses), in
other words than the holdout's, on other sessions.

Each count is read off the snapshot's own level (its touches), so each note is correct by construction:
"capped the rally three times", "a floor with two recorded touches", "for the second time". Plants
change the count to one the level does not have (`value-mismatch` on the count's words).
"""

from __future__ import annotations

from pipeline.contracts import KeyLevel
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CAP_KEY = "DIA-2026-11-20"  # a zone above the close and a range bottom below, each touched
TOP_KEY = "SPY-2026-11-17"  # the range top, touched several times
CAP_BASE, TOP_BASE = f"user-touches-cap-{CAP_KEY}", f"user-touches-top-{TOP_KEY}"


def _level(b: Built, label: str, *, above: bool) -> tuple[int, KeyLevel]:
    """The first level with that label on that side of the close, touched at least twice."""
    for number, level in enumerate(b.snapshot.levels, start=1):
        if level.label == label and (level.price > b.snapshot.close) == above and level.touches >= 2:
            return number, level
    raise AssertionError(f"{b.key}: no {label} touched twice {'above' if above else 'below'} the close")


def _band(b: Built) -> tuple[int, KeyLevel]:
    """The nearest zone above the close touched at least twice, whatever its label: the band a desk
    note says capped the rally (the levels rules decide which rows hold one: before edzones2 the
    demo DIA's was a swing zone, after it the range top's zone)."""
    close = b.snapshot.close
    zones = [(number, level) for number, level in enumerate(b.snapshot.levels, start=1)
             if level.zone_low is not None and level.price > close and level.touches >= 2]
    assert zones, f"{b.key}: no zone touched twice above the close"
    return min(zones, key=lambda nz: nz[1].price - close)


def _word(n: int) -> str:
    return count_forms(n)[1]


def _ordinal(n: int) -> str:
    return count_forms(n)[2]


def cap_note(b: Built) -> str:
    cap_n, cap = _band(b)
    floor_n, floor = _level(b, "range bottom", above=False)
    return ("# The Dow fund into the weekend\n\n"
            f"DIA settled at {b.sheet.fmt('close')}. Overhead, the band around "
            f"{b.sheet.fmt(f'level_{cap_n}')} has capped the rally {_word(cap.touches)} times this autumn, "
            f"and sellers were waiting there again on Friday. Below, {b.sheet.fmt(f'level_{floor_n}')} is "
            f"the floor, with {_word(floor.touches)} recorded touches since the range formed.\n")


def top_note(b: Built) -> str:
    top_n, top = _level(b, "range top", above=True)
    return ("# Tuesday's tape\n\n"
            f"SPY ended at {b.sheet.fmt('close')}. The ceiling everyone watches is "
            f"{b.sheet.fmt(f'level_{top_n}')}: buyers ran into it for the {_ordinal(top.touches)} time in "
            "two months before the pullback.\n")


def touches_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(CAP_BASE, CAP_KEY, "prose", "md", cap_note(built[CAP_KEY])),
            UserText(TOP_BASE, TOP_KEY, "prose", "md", top_note(built[TOP_KEY]))]


def touches_plants(built: dict[str, Built]) -> list[Plant]:
    cap_b, top_b = built[CAP_KEY], built[TOP_KEY]
    _, cap = _band(cap_b)
    _, floor = _level(cap_b, "range bottom", above=False)
    _, top = _level(top_b, "range top", above=True)
    cap_wrong, floor_wrong, top_wrong = cap.touches + 3, floor.touches + 4, top.touches + 3
    return [
        Plant(f"touches-cap-{CAP_KEY}", CAP_BASE, "level", f"capped the rally {_word(cap.touches)} times",
              f"capped the rally {_word(cap_wrong)} times", "value-mismatch", _word(cap_wrong),
              note=f"the {cap.label} at {cap.price:,.2f} has {cap.touches} touches, not {cap_wrong}"),
        Plant(f"touches-floor-{CAP_KEY}", CAP_BASE, "level", f"with {_word(floor.touches)} recorded",
              f"with {_word(floor_wrong)} recorded", "value-mismatch", _word(floor_wrong),
              note=f"the range bottom at {floor.price:,.2f} has {floor.touches} touches, not {floor_wrong}"),
        Plant(f"touches-top-{TOP_KEY}", TOP_BASE, "level", f"for the {_ordinal(top.touches)} time",
              f"for the {_ordinal(top_wrong)} time", "value-mismatch", _ordinal(top_wrong),
              note=f"the range top at {top.price:,.2f} has {top.touches} touches: a test of it is not the "
                   f"{_ordinal(top_wrong)}"),
    ]
