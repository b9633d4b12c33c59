"""Desk notes whose take, final call, scenarios and headline tell one story (issue 14 / story6:
verify/story.py), each broken in one place by a plant.

- IWM on the demo session, a Markdown note with a final-call table: the take on the range top
  zone, the call's long on its top edge and short on the range bottom. Plants: the long asked for a
  close above the swing high instead (story-call-level); the short for a close *above* the range
  bottom (story-call-side); a bearish lean under the neutral call (story-lean); the range top's zone
  called the swing high (story-level-name); the bull case quoting the zone by its low edge under its
  own name (story-level-name).
- IWM again: the call's breakout long waits for the swing high past the range top the take stands
  on and says why; the setups table's short enters at the range bottom. Plants: the why left out,
  and the short entering at the swing low above the floor (story-call-level).
- SPY on the demo session, plain text with the call as a line: "a close above X would set up a
  breakout long", "Our read is bullish while closes hold above the range bottom". Plants: the
  breakout long set up by a close below the range bottom (story-call-side); the read turned bearish
  (story-lean); the range bottom called the swing zone (story-level-name).
- Headlines: QQQ's rally (demo) as a slump, and as a record close it did not make; small caps'
  fall (IWM, 2026-11-17) as a climb (headline-move). Clean: the same headlines with the session's
  own verbs, and DIA's record close of 2025-11-17 called one.

Every figure comes from the snapshot's levels, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import KeyLevel, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _level(s: Snapshot, label: str, above: bool) -> KeyLevel:
    return next(lv for lv in s.levels if lv.label == label and (lv.price > s.close) == above)


def _p(value: float | None) -> str:
    assert value is not None
    return f"${value:,.2f}"


def _zone(level: KeyLevel) -> str:
    return f"{_p(level.zone_low)}–{_p(level.zone_high)}"


# ---------------------------------------------------------------- IWM: a table call on the range

IWM_KEY = "IWM-2026-11-20"
IWM_BASE = f"user-story-range-{IWM_KEY}"


def _iwm(s: Snapshot) -> tuple[KeyLevel, KeyLevel, KeyLevel]:
    return _level(s, "range top", True), _level(s, "range bottom", False), _level(s, "swing high", True)


def range_note(b: Built) -> str:
    s = b.snapshot
    top, bottom, _ = _iwm(s)
    return (f"# Small caps wait under the top of the box\n\n"
            f"IWM closed at {_p(s.close)}.\n\n"
            f"## Bull case\n\n- A close above the range top at {_zone(top)} would open the way higher.\n\n"
            f"## Bear case\n\n- Losing the range bottom at {_p(bottom.price)} would hand control to "
            f"sellers.\n\n"
            f"## Final call\n\n| Time frame | Bias | Reasoning |\n| --- | --- | --- |\n"
            f"| Short-term | Neutral | a long needs a close above {_p(top.zone_high)} first; a short needs a "
            f"close below {_p(bottom.price)} first |\n\n"
            f"## Take\n\nThe range top at {_zone(top)} is the line that matters. We stay neutral until a "
            f"close settles it.\n")


def range_plants(built: dict[str, Built]) -> list[Plant]:
    top, bottom, swing = _iwm(built[IWM_KEY].snapshot)
    return [
        Plant(f"story-call-level-{IWM_KEY}", IWM_BASE, "story",
              f"a long needs a close above {_p(top.zone_high)}",
              f"a long needs a close above {_p(swing.price)}",
              "story-call-level", f"long needs a close above {_p(swing.price)}",
              note="the call's long on the swing high while the take stands on the range top zone"),
        Plant(f"story-call-side-{IWM_KEY}", IWM_BASE, "story",
              f"a short needs a close below {_p(bottom.price)}",
              f"a short needs a close above {_p(bottom.price)}",
              "story-call-side", "a short needs a close above",
              note="a short waiting for a close above the range bottom"),
        Plant(f"story-lean-{IWM_KEY}", IWM_BASE, "story", "We stay neutral until", "We lean bearish until",
              "story-lean", "We lean bearish", note="a bearish take under a neutral short-term call"),
        Plant(f"story-name-{IWM_KEY}", IWM_BASE, "story", f"The range top at {_zone(top)} is the line",
              f"The swing high at {_zone(top)} is the line", "story-level-name",
              f"swing high at {_zone(top)}",
              note="the range top's zone called the swing high"),
        Plant(f"story-edge-{IWM_KEY}", IWM_BASE, "story", f"above the range top at {_zone(top)} would",
              f"above the range top at {_p(top.zone_low)} would", "story-level-name",
              f"range top at {_p(top.zone_low)}",
              note="the range top's zone quoted by its low edge in the bull case, whole in the take"),
    ]


# ---------------------------------------------------------------- IWM: a setup beyond the take's level

IWM_WAIT_BASE = f"user-story-wait-{IWM_KEY}"


def wait_note(b: Built) -> str:
    """The long waits for the swing high past the range top the take stands on, and the call says
    why; the setups table's short enters at the range bottom."""
    s = b.snapshot
    top, bottom, swing = _iwm(s)
    average = next(lv for lv in s.levels if lv.source == "sma_50")
    floor = next(lv for lv in s.levels if lv.price < bottom.price)  # the put wall at $240.00
    return (f"# Small caps: the box and the level above it\n\n"
            f"IWM ended at {_p(s.close)}.\n\n"
            f"## Trade setups\n\n| Direction | Trigger | Entry | Stop | Target |\n"
            f"| --- | --- | ---: | ---: | ---: |\n"
            f"| Short | a close under the range floor | {_p(bottom.price)} | {_p(average.price)} | "
            f"{_p(floor.zone_low if floor.zone_low is not None else floor.price)} |\n\n"
            f"## Final call\n\n| Time frame | Bias | Reasoning |\n| --- | --- | --- |\n"
            f"| Short-term | Neutral | clearing {_p(top.zone_high)} leaves too little room under the "
            f"level above it, so only a close above {_p(swing.price)} would start a breakout long |\n\n"
            f"## Take\n\nEverything turns on the box: its lid at {_zone(top)}, its floor at "
            f"{_p(bottom.price)}. Neutral until one of them gives.\n")


def wait_plants(built: dict[str, Built]) -> list[Plant]:
    top, bottom, swing = _iwm(built[IWM_KEY].snapshot)
    low = _level(built[IWM_KEY].snapshot, "swing low", False)
    return [
        Plant(f"story-call-entry-{IWM_KEY}", IWM_WAIT_BASE, "story",
              f"clearing {_p(top.zone_high)} leaves too little room under the level above it, so only a "
              f"close above {_p(swing.price)} would start",
              f"only a close above {_p(swing.price)} would start",
              "story-call-level", f"close above {_p(swing.price)} would start",
              note="the call's long set up beyond the take's range top with no word on why"),
        Plant(f"story-setup-entry-{IWM_KEY}", IWM_WAIT_BASE, "story",
              f"| Short | a close under the range floor | {_p(bottom.price)} |",
              f"| Short | a close under the range floor | {_p(low.price)} |",
              "story-call-level", _p(low.price),
              note="the table's short entering at the swing low over the floor the take names"),
    ]


# ---------------------------------------------------------------- SPY: a plain-text call on a breakout

SPY_KEY = "SPY-2026-11-20"
SPY_BASE = f"user-story-breakout-{SPY_KEY}"


def breakout_note(b: Built) -> str:
    s = b.snapshot
    top, bottom = _level(s, "range top", True), _level(s, "range bottom", False)
    return (f"SPY: the range top is the trade\n\n"
            f"SPY settled at {_p(s.close)} on Friday.\n\n"
            f"Final call\n\n"
            f"Short-term: Bullish. A close above {_p(top.zone_high)} would set up a breakout long; until "
            f"then the long side waits.\n\n"
            f"Take\n\n"
            f"Our read is bullish while closes hold above {_zone(bottom)}, the range bottom.\n")


def breakout_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[SPY_KEY].snapshot
    top, bottom = _level(s, "range top", True), _level(s, "range bottom", False)
    return [
        Plant(f"story-call-side-{SPY_KEY}", SPY_BASE, "story",
              f"A close above {_p(top.zone_high)} would set up a breakout long",
              f"A close below {_p(bottom.zone_low)} would set up a breakout long", "story-call-side",
              f"A close below {_p(bottom.zone_low)} would set up a breakout long",
              note="a breakout long set up by a close below the range bottom"),
        Plant(f"story-lean-{SPY_KEY}", SPY_BASE, "story", "Our read is bullish", "Our read is bearish",
              "story-lean", "Our read is bearish", note="a bearish read under a bullish short-term call"),
        Plant(f"story-name-{SPY_KEY}", SPY_BASE, "story", f"{_zone(bottom)}, the range bottom",
              f"{_zone(bottom)}, the swing zone", "story-level-name", f"{_zone(bottom)}, the swing zone",
              note="the range bottom's zone called the swing zone"),
    ]


# ---------------------------------------------------------------- headlines

QQQ_KEY, IWM_DOWN_KEY, DIA_RECORD_KEY = "QQQ-2026-11-20", "IWM-2026-11-17", "DIA-2025-11-17"
QQQ_BASE = f"user-story-headline-{QQQ_KEY}"
IWM_DOWN_BASE = f"user-story-headline-{IWM_DOWN_KEY}"
DIA_RECORD_BASE = f"user-story-headline-{DIA_RECORD_KEY}"


def _headline_note(b: Built, headline: str) -> str:
    return f"# {headline}\n\n{b.snapshot.symbol} closed at {_p(b.snapshot.close)}.\n"


def headline_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(QQQ_BASE, QQQ_KEY, "prose", "md",
                     _headline_note(built[QQQ_KEY], "QQQ Rallies as Tech Leads the Tape")),
            UserText(IWM_DOWN_BASE, IWM_DOWN_KEY, "prose", "md",
                     _headline_note(built[IWM_DOWN_KEY], "Small Caps Slip Back Into the Range")),
            UserText(DIA_RECORD_BASE, DIA_RECORD_KEY, "prose", "md",
                     _headline_note(built[DIA_RECORD_KEY], "The Dow Closes at a Record"))]


def headline_plants(built: dict[str, Built]) -> list[Plant]:
    return [
        Plant(f"story-headline-slump-{QQQ_KEY}", QQQ_BASE, "story", "QQQ Rallies as", "QQQ Slumps as",
              "headline-move", "QQQ Slumps", note="a slump in the headline on a 1.90% gain"),
        Plant(f"story-headline-record-{QQQ_KEY}", QQQ_BASE, "story", "QQQ Rallies as",
              "QQQ Sets a Record as", "headline-move", "Sets a Record", note="a record close not made"),
        Plant(f"story-headline-climb-{IWM_DOWN_KEY}", IWM_DOWN_BASE, "story", "Small Caps Slip Back",
              "Small Caps Climb Back", "headline-move", "Small Caps Climb", note="a climb on a 0.80% fall"),
    ]


# ---------------------------------------------------------------- all of them


def story_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(IWM_BASE, IWM_KEY, "prose", "md", range_note(built[IWM_KEY])),
            UserText(IWM_WAIT_BASE, IWM_KEY, "prose", "md", wait_note(built[IWM_KEY])),
            UserText(SPY_BASE, SPY_KEY, "prose", "txt", breakout_note(built[SPY_KEY])),
            *headline_texts(built)]


def story_plants(built: dict[str, Built]) -> list[Plant]:
    return [*range_plants(built), *wait_plants(built), *breakout_plants(built), *headline_plants(built)]
