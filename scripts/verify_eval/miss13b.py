"""Desk notes for the verifier's fixes of the tenth holdout's misses (issue 14, miss13b), each cause
planted in other words than the holdout's, on other subjects and sessions.

- Setups told as prose, the rest: the stop as "I stop out at" / "stopped out at", the target named
  after its price ("take $681.23 as my target", "$649.31 being the target"), the entry after "would
  be" ("the long entry would be above"), the reward/risk hyphenated ("a 2.0-to-1 trade") or in words,
  and a stop and target with no entry of their own after a position the text opened earlier ("Sold
  short 200 IWM at $246.10" ... "a protective buy-stop at $249.40; profit target $238.90"): the
  writer's own fill and plan are no market figures. Plants: a stop on the wrong side of the entry
  (`setup-geometry`), a reward/risk the entry, stop and target do not give (`setup-reward-risk`).

Every figure comes from the snapshots or is the writer's own trade, so each note is correct by
construction.
"""

from __future__ import annotations

from pipeline.contracts import TradeSetup

from .plants import Plant
from .universe import Built
from .user_texts import UserText

STOP_OUT_KEY = "SPY-2026-06-03"
BEING_KEY = "QQQ-2026-11-20"
HELD_KEY = "IWM-2026-11-17"
STOP_OUT_BASE = f"user-miss13b-setup-{STOP_OUT_KEY}"
BEING_BASE = f"user-miss13b-setup-{BEING_KEY}"
HELD_BASE = f"user-miss13b-held-{HELD_KEY}"
HELD_ENTRY, HELD_STOP, HELD_TARGET = 246.10, 249.40, 238.90  # the writer's own short and its plan
SCALP_ENTRY, SCALP_EXIT = 247.30, 245.95  # a trade of the writer's opened and closed before it


def _long(b: Built) -> TradeSetup:
    return next(x for x in b.snapshot.setups if x.direction == "long")


def _money(value: float) -> str:
    return f"${value:,.2f}"


def stop_out_note(b: Built) -> str:
    """The entry after 'would be', the stop as 'I stop out at', the target after its price, the ratio
    hyphenated."""
    x = _long(b)
    return (f"# June plan\n\n"
            f"Nothing to do until the tape turns. The long entry would be above {_money(x.entry)}; I stop "
            f"out at {_money(x.stop)} and take {_money(x.target)} as my target, a {x.reward_risk:.1f}-to-1 "
            f"trade.\n")


def being_note(b: Built) -> str:
    """'stopped out at', the target after its price with 'being', the ratio in words."""
    x = _long(b)
    assert round(x.reward_risk) == 2
    return (f"# If tech dips\n\n"
            f"The buy would be at {_money(x.entry)}, stopped out at {_money(x.stop)}, with "
            f"{_money(x.target)} "
            f"being the target, about two to one.\n")


def held_note(b: Built) -> str:
    """A short opened in one paragraph, its stop and target alone in a later one; an earlier trade's
    entry and cover are the writer's own prices."""
    s = b.snapshot
    assert HELD_TARGET < s.close < HELD_ENTRY < HELD_STOP
    assert round((HELD_ENTRY - HELD_TARGET) / (HELD_STOP - HELD_ENTRY)) == 2
    return (f"# Desk log: small caps\n\n"
            f"An early scalp went short at {_money(SCALP_ENTRY)} and was covered at {_money(SCALP_EXIT)}. "
            f"Sold short 200 IWM at {_money(HELD_ENTRY)} into the first bounce. The fund closed at "
            f"{_money(s.close)}.\n\n"
            f"Risk plan: a protective buy-stop at {_money(HELD_STOP)}; profit target {_money(HELD_TARGET)}, "
            f"about two to one.\n")


def miss13b_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(STOP_OUT_BASE, STOP_OUT_KEY, "prose", "md", stop_out_note(built[STOP_OUT_KEY])),
            UserText(BEING_BASE, BEING_KEY, "prose", "md", being_note(built[BEING_KEY])),
            UserText(HELD_BASE, HELD_KEY, "prose", "md", held_note(built[HELD_KEY]))]


def _setup_plants(built: dict[str, Built]) -> list[Plant]:
    out, being = _long(built[STOP_OUT_KEY]), _long(built[BEING_KEY])
    out_stop, being_stop = _money(out.entry + 1.65), _money(being.entry + 3.05)
    held_stop = _money(HELD_ENTRY - 1.45)
    return [
        Plant(f"miss13b-setup-stop-out-{STOP_OUT_KEY}", STOP_OUT_BASE, "setup", f"out at {_money(out.stop)}",
              f"out at {out_stop}", "setup-geometry", out_stop,
              note="'I stop out at' a price above the long's entry"),
        Plant(f"miss13b-setup-hyphen-{STOP_OUT_KEY}", STOP_OUT_BASE, "setup", f"a {out.reward_risk:.1f}-to-1",
              f"a {out.reward_risk + 1.6:.1f}-to-1", "setup-reward-risk", f"{out.reward_risk + 1.6:.1f}",
              note="a hyphenated reward/risk 1.6 higher than the entry, stop and target give"),
        Plant(f"miss13b-setup-stopped-{BEING_KEY}", BEING_BASE, "setup",
              f"stopped out at {_money(being.stop)}",
              f"stopped out at {being_stop}", "setup-geometry", being_stop,
              note="'stopped out at' a price above the long's entry"),
        Plant(f"miss13b-setup-being-words-{BEING_KEY}", BEING_BASE, "setup", "about two to one",
              "about five to one", "setup-reward-risk", "five to one",
              note="the ratio in words after a target named after its price: five to one for 2.4"),
        Plant(f"miss13b-held-stop-{HELD_KEY}", HELD_BASE, "setup", f"buy-stop at {_money(HELD_STOP)}",
              f"buy-stop at {held_stop}", "setup-geometry", held_stop,
              note="the short opened a paragraph before has its buy-stop put under the entry"),
        Plant(f"miss13b-held-ratio-{HELD_KEY}", HELD_BASE, "setup", "about two to one", "about four to one",
              "setup-reward-risk", "four to one",
              note="the short's plan stated at four to one; entry, stop and target give 2.2"),
    ]


def miss13b_plants(built: dict[str, Built]) -> list[Plant]:
    return _setup_plants(built)
