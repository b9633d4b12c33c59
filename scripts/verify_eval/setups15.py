"""Desk notes for the verifier's setups told in other words (issue 14, holdout 11 kind "setup"), each
written in other words than the holdouts', on the snapshots that carry a long setup.

- The reward/risk in words and in other forms: hyphenated in its own sentence ("a two-to-one
  trade"), a whole number and a half ("two and a half to one") after "the reward-to-risk comes to",
  decimals before "to one" ("roughly 2.4 to one"), the risk and the reward in that order ("risking
  one to make two"), and a worksheet's question answered by a bare figure ("What reward-to-risk does
  that give? Roughly 3.3."). Plants: a ratio the entry, stop and target do not give
  (`setup-reward-risk`).
- Stops, entries and targets in other words: "stop-loss parked at", "protection at", "bail below";
  "on a reclaim of", "scale in near", the price before its verb ("if 630.56 gives way, long");
  "first objective", "take profits into". Plants: a stop above a long's entry (`setup-geometry`).

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import TradeSetup

from .plants import Plant
from .universe import Built
from .user_texts import UserText

RECLAIM_KEY = "SPY-2026-06-03"  # 2.0
SCALE_KEY = "QQQ-2026-11-20"  # 2.4
CLOSE_KEY = "DIA-2025-11-17"  # 2.4
BREAK_KEY = "QQQ-2025-11-17"  # 2.4
DIP_KEY = "SPY-2026-11-17"  # 3.3


def _long(b: Built) -> TradeSetup:
    return next(x for x in b.snapshot.setups if x.direction == "long")


def _money(value: float) -> str:
    return f"${value:,.2f}"


def _base(key: str) -> str:
    return f"user-setups15-{key}"


def reclaim_note(b: Built) -> str:
    """An entry on a reclaim, a parked stop-loss, a first objective; the ratio hyphenated alone."""
    x = _long(b)
    assert round(x.reward_risk) == 2
    return ("# The S&P fund: what would get me in\n\n"
            f"I would buy on a reclaim of {_money(x.entry)}, with a stop-loss parked at {_money(x.stop)} "
            f"and a first objective of {_money(x.target)}. That makes it a two-to-one trade.\n")


def scale_note(b: Built) -> str:
    """Scaling in, bailing out, taking profits into; the ratio as a whole number and a half."""
    x = _long(b)
    assert abs(x.reward_risk - 2.5) <= 0.15
    return ("# Nasdaq 100 fund: a plan, not advice\n\n"
            f"Scale in near {_money(x.entry)}, bail below {_money(x.stop)} and take profits into "
            f"{_money(x.target)}. The reward-to-risk comes to about two and a half to one.\n")


def close_note(b: Built) -> str:
    """Protection as the stop; the ratio in decimals before 'to one'."""
    x = _long(b)
    return ("# Dow fund: the trade we are watching\n\n"
            f"A long on a close above {_money(x.entry)}, with protection at {_money(x.stop)} and a target "
            f"of {_money(x.target)}, is roughly {x.reward_risk:.1f} to one.\n")


def break_note(b: Built) -> str:
    """The price before its verb; the risk told before the reward."""
    x = _long(b)
    assert round(x.reward_risk) == 2
    return ("# Tech desk chatter\n\n"
            f"If {x.entry:.2f} gives way, long with a stop {x.stop:.2f}, target {x.target:.2f}: risking one "
            "to make two.\n")


def dip_note(b: Built) -> str:
    """A worksheet: the setup, a question on its reward/risk, the bare figure as the answer."""
    x = _long(b)
    return ("# Practice problem\n\n"
            f"Plan: buy a dip to {_money(x.entry)}, stop {_money(x.stop)}, target {_money(x.target)}. What "
            f"reward-to-risk does that give? Roughly {x.reward_risk:.1f}.\n")


WRITERS = {RECLAIM_KEY: reclaim_note, SCALE_KEY: scale_note, CLOSE_KEY: close_note, BREAK_KEY: break_note,
           DIP_KEY: dip_note}


def setups15_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(key), key, "prose", "md", write(built[key])) for key, write in WRITERS.items()]


def setups15_plants(built: dict[str, Built]) -> list[Plant]:
    reclaim, scale, close = _long(built[RECLAIM_KEY]), _long(built[SCALE_KEY]), _long(built[CLOSE_KEY])
    brk, dip = _long(built[BREAK_KEY]), _long(built[DIP_KEY])
    reclaim_stop = _money(reclaim.entry + 3.4)
    scale_stop = _money(scale.entry + 2.15)
    close_stop = _money(close.entry + 1.3)
    close_ratio = f"{close.reward_risk + 1.6:.1f}"
    dip_ratio = f"{dip.reward_risk - 1.8:.1f}"
    return [
        Plant(f"setups15-reclaim-rr-{RECLAIM_KEY}", _base(RECLAIM_KEY), "setup", "a two-to-one trade",
              "a four-to-one trade", "setup-reward-risk", "four-to-one",
              note=f"({_money(reclaim.target)}-{_money(reclaim.entry)})/({_money(reclaim.entry)}-"
                   f"{_money(reclaim.stop)}) is {reclaim.reward_risk:.1f}, not 4"),
        Plant(f"setups15-reclaim-stop-{RECLAIM_KEY}", _base(RECLAIM_KEY), "setup",
              f"parked at {_money(reclaim.stop)}", f"parked at {reclaim_stop}", "setup-geometry",
              reclaim_stop,
              note="a long's stop-loss above its entry"),
        Plant(f"setups15-scale-rr-{SCALE_KEY}", _base(SCALE_KEY), "setup", "about two and a half to one",
              "about four and a half to one", "setup-reward-risk", "four and a half to one",
              note=f"the setup gives {scale.reward_risk:.1f}, not 4.5"),
        Plant(f"setups15-scale-stop-{SCALE_KEY}", _base(SCALE_KEY), "setup",
              f"bail below {_money(scale.stop)}", f"bail below {scale_stop}", "setup-geometry", scale_stop,
              note="bailing out above the price a long scales in at"),
        Plant(f"setups15-close-rr-{CLOSE_KEY}", _base(CLOSE_KEY), "setup",
              f"roughly {close.reward_risk:.1f} to one", f"roughly {close_ratio} to one", "setup-reward-risk",
              close_ratio, note=f"the setup gives {close.reward_risk:.1f}, not {close_ratio}"),
        Plant(f"setups15-close-stop-{CLOSE_KEY}", _base(CLOSE_KEY), "setup",
              f"protection at {_money(close.stop)}", f"protection at {close_stop}", "setup-geometry",
              close_stop, note="protection above a long's entry"),
        Plant(f"setups15-break-rr-{BREAK_KEY}", _base(BREAK_KEY), "setup", "risking one to make two",
              "risking one to make four", "setup-reward-risk", "risking one to make four",
              note=f"the setup gives {brk.reward_risk:.1f}, not 4"),
        Plant(f"setups15-dip-rr-{DIP_KEY}", _base(DIP_KEY), "setup", f"Roughly {dip.reward_risk:.1f}.",
              f"Roughly {dip_ratio}.", "setup-reward-risk", dip_ratio,
              note=f"the setup gives {dip.reward_risk:.1f}, not {dip_ratio}"),
    ]
