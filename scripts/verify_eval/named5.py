"""Desk notes for the verifier's fixes of the fourth holdout's wrong figures reported with the wrong
code (issue 14): a figure flagged `number-untraced` or `figure-unverifiable` although its words name
the fact, so the finding now gives that fact's right value. Each cause is planted in other words
than the holdout's, on other subjects.

- An index's close after a closing verb and its move ("the Dow settled the session 0.58% higher at
  47,220.31", "the Russell 2000 closes up 0.30% at 2,456.17"): the close of the family member on
  the figure's scale (the index, not its ETF). Plants: each index level with two digits swapped.

- A data card's labels: the RSI with its period glued or hyphened ("RSI-14  56.4"), the session's
  high and low opening a line or a cell ("High/Low  631.45 / 614.90", "Day high 631.45 · day low
  614.90"): the RSI and the day's own high and low. Plants: the RSI's digits swapped, the low
  written with a wrong digit in the card and in the bullet.

- A close after a move told loosely ("The VIX fell nearly 9.30% to 15.60") or after "to finish at"
  following a move verb ("gained eleven dollars and sixty-eight cents to finish at six hundred
  twenty-six dollars and forty cents"): the close. Plants: the VIX's close with two digits
  swapped, the close in words three dollars high.

- A close stated as past however hedged ("DIA may well have settled at $471.60, against a previous
  close of $468.79, figures we believe to be accurate"): the writer's figure of record, held to the
  close or the previous close, not another source's level. Plants: the close with two digits
  swapped, the previous close a dollar low.

- A day named after "since" and then described with ", when" or "on which day" ("It has slipped
  since Thursday, when it finished at $249.26", "Up since Nov 6, on which day it settled at
  $243.79"): the figure is that day's close, from its bar. Plants: each close a dollar or nine off.

- A count of ATRs the words give as the day's move ("a swing of 1.1 ATR", "the day moved 1.1x ATR"):
  the move in ATR units (`move_atr`), not a distance ("a stop 1.5 ATRs below"). Plants: one and two
  whole ATRs too many.

- A level told with a hedge ("Support could sit roughly at $467.61", "$474.50 might well serve as
  resistance"): a support or resistance, held to its side of the close. Plants: the support above
  the close, the resistance below it.

- A setup in a blogger's words: an entry after "buy just into a pullback near", a stop "beneath"
  the entry, and its reward/risk in the next sentence after "That works out to" ("I would buy just
  into a pullback near $241.00, stop beneath $230.77, target $249.26. That works out to about 0.8
  to 1."). Plants: the stop above the entry, the ratio one unit high.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from datetime import date

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _related(b: Built, symbol: str) -> tuple[float, float]:
    """The close and 1-day % of an instrument the snapshot or a peer's carries beside itself."""
    row = next(r for snap in (b.snapshot, *b.peers) for r in snap.related if r.symbol == symbol)
    assert row.change_1d_pct is not None
    return row.close, row.change_1d_pct


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('47,220.31' -> '47,220.13'); they must differ."""
    assert text[-1] != text[-2]
    return text[:-2] + text[-1] + text[-2]


# ---------------------------------------------------------------- an index's close after its move

INDEX_CLOSE_KEY = "SPY-2026-11-20"


def _index_closes(b: Built) -> tuple[str, str, str, str]:
    dow, dow_move = _related(b, "^DJI")
    rut, rut_move = _related(b, "^RUT")
    assert dow_move > 0 and rut_move > 0
    return f"{dow:,.2f}", f"{dow_move:.2f}%", f"{rut:,.2f}", f"{rut_move:.2f}%"


def index_close_note(b: Built) -> str:
    s = b.snapshot
    dow, dow_move, rut, rut_move = _index_closes(b)
    return (f"# SPY and the other benchmarks\n\n"
            f"SPY closed at ${s.close:.2f}. Across town the Dow settled the session {dow_move} higher at "
            f"{dow}, and the Russell 2000 closes up {rut_move} at {rut} after a slow afternoon.\n")


def index_close_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-index-close-{INDEX_CLOSE_KEY}", INDEX_CLOSE_KEY, "prose", "md",
                     index_close_note(built[INDEX_CLOSE_KEY]))]


def index_close_plants(built: dict[str, Built]) -> list[Plant]:
    dow, _, rut, _ = _index_closes(built[INDEX_CLOSE_KEY])
    base = f"user-named5-index-close-{INDEX_CLOSE_KEY}"
    return [Plant(f"named5-dow-close-{INDEX_CLOSE_KEY}", base, "subject",
                  f"higher at {dow}", f"higher at {_swapped(dow)}", "value-mismatch", _swapped(dow),
                  note="the Dow's close after 'settled the session 0.58% higher at', two digits swapped"),
            Plant(f"named5-rut-close-{INDEX_CLOSE_KEY}", base, "subject",
                  f"at {rut} after", f"at {_swapped(rut)} after", "value-mismatch", _swapped(rut),
                  note="the Russell 2000's close after 'closes up 0.30% at' (the index's points, not "
                       "IWM's dollars), two digits swapped")]


# ---------------------------------------------------------------- a data card's labels

CARD_KEY = "QQQ-2026-11-20"


def card_note(b: Built) -> str:
    s = b.snapshot
    rsi = s.momentum.rsi_14
    assert rsi is not None and s.returns.change_1d_pct > 0
    return (f"# QQQ close card\n\n"
            f"```\n"
            f"Close      {s.close:.2f}   +{s.returns.change_1d_pct:.2f}%\n"
            f"High/Low   {s.high:.2f} / {s.low:.2f}\n"
            f"RSI-14     {rsi:.1f}\n"
            f"```\n\n"
            f"- Day high {s.high:.2f} · day low {s.low:.2f} · last {s.close:.2f}.\n")


def card_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-card-{CARD_KEY}", CARD_KEY, "prose", "md", card_note(built[CARD_KEY]))]


def card_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[CARD_KEY].snapshot
    rsi, low = f"{s.momentum.rsi_14:.1f}", f"{s.low:.2f}"
    wrong_rsi = rsi[1] + rsi[0] + rsi[2:]  # 56.4 -> 65.4
    wrong_low = low[0] + str((int(low[1]) + 2) % 10) + low[2:]  # 614.90 -> 634.90
    assert wrong_rsi != rsi and wrong_low != low
    base = f"user-named5-card-{CARD_KEY}"
    return [Plant(f"named5-card-rsi-{CARD_KEY}", base, "value",
                  f"RSI-14     {rsi}", f"RSI-14     {wrong_rsi}", "value-mismatch", wrong_rsi,
                  note="the RSI after a label with its period hyphened ('RSI-14'), two digits swapped"),
            Plant(f"named5-card-pair-low-{CARD_KEY}", base, "value",
                  f"/ {low}", f"/ {wrong_low}", "value-mismatch", wrong_low,
                  note="the second figure after a 'High/Low' label is the day's low, 20 dollars off"),
            Plant(f"named5-card-day-low-{CARD_KEY}", base, "value",
                  f"day low {low}", f"day low {wrong_low}", "value-mismatch", wrong_low,
                  note="the day's low after 'day low' in a cell of a bullet, 20 dollars off")]


# ---------------------------------------------------------------- a close after a loose move

LOOSE_KEY = "QQQ-2026-11-20"


def _vix(b: Built) -> tuple[str, str]:
    close, move = _related(b, "^VIX")
    assert move < 0
    return f"{close:.2f}", f"{abs(move):.2f}%"


def loose_note(b: Built) -> str:
    s = b.snapshot
    vix, vix_move = _vix(b)
    assert s.close == 626.40 and round(s.returns.change_1d, 2) == 11.68
    return (f"# QQQ leads, fear fades\n\n"
            f"QQQ gained eleven dollars and sixty-eight cents to finish at six hundred twenty-six dollars "
            f"and forty cents. The VIX fell nearly {vix_move} to {vix} as the buying spread.\n")


def loose_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-loose-{LOOSE_KEY}", LOOSE_KEY, "prose", "md",
                     loose_note(built[LOOSE_KEY]))]


def loose_plants(built: dict[str, Built]) -> list[Plant]:
    vix, _ = _vix(built[LOOSE_KEY])
    base = f"user-named5-loose-{LOOSE_KEY}"
    return [Plant(f"named5-loose-vix-{LOOSE_KEY}", base, "value",
                  f"to {vix} as", f"to {_swapped(vix)} as", "value-mismatch", _swapped(vix),
                  note="the VIX's close after 'fell nearly 9.30% to', two digits swapped"),
            Plant(f"named5-loose-words-{LOOSE_KEY}", base, "words",
                  "six hundred twenty-six dollars and forty cents",
                  "six hundred twenty-nine dollars and forty cents", "value-mismatch",
                  "six hundred twenty-nine dollars and forty cents",
                  note="the close in words after 'gained ... to finish at', three dollars high")]


# ---------------------------------------------------------------- a hedged close

HEDGED_KEY = "DIA-2026-11-20"


def _closes(b: Built) -> tuple[str, str]:
    s = b.snapshot
    return f"{s.close:.2f}", f"{s.prev_close:.2f}"


def hedged_note(b: Built) -> str:
    close, prev = _closes(b)
    return (f"# DIA, with the usual caveats\n\n"
            f"DIA may well have settled at ${close} on Friday, against a previous close of ${prev}, "
            f"figures we believe to be accurate but cannot guarantee.\n")


def hedged_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-hedged-{HEDGED_KEY}", HEDGED_KEY, "prose", "md",
                     hedged_note(built[HEDGED_KEY]))]


def hedged_plants(built: dict[str, Built]) -> list[Plant]:
    close, prev = _closes(built[HEDGED_KEY])
    lower = f"{float(prev) - 1:.2f}"
    base = f"user-named5-hedged-{HEDGED_KEY}"
    return [Plant(f"named5-hedged-close-{HEDGED_KEY}", base, "value",
                  f"settled at ${close}", f"settled at ${_swapped(close)}", "value-mismatch",
                  f"${_swapped(close)}",
                  note="a hedged close ('may well have settled at'), two digits swapped"),
            Plant(f"named5-hedged-prev-{HEDGED_KEY}", base, "history",
                  f"close of ${prev}", f"close of ${lower}", "value-mismatch", f"${lower}",
                  note="a hedged previous close ('against a previous close of'), a dollar low")]


# ---------------------------------------------------------------- a day after "since", then "when"

SINCE_KEY = "IWM-2026-11-17"


def _bar_closes(b: Built) -> tuple[str, str]:
    """The closes of the Thursday before the session (a Tuesday) and of Friday Nov 6."""
    s = b.snapshot
    assert s.session == date(2026, 11, 17)
    closes = dict(zip(s.recent_sessions, s.recent_closes, strict=True))
    return f"{closes[date(2026, 11, 12)]:.2f}", f"{closes[date(2026, 11, 6)]:.2f}"


def since_note(b: Built) -> str:
    thursday, nov6 = _bar_closes(b)
    return (f"# IWM off its peak\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}. It has slipped since Thursday, when it finished at "
            f"${thursday}.\n\n"
            f"- Up since Nov 6, on which day it settled at ${nov6}.\n")


def since_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-since-{SINCE_KEY}", SINCE_KEY, "prose", "md",
                     since_note(built[SINCE_KEY]))]


def since_plants(built: dict[str, Built]) -> list[Plant]:
    thursday, nov6 = _bar_closes(built[SINCE_KEY])
    lower = f"{float(thursday) - 1:.2f}"
    base = f"user-named5-since-{SINCE_KEY}"
    return [Plant(f"named5-since-when-{SINCE_KEY}", base, "history",
                  f"finished at ${thursday}", f"finished at ${lower}", "value-mismatch", f"${lower}",
                  note="Thursday's close after 'since Thursday, when it finished at', a dollar low"),
            Plant(f"named5-since-which-{SINCE_KEY}", base, "history",
                  f"settled at ${nov6}", f"settled at ${_swapped_inner(nov6)}", "value-mismatch",
                  f"${_swapped_inner(nov6)}",
                  note="Nov 6's close after 'since Nov 6, on which day it settled at', two digits swapped")]


def _swapped_inner(text: str) -> str:
    """The figure's second and third digits swapped ('243.79' -> '234.79'); they must differ."""
    assert text[1] != text[2]
    return text[0] + text[2] + text[1] + text[3:]


# ---------------------------------------------------------------- the move in ATR units

ATR_KEY = "SPY-2026-11-20"


def _atr_move(b: Built) -> str:
    move = b.snapshot.tape.move_atr
    assert move is not None and move > 0
    return f"{move:.1f}"


def atr_note(b: Built) -> str:
    s, move = b.snapshot, _atr_move(b)
    return (f"# SPY: a full-sized day\n\n"
            f"SPY rose {s.returns.change_1d_pct:.2f}% to ${s.close:.2f}, a swing of {move} ATR by the desk's "
            f"count.\n\n"
            f"- Range check: the day moved {move}x ATR, no more.\n")


def atr_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-atr-{ATR_KEY}", ATR_KEY, "prose", "md", atr_note(built[ATR_KEY]))]


def atr_plants(built: dict[str, Built]) -> list[Plant]:
    move = _atr_move(built[ATR_KEY])
    one, two = f"{float(move) + 1:.1f}", f"{float(move) + 2:.1f}"
    base = f"user-named5-atr-{ATR_KEY}"
    return [Plant(f"named5-atr-swing-{ATR_KEY}", base, "value",
                  f"a swing of {move} ATR", f"a swing of {one} ATR", "value-mismatch", one,
                  note="the day's move in ATR units after 'a swing of', one ATR too many"),
            Plant(f"named5-atr-moved-{ATR_KEY}", base, "value",
                  f"moved {move}x ATR", f"moved {two}x ATR", "value-mismatch", two,
                  note="the day's move in ATR units after 'the day moved', two ATRs too many")]


# ---------------------------------------------------------------- a hedged level

LEVEL_KEY = "DIA-2026-11-20"


def _levels(b: Built) -> tuple[str, str, str, str]:
    """A support under the close (the 50-day), a resistance over it (the range top) and a wrong-side
    figure for each."""
    s = b.snapshot
    support, top = s.trend.sma_50, s.range.upper if s.range is not None else None
    assert support is not None and top is not None and support < s.close < top
    return f"{support:.2f}", f"{top:.2f}", f"{s.close + 2:.2f}", f"{s.close - 2:.2f}"


def level_note(b: Built) -> str:
    support, top, _, _ = _levels(b)
    return (f"# DIA: where the lines are\n\n"
            f"DIA closed at ${b.snapshot.close:.2f}. Support could sit roughly at ${support}, and ${top} "
            f"might well serve as resistance, in our view.\n")


def level_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-level-{LEVEL_KEY}", LEVEL_KEY, "prose", "md",
                     level_note(built[LEVEL_KEY]))]


def level_plants(built: dict[str, Built]) -> list[Plant]:
    support, top, above, below = _levels(built[LEVEL_KEY])
    base = f"user-named5-level-{LEVEL_KEY}"
    return [Plant(f"named5-level-support-{LEVEL_KEY}", base, "level",
                  f"roughly at ${support}", f"roughly at ${above}", "level-wrong-side", f"${above}",
                  note="a hedged support ('could sit roughly at') two dollars above the close"),
            Plant(f"named5-level-resistance-{LEVEL_KEY}", base, "level",
                  f"${top} might", f"${below} might", "level-wrong-side", f"${below}",
                  note="a hedged resistance ('might well serve as') two dollars below the close")]


# ---------------------------------------------------------------- a setup in a blogger's words

PLAN_KEY = "IWM-2026-11-20"


def _plan(b: Built) -> tuple[str, str, str, str]:
    """Entry at the range floor, stop at the 200-day, target at the range top, and the ratio."""
    s = b.snapshot
    assert s.range is not None and s.trend.sma_200 is not None
    entry, stop, target = s.range.lower, s.trend.sma_200, s.range.upper
    assert stop < entry < s.close < target
    return f"{entry:.2f}", f"{stop:.2f}", f"{target:.2f}", f"{(target - entry) / (entry - stop):.1f}"


def plan_note(b: Built) -> str:
    entry, stop, target, ratio = _plan(b)
    return (f"# IWM: my plan\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}. I would buy just into a pullback near ${entry}, stop "
            f"beneath ${stop}, target ${target}. That works out to about {ratio} to 1.\n")


def plan_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-named5-plan-{PLAN_KEY}", PLAN_KEY, "prose", "md", plan_note(built[PLAN_KEY]))]


def plan_plants(built: dict[str, Built]) -> list[Plant]:
    entry, stop, _, ratio = _plan(built[PLAN_KEY])
    above, higher = f"{float(entry) + 2.77:.2f}", f"{float(ratio) + 1:.1f}"
    base = f"user-named5-plan-{PLAN_KEY}"
    return [Plant(f"named5-plan-stop-{PLAN_KEY}", base, "setup",
                  f"beneath ${stop}", f"beneath ${above}", "setup-geometry", f"${above}",
                  note="a long's stop ('stop beneath') above its entry ('buy just into a pullback near')"),
            Plant(f"named5-plan-ratio-{PLAN_KEY}", base, "setup",
                  f"about {ratio} to 1", f"about {higher} to 1", "setup-reward-risk", higher,
                  note="the reward/risk after 'That works out to', one unit high")]


def named5_texts(built: dict[str, Built]) -> list[UserText]:
    return [*index_close_texts(built), *card_texts(built), *loose_texts(built), *hedged_texts(built),
            *since_texts(built), *atr_texts(built), *level_texts(built), *plan_texts(built)]


def named5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*index_close_plants(built), *card_plants(built), *loose_plants(built), *hedged_plants(built),
            *since_plants(built), *atr_plants(built), *level_plants(built), *plan_plants(built)]
