"""Notes for stop 48's readings of named figures (issue 14, holdout 24's misses answered by another code or
left silent): a wrong figure whose words name a fact we hold is that fact's `value-mismatch`, and a
distance or a size in money worked from held prices is `derived-mismatch` (README). Each cause in other
words than the holdout's, on other subjects.

- An allotment society's market corner (DIA): max pain told through "it" after the sentence that names it,
  the call and put walls, a zone's upper edge in "the $x-$y band", a candle's body in money. Plants: max
  pain, the call wall and the zone's edge with two digits swapped (value-mismatch), the body off by a
  digit (derived-mismatch).

- A ski club treasurer's round-up (QQQ): a setup whose ratio still fits with its entry's digits swapped, its
  risk and reward told in money in the same sentence, peers' moves listed after their tickers ("SPY 1.39%,
  DIA 0.89%"). Plants: the entry swapped (value-mismatch), the risk changed with the ratio left
  (derived-mismatch), a peer's move swapped (value-mismatch).

- A book club's market minute (IWM): the distance from the record told as "we are x% under it", the year's
  move told "in 2026", the day as a share of an ATR ("0.8 of an ATR"), the 50-day's slope "this past
  month". Plants: each figure changed (value-mismatch).

- A choir's market desk (SPY): a % distance restated in cents, the move after "off", the week's closes
  ending "today $x", a move a level needs in money, a pullback buyer's plan with its
  risk and reward and "a reward-to-risk of", resistance listed with its digits swapped onto the wrong
  side. Plants: the cents and the needed move (derived-mismatch), the move and
  today's close swapped (value-mismatch), the ratio (setup-reward-risk), the resistance (value-mismatch,
  not level-wrong-side).

- A bowls club's covered-call corner (IWM): a needed move in money told again in ATRs. Plant: the count
  of ATRs one too many (value-mismatch; it is no day's move).

- A darts league's index line (the Russell 2000): the day's range in points. Plant: the width's digits
  swapped (derived-mismatch).

Every figure comes from the snapshot, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText


def _swapped(text: str) -> str:
    """The figure with its last two digits swapped ('615.97' -> '615.79'); they must differ."""
    assert text[-1] != text[-2], text
    return text[:-2] + text[-1] + text[-2]


def _first_swapped(text: str) -> str:
    """The figure with its first two digits swapped ('6.88' -> '8.68'); they must differ."""
    digits = [n for n, ch in enumerate(text) if ch.isdigit()]
    a, b = digits[0], digits[1]
    assert text[a] != text[b], text
    chars = list(text)
    chars[a], chars[b] = chars[b], chars[a]
    return "".join(chars)


def _fact(b: Built, name: str) -> float:
    fact = b.sheet.facts[name]
    assert isinstance(fact.value, int | float), name
    return float(fact.value)


# ---------------------------------------------------------------- options, a zone's edge, a candle's body

OPTIONS_KEY = "DIA-2026-11-20"
OPTIONS = f"user-vnamed7-options-{OPTIONS_KEY}"


def _options(b: Built) -> dict[str, str]:
    zone = f"{_fact(b, 'level_2_low'):.2f}", f"{_fact(b, 'level_2_high'):.2f}"
    assert float(zone[0]) > b.snapshot.close, "the zone is overhead"
    return {"pain": f"{_fact(b, 'max_pain'):.2f}", "call": f"{_fact(b, 'call_wall'):.2f}",
            "put": f"{_fact(b, 'put_wall'):.2f}", "low": zone[0], "high": zone[1],
            "body": f"{abs(b.snapshot.close - _fact(b, 'open')):.2f}", "close": f"{b.snapshot.close:.2f}"}


def options_note(b: Built) -> str:
    o = _options(b)
    return ("Greenway Allotment Society - newsletter, the market corner\n\n"
            f"Our reserve fund is in DIA, which closed at ${o['close']}.\n\n"
            "Max pain is the strike at which the most options would expire worthless. "
            f"For the contracts expiring next, it is ${o['pain']}.\n\n"
            f"The call wall sits at ${o['call']} and the put wall at ${o['put']}. Overhead is the "
            f"${o['low']}-${o['high']} band of old highs.\n\n"
            f"The candle was a green one, with a body of ${o['body']}.\n")


def options_plants(b: Built) -> list[Plant]:
    o = _options(b)
    pain = o["pain"][0] + o["pain"][2] + o["pain"][1] + o["pain"][3:]  # '473.00' -> '437.00'
    call = o["call"][0] + o["call"][2] + o["call"][1] + o["call"][3:]  # '480.00' -> '408.00'
    body = f"{float(o['body']) + 0.1:.2f}"
    return [Plant(f"vnamed7-options-pain-{OPTIONS_KEY}", OPTIONS, "value", f"it is ${o['pain']}",
                  f"it is ${pain}", "value-mismatch", f"${pain}",
                  note="max pain told through 'it' after the sentence naming it, two digits swapped"),
            Plant(f"vnamed7-options-call-{OPTIONS_KEY}", OPTIONS, "value", f"call wall sits at ${o['call']}",
                  f"call wall sits at ${call}", "value-mismatch", f"${call}",
                  note="the call wall with two digits swapped"),
            Plant(f"vnamed7-options-zone-{OPTIONS_KEY}", OPTIONS, "value", f"-${o['high']} band",
                  f"-${_swapped(o['high'])} band", "value-mismatch", f"${_swapped(o['high'])}",
                  note="a held zone's upper edge with its last two digits swapped"),
            Plant(f"vnamed7-options-body-{OPTIONS_KEY}", OPTIONS, "derived", f"body of ${o['body']}",
                  f"body of ${body}", "derived-mismatch", f"${body}",
                  note="the candle's body is the open to the close; ten cents added")]


# ---------------------------------------------------------------- a setup, its stakes, peers listed

PLAN_KEY = "QQQ-2025-11-17"
PLAN = f"user-vnamed7-plan-{PLAN_KEY}"


def _plan(b: Built) -> dict[str, str]:
    entry, stop, target = (_fact(b, f"setup_long_{part}") for part in ("entry", "stop", "target"))
    return {"entry": f"{entry:.2f}", "stop": f"{stop:.2f}", "target": f"{target:.2f}",
            "ratio": f"{_fact(b, 'setup_long_reward_risk'):.1f}", "risk": f"{entry - stop:.2f}",
            "reward": f"{target - entry:.2f}", "spy": f"{_fact(b, 'SPY_change_1d_pct'):.2f}",
            "dia": f"{_fact(b, 'DIA_change_1d_pct'):.2f}", "close": f"{b.snapshot.close:.2f}"}


def plan_note(b: Built) -> str:
    p = _plan(b)
    assert float(p["spy"]) > 0 and float(p["dia"]) > 0
    return ("Hollow Pines Ski Club - treasurer's round-up\n\n"
            f"The lift fund sits in QQQ, which closed at ${p['close']}. Elsewhere: SPY {p['spy']}%, "
            f"DIA {p['dia']}%.\n\n"
            f"If the committee wants a trade: buy ${p['entry']}, stop ${p['stop']}, target ${p['target']}, "
            f"${p['risk']} of risk for ${p['reward']} of reward, about {p['ratio']} to 1.\n")


def plan_plants(b: Built) -> list[Plant]:
    p = _plan(b)
    entry = p["entry"][:-2] + p["entry"][-1] + p["entry"][-2]
    risk = f"{float(p['risk']) + 2:.2f}"
    return [Plant(f"vnamed7-plan-entry-{PLAN_KEY}", PLAN, "setup", f"buy ${p['entry']}", f"buy ${entry}",
                  "value-mismatch", f"${entry}",
                  note="the held entry with its last two digits swapped; the ratio still fits the setup"),
            Plant(f"vnamed7-plan-risk-{PLAN_KEY}", PLAN, "derived", f"${p['risk']} of risk",
                  f"${risk} of risk", "derived-mismatch", f"${risk}",
                  note="the risk told beside the setup, two dollars too many: entry to stop is the risk"),
            Plant(f"vnamed7-plan-peer-{PLAN_KEY}", PLAN, "value", f"DIA {p['dia']}%",
                  f"DIA {_swapped(p['dia'])}%", "value-mismatch", f"{_swapped(p['dia'])}%",
                  note="a peer's move listed after its ticker, its last two digits swapped")]


# ---------------------------------------------------------------- the record, the year, the ATR, the slope

MINUTE_KEY = "IWM-2026-02-13"
MINUTE = f"user-vnamed7-minute-{MINUTE_KEY}"


def _minute(b: Built) -> dict[str, str]:
    slope = b.snapshot.trend.sma_50_slope_pct
    assert slope is not None and slope < 0
    return {"ath": f"{_fact(b, 'all_time_high'):.2f}", "from": f"{abs(_fact(b, 'pct_from_ath')):.2f}",
            "ytd": f"{abs(_fact(b, 'change_ytd_pct')):.2f}", "atr": f"{_fact(b, 'move_atr'):.1f}",
            "slope": f"{abs(slope):.2f}", "close": f"{b.snapshot.close:.2f}"}


def minute_note(b: Built) -> str:
    m = _minute(b)
    assert float(_fact(b, "change_ytd_pct")) < 0
    return ("Wednesday Book Club - the market minute\n\n"
            f"IWM closed at ${m['close']}. The record close is ${m['ath']}; we are {m['from']}% under it. "
            f"The fund is down {m['ytd']}% in 2026. The day's move was only {m['atr']} of an ATR. The 50-day "
            f"slid {m['slope']}% this past month.\n")


def minute_plants(b: Built) -> list[Plant]:
    m = _minute(b)
    atr, ytd = f"{float(m['atr']) + 2:.1f}", _first_swapped(m["ytd"])
    return [Plant(f"vnamed7-minute-ath-{MINUTE_KEY}", MINUTE, "value", f"we are {m['from']}%",
                  f"we are {_swapped(m['from'])}%", "value-mismatch", f"{_swapped(m['from'])}%",
                  note="the distance from the record after 'we are', its last two digits swapped"),
            Plant(f"vnamed7-minute-ytd-{MINUTE_KEY}", MINUTE, "timeframe", f"down {m['ytd']}% in 2026",
                  f"down {ytd}% in 2026", "value-mismatch", f"{ytd}%",
                  note="'in 2026' on a 2026 session is the year to date; its first two digits swapped"),
            Plant(f"vnamed7-minute-atr-{MINUTE_KEY}", MINUTE, "value", f"only {m['atr']} of an ATR",
                  f"only {atr} of an ATR", "value-mismatch", atr,
                  note="the day's move as a share of the ATR, two ATRs too many"),
            Plant(f"vnamed7-minute-slope-{MINUTE_KEY}", MINUTE, "trend", f"slid {m['slope']}%",
                  f"slid {_swapped(m['slope'])}%", "value-mismatch", f"{_swapped(m['slope'])}%",
                  note="the 50-day's slope 'this past month', its last two digits swapped")]


# ---------------------------------------------------------------- cents, 'off', 'today', a need, a plan

DESK_KEY = "SPY-2026-11-17"
DESK = f"user-vnamed7-desk-{DESK_KEY}"


def _desk(b: Built) -> dict[str, str]:
    s = b.snapshot
    fifty = _fact(b, "sma_50")
    closes = s.recent_closes[-3:]
    assert s.session.weekday() == 1, "the session is a Tuesday: Monday's close is the one before"
    entry, stop, target = (_fact(b, f"setup_long_{part}") for part in ("entry", "stop", "target"))
    resistance = f"{_fact(b, 'level_1_low'):.2f}"
    assert float(resistance) > s.close and _fact(b, "change_1d") < 0
    return {"close": f"{s.close:.2f}", "fifty": f"{fifty:.2f}", "vs": f"{_fact(b, 'pct_vs_sma_50'):.2f}",
            "cents": f"{round((s.close - round(fifty, 2)) * 100):d}",
            "move": f"{abs(_fact(b, 'change_1d')):.2f}", "pct": f"{abs(_fact(b, 'change_1d_pct')):.2f}",
            "c2": f"{closes[1]:.2f}",
            "need": f"{690 - s.close:.2f}", "entry": f"{entry:.2f}", "stop": f"{stop:.2f}",
            "target": f"{target:.2f}", "risk": f"{entry - round(stop, 2):.2f}",
            "reward": f"{round(target, 2) - entry:.2f}", "ratio": f"{_fact(b, 'setup_long_reward_risk'):.1f}",
            "resistance": resistance}


def desk_note(b: Built) -> str:
    d = _desk(b)
    return ("St Aidan's Choir - the treasurer's market desk\n\n"
            f"SPY closed at ${d['close']}, off ${d['move']} ({d['pct']}%). The week so far: Monday "
            f"${d['c2']}, today ${d['close']}. It held above its 50-day (${d['fifty']}) by "
            f"{d['vs']}%, {d['cents']} cents.\n\n"
            f"Will it get back to $690 by Christmas? It needs a gain of ${d['need']} from here.\n\n"
            f"Resistance: ${d['resistance']}.\n\n"
            f"A pullback buyer would wait for ${d['entry']}, with a stop at ${d['stop']} and a target of "
            f"${d['target']}. That risks ${d['risk']} to make ${d['reward']}, a reward-to-risk of "
            f"{d['ratio']} to 1.\n")


def desk_plants(b: Built) -> list[Plant]:
    d = _desk(b)
    cents = f"{int(d['cents']) + 20}"
    need = f"{float(d['need']) + 2:.2f}"
    ratio = f"{float(d['ratio']) + 1:.1f}"
    pct = d["pct"][0] + d["pct"][2] + "." + d["pct"][3] if d["pct"][0] != "0" else "0.0" + d["pct"][2]
    resistance = d["resistance"][0] + d["resistance"][2] + d["resistance"][1] + d["resistance"][3:]
    return [Plant(f"vnamed7-desk-cents-{DESK_KEY}", DESK, "derived", f"{d['cents']} cents",
                  f"{cents} cents", "derived-mismatch", f"{cents} cents",
                  note="a % distance from the printed 50-day restated in cents, twenty cents too many"),
            Plant(f"vnamed7-desk-off-{DESK_KEY}", DESK, "value", f"({d['pct']}%)", f"({pct}%)",
                  "value-mismatch", f"{pct}%", note="the day's % move after 'off $x', its digits moved"),
            Plant(f"vnamed7-desk-today-{DESK_KEY}", DESK, "value", f"today ${d['close']}",
                  f"today ${_swapped(d['close'])}", "value-mismatch", f"${_swapped(d['close'])}",
                  note="today's close in a list of closes, its last two digits swapped"),
            Plant(f"vnamed7-desk-need-{DESK_KEY}", DESK, "derived", f"gain of ${d['need']}",
                  f"gain of ${need}", "derived-mismatch", f"${need}",
                  note="the move in money a $690 level needs from the close, two dollars too many"),
            Plant(f"vnamed7-desk-rr-{DESK_KEY}", DESK, "setup", f"reward-to-risk of {d['ratio']}",
                  f"reward-to-risk of {ratio}", "setup-reward-risk", ratio,
                  note="the plan's ratio after its risk and reward in money, one too many"),
            Plant(f"vnamed7-desk-res-{DESK_KEY}", DESK, "value", f"Resistance: ${d['resistance']}",
                  f"Resistance: ${resistance}", "value-mismatch", f"${resistance}",
                  note="resistance with two digits swapped, which puts it under the close: the level "
                       "misprinted, not a level on the wrong side")]


# ---------------------------------------------------------------- a needed move told in ATRs

CALL_KEY = "IWM-2026-11-20"
CALL = f"user-vnamed7-call-{CALL_KEY}"


def _call(b: Built) -> tuple[str, str]:
    need = 250 - b.snapshot.close
    return f"{need:.2f}", f"{need / _fact(b, 'atr_14'):.1f}"


def call_note(b: Built) -> str:
    need, atrs = _call(b)
    return ("Orchard Lane bowls club - the covered-call corner\n\n"
            f"IWM closed at ${b.snapshot.close:.2f}. Will the $250 call pay? It needs a rise of ${need} from "
            f"here, about {atrs} ATR.\n")


def call_plants(b: Built) -> list[Plant]:
    _, atrs = _call(b)
    wrong = f"{float(atrs) + 1:.1f}"
    return [Plant(f"vnamed7-call-atrs-{CALL_KEY}", CALL, "value", f"about {atrs} ATR", f"about {wrong} ATR",
                  "value-mismatch", wrong, note="the needed move told again in ATRs, one ATR too many")]


# ---------------------------------------------------------------- the day's range in points

RANGE_KEY = "idx_RUT-2026-11-17"
RANGE = f"user-vnamed7-range-{RANGE_KEY}"


def _width(b: Built) -> str:
    return f"{_fact(b, 'high') - _fact(b, 'low'):.2f}"


def range_note(b: Built) -> str:
    return ("Red Lion darts league - the index line\n\n"
            f"The Russell 2000 closed at {b.snapshot.close:,.2f}. The day's range was {_width(b)} points.\n")


def range_plants(b: Built) -> list[Plant]:
    width = _width(b)
    return [Plant(f"vnamed7-range-width-{RANGE_KEY}", RANGE, "derived", f"was {width} points",
                  f"was {_swapped(width)} points", "derived-mismatch", _swapped(width),
                  note="the day's range in points (high less low), its last two digits swapped")]


def vnamed7_48_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(OPTIONS, OPTIONS_KEY, "prose", "txt", options_note(built[OPTIONS_KEY])),
            UserText(PLAN, PLAN_KEY, "prose", "txt", plan_note(built[PLAN_KEY])),
            UserText(MINUTE, MINUTE_KEY, "prose", "txt", minute_note(built[MINUTE_KEY])),
            UserText(DESK, DESK_KEY, "prose", "txt", desk_note(built[DESK_KEY])),
            UserText(RANGE, RANGE_KEY, "prose", "txt", range_note(built[RANGE_KEY])),
            UserText(CALL, CALL_KEY, "prose", "txt", call_note(built[CALL_KEY]))]


def vnamed7_48_plants(built: dict[str, Built]) -> list[Plant]:
    return [*options_plants(built[OPTIONS_KEY]), *plan_plants(built[PLAN_KEY]),
            *minute_plants(built[MINUTE_KEY]), *desk_plants(built[DESK_KEY]), *range_plants(built[RANGE_KEY]),
            *call_plants(built[CALL_KEY])]
