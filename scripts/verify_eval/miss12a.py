"""Desk notes for the verifier's fixes of the ninth holdout's misses (issue 14, miss12a), each cause
planted in other words than the holdout's, on other subjects and sessions.

- Setups told as prose, the entry given as its trigger with no long/short word before it ("Our
  trigger is a daily close over $486.07", "Once QQQ pushes through $630.56, I'm long", "A pullback
  into $673.92 is where I'd add", "A hold of $610.35 on a retest is the trigger"), the target after
  "the objective is", the reward/risk as "roughly 2.4 times the risk" or alone in the next sentence
  ("Call it 2.4 to 1.", "About two to one."). Plants: a stop above the entry or a target under it
  (`setup-geometry`), a reward/risk the entry, stop and target do not give (`setup-reward-risk`).

- An instrument's place in the group on the day ("the weakest performer of the lineup", "the day's
  strongest", "the largest gain of the four", "the only one of the four to finish lower"): checked
  against the 1-day moves of the article's instrument and its loaded peers. Plants: the place turned
  over.

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import RelatedRole, TradeSetup

from .plants import Plant
from .universe import Built
from .user_texts import UserText

CLOSE_KEY = "DIA-2025-11-17"
THROUGH_KEY = "QQQ-2025-11-17"
PULLBACK_KEY = "SPY-2026-11-17"
HOLD_KEY = "QQQ-2026-11-20"
SETUP_KEYS = (CLOSE_KEY, THROUGH_KEY, PULLBACK_KEY, HOLD_KEY)


def _long(b: Built) -> TradeSetup:
    return next(x for x in b.snapshot.setups if x.direction == "long")


def _money(value: float) -> str:
    return f"${value:,.2f}"


def close_note(b: Built) -> str:
    """The trigger alone (no long/short word), the target after 'the objective is', the ratio in
    multiples of the risk."""
    x = _long(b)
    return (f"# Blue chips: the plan\n\n"
            f"Our trigger is a daily close over {_money(x.entry)}; a stop at {_money(x.stop)} caps the "
            f"downside and the objective is {_money(x.target)}, a payoff of roughly {x.reward_risk:.1f} "
            f"times the risk.\n")


def through_note(b: Built) -> str:
    """'long' with no price after it: the entry is the trigger before it; the ratio alone after."""
    x = _long(b)
    return (f"# Tech: if it goes\n\n"
            f"Once QQQ pushes through {_money(x.entry)}, I'm long with a stop-loss at {_money(x.stop)} and "
            f"a target at {_money(x.target)}. Call it {x.reward_risk:.1f} to 1.\n")


def pullback_note(b: Built) -> str:
    """A pullback as the entry, 'add' as the only side word."""
    x = _long(b)
    return (f"# Where I'd add\n\n"
            f"A pullback into {_money(x.entry)} is where I'd add, with a stop under {_money(x.stop)} and an "
            f"upside objective of {_money(x.target)}; reward-to-risk {x.reward_risk:.1f}.\n")


def hold_note(b: Built) -> str:
    """A hold on a retest as the trigger, the ratio in words in the next sentence."""
    x = _long(b)
    assert round(x.reward_risk) == 2
    return (f"# The retest trade\n\n"
            f"A hold of {_money(x.entry)} on a retest is the trigger: stop {_money(x.stop)}, target "
            f"{_money(x.target)}. About two to one.\n")


SETUP_WRITERS = {CLOSE_KEY: close_note, THROUGH_KEY: through_note, PULLBACK_KEY: pullback_note,
                 HOLD_KEY: hold_note}


def _base(key: str) -> str:
    return f"user-miss12a-setup-{key}"


def setup_plants(built: dict[str, Built]) -> list[Plant]:
    close, through = _long(built[CLOSE_KEY]), _long(built[THROUGH_KEY])
    pullback, hold = _long(built[PULLBACK_KEY]), _long(built[HOLD_KEY])
    close_stop = _money(close.entry + 1.85)
    through_target = _money(through.entry - 4.95)
    pullback_stop = _money(pullback.entry + 1.18)
    hold_stop = _money(hold.entry + 2.5)
    return [
        Plant(f"miss12a-setup-close-stop-{CLOSE_KEY}", _base(CLOSE_KEY), "setup",
              f"stop at {_money(close.stop)}", f"stop at {close_stop}", "setup-geometry", close_stop,
              note="a long triggered by a close over the entry, its stop put above the entry"),
        Plant(f"miss12a-setup-close-times-{CLOSE_KEY}", _base(CLOSE_KEY), "setup",
              f"roughly {close.reward_risk:.1f} times", f"roughly {close.reward_risk + 1.1:.1f} times",
              "setup-reward-risk", f"{close.reward_risk + 1.1:.1f} times",
              note=f"a payoff of {close.reward_risk + 1.1:.1f} times the risk; the setup gives "
                   f"{close.reward_risk:.1f}"),
        Plant(f"miss12a-setup-through-target-{THROUGH_KEY}", _base(THROUGH_KEY), "setup",
              f"target at {_money(through.target)}", f"target at {through_target}", "setup-geometry",
              through_target, note="a long on a push through the entry, its target put under the entry"),
        Plant(f"miss12a-setup-through-ratio-{THROUGH_KEY}", _base(THROUGH_KEY), "setup",
              f"Call it {through.reward_risk:.1f} to 1.", f"Call it {through.reward_risk + 1.7:.1f} to 1.",
              "setup-reward-risk", f"{through.reward_risk + 1.7:.1f}",
              note="the ratio alone in the next sentence, 1.7 too high"),
        Plant(f"miss12a-setup-pullback-stop-{PULLBACK_KEY}", _base(PULLBACK_KEY), "setup",
              f"stop under {_money(pullback.stop)}", f"stop under {pullback_stop}", "setup-geometry",
              pullback_stop, note="a long on a pullback, its stop above the entry"),
        Plant(f"miss12a-setup-pullback-ratio-{PULLBACK_KEY}", _base(PULLBACK_KEY), "setup",
              f"reward-to-risk {pullback.reward_risk:.1f}",
              f"reward-to-risk {pullback.reward_risk - 1.5:.1f}",
              "setup-reward-risk", f"{pullback.reward_risk - 1.5:.1f}",
              note="a reward/risk 1.5 lower than the entry, stop and target give"),
        Plant(f"miss12a-setup-hold-stop-{HOLD_KEY}", _base(HOLD_KEY), "setup", f"stop {_money(hold.stop)}",
              f"stop {hold_stop}", "setup-geometry", hold_stop,
              note="a long on a hold of the entry, its stop above it"),
        Plant(f"miss12a-setup-hold-words-{HOLD_KEY}", _base(HOLD_KEY), "setup", "About two to one.",
              "About four to one.", "setup-reward-risk", "four to one",
              note="the ratio in words in the sentence after the setup: four to one for 2.2"),
    ]


PLACE_KEY, ONLY_KEY = "IWM-2026-11-20", "DIA-2026-06-03"


def _moves(b: Built) -> dict[str, float]:
    s = b.snapshot
    return {s.symbol: s.returns.change_1d_pct, **{m.symbol: m.change_1d_pct for m in s.related
                                                  if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)}}


def place_note(b: Built) -> str:
    """The article's instrument last of four, the best of them named by the day's strongest."""
    moves = _moves(b)
    s = b.snapshot
    best = max(moves, key=lambda k: moves[k])
    assert len(moves) == 4 and moves[s.symbol] == min(moves.values()) and moves[s.symbol] > 0
    return (f"# Small caps at the back\n\n"
            f"IWM added {moves[s.symbol]:.2f}% to ${s.close:.2f}, the weakest performer of the lineup. "
            f"{best} put on {moves[best]:.2f}%, the day's strongest.\n")


def only_note(b: Built) -> str:
    moves = _moves(b)
    s = b.snapshot
    assert len(moves) == 4 and [k for k, v in moves.items() if v < 0] == [s.symbol]
    return (f"# Blue chips alone in the red\n\n"
            f"DIA gave up {abs(moves[s.symbol]):.2f}% to ${s.close:.2f} and was the only one of the four to "
            f"finish lower.\n")


def place_plants() -> list[Plant]:
    base, only = f"user-miss12a-place-{PLACE_KEY}", f"user-miss12a-place-{ONLY_KEY}"
    return [Plant(f"miss12a-place-weakest-{PLACE_KEY}", base, "direction", "the weakest performer",
                  "the strongest performer", "direction-mismatch", "strongest performer",
                  note="IWM's +0.30%, the smallest gain of the four, called the strongest"),
            Plant(f"miss12a-place-day-{PLACE_KEY}", base, "direction", "the day's strongest",
                  "the day's weakest", "direction-mismatch", "weakest",
                  note="the best of the four's moves called the day's weakest"),
            Plant(f"miss12a-place-largest-{PLACE_KEY}", base, "direction",
                  "the weakest performer of the lineup",
                  "the largest gain of the four", "direction-mismatch", "largest gain",
                  note="IWM's +0.30% called the largest gain of the four"),
            Plant(f"miss12a-place-only-{ONLY_KEY}", only, "direction", "to finish lower", "to finish higher",
                  "direction-mismatch", "finish higher",
                  note="DIA, the only one of the four to fall, called the only one to finish higher")]


def miss12a_texts(built: dict[str, Built]) -> list[UserText]:
    return [*(UserText(_base(key), key, "prose", "md", write(built[key]))
              for key, write in SETUP_WRITERS.items()),
            UserText(f"user-miss12a-place-{PLACE_KEY}", PLACE_KEY, "prose", "md",
                     place_note(built[PLACE_KEY])),
            UserText(f"user-miss12a-place-{ONLY_KEY}", ONLY_KEY, "prose", "md", only_note(built[ONLY_KEY]))]


def miss12a_plants(built: dict[str, Built]) -> list[Plant]:
    return [*setup_plants(built), *place_plants()]
