"""Size words and averages' slope words told beside their own figure (issue 14, stop 41's vmiss), in
other words than the holdouts.

- Size words held to the day's move in ATRs and %: an allotment society's minutes say the small-cap
  fund fell, and a plant calls that a plunge in the steepest words ("plummeted", held to a strong
  day's bound, 1 ATR and 1%) or a "punishing day"; a choir's rehearsal notes give DIA's record day, and a
  plant says it "barely moved" or ended "a hair higher" (held to the still bound: a day larger than
  two in three is no standstill); a chess club's bulletin gives QQQ's 1.4-ATR day, and a plant says it
  "edged up" (a small word, wrong from 1 ATR); a quiet IWM day opened by "So it" is called a surge.
- An average's slope word with the slope's own figure beside it ("the 200-day is down 0.12%", "has
  slipped 0.12%", "is up 0.46%"): a figure that is the slope's size ties the word to the slope's sign,
  so a plant that turns the word ("has climbed 0.12%" on a 0.12% fall, "is sliding, up 0.46%") is a
  `pattern-mismatch`, though with no figure a slope that small may loosely go either way.

- The close's place and a peer's side in words: a sailing club's results say QQQ closed at the low of
  the day (a plant: "at the high of the day"); a bakery's log has QQQ near the day's high and at the
  top of its 20-session range, "closing at the top of it" (plants turn each); a lighthouse log gives
  the upper Bollinger band with its price "just above the close" (a plant: "just below"); a bridge
  club's sheet says IWM "did better than QQQ by N pp and worse than SPY by N pp" (plants turn each
  side; the gap's size is right, its side is not: `direction-mismatch` on the words).

- Levels by their side of the close in lists and tables: a choir's stage manager lists DIA's levels
  under "Above us:" and "Below:" headers, one "right overhead", and in a table with a "Side" column
  ("resistance, 1 touch"); plants put a support in the list above, overhead, or a support's row
  called resistance (`level-wrong-side`).

- Touch counts beside a level: a quilting circle's notes give DIA's 200-day zone with its price and an
  average's days between the price and the count ("$460.09 200-day zone, 3 touches") and a table whose
  Side cell carries the count ("| $450.88 | support, 3 touches |"); plants change a count
  (`value-mismatch`).

Clean lines the checks must leave alone: a size word about an average ("the 200-day has hardly
budged"), a slope word whose figure is not the slope, the true slope words with their figures, the
true places and sides.
Every figure comes from the snapshots, so the texts are correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import LevelKind, Snapshot

from .plants import Plant
from .universe import Built
from .user_texts import UserText

FALL_KEY = "IWM-2026-11-17"
ALLOTMENT = f"user-miss41-allotment-{FALL_KEY}"
RECORD_KEY = "DIA-2025-11-17"
CHOIR = f"user-miss41-choir-{RECORD_KEY}"
BIG_KEY = "QQQ-2025-11-17"
CHESS = f"user-miss41-chess-{BIG_KEY}"
QUIET_KEY = "IWM-2026-11-20"
KITE = f"user-miss41-kite-{QUIET_KEY}"
LOW_KEY = "QQQ-2026-11-17"
REGATTA = f"user-miss41-regatta-{LOW_KEY}"
BAKERY = f"user-miss41-bakery-{BIG_KEY}"
LIGHTHOUSE = f"user-miss41-lighthouse-{RECORD_KEY}"
BRIDGE = f"user-miss41-bridge-{FALL_KEY}"
SIDES_KEY = "DIA-2026-06-03"
STAGE = f"user-miss41-stage-{SIDES_KEY}"
QUILT = f"user-miss41-quilt-{SIDES_KEY}"


def _pct(value: float | None) -> str:
    assert value is not None
    return f"{abs(value):.2f}%"


def _slopes(s: Snapshot) -> tuple[float, float]:
    fifty, two_hundred = s.trend.sma_50_slope_pct, s.trend.sma_200_slope_pct
    assert fifty is not None and two_hundred is not None
    return fifty, two_hundred


def allotment(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(s)
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct < 0 < fifty
    assert two_hundred < 0, "the minutes have the 200-day slipping"
    return (f"Hillside Allotment Society, minutes of the autumn meeting\n\n"
            f"Item 4, the reserve fund. IWM fell {_pct(s.returns.change_1d_pct)} to ${s.close:.2f} on the "
            f"day. A middling day, all told. The 50-day is up {_pct(fifty)} over 20 sessions; the "
            f"200-day average has slipped {_pct(two_hundred)}.\n\n"
            f"Item 5, compost bays: two new bays, built by volunteers.\n")


def choir(b: Built) -> str:
    s = b.snapshot
    fifty, two_hundred = _slopes(s)
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 0 < two_hundred < fifty
    return (f"St Anselm's Choir, rehearsal notes\n\n"
            f"Before the Magnificat: our savings fund, DIA, finished up {_pct(s.returns.change_1d_pct)} at "
            f"${s.close:.2f}, a record close. The 50-day average rose {_pct(fifty)} over 20 sessions, "
            f"while the 200-day has hardly budged; the 200-day is up {_pct(two_hundred)} over 20 "
            f"sessions.\n\nAltos to stay after for the descant.\n")


def chess(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and s.returns.change_1d_pct > 1.0
    return (f"Knight's Gambit Chess Club bulletin\n\n"
            f"Club fund corner: QQQ rose {_pct(s.returns.change_1d_pct)} to ${s.close:.2f}, a record "
            f"close.\n\nThe simultaneous exhibition starts at 19:30.\n")


def kite(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and 0 < s.returns.change_1d_pct < 0.5
    return (f"Coastal Kite Fliers, field report\n\n"
            f"Wind light all afternoon. Our fund, IWM, closed at ${s.close:.2f}. So it added "
            f"{_pct(s.returns.change_1d_pct)}, no more.\n")


def regatta(b: Built) -> str:
    s = b.snapshot
    assert s.returns.change_1d_pct is not None and (s.close - s.low) < 0.1 * (s.high - s.low)
    return (f"Harbour Sailing Club, regatta results\n\n"
            f"Race 3 was sailed in a light easterly. Our fund, QQQ, closed at ${s.close:.2f}, down "
            f"{_pct(s.returns.change_1d_pct)}; it finished at the low of the day (${s.low:.2f}), with the "
            f"day's high at ${s.high:.2f}.\n")


def bakery(b: Built) -> str:
    s = b.snapshot
    assert s.range is not None and s.close == s.range.upper and (s.close - s.low) > 0.6 * (s.high - s.low)
    return (f"Corner Bakery, daily log\n\n"
            f"Sourdough sold out by ten. QQQ closed near the day's high. Its {s.range.sessions}-session "
            f"range: ${s.range.lower:.2f} - ${s.range.upper:.2f}, closing at the top of it.\n")


def lighthouse(b: Built) -> str:
    s = b.snapshot
    upper = s.volatility.bb_upper
    assert upper is not None and upper > s.close
    return (f"Point Reyes lighthouse log\n\n"
            f"Fog until noon. DIA closed at ${s.close:.2f}. Upper Bollinger band ${upper:.2f}, just above "
            f"the close.\n")


def _moves(s: Snapshot) -> dict[str, float]:
    moves = {m.symbol: m.change_1d_pct for m in s.related if m.symbol in ("SPY", "QQQ")}
    assert s.returns.change_1d_pct is not None
    return {"own": s.returns.change_1d_pct, **moves}


def bridge(b: Built) -> str:
    m = _moves(b.snapshot)
    assert m["QQQ"] < m["own"] < m["SPY"], "the bridge sheet has IWM between QQQ and SPY"
    return (f"Thursday Bridge Club, score sheet\n\n"
            f"North-South won the evening. On the market: IWM fell {_pct(m['own'])}, SPY "
            f"{_pct(m['SPY'])} and QQQ {_pct(m['QQQ'])}. IWM did better than QQQ by "
            f"{m['own'] - m['QQQ']:.2f} pp and worse than SPY by {m['SPY'] - m['own']:.2f} pp.\n")


def _sides(s: Snapshot) -> tuple[list[float], list[float]]:
    """The resistances above the close (nearest first) and the supports below it (nearest first)."""
    prices = [(lv.kind, round(lv.price, 2)) for lv in s.levels]
    above = sorted(p for kind, p in prices if kind == LevelKind.RESISTANCE and p > s.close)
    below = sorted((p for kind, p in prices if kind == LevelKind.SUPPORT and p < s.close), reverse=True)
    assert len(above) >= 3 and len(below) >= 2, "the stage list needs three levels above and two below"
    return above, below


def stage(b: Built) -> str:
    s = b.snapshot
    (a1, a2, a3), (b1, b2) = _sides(s)[0][:3], _sides(s)[1][:2]
    return (f"Stage manager's checklist, spring concert\n\n"
            f"Risers set, lights checked. The choir fund, DIA, closed at ${s.close:.2f}.\n\n"
            f"Above us: ${a1:.2f}, then ${a2:.2f}. Below: ${b1:.2f}, then ${b2:.2f}.\n\n"
            f"Levels: ${a1:.2f} right overhead, then ${a3:.2f}.\n\n"
            f"| Level | Price | Side |\n|---|---|---|\n| Swing high | ${a3:.2f} | resistance, far |\n"
            f"| Swing low | ${b2:.2f} | support, deeper |\n")


def _touched(s: Snapshot, label: str) -> tuple[float, int]:
    """The price and touches of the snapshot's level by its label (the 200-day MA, a swing zone)."""
    level = next(lv for lv in s.levels if lv.label == label and lv.touches >= 2)
    return round(level.price, 2), level.touches


def quilt(b: Built) -> str:
    s = b.snapshot
    (average, on_average), (zone, on_zone) = _touched(s, "200-day MA"), _touched(s, "swing zone")
    return (f"Quilting circle, Tuesday notes\n\n"
            f"Binding finished on the blue quilt. Our fund DIA: support ${average:.2f} 200-day zone, "
            f"{on_average} touches.\n\n"
            f"| Zone | Price | Side |\n|---|---|---|\n"
            f"| Swing zone | ${zone:.2f} | support, {on_zone} touches |\n")


def miss41_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ALLOTMENT, FALL_KEY, "prose", "txt", allotment(built[FALL_KEY])),
            UserText(CHOIR, RECORD_KEY, "prose", "txt", choir(built[RECORD_KEY])),
            UserText(CHESS, BIG_KEY, "prose", "txt", chess(built[BIG_KEY])),
            UserText(KITE, QUIET_KEY, "prose", "txt", kite(built[QUIET_KEY])),
            UserText(REGATTA, LOW_KEY, "prose", "txt", regatta(built[LOW_KEY])),
            UserText(BAKERY, BIG_KEY, "prose", "txt", bakery(built[BIG_KEY])),
            UserText(LIGHTHOUSE, RECORD_KEY, "prose", "txt", lighthouse(built[RECORD_KEY])),
            UserText(BRIDGE, FALL_KEY, "prose", "txt", bridge(built[FALL_KEY])),
            UserText(STAGE, SIDES_KEY, "prose", "md", stage(built[SIDES_KEY])),
            UserText(QUILT, SIDES_KEY, "prose", "md", quilt(built[SIDES_KEY]))]


def miss41_plants(built: dict[str, Built]) -> list[Plant]:
    fall, record = built[FALL_KEY].snapshot, built[RECORD_KEY].snapshot
    down, up = _pct(fall.returns.change_1d_pct), _pct(record.returns.change_1d_pct)
    slipped, risen = _pct(_slopes(fall)[1]), _pct(_slopes(record)[1])
    quiet = _pct(built[QUIET_KEY].snapshot.returns.change_1d_pct)
    return [
        Plant(f"miss41-allotment-steepest-{FALL_KEY}", ALLOTMENT, "magnitude", f"IWM fell {down}",
              f"IWM plummeted {down}", "magnitude-mismatch", "plummeted",
              note="'plummeted' on a move under 1 ATR and 1%: the steepest words are held to a strong day"),
        Plant(f"miss41-allotment-punishing-{FALL_KEY}", ALLOTMENT, "magnitude", "A middling day",
              "A punishing day", "magnitude-mismatch", "punishing",
              note="'a punishing day' on an ordinary fall: an extreme adjective, wrong under 1.5 ATR"),
        Plant(f"miss41-allotment-turned-{FALL_KEY}", ALLOTMENT, "trend", f"has slipped {slipped}",
              f"has climbed {slipped}", "pattern-mismatch", "climbed",
              allowed=["direction-mismatch"],  # vwords7: an unwindowed size that is the slope
              note="the 200-day fell by just the figure told; 'climbed' with the slope's own size is wrong"),
        Plant(f"miss41-allotment-bare-{FALL_KEY}", ALLOTMENT, "trend", "The 50-day is up",
              "The 50-day is down", "pattern-mismatch", "down", allowed=["direction-mismatch"],
              note="'the 50-day is down N%' where N is its 20-session rise: the word against the slope"),
        Plant(f"miss41-choir-still-{RECORD_KEY}", CHOIR, "magnitude", f"finished up {up}",
              f"barely moved, finishing up {up}", "magnitude-mismatch", "barely moved",
              note="'barely moved' on a record day of 1 ATR: a day larger than two in three is no lull"),
        Plant(f"miss41-choir-hair-{RECORD_KEY}", CHOIR, "magnitude", f"finished up {up}",
              f"finished a hair higher, up {up}", "magnitude-mismatch", "a hair higher",
              note="'a hair higher' on the same record day"),
        Plant(f"miss41-choir-comma-{RECORD_KEY}", CHOIR, "trend", f"the 200-day is up {risen}",
              f"the 200-day is sliding, up {risen}", "pattern-mismatch", "sliding",
              note="'sliding, up N%' where N% is the 200-day's rise: the figure is right, the word is not"),
        Plant(f"miss41-chess-edged-{BIG_KEY}", CHESS, "magnitude", "QQQ rose", "QQQ edged up",
              "magnitude-mismatch", "edged up",
              note="'edged up' on a 1.4-ATR day: a small word is wrong from 1 ATR and 1%"),
        Plant(f"miss41-kite-opener-{QUIET_KEY}", KITE, "magnitude", f"So it added {quiet}",
              f"So it surged {quiet}", "magnitude-mismatch", "surged",
              note="'So it surged' on a quarter of an ATR: 'it' after a linking word is the fund"),
        *_place_plants(),
        *_side_plants(built[SIDES_KEY].snapshot),
        *_touch_plants(built[SIDES_KEY].snapshot),
    ]


def _touch_plants(s: Snapshot) -> list[Plant]:
    on_average, on_zone = _touched(s, "200-day MA")[1], _touched(s, "swing zone")[1]
    return [
        Plant(f"miss41-quilt-average-{SIDES_KEY}", QUILT, "level", f"zone, {on_average} touches.",
              f"zone, {on_average + 2} touches.", "value-mismatch", f"{on_average + 2}",
              note="the 200-day zone's touches, the average's days between its price and the count"),
        Plant(f"miss41-quilt-cell-{SIDES_KEY}", QUILT, "level", f"support, {on_zone} touches",
              f"support, {on_zone + 3} touches", "value-mismatch", f"{on_zone + 3}",
              note="a table row's Side cell with the level's touches, its price in the Price cell"),
    ]


def _side_plants(s: Snapshot) -> list[Plant]:
    a1, (b1, b2) = _sides(s)[0][0], _sides(s)[1][:2]
    return [
        Plant(f"miss41-stage-above-{SIDES_KEY}", STAGE, "level", f"Above us: ${a1:.2f}",
              f"Above us: ${b1:.2f}", "level-wrong-side", f"${b1:.2f}",
              note="a support below the close listed first under 'Above us:'"),
        Plant(f"miss41-stage-overhead-{SIDES_KEY}", STAGE, "level", f"${a1:.2f} right overhead",
              f"${b2:.2f} right overhead", "level-wrong-side", f"${b2:.2f}",
              note="a price below the close placed 'right overhead' in a list of levels"),
        Plant(f"miss41-stage-cell-{SIDES_KEY}", STAGE, "level", f"${b2:.2f} | support, deeper",
              f"${b2:.2f} | resistance, deeper", "level-wrong-side", f"${b2:.2f}",
              note="a support's table row whose Side cell calls it resistance"),
    ]


def _place_plants() -> list[Plant]:
    return [
        Plant(f"miss41-regatta-high-{LOW_KEY}", REGATTA, "direction", "at the low of the day",
              "at the high of the day", "direction-mismatch", "at the high of the day",
              note="the close sat at the day's low; 'at the high of the day' is the wrong end"),
        Plant(f"miss41-bakery-day-{BIG_KEY}", BAKERY, "direction", "near the day's high",
              "near the day's low", "direction-mismatch", "near the day's low",
              note="the close is three quarters of the way up the day's range, not near its low"),
        Plant(f"miss41-bakery-range-{BIG_KEY}", BAKERY, "direction", "closing at the top of it",
              "closing at the bottom of it", "direction-mismatch", "at the bottom",
              note="the close is the 20-session range's top; a participle states the place like a verb"),
        Plant(f"miss41-lighthouse-band-{RECORD_KEY}", LIGHTHOUSE, "direction", "just above the close",
              "just below the close", "direction-mismatch", "just below",
              note="the upper band, its price told, lies above the close; 'just below the close' is its "
                   "wrong side"),
        Plant(f"miss41-bridge-better-{FALL_KEY}", BRIDGE, "direction", "better than QQQ", "worse than QQQ",
              "direction-mismatch", "worse than QQQ",
              note="IWM fell less than QQQ: 'worse than QQQ by N pp' has the gap's size right, not its side"),
        Plant(f"miss41-bridge-worse-{FALL_KEY}", BRIDGE, "direction", "worse than SPY", "better than SPY",
              "direction-mismatch", "better than SPY",
              note="IWM fell more than SPY: 'better than SPY' is the wrong side"),
    ]
